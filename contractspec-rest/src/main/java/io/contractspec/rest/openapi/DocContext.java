package io.contractspec.rest.openapi;

import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.auth.SecurityScheme;
import java.util.Optional;

/** What every part of the document reads: components, the shared surface names, tags, the security scheme and example values. */
record DocContext(Components components, SurfaceNames names, Tags tags, Optional<SecurityScheme> security,
        ExampleValues exampleValues) {

    static DocContext of(ContractRegistry registry, OpenApiOptions options) {
        return new DocContext(Components.of(registry, options.allSpecs()), SurfaceNames.of(registry.operations()), Tags.of(registry),
                options.securityScheme(), ExampleValues.of(registry));
    }
}
