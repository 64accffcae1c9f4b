-- The workflow system's tables. Portable SQL on purpose: this script runs unchanged on H2 2.x and
-- PostgreSQL 15+. Column names avoid words either database reserves (KEY, POSITION, VALUE, USER).
-- Every table that a command changes carries a `version` column for optimistic concurrency:
-- updates say `WHERE id = ? AND version = ?` and a count of 0 means another transaction won.
-- JSON values are stored as TEXT; the engine reads and writes them with Jackson.

CREATE TABLE workflow_definition (
    id               VARCHAR(255) PRIMARY KEY,
    organization_id  VARCHAR(255) NOT NULL,
    workflow_key     VARCHAR(255) NOT NULL,
    name             VARCHAR(255) NOT NULL,
    description      TEXT,
    revision         INT          NOT NULL,
    status           VARCHAR(32)  NOT NULL,
    trigger_type     VARCHAR(32)  NOT NULL,
    trigger_config   TEXT,
    feature_flag_key VARCHAR(255),
    settings         TEXT,
    initial_step_id  VARCHAR(255),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL,
    CONSTRAINT workflow_definition_key_uq UNIQUE (organization_id, workflow_key)
);
CREATE INDEX workflow_definition_status_ix ON workflow_definition (organization_id, status, name);

CREATE TABLE workflow_step (
    id                     VARCHAR(255) PRIMARY KEY,
    workflow_definition_id VARCHAR(255) NOT NULL REFERENCES workflow_definition (id),
    step_key               VARCHAR(255) NOT NULL,
    name                   VARCHAR(255) NOT NULL,
    description            TEXT,
    step_type              VARCHAR(32)  NOT NULL,
    step_order             INT          NOT NULL,
    transitions            TEXT         NOT NULL,
    approval_mode          VARCHAR(32),
    approver_roles         TEXT,
    approver_user_ids      TEXT,
    timeout_seconds        INT,
    sla_seconds            INT,
    action_config          TEXT,
    CONSTRAINT workflow_step_key_uq UNIQUE (workflow_definition_id, step_key)
);

CREATE TABLE workflow_instance (
    id                     VARCHAR(255) PRIMARY KEY,
    organization_id        VARCHAR(255) NOT NULL,
    workflow_definition_id VARCHAR(255) NOT NULL REFERENCES workflow_definition (id),
    workflow_key           VARCHAR(255) NOT NULL,
    status                 VARCHAR(32)  NOT NULL,
    status_before_pause    VARCHAR(32),
    current_step_id        VARCHAR(255),
    current_step_key       VARCHAR(255),
    triggered_by           VARCHAR(255) NOT NULL,
    priority               INT          NOT NULL,
    reference_id           VARCHAR(255),
    reference_type         VARCHAR(255),
    context_data           TEXT,
    due_at                 TIMESTAMP WITH TIME ZONE,
    outcome                VARCHAR(255),
    result_data            TEXT,
    error_message          TEXT,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at             TIMESTAMP WITH TIME ZONE,
    completed_at           TIMESTAMP WITH TIME ZONE,
    version                BIGINT       NOT NULL
);
-- One index per list filter, each led by the organization and ending in the sort column.
CREATE INDEX workflow_instance_org_created_ix ON workflow_instance (organization_id, created_at);
CREATE INDEX workflow_instance_key_ix ON workflow_instance (organization_id, workflow_key, created_at);
CREATE INDEX workflow_instance_status_ix ON workflow_instance (organization_id, status, created_at);
CREATE INDEX workflow_instance_reference_ix ON workflow_instance (organization_id, reference_type, reference_id);
CREATE INDEX workflow_instance_triggered_by_ix ON workflow_instance (organization_id, triggered_by, created_at);

