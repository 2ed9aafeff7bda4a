-- The console's "Recent changes" (and, later, the audit log's filter by activity) read the
-- newest rows of a few activities without walking the tenant's whole history.
CREATE INDEX audit_activity ON audit (tenant_id, activity, at);

-- Logos uploaded in the console, re-encoded as PNG (base64), named by a hash of their bytes:
-- the tenant's current one, and ones shown in a preview and not saved yet.
CREATE TABLE tenant_logos (
    tenant_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    png TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, hash)
);
