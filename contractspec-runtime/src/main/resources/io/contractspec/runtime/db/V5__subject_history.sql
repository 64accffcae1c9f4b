-- Reading one record's history (e.g. a workflow instance's timeline): events and audit records
-- carry the subject the handler named, and an index per table finds a subject's rows in write
-- order. Existing rows have no subject. Portable SQL for H2 2.x and PostgreSQL 15+.
ALTER TABLE cs_outbox ADD COLUMN subject VARCHAR(255);
CREATE INDEX cs_outbox_subject_ix ON cs_outbox (subject, seq);

ALTER TABLE cs_audit ADD COLUMN subject VARCHAR(255);
CREATE INDEX cs_audit_subject_ix ON cs_audit (subject, seq);
