package io.contractspec.core.snapshot;

import static io.contractspec.core.snapshot.SpecJson.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.Deprecation;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationKind;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Pagination;
import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Transport;
import java.time.LocalDate;
import java.util.Optional;

/** An operation entry: meta, io, results, side effects, transport and deprecation. */
final class OperationJson {

    private OperationJson() {}

    static ObjectNode write(OperationSpec operation, WriteCache cache) {
        ObjectNode entry = SpecJson.entry(operation)
                .put("kind", operation.kind().wireName())
                .put("goal", operation.goal())
                .put("context", operation.context())
                .put("successStatus", operation.successStatus());
        entry.set("io", io(operation, cache));
        ArrayNode errors = entry.putArray("errors");
        operation.errors().forEach(error -> errors.addObject()
                .put("code", error.code())
                .put("status", error.status())
                .put("when", error.when()));
        entry.set("policy", PolicyJson.write(operation.policy()));
        entry.set("sideEffects", sideEffects(operation));
        entry.set("transport", transport(operation.transport()));
        entry.set("acceptance", AcceptanceJson.write(operation, cache));
        if (!operation.deprecation().isEmpty()) {
            entry.set("deprecation", deprecation(operation.deprecation()));
        }
        operation.pagination().ifPresent(pagination -> entry.putObject("pagination")
                .put("inputToken", pagination.inputToken())
                .put("outputToken", pagination.outputToken())
                .put("pageSize", pagination.pageSize())
                .put("items", pagination.items()));
        return entry;
    }

    private static ObjectNode io(OperationSpec operation, WriteCache cache) {
        ObjectNode io = NODES.objectNode();
        io.set("input", operation.input().<JsonNode>map(input -> ModelJson.model(input, cache)).orElse(NODES.nullNode()));
        io.set("output", ModelJson.model(operation.output(), cache));
        ArrayNode parameters = io.putArray("parameters");
        operation.parameters().forEach(parameter -> parameters.addObject()
                .put("name", parameter.name())
                .put("in", parameter.in().wireName())
                .put("field", parameter.field()));
        return io;
    }

    private static ObjectNode sideEffects(OperationSpec operation) {
        ObjectNode sideEffects = NODES.objectNode();
        ArrayNode emits = sideEffects.putArray("emits");
        operation.emits().forEach(emitted -> emits.add(SpecJson.ref(emitted.event()).put("when", emitted.when())));
        sideEffects.set("audit", SpecJson.strings(operation.audit()));
        return sideEffects;
    }

    private static ObjectNode transport(Transport transport) {
        ObjectNode json = NODES.objectNode();
        transport.rest().ifPresent(route -> {
            ObjectNode rest = json.putObject("rest").put("method", route.method().name()).put("path", route.path());
            route.match().ifPresent(match -> rest.putObject("match") // absent without one: older snapshots stay as they were
                    .put("in", match.in().wireName()).put("name", match.name()).put("value", match.value()));
        });
        transport.graphqlField().ifPresent(name -> json.put("graphqlField", name));
        transport.mcpTool().ifPresent(name -> json.put("mcpTool", name));
        if (!transport.restResponses().isEmpty()) { // absent when empty: snapshots without them stay as they were
            ArrayNode responses = json.putArray("restResponses");
            transport.restResponses().forEach(response -> responses.addObject()
                    .put("status", response.status())
                    .put("when", response.when()));
        }
        return json;
    }

    private static ObjectNode deprecation(Deprecation deprecation) {
        ObjectNode json = NODES.objectNode();
        deprecation.sunset().ifPresent(sunset -> json.put("sunset", sunset.toString()));
        deprecation.replacedBy().ifPresent(ref -> json.set("replacedBy", SpecJson.ref(ref)));
        return json;
    }

