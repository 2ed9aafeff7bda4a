//! Server-side sessions: the browser holds a random token, the database its SHA-256 and the data.

use super::Store;
use sqlx::Row;

impl Store {
    /// Loads a live session's JSON data for this tenant.
    pub async fn session(
        &self,
        id_hash: &str,
        tenant_id: &str,
        now: i64,
    ) -> anyhow::Result<Option<(String, i64)>> {
        let row = sqlx::query(
            "SELECT data, expires_at FROM sessions WHERE id_hash = $1 AND tenant_id = $2 AND expires_at > $3",
        )
        .bind(id_hash)
        .bind(tenant_id)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(row) => Some((row.try_get("data")?, row.try_get("expires_at")?)),
            None => None,
        })
    }

    pub async fn save_session(
        &self,
        id_hash: &str,
        tenant_id: &str,
        data: &str,
        expires_at: i64,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, tenant_id, data, expires_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id_hash) DO UPDATE SET data = $3, expires_at = $4",
        )
        .bind(id_hash)
        .bind(tenant_id)
        .bind(data)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn delete_session(&self, id_hash: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Removes expired sessions, old throttle events and spent codes; run periodically.
    pub async fn purge_expired(&self, now: i64) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM codes WHERE expires_at <= $1")
            .bind(now - 86_400)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM throttle_events WHERE at <= $1")
            .bind(now - 2 * 86_400)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
