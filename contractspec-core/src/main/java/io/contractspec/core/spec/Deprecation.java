package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.time.LocalDate;
import java.util.Optional;

/** When a deprecated spec goes away and what replaces it. */
@PublicApi
public record Deprecation(Optional<LocalDate> sunset, Optional<SpecRef> replacedBy) {

    public static final Deprecation NONE = new Deprecation(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return sunset.isEmpty() && replacedBy.isEmpty();
    }
}
