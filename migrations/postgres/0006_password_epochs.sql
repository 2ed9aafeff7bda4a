-- A counter per user, raised by every password write (reset or change). A signed-in session
-- remembers the counter it signed in under; one that is behind is signed out, so a reset ends
-- every other session of that user.
CREATE TABLE password_epochs (
    tenant_id TEXT NOT NULL,
    login_key TEXT NOT NULL,
    epoch BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, login_key)
);
