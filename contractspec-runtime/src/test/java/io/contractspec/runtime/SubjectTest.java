package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.spi.Stored;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record a call is about, named by its handler, travels with its events and audit records. */
class SubjectTest {

    private final Harness harness = new Harness(List.of(START, STARTED), (handlers, h) ->
            handlers.bind(START, (input, context) -> {
                // One event before and one after naming the subject: both carry it.
                context.emit(STARTED, json("{id: 'inst-1', name: 'before'}"));
                if (input.path("priority").asInt() != 3) {
                    context.about("inst-1");
                }
                context.emit(STARTED, json("{id: 'inst-1', name: 'after'}"));
                return json(RUNNING);
            }));

    @Test
    void eventsAndAuditRecordsCarryTheSubjectTheHandlerNamed() {
        CallResult result = harness.call(START.key(), VALID_START, alice());

        assertThat(successOf(result)).isNotNull();
        assertThat(harness.outbox.eventsAbout("inst-1", 0, 10)).extracting(stored -> stored.value().payload().path("name").asText())
                .containsExactly("before", "after");
        assertThat(harness.audit.recordsAbout("inst-1", 0, 10)).extracting(Stored::value)
                .singleElement().satisfies(record -> {
                    assertThat(record.subject()).isEqualTo("inst-1");
                    assertThat(record.action()).isEqualTo("workflow.instance.started");
                });
    }

    @Test
    void aCallThatNamesNoSubjectLeavesItEmpty() {
        harness.call(START.key(), "{name: 'onboarding', priority: 3, applicant: {name: 'Ada', email: 'ada@example.com'}}", alice());

        assertThat(harness.outbox.events()).hasSize(2).allSatisfy(event -> assertThat(event.subject()).isNull());
        assertThat(harness.auditRecords()).singleElement().satisfies(record -> assertThat(record.subject()).isNull());
    }

    @Test
    void aBlankOrOverlongSubjectIsRefusedAsTheHandlersMistake() {
        java.util.List<String> refused = new java.util.ArrayList<>();
        Harness strict = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            for (String subject : java.util.Arrays.asList(null, " ", "x".repeat(256))) {
                try {
                    context.about(subject);
                } catch (IllegalArgumentException e) {
                    refused.add(e.getMessage());
                }
            }
            context.about("x".repeat(255));
            return json(RUNNING);
        }));

        successOf(strict.call(START.key(), VALID_START, alice()));

        assertThat(refused).hasSize(3).allSatisfy(message -> assertThat(message)
                .contains("workflow.instance.start@1.0.0", "a subject is 1 to 255 characters"));
        assertThat(strict.auditRecords()).singleElement().satisfies(record -> assertThat(record.subject()).hasSize(255));
    }
}
