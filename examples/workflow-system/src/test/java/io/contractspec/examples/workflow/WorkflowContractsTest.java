package io.contractspec.examples.workflow;

import static io.contractspec.examples.workflow.Workflow.REGISTRY;
import static io.contractspec.core.spec.RestRoute.Method.GET;
import static io.contractspec.core.spec.RestRoute.Method.PATCH;
import static io.contractspec.core.spec.RestRoute.Method.POST;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowContractsTest {

    private static final Set<String> DEFINITION_COMMANDS = Set.of(
            "workflow.definition.create", "workflow.definition.update", "workflow.step.add",
            "workflow.definition.publish");

    /** The emits column of the operations table in WORKFLOW-SYSTEM.md, without the workflow. prefix. */
    private static final Map<String, Set<String>> EMITS = Map.ofEntries(
            Map.entry("definition.create", Set.of("definition.created")),
            Map.entry("definition.update", Set.of("definition.updated")),
            Map.entry("step.add", Set.of("step.added")),
            Map.entry("definition.publish", Set.of("definition.published")),
            Map.entry("definition.list", Set.of()),
            Map.entry("definition.get", Set.of()),
            // Beyond the table: entering the start step advances by itself (step.exited), and a
            // condition step on the way may find no transition (instance.failed).
            Map.entry("instance.start", Set.of("instance.started", "step.entered", "step.exited",
                    "approval.requested", "instance.completed", "instance.failed")),
            Map.entry("instance.transition", Set.of(
                    "step.exited", "step.entered", "approval.requested", "instance.completed", "instance.failed")),
            Map.entry("instance.pause", Set.of("instance.paused")),
            Map.entry("instance.resume", Set.of("instance.resumed")),
            Map.entry("instance.cancel", Set.of("instance.cancelled")),
            Map.entry("instance.list", Set.of()),
            Map.entry("instance.get", Set.of()),
            // Beyond the table: the instance's history (its audit records and events).
            Map.entry("instance.timeline", Set.of()),
            Map.entry("approval.decide", Set.of("approval.decided",
                    "step.exited", "step.entered", "approval.requested", "instance.completed", "instance.failed")),
            Map.entry("approval.delegate", Set.of("approval.delegated")),
            Map.entry("approval.comment.add", Set.of("approval.comment.added")),
            Map.entry("approval.list.mine", Set.of()),
            Map.entry("approval.get", Set.of()));

    private static final Set<String> EVENTS = Set.of(
            "definition.created", "definition.updated", "definition.published", "step.added",
            "instance.started", "instance.paused", "instance.resumed", "instance.cancelled", "instance.completed",
            "instance.failed", "instance.timed-out", "step.entered", "step.exited", "approval.requested",
            "approval.decided", "approval.delegated", "approval.escalated", "approval.comment.added");

    @Test
    void serviceLoaderFindsNineteenOperationsEighteenEventsAndAFeaturePerArea() {
        assertThat(REGISTRY.operations()).hasSize(19);
        assertThat(keys(REGISTRY.operations())).isEqualTo(prefixed(EMITS.keySet()));
        assertThat(REGISTRY.events()).hasSize(18);
        assertThat(keys(REGISTRY.events())).isEqualTo(prefixed(EVENTS));
        assertThat(keys(REGISTRY.features()))
                .containsExactlyInAnyOrder("workflow.definitions", "workflow.instances", "workflow.approvals");
        assertThat(REGISTRY.capabilities()).isEmpty();
    }

    @Test
    void everySpecIsStableVersionOneOwnedByTheWorkflowSystem() {
        // The lists and their features moved to 1.1.0 (cursor pagination, capped total), the instances
        // feature to 1.2.0 (the timeline query); the rest is 1.0.0.
        java.util.Set<String> listVersion = java.util.Set.of("workflow.instance.list", "workflow.definition.list",
                "workflow.approval.list.mine", "workflow.definitions", "workflow.approvals");
        assertThat(REGISTRY.all()).allSatisfy(spec -> {
            String expected = spec.key().equals("workflow.instances") ? "1.2.0"
                    : listVersion.contains(spec.key()) ? "1.1.0" : "1.0.0";
            assertThat(spec.version()).as(spec.key()).isEqualTo(expected);
            assertThat(spec.meta().stability()).as(spec.key()).isEqualTo(Stability.STABLE);
            assertThat(spec.meta().owners()).as(spec.key()).containsExactly("@example.workflow-system");
            assertThat(spec.meta().description()).as(spec.key()).isNotBlank();
            assertThat(spec.meta().tags()).as(spec.key()).startsWith("workflow");
        });
    }

    @Test
    void everyOperationExplainsItselfAndHasScenariosAndExamples() {
        assertThat(REGISTRY.operations()).allSatisfy(op -> {
            assertThat(op.goal()).as(op.key()).isNotBlank();
            assertThat(op.context()).as(op.key()).isNotBlank();
            assertThat(op.input()).as(op.key()).isPresent();
            assertThat(op.scenarios()).as(op.key()).isNotEmpty();
            assertThat(op.examples()).as(op.key()).anySatisfy(example -> assertThat(example.output()).isPresent());
            assertThat(op.errors()).as(op.key()).allSatisfy(error -> assertThat(error.when()).isNotBlank());
        });
    }

    @Test
    void everyOperationNeedsAUserAndDefinitionCommandsAlsoTheAdminRole() {
        assertThat(REGISTRY.operations()).allSatisfy(op -> {
            assertThat(op.policy().auth()).as(op.key()).isEqualTo(AuthLevel.USER);
            assertThat(op.policy().roles()).as(op.key()).isEmpty();
            assertThat(op.policy().anyRole()).as(op.key())
                    .isEqualTo(DEFINITION_COMMANDS.contains(op.key()) ? List.of("workflow.admin") : List.of());
        });
    }

    @Test
    void operationsEmitExactlyTheEventsOfTheTable() {
        assertThat(REGISTRY.operations()).allSatisfy(op -> {
            Set<String> emitted = op.emits().stream().map(emit -> emit.event().key()).collect(toSet());
            assertThat(emitted).as(op.key()).isEqualTo(prefixed(EMITS.get(op.key().substring("workflow.".length()))));
            assertThat(op.emits()).as(op.key()).allSatisfy(emit -> assertThat(emit.when()).isNotBlank());
        });
    }

    @Test
    void everyEmittedEventResolvesInTheRegistry() {
        List<SpecRef> emitted = REGISTRY.operations().stream()
                .flatMap(op -> op.emits().stream()).map(EmittedEvent::event).toList();
        assertThat(emitted).allSatisfy(ref -> assertThat(REGISTRY.event(ref)).as(ref.toString()).isPresent());
    }

    @Test
    void commandsAreAuditedAndQueriesHaveNoSideEffects() {
        assertThat(REGISTRY.operations()).allSatisfy(op -> {
            if (op.isCommand()) {
                String area = op.key().substring(0, op.key().lastIndexOf('.') + 1);
                assertThat(op.audit()).as(op.key()).singleElement()
                        .satisfies(action -> assertThat(action).startsWith(area));
            } else {
                assertThat(op.audit()).as(op.key()).isEmpty();
                assertThat(op.emits()).as(op.key()).isEmpty();
            }
        });
    }

    @Test
    void featuresCoverEveryOperationAndEventExactlyOnce() {
        List<SpecRef> operations = REGISTRY.features().stream().flatMap(f -> f.operations().stream()).toList();
        List<SpecRef> events = REGISTRY.features().stream().flatMap(f -> f.events().stream()).toList();
        assertThat(operations).containsExactlyInAnyOrderElementsOf(refs(REGISTRY.operations()));
        assertThat(events).containsExactlyInAnyOrderElementsOf(refs(REGISTRY.events()));
    }

    @Test
    void everyOperationHasItsOwnRestRouteWithQueriesOnGet() {
        assertThat(REGISTRY.operations().stream().map(WorkflowContractsTest::route)).doesNotHaveDuplicates();
        assertThat(REGISTRY.operations()).allSatisfy(op -> {
            RestRoute route = route(op);
            assertThat(route.path()).as(op.key()).startsWith("/workflow/");
            assertThat(route.method()).as(op.key()).isIn(op.isCommand() ? List.of(POST, PATCH) : List.of(GET));
            assertThat(route.pathParameters()).as(op.key()).allSatisfy(name ->
                    assertThat(op.input().orElseThrow().field(name).orElseThrow().isRequired()).isTrue());
        });
    }

    private static RestRoute route(OperationSpec op) {
        return op.transport().rest().orElseThrow(() -> new AssertionError(op.key() + " has no REST route"));
    }

    private static Set<String> keys(List<? extends Spec> specs) {
        return specs.stream().map(Spec::key).collect(toSet());
    }

    private static List<SpecRef> refs(List<? extends Spec> specs) {
        return specs.stream().map(Spec::ref).toList();
    }

    private static Set<String> prefixed(Set<String> keys) {
        return keys.stream().map(key -> "workflow." + key).collect(toSet());
    }
}
