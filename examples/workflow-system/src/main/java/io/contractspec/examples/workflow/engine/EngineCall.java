package io.contractspec.examples.workflow.engine;

import io.contractspec.runtime.HandlerContext;
import java.sql.Connection;
import java.time.Instant;

/**
 * One transaction's worth of engine work: its connection, the instant it happens at (the call's
 * clock, or the timer worker's), who acts ({@code system} for timers and automatic steps) and
 * where events go.
 */
public record EngineCall(Connection connection, Instant now, String actorId, EventSink events) {

    /** The engine work of an operation's handler: its transaction, clock and caller; events go through its guard. */
    public static EngineCall of(HandlerContext context) {
        return of(context, context.requirePrincipal().userId());
    }

    /** The engine work of a call or system task, acting as {@code actorId}. */
    public static EngineCall of(HandlerContext context, String actorId) {
        Connection connection = context.transaction().connection().orElseThrow(() -> new IllegalStateException(
                "the workflow system runs on a database: configure a JDBC unit of work"));
        return new EngineCall(connection, context.now(), actorId, context::emit);
    }
}
