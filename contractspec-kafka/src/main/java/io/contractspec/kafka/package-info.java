/**
 * Public API: events to a real broker. {@link io.contractspec.kafka.KafkaRelay} sends the outbox to
 * Kafka as CloudEvents (topic per event, record key from the event's partition key, one node at a
 * time under a database lease); {@link io.contractspec.kafka.ContractConsumer} reads them back
 * checked against their event specs.
 */
package io.contractspec.kafka;
