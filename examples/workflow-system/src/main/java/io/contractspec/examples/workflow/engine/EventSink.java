package io.contractspec.examples.workflow.engine;

import io.contractspec.core.spec.EventSpec;

/**
 * Where the engine's events go: the context of the call or of the system work that moves the
 * instance, which checks each against what the operation or task declares. Payloads are the
 * records of the event models.
 */
@FunctionalInterface
public interface EventSink {

    void emit(EventSpec event, Record payload);
}
