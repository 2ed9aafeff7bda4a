-- Everything is scoped by tenant. Portable types only: TEXT, BIGINT (unix seconds, 0/1 flags).
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    host TEXT UNIQUE,
    name TEXT NOT NULL,
    policy TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- The embedded directory: the default place users live and passwords are written back to.
CREATE TABLE dir_users (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    login_key TEXT NOT NULL,
    login TEXT NOT NULL,
    display_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    surname TEXT NOT NULL,
    mail TEXT,
    office_phone TEXT,
    password_hash TEXT,
    enabled BIGINT NOT NULL,
    locked BIGINT NOT NULL,
    must_change BIGINT NOT NULL,
    groups_csv TEXT NOT NULL,
    is_admin BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, login_key)
);

-- Contact methods registered by (or for) a user; kept by the portal whatever the directory is.
CREATE TABLE registrations (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    login_key TEXT NOT NULL,
    method TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL,
    verified_at BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, login_key, method)
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE codes (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    flow_id TEXT NOT NULL,
    gate BIGINT NOT NULL,
    method TEXT NOT NULL,
    mac TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    state TEXT NOT NULL,
    delivery TEXT NOT NULL
);
CREATE INDEX codes_flow ON codes (flow_id);

CREATE TABLE throttle_events (
    tenant_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX throttle_lookup ON throttle_events (tenant_id, kind, subject, at);

CREATE TABLE blocks (
    tenant_id TEXT NOT NULL,
    login_key TEXT NOT NULL,
    until_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, login_key)
);

CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    tracking_id TEXT NOT NULL,
    login TEXT NOT NULL,
    activity TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL,
    client_ip TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX audit_tracking ON audit (tenant_id, tracking_id);
CREATE INDEX audit_time ON audit (tenant_id, at);

-- Dev outbox: messages captured when no SMTP server or phone gateway is configured.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
