//! Writeback agents and their enrolment tokens. A token is `sspra_<id>_<secret>`, shown once
//! and used once (the database keeps a SHA-256 of the secret); an agent is the public key it
//! sent with the token, pinned for good, under the ID that key names.

use super::Store;
use super::api_tokens::{new_token, token_parts};
use crate::agent::crypto::AgentPublicKey;
use crate::security::sha256_hex;
use sqlx::Row;

/// An enrolled agent as listed.
#[derive(Debug, Clone)]
pub struct Agent {
    pub id: String,
    pub tenant_id: String,
    pub name: String,
    pub public_key: String,
    pub enrolled_at: i64,
    pub last_seen_at: Option<i64>,
    pub version: String,
    pub address: String,
    pub revoked_at: Option<i64>,
}

/// An agent seen within this many seconds (three heartbeats) is connected: it may be given
/// jobs, and the lists say so.
pub const LIVE_SECS: i64 = 3 * crate::web::agent_api::HEARTBEAT_SECS;

impl Agent {
    /// Not revoked, and seen within [`LIVE_SECS`] of `now`.
    pub fn is_connected(&self, now: i64) -> bool {
        self.revoked_at.is_none() && self.last_seen_at.is_some_and(|s| now - s <= LIVE_SECS)
    }
}

/// Why an enrolment was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrolRefusal {
    /// Not a token of this tenant, or the secret doesn't match.
    Unknown,
    /// The token was used already (each enrols one agent).
    Used,
    Expired,
    /// This key was enrolled before and revoked: a revoked agent stays revoked.
    Revoked,
}

/// A new agent's details from its enrolment request.
pub struct NewAgent<'a> {
    pub key: &'a AgentPublicKey,
    pub name: &'a str,
    pub version: &'a str,
    pub address: &'a str,
}

const COLUMNS: &str =
    "id, tenant_id, name, public_key, enrolled_at, last_seen_at, version, address, revoked_at";

