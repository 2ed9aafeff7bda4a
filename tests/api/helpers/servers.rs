//! Real servers the tests need beyond the app itself (PostgreSQL here; the directories later).
//!
//! A server that isn't there is skipped with a loud line, so `cargo test` works on a bare
//! machine; `.ci/run` sets `SSPR_TEST_REQUIRE_SERVERS=1`, and then a missing server fails the test.

use sqlx::Connection;

/// Whether missing servers fail tests (CI) instead of skipping them.
pub fn servers_required() -> bool {
    std::env::var("SSPR_TEST_REQUIRE_SERVERS").is_ok_and(|v| v == "1")
}

/// Skips (returns None) or fails, as `servers_required` says.
pub fn unavailable<T>(what: &str, why: &str) -> Option<T> {
    if servers_required() {
        panic!("{what} is required (SSPR_TEST_REQUIRE_SERVERS=1) but unavailable: {why}");
    }
    eprintln!("SKIPPED: {what} unavailable ({why}); .ci/run starts it");
    None
}

/// A database of its own on the test PostgreSQL server, dropped with the test app.
pub struct PgDatabase {
    admin_url: String,
    name: String,
    pub url: String,
}

/// The server from `SSPR_TEST_POSTGRES_URL` (default: this machine's trust-auth server).
fn admin_url() -> String {
    std::env::var("SSPR_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

/// The PostgreSQL server's URL if it answers; None (skipped) or a failure, as `unavailable` says.
pub async fn postgres_url_if_up() -> Option<String> {
    let url = admin_url();
    match sqlx::PgConnection::connect(&url).await {
        Ok(_) => Some(url),
        Err(e) => unavailable("PostgreSQL", &format!("{url}: {e}")),
    }
}

impl PgDatabase {
    /// Creates an empty database, or None when there is no server (and it isn't required).
    pub async fn create() -> Option<PgDatabase> {
        let admin_url = admin_url();
        let mut admin = match sqlx::PgConnection::connect(&admin_url).await {
            Ok(c) => c,
            Err(e) => return unavailable("PostgreSQL", &format!("{admin_url}: {e}")),
        };
        let name = format!("sspr_t_{}", uuid::Uuid::new_v4().simple());
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("creating a test database");
        let mut url = reqwest::Url::parse(&admin_url).expect("a postgres URL");
        url.set_path(&name);
        Some(PgDatabase {
            admin_url,
            name,
            url: url.to_string(),
        })
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs inside the test's runtime: a thread of its own may block on a new one.
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await {
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    let _ = sqlx::query(&sql).execute(&mut admin).await;
                }
            });
        });
        let _ = dropped.join();
    }
}
