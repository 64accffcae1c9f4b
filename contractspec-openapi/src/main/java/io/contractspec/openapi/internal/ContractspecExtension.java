package io.contractspec.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.Pagination;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.core.spec.Scenario;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code x-contractspec} object our OpenAPI export writes on each operation: key, version,
 * kind, stability, owners, auth level and the rest of the policy, title, description, goal,
 * context, tags, the declared errors, emitted events, acceptance examples and scenarios, audit
 * actions, pagination and the GraphQL and MCP names, which the document's own keywords cannot hold or blur.
 */
record ContractspecExtension(Map<?, ?> values) {

    static ContractspecExtension of(Map<String, Object> extensions) {
        Object value = extensions == null ? null : extensions.get("x-contractspec");
        return new ContractspecExtension(value instanceof Map<?, ?> map ? map : Map.of());
    }

    Optional<String> key() {
        return text("key");
    }

    Optional<String> version() {
        return text("version").filter(version -> version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"));
    }

    Optional<String> kind() {
        return text("kind");
    }

    Optional<Stability> stability() {
        return text("stability").flatMap(wire -> Arrays.stream(Stability.values())
                .filter(stability -> stability.wireName().equals(wire)).findFirst());
    }

    Optional<AuthLevel> auth() {
        return text("auth").flatMap(wire -> Arrays.stream(AuthLevel.values())
                .filter(level -> level.wireName().equals(wire)).findFirst());
    }

    Optional<List<String>> owners() {
        return values.get("owners") instanceof List<?> owners && !owners.isEmpty()
                ? Optional.of(owners.stream().map(String::valueOf).toList())
                : Optional.empty();
    }

    /** Present only in documents we exported: then title, description, goal and context are exact. */
    Optional<String> description() {
        return text("description");
    }

    Optional<String> title() {
        return text("title");
    }

    String goal() {
        return text("goal").orElse("");
    }

    String context() {
        return text("context").orElse("");
    }

    Optional<List<String>> tags() {
        return values.get("tags") instanceof List<?> tags
                ? Optional.of(tags.stream().map(String::valueOf).toList())
                : Optional.empty();
    }

    /** The declared errors (code, status, when); absent in documents we did not export. */
    Optional<List<Map<?, ?>>> errors() {
        return values.get("errors") instanceof List<?> errors
                ? Optional.of(errors.stream().filter(Map.class::isInstance).<Map<?, ?>>map(error -> (Map<?, ?>) error)
                        .toList())
                : Optional.empty();
    }

    /** The policy our export wrote: the auth level and what it lists beyond it. */
    Policy policy(AuthLevel auth) {
        Policy.Builder policy = Policy.auth(auth);
        Map<?, ?> declared = values.get("policy") instanceof Map<?, ?> map ? map : Map.of();
        policy.roles(strings(declared, "roles")).anyRole(strings(declared, "anyRole"))
                .permissions(strings(declared, "permissions")).anyPermission(strings(declared, "anyPermission"))
                .flags(strings(declared, "flags")).pii(strings(declared, "pii"))
                .idempotent(Boolean.TRUE.equals(declared.get("idempotent")));
        if (declared.get("rateLimit") instanceof Map<?, ?> limit && limit.get("rpm") instanceof Number rpm) {
            policy.rateLimit(new RateLimit(rpm.intValue(), RateLimit.Scope.fromWire(String.valueOf(limit.get("scope")))));
        }
        return policy.build();
    }

    /** The input model's name and description: our export splits the input into parameters and a body. */
    Optional<Map<?, ?>> input() {
        return values.get("input") instanceof Map<?, ?> input && input.get("name") instanceof String
                ? Optional.of(input) : Optional.empty();
    }

    String[] audit() {
        return strings(values, "audit");
    }

    Optional<String> graphqlField() {
        return text("graphqlField");
    }

    Optional<String> mcpTool() {
        return text("mcpTool");
    }

    Optional<Pagination> pagination() {
        if (!(values.get("pagination") instanceof Map<?, ?> pagination)) {
            return Optional.empty();
        }
        return Optional.of(new Pagination(String.valueOf(pagination.get("inputToken")),
                String.valueOf(pagination.get("outputToken")), String.valueOf(pagination.get("pageSize")),
                String.valueOf(pagination.get("items"))));
    }

    /** The emitted events, {@code {event: "key@version", when}}; the events themselves are not in the document. */
    List<EmittedEvent> emits() {
        List<EmittedEvent> emits = new ArrayList<>();
        for (Map<?, ?> emitted : maps(values, "emits")) {
            emits.add(new EmittedEvent(SpecRef.parse(String.valueOf(emitted.get("event"))),
                    emitted.get("when") instanceof String when ? when : ""));
        }
        return emits;
    }

    /** Whether our export wrote the acceptance examples and scenarios (then they replace the document's examples). */
    boolean hasAcceptance() {
        return values.get("acceptance") instanceof Map<?, ?>;
    }

    List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (Map<?, ?> example : maps(acceptance(), "examples")) {
            String key = String.valueOf(example.get("key"));
            JsonNode input = SchemaView.json(example.get("input"));
            examples.add(example.get("error") instanceof String code ? Example.failing(key, input, code)
                    : Example.succeeding(key, input, SchemaView.json(example.get("output"))));
        }
        return examples;
    }

    List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Map<?, ?> scenario : maps(acceptance(), "scenarios")) {
            scenarios.add(new Scenario(String.valueOf(scenario.get("key")), List.of(strings(scenario, "given")),
                    List.of(strings(scenario, "when")), List.of(strings(scenario, "then"))));
        }
        return scenarios;
    }

    private Map<?, ?> acceptance() {
        return values.get("acceptance") instanceof Map<?, ?> acceptance ? acceptance : Map.of();
    }

    private static List<Map<?, ?>> maps(Map<?, ?> map, String name) {
        return map.get(name) instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(item -> (Map<?, ?>) item).toList()
                : List.of();
    }

    private static String[] strings(Map<?, ?> map, String name) {
        return map.get(name) instanceof List<?> list ? list.stream().map(String::valueOf).toArray(String[]::new)
                : new String[0];
    }

    private Optional<String> text(String name) {
        return values.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
