-- Admins' authenticator apps (TOTP). The secret is sealed with the secret key file, like the
-- directory secrets; `enrolled_at` is NULL until the admin confirmed it with a code, and
-- `last_step` is the step of the last code accepted, so each code works once.
CREATE TABLE admin_mfa (
    tenant_id TEXT NOT NULL,
    login_key TEXT NOT NULL,
    secret TEXT NOT NULL,
    enrolled_at BIGINT,
    last_step BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, login_key)
);
