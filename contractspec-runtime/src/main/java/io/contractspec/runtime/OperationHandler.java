package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;

/**
 * Does the work of one operation version on the wire form. The input has been authorized and
 * validated; the output is validated after return. Throw a
 * {@link io.contractspec.core.result.ContractException} to fail with a declared or standard code.
 */
@FunctionalInterface
@PublicApi
public interface OperationHandler {

    JsonNode handle(JsonNode input, HandlerContext context) throws Exception;
}
