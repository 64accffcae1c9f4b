package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.T0;
import static io.contractspec.runtime.stores.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every audit store does: each filter, the time bounds, the limit, oldest first. */
abstract class AuditStoreContract extends StoreContract<Backend> {

    static Instant minutes(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    // Written out of time order, in two transactions; "r3" and "r3b" share an instant.
    static final List<AuditRecord> LATER = List.of(
            record("r4", "order.shipped", "bob", "acme", "trace-2", minutes(4)),
            record("r3", "order.placed", "alice", "acme", "trace-2", minutes(3)),
            record("r3b", "order.placed", "carol", "globex", "trace-3", minutes(3)));
    static final List<AuditRecord> EARLIER = List.of(
            record("r1", "order.placed", "alice", "acme", "trace-1", minutes(1)),
            record("r2", "order.cancelled", "bob", "globex", "trace-1", minutes(2)),
            record("r0", "system.started", null, null, "trace-0", minutes(0)));

    @BeforeEach
    void writeRecords() throws Exception {
        append(LATER);
        append(EARLIER);
    }

    void append(List<AuditRecord> records) throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.audit().append(transaction, records);
            return null;
        });
    }

    List<String> ids(UnaryOperator<AuditQuery.Builder> filters) {
        return backend.audit().query(filters.apply(AuditQuery.builder()).build()).stream()
                .map(AuditRecord::id).toList();
    }

    @Test
    void returnsEveryRecordOldestFirstKeepingTheWriteOrderOfTies() {
        assertThat(ids(query -> query)).containsExactly("r0", "r1", "r2", "r3", "r3b", "r4");
    }

    @Test
    void keepsEveryField() {
        List<AuditRecord> all = backend.audit().query(AuditQuery.builder().build());

        assertThat(all).contains(EARLIER.get(0), EARLIER.get(2), LATER.get(0));
    }

    @Test
    void filtersByActor() {
        assertThat(ids(query -> query.actor("alice"))).containsExactly("r1", "r3");
    }

    @Test
    void filtersByOrganization() {
        assertThat(ids(query -> query.organizationId("globex"))).containsExactly("r2", "r3b");
    }

    @Test
    void filtersByAction() {
        assertThat(ids(query -> query.action("order.placed"))).containsExactly("r1", "r3", "r3b");
    }

    @Test
    void filtersByTrace() {
        assertThat(ids(query -> query.traceId("trace-2"))).containsExactly("r3", "r4");
    }

    @Test
    void includesTheStartOfTheTimeRangeAndExcludesItsEnd() {
        assertThat(ids(query -> query.from(minutes(1)).to(minutes(3)))).containsExactly("r1", "r2");
        assertThat(ids(query -> query.from(minutes(3)))).containsExactly("r3", "r3b", "r4");
        assertThat(ids(query -> query.to(minutes(1)))).containsExactly("r0");
        assertThat(ids(query -> query.from(minutes(1).plusNanos(1000)).to(minutes(4).plusNanos(1000))))
                .containsExactly("r2", "r3", "r3b", "r4");
    }

    @Test
    void combinesFilters() {
        assertThat(ids(query -> query.actor("bob").organizationId("acme").from(minutes(2)))).containsExactly("r4");
        assertThat(ids(query -> query.actor("alice").action("order.cancelled"))).isEmpty();
    }

    @Test
    void limitKeepsTheOldest() {
        assertThat(ids(query -> query.limit(2))).containsExactly("r0", "r1");
        assertThat(ids(query -> query.action("order.placed").limit(1))).containsExactly("r1");
    }

    @Test
    void recordsOfARolledBackTransactionAreNeverVisible() {
        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            backend.audit().append(transaction, List.of(record("ghost", "order.placed", "eve", "acme", "t", T0)));
            throw new IllegalStateException("handler failed");
        })).hasMessage("handler failed");

        assertThat(ids(query -> query.actor("eve"))).isEmpty();
    }
}
