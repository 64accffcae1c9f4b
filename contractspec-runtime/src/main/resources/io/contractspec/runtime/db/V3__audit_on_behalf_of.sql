-- Automated work (timers, workflow action steps) runs on the authority of a named human: the audit
-- record's actor is the system, on_behalf_of the human whose roles the call was checked against.
ALTER TABLE cs_audit ADD COLUMN on_behalf_of VARCHAR(255);
