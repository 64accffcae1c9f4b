package io.contractspec.spring;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.HandlerBindings;

/**
 * A bean that binds handlers in code, for what the annotation does not cover (several operations
 * from one table, handlers built by a library): {@code @Bean ContractHandlers orders() { return h -> h.bind(…); }}.
 */
@FunctionalInterface
@PublicApi
public interface ContractHandlers {

    void bind(HandlerBindings.Builder handlers);
}
