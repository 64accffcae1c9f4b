/**
 * Public API: How long the runtime's own tables keep their rows. At a few thousand calls a second the outbox
 * gains thousands of rows a second, and idempotency keys and audit records pile up as fast; a
 * {@link io.contractspec.runtime.retention.RetentionPolicy} says what may go (delivered events after
 * a period once every subscriber has passed them, idempotency keys after their TTL, audit records
 * after a period) and whether rows are {@linkplain io.contractspec.runtime.retention.RetentionArchive
 * archived} first. {@link io.contractspec.runtime.jdbc.JdbcRetention} applies it in bounded batches
 * under a lease, so one node does it and request transactions never wait for it.
 */
package io.contractspec.runtime.retention;
