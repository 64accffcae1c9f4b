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
}
