//! Throttle events and self-service blocks, kept in the database so every instance agrees.

use super::Store;
use sqlx::Row;

impl Store {
    /// Records one event (a code send, a flow start…) for a subject.
    pub async fn record_event(
        &self,
        tenant_id: &str,
        kind: &str,
        subject: &str,
        now: i64,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO throttle_events (tenant_id, kind, subject, at) VALUES ($1, $2, $3, $4)",
        )
        .bind(tenant_id)
        .bind(kind)
        .bind(subject)
        .bind(now)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    /// How many events of this kind the subject had since `since`.
    pub async fn count_events(
        &self,
        tenant_id: &str,
        kind: &str,
        subject: &str,
        since: i64,
    ) -> anyhow::Result<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM throttle_events WHERE tenant_id = $1 AND kind = $2 AND subject = $3 AND at > $4",
        )
        .bind(tenant_id)
        .bind(kind)
        .bind(subject)
        .bind(since)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("n")?)
    }

    /// The end of the user's self-service block, if one is in force.
    pub async fn block_until(
        &self,
        tenant_id: &str,
        login_key: &str,
        now: i64,
    ) -> anyhow::Result<Option<i64>> {
        let row = sqlx::query(
            "SELECT until_at FROM blocks WHERE tenant_id = $1 AND login_key = $2 AND until_at > $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(row) => Some(row.try_get("until_at")?),
            None => None,
        })
    }

    pub async fn set_block(
        &self,
        tenant_id: &str,
        login_key: &str,
        until: i64,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO blocks (tenant_id, login_key, until_at) VALUES ($1, $2, $3)
             ON CONFLICT (tenant_id, login_key) DO UPDATE SET until_at = $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(until)
        .execute(&self.writer)
        .await?;
        Ok(())
    }
}
