package io.contractspec.runtime.spi;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * A value as a store keeps it: its position in the store (increasing in write order, never
 * reused) and the value. A read that continues a history passes the last position it saw.
 */
@PublicApi
public record Stored<T>(long position, T value) {

    public Stored {
        Objects.requireNonNull(value, "value");
    }
}
