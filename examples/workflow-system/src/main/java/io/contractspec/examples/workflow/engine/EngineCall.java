package io.contractspec.examples.workflow.engine;

import java.sql.Connection;
import java.time.Instant;

/**
 * One transaction's worth of engine work: its connection, the instant it happens at (the call's
 * clock, or the timer worker's), who acts ({@code system} for timers and automatic steps) and
 * where events go.
 */
public record EngineCall(Connection connection, Instant now, String actorId, EventSink events) {}