-- One visit of an instance to a step. Branches of a parallel step point to the parallel step's visit.
CREATE TABLE step_execution (
    id                   VARCHAR(255) PRIMARY KEY,
    workflow_instance_id VARCHAR(255) NOT NULL REFERENCES workflow_instance (id),
    step_id              VARCHAR(255) NOT NULL,
    step_key             VARCHAR(255) NOT NULL,
    step_type            VARCHAR(32)  NOT NULL,
    parent_execution_id  VARCHAR(255),
    status               VARCHAR(32)  NOT NULL,
    action_taken         VARCHAR(255),
    actor_id             VARCHAR(255),
    comment_text         TEXT,
    attempts             INT          NOT NULL,
    error_message        TEXT,
    entered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    exited_at            TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL
);
CREATE INDEX step_execution_instance_ix ON step_execution (workflow_instance_id, entered_at);
CREATE INDEX step_execution_parent_ix ON step_execution (parent_execution_id);

CREATE TABLE approval_request (
    id                   VARCHAR(255) PRIMARY KEY,
    organization_id      VARCHAR(255) NOT NULL,
    workflow_instance_id VARCHAR(255) NOT NULL REFERENCES workflow_instance (id),
    step_execution_id    VARCHAR(255) NOT NULL REFERENCES step_execution (id),
    approver_id          VARCHAR(255) NOT NULL,
    approver_role        VARCHAR(255),
    title                VARCHAR(1024) NOT NULL,
    description          TEXT,
    status               VARCHAR(32)  NOT NULL,
    decision             VARCHAR(32),
    decision_comment     TEXT,
    decided_by           VARCHAR(255),
    decided_at           TIMESTAMP WITH TIME ZONE,
    due_at               TIMESTAMP WITH TIME ZONE,
    delegated_to         VARCHAR(255),
    delegated_by         VARCHAR(255),
    escalation_level     INT          NOT NULL,
    sequence_order       INT          NOT NULL,
    context_snapshot     TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL
);
CREATE INDEX approval_request_approver_ix ON approval_request (organization_id, approver_id, status, created_at);
CREATE INDEX approval_request_role_ix ON approval_request (organization_id, approver_role, status, created_at);
CREATE INDEX approval_request_execution_ix ON approval_request (step_execution_id, sequence_order);
CREATE INDEX approval_request_instance_ix ON approval_request (workflow_instance_id, status);

CREATE TABLE approval_comment (
    id                  VARCHAR(255) PRIMARY KEY,
    approval_request_id VARCHAR(255) NOT NULL REFERENCES approval_request (id),
    author_id           VARCHAR(255) NOT NULL,
    content             TEXT         NOT NULL,
    is_internal         BOOLEAN      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX approval_comment_request_ix ON approval_comment (approval_request_id, created_at);

-- Timers: step timeouts, approval SLAs and action-step runs. A node claims a due row with
-- SELECT ... FOR UPDATE SKIP LOCKED, so every other node passes over it. Action runs also take a
-- lease (lease_owner, lease_until) because the operation they call commits on its own; a crashed
-- node's lease runs out and another node takes the timer over. While the instance is paused,
-- due_at is NULL and remaining_millis keeps the time left.
CREATE TABLE workflow_timer (
    id                  VARCHAR(255) PRIMARY KEY,
    organization_id     VARCHAR(255) NOT NULL,
    workflow_instance_id VARCHAR(255) NOT NULL REFERENCES workflow_instance (id),
    step_execution_id   VARCHAR(255) NOT NULL,
    approval_request_id VARCHAR(255),
    timer_kind          VARCHAR(32)  NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE,
    remaining_millis    BIGINT,
    attempts            INT          NOT NULL,
    lease_owner         VARCHAR(255),
    lease_until         TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL
);
CREATE INDEX workflow_timer_due_ix ON workflow_timer (due_at);
CREATE INDEX workflow_timer_instance_ix ON workflow_timer (workflow_instance_id);
CREATE INDEX workflow_timer_execution_ix ON workflow_timer (step_execution_id);
