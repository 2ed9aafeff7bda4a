//! `sspr bench --audit-rows N`: the console's audit log and reports over N audit rows (and
//! 10,000 users with contacts), on SQLite and, if given, PostgreSQL. Times each report query,
//! the audit log's first, filtered and deep pages, and the CSV export's chunk loop over every
//! row, with this process's peak memory before and after the export.

use super::{bench_store, postgres, seed};
use crate::directory::settings::DirectorySettings;
use crate::store::Store;
use crate::store::audit_query::{AuditCursor, AuditFilter};
use std::path::Path;
use std::time::Instant;

/// Users seeded for the coverage report.
const USERS: usize = 10_000;
/// Days the rows spread over (the reports read the last 30).
const SPREAD_DAYS: i64 = 90;

/// `(code, outcome, detail)` the rows cycle through.
const MIX: &[(&str, &str, &str)] = &[
    ("flow_started", "success", "reset"),
    ("code_sent", "success", "email to u•••@a•••.example"),
    ("gate_passed", "success", "gate 1 by email"),
    (
        "reset_succeeded",
        "success",
        "password reset by self-service",
    ),
    ("gate_failed", "failure", "sms number did not match"),
    (
        "reset_failed",
        "failure",
        "password policy: Use at least 12 characters.",
    ),
    ("captcha_failed", "failure", ""),
    (
        "account_unlocked",
        "success",
        "unlocked in the embedded directory by the unlock",
    ),
    ("signed_in", "success", ""),
    ("method_registered", "success", "mobile +1•••67"),
];

fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Writes `rows` audit rows with one statement per 50,000 (a generated series).
async fn seed_rows(store: &Store, tenant_id: &str, rows: i64, now: i64) -> anyhow::Result<()> {
    let postgres = store.backend == crate::store::Backend::Postgres;
    let step = SPREAD_DAYS * 86_400 / rows.max(1);
    let mix = MIX.len() as i64;
    let cases = |column: usize| {
        MIX.iter()
            .enumerate()
            .map(|(k, row)| {
                let value = [row.0, row.1, row.2][column];
                format!("WHEN {k} THEN '{value}'")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (series, id, login) = if postgres {
        (
            "SELECT generate_series($3::bigint, $4::bigint) AS i",
            "'00000000-0000-7000-8000-' || lpad(i::text, 12, '0')",
            "'user' || lpad((i % 10000 + 1)::text, 7, '0')",
        )
    } else {
        (
            "WITH RECURSIVE s(i) AS (SELECT $3 UNION ALL SELECT i + 1 FROM s WHERE i < $4) SELECT i FROM s",
            "printf('00000000-0000-7000-8000-%012d', i)",
            "printf('user%07d', i % 10000 + 1)",
        )
    };
    let sql = format!(
        "INSERT INTO audit (id, tenant_id, tracking_id, login, activity, outcome, detail, client_ip, at)
         SELECT {id}, $1, 'BNCH-BNCH-BNCH', {login},
                CASE i % {mix} {} END, CASE i % {mix} {} END, CASE i % {mix} {} END,
                '192.0.2.7', $2 - (i * {step})
         FROM ({series}) s",
        cases(0),
        cases(1),
        cases(2)
    );
    let chunk = 50_000;
    let mut first = 1;
    while first <= rows {
        let last = (first + chunk - 1).min(rows);
        sqlx::query(&sql)
            .bind(tenant_id)
            .bind(now)
            .bind(first)
            .bind(last)
            .execute(&mut *store.writer.acquire().await?)
            .await?;
        first = last + 1;
    }
    Ok(())
}

/// Runs a query `n` times; the median milliseconds.
async fn timed<F, Fut, T>(n: usize, mut f: F) -> anyhow::Result<f64>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<T>>,
{
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        f().await?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}

/// Times everything on one database and prints its rows of the table.
async fn measure(label: &str, store: &Store, rows: i64) -> anyhow::Result<()> {
    let now = crate::clock::Clock::default().now();
    let tenant = seed::tenant(store, DirectorySettings::default(), now).await?;
    let started = Instant::now();
    seed::users_into(store, &tenant.id, USERS, true, now).await?;
    seed_rows(store, &tenant.id, rows, now).await?;
    if store.backend == crate::store::Backend::Postgres {
        // What autovacuum does after a bulk of inserts: statistics for the planner.
        sqlx::query("ANALYZE")
            .execute(&mut *store.writer.acquire().await?)
            .await?;
    }
    println!(
        "| {label} | seed {rows} rows + {USERS} users | {:.1} s |",
        started.elapsed().as_secs_f64()
    );
    let id = tenant.id.as_str();
    let since = now.div_euclid(86_400) - 29;
    let print = |what: &str, ms: f64| println!("| {label} | {what} | {ms:.1} ms |");
    print(
        "coverage (embedded users)",
        timed(3, || store.coverage_of_directory(id)).await?,
    );
    print(
        "coverage (users seen)",
        timed(3, || store.coverage_of_seen(id)).await?,
    );
    use crate::web::admin::reports::{FLOW_STEPS, RESETS};
    print(
        "resets per day, 30 days",
        timed(5, || store.daily_counts(id, RESETS, since)).await?,
    );
    print(
        "failures by reason, 30 days",
        timed(5, || store.detail_counts(id, FLOW_STEPS, "failure", since)).await?,
    );
    print(
        "methods used, 30 days",
        timed(5, || {
            store.detail_counts(id, &["gate_passed"], "success", since)
        })
        .await?,
    );
    let all = AuditFilter::default();
    print(
        "audit log, first page",
        timed(9, || store.audit_page(id, &all, None, 51)).await?,
    );
    let deep = AuditCursor {
        at: now - SPREAD_DAYS * 86_400 / 2,
        id: "ffffffff".into(),
    };
    print(
        "audit log, a page halfway back",
        timed(9, || store.audit_page(id, &all, Some(&deep), 51)).await?,
    );
    let resets_only = AuditFilter {
        codes: RESETS.iter().map(|c| c.to_string()).collect(),
        ..AuditFilter::default()
    };
    print(
        "audit log, by activity",
        timed(9, || store.audit_page(id, &resets_only, None, 51)).await?,
    );
    let one_user = AuditFilter {
        login: Some(seed::login(42)),
        ..AuditFilter::default()
    };
    print(
        "audit log, by user",
        timed(9, || store.audit_page(id, &one_user, None, 51)).await?,
    );
    let failures = AuditFilter {
        outcome: Some("failure".into()),
        from: Some(now - 7 * 86_400),
        ..AuditFilter::default()
    };
    print(
        "audit log, failures of the last 7 days",
        timed(9, || store.audit_page(id, &failures, None, 51)).await?,
    );
    let before = peak_mb();
    let started = Instant::now();
    let (mut after, mut exported, mut bytes) = (None, 0, 0);
    loop {
        let chunk = store.audit_page(id, &all, after.as_ref(), 1000).await?;
        bytes += crate::web::admin::audit_log::csv_chunk(&chunk, exported == 0)?.len();
        exported += chunk.len();
        match chunk.last() {
            Some(last) if chunk.len() == 1000 => {
                after = Some(AuditCursor {
                    at: last.at,
                    id: last.id.clone(),
                })
            }
            _ => break,
        }
    }
    println!(
        "| {label} | CSV export of {exported} rows ({:.0} MB) | {:.1} s, peak memory {before:.0} → {:.0} MB |",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        peak_mb()
    );
    Ok(())
}

/// `--audit-rows N`.
pub async fn run(dir: &Path, rows: i64, postgres_url: Option<&str>) -> anyhow::Result<()> {
    println!("| database | measurement | result |");
    println!("|---|---|---|");
    let url = format!("sqlite://{}/audit.db?mode=rwc", dir.display());
    let store = bench_store(dir, &url).await?;
    measure("SQLite", &store, rows).await?;
    store.close().await;
    if let Some(admin) = postgres_url {
        let db = postgres::Throwaway::create(admin).await?;
        let result = async {
            let store = bench_store(dir, &db.url).await?;
            let r = measure("PostgreSQL", &store, rows).await;
            store.close().await;
            r
        }
        .await;
        db.drop_it().await;
        result?;
    }
    Ok(())
}
