//! `sspr bench`: the shipped load benchmark. It starts this binary's release build as a child
//! process on loopback with an in-process SMTP sink, seeds users, drives page views and full
//! resets, and prints one table with the server's peak memory from `/proc`.

pub mod load;
mod seed;
mod server;
mod slapd;
mod smtp;

use crate::directory::settings::{DirectorySettings, TargetSettings};
use crate::store::Store;
use load::{FlowTarget, Stats};
use server::Server;
use smtp::Sink;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// A few seconds in all: shows that every part runs, not how fast (for CI).
    #[arg(long)]
    pub smoke: bool,
    /// Users to seed.
    #[arg(long, default_value_t = 1000)]
    pub users: usize,
    /// Seconds each page-view measurement runs.
    #[arg(long, default_value_t = 5)]
    pub seconds: u64,
    /// Reset flows per measurement.
    #[arg(long, default_value_t = 400)]
    pub flows: usize,
    /// How many clients run resets at once, one measurement each.
    #[arg(long, value_delimiter = ',', default_value = "1,8,32")]
    pub clients: Vec<usize>,
    /// A PostgreSQL server for the PostgreSQL rows (a throwaway database is made on it).
    #[arg(long, env = "SSPR_BENCH_POSTGRES_URL")]
    pub postgres: Option<String>,
    /// Leave out the slapd (LDAP writeback) rows.
    #[arg(long)]
    pub no_ldap: bool,
    /// Instead of the table: N flows at 8 clients on the embedded directory, with the server's
    /// memory after every 1,000.
    #[arg(long)]
    pub soak: Option<usize>,
}

/// What one run does, after `--smoke` shrank it.
struct Plan {
    users: usize,
    page_time: Duration,
    flows: usize,
    clients: Vec<usize>,
}

impl Plan {
    fn new(args: &BenchArgs) -> Plan {
        if args.smoke {
            return Plan {
                users: 8,
                page_time: Duration::from_millis(300),
                flows: 4,
                clients: vec![1, 2],
            };
        }
        Plan {
            users: args
                .users
                .max(args.clients.iter().copied().max().unwrap_or(1)),
            page_time: Duration::from_secs(args.seconds),
            flows: args.flows,
            clients: args.clients.clone(),
        }
    }
}

