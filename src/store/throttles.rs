//! Throttle events and self-service blocks, kept in the database so every instance agrees.

use super::{AnyQuery, Backend, Store};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// One limit: at most `limit` events of `kind` for `subject` in the window.
#[derive(Debug, Clone, Copy)]
pub struct Allowance<'a> {
    pub kind: &'a str,
    pub subject: &'a str,
    pub limit: i64,
}

impl Store {
    /// A write transaction no other one holding any of `keys` can interleave with: on SQLite
    /// `BEGIN IMMEDIATE` on the one writer connection (which excludes every other writer), on
    /// PostgreSQL an advisory lock per key, taken in order in one statement (so two can't
    /// deadlock), sent with the `BEGIN` in one trip.
    pub(super) async fn exclusive(
        &self,
        keys: impl IntoIterator<Item = i64>,
    ) -> anyhow::Result<super::writer::WriteTx> {
        if self.backend == Backend::Sqlite {
            return Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?);
        }
        let mut keys: Vec<i64> = keys.into_iter().collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.is_empty() {
            return Ok(self.writer.begin().await?);
        }
        // The keys are our own integers.
        let locks: Vec<String> = keys
            .iter()
            .map(|k| format!("pg_advisory_xact_lock({k})"))
            .collect();
        let begin = format!("BEGIN; SELECT {}", locks.join(", "));
        Ok(self.writer.begin_with(begin).await?)
    }
}

/// One statement that records an event for every limit, only if all have room: `$1` tenant,
/// `$2` now, `$3` since, then the kind, subject and limit of each.
fn allowance_insert_sql(limits: usize) -> String {
    let arg = |i: usize, k: usize| format!("${}", 4 + 3 * i + k);
    let rows: Vec<String> = (0..limits)
        .map(|i| format!("({}, {})", arg(i, 0), arg(i, 1)))
        .collect();
    let room: Vec<String> = (0..limits)
        .map(|i| {
            format!(
                "(SELECT COUNT(*) FROM throttle_events WHERE tenant_id = $1 AND kind = {} AND subject = {} AND at > $3) < {}",
                arg(i, 0),
                arg(i, 1),
                arg(i, 2)
            )
        })
        .collect();
    format!(
        "INSERT INTO throttle_events (tenant_id, kind, subject, at) \
         SELECT $1, v.column1, v.column2, $2 FROM (VALUES {}) AS v WHERE {}",
        rows.join(", "),
        room.join(" AND ")
    )
}

fn bind_allowance<'q>(
    query: AnyQuery<'q>,
    tenant_id: &'q str,
    limits: &[Allowance<'q>],
    since: i64,
    now: i64,
) -> AnyQuery<'q> {
    let mut query = query.bind(tenant_id).bind(now).bind(since);
    for l in limits {
        query = query.bind(l.kind).bind(l.subject).bind(l.limit);
    }
    query
}

/// One row with the number of events `n0`, `n1`… of each limit since `$2`.
fn counts_sql(limits: usize) -> String {
    let counts: Vec<String> = (0..limits)
        .map(|i| {
            format!(
                "(SELECT COUNT(*) FROM throttle_events WHERE tenant_id = $1 AND kind = ${} AND subject = ${} AND at > $2) AS n{i}",
                3 + 2 * i,
                4 + 2 * i
            )
        })
        .collect();
    format!("SELECT {}", counts.join(", "))
}

fn bind_counts<'q>(
    query: AnyQuery<'q>,
    tenant_id: &'q str,
    limits: &[Allowance<'q>],
    since: i64,
) -> AnyQuery<'q> {
    let mut query = query.bind(tenant_id).bind(since);
    for l in limits {
        query = query.bind(l.kind).bind(l.subject);
    }
    query
}

