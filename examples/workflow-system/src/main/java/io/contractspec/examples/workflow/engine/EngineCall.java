package io.contractspec.examples.workflow.engine;

import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.time.Instant;

/**
 * One transaction's worth of engine work: its JDBC session, the instant it happens at (the call's
 * clock, or the timer worker's), who acts ({@code system} for timers and automatic steps) and
 * where events go.
 */
public record EngineCall(JdbcSession session, Instant now, String actorId, EventSink events) {

    /** The engine work of an operation's handler: its transaction, clock and caller; events go through its guard. */
    public static EngineCall of(HandlerContext context) {
        return of(context, context.requirePrincipal().userId());
    }

    /** The engine work of a call or system task, acting as {@code actorId}. */
    public static EngineCall of(HandlerContext context, String actorId) {
        return new EngineCall(JdbcSession.of(context.transaction()), context.now(), actorId, context::emit);
    }
}
