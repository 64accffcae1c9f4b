package io.contractspec.cli.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;

/** The OpenAPI 3.1 document of a registry, from the REST module's exporter. */
public final class OpenApiDocument {

    private OpenApiDocument() {}

    public static ObjectNode export(ContractRegistry registry, String title, String version) {
        return OpenApiExporter.export(registry, OpenApiOptions.builder().title(title).version(version).build());
    }
}
