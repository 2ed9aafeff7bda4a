//! The audit log: one row per step of every flow, named after Entra's activities.

use super::Store;
use sqlx::Row;

/// One audit event as written.
#[derive(Debug, Clone)]
pub struct AuditEvent<'a> {
    pub tenant_id: &'a str,
    pub tracking_id: &'a str,
    pub login: &'a str,
    pub activity: &'a str,
    pub outcome: &'a str,
    /// Plain-words detail; never a password, code or captcha answer.
    pub detail: &'a str,
    pub client_ip: &'a str,
    pub at: i64,
}

/// One audit row as read back.
#[derive(Debug, Clone)]
pub struct AuditRow {
    /// Time-ordered (UUIDv7): the audit log's pages and export continue after it.
    pub id: String,
    pub tracking_id: String,
    pub login: String,
    pub activity: String,
    pub outcome: String,
    pub detail: String,
    pub client_ip: String,
    pub at: i64,
}

impl Store {
    pub async fn audit(&self, event: &AuditEvent<'_>) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO audit (id, tenant_id, tracking_id, login, activity, outcome, detail, client_ip, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        // Time-ordered (UUIDv7, monotonic within the process), so events of the same second
        // read back in the order they happened.
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(event.tenant_id)
        .bind(event.tracking_id)
        .bind(event.login)
        .bind(event.activity)
        .bind(event.outcome)
        .bind(event.detail)
        .bind(event.client_ip)
        .bind(event.at)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }

    /// Every event of a tenant in time order (oldest first), optionally for one tracking ID.
    pub async fn audit_rows(
        &self,
        tenant_id: &str,
        tracking_id: Option<&str>,
    ) -> anyhow::Result<Vec<AuditRow>> {
        let rows = sqlx::query(
            "SELECT id, tracking_id, login, activity, outcome, detail, client_ip, at FROM audit
             WHERE tenant_id = $1 AND ($2 = '' OR tracking_id = $2) ORDER BY at, id",
        )
        .bind(tenant_id)
        .bind(tracking_id.unwrap_or(""))
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        rows.iter().map(audit_row).collect()
    }

    /// The tenant's last `limit` events, newest first.
    pub async fn recent_audit(&self, tenant_id: &str, limit: i64) -> anyhow::Result<Vec<AuditRow>> {
        let rows = sqlx::query(
            "SELECT id, tracking_id, login, activity, outcome, detail, client_ip, at FROM audit
             WHERE tenant_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
        )
        .bind(tenant_id)
        .bind(limit)
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        rows.iter().map(audit_row).collect()
    }

    /// The last `limit` events about one user (by login as audited, any case), newest first.
    pub async fn recent_audit_of(
        &self,
        tenant_id: &str,
        login: &str,
        limit: i64,
    ) -> anyhow::Result<Vec<AuditRow>> {
        let rows = sqlx::query(
            "SELECT id, tracking_id, login, activity, outcome, detail, client_ip, at FROM audit
             WHERE tenant_id = $1 AND LOWER(login) = $2 ORDER BY at DESC, id DESC LIMIT $3",
        )
        .bind(tenant_id)
        .bind(login.to_lowercase())
        .bind(limit)
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        rows.iter().map(audit_row).collect()
    }

    /// The tenant's last `limit` changes made in the admin console, newest first.
    pub async fn recent_admin_changes(
        &self,
        tenant_id: &str,
        limit: i64,
    ) -> anyhow::Result<Vec<AuditRow>> {
        let rows = sqlx::query(
            "SELECT id, tracking_id, login, activity, outcome, detail, client_ip, at FROM audit
             WHERE tenant_id = $1 AND activity IN ($2, $3, $4) ORDER BY at DESC, id DESC LIMIT $5",
        )
        .bind(tenant_id)
        .bind(ADMIN_CHANGES[0])
        .bind(ADMIN_CHANGES[1])
        .bind(ADMIN_CHANGES[2])
        .bind(limit)
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        rows.iter().map(audit_row).collect()
    }
}

/// The activities of changes made in the admin console.
pub const ADMIN_CHANGES: [&str; 3] = [
    "admin_policy_changed",
    "admin_branding_changed",
    "admin_directory_changed",
];

pub(super) fn audit_row(row: &sqlx::any::AnyRow) -> anyhow::Result<AuditRow> {
    Ok(AuditRow {
        id: row.try_get("id")?,
        tracking_id: row.try_get("tracking_id")?,
        login: row.try_get("login")?,
        activity: row.try_get("activity")?,
        outcome: row.try_get("outcome")?,
        detail: row.try_get("detail")?,
        client_ip: row.try_get("client_ip")?,
        at: row.try_get("at")?,
    })
}
