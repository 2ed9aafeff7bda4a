-- argon2id hashes of passwords the portal set, for the optional portal-side history check
-- (Samba AD does not apply history to resets).
CREATE TABLE password_history (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    login_key TEXT NOT NULL,
    hash TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX password_history_user ON password_history (tenant_id, login_key, at);