    static OperationSpec read(JsonCursor entry) {
        OperationKind kind = entry.wire("kind", OperationKind.values(), OperationKind::wireName, "operation kind");
        OperationBuilder operation = SpecJson.meta(entry, kind == OperationKind.COMMAND
                ? OperationSpec::command
                : OperationSpec::query);
        operation.goal(entry.text("goal", ""))
                .context(entry.text("context", ""))
                .successStatus(entry.integer("successStatus", 200));
        readIo(entry.object("io"), operation);
        for (JsonCursor error : entry.objects("errors")) {
            String code = error.text("code");
            int status = error.integer("status");
            String when = error.text("when", "");
            error.end();
            error.build(() -> operation.error(code, status, when));
        }
        entry.optionalObject("policy", false).ifPresent(policy -> operation.policy(PolicyJson.read(policy)));
        entry.optionalObject("sideEffects", false).ifPresent(sideEffects -> readSideEffects(sideEffects, operation));
        entry.optionalObject("transport", false).ifPresent(transport -> readTransport(transport, operation));
        entry.optionalObject("acceptance", false).ifPresent(acceptance -> AcceptanceJson.read(acceptance, operation));
        entry.optionalObject("deprecation", false).ifPresent(deprecation ->
                operation.deprecation(readDeprecation(deprecation)));
        entry.optionalObject("pagination", false).ifPresent(pagination -> operation.paginated(readPagination(pagination)));
        entry.end();
        return entry.build(operation::build);
    }

    private static void readIo(JsonCursor io, OperationBuilder operation) {
        io.optionalObject("input", true).ifPresent(input -> operation.input(ModelJson.readModel(input)));
        operation.output(ModelJson.readModel(io.object("output")));
        for (JsonCursor parameter : io.objects("parameters")) {
            String name = parameter.text("name");
            ParameterBinding.Location in = parameter.wire(
                    "in", ParameterBinding.Location.values(), ParameterBinding.Location::wireName, "parameter location");
            String field = parameter.text("field");
            parameter.end();
            operation.parameter(parameter.build(() -> new ParameterBinding(name, in, field)));
        }
        io.end();
    }

    private static void readSideEffects(JsonCursor sideEffects, OperationBuilder operation) {
        for (JsonCursor emitted : sideEffects.objects("emits")) {
            SpecRef event = SpecJson.ref(emitted);
            String when = emitted.text("when", "");
            emitted.end();
            emitted.build(() -> operation.emits(event, when));
        }
        String[] audit = sideEffects.strings("audit").toArray(String[]::new);
        sideEffects.build(() -> operation.audit(audit));
        sideEffects.end();
    }

    private static void readTransport(JsonCursor transport, OperationBuilder operation) {
        transport.optionalObject("rest", false).ifPresent(rest -> {
            RestRoute.Method method = rest.wire("method", RestRoute.Method.values(), Enum::name, "HTTP method");
            String path = rest.text("path");
            Optional<RestRoute.Match> match = rest.optionalObject("match", false).map(condition -> {
                ParameterBinding.Location in = condition.wire("in", ParameterBinding.Location.values(),
                        ParameterBinding.Location::wireName, "match location");
                String name = condition.text("name");
                String value = condition.text("value");
                condition.end();
                return condition.build(() -> new RestRoute.Match(in, name, value));
            });
            rest.end();
            rest.build(() -> match.isPresent() ? operation.rest(method, path, match.get()) : operation.rest(method, path));
        });
        transport.optionalText("graphqlField").ifPresent(operation::graphqlField);
        transport.optionalText("mcpTool").ifPresent(operation::mcpTool);
        for (JsonCursor response : transport.objects("restResponses")) {
            int status = response.integer("status");
            String when = response.text("when", "");
            response.end();
            response.build(() -> operation.restResponse(status, when));
        }
        transport.end();
    }

    private static Pagination readPagination(JsonCursor pagination) {
        Pagination read = new Pagination(pagination.text("inputToken"), pagination.text("outputToken"),
                pagination.text("pageSize"), pagination.text("items"));
        pagination.end();
        return read;
    }

    private static Deprecation readDeprecation(JsonCursor deprecation) {
        Optional<LocalDate> sunset = deprecation.optionalText("sunset")
                .map(text -> deprecation.build(() -> LocalDate.parse(text)));
        Optional<SpecRef> replacedBy = deprecation.optionalObject("replacedBy", false).map(ref -> {
            SpecRef parsed = SpecJson.ref(ref);
            ref.end();
            return parsed;
        });
        deprecation.end();
        return new Deprecation(sunset, replacedBy);
    }
}
