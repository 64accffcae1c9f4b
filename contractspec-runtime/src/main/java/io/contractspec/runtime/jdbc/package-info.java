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
 * <p>Handlers that write a lot per call queue their writes on the transaction's {@link
 * io.contractspec.runtime.jdbc.WriteQueue} ({@code connection.unwrap(WriteQueue.class)}): queued
 * writes, events and audit records reach the database together, in one round trip on PostgreSQL,
 * with the next read or the commit. {@link io.contractspec.runtime.jdbc.SqlValues} binds values
 * the same way the queue does.
 */
package io.contractspec.runtime.jdbc;
