//! tower-sessions' `SessionStore` over our `Store`: the browser holds the session ID, the
//! database only its SHA-256, the data (JSON) and the expiry.
//!
//! A record is written only when tower-sessions says the session changed. `save` updates a row
//! that exists and never brings back one that was deleted (signed out or rotated) meanwhile.

use super::Store;
use crate::clock::Clock;
use crate::security::sha256_hex;
use async_trait::async_trait;
use sqlx::Row;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

/// The session records of every tenant, in the portal's database.
#[derive(Clone, Debug)]
pub struct SessionRecords {
    store: Store,
    clock: Clock,
}

impl SessionRecords {
    pub fn new(store: Store, clock: Clock) -> SessionRecords {
        SessionRecords { store, clock }
    }
}

fn id_hash(id: &Id) -> String {
    sha256_hex(&id.0.to_le_bytes())
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

fn encode(record: &Record) -> Result<String> {
    serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))
}

#[async_trait]
impl SessionStore for SessionRecords {
    async fn create(&self, record: &mut Record) -> Result<()> {
        let data = encode(record)?;
        // A 128-bit random ID colliding is not expected; if it ever does, draw another.
        for _ in 0..4 {
            let done = sqlx::query(
                "INSERT INTO web_sessions (id_hash, data, expires_at) VALUES ($1, $2, $3)
                 ON CONFLICT (id_hash) DO NOTHING",
            )
            .bind(id_hash(&record.id))
            .bind(&data)
            .bind(record.expiry_date.unix_timestamp())
            .execute(&mut *self.store.writer.acquire().await.map_err(backend)?)
            .await
            .map_err(backend)?;
            if done.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
        Err(Error::Backend("no free session ID".into()))
    }

    async fn save(&self, record: &Record) -> Result<()> {
        sqlx::query("UPDATE web_sessions SET data = $2, expires_at = $3 WHERE id_hash = $1")
            .bind(id_hash(&record.id))
            .bind(encode(record)?)
            .bind(record.expiry_date.unix_timestamp())
            .execute(&mut *self.store.writer.acquire().await.map_err(backend)?)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let row = sqlx::query(
            "SELECT data, expires_at FROM web_sessions WHERE id_hash = $1 AND expires_at > $2",
        )
        .bind(id_hash(id))
        .bind(self.clock.now())
        .fetch_optional(&mut *self.store.readers.acquire().await.map_err(backend)?)
        .await
        .map_err(backend)?;
        let Some(row) = row else {
            return Ok(None);
        };
        let data: String = row.try_get("data").map_err(backend)?;
        let expires_at: i64 = row.try_get("expires_at").map_err(backend)?;
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(expires_at)
                .map_err(|e| Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        sqlx::query("DELETE FROM web_sessions WHERE id_hash = $1")
            .bind(id_hash(id))
            .execute(&mut *self.store.writer.acquire().await.map_err(backend)?)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

impl Store {
    /// How many session records exist (live or not yet purged); for tests and the benchmark.
    pub async fn session_count(&self) -> anyhow::Result<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM web_sessions")
            .fetch_one(&mut *self.readers.acquire().await?)
            .await?;
        Ok(row.try_get("n")?)
    }
}
