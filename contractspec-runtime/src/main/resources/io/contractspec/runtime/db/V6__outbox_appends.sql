-- One outbox row per transaction instead of one per event: a call's events, in emit order, as one
-- JSON array. Appending writes one row (and its index entries) whatever the number of events, and
-- the sequencer numbers one row per transaction. Portable SQL for H2 2.x and PostgreSQL 15+.
-- Three indexes: the key (time-ordered ids, so inserts go to the right edge), the delivery order
-- (the sequencer finds unnumbered rows by its NULLs) and a subject's history.
CREATE TABLE cs_outbox_append (
    -- the first event's id
    append_id    VARCHAR(255) PRIMARY KEY,
    -- insert order: the sequencer numbers committed appends in this order, a subject's history reads in it
    seq          BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL,
    -- the delivery order; NULL until the sequencer has numbered the (committed) append
    delivery_seq BIGINT,
    -- the last event's time: retention keeps an append until all of its events are old enough
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    event_count  INT NOT NULL,
    -- the subject of every event, when they all name the same one; else see cs_outbox_subject
    subject      VARCHAR(255),
    events       TEXT NOT NULL
);
CREATE UNIQUE INDEX cs_outbox_append_delivery_seq_uq ON cs_outbox_append (delivery_seq);
CREATE INDEX cs_outbox_append_subject_ix ON cs_outbox_append (subject, seq);

-- The subjects of an append whose events name more than one (rare: a call that touches several records).
CREATE TABLE cs_outbox_subject (
    subject   VARCHAR(255) NOT NULL,
    append_id VARCHAR(255) NOT NULL,
    CONSTRAINT cs_outbox_subject_pk PRIMARY KEY (subject, append_id)
);

-- Subscriber positions count appends now: "every event numbered up to n delivered" becomes
-- "every append numbered below n + 1" (OutboxPosition: row * 2^20 + events of that row).
-- V7 (a Java migration, RuntimeSchema) moves the events of cs_outbox into one-event appends that
-- keep their delivery numbers, then drops cs_outbox.
UPDATE cs_outbox_position SET last_seq = (last_seq + 1) * 1048576;
