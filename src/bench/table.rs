//! The benchmark's table: each directory and database in turn, a row per measurement, then the
//! ratios the targets are stated in.

use super::load::{self, FlowTarget, Stats};
use super::server::Server;
use super::smtp::Sink;
use super::{
    BenchArgs, Plan, argon2_ms, bench_store, captcha_images_per_sec, config, postgres, seed, slapd,
};
use crate::directory::settings::{DirectorySettings, TargetSettings};
use std::path::Path;
use std::time::Instant;

/// One row of the table.
struct Row {
    setup: String,
    what: String,
    clients: usize,
    stats: Stats,
    unit: &'static str,
    /// Server CPU per request or flow, in ms.
    cpu_ms: f64,
    rss_mb: f64,
}

impl Row {
    fn print(&self) {
        let s = &self.stats;
        println!(
            "| {} | {} | {} | {:.0} {} | {:.1} | {:.1} | {} | {:.2} | {:.0} |",
            self.setup,
            self.what,
            self.clients,
            s.rate(),
            self.unit,
            s.quantile_ms(0.5),
            s.quantile_ms(0.99),
            s.errors,
            self.cpu_ms,
            self.rss_mb
        );
        if let Some(e) = &s.first_error {
            println!("|   first error: {e} ||||||||");
        }
    }
}

