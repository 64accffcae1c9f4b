/**
 * Public API: The runtime on a relational database (H2 2.x for one node, PostgreSQL when nodes share it).
 *
 * <pre>{@code
 * HikariDataSource db = DataSources.pooled(url, user, password);
 * RuntimeSchema.migrate(db);
 * OperationExecutor executor = OperationExecutor.builder(registry)
 *     .unitOfWork(new JdbcUnitOfWork(db))
 *     .outboxStore(new JdbcOutboxStore(db))
 *     .auditStore(new JdbcAuditStore(db))
 *     .idempotencyStore(new JdbcIdempotencyStore(db))
 *     .handlers(...)
 *     .build();
 * }</pre>
 *
 * All stores and the unit of work must share one DataSource: handlers' rows, outbox events, audit
 * records and idempotency entries then commit or roll back together.
 *
 * <p>Handlers read and write through the call's {@link io.contractspec.runtime.jdbc.JdbcSession}
 * ({@code JdbcSession.of(context.transaction())}): queued writes, events and audit records reach
 * the database together, in one round trip on PostgreSQL, at the session's next flush point (a
 * read through it, an explicit flush, or the commit); a failure names the write that failed.
 */
package io.contractspec.runtime.jdbc;
