package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Model;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command or query: meta, goal and context, input/output models, declared results, policy,
 * side effects, transport overrides, acceptance scenarios and examples, deprecation and the
 * location of its definition. Build one with {@code Contracts.command(...)} or
 * {@code Contracts.query(...)}.
 */
@PublicApi
public final class OperationSpec implements Spec {

    private final SpecMeta meta;
    private final OperationKind kind;
    private final String goal;
    private final String context;
    private final Model input;
    private final Model output;
    private final List<ParameterBinding> parameters;
    private final int successStatus;
    private final List<ErrorSpec> errors;
    private final Policy policy;
    private final List<EmittedEvent> emits;
    private final List<String> audit;
    private final Transport transport;
    private final List<Scenario> scenarios;
    private final List<Example> examples;
    private final Deprecation deprecation;
    private final Pagination pagination;
    private final SourceLocation source;

    OperationSpec(OperationBuilder builder) {
        this.meta = builder.buildMeta(SpecType.OPERATION);
        this.kind = builder.kind;
        this.goal = builder.goal;
        this.context = builder.context;
        this.input = builder.input;
        this.output = builder.output;
        this.parameters = List.copyOf(builder.parameters);
        this.successStatus = builder.successStatus;
        this.errors = List.copyOf(builder.errors);
        this.policy = builder.policy;
        this.emits = List.copyOf(builder.emits);
        this.audit = List.copyOf(builder.audit);
        this.transport = builder.transport();
        this.scenarios = List.copyOf(builder.scenarios);
        this.examples = List.copyOf(builder.examples);
        this.deprecation = builder.deprecation;
        this.pagination = builder.pagination;
        this.source = builder.sourceOrCaller();
        OperationChecks.check(this, builder.subject(SpecType.OPERATION));
    }

    public static OperationBuilder command(String key, String version) {
        return new OperationBuilder(OperationKind.COMMAND, key, version);
    }

    public static OperationBuilder query(String key, String version) {
        return new OperationBuilder(OperationKind.QUERY, key, version);
    }

    public OperationBuilder toBuilder() {
        return new OperationBuilder(this);
    }

    @Override
    public SpecMeta meta() {
        return meta;
    }

    @Override
    public SpecType specType() {
        return SpecType.OPERATION;
    }

    @Override
    public SourceLocation source() {
        return source;
    }

    public OperationKind kind() {
        return kind;
    }

    public boolean isCommand() {
        return kind == OperationKind.COMMAND;
    }

    /** Why the operation exists, from the caller's point of view. */
    public String goal() {
        return goal;
    }

    /** When and by whom it is used. */
    public String context() {
        return context;
    }

    /** The input model; empty for an operation that takes no input. */
    public Optional<Model> input() {
        return Optional.ofNullable(input);
    }

    public Model output() {
        return output;
    }

    /** Query and header bindings; path parameters are the placeholders of the REST route. */
    public List<ParameterBinding> parameters() {
        return parameters;
    }

    /** The HTTP status of success (200 unless declared otherwise, e.g. 201). */
    public int successStatus() {
        return successStatus;
    }

    /** Declared errors on top of the standard ones. */
    public List<ErrorSpec> errors() {
        return errors;
    }

    public Optional<ErrorSpec> error(String code) {
        return errors.stream().filter(error -> error.code().equals(code)).findFirst();
    }

    public Policy policy() {
        return policy;
    }

    public List<EmittedEvent> emits() {
        return emits;
    }

    public boolean declaresEvent(SpecRef event) {
        for (EmittedEvent emitted : emits) { // on every emit: no stream
            if (emitted.event().equals(event)) {
                return true;
            }
        }
        return false;
    }

    /** Audit action keys written on each successful call. */
    public List<String> audit() {
        return audit;
    }

    public Transport transport() {
        return transport;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public List<Example> examples() {
        return examples;
    }

    public Deprecation deprecation() {
        return deprecation;
    }

    /** The paginated trait, when the operation returns one page of a longer list. */
    public Optional<Pagination> pagination() {
        return Optional.ofNullable(pagination);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OperationSpec other
                && meta.equals(other.meta)
                && kind == other.kind
                && goal.equals(other.goal)
                && context.equals(other.context)
                && Objects.equals(input, other.input)
                && output.equals(other.output)
                && parameters.equals(other.parameters)
                && successStatus == other.successStatus
                && errors.equals(other.errors)
                && policy.equals(other.policy)
                && emits.equals(other.emits)
                && audit.equals(other.audit)
                && transport.equals(other.transport)
                && scenarios.equals(other.scenarios)
                && examples.equals(other.examples)
                && deprecation.equals(other.deprecation)
                && Objects.equals(pagination, other.pagination)
                && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meta, kind, output, policy, emits, examples);
    }

    @Override
    public String toString() {
        return kind.wireName() + " " + meta;
    }
}
