-- The contracts limit names, labels and user ids to 255 characters (code points). PostgreSQL counts
-- VARCHAR lengths in characters, H2 in UTF-16 units, where a character outside the Basic
-- Multilingual Plane (an emoji) takes two: 510 holds 255 characters on both. An approval title
-- joins a step name, the workflow key and the reference type and id, so it needs room for all four.
-- Keys are not widened: their pattern allows ASCII letters, digits and hyphens only.
ALTER TABLE workflow_definition ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE workflow_definition ALTER COLUMN feature_flag_key SET DATA TYPE VARCHAR(510);
ALTER TABLE workflow_step ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE workflow_instance ALTER COLUMN reference_id SET DATA TYPE VARCHAR(510);
ALTER TABLE workflow_instance ALTER COLUMN reference_type SET DATA TYPE VARCHAR(510);
ALTER TABLE approval_request ALTER COLUMN approver_id SET DATA TYPE VARCHAR(510);
ALTER TABLE approval_request ALTER COLUMN approver_role SET DATA TYPE VARCHAR(510);
ALTER TABLE approval_request ALTER COLUMN delegated_to SET DATA TYPE VARCHAR(510);
ALTER TABLE approval_request ALTER COLUMN title SET DATA TYPE VARCHAR(2048);
