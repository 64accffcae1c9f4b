-- Named leases: background work that one node at a time should do (retention, relays) takes a
-- lease for a while and renews it; another node takes over once it has expired. Portable SQL.
CREATE TABLE cs_lease (
    name       VARCHAR(255) PRIMARY KEY,
    holder     VARCHAR(255) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
