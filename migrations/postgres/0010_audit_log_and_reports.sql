-- The audit log's user filter and a user's page match the user ID in any case (a failed
-- attempt is audited as typed): the index follows the same expression.
DROP INDEX audit_login;
CREATE INDEX audit_login_lower ON audit (tenant_id, LOWER(login), at, id);

-- The audit log's pages continue after the last row's (at, id): one index range.
DROP INDEX audit_time;
CREATE INDEX audit_time_id ON audit (tenant_id, at, id);

-- The reports read day counts, kept as events are written, so they cost the same whatever
-- the audit log's size: of the events the reports count (resets, unlocks, passed steps and
-- every failure), not of every step. `head` is the start of the detail where a report sorts
-- by it (failures, and the method of a passed step), else empty.
CREATE TABLE audit_daily (
    tenant_id TEXT NOT NULL,
    day BIGINT NOT NULL,
    activity TEXT NOT NULL,
    outcome TEXT NOT NULL,
    head TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, day, activity, outcome, head)
);

-- The users a directory-backed tenant's coverage report counts: who signed in to register
-- or started a reset.
CREATE TABLE seen_users (
    tenant_id TEXT NOT NULL,
    login_key TEXT NOT NULL,
    PRIMARY KEY (tenant_id, login_key)
);

INSERT INTO audit_daily (tenant_id, day, activity, outcome, head, n)
SELECT tenant_id, at / 86400, activity, outcome,
       CASE WHEN outcome = 'failure' OR activity = 'gate_passed' THEN SUBSTR(detail, 1, 24) ELSE '' END,
       COUNT(*)
FROM audit
WHERE outcome = 'failure' OR activity IN ('reset_succeeded', 'account_unlocked', 'gate_passed')
GROUP BY tenant_id, at / 86400, activity, outcome,
         CASE WHEN outcome = 'failure' OR activity = 'gate_passed' THEN SUBSTR(detail, 1, 24) ELSE '' END;

INSERT INTO seen_users (tenant_id, login_key)
SELECT DISTINCT tenant_id, LOWER(login) FROM audit
WHERE activity IN ('signed_in', 'flow_started') AND outcome = 'success'
ON CONFLICT DO NOTHING;

CREATE FUNCTION audit_rollup() RETURNS trigger AS $$
BEGIN
    INSERT INTO audit_daily (tenant_id, day, activity, outcome, head, n)
    VALUES (NEW.tenant_id, NEW.at / 86400, NEW.activity, NEW.outcome,
            CASE WHEN NEW.outcome = 'failure' OR NEW.activity = 'gate_passed' THEN SUBSTR(NEW.detail, 1, 24) ELSE '' END,
            1)
    ON CONFLICT (tenant_id, day, activity, outcome, head) DO UPDATE SET n = audit_daily.n + 1;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_rollup AFTER INSERT ON audit FOR EACH ROW
WHEN (NEW.outcome = 'failure' OR NEW.activity IN ('reset_succeeded', 'account_unlocked', 'gate_passed'))
EXECUTE FUNCTION audit_rollup();

CREATE FUNCTION audit_seen() RETURNS trigger AS $$
BEGIN
    INSERT INTO seen_users (tenant_id, login_key) VALUES (NEW.tenant_id, LOWER(NEW.login))
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_seen AFTER INSERT ON audit FOR EACH ROW
WHEN (NEW.activity IN ('signed_in', 'flow_started') AND NEW.outcome = 'success')
EXECUTE FUNCTION audit_seen();
