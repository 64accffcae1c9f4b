package io.contractspec.runtime;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.START_INPUT;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.spec.OperationSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Handlers on records: checked against the models when bound, converted on every call. */
class TypedHandlersTest {

    record Applicant(String name, String email) {}

    record Contact(String email, Optional<String> label) {}

    record StartInput(String name, int priority, Applicant applicant, Optional<List<Contact>> contacts, Double weight) {}

    record Instance(String id, String status) {}

    record StartInputWithoutApplicant(String name, int priority) {}

    private static final ContractRegistry REGISTRY = ContractRegistry.builder().register(START, STARTED).build();

    private static final TypedHandler<StartInput, Instance> START_HANDLER = (input, context) -> {
        if (input.priority() == 5) {
            throw new ContractException("INVALID_GRAPH", "cycle");
        }
        String contacts = input.contacts().map(list -> list.get(0).email()).orElse("none");
        return new Instance(input.name() + "/" + input.applicant().name() + "/" + contacts, input.weight() == null ? "running" : null);
    };

    private final Harness harness = new Harness(List.of(START, STARTED),
            (handlers, h) -> handlers.bind(START, StartInput.class, Instance.class, START_HANDLER));

    @Test
    void runsARecordHandlerThroughThePipeline() {
        CallResult result = harness.call(START.key(),
                "{name: 'onboarding', priority: 2, applicant: {name: 'Ada', email: 'a@b.co'}, contacts: [{email: 'x@y.zz'}]}",
                alice());

        assertThat(successOf(result).output()).isEqualTo(json("{id: 'onboarding/Ada/x@y.zz', status: 'running'}"));
    }

    @Test
    void mapsWhatARecordHandlerThrows() {
        problemOf(harness.call(START.key(), "{name: 'x', priority: 5, applicant: {name: 'Ada', email: 'a@b.co'}}", alice()),
                422, "INVALID_GRAPH");
    }

    @Test
    void failsARecordOutputTheModelCannotCarry() {
        problemOf(harness.call(START.key(), "{name: 'x', priority: 2, weight: 1.5, applicant: {name: 'Ada', email: 'a@b.co'}}",
                alice()), 500, "INTERNAL_ERROR");
    }

    @Test
    void refusesToBindAnOperationTheRegistryDoesNotHold() {
        OperationSpec ghost = command("workflow.instance.ghost", "1.0.0").input(START_INPUT).output(INSTANCE).build();
        HandlerBindings.Builder bindings = HandlerBindings.builder(REGISTRY);

        assertThatThrownBy(() -> bindings.bind(ghost, StartInput.class, Instance.class, (input, context) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot bind a handler to workflow.instance.ghost@1.0.0: the registry has no such operation");
        assertThatThrownBy(() -> bindings.bind(START.toBuilder().version("1.0.1").build(), (input, context) -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToBindAnOperationTwice() {
        HandlerBindings.Builder bindings = HandlerBindings.builder(REGISTRY).bind(START, StartInput.class, Instance.class, START_HANDLER);

        assertThatThrownBy(() -> bindings.bind(START, (input, context) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operation workflow.instance.start@1.0.0 already has a handler");
    }

    @Test
    void refusesARecordThatDoesNotMatchTheModelNamingTheField() {
        HandlerBindings.Builder bindings = HandlerBindings.builder(REGISTRY);

        assertThatThrownBy(() -> bindings.bind(START, StartInputWithoutApplicant.class, Instance.class, (input, context) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("StartInput")
                .hasMessageContaining("'applicant'");
    }

    @Test
    void refusesARecordInputForAnOperationWithoutInput() {
        OperationSpec list = query("workflow.instance.list", "1.0.0").output(INSTANCE).build();
        HandlerBindings.Builder bindings = HandlerBindings.builder(ContractRegistry.builder().register(list).build());

        assertThatThrownBy(() -> bindings.bind(list, StartInput.class, Instance.class, (input, context) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workflow.instance.list@1.0.0 has no input model to bind StartInput to");
    }

    @Test
    void reportsWhichOperationsAreBound() {
        HandlerBindings bindings = HandlerBindings.builder(REGISTRY).bind(START, StartInput.class, Instance.class, START_HANDLER).build();

        assertThat(bindings.isBound(START.ref())).isTrue();
        assertThat(bindings.handler(START.ref())).isPresent();
        assertThat(bindings.isBound(STARTED.ref())).isFalse();
    }
}
