package io.contractspec.governance.lint.rules;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import java.util.List;
import java.util.stream.Collectors;

/** Resolving spec references, and the hint that helps when one does not resolve. */
final class References {

    private References() {}

    static boolean resolves(ContractRegistry registry, SpecType type, SpecRef ref) {
        return registry.find(type, ref.key(), ref.version()).isPresent();
    }

    /** "the registry has version 2.0.0 of it", or a plain hint when the key is unknown altogether. */
    static String hint(ContractRegistry registry, SpecType type, SpecRef ref) {
        List<Spec> versions = registry.versions(type, ref.key());
        if (versions.isEmpty()) {
            return "no " + type.wireName() + " has the key " + ref.key();
        }
        return "the registry has " + type.wireName() + " " + ref.key() + " in version(s) "
                + versions.stream().map(Spec::version).collect(Collectors.joining(", "));
    }
}
