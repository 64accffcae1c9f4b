package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.Scenario;
import io.contractspec.core.spec.SpecMeta;
import io.contractspec.core.spec.Stability;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.schema.Model;
import java.util.List;

/** One OpenAPI operation object, keys in the order readers expect. */
final class OperationObject {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OperationObject() {}

    static ObjectNode of(OperationRoute route, DocContext context) {
        OperationSpec operation = route.operation();
        SpecMeta meta = operation.meta();
        ObjectNode node = JSON.objectNode();
        List<String> tags = context.tags().of(operation);
        if (!tags.isEmpty()) {
            tags.forEach(node.putArray("tags")::add);
        }
        node.put("summary", meta.title().orElse(meta.description().isEmpty() ? operation.key() : meta.description()));
        node.put("description", description(operation));
        node.put("operationId", context.names().operationId(operation));
        ArrayNode parameters = Parameters.of(route, context.components());
        if (!parameters.isEmpty()) {
            node.set("parameters", parameters);
        }
        if (!route.inputFromQuery() && operation.input().isPresent()) {
            node.set("requestBody", requestBody(route, operation.input().get(), context));
        }
        node.set("responses", Responses.of(route, context));
        if (meta.stability() == Stability.DEPRECATED) {
            node.put("deprecated", true);
        }
        context.security().ifPresent(scheme -> {
            ArrayNode security = node.putArray("security");
            if (!Responses.needsPrincipal(operation.policy())) {
                security.addObject();
            }
            security.addObject().putArray(scheme.name());
        });
        node.set("x-contractspec", extension(operation));
        return node;
    }

    private static String description(OperationSpec operation) {
        StringBuilder text = new StringBuilder(operation.meta().description());
        if (!operation.goal().isEmpty()) {
            text.append(text.length() > 0 ? "\n\n" : "").append("**Goal:** ").append(operation.goal());
        }
        if (!operation.context().isEmpty()) {
            text.append(text.length() > 0 ? "\n\n" : "").append("**Context:** ").append(operation.context());
        }
        return text.toString();
    }

    private static ObjectNode requestBody(OperationRoute route, Model input, DocContext context) {
        List<String> outside = Parameters.fieldsOutsideBody(route);
        ObjectNode schema = outside.isEmpty()
                ? Components.refTo(input)
                : context.components().bodyRef(input, outside, context.names().operationId(route.operation()));
        boolean required = input.fields().stream().anyMatch(field -> field.isRequired() && !outside.contains(field.name()));
        ObjectNode body = JSON.objectNode().put("required", required);
        ObjectNode media = body.putObject("content").putObject("application/json");
        media.set("schema", schema);
        ObjectNode examples = Examples.inputs(route.operation(), outside);
        if (examples != null) {
            media.set("examples", examples);
        }
        return body;
    }

    private static ObjectNode extension(OperationSpec operation) {
        SpecMeta meta = operation.meta();
        ObjectNode node = JSON.objectNode()
                .put("key", operation.key())
                .put("version", operation.version())
                .put("kind", operation.kind().wireName())
                .put("stability", meta.stability().wireName());
        meta.owners().forEach(node.putArray("owners")::add);
        // What the document's own keywords blur (description with goal and context, display tag names, standard and
        // declared errors in one response), so that importing the document gives the same operation back.
        meta.title().ifPresent(title -> node.put("title", title));
        node.put("description", meta.description());
        node.put("goal", operation.goal());
        node.put("context", operation.context());
        meta.tags().forEach(node.putArray("tags")::add);
        ArrayNode errors = node.putArray("errors");
        operation.errors().forEach(error -> errors.addObject().put("code", error.code()).put("status", error.status())
                .put("when", error.when()));
        ArrayNode emits = node.putArray("emits");
        for (EmittedEvent emitted : operation.emits()) {
            emits.addObject().put("event", emitted.event().toString()).put("when", emitted.when());
        }
        ObjectNode acceptance = acceptance(operation);
        if (!acceptance.isEmpty()) {
            node.set("acceptance", acceptance);
        }
        node.put("auth", operation.policy().auth().wireName());
        ObjectNode policy = policy(operation.policy());
        if (!policy.isEmpty()) {
            node.set("policy", policy);
        }
        // The input model, which the document splits into parameters and a body: its name and description.
        operation.input().ifPresent(input -> node.putObject("input").put("name", input.name())
                .put("description", input.description()));
        operation.audit().forEach(action -> withArray(node, "audit").add(action));
        operation.transport().graphqlField().ifPresent(name -> node.put("graphqlField", name));
        operation.transport().mcpTool().ifPresent(name -> node.put("mcpTool", name));
        operation.pagination().ifPresent(pagination -> node.putObject("pagination")
                .put("inputToken", pagination.inputToken()).put("outputToken", pagination.outputToken())
                .put("pageSize", pagination.pageSize()).put("items", pagination.items()));
        operation.deprecation().sunset().ifPresent(sunset -> node.put("sunset", sunset.toString()));
        operation.deprecation().replacedBy().ifPresent(replacement -> node.put("replacedBy", replacement.toString()));
        return node;
    }

    /**
     * The acceptance examples as written (the document's examples complete each output to a valid
     * response and list a failing example's input only) and the scenarios, which OpenAPI has no place for.
     */
    private static ObjectNode acceptance(OperationSpec operation) {
        ObjectNode node = JSON.objectNode();
        for (Example example : operation.examples()) {
            ObjectNode written = withArray(node, "examples").addObject().put("key", example.key());
            written.set("input", example.input());
            example.output().ifPresent(output -> written.set("output", output));
            example.errorCode().ifPresent(code -> written.put("error", code));
        }
        for (Scenario scenario : operation.scenarios()) {
            ObjectNode written = withArray(node, "scenarios").addObject().put("key", scenario.key());
            scenario.given().forEach(withArray(written, "given")::add);
            scenario.when().forEach(withArray(written, "when")::add);
            scenario.then().forEach(withArray(written, "then")::add);
        }
        return node;
    }

    /** The policy beyond the auth level, only what is set. */
    private static ObjectNode policy(Policy policy) {
        ObjectNode node = JSON.objectNode();
        policy.roles().forEach(role -> withArray(node, "roles").add(role));
        policy.anyRole().forEach(role -> withArray(node, "anyRole").add(role));
        policy.permissions().forEach(permission -> withArray(node, "permissions").add(permission));
        policy.anyPermission().forEach(permission -> withArray(node, "anyPermission").add(permission));
        policy.flags().forEach(flag -> withArray(node, "flags").add(flag));
        policy.rateLimit().ifPresent(limit -> node.putObject("rateLimit").put("rpm", limit.rpm())
                .put("scope", limit.scope().wireName()));
        if (policy.idempotent()) {
            node.put("idempotent", true);
        }
        policy.pii().forEach(path -> withArray(node, "pii").add(path));
        return node;
    }

    private static ArrayNode withArray(ObjectNode node, String name) {
        return node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
    }
}
