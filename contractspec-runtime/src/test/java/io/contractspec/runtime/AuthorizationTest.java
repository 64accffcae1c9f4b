package io.contractspec.runtime;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.INSTANCE_REF;
import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.bob;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.authorization.AuthorizationDecision;
import io.contractspec.runtime.authorization.RecordRule;
import io.contractspec.runtime.internal.CallScope;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The authorization SPI: authorizers added to or replacing the built-in policy check, and record
 * rules declared once and enforced by the runtime (403, rolled back, heard by listeners).
 */
class AuthorizationTest {

    /** An instance row as a handler loads it: who started it. */
    record InstanceRow(String id, String startedBy) {}

    static final EventSpec PAUSED = event("workflow.instance.paused", "1.0.0")
            .payload(Model.builder("InstancePaused").required("id", Scalar.ID).build())
            .build();
    static final OperationSpec PAUSE = command("workflow.instance.pause", "1.0.0")
            .input(INSTANCE_REF).output(INSTANCE)
            .policy(auth(USER))
            .emits(PAUSED, "an instance is paused")
            .audit("workflow.instance.paused")
            .build();

    static final RecordRule STARTER_OR_ADMIN = RecordRule.of(InstanceRow.class, "only the instance's starter or an admin",
            (principal, instance) -> principal.userId().equals(instance.startedBy()) || principal.hasRole("admin"));

    private final List<String> heard = new ArrayList<>();

    private Harness harness(OperationHandler pause, Consumer<ExecutorBuilder> customize) {
        return new Harness(List.of(PAUSE, PAUSED, STARTED), (handlers, h) -> handlers.bind(PAUSE, pause),
                builder -> customize.accept(builder.listener(new ExecutionListenerTest.StageRecorder(heard))));
    }

    /** Loads the instance alice started, checks it, emits and returns. */
    private static final OperationHandler PAUSE_ALICES_INSTANCE = (input, context) -> {
        context.authorize(new InstanceRow(input.get("id").asText(), "alice"));
        context.emit(PAUSED, json("{id: 'inst-1'}"));
        return json(RUNNING);
    };

    @Test
    void anAddedAuthorizerCanRefuseACallBeforeItsInputIsRead() {
        Harness harness = harness(PAUSE_ALICES_INSTANCE, builder -> builder.authorizer(request ->
                request.principal().orElseThrow().organizationId().equals("acme")
                        ? AuthorizationDecision.forbidden("acme is suspended") : AuthorizationDecision.allowed()));

        CallResult result = harness.call(PAUSE.key(), "{id: 'inst-1'}", alice());

        assertThat(problemOf(result, 403, "FORBIDDEN").detail()).contains("Denied: acme is suspended.");
        assertThat(heard).endsWith("begin AUTHORIZE", "end AUTHORIZE FORBIDDEN");
    }

    @Test
    void replacingTheAuthorizersKeepsAuthentication() {
        OperationSpec adminOnly = command("workflow.instance.purge", "1.0.0").input(INSTANCE_REF).output(INSTANCE)
                .policy(auth(USER).roles("admin")).build();
        Harness harness = new Harness(List.of(adminOnly), (handlers, h) -> handlers.bind(adminOnly, h.returning(RUNNING)),
                builder -> builder.authorizers(List.of(request -> AuthorizationDecision.allowed())));

        successOf(harness.call(adminOnly.key(), "{id: 'inst-1'}", alice()));
        problemOf(harness.call(adminOnly.key(), "{id: 'inst-1'}", (Principal) null), 401, "UNAUTHENTICATED");
    }

