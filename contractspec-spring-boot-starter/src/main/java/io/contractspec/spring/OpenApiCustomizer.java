package io.contractspec.spring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;

/**
 * Changes the served {@code /openapi.json} after the contracts were exported, e.g. to document the
 * application's hand-written endpoints beside the contract operations (static fragments can also be
 * merged with {@code contractspec.rest.openapi.include}). Runs once, at startup.
 */
@FunctionalInterface
@PublicApi
public interface OpenApiCustomizer {

    void customize(ObjectNode document);
}
