-- Sessions move to tower-sessions: one record per browser session (created only when there is
-- state to keep), keyed by the SHA-256 of its ID; each tenant's part lives inside `data`.
DROP TABLE sessions;
CREATE TABLE web_sessions (
    id_hash TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- Captcha tokens travel in the form; a token's nonce is recorded when the form is submitted,
-- so each picture is answered once.
CREATE TABLE captcha_nonces (
    nonce TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX captcha_nonces_expiry ON captcha_nonces (expires_at);
CREATE INDEX outbox_age ON outbox (created_at);
