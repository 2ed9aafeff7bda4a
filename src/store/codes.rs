//! Verification codes, stored only as an HMAC bound to the flow, gate, method and destination.

use super::{AnyQuery, Backend, Store};
use sqlx::Row;

/// A code's life: live until used, replaced by a resend, or killed by too many wrong entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeState {
    Live,
    Used,
    Superseded,
    Dead,
}

impl CodeState {
    fn as_str(self) -> &'static str {
        match self {
            CodeState::Live => "live",
            CodeState::Used => "used",
            CodeState::Superseded => "superseded",
            CodeState::Dead => "dead",
        }
    }
    fn parse(s: &str) -> CodeState {
        match s {
            "live" => CodeState::Live,
            "used" => CodeState::Used,
            "superseded" => CodeState::Superseded,
            _ => CodeState::Dead,
        }
    }
}

/// Whether the message carrying the code left (filled in after the send, off the request path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Pending,
    Sent,
    Failed,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Pending => "pending",
            Delivery::Sent => "sent",
            Delivery::Failed => "failed",
        }
    }
    fn parse(s: &str) -> Delivery {
        match s {
            "sent" => Delivery::Sent,
            "failed" => Delivery::Failed,
            _ => Delivery::Pending,
        }
    }
}

/// A stored code record (no code in it, only the MAC).
#[derive(Debug, Clone)]
pub struct CodeRecord {
    pub id: String,
    pub mac: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub attempts: i64,
    pub state: CodeState,
    pub delivery: Delivery,
}

/// What to store for a new code.
pub struct NewCode<'a> {
    pub id: &'a str,
    pub tenant_id: &'a str,
    pub flow_id: &'a str,
    pub gate: i64,
    pub method: &'a str,
    pub mac: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

fn bind_code<'q>(code: &NewCode<'q>, query: AnyQuery<'q>) -> AnyQuery<'q> {
    query
        .bind(code.id)
        .bind(code.tenant_id)
        .bind(code.flow_id)
        .bind(code.gate)
        .bind(code.method)
        .bind(code.mac)
        .bind(code.now)
        .bind(code.expires_at)
}

impl Store {
    /// Stores a new code and supersedes every earlier live code of the same flow.
    pub async fn insert_code(&self, code: &NewCode<'_>) -> anyhow::Result<()> {
        const SUPERSEDE: &str =
            "UPDATE codes SET state = 'superseded' WHERE flow_id = $3 AND state = 'live'";
        const INSERT: &str = "INSERT INTO codes (id, tenant_id, flow_id, gate, method, mac, created_at, expires_at, attempts, state, delivery)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 'live', 'pending')";
        if self.backend == Backend::Sqlite {
            // Both statements in one command to the one writer connection: no other write
            // comes between them, and the writer isn't held across round trips.
            let both = format!("{SUPERSEDE}; {INSERT}");
            bind_code(code, sqlx::query(&both))
                .execute(&mut *self.writer.acquire().await?)
                .await?;
            return Ok(());
        }
        // PostgreSQL takes one command of one statement only: the update as a data-modifying
        // CTE of the insert, which is as atomic as the transaction it replaces, in one trip.
        let one = format!("WITH superseded AS ({SUPERSEDE} RETURNING id) {INSERT}");
        bind_code(code, sqlx::query(&one))
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(())
    }

    pub async fn code(&self, id: &str) -> anyhow::Result<Option<CodeRecord>> {
        let row = sqlx::query(
            "SELECT id, mac, created_at, expires_at, attempts, state, delivery FROM codes WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *self.readers.acquire().await?)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let state: String = row.try_get("state")?;
        let delivery: String = row.try_get("delivery")?;
        Ok(Some(CodeRecord {
            id: row.try_get("id")?,
            mac: row.try_get("mac")?,
            created_at: row.try_get("created_at")?,
            expires_at: row.try_get("expires_at")?,
            attempts: row.try_get("attempts")?,
            state: CodeState::parse(&state),
            delivery: Delivery::parse(&delivery),
        }))
    }

    /// Counts a wrong entry; the code dies when it reaches `max_attempts`. Returns the new count.
    pub async fn record_wrong_code(&self, id: &str, max_attempts: i64) -> anyhow::Result<i64> {
        sqlx::query(
            "UPDATE codes SET attempts = attempts + 1,
                 state = CASE WHEN attempts + 1 >= $2 THEN 'dead' ELSE state END
             WHERE id = $1 AND state = 'live'",
        )
        .bind(id)
        .bind(max_attempts)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        let row = sqlx::query("SELECT attempts FROM codes WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *self.readers.acquire().await?)
            .await?;
        Ok(row.try_get("attempts")?)
    }

    /// Marks a live code used; false if it was no longer live (a concurrent use).
    pub async fn consume_code(&self, id: &str) -> anyhow::Result<bool> {
        let done = sqlx::query("UPDATE codes SET state = $2 WHERE id = $1 AND state = 'live'")
            .bind(id)
            .bind(CodeState::Used.as_str())
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn set_code_delivery(&self, id: &str, delivery: Delivery) -> anyhow::Result<()> {
        sqlx::query("UPDATE codes SET delivery = $2 WHERE id = $1")
            .bind(id)
            .bind(delivery.as_str())
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(())
    }
}
