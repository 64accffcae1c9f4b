package io.contractspec.openapi.internal;

import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.Scenario;
import io.contractspec.core.spec.SpecMeta;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Java DSL expression of one imported operation: only the parts an import sets (meta, goal and context, input,
 * output, success status, errors, auth level, REST route, its other responses, parameter bindings, emitted events,
 * acceptance examples and scenarios).
 */
final class OperationSource {

    private static final Stability DEFAULT_STABILITY = OperationSpec.query("default.stability", "1.0.0")
            .output(Model.builder("Empty").build()).build().meta().stability();

    private final Function<SchemaType, String> references;

    OperationSource(Function<SchemaType, String> references) {
        this.references = references;
    }

    List<String> lines(OperationSpec operation) {
        SpecMeta meta = operation.meta();
        List<String> lines = new ArrayList<>();
        lines.add("Contracts." + (operation.isCommand() ? "command" : "query") + "(" + JavaText.literal(meta.key()) + ", "
                + JavaText.literal(meta.version()) + ")");
        meta.title().ifPresent(title -> lines.add(".title(" + JavaText.literal(title) + ")"));
        if (!meta.description().isEmpty()) {
            lines.add(".description(" + JavaText.literal(meta.description()) + ")");
        }
        if (!operation.goal().isEmpty()) {
            lines.add(".goal(" + JavaText.literal(operation.goal()) + ")");
        }
        if (!operation.context().isEmpty()) {
            lines.add(".context(" + JavaText.literal(operation.context()) + ")");
        }
        if (meta.stability() != DEFAULT_STABILITY) {
            lines.add(".stability(Stability." + meta.stability().name() + ")");
        }
        if (!meta.owners().isEmpty()) {
            lines.add(".owners(" + strings(meta.owners()) + ")");
        }
        if (!meta.tags().isEmpty()) {
            lines.add(".tags(" + strings(meta.tags()) + ")");
        }
        operation.input().ifPresent(input -> lines.add(".input(" + references.apply(input) + ")"));
        lines.add(".output(" + references.apply(operation.output()) + ")");
        if (operation.successStatus() != 200) {
            lines.add(".successStatus(" + operation.successStatus() + ")");
        }
        for (ErrorSpec error : operation.errors()) {
            lines.add(".error(" + JavaText.literal(error.code()) + ", " + error.status() + ", "
                    + JavaText.literal(error.when()) + ")");
        }
        lines.add(".policy(" + policy(operation.policy()) + ")");
        if (!operation.audit().isEmpty()) {
            lines.add(".audit(" + strings(operation.audit()) + ")");
        }
        operation.pagination().ifPresent(pagination -> lines.add(".paginated(" + strings(List.of(
                pagination.inputToken(), pagination.outputToken(), pagination.pageSize(), pagination.items())) + ")"));
        operation.transport().graphqlField().ifPresent(name -> lines.add(".graphqlField(" + JavaText.literal(name) + ")"));
        operation.transport().mcpTool().ifPresent(name -> lines.add(".mcpTool(" + JavaText.literal(name) + ")"));
        operation.transport().rest().ifPresent(route -> lines.add(".rest(RestRoute.Method." + route.method().name()
                + ", " + JavaText.literal(route.path()) + route.match().map(match -> ", RestRoute.Match."
                        + match.in().wireName() + "(" + JavaText.literal(match.name()) + ", "
                        + JavaText.literal(match.value()) + ")").orElse("") + ")"));
        operation.transport().restResponses().forEach(response -> lines.add(".restResponse(" + response.status() + ", "
                + JavaText.literal(response.when()) + ")"));
        for (ParameterBinding binding : operation.parameters()) {
            String method = binding.in() == ParameterBinding.Location.HEADER ? ".header(" : ".queryParam(";
            lines.add(method + JavaText.literal(binding.name()) + ", " + JavaText.literal(binding.field()) + ")");
        }
        for (EmittedEvent emitted : operation.emits()) {
            lines.add(".emits(Contracts.ref(" + JavaText.literal(emitted.event().key()) + ", "
                    + JavaText.literal(emitted.event().version()) + "), " + JavaText.literal(emitted.when()) + ")");
        }
        for (Example example : operation.examples()) {
            String input = "Contracts.json(" + JavaText.literal(example.input().toString()) + ")";
            lines.add(example.errorCode().map(code -> ".exampleError(" + JavaText.literal(example.key()) + ", " + input
                    + ", " + JavaText.literal(code) + ")").orElseGet(() -> ".example(" + JavaText.literal(example.key())
                    + ", " + input + ", Contracts.json(" + JavaText.literal(example.output().orElseThrow().toString())
                    + "))"));
        }
        for (Scenario scenario : operation.scenarios()) {
            lines.add(".scenario(" + JavaText.literal(scenario.key()) + ", Contracts.given(" + strings(scenario.given())
                    + "), Contracts.when(" + strings(scenario.when()) + "), Contracts.then(" + strings(scenario.then())
                    + "))");
        }
        lines.add(".build()");
        return lines;
    }

    private static String policy(Policy policy) {
        StringBuilder text = new StringBuilder("Contracts.auth(AuthLevel." + policy.auth().name() + ")");
        appendList(text, "roles", policy.roles());
        appendList(text, "anyRole", policy.anyRole());
        appendList(text, "permissions", policy.permissions());
        appendList(text, "anyPermission", policy.anyPermission());
        appendList(text, "flags", policy.flags());
        policy.rateLimit().ifPresent(limit -> text.append(".rateLimit(new RateLimit(").append(limit.rpm())
                .append(", RateLimit.Scope.").append(limit.scope().name()).append("))"));
        if (policy.idempotent()) {
            text.append(".idempotent(true)");
        }
        appendList(text, "pii", policy.pii());
        return text.toString();
    }

    private static void appendList(StringBuilder text, String method, List<String> values) {
        if (!values.isEmpty()) {
            text.append('.').append(method).append('(').append(strings(values)).append(')');
        }
    }

    private static String strings(List<String> values) {
        return values.stream().map(JavaText::literal).collect(Collectors.joining(", "));
    }
}
