//! Periodic clean-up: expired sessions, codes, captcha nonces, throttle events and blocks,
//! agent jobs nobody waits for any more, old dev-outbox rows, and audit events past each
//! tenant's retention, deleted in small batches so no statement holds the database for long.

use super::{Backend, Store};

/// Rows deleted per statement.
const BATCH: i64 = 1000;
/// How long the dev outbox keeps a message (it may hold codes).
pub const OUTBOX_KEEP_SECS: i64 = 86_400;

impl Store {
    /// Deletes everything that expired by `now`; returns the number of rows removed.
    pub async fn purge_expired(&self, now: i64) -> anyhow::Result<u64> {
        let day = 86_400;
        let rules: [(&str, &str, i64); 7] = [
            ("web_sessions", "expires_at", now),
            ("captcha_nonces", "expires_at", now),
            ("codes", "expires_at", now - day),
            ("throttle_events", "at", now - 2 * day),
            ("blocks", "until_at", now - day),
            ("outbox", "created_at", now - OUTBOX_KEEP_SECS),
            ("agent_jobs", "expires_at", now - 60),
        ];
        let mut removed = 0;
        for (table, column, cutoff) in rules {
            removed += self.purge_table(table, column, cutoff).await?;
        }
        for tenant in self.tenants().await? {
            let keep = i64::from(tenant.policy.audit_retention_days) * day;
            removed += self.purge_audit(&tenant.id, now - keep).await?;
        }
        Ok(removed)
    }

    /// Deletes the rows of `table` whose `column` is at or before `cutoff`, a batch at a time.
    async fn purge_table(&self, table: &str, column: &str, cutoff: i64) -> anyhow::Result<u64> {
        // Every table has a physical row ID, whatever its key: SQLite's rowid, PostgreSQL's ctid.
        let row_id = match self.backend {
            Backend::Sqlite => "rowid",
            Backend::Postgres => "ctid",
        };
        let sql = format!(
            "DELETE FROM {table} WHERE {row_id} IN
             (SELECT {row_id} FROM {table} WHERE {column} <= $1 LIMIT {BATCH})"
        );
        let mut removed = 0;
        loop {
            let done = sqlx::query(&sql)
                .bind(cutoff)
                .execute(&mut *self.writer.acquire().await?)
                .await?;
            removed += done.rows_affected();
            if done.rows_affected() < BATCH as u64 {
                return Ok(removed);
            }
            tokio::task::yield_now().await;
        }
    }
}
