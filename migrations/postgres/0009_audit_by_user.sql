-- A user's page in the console lists that user's last events.
CREATE INDEX audit_login ON audit (tenant_id, login, at);
