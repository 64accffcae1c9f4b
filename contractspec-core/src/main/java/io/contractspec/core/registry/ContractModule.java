package io.contractspec.core.registry;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import java.util.List;

/**
 * A set of contracts a library or application contributes. Implementations are listed in
 * {@code META-INF/services/io.contractspec.core.registry.ContractModule} so that tools (the CLI,
 * the Maven plugin) find them on a classpath through {@link java.util.ServiceLoader}.
 */
@PublicApi
public interface ContractModule {

    /** A short name for messages, e.g. {@code workflow-system}. */
    String name();

    /** Every spec of the module. */
    List<Spec> specs();
}
