package io.contractspec.kafka;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What {@link ContractConsumer#poll} made of one record: a typed event, a duplicate, or a rejection. */
@PublicApi
public sealed interface ConsumedEvent<R extends Record> {

    /** Where the record was read: topic, partition, offset. */
    String topic();

    int partition();

    long offset();

    /** A record that met the event's contract, read into the payload record type. */
    record Accepted<R extends Record>(String topic, int partition, long offset, String id, Instant time,
            Optional<String> subject, R payload) implements ConsumedEvent<R> {}

    /** A record whose event id this consumer has already accepted: at-least-once delivery sent it again. */
    record Duplicate<R extends Record>(String topic, int partition, long offset, String id)
            implements ConsumedEvent<R> {}

    /** A record that does not meet the contract: every issue found, each naming its header or payload field. */
    record Rejected<R extends Record>(String topic, int partition, long offset, List<Diagnostic> issues)
            implements ConsumedEvent<R> {
        public Rejected {
            issues = List.copyOf(issues);
        }
    }
}
