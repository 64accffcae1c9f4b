package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The handlers a library or application contributes, beside its
 * {@link io.contractspec.core.registry.ContractModule}. Implementations are listed in
 * {@code META-INF/services/io.contractspec.runtime.HandlerModule}, so that tools ({@code contractspec
 * serve}, {@code contractspec ci}) run a project's own handlers from its classpath.
 *
 * <pre>{@code
 * public final class SampleHandlers implements HandlerModule {
 *     public void bind(HandlerBindings.Builder handlers) {
 *         handlers.bind(SampleItemGetOperation.GET, ItemId.class, Item.class, (input, context) -> ...);
 *     }
 * }
 * }</pre>
 */
@PublicApi
public interface HandlerModule {

    /** Binds this module's handlers to operations of the registry the builder was made for. */
    void bind(HandlerBindings.Builder handlers);

    /**
     * The handlers of every module the class loader finds, bound for the registry.
     *
     * @throws IllegalArgumentException when a module binds an operation the registry lacks, or binds one twice
     * @throws ServiceConfigurationError when a listed module cannot be loaded
     */
    static HandlerBindings discover(ContractRegistry registry, ClassLoader classLoader) {
        HandlerBindings.Builder builder = HandlerBindings.builder(registry);
        for (HandlerModule module : ServiceLoader.load(HandlerModule.class, classLoader)) {
            module.bind(builder);
        }
        return builder.build();
    }

    /** Whether the class loader lists any handler module. */
    static boolean present(ClassLoader classLoader) {
        return ServiceLoader.load(HandlerModule.class, classLoader).stream().findAny().isPresent();
    }
}
