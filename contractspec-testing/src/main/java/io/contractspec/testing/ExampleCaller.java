package io.contractspec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.OperationExecutor;

/**
 * How an {@link AcceptanceRunner} makes an example's call: straight through the executor (the
 * default), or through a surface (REST, GraphQL, MCP…) that maps the context to its credentials
 * and its answer back to a {@link CallResult}, so that one set of examples proves every surface.
 */
@FunctionalInterface
@PublicApi
public interface ExampleCaller {

    ExampleCaller EXECUTOR = (operation, input, context, executor) ->
            executor.execute(operation.key(), operation.version(), input, context);

    CallResult call(OperationSpec operation, JsonNode input, CallContext context, OperationExecutor executor)
            throws Exception;
}