/// The index of the first limit with no room left in a row of `counts_sql`.
fn first_full(row: &sqlx::any::AnyRow, limits: &[Allowance<'_>]) -> anyhow::Result<Option<usize>> {
    for (i, l) in limits.iter().enumerate() {
        let n: i64 = row.try_get(format!("n{i}").as_str())?;
        if n >= l.limit {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// A PostgreSQL advisory-lock key for one tenant's (kind, subject).
pub(super) fn lock_key(tenant_id: &str, kind: &str, subject: &str) -> i64 {
    let mut hash = Sha256::new();
    for part in [tenant_id, kind, subject] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part.as_bytes());
    }
    let digest = hash.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

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
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }

    /// Checks every limit since `since` and, only if all have room, records one event for each
    /// at `now`, so that parallel requests can't interleave: on SQLite in one statement on the
    /// one writer connection, on PostgreSQL in a transaction holding an advisory lock per
    /// subject (taken in key order, so two requests can't deadlock). N requests released
    /// together get exactly the allowance. Returns the index of the first full limit, or None
    /// when recorded.
    pub async fn take_allowance(
        &self,
        tenant_id: &str,
        limits: &[Allowance<'_>],
        since: i64,
        now: i64,
    ) -> anyhow::Result<Option<usize>> {
        if limits.is_empty() {
            return Ok(None);
        }
        if self.backend == Backend::Sqlite {
            return self
                .take_allowance_sqlite(tenant_id, limits, since, now)
                .await;
        }
        let keys = limits
            .iter()
            .map(|l| lock_key(tenant_id, l.kind, l.subject));
        let mut tx = self.exclusive(keys).await?;
        // Under the locks, the insert that checks every limit sees every event recorded by
        // the requests before (each statement reads what was committed when it starts): three
        // trips in all (BEGIN with the locks, this, COMMIT).
        let sql = allowance_insert_sql(limits.len());
        let inserted = bind_allowance(sqlx::query(&sql), tenant_id, limits, since, now)
            .execute(&mut *tx)
            .await?;
        if inserted.rows_affected() > 0 {
            tx.commit().await?;
            return Ok(None);
        }
        let sql = counts_sql(limits.len());
        let row = bind_counts(sqlx::query(&sql), tenant_id, limits, since)
            .fetch_one(&mut *tx)
            .await?;
        tx.rollback().await?;
        match first_full(&row, limits)? {
            Some(full) => Ok(Some(full)),
            None => anyhow::bail!("the throttle's limits kept changing"),
        }
    }

    /// `take_allowance` on SQLite: one statement on the one writer connection, which no other
    /// write can interleave with, checks every limit and inserts every event only if all have
    /// room. A transaction would hold the writer across several round trips, and every other
    /// write of the portal would queue behind it.
    async fn take_allowance_sqlite(
        &self,
        tenant_id: &str,
        limits: &[Allowance<'_>],
        since: i64,
        now: i64,
    ) -> anyhow::Result<Option<usize>> {
        let sql = allowance_insert_sql(limits.len());
        // A refusal is told by which limit is full; a limit whose window moved on between the
        // two statements has room again, so the insert is tried again.
        for _ in 0..3 {
            let query = bind_allowance(sqlx::query(&sql), tenant_id, limits, since, now);
            if query
                .execute(&mut *self.writer.acquire().await?)
                .await?
                .rows_affected()
                > 0
            {
                return Ok(None);
            }
            let counts = counts_sql(limits.len());
            let row = bind_counts(sqlx::query(&counts), tenant_id, limits, since)
                .fetch_one(&mut *self.writer.acquire().await?)
                .await?;
            if let Some(full) = first_full(&row, limits)? {
                return Ok(Some(full));
            }
        }
        anyhow::bail!("the throttle's limits kept changing")
    }

    /// Takes back one event recorded at `now` (a sign-in try that turned out right).
    pub async fn remove_event(
        &self,
        tenant_id: &str,
        kind: &str,
        subject: &str,
        at: i64,
    ) -> anyhow::Result<()> {
        let row_id = match self.backend {
            Backend::Sqlite => "rowid",
            Backend::Postgres => "ctid",
        };
        let sql = format!(
            "DELETE FROM throttle_events WHERE {row_id} IN (SELECT {row_id} FROM throttle_events \
             WHERE tenant_id = $1 AND kind = $2 AND subject = $3 AND at = $4 LIMIT 1)"
        );
        sqlx::query(&sql)
            .bind(tenant_id)
            .bind(kind)
            .bind(subject)
            .bind(at)
            .execute(&mut *self.writer.acquire().await?)
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
        .fetch_one(&mut *self.readers.acquire().await?)
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
        .fetch_optional(&mut *self.readers.acquire().await?)
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
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }

    /// Ends the user's block (an admin's "clear the block") and forgets their counted
    /// attempts and sends, so the next attempt starts afresh. Whether a block was in force.
    pub async fn clear_block(
        &self,
        tenant_id: &str,
        login_key: &str,
        now: i64,
    ) -> anyhow::Result<bool> {
        let mut tx = self.writer.begin().await?;
        let ended = sqlx::query(
            "DELETE FROM blocks WHERE tenant_id = $1 AND login_key = $2 AND until_at > $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "DELETE FROM throttle_events WHERE tenant_id = $1 AND subject = $2 AND kind IN ('attempt', 'send_user')",
        )
        .bind(tenant_id)
        .bind(login_key)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ended > 0)
    }
}
