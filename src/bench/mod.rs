//! `sspr bench`: the shipped load benchmark. It starts this binary's release build as a child
//! process on loopback with an in-process SMTP sink, seeds users, drives page views and full
//! resets, and prints one table with the server's peak memory from `/proc`.

mod agent;
mod audit;
pub mod load;
mod seed;
mod server;
mod slapd;
mod smtp;
mod table;

use crate::directory::settings::DirectorySettings;
use crate::store::Store;
use load::FlowTarget;
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
    /// Instead of the table: the audit log's pages, export and reports over this many audit
    /// rows (with `--postgres`, on PostgreSQL too).
    #[arg(long)]
    pub audit_rows: Option<i64>,
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
    let result = match (args.soak, args.audit_rows) {
        (Some(n), _) => soak(&dir, &plan, n).await,
        (None, Some(rows)) => audit::run(&dir, rows, args.postgres.as_deref()).await,
        (None, None) => table::table(&dir, &plan, &args).await,
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// `sspr serve`'s configuration for a run.
fn config(dir: &Path, database_url: &str, captcha: bool, smtp_port: u16) -> String {
    format!(
        "listen = \"127.0.0.1:0\"\ndata_dir = {data:?}\ndatabase_url = {database_url:?}\ncaptcha = {captcha}\n\
         secret_key_file = {key:?}\n\
         default_tenant = \"{slug}\"\n\n[smtp]\nhost = \"127.0.0.1\"\nport = {smtp_port}\nsecurity = \"none\"\n\
         from_address = \"no-reply@bench.example\"\n",
        data = PathBuf::from(dir).display().to_string(),
        key = key_path(dir).display().to_string(),
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

fn key_path(dir: &Path) -> PathBuf {
    dir.join("secret.key")
}

/// The database the portal under test will use, opened with the same secret key file.
async fn bench_store(dir: &Path, url: &str) -> anyhow::Result<Store> {
    let path = key_path(dir);
    let key = if path.exists() {
        crate::security::sealing::SealingKey::read(&path)?
    } else {
        crate::security::sealing::SealingKey::create(&path)?
    };
    Ok(Store::connect(url).await?.with_sealing(Some(key)))
}

/// `--soak N`: the server's memory every 1,000 flows at 8 clients, on the embedded directory.
async fn soak(dir: &Path, plan: &Plan, total: usize) -> anyhow::Result<()> {
    let sink = Sink::start().await?;
    let url = format!("sqlite://{}/soak.db?mode=rwc", dir.display());
    let store = bench_store(dir, &url).await?;
    let now = crate::clock::Clock::default().now();
    let tenant = seed::tenant(&store, DirectorySettings::default(), now).await?;
    seed::users_into(&store, &tenant.id, plan.users, true, now).await?;
    store.close().await;
    let server = Server::start(&config(dir, &url, false, sink.port), dir).await?;
    let target = FlowTarget {
        base: format!("{}/t/{}", server.origin, seed::SLUG),
        sink,
        users: std::sync::Arc::new(seed::users(plan.users)),
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
