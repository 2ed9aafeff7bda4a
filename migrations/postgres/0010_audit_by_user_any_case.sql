-- The audit log's user filter and a user's page match the user ID in any case (a failed
-- attempt is audited as typed): the index follows the same expression.
DROP INDEX audit_login;
CREATE INDEX audit_login_lower ON audit (tenant_id, LOWER(login), at);
