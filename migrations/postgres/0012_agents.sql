-- Writeback agents: an enrolment token is used once (only a SHA-256 of its secret is kept);
-- an agent is its X25519 public key, pinned at enrolment, and its ID is derived from that key.
CREATE TABLE agent_enrolments (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    used_by TEXT
);
CREATE INDEX agent_enrolments_tenant ON agent_enrolments (tenant_id, created_at);
CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    name TEXT NOT NULL,
    public_key TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    last_seen_at BIGINT,
    version TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    revoked_at BIGINT
);
CREATE INDEX agents_tenant ON agents (tenant_id, enrolled_at);