/// Runs the benchmark and prints its table; fails if any request or flow failed.
pub async fn run(args: BenchArgs) -> anyhow::Result<()> {
    let plan = Plan::new(&args);
    let dir = std::env::temp_dir().join(format!("sspr-bench-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir)?;
    let result = match args.soak {
        Some(n) => soak(&dir, &plan, n).await,
        None => table(&dir, &plan, &args).await,
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

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

async fn table(dir: &Path, plan: &Plan, args: &BenchArgs) -> anyhow::Result<()> {
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
            true,
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
        rows.extend(setup_rows("LDAP / SQLite", dir, &url, ldap, false, plan, &sink).await?);
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
                true,
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

/// Page views and flows against one directory and database; prints each row as it comes.
async fn setup_rows(
    setup: &str,
    dir: &Path,
    database_url: &str,
    directory: DirectorySettings,
    embedded: bool,
    plan: &Plan,
    sink: &Sink,
) -> anyhow::Result<Vec<Row>> {
    let store = Store::connect(database_url).await?;
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
        users: seed::users(plan.users),
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

/// `sspr serve`'s configuration for a run.
fn config(dir: &Path, database_url: &str, captcha: bool, smtp_port: u16) -> String {
    format!(
        "listen = \"127.0.0.1:0\"\ndata_dir = {data:?}\ndatabase_url = {database_url:?}\ncaptcha = {captcha}\n\
         default_tenant = \"{slug}\"\n\n[smtp]\nhost = \"127.0.0.1\"\nport = {smtp_port}\nsecurity = \"none\"\n\
         from_address = \"no-reply@bench.example\"\n",
        data = PathBuf::from(dir).display().to_string(),
        slug = seed::SLUG,
    )
}

/// The argon2id time per hash with the portal's parameters, with every hashing worker busy at
/// once as under load: elapsed time × workers ÷ hashes.
async fn argon2_ms() -> anyhow::Result<f64> {
    let hasher = crate::security::hashing::Hasher::default();
    let cores = crate::security::cores();
    let hash_all = |n: usize| {
        let tasks: Vec<_> = (0..n)
            .map(|_| {
                let hasher = hasher.clone();
                tokio::spawn(async move {
                    let password = secrecy::SecretString::from("Quartz-0011223344556677-Lynx-7");
                    hasher.hash(&password).await
                })
            })
            .collect();
        async move {
            for task in tasks {
                task.await??;
            }
            anyhow::Ok(())
        }
    };
    // Every worker allocates its memory blocks with its first hash.
    hash_all(cores).await?;
    let hashes = cores * 20;
    let started = Instant::now();
    hash_all(hashes).await?;
    Ok(started.elapsed().as_secs_f64() * 1000.0 * cores as f64 / hashes as f64)
}

/// Captcha pictures one core renders per second.
fn captcha_images_per_sec(time: Duration) -> f64 {
    let started = Instant::now();
    let mut n = 0;
    while started.elapsed() < time || n == 0 {
        let _ = crate::security::captcha::render();
        n += 1;
    }
    n as f64 / started.elapsed().as_secs_f64()
}

/// `--soak N`: the server's memory every 1,000 flows at 8 clients, on the embedded directory.
async fn soak(dir: &Path, plan: &Plan, total: usize) -> anyhow::Result<()> {
    let sink = Sink::start().await?;
    let url = format!("sqlite://{}/soak.db?mode=rwc", dir.display());
    let store = Store::connect(&url).await?;
    let now = crate::clock::Clock::default().now();
    let tenant = seed::tenant(&store, DirectorySettings::default(), now).await?;
    seed::users_into(&store, &tenant.id, plan.users, true, now).await?;
    store.close().await;
    let server = Server::start(&config(dir, &url, false, sink.port), dir).await?;
    let target = FlowTarget {
        base: format!("{}/t/{}", server.origin, seed::SLUG),
        sink,
        users: seed::users(plan.users),
    };
    println!("| flows | flows/s | p99 ms | errors | RSS MB | peak RSS MB |");
    println!("|---|---|---|---|---|---|");
    let step = if plan.flows < 1000 {
        plan.flows.max(8)
    } else {
        1000
    };
    let mut done = 0;
    let mut errors = 0;
    while done < total {
        let stats = load::flows(&target, 8, step).await?;
        done += step;
        errors += stats.errors;
        println!(
            "| {done} | {:.0} | {:.1} | {} | {:.1} | {:.1} |",
            stats.rate(),
            stats.quantile_ms(0.99),
            stats.errors,
            server.memory_mb("VmRSS"),
            server.peak_rss_mb()
        );
    }
    server.stop().await;
    if errors > 0 {
        anyhow::bail!("{errors} flows failed");
    }
    Ok(())
}

mod postgres {
    //! A throwaway database on a PostgreSQL server, dropped after the run.

    use sqlx::{Connection, Executor};

    pub struct Throwaway {
        admin: String,
        name: String,
        pub url: String,
    }

    impl Throwaway {
        pub async fn create(admin: &str) -> anyhow::Result<Throwaway> {
            let name = format!("sspr_bench_{}", uuid::Uuid::new_v4().simple());
            let mut conn = sqlx::PgConnection::connect(admin).await?;
            conn.execute(format!("CREATE DATABASE {name}").as_str())
                .await?;
            let mut url = reqwest::Url::parse(admin)?;
            url.set_path(&name);
            Ok(Throwaway {
                admin: admin.to_string(),
                url: url.to_string(),
                name,
            })
        }

        pub async fn drop_it(self) {
            if let Ok(mut conn) = sqlx::PgConnection::connect(&self.admin).await {
                let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
                let _ = conn.execute(sql.as_str()).await;
            }
        }
    }
}