fn agent_from(row: &sqlx::any::AnyRow) -> anyhow::Result<Agent> {
    Ok(Agent {
        id: row.try_get("id")?,
        tenant_id: row.try_get("tenant_id")?,
        name: row.try_get("name")?,
        public_key: row.try_get("public_key")?,
        enrolled_at: row.try_get("enrolled_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
        version: row.try_get("version")?,
        address: row.try_get("address")?,
        revoked_at: row.try_get("revoked_at")?,
    })
}

/// `sspra_<id>_<secret>` split, if it has that shape.
fn parts(presented: &str) -> Option<(&str, &str)> {
    token_parts(presented, "sspra_")
}

impl Store {
    /// A new enrolment token for the tenant, valid until `expires_at`: the only time its
    /// secret exists outside the caller's hands.
    pub async fn create_agent_enrolment(
        &self,
        tenant_id: &str,
        created_by: &str,
        now: i64,
        expires_at: i64,
    ) -> anyhow::Result<String> {
        let (id, secret, shown) = new_token("sspra_");
        sqlx::query(
            "INSERT INTO agent_enrolments (id, tenant_id, secret_hash, created_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&id)
        .bind(tenant_id)
        .bind(sha256_hex(secret.as_bytes()))
        .bind(created_by)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(shown)
    }

    /// Spends `token` on the agent `new` describes: the token is marked used in one statement
    /// (of two agents racing with it, one wins), then the key is pinned under its ID.
    pub async fn enrol_agent(
        &self,
        tenant_id: &str,
        token: &str,
        new: NewAgent<'_>,
        now: i64,
    ) -> anyhow::Result<Result<Agent, EnrolRefusal>> {
        let Some((token_id, secret)) = parts(token) else {
            return Ok(Err(EnrolRefusal::Unknown));
        };
        let agent_id = new.key.agent_id();
        let spent = sqlx::query(
            "UPDATE agent_enrolments SET used_at = $5, used_by = $6
             WHERE id = $1 AND tenant_id = $2 AND secret_hash = $3 AND used_at IS NULL AND expires_at > $4",
        )
        .bind(token_id)
        .bind(tenant_id)
        .bind(sha256_hex(secret.as_bytes()))
        .bind(now)
        .bind(now)
        .bind(&agent_id)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        if spent.rows_affected() != 1 {
            return Ok(Err(self
                .why_refused(tenant_id, token_id, secret, now)
                .await?));
        }
        if let Some(known) = self.agent(tenant_id, &agent_id).await? {
            return Ok(match known.revoked_at {
                Some(_) => Err(EnrolRefusal::Revoked),
                None => Ok(known),
            });
        }
        sqlx::query(
            "INSERT INTO agents (id, tenant_id, name, public_key, enrolled_at, last_seen_at, version, address)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&agent_id)
        .bind(tenant_id)
        .bind(new.name)
        .bind(new.key.encoded())
        .bind(now)
        .bind(now)
        .bind(new.version)
        .bind(new.address)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        self.agent(tenant_id, &agent_id)
            .await?
            .map(Ok)
            .ok_or_else(|| anyhow::anyhow!("the agent just enrolled is gone"))
    }

    async fn why_refused(
        &self,
        tenant_id: &str,
        token_id: &str,
        secret: &str,
        now: i64,
    ) -> anyhow::Result<EnrolRefusal> {
        let row = sqlx::query(
            "SELECT secret_hash, expires_at, used_at FROM agent_enrolments WHERE id = $1 AND tenant_id = $2",
        )
        .bind(token_id)
        .bind(tenant_id)
        .fetch_optional(&mut *self.readers.acquire().await?)
        .await?;
        let Some(row) = row else {
            return Ok(EnrolRefusal::Unknown);
        };
        let stored: String = row.try_get("secret_hash")?;
        if !crate::security::same(&stored, &sha256_hex(secret.as_bytes())) {
            return Ok(EnrolRefusal::Unknown);
        }
        let used: Option<i64> = row.try_get("used_at")?;
        let expires_at: i64 = row.try_get("expires_at")?;
        Ok(if used.is_some() {
            EnrolRefusal::Used
        } else if now >= expires_at {
            EnrolRefusal::Expired
        } else {
            EnrolRefusal::Unknown
        })
    }

    pub async fn agent(&self, tenant_id: &str, id: &str) -> anyhow::Result<Option<Agent>> {
        let sql = format!("SELECT {COLUMNS} FROM agents WHERE tenant_id = $1 AND id = $2");
        let row = sqlx::query(&sql)
            .bind(tenant_id)
            .bind(id)
            .fetch_optional(&mut *self.readers.acquire().await?)
            .await?;
        row.as_ref().map(agent_from).transpose()
    }

    /// The tenant's agents, oldest first.
    pub async fn agents(&self, tenant_id: &str) -> anyhow::Result<Vec<Agent>> {
        let sql =
            format!("SELECT {COLUMNS} FROM agents WHERE tenant_id = $1 ORDER BY enrolled_at, id");
        let rows = sqlx::query(&sql)
            .bind(tenant_id)
            .fetch_all(&mut *self.readers.acquire().await?)
            .await?;
        rows.iter().map(agent_from).collect()
    }

    /// Revokes an agent for good; false if there was no such live agent.
    pub async fn revoke_agent(&self, tenant_id: &str, id: &str, now: i64) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE agents SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL",
        )
        .bind(tenant_id)
        .bind(id)
        .bind(now)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a live agent's heartbeat: when, which version, from where.
    pub async fn agent_seen(
        &self,
        id: &str,
        now: i64,
        version: &str,
        address: &str,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE agents SET last_seen_at = $2, version = $3, address = $4 WHERE id = $1",
        )
        .bind(id)
        .bind(now)
        .bind(version)
        .bind(address)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn only_well_formed_tokens_are_looked_up() {
        let id = "0123456789abcdef";
        let secret = "0123456789abcdef0123456789abcdef01234567";
        assert_eq!(parts(&format!("sspra_{id}_{secret}")), Some((id, secret)));
        assert_eq!(parts(&format!("sspr_{id}_{secret}")), None);
        assert_eq!(parts(&format!("sspra_{id}' OR 1=1_{secret}")), None);
    }
}
