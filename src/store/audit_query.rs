//! Reading the audit log by filter, newest first, a page at a time by keyset (the last row's
//! time and ID), never by OFFSET: every page costs the same however deep it is. The CSV export
//! reads the same way, a chunk at a time.

use super::Store;
use super::audit::{AuditRow, audit_row};

/// Which rows to read; empty parts match everything.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Any of these audit codes.
    pub codes: Vec<String>,
    /// `success` or `failure`.
    pub outcome: Option<String>,
    /// The user ID as audited, any case.
    pub login: Option<String>,
    pub tracking_id: Option<String>,
    /// At or after (unix seconds).
    pub from: Option<i64>,
    /// Before (unix seconds).
    pub until: Option<i64>,
}

/// Where a page starts: strictly older than this row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditCursor {
    pub at: i64,
    pub id: String,
}

impl AuditCursor {
    /// `1764600000.0193…`: the row's time and ID, as page links carry it.
    pub fn encode(&self) -> String {
        format!("{}.{}", self.at, self.id)
    }

    pub fn decode(s: &str) -> Option<AuditCursor> {
        let (at, id) = s.split_once('.')?;
        let ok_id = !id.is_empty()
            && id.len() <= 64
            && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        ok_id.then_some(AuditCursor {
            at: at.parse().ok()?,
            id: id.to_string(),
        })
    }
}

impl Store {
    /// Up to `limit` rows matching `filter`, newest first, older than `after` if given.
    pub async fn audit_page(
        &self,
        tenant_id: &str,
        filter: &AuditFilter,
        after: Option<&AuditCursor>,
        limit: i64,
    ) -> anyhow::Result<Vec<AuditRow>> {
        let mut sql = String::from(
            "SELECT id, tracking_id, login, activity, outcome, detail, client_ip, at FROM audit WHERE tenant_id = $1",
        );
        let mut binds: Vec<Bind> = vec![Bind::Text(tenant_id.to_string())];
        let next = |b: Bind, binds: &mut Vec<Bind>| {
            binds.push(b);
            format!("${}", binds.len())
        };
        if !filter.codes.is_empty() {
            let places: Vec<String> = filter
                .codes
                .iter()
                .map(|c| next(Bind::Text(c.clone()), &mut binds))
                .collect();
            sql.push_str(&format!(" AND activity IN ({})", places.join(", ")));
        }
        if let Some(outcome) = &filter.outcome {
            let p = next(Bind::Text(outcome.clone()), &mut binds);
            sql.push_str(&format!(" AND outcome = {p}"));
        }
        if let Some(login) = &filter.login {
            let p = next(Bind::Text(login.to_lowercase()), &mut binds);
            sql.push_str(&format!(" AND LOWER(login) = {p}"));
        }
        if let Some(tracking) = &filter.tracking_id {
            let p = next(Bind::Text(tracking.clone()), &mut binds);
            sql.push_str(&format!(" AND tracking_id = {p}"));
        }
        if let Some(from) = filter.from {
            let p = next(Bind::Int(from), &mut binds);
            sql.push_str(&format!(" AND at >= {p}"));
        }
        if let Some(until) = filter.until {
            let p = next(Bind::Int(until), &mut binds);
            sql.push_str(&format!(" AND at < {p}"));
        }
        if let Some(cursor) = after {
            let at = next(Bind::Int(cursor.at), &mut binds);
            let id = next(Bind::Text(cursor.id.clone()), &mut binds);
            sql.push_str(&format!(" AND (at, id) < ({at}, {id})"));
        }
        let p = next(Bind::Int(limit), &mut binds);
        sql.push_str(&format!(" ORDER BY at DESC, id DESC LIMIT {p}"));
        let mut query = sqlx::query(&sql);
        for b in binds {
            query = match b {
                Bind::Text(s) => query.bind(s),
                Bind::Int(n) => query.bind(n),
            };
        }
        let rows = query.fetch_all(&mut *self.readers.acquire().await?).await?;
        rows.iter().map(audit_row).collect()
    }

    /// Deletes a tenant's audit rows older than `cutoff`, a batch at a time, and the day counts
    /// of the days before it; how many rows.
    pub async fn purge_audit(&self, tenant_id: &str, cutoff: i64) -> anyhow::Result<u64> {
        let mut removed = 0;
        loop {
            let done = sqlx::query(
                "DELETE FROM audit WHERE id IN
                 (SELECT id FROM audit WHERE tenant_id = $1 AND at < $2 LIMIT 1000)",
            )
            .bind(tenant_id)
            .bind(cutoff)
            .execute(&mut *self.writer.acquire().await?)
            .await?;
            removed += done.rows_affected();
            if done.rows_affected() < 1000 {
                break;
            }
            tokio::task::yield_now().await;
        }
        // The reports' day counts go with the events (whole days only).
        sqlx::query("DELETE FROM audit_daily WHERE tenant_id = $1 AND day < $2")
            .bind(tenant_id)
            .bind(cutoff.div_euclid(86_400))
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(removed)
    }
}

enum Bind {
    Text(String),
    Int(i64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_read_back_and_odd_ones_are_refused() {
        let c = AuditCursor {
            at: 1_764_600_000,
            id: "0193a0b1-7c2e-7000-8000-000000000001".into(),
        };
        assert_eq!(AuditCursor::decode(&c.encode()), Some(c));
        assert_eq!(AuditCursor::decode("12.x' OR 1=1"), None);
        assert_eq!(AuditCursor::decode("nope"), None);
        assert_eq!(AuditCursor::decode("12."), None);
    }
}
