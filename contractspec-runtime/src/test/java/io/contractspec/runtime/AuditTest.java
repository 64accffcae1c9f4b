package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.GET;
import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.bob;
import static io.contractspec.runtime.Fixtures.carol;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Successful commands leave one audit record per audit action, with personal data redacted. */
class AuditTest {

    private static final OperationSpec START_TWICE_AUDITED = START.toBuilder()
            .version("0.9.0").audit("workflow.instance.created").build();

    private static final String WITH_CONTACTS = "{name: 'onboarding', priority: 2, applicant: {name: 'Ada', email: 'ada@example.com'},"
            + " contacts: [{email: 'x@example.com', label: 'work'}, {email: 'y@example.com'}]}";

    private final AtomicReference<String> handlerSaw = new AtomicReference<>();

    private final Harness harness = new Harness(List.of(START, START_TWICE_AUDITED, STARTED, GET), (handlers, h) -> {
        handlers.bind(START, (input, context) -> {
            handlerSaw.set(input.path("applicant").path("email").asText());
            if (input.get("priority").asInt() == 5) {
                throw new ContractException(StandardCode.CONFLICT, "already running");
            }
            return json(RUNNING);
        });
        handlers.bind(START_TWICE_AUDITED, h.returning(RUNNING));
        handlers.bind(GET, h.returning(RUNNING));
    });

    private CallResult start(Principal principal) {
        return harness.call(START.key(), VALID_START, principal);
    }

    @Test
    void recordsWhatWasDoneByWhomWhenAndInWhichTrace() {
        successOf(harness.call(START.key(), WITH_CONTACTS, alice()));

        assertThat(harness.auditRecords()).singleElement().satisfies(record -> {
            assertThat(record.id()).isNotBlank();
            assertThat(record.action()).isEqualTo("workflow.instance.started");
            assertThat(record.operation()).isEqualTo("workflow.instance.start@1.0.0");
            assertThat(record.actor()).isEqualTo("alice");
            assertThat(record.organizationId()).isEqualTo("acme");
            assertThat(record.traceId()).isEqualTo(Harness.TRACE);
            assertThat(record.occurredAt()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
            assertThat(record.resultCode()).isEqualTo("OK");
        });
    }

    @Test
    void automatedWorkIsRecordedAsTheSystemOnBehalfOfTheHumanWhoseAuthorityItUsed() {
        successOf(harness.executor.runAsSystem("system", alice(), START.key(), null, json(VALID_START), harness.clock));
        successOf(start(bob()));

        assertThat(harness.auditRecords()).extracting(AuditRecord::actor, AuditRecord::onBehalfOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("system", "alice"),
                        org.assertj.core.groups.Tuple.tuple("bob", null));
    }

    @Test
    void automatedWorkPassesThePolicyCheckOnlyWithTheHumansRoles() {
        Principal withoutRoles = Principal.of("dave", "acme");
        OperationSpec adminOnly = START.toBuilder().version("2.0.0")
                .policy(io.contractspec.core.Contracts.auth(io.contractspec.core.spec.AuthLevel.USER).roles("ops")).build();
        Harness guarded = new Harness(List.of(adminOnly), (handlers, h) -> handlers.bind(adminOnly, h.returning(RUNNING)));

        problemOf(guarded.executor.runAsSystem("system", withoutRoles, START.key(), null, json(VALID_START), guarded.clock),
                403, "FORBIDDEN");
        assertThat(guarded.executor.checkPolicy(START.key(), null, CallContext.of(withoutRoles)))
                .hasValueSatisfying(problem -> assertThat(problem.code()).isEqualTo("FORBIDDEN"));
        assertThat(guarded.executor.checkPolicy(START.key(), null, CallContext.of(Principal.of("erin", "acme", "ops"))))
                .isEmpty();
    }

    @Test
    void redactsPersonalDataInNestedObjectsAndArrays() {
        successOf(harness.call(START.key(), WITH_CONTACTS, alice()));

        assertThat(harness.auditRecords()).singleElement().satisfies(record -> assertThat(record.input()).isEqualTo(json(
                "{name: 'onboarding', priority: 2, applicant: {name: 'Ada', email: '[REDACTED]'},"
                        + " contacts: [{email: '[REDACTED]', label: 'work'}, {email: '[REDACTED]'}]}")));
        assertThat(handlerSaw).as("the handler sees the real input").hasValue("ada@example.com");
    }

    @Test
    void writesOneRecordPerAuditAction() {
        successOf(harness.executor.execute(START.key(), "0.9.0", json(VALID_START), harness.context(alice()).build()));

        assertThat(harness.auditRecords()).extracting(AuditRecord::action)
                .containsExactly("workflow.instance.started", "workflow.instance.created");
        assertThat(harness.auditRecords()).extracting(AuditRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void recordsNothingForAFailedCall() {
        problemOf(harness.call(START.key(), VALID_START.replace("priority: 2", "priority: 5"), alice()), 409, "CONFLICT");
        problemOf(harness.call(START.key(), "{}", alice()), 422, "VALIDATION_FAILED");
        problemOf(start(null), 401, "UNAUTHENTICATED");

        assertThat(harness.auditRecords()).isEmpty();
    }

    @Test
    void recordsNothingForAQuery() {
        successOf(harness.call(GET.key(), "{id: 'inst-1'}", alice()));

        assertThat(harness.auditRecords()).isEmpty();
    }

    @Test
    void findsRecordsByActorOrganizationActionTimeAndTrace() {
        successOf(start(alice()));
        harness.clock.advance(Duration.ofMinutes(10));
        successOf(start(bob()));
        harness.clock.advance(Duration.ofMinutes(10));
        successOf(harness.call(START.key(), VALID_START, harness.context(carol()).traceId("0af7651916cd43dd8448eb211c80319c").build()));
        successOf(harness.executor.execute(START.key(), "0.9.0", json(VALID_START), harness.context(alice()).build()));

        assertThat(find(AuditQuery.builder().actor("alice"))).containsExactly("alice", "alice", "alice");
        assertThat(find(AuditQuery.builder().organizationId("acme"))).containsExactly("alice", "bob", "alice", "alice");
        assertThat(find(AuditQuery.builder().action("workflow.instance.created"))).containsExactly("alice");
        assertThat(find(AuditQuery.builder().from(Instant.parse("2025-01-15T10:10:00Z")).to(Instant.parse("2025-01-15T10:20:00Z"))))
                .as("from inclusive, to exclusive").containsExactly("bob");
        assertThat(find(AuditQuery.builder().traceId("0af7651916cd43dd8448eb211c80319c"))).containsExactly("carol");
        assertThat(find(AuditQuery.builder().organizationId("acme").action("workflow.instance.started").limit(2)))
                .containsExactly("alice", "bob");
    }

    private List<String> find(AuditQuery.Builder query) {
        return harness.audit.query(query.build()).stream().map(AuditRecord::actor).toList();
    }
}