pub(super) async fn table(dir: &Path, plan: &Plan, args: &BenchArgs) -> anyhow::Result<()> {
    let date = crate::clock::format_utc(crate::clock::Clock::default().now());
    println!(
        "sspr load benchmark, {date}, {} cores, {} users",
        crate::security::cores(),
        plan.users
    );
    let argon2_ms = argon2_ms().await?;
    let images = captcha_images_per_sec(plan.page_time);
    let bound = crate::security::cores() as f64 * 1000.0 / argon2_ms;
    println!(
        "argon2id: {argon2_ms:.1} ms per hash, so at most {bound:.0} embedded resets/s on these cores"
    );
    println!("captcha: {images:.0} images/s on one core");
    println!();
    println!(
        "| directory / database | what | clients | result | p50 ms | p99 ms | errors | server CPU ms each | peak RSS MB |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let sink = Sink::start().await?;
    let mut rows = Vec::new();

    let sqlite = format!("sqlite://{}/embedded.db?mode=rwc", dir.display());
    let embedded = DirectorySettings::default();
    rows.extend(
        setup_rows(
            "embedded / SQLite",
            dir,
            &sqlite,
            embedded.clone(),
            Through::Embedded,
            plan,
            &sink,
        )
        .await?,
    );

    if args.no_ldap {
        println!("| LDAP / SQLite | left out (--no-ldap) ||||||||");
    } else if let Some(why) = slapd::missing() {
        println!("| LDAP / SQLite | skipped: {why} ||||||||");
    } else {
        let server = slapd::Slapd::start(dir, plan.users).await?;
        let ldap = DirectorySettings {
            targets: vec![TargetSettings::Ldap(Box::new(server.settings()?))],
        };
        let url = format!("sqlite://{}/ldap.db?mode=rwc", dir.display());
        let through = Through::Portal;
        rows.extend(
            setup_rows(
                "LDAP / SQLite",
                dir,
                &url,
                ldap.clone(),
                through,
                plan,
                &sink,
            )
            .await?,
        );
        // The same slapd, reached only by a writeback agent beside it.
        let agents = DirectorySettings {
            targets: vec![TargetSettings::Agent(Default::default())],
        };
        let url = format!("sqlite://{}/agent.db?mode=rwc", dir.display());
        let through = Through::Agent(ldap.targets);
        rows.extend(
            setup_rows(
                "agent → LDAP / SQLite",
                dir,
                &url,
                agents,
                through,
                plan,
                &sink,
            )
            .await?,
        );
    }

    match &args.postgres {
        None => println!("| embedded / PostgreSQL | skipped: no --postgres URL ||||||||"),
        Some(admin) => {
            let db = postgres::Throwaway::create(admin).await?;
            let result = setup_rows(
                "embedded / PostgreSQL",
                dir,
                &db.url,
                embedded,
                Through::Embedded,
                plan,
                &sink,
            )
            .await;
            db.drop_it().await;
            rows.extend(result?);
        }
    }
    let failed: usize = rows.iter().map(|r| r.stats.errors).sum();
    println!();
    summary(&rows, bound, images);
    if failed > 0 {
        anyhow::bail!("{failed} requests or flows failed");
    }
    Ok(())
}

/// Where the seeded users' passwords are.
enum Through {
    /// The portal's own database (and the page-view rows are measured).
    Embedded,
    /// A directory the portal reaches itself.
    Portal,
    /// A directory only an agent reaches, with this chain.
    Agent(Vec<TargetSettings>),
}

/// Page views and flows against one directory and database; prints each row as it comes.
async fn setup_rows(
    setup: &str,
    dir: &Path,
    database_url: &str,
    directory: DirectorySettings,
    through: Through,
    plan: &Plan,
    sink: &Sink,
) -> anyhow::Result<Vec<Row>> {
    let embedded = matches!(through, Through::Embedded);
    let store = bench_store(dir, database_url).await?;
    let now = crate::clock::Clock::default().now();
    let tenant = seed::tenant(&store, directory, now).await?;
    let started = Instant::now();
    seed::users_into(&store, &tenant.id, plan.users, embedded, now).await?;
    println!(
        "| {setup} | seeded {} users in {:.1} s ||||||||",
        plan.users,
        started.elapsed().as_secs_f64()
    );
    let mut rows = Vec::new();
    let mut row = |what: &str, clients, stats: Stats, unit, server: &Server, cpu_before: f64| {
        let cpu_ms = (server.cpu_secs() - cpu_before) * 1000.0 / stats.done.max(1) as f64;
        let row = Row {
            setup: setup.to_string(),
            what: what.to_string(),
            clients,
            stats,
            unit,
            cpu_ms,
            rss_mb: server.peak_rss_mb(),
        };
        row.print();
        rows.push(row);
    };

    let server = Server::start(&config(dir, database_url, false, sink.port), dir).await?;
    let reset = format!("{}/t/{}/reset", server.origin, seed::SLUG);
    let portal = format!("{}/t/{}", server.origin, seed::SLUG);
    let _agent = match &through {
        Through::Agent(targets) => {
            Some(super::agent::start(&store, &tenant.id, &portal, dir, targets).await?)
        }
        _ => None,
    };
    if embedded {
        let cpu = server.cpu_secs();
        let health = load::pages(&format!("{}/healthz", server.origin), 16, plan.page_time).await?;
        row("GET /healthz", 16, health, "req/s", &server, cpu);
        let before = store.table_rows().await?;
        let cpu = server.cpu_secs();
        let page = load::pages(&reset, 16, plan.page_time).await?;
        let written = changed_rows(&before, &store.table_rows().await?);
        row(
            &format!("GET /reset, captcha off ({written} rows written)"),
            16,
            page,
            "req/s",
            &server,
            cpu,
        );
    }
    let target = FlowTarget {
        base: format!("{}/t/{}", server.origin, seed::SLUG),
        sink: sink.clone(),
        users: std::sync::Arc::new(seed::users(plan.users)),
    };
    for &clients in &plan.clients {
        let cpu = server.cpu_secs();
        let stats = load::flows(&target, clients, plan.flows.max(clients)).await?;
        row(
            "1-gate email reset",
            clients,
            stats,
            "flows/s",
            &server,
            cpu,
        );
    }
    server.stop().await;

    if embedded {
        let server = Server::start(&config(dir, database_url, true, sink.port), dir).await?;
        let reset = format!("{}/t/{}/reset", server.origin, seed::SLUG);
        let cpu = server.cpu_secs();
        let page = load::pages(&reset, 16, plan.page_time).await?;
        row("GET /reset, captcha on", 16, page, "req/s", &server, cpu);
        server.stop().await;
    }
    store.close().await;
    Ok(rows)
}

/// How many rows differ between two counts of every table.
fn changed_rows(
    before: &std::collections::BTreeMap<String, i64>,
    after: &std::collections::BTreeMap<String, i64>,
) -> i64 {
    after
        .iter()
        .map(|(table, n)| (n - before.get(table).copied().unwrap_or(0)).abs())
        .sum()
}

/// The ratios the targets are stated in.
fn summary(rows: &[Row], bound: f64, images: f64) {
    let find = |setup: &str, what: &str, clients: usize| {
        rows.iter()
            .find(|r| r.setup == setup && r.what.starts_with(what) && r.clients == clients)
            .map(|r| r.stats.rate())
    };
    let e = "embedded / SQLite";
    if let (Some(page), Some(health)) = (
        find(e, "GET /reset, captcha off", 16),
        find(e, "GET /healthz", 16),
    ) {
        println!(
            "GET /reset (captcha off) is {:.0}% of /healthz",
            100.0 * page / health
        );
    }
    if let Some(page) = find(e, "GET /reset, captcha on", 16) {
        println!(
            "GET /reset (captcha on) is {:.0}% of one core's captcha images/s",
            100.0 * page / images
        );
    }
    if let Some(flows) = find(e, "1-gate", 8) {
        println!(
            "embedded resets at 8 clients are {:.0}% of the argon2 bound",
            100.0 * flows / bound
        );
    }
    for clients in [8, 32] {
        if let (Some(pg), Some(lite)) = (
            find("embedded / PostgreSQL", "1-gate", clients),
            find(e, "1-gate", clients),
        ) {
            println!(
                "PostgreSQL resets at {clients} clients are {:.0}% of SQLite's",
                100.0 * pg / lite
            );
        }
    }
}
