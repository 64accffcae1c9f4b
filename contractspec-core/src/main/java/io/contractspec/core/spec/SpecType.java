package io.contractspec.core.spec;

import java.util.Locale;

/** The kinds of spec a registry holds. */
public enum SpecType {
    OPERATION,
    EVENT,
    FEATURE,
    CAPABILITY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
