-- Action steps run on the authority of the human who published their definition. Publishing
-- records who that was and the roles their token carried then; the app keeps no user directory,
-- so these roles are the publisher's authority for the definition's lifetime (publish anew to change it).
ALTER TABLE workflow_definition ADD COLUMN published_by VARCHAR(255);
ALTER TABLE workflow_definition ADD COLUMN publisher_roles TEXT;
