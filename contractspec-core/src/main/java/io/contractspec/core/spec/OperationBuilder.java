package io.contractspec.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.StandardCode;
import io.contractspec.schema.Model;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Fluent builder of {@link OperationSpec}; every setter returns the builder. */
@PublicApi
public final class OperationBuilder extends SpecBuilder<OperationBuilder, OperationSpec> {

    final OperationKind kind;
    String goal = "";
    String context = "";
    Model input;
    Model output;
    final List<ParameterBinding> parameters = new ArrayList<>();
    int successStatus = 200;
    final List<ErrorSpec> errors = new ArrayList<>();
    Policy policy = Policy.DEFAULT;
    final List<EmittedEvent> emits = new ArrayList<>();
    final List<String> audit = new ArrayList<>();
    RestRoute rest;
    String graphqlField;
    String mcpTool;
    final List<RestResponse> restResponses = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<Example> examples = new ArrayList<>();
    Deprecation deprecation = Deprecation.NONE;
    Pagination pagination;

    OperationBuilder(OperationKind kind, String key, String version) {
        super(key, version);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    OperationBuilder(OperationSpec spec) {
        super(spec.meta(), spec.source());
        this.kind = spec.kind();
        this.goal = spec.goal();
        this.context = spec.context();
        this.input = spec.input().orElse(null);
        this.output = spec.output();
        this.parameters.addAll(spec.parameters());
        this.successStatus = spec.successStatus();
        this.errors.addAll(spec.errors());
        this.policy = spec.policy();
        this.emits.addAll(spec.emits());
        this.audit.addAll(spec.audit());
        this.rest = spec.transport().rest().orElse(null);
        this.graphqlField = spec.transport().graphqlField().orElse(null);
        this.mcpTool = spec.transport().mcpTool().orElse(null);
        this.restResponses.addAll(spec.transport().restResponses());
        this.scenarios.addAll(spec.scenarios());
        this.examples.addAll(spec.examples());
        this.deprecation = spec.deprecation();
        this.pagination = spec.pagination().orElse(null);
    }

    public OperationBuilder goal(String goal) {
        this.goal = Objects.requireNonNull(goal, "goal");
        return this;
    }

    public OperationBuilder context(String context) {
        this.context = Objects.requireNonNull(context, "context");
        return this;
    }

    public OperationBuilder input(Model input) {
        this.input = Objects.requireNonNull(input, "input");
        return this;
    }

    public OperationBuilder output(Model output) {
        this.output = Objects.requireNonNull(output, "output");
        return this;
    }

    /** Binds a query parameter to a top-level input field. */
    public OperationBuilder queryParam(String name, String field) {
        parameters.add(part(() -> new ParameterBinding(name, ParameterBinding.Location.QUERY, field)));
        return this;
    }

    /** Binds a request header to a top-level input field. */
    public OperationBuilder header(String name, String field) {
        parameters.add(part(() -> new ParameterBinding(name, ParameterBinding.Location.HEADER, field)));
        return this;
    }

    public OperationBuilder parameter(ParameterBinding binding) {
        parameters.add(Objects.requireNonNull(binding, "binding"));
        return this;
    }

    public OperationBuilder successStatus(int status) {
        this.successStatus = status;
        return this;
    }

    /** Declares an error: its code, HTTP status and when it happens. */
    public OperationBuilder error(String code, int status, String when) {
        errors.add(part(() -> new ErrorSpec(code, status, when)));
        return this;
    }

    /** Declares a standard error with its standard status: {@code .error(NOT_FOUND, "no such instance")}. */
    public OperationBuilder error(StandardCode code, String when) {
        errors.add(part(() -> ErrorSpec.of(code, when)));
        return this;
    }

    /** Declares an error kept as a constant, which the handler raises: see {@link ErrorSpec}. */
    public OperationBuilder error(ErrorSpec error) {
        errors.add(Objects.requireNonNull(error, "error"));
        return this;
    }

    public OperationBuilder policy(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    public OperationBuilder policy(Policy.Builder policy) {
        return policy(policy.build());
    }

    public OperationBuilder emits(EventSpec event, String when) {
        return emits(event.ref(), when);
    }

    public OperationBuilder emits(SpecRef event, String when) {
        emits.add(part(() -> new EmittedEvent(event, when)));
        return this;
    }

    public OperationBuilder audit(String... actions) {
        for (String action : actions) {
            audit.add(part(() -> OperationChecks.auditAction(action)));
        }
        return this;
    }

    public OperationBuilder rest(RestRoute.Method method, String path) {
        this.rest = part(() -> new RestRoute(method, path));
        return this;
    }

    /**
     * A route that serves the request only when a header or query parameter has the match's value:
     * several operations share one method and path and the value tells them apart.
     */
    public OperationBuilder rest(RestRoute.Method method, String path, RestRoute.Match match) {
        this.rest = part(() -> new RestRoute(method, path, Optional.of(match)));
        return this;
    }

    /**
     * Documents another response of the REST transport: a 2xx besides the success status (201, 202,
     * 204) or a 3xx (304, a redirect), and when the handler answers with it.
     */
    public OperationBuilder restResponse(int status, String when) {
        restResponses.add(part(() -> new RestResponse(status, when)));
        return this;
    }

    public OperationBuilder restResponse(RestResponse response) {
        restResponses.add(Objects.requireNonNull(response, "response"));
        return this;
    }

    public OperationBuilder graphqlField(String name) {
        this.graphqlField = Objects.requireNonNull(name, "GraphQL field name");
        return this;
    }

    public OperationBuilder mcpTool(String name) {
        this.mcpTool = Objects.requireNonNull(name, "MCP tool name");
        return this;
    }

    public OperationBuilder scenario(String key, Scenario.Given given, Scenario.When when, Scenario.Then then) {
        scenarios.add(part(() -> new Scenario(key, given.steps(), when.steps(), then.steps())));
        return this;
    }

    public OperationBuilder scenario(Scenario scenario) {
        scenarios.add(Objects.requireNonNull(scenario, "scenario"));
        return this;
    }

    /** An example that succeeds; {@code output} must be a subset of the real output. */
    public OperationBuilder example(String key, JsonNode input, JsonNode output) {
        examples.add(part(() -> Example.succeeding(key, input, output)));
        return this;
    }

    /** An example that must fail with the given error code. */
    public OperationBuilder exampleError(String key, JsonNode input, String errorCode) {
        examples.add(part(() -> Example.failing(key, input, errorCode)));
        return this;
    }

    public OperationBuilder example(Example example) {
        examples.add(Objects.requireNonNull(example, "example"));
        return this;
    }

    /** Records when the operation goes away and what replaces it (set stability DEPRECATED too). */
    public OperationBuilder deprecation(LocalDate sunset, SpecRef replacedBy) {
        this.deprecation = new Deprecation(Optional.ofNullable(sunset), Optional.ofNullable(replacedBy));
        return this;
    }

    public OperationBuilder deprecation(Deprecation deprecation) {
        this.deprecation = Objects.requireNonNull(deprecation, "deprecation");
        return this;
    }

    /**
     * Declares the operation paginated: {@code paginated("cursor", "nextCursor", "limit", "items")}
     * names the input cursor, the output's next cursor, the input page size and the output items.
     */
    public OperationBuilder paginated(String inputToken, String outputToken, String pageSize, String items) {
        return paginated(new Pagination(inputToken, outputToken, pageSize, items));
    }

    public OperationBuilder paginated(Pagination pagination) {
        this.pagination = Objects.requireNonNull(pagination, "pagination");
        return this;
    }

    private <T> T part(java.util.function.Supplier<T> part) {
        return named(SpecType.OPERATION, part);
    }

    Transport transport() {
        return new Transport(Optional.ofNullable(rest), Optional.ofNullable(graphqlField), Optional.ofNullable(mcpTool),
                restResponses);
    }

    @Override
    public OperationSpec build() {
        try {
            return new OperationSpec(this);
        } catch (IllegalArgumentException e) {
            throw prefixed(e);
        }
    }

    private IllegalArgumentException prefixed(IllegalArgumentException e) {
        String subject = subject(SpecType.OPERATION);
        String message = e.getMessage() == null ? "invalid" : e.getMessage();
        return message.startsWith(SpecType.OPERATION.wireName() + " ")
                ? e
                : new IllegalArgumentException(subject + ": " + message, e);
    }
}
