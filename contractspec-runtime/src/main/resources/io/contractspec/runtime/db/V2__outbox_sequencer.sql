-- Appending transactions no longer take a lock that serializes them until commit. Instead, events
-- get their delivery order after they commit: a sequencer (one at a time, under the lock row)
-- numbers committed, not yet numbered events in delivery_seq, transaction by transaction, in the
-- order of their first insert. Readers follow delivery_seq, which has no holes that could fill
-- later, because only committed rows are ever numbered. Portable on H2 2.x and PostgreSQL 15+.

-- The append (one transaction's events) a row belongs to; its rows are numbered together.
ALTER TABLE cs_outbox ADD COLUMN append_id VARCHAR(255);
-- The delivery order; NULL until the sequencer has numbered the (committed) row.
ALTER TABLE cs_outbox ADD COLUMN delivery_seq BIGINT;
UPDATE cs_outbox SET append_id = event_id, delivery_seq = seq;
CREATE UNIQUE INDEX cs_outbox_delivery_seq_uq ON cs_outbox (delivery_seq);

-- The last delivery_seq handed out; the sequencer holds this row while it numbers.
ALTER TABLE cs_outbox_lock ADD COLUMN sequenced BIGINT DEFAULT 0 NOT NULL;
UPDATE cs_outbox_lock SET sequenced = COALESCE((SELECT MAX(seq) FROM cs_outbox), 0) WHERE id = 1;
