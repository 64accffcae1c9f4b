package io.contractspec.cli.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.cli.NotAvailableException;
import io.contractspec.core.registry.ContractRegistry;

/** The OpenAPI 3.1 document of a registry, from the REST module's exporter. */
public final class OpenApiDocument {

    private OpenApiDocument() {}

    public static ObjectNode export(ContractRegistry registry, String title, String version) {
        throw new NotAvailableException("the OpenAPI export", "contractspec-rest");
    }
}
