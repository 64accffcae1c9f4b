package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.EventSpec;

/**
 * Where the engine's events go: the handler's context during an operation (which checks them
 * against the operation's declared events), or the timer worker's outbox batch.
 */
@FunctionalInterface
public interface EventSink {

    void emit(EventSpec event, ObjectNode payload);
}
