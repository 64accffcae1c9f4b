package io.contractspec.build.load;

import io.contractspec.annotations.Internal;
import io.contractspec.core.registry.ContractRegistry;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Contracts ready for a command: the registry, where it came from (for messages), and the class
 * loader of the classpath it was discovered on, if any; a snapshot has no classes, so it cannot run
 * handlers or user rules. Closing releases the class loader (the jars it holds open); the registry
 * stays usable.
 */
@Internal
public record LoadedContracts(ContractRegistry registry, String origin, Optional<ClassLoader> classLoader)
        implements AutoCloseable {

    public LoadedContracts {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(classLoader, "classLoader");
    }

    public static LoadedContracts fromSnapshot(ContractRegistry registry, String origin) {
        return new LoadedContracts(registry, origin, Optional.empty());
    }

    public static LoadedContracts fromClasspath(ContractRegistry registry, String origin, ClassLoader classLoader) {
        return new LoadedContracts(registry, origin, Optional.of(classLoader));
    }

    @Override
    public void close() {
        if (classLoader.orElse(null) instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the class loader of the " + origin, e);
            }
        }
    }
}
