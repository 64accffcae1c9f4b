package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Locale;
import java.util.Objects;

/** At most {@code rpm} calls per minute, counted per user, per organization or globally. */
@PublicApi
public record RateLimit(int rpm, Scope scope) {

    public enum Scope {
        USER,
        ORG,
        GLOBAL;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Scope fromWire(String wire) {
            for (Scope value : values()) {
                if (value.wireName().equals(wire)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("unknown rate-limit scope '" + wire + "'");
        }
    }

    public RateLimit {
        Objects.requireNonNull(scope, "scope");
        if (rpm <= 0) {
            throw new IllegalArgumentException("rate limit rpm must be positive, got " + rpm);
        }
    }

    public static RateLimit perUser(int rpm) {
        return new RateLimit(rpm, Scope.USER);
    }

    public static RateLimit perOrg(int rpm) {
        return new RateLimit(rpm, Scope.ORG);
    }

    public static RateLimit global(int rpm) {
        return new RateLimit(rpm, Scope.GLOBAL);
    }
}
