/**
 * Public API for tests: a real single-node KRaft broker in a child JVM
 * ({@link io.contractspec.testing.kafka.KafkaBrokerProcess}) and reading a topic back.
 */
package io.contractspec.testing.kafka;
