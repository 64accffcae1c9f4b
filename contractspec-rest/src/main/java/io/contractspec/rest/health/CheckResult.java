package io.contractspec.rest.health;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/** The outcome of a {@link ReadinessCheck}: up, or down with a reason safe to show to callers. */
@PublicApi
public record CheckResult(boolean isUp, String detail) {

    private static final CheckResult UP = new CheckResult(true, "");

    public CheckResult {
        Objects.requireNonNull(detail, "detail");
    }

    public static CheckResult up() {
        return UP;
    }

    public static CheckResult down(String detail) {
        return new CheckResult(false, detail);
    }
}
