package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.T0;
import static io.contractspec.runtime.stores.Fixtures.event;
import static io.contractspec.runtime.stores.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.Stored;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store does when a subject's history is read: its rows only, in write order, page by page. */
abstract class SubjectHistoryContract extends StoreContract<Backend> {

    @BeforeEach
    void writeTwoSubjectsInterleaved() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(
                    event("a1").about("inst-a"), event("b1").about("inst-b"), event("n1"), event("a2").about("inst-a")));
            backend.audit().append(transaction, List.of(
                    about(record("ra1", "thing.done", "alice", "org-1", "t1", T0), "inst-a"),
                    about(record("rb1", "thing.done", "bob", "org-1", "t1", T0), "inst-b")));
            return null;
        });
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("a3").about("inst-a")));
            backend.audit().append(transaction, List.of(
                    about(record("ra2", "thing.redone", "carol", "org-1", "t2", T0), "inst-a")));
            return null;
        });
    }

    static AuditRecord about(AuditRecord record, String subject) {
        return new AuditRecord(record.id(), record.action(), record.operation(), record.actor(), "dave",
                record.organizationId(), record.traceId(), record.occurredAt(), record.input(), record.resultCode(), subject);
    }

    @Test
    void eventsOfOneSubjectComeInAppendOrderWithEveryField() {
        List<Stored<EventEnvelope>> history = backend.outbox().eventsAbout("inst-a", 0, 10);

        assertThat(history).extracting(stored -> stored.value().id()).containsExactly("a1", "a2", "a3");
        assertThat(history.get(0).value()).isEqualTo(event("a1").about("inst-a"));
        assertThat(history).extracting(Stored::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void eventsContinueAfterTheLastPositionSeen() {
        List<Stored<EventEnvelope>> first = backend.outbox().eventsAbout("inst-a", 0, 2);
        List<Stored<EventEnvelope>> rest = backend.outbox().eventsAbout("inst-a", first.get(1).position(), 2);

        assertThat(first).extracting(stored -> stored.value().id()).containsExactly("a1", "a2");
        assertThat(rest).extracting(stored -> stored.value().id()).containsExactly("a3");
        assertThat(backend.outbox().eventsAbout("inst-a", rest.get(0).position(), 2)).isEmpty();
    }

    @Test
    void auditRecordsOfOneSubjectComeInWriteOrderWithEveryField() {
        List<Stored<AuditRecord>> history = backend.audit().recordsAbout("inst-a", 0, 10);

        assertThat(history).extracting(stored -> stored.value().id()).containsExactly("ra1", "ra2");
        assertThat(history.get(0).value())
                .isEqualTo(about(record("ra1", "thing.done", "alice", "org-1", "t1", T0), "inst-a"));
        List<Stored<AuditRecord>> rest = backend.audit().recordsAbout("inst-a", history.get(0).position(), 10);
        assertThat(rest).extracting(stored -> stored.value().id()).containsExactly("ra2");
    }

    @Test
    void aSubjectWithoutRowsHasAnEmptyHistory() {
        assertThat(backend.outbox().eventsAbout("inst-none", 0, 10)).isEmpty();
        assertThat(backend.audit().recordsAbout("inst-none", 0, 10)).isEmpty();
    }

    @Test
    void refusesABlankSubjectANegativePositionAndAnOutOfRangeLimit() {
        assertThatThrownBy(() -> backend.outbox().eventsAbout(" ", 0, 10)).hasMessageContaining("subject");
        assertThatThrownBy(() -> backend.audit().recordsAbout("inst-a", -1, 10)).hasMessageContaining("after");
        assertThatThrownBy(() -> backend.outbox().eventsAbout("inst-a", 0, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> backend.audit().recordsAbout("inst-a", 0, 10_001)).hasMessageContaining("limit");
    }
}
