package io.contractspec.kafka;

import io.contractspec.runtime.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 in the Kafka protocol binding's binary mode: the attributes are {@code ce_}
 * headers, the record value is the event's data (JSON). {@code ce_contractversion} is an
 * extension carrying the version of the event spec, so a consumer can tell which contract the
 * payload was checked against.
 */
final class CloudEventHeaders {

    static final String SPEC_VERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String TYPE = "ce_type";
    static final String SOURCE = "ce_source";
    static final String TIME = "ce_time";
    static final String SUBJECT = "ce_subject";
    static final String CONTRACT_VERSION = "ce_contractversion";
    static final String CONTENT_TYPE = "content-type";
    static final String CLOUD_EVENTS_VERSION = "1.0";
    static final String JSON = "application/json";

    private CloudEventHeaders() {}

    static void write(Headers headers, EventEnvelope event, String source, Optional<String> subject) {
        put(headers, SPEC_VERSION, CLOUD_EVENTS_VERSION);
        put(headers, ID, event.id());
        put(headers, TYPE, event.key());
        put(headers, SOURCE, source);
        put(headers, TIME, event.occurredAt().toString());
        subject.ifPresent(value -> put(headers, SUBJECT, value));
        put(headers, CONTRACT_VERSION, event.version());
        put(headers, CONTENT_TYPE, JSON);
    }

    /** The last value of a header as text, if present. */
    static Optional<String> read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
