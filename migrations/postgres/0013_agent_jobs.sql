-- Jobs for writeback agents: one directory call each, sealed whole (passwords included) to
-- the agent's public key, so this table holds only ciphertext; a job lives as long as the
-- user's request waits for it, and its row is deleted once the answer is read.
CREATE TABLE agent_jobs (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    tracking_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    sealed TEXT NOT NULL,
    state TEXT NOT NULL,
    answer TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    taken_at BIGINT
);
CREATE INDEX agent_jobs_agent ON agent_jobs (agent_id, state);
CREATE INDEX agent_jobs_expiry ON agent_jobs (expires_at);
