package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Locale;

/** The kinds of spec a registry holds. */
@PublicApi
public enum SpecType {
    OPERATION,
    EVENT,
    FEATURE,
    CAPABILITY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
