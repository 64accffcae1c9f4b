package io.contractspec.build.load;

import io.contractspec.annotations.Internal;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.runtime.HandlerModule;
import io.contractspec.runtime.OperationExecutor;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Executors with the project's handlers, from a factory class on the contracts' classpath: a public
 * no-argument constructor, implementing {@code Function<ContractRegistry, OperationExecutor>} (given
 * the loaded registry) or {@code Supplier<OperationExecutor>}. Both are JDK types, so a project needs
 * no dependency on the CLI to offer one. Without a factory class, the project's
 * {@link HandlerModule}s (listed in {@code META-INF/services}) bind the handlers.
 */
@Internal
public final class ExecutorFactories {

    private ExecutorFactories() {}

    /**
     * The executors of a project: from the factory class when one is named, else with the handlers of
     * the {@link HandlerModule}s on the classpath; empty when there is neither.
     */
    public static Optional<Supplier<OperationExecutor>> forProject(Optional<String> factoryClass, ContractRegistry registry,
            ClassLoader loader) {
        if (factoryClass.isPresent()) {
            return Optional.of(load(factoryClass.get(), registry, loader));
        }
        try {
            if (!HandlerModule.present(loader)) {
                return Optional.empty();
            }
            var handlers = HandlerModule.discover(registry, loader);
            return Optional.of(() -> OperationExecutor.builder(registry).handlers(handlers).build());
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new LoadException("cannot load the handler modules: " + ClasspathLoader.rootMessage(e), e);
        } catch (IllegalArgumentException e) {
            throw new LoadException("the handler modules do not fit the contracts: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Supplier<OperationExecutor> load(String factoryClass, ContractRegistry registry, ClassLoader loader) {
        Object factory;
        try {
            factory = Class.forName(factoryClass, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new LoadException("executor factory '" + factoryClass + "' cannot be created: " + e, e);
        }
        if (factory instanceof Function<?, ?> function) {
            return () -> ((Function<ContractRegistry, OperationExecutor>) function).apply(registry);
        }
        if (factory instanceof Supplier<?> supplier) {
            return (Supplier<OperationExecutor>) supplier;
        }
        throw new LoadException("executor factory '" + factoryClass
                + "' must implement Function<ContractRegistry, OperationExecutor> or Supplier<OperationExecutor>");
    }
}
