package io.contractspec.benchmarks.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Channel;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The baseline: {@code GET /workflow/instances} written by hand on Javalin, as a careful developer
 * would without ContractSpec: read the user header, the three query parameters (limit as a number),
 * call the handler and write its JSON. {@code /via-executor/...} does the same but calls the
 * executor, so the adapter's own cost can be told apart from the pipeline's.
 */
final class HandWrittenServer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HandWrittenServer() {}

    static Javalin start(OperationExecutor executor) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/workflow/instances", HandWrittenServer::direct);
            config.routes.get("/via-executor/workflow/instances", ctx -> viaExecutor(ctx, executor));
        }).start(0);
    }

    private static void direct(Context ctx) throws Exception {
        String user = ctx.header(InstanceListFixture.USER_HEADER);
        if (user == null) {
            ctx.status(401).contentType("application/problem+json").result("{\"status\":401}");
            return;
        }
        ObjectNode input = input(ctx);
        if (input == null) {
            return;
        }
        JsonNode output = InstanceListFixture.HANDLER.handle(input, null);
        ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(output));
    }

    private static void viaExecutor(Context ctx, OperationExecutor executor) throws Exception {
        String user = ctx.header(InstanceListFixture.USER_HEADER);
        Principal principal = user == null ? null : InstanceListFixture.principal(user);
        ObjectNode input = input(ctx);
        if (input == null) {
            return;
        }
        CallContext call = CallContext.builder().principal(principal).channel(Channel.REST).build();
        CallResult result = executor.execute("workflow.instance.list", "1.0.0", input, call);
        JsonNode body = result instanceof CallResult.Success success
                ? success.output() : ((CallResult.Failure) result).problem().toJson();
        ctx.status(result.status()).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
    }

    /** The typed query parameters, or null after answering 400 for a limit that is not a number. */
    private static ObjectNode input(Context ctx) {
        Map<String, List<String>> query = ctx.queryParamMap();
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        copy(query, "workflowKey", input);
        copy(query, "status", input);
        List<String> limit = query.get("limit");
        if (limit != null) {
            try {
                input.put("limit", Integer.parseInt(limit.get(0)));
            } catch (NumberFormatException e) {
                ctx.status(400).contentType("application/problem+json").result("{\"status\":400}");
                return null;
            }
        }
        return input;
    }

    private static void copy(Map<String, List<String>> query, String name, ObjectNode input) {
        List<String> values = query.get(name);
        if (values != null) {
            input.put(name, values.get(0));
        }
    }
}
