//! The REST admin API's tokens: `sspr_<id>_<secret>`, shown once; the database keeps the ID,
//! a SHA-256 of the secret, the scope (read, or read and write), the expiry and who made it.

use super::Store;
use crate::security::{random_bytes, sha256_hex};
use sqlx::Row;

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Search and read users, the audit log and the policy.
    Read,
    /// Also reset, unlock, set contacts, import, and change the policy.
    ReadWrite,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::ReadWrite => "read_write",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        [Scope::Read, Scope::ReadWrite]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// A token as listed (never with its secret).
#[derive(Debug, Clone)]
pub struct ApiToken {
    pub id: String,
    pub tenant_id: String,
    pub name: String,
    pub scope: Scope,
    pub created_by: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

/// A new token and its secret, the only time the secret exists outside the caller's hands.
pub struct Issued {
    pub token: ApiToken,
    pub secret: String,
}

/// What presenting a token says.
#[derive(Debug)]
pub enum Presented {
    Valid(ApiToken),
    /// Not a token of ours, or the secret doesn't match.
    Unknown,
    Revoked,
    Expired,
}

const COLUMNS: &str =
    "id, tenant_id, name, scope, created_by, created_at, expires_at, revoked_at, last_used_at";

fn token_from(row: &sqlx::any::AnyRow) -> anyhow::Result<ApiToken> {
    let scope: String = row.try_get("scope")?;
    Ok(ApiToken {
        id: row.try_get("id")?,
        tenant_id: row.try_get("tenant_id")?,
        name: row.try_get("name")?,
        scope: Scope::parse(&scope).ok_or_else(|| anyhow::anyhow!("unknown scope {scope:?}"))?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        expires_at: row.try_get("expires_at")?,
        revoked_at: row.try_get("revoked_at")?,
        last_used_at: row.try_get("last_used_at")?,
    })
}

/// A new `<prefix><id>_<secret>` token: its ID, its secret (80 and 160 random bits, in hex)
/// and the whole token as shown once. Also the agents' enrolment tokens' shape.
pub(super) fn new_token(prefix: &str) -> (String, String, String) {
    let id = hex::encode(random_bytes::<8>());
    let secret = hex::encode(random_bytes::<20>());
    let shown = format!("{prefix}{id}_{secret}");
    (id, secret, shown)
}

/// `<prefix><id>_<secret>` split, if it has that shape.
pub(super) fn token_parts<'a>(presented: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    let rest = presented.trim().strip_prefix(prefix)?;
    let (id, secret) = rest.split_once('_')?;
    let hex = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_hexdigit());
    (hex(id, 16) && hex(secret, 40)).then_some((id, secret))
}

fn parts(presented: &str) -> Option<(&str, &str)> {
    token_parts(presented, "sspr_")
}

impl Store {
    pub async fn create_api_token(
        &self,
        tenant_id: &str,
        name: &str,
        scope: Scope,
        created_by: &str,
        now: i64,
        expires_at: i64,
    ) -> anyhow::Result<Issued> {
        let (id, secret, shown) = new_token("sspr_");
        sqlx::query(
            "INSERT INTO api_tokens (id, tenant_id, name, secret_hash, scope, created_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(tenant_id)
        .bind(name)
        .bind(sha256_hex(secret.as_bytes()))
        .bind(scope.as_str())
        .bind(created_by)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(Issued {
            secret: shown,
            token: ApiToken {
                id,
                tenant_id: tenant_id.to_string(),
                name: name.to_string(),
                scope,
                created_by: created_by.to_string(),
                created_at: now,
                expires_at,
                revoked_at: None,
                last_used_at: None,
            },
        })
    }

    /// The tenant's tokens, newest first.
    pub async fn api_tokens(&self, tenant_id: &str) -> anyhow::Result<Vec<ApiToken>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM api_tokens WHERE tenant_id = $1 ORDER BY created_at DESC, id"
        );
        let rows = sqlx::query(&sql)
            .bind(tenant_id)
            .fetch_all(&mut *self.readers.acquire().await?)
            .await?;
        rows.iter().map(token_from).collect()
    }

    /// Revokes one of the tenant's tokens; false if there was no such live token.
    pub async fn revoke_api_token(
        &self,
        tenant_id: &str,
        id: &str,
        now: i64,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL",
        )
        .bind(tenant_id)
        .bind(id)
        .bind(now)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// What a presented token is; a valid one is marked used (at most once a minute).
    pub async fn present_api_token(&self, presented: &str, now: i64) -> anyhow::Result<Presented> {
        let Some((id, secret)) = parts(presented) else {
            return Ok(Presented::Unknown);
        };
        let sql = format!("SELECT {COLUMNS}, secret_hash FROM api_tokens WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&mut *self.readers.acquire().await?)
            .await?;
        let Some(row) = row else {
            return Ok(Presented::Unknown);
        };
        let stored: String = row.try_get("secret_hash")?;
        let given = sha256_hex(secret.as_bytes());
        if !crate::security::same(&stored, &given) {
            return Ok(Presented::Unknown);
        }
        let token = token_from(&row)?;
        if token.revoked_at.is_some() {
            return Ok(Presented::Revoked);
        }
        if now >= token.expires_at {
            return Ok(Presented::Expired);
        }
        if token.last_used_at.is_none_or(|at| now - at >= 60) {
            sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                .bind(&token.id)
                .bind(now)
                .execute(&mut *self.writer.acquire().await?)
                .await?;
        }
        Ok(Presented::Valid(token))
    }
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn only_well_formed_tokens_are_looked_up() {
        let id = "0123456789abcdef";
        let secret = "0123456789abcdef0123456789abcdef01234567";
        assert_eq!(parts(&format!("sspr_{id}_{secret}")), Some((id, secret)));
        assert_eq!(parts(&format!("sspr_{id}_{secret}x")), None);
        assert_eq!(parts("Bearer x"), None);
        assert_eq!(parts(&format!("sspr_{id}' OR 1=1_{secret}")), None);
    }
}
