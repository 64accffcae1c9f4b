-- The runtime's own tables. Portable SQL on purpose: this script runs unchanged on H2 2.x and
-- PostgreSQL 15+, so one node on an embedded H2 file and a cluster on PostgreSQL share a schema.
-- Column names avoid words either database reserves (KEY, VALUE, POSITION).

-- The transactional outbox. seq is the delivery order; see cs_outbox_lock for why it is gap-safe.
CREATE TABLE cs_outbox (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        VARCHAR(255) NOT NULL,
    event_key       VARCHAR(255) NOT NULL,
    event_version   VARCHAR(64)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    trace_id        VARCHAR(255),
    actor           VARCHAR(255),
    organization_id VARCHAR(255),
    payload         TEXT NOT NULL,
    CONSTRAINT cs_outbox_event_id_uq UNIQUE (event_id)
);

-- How far each named subscriber has consumed the outbox. A deliverer holds its subscriber's row
-- lock for the whole batch, so one subscriber is fed by one thread of one node at a time.
CREATE TABLE cs_outbox_position (
    subscriber VARCHAR(255) PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row that every append updates first and keeps locked until commit. Appending transactions
-- therefore take their seq values and commit one after the other, so a reader that has seen seq n
-- will never later see a smaller seq commit (which it would skip).
CREATE TABLE cs_outbox_lock (
    id      INT PRIMARY KEY,
    appends BIGINT NOT NULL
);
INSERT INTO cs_outbox_lock (id, appends) VALUES (1, 0);

-- The audit trail; seq breaks ties between records of the same instant.
CREATE TABLE cs_audit (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id       VARCHAR(255) NOT NULL,
    action          VARCHAR(255) NOT NULL,
    operation       VARCHAR(255) NOT NULL,
    actor           VARCHAR(255),
    organization_id VARCHAR(255),
    trace_id        VARCHAR(255) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    input_json      TEXT NOT NULL,
    result_code     VARCHAR(64) NOT NULL,
    CONSTRAINT cs_audit_record_id_uq UNIQUE (record_id)
);
CREATE INDEX cs_audit_time_ix ON cs_audit (occurred_at, seq);
CREATE INDEX cs_audit_actor_ix ON cs_audit (actor, occurred_at);
CREATE INDEX cs_audit_organization_ix ON cs_audit (organization_id, occurred_at);
CREATE INDEX cs_audit_action_ix ON cs_audit (action, occurred_at);
CREATE INDEX cs_audit_trace_ix ON cs_audit (trace_id);

-- Stored results of commands sent with an idempotency key. The primary key makes a concurrent
-- duplicate wait for the first transaction and then fail with a unique violation (SQLState 23505).
CREATE TABLE cs_idempotency (
    principal       VARCHAR(512) NOT NULL,
    operation       VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    input_hash      VARCHAR(64)  NOT NULL,
    status          INT          NOT NULL,
    output_json     TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cs_idempotency_pk PRIMARY KEY (principal, operation, idempotency_key)
);
CREATE INDEX cs_idempotency_created_ix ON cs_idempotency (created_at);
