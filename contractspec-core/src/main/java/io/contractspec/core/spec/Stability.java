package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Locale;

/** How settled a spec is; governs how strictly its changes are checked. */
@PublicApi
public enum Stability {
    IDEA,
    IN_CREATION,
    EXPERIMENTAL,
    BETA,
    STABLE,
    DEPRECATED;

    /** The wire name: lower case, e.g. {@code in_creation}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stability fromWire(String wire) {
        for (Stability value : values()) {
            if (value.wireName().equals(wire)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown stability '" + wire + "'");
    }

    /** Specs at or past beta promise compatibility; earlier ones may change freely. */
    public boolean promisesCompatibility() {
        return this == BETA || this == STABLE || this == DEPRECATED;
    }
}