    @Test
    void aRecordRuleLetsTheStarterAct() {
        Harness harness = harness(PAUSE_ALICES_INSTANCE, builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        successOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", alice()));
        successOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", Principal.of("root", "acme", "admin")));

        assertThat(heard).containsSubsequence("begin HANDLER", "begin AUTHORIZE_RECORD", "end AUTHORIZE_RECORD passed",
                "end HANDLER passed");
    }

    @Test
    void aRecordRuleRefusesAnotherUserWith403AndCommitsNothing() {
        Harness harness = harness(PAUSE_ALICES_INSTANCE, builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        CallResult result = harness.call(PAUSE.key(), "{id: 'inst-1'}", bob());

        assertThat(problemOf(result, 403, "FORBIDDEN").detail()).contains("Denied: only the instance's starter or an admin.");
        assertThat(heard).endsWith("begin HANDLER", "begin AUTHORIZE_RECORD", "end AUTHORIZE_RECORD FORBIDDEN",
                "end HANDLER FORBIDDEN");
        assertThat(harness.auditRecords()).isEmpty();
        assertThat(harness.outbox.events()).isEmpty();
    }

    @Test
    void aRuleMadeFromADeclaredErrorRefusesWithItsText() {
        ErrorSpec notStarter = ErrorSpec.of(StandardCode.FORBIDDEN, "the caller is neither the starter nor an admin");
        OperationSpec declaring = command("workflow.instance.pause", "1.0.0").input(INSTANCE_REF).output(INSTANCE)
                .policy(auth(USER)).error(notStarter).build();
        RecordRule rule = RecordRule.of(InstanceRow.class, notStarter,
                (principal, instance) -> principal.userId().equals(instance.startedBy()));
        Harness harness = new Harness(List.of(declaring), (handlers, h) -> handlers.bind(declaring, (input, context) -> {
            context.authorize(new InstanceRow("inst-1", "alice"));
            return json(RUNNING);
        }), builder -> builder.recordRule(rule, declaring));

        assertThat(rule.refusal()).contains(notStarter);
        assertThat(rule.recordType()).isEqualTo(InstanceRow.class);
        assertThat(rule.requirement()).isEqualTo("the caller is neither the starter nor an admin");
        assertThat(problemOf(harness.call(declaring.key(), "{id: 'inst-1'}", bob()), 403, "FORBIDDEN").detail())
                .contains("Denied: the caller is neither the starter nor an admin.");
    }

    @Test
    void anOperationGuardedByARuleMustDeclareItsRefusal() {
        ErrorSpec notStarter = ErrorSpec.of(StandardCode.FORBIDDEN, "the caller is neither the starter nor an admin");
        RecordRule rule = RecordRule.of(InstanceRow.class, notStarter, (principal, instance) -> true);

        assertThatThrownBy(() -> new Harness(List.of(PAUSE, PAUSED, STARTED), (handlers, h) -> handlers.bind(PAUSE,
                PAUSE_ALICES_INSTANCE), builder -> builder.recordRule(rule, PAUSE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workflow.instance.pause")
                .hasMessageContaining("does not declare its refusal: add .error(FORBIDDEN, \"the caller is neither");
        assertThatThrownBy(() -> RecordRule.of(InstanceRow.class, ErrorSpec.of(StandardCode.CONFLICT, "busy"),
                (principal, instance) -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a record rule refuses with FORBIDDEN (403); the error CONFLICT cannot be its refusal");
    }

    @Test
    void aRefusalStandsWhenTheHandlerSwallowsIt() {
        Harness harness = harness((input, context) -> {
            try {
                context.authorize(new InstanceRow("inst-1", "alice"));
            } catch (RuntimeException ignored) {
                // a careless handler
            }
            return json(RUNNING);
        }, builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        problemOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", bob()), 403, "FORBIDDEN");
    }

    @Test
    void aHandlerThatNeverChecksItsRecordFails() {
        Harness harness = harness((input, context) -> json(RUNNING), builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        try (CapturedLog scopeLog = CapturedLog.of(CallScope.class)) {
            problemOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", alice()), 500, "INTERNAL_ERROR");

            assertThat(scopeLog.text()).isEqualTo("SEVERE Handler of workflow.instance.pause@1.0.0 returned without"
                    + " context.authorize(record), but the operation declares a record rule (trace " + Harness.TRACE + ")\n");
        }
        assertThat(heard).endsWith("begin HANDLER", "end HANDLER INTERNAL_ERROR");
    }

    @Test
    void aRefusalOutranksTheErrorTheHandlerMakesOfIt() {
        Harness harness = harness((input, context) -> {
            try {
                context.authorize(new InstanceRow("inst-1", "alice"));
            } catch (RuntimeException refused) {
                throw new ContractException(StandardCode.NOT_FOUND, "No instance inst-1."); // hiding it from the caller
            }
            return json(RUNNING);
        }, builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        problemOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", bob()), 403, "FORBIDDEN");
    }

    @Test
    void eachRecordCheckEndsWhenItIsDecided() {
        Harness harness = harness((input, context) -> {
            try {
                context.authorize(new InstanceRow("inst-1", "alice"));
            } catch (RuntimeException refused) {
                context.authorize(new InstanceRow("inst-2", "bob")); // the refusal stands all the same
            }
            return json(RUNNING);
        }, builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        problemOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", bob()), 403, "FORBIDDEN");

        assertThat(heard).endsWith("begin HANDLER",
                "begin AUTHORIZE_RECORD", "end AUTHORIZE_RECORD FORBIDDEN",
                "begin AUTHORIZE_RECORD", "end AUTHORIZE_RECORD passed",
                "end HANDLER FORBIDDEN");
    }

    @Test
    void anAddedAuthorizerCanRefuseARecord() {
        Harness harness = harness(PAUSE_ALICES_INSTANCE, builder -> builder.authorizer(request ->
                request.record().isPresent() ? AuthorizationDecision.forbidden("instances are frozen")
                        : AuthorizationDecision.allowed()));

        CallResult result = harness.call(PAUSE.key(), "{id: 'inst-1'}", alice());

        assertThat(problemOf(result, 403, "FORBIDDEN").detail()).contains("Denied: instances are frozen.");
        assertThat(heard).endsWith("begin AUTHORIZE_RECORD", "end AUTHORIZE_RECORD FORBIDDEN", "end HANDLER FORBIDDEN");
        assertThat(harness.outbox.events()).isEmpty();
    }

    @Test
    void anAuthorizerThatBreaksInARecordCheckEndsTheCheckAndTheHandler() {
        Harness harness = harness(PAUSE_ALICES_INSTANCE, builder -> builder.authorizer(request -> {
            if (request.record().isPresent()) {
                throw new IllegalStateException("policy service down");
            }
            return AuthorizationDecision.allowed();
        }));

        problemOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", alice()), 500, "INTERNAL_ERROR");

        assertThat(heard).endsWith("begin HANDLER", "begin AUTHORIZE_RECORD", "end AUTHORIZE_RECORD INTERNAL_ERROR",
                "end HANDLER INTERNAL_ERROR");
    }

    @Test
    void aHandlerThatFailsBeforeItHasARecordKeepsItsOwnError() {
        Harness harness = harness((input, context) -> {
            throw new ContractException(StandardCode.NOT_FOUND,
                    "No instance " + input.get("id").asText() + ".");
        }, builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        problemOf(harness.call(PAUSE.key(), "{id: 'inst-404'}", alice()), 404, "NOT_FOUND");
    }

    @Test
    void authorizersSeeTheRecordsHandlersCheck() {
        List<Object> seen = new ArrayList<>();
        Harness harness = harness(PAUSE_ALICES_INSTANCE, builder -> builder.authorizer(request -> {
            request.record().ifPresent(seen::add);
            return AuthorizationDecision.allowed();
        }));

        successOf(harness.call(PAUSE.key(), "{id: 'inst-9'}", bob()));

        assertThat(seen).containsExactly(new InstanceRow("inst-9", "alice"));
    }

    @Test
    void aRecordRuleRefusesAnAnonymousCallerWith401() {
        OperationSpec peek = command("workflow.instance.peek", "1.0.0").input(INSTANCE_REF).output(INSTANCE)
                .policy(auth(ANONYMOUS)).build();
        Harness harness = new Harness(List.of(peek), (handlers, h) -> handlers.bind(peek, (input, context) -> {
            context.authorize(new InstanceRow("inst-1", "alice"));
            return json(RUNNING);
        }), builder -> builder.recordRule(STARTER_OR_ADMIN, peek));

        CallResult result = harness.call(peek.key(), "{id: 'inst-1'}", (Principal) null);

        assertThat(problemOf(result, 401, "UNAUTHENTICATED").detail()).contains("Denied: authentication is required.");
    }

    @Test
    void authorizersSeeTheOperationAndTheCall() {
        List<String> seen = new ArrayList<>();
        Harness harness = harness(PAUSE_ALICES_INSTANCE, builder -> builder.authorizer(request -> {
            seen.add(request.operation().ref() + " on " + request.context().channel() + " with trace "
                    + request.context().traceId() + (request.record().isPresent() ? " about a record" : ""));
            return AuthorizationDecision.allowed();
        }));

        successOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", alice()));

        assertThat(seen).containsExactly(
                "workflow.instance.pause@1.0.0 on TEST with trace " + Harness.TRACE,
                "workflow.instance.pause@1.0.0 on TEST with trace " + Harness.TRACE + " about a record");
    }

    @Test
    void aRecordOfTheWrongTypeIsAServerError() {
        Harness harness = harness((input, context) -> {
            context.authorize("inst-1");
            return json(RUNNING);
        }, builder -> builder.recordRule(STARTER_OR_ADMIN, PAUSE));

        problemOf(harness.call(PAUSE.key(), "{id: 'inst-1'}", alice()), 500, "INTERNAL_ERROR");
    }
}
