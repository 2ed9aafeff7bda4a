//! The database: one set of portable SQL queries over SQLite (default) or PostgreSQL.
//!
//! Queries use `$N` placeholders, TEXT ids and BIGINT unix seconds / 0-1 flags, so the same
//! statement runs on both backends through `sqlx::AnyPool`; each backend has its own migrations.

pub mod audit;
pub mod cleanup;
pub mod codes;
pub mod nonces;
pub mod outbox;
pub mod registrations;
pub mod sessions;
pub mod tenant_cache;
pub mod tenants;
pub mod throttles;

use anyhow::Context;
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Row};

/// Which database the pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pub pool: AnyPool,
    pub backend: Backend,
    tenant_cache: tenant_cache::TenantCache,
}

impl Store {
    /// Connects and runs the backend's migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            anyhow::bail!("unsupported database URL: use sqlite://… or postgres://…");
        };
        if backend == Backend::Sqlite {
            create_sqlite_parent_dir(url)?;
        }
        let options = match backend {
            // WAL lets readers go on while one connection writes; NORMAL syncs at checkpoints
            // (durable against a crashed process, not a lost power supply mid-checkpoint).
            Backend::Sqlite => AnyPoolOptions::new()
                .max_connections(8)
                .after_connect(|conn, _| Box::pin(async move { tune_sqlite(conn).await })),
            Backend::Postgres => AnyPoolOptions::new().max_connections(16),
        };
        let pool = options
            .connect(url)
            .await
            .context("connecting to the database")?;
        let store = Store {
            pool,
            backend,
            tenant_cache: tenant_cache::TenantCache::default(),
        };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await,
            Backend::Postgres => sqlx::migrate!("migrations/postgres").run(&self.pool).await,
        }
        .context("running database migrations")
    }

    /// The server's HMAC key (codes, decoys), created once and shared by every instance.
    pub async fn server_key(&self) -> anyhow::Result<Vec<u8>> {
        use base64::Engine;
        let engine = base64::engine::general_purpose::STANDARD;
        let fresh = engine.encode(crate::security::random_bytes::<32>());
        sqlx::query("INSERT INTO settings (name, value) VALUES ('hmac_key', $1) ON CONFLICT (name) DO NOTHING")
            .bind(&fresh)
            .execute(&self.pool)
            .await?;
        let row = sqlx::query("SELECT value FROM settings WHERE name = 'hmac_key'")
            .fetch_one(&self.pool)
            .await?;
        let value: String = row.try_get("value")?;
        engine.decode(value).context("decoding the stored hmac key")
    }
}

/// Server settings for each SQLite connection.
async fn tune_sqlite(conn: &mut sqlx::AnyConnection) -> Result<(), sqlx::Error> {
    use sqlx::Executor;
    conn.execute(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
         PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
    )
    .await?;
    Ok(())
}

impl Store {
    /// How many rows each table holds (tests and the benchmark check what a request wrote).
    pub async fn table_rows(&self) -> anyhow::Result<std::collections::BTreeMap<String, i64>> {
        let list = match self.backend {
            Backend::Sqlite => {
                "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            }
            Backend::Postgres => {
                "SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = current_schema()"
            }
        };
        let mut rows = std::collections::BTreeMap::new();
        for table in sqlx::query(list).fetch_all(&self.pool).await? {
            let name: String = table.try_get("t")?;
            let count = sqlx::query(&format!("SELECT COUNT(*) AS n FROM \"{name}\""))
                .fetch_one(&self.pool)
                .await?;
            rows.insert(name, count.try_get::<i64, _>("n")?);
        }
        Ok(rows)
    }
}

fn create_sqlite_parent_dir(url: &str) -> anyhow::Result<()> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating the data directory {}", parent.display()))?;
    }
    Ok(())
}

/// Reads a 0/1 BIGINT column as a bool.
pub(crate) fn flag(row: &sqlx::any::AnyRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}
