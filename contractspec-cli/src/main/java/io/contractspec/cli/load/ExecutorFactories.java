package io.contractspec.cli.load;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.runtime.OperationExecutor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Executors with the project's handlers, from a factory class on the contracts' classpath: a public
 * no-argument constructor, implementing {@code Function<ContractRegistry, OperationExecutor>} (given
 * the loaded registry) or {@code Supplier<OperationExecutor>}. Both are JDK types, so a project needs
 * no dependency on the CLI to offer one.
 */
public final class ExecutorFactories {

    private ExecutorFactories() {}

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
