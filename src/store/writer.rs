//! Where writes go. On SQLite, the one writer connection, held by the store itself rather than
//! by a pool: a sqlx pool pings every connection it gets back, which on SQLite is one more round
//! trip to the connection's thread after every statement, on the connection every write queues
//! for. On PostgreSQL, the pool.
//!
//! A transaction on the held connection is plain `BEGIN … COMMIT`. One dropped before its end
//! (a cancelled request) leaves the connection marked, and the next user rolls it back first,
//! so no write ever joins another request's unfinished transaction.

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Executor};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use tokio::sync::{Mutex, OwnedMutexGuard};

/// The writer connection and whether a transaction on it was left open.
pub struct Held {
    conn: AnyConnection,
    open_transaction: bool,
}

/// Where the store writes.
#[derive(Clone)]
pub enum Writer {
    Held(Arc<Mutex<Held>>),
    Pool(AnyPool),
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Writer::Held(_) => "Writer::Held",
            Writer::Pool(_) => "Writer::Pool",
        })
    }
}

/// A connection to write on, for one statement or a few.
pub enum WriteConn {
    Held(OwnedMutexGuard<Held>),
    Pooled(PoolConnection<Any>),
}

/// A write transaction: commit it, or it is rolled back.
pub enum WriteTx {
    Held(OwnedMutexGuard<Held>),
    Pooled(sqlx::Transaction<'static, Any>),
}

impl Writer {
    /// Holds `conn` as the only writer.
    pub fn held(conn: AnyConnection) -> Writer {
        Writer::Held(Arc::new(Mutex::new(Held {
            conn,
            open_transaction: false,
        })))
    }

    /// The writer connection, once it is free (and clean).
    pub async fn acquire(&self) -> Result<WriteConn, sqlx::Error> {
        match self {
            Writer::Held(held) => Ok(WriteConn::Held(clean(held).await?)),
            Writer::Pool(pool) => Ok(WriteConn::Pooled(pool.acquire().await?)),
        }
    }

    pub async fn begin(&self) -> Result<WriteTx, sqlx::Error> {
        self.begin_with("BEGIN").await
    }

    /// A transaction opened with `statement` (`BEGIN IMMEDIATE` on SQLite, say; on PostgreSQL
    /// it may go on with more statements, sent in the same trip).
    pub async fn begin_with(
        &self,
        statement: impl Into<std::borrow::Cow<'static, str>>,
    ) -> Result<WriteTx, sqlx::Error> {
        let statement = statement.into();
        match self {
            Writer::Held(held) => {
                let mut guard = clean(held).await?;
                guard.conn.execute(&*statement).await?;
                guard.open_transaction = true;
                Ok(WriteTx::Held(guard))
            }
            Writer::Pool(pool) if statement == "BEGIN" => Ok(WriteTx::Pooled(pool.begin().await?)),
            Writer::Pool(pool) => Ok(WriteTx::Pooled(pool.begin_with(statement).await?)),
        }
    }

    /// Closes the pool's connections; a held connection closes when the last store goes.
    pub async fn close(&self) {
        if let Writer::Pool(pool) = self {
            pool.close().await;
        }
    }
}

/// The held connection, with a transaction a dropped user left open rolled back.
async fn clean(held: &Arc<Mutex<Held>>) -> Result<OwnedMutexGuard<Held>, sqlx::Error> {
    let mut guard = held.clone().lock_owned().await;
    if guard.open_transaction {
        guard.conn.execute("ROLLBACK").await?;
        guard.open_transaction = false;
    }
    Ok(guard)
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            WriteTx::Held(mut guard) => {
                guard.conn.execute("COMMIT").await?;
                guard.open_transaction = false;
                Ok(())
            }
            WriteTx::Pooled(tx) => tx.commit().await,
        }
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            WriteTx::Held(mut guard) => {
                guard.conn.execute("ROLLBACK").await?;
                guard.open_transaction = false;
                Ok(())
            }
            WriteTx::Pooled(tx) => tx.rollback().await,
        }
    }
}

impl Deref for WriteConn {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            WriteConn::Held(guard) => &guard.conn,
            WriteConn::Pooled(conn) => conn,
        }
    }
}

impl DerefMut for WriteConn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            WriteConn::Held(guard) => &mut guard.conn,
            WriteConn::Pooled(conn) => conn,
        }
    }
}

impl Deref for WriteTx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            WriteTx::Held(guard) => &guard.conn,
            WriteTx::Pooled(tx) => tx,
        }
    }
}

impl DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            WriteTx::Held(guard) => &mut guard.conn,
            WriteTx::Pooled(tx) => tx,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use sqlx::Row;

    async fn setting(store: &Store, name: &str) -> Option<String> {
        sqlx::query("SELECT value FROM settings WHERE name = $1")
            .bind(name)
            .fetch_optional(&mut *store.readers.acquire().await.unwrap())
            .await
            .unwrap()
            .map(|row| row.try_get("value").unwrap())
    }

    #[tokio::test]
    async fn a_transaction_dropped_unfinished_is_rolled_back_before_the_next_write() {
        let dir = std::env::temp_dir().join(format!("sspr-writer-{}", uuid::Uuid::new_v4()));
        let url = format!("sqlite://{}?mode=rwc", dir.join("db.sqlite").display());
        let store = Store::connect(&url).await.unwrap();
        {
            let mut tx = store.writer.begin().await.unwrap();
            sqlx::query("INSERT INTO settings (name, value) VALUES ('left', 'open')")
                .execute(&mut *tx)
                .await
                .unwrap();
            // Dropped here, as a cancelled request drops it.
        }
        sqlx::query("INSERT INTO settings (name, value) VALUES ('next', 'write')")
            .execute(&mut *store.writer.acquire().await.unwrap())
            .await
            .unwrap();
        assert_eq!(setting(&store, "left").await, None);
        // The next write stands on its own: committed, not part of the dropped transaction.
        assert_eq!(setting(&store, "next").await.as_deref(), Some("write"));

        let mut tx = store.writer.begin_with("BEGIN IMMEDIATE").await.unwrap();
        sqlx::query("INSERT INTO settings (name, value) VALUES ('kept', 'yes')")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(setting(&store, "kept").await.as_deref(), Some("yes"));
        store.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }
}
