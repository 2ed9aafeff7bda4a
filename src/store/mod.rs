//! The database: one set of portable SQL queries over SQLite (default) or PostgreSQL.
//!
//! Queries use `$N` placeholders, TEXT ids and BIGINT unix seconds / 0-1 flags, so the same
//! statement runs on both backends through `sqlx::AnyPool`; each backend has its own migrations.

pub mod admin_mfa;
pub mod agent_jobs;
pub mod agents;
pub mod api_tokens;
pub mod audit;
pub mod audit_query;
pub mod cleanup;
pub mod codes;
pub mod epochs;
pub mod logos;
pub mod nonces;
pub mod outbox;
pub mod readers;
pub mod registrations;
pub mod reports;
pub mod sessions;
pub mod tenant_cache;
pub mod tenant_secrets;
pub mod tenant_watch;
pub mod tenants;
pub mod throttles;
pub mod writer;

use anyhow::Context;
use sqlx::Row;
use sqlx::any::AnyPoolOptions;

/// Which database the pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A query on either backend, to bind arguments to in one place.
pub(crate) type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    /// For reads.
    pub readers: readers::Readers,
    /// For writes. On SQLite one held connection, so writes queue here, in order, instead of
    /// meeting in SQLite's lock, whose busy handler sleeps 1, 2, 5, 10… ms; readers (WAL) never
    /// wait for it. On PostgreSQL the same pool as `pool`.
    pub writer: writer::Writer,
    pub backend: Backend,
    tenant_cache: tenant_cache::TenantCache,
    /// Seals and opens the directory secrets stored in tenants (None: no key file set).
    sealing: Option<std::sync::Arc<crate::security::sealing::SealingKey>>,
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
        let connect = |options: AnyPoolOptions| async move {
            options
                .connect(url)
                .await
                .context("connecting to the database")
        };
        let (readers, writer) = match backend {
            Backend::Sqlite => {
                prepare_sqlite_file(url)?;
                // The connections are the store's own, not a pool's (see `writer` and
                // `readers`). The writer first: it creates the file and switches it to WAL. It
                // keeps SQLite's default page cache (2 MiB); a reader's cache is emptied
                // whenever the writer commits, so a larger one would only hold memory.
                let writer = writer::Writer::held(sqlite_connection(url, 2048).await?);
                let mut readers = Vec::new();
                for _ in 0..8 {
                    readers.push(sqlite_connection(url, 256).await?);
                }
                (readers::Readers::held(readers), writer)
            }
            Backend::Postgres => {
                // A connection is tested before use only after a second idle: one in steady
                // use was just pinged when it came back to the pool (sqlx does that on every
                // release), and a ping is a round trip to the server.
                let pool = connect(
                    AnyPoolOptions::new()
                        .max_connections(16)
                        .test_before_acquire(false)
                        .before_acquire(|conn, meta| {
                            Box::pin(async move {
                                if meta.idle_for > std::time::Duration::from_secs(1) {
                                    sqlx::Connection::ping(conn).await?;
                                }
                                Ok(true)
                            })
                        }),
                )
                .await?;
                (
                    readers::Readers::Pool(pool.clone()),
                    writer::Writer::Pool(pool),
                )
            }
        };
        let store = Store {
            readers,
            writer,
            backend,
            tenant_cache: tenant_cache::TenantCache::default(),
            sealing: None,
        };
        store.migrate().await?;
        Ok(store)
    }

    /// Closes every connection (after a CLI command or a benchmark run).
    pub async fn close(&self) {
        self.writer.close().await;
        self.readers.close().await;
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("migrations/sqlite")
                    .run(&mut *self.writer.acquire().await?)
                    .await
            }
            Backend::Postgres => {
                sqlx::migrate!("migrations/postgres")
                    .run(&mut *self.writer.acquire().await?)
                    .await
            }
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
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        let row = sqlx::query("SELECT value FROM settings WHERE name = 'hmac_key'")
            .fetch_one(&mut *self.readers.acquire().await?)
            .await?;
        let value: String = row.try_get("value")?;
        engine.decode(value).context("decoding the stored hmac key")
    }
}

/// A SQLite connection with the server settings: WAL lets readers go on while one connection
/// writes; NORMAL syncs at checkpoints (durable against a crashed process, not a lost power
/// supply mid-checkpoint).
async fn sqlite_connection(url: &str, cache_kib: i64) -> anyhow::Result<sqlx::AnyConnection> {
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(url)
        .await
        .context("connecting to the database")?;
    tune_sqlite(&mut conn, cache_kib).await?;
    Ok(conn)
}

/// Server settings for each SQLite connection.
async fn tune_sqlite(conn: &mut sqlx::AnyConnection, cache_kib: i64) -> Result<(), sqlx::Error> {
    use sqlx::Executor;
    let pragmas = format!(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
         PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -{cache_kib};"
    );
    conn.execute(pragmas.as_str()).await?;
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
        // Read first, so the connection is free again before each count takes one.
        let tables = sqlx::query(list)
            .fetch_all(&mut *self.readers.acquire().await?)
            .await?;
        for table in tables {
            let name: String = table.try_get("t")?;
            let count = sqlx::query(&format!("SELECT COUNT(*) AS n FROM \"{name}\""))
                .fetch_one(&mut *self.readers.acquire().await?)
                .await?;
            rows.insert(name, count.try_get::<i64, _>("n")?);
        }
        Ok(rows)
    }
}

/// Refuses an in-memory or file-less URL (each connection would get a database of its own) and
/// creates the file's folder.
fn prepare_sqlite_file(url: &str) -> anyhow::Result<()> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    if url.contains(":memory:") || url.contains("mode=memory") {
        anyhow::bail!(
            "an in-memory SQLite database can't be shared by the portal's connections: give a file, sqlite://PATH?mode=rwc"
        );
    }
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() {
        anyhow::bail!("the SQLite URL names no file: use sqlite://PATH?mode=rwc");
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

#[cfg(test)]
mod tests {
    use super::Store;

    #[tokio::test]
    async fn an_in_memory_sqlite_database_is_refused_with_a_reason() {
        for url in ["sqlite::memory:", "sqlite://x.db?mode=memory", "sqlite://"] {
            let err = Store::connect(url).await.unwrap_err().to_string();
            assert!(err.contains("sqlite://PATH?mode=rwc"), "{url}: {err}");
        }
    }
}
