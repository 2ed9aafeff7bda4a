//! Where reads go. On SQLite, a fixed set of reader connections the store holds itself, handed
//! out behind a semaphore: a sqlx pool pings every connection it gets back, one more round trip
//! to the connection's thread after every read. On PostgreSQL, the pool.

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::{Mutex, OwnedMutexGuard, OwnedSemaphorePermit, Semaphore};

/// The reader connections, and a permit for each.
pub struct Held {
    conns: Vec<Arc<Mutex<AnyConnection>>>,
    permits: Arc<Semaphore>,
    /// Where the next search for a free connection starts.
    next: AtomicUsize,
}

/// Where the store reads.
#[derive(Clone)]
pub enum Readers {
    Held(Arc<Held>),
    Pool(AnyPool),
}

impl std::fmt::Debug for Readers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Readers::Held(_) => "Readers::Held",
            Readers::Pool(_) => "Readers::Pool",
        })
    }
}

/// A connection to read on, free again when dropped.
pub enum ReadConn {
    /// The guard is dropped before the permit (fields drop in order), so whoever holds a
    /// permit finds a connection unlocked.
    Held {
        conn: OwnedMutexGuard<AnyConnection>,
        _permit: OwnedSemaphorePermit,
    },
    Pooled(PoolConnection<Any>),
}

impl Readers {
    /// Holds `conns` (at least one) as the readers.
    pub fn held(conns: Vec<AnyConnection>) -> Readers {
        let permits = Arc::new(Semaphore::new(conns.len()));
        Readers::Held(Arc::new(Held {
            conns: conns.into_iter().map(|c| Arc::new(Mutex::new(c))).collect(),
            permits,
            next: AtomicUsize::new(0),
        }))
    }

    /// A free reader, once there is one (first come, first served).
    pub async fn acquire(&self) -> Result<ReadConn, sqlx::Error> {
        match self {
            Readers::Held(held) => {
                let permit = held
                    .permits
                    .clone()
                    .acquire_owned()
                    .await
                    .map_err(|_| sqlx::Error::PoolClosed)?;
                let n = held.conns.len();
                if n == 0 {
                    return Err(sqlx::Error::PoolClosed);
                }
                let start = held.next.fetch_add(1, Ordering::Relaxed);
                let free =
                    (0..n).find_map(|i| held.conns[(start + i) % n].clone().try_lock_owned().ok());
                let conn = match free {
                    Some(conn) => conn,
                    // Not expected with a permit in hand; waiting is still correct.
                    None => held.conns[start % n].clone().lock_owned().await,
                };
                Ok(ReadConn::Held {
                    conn,
                    _permit: permit,
                })
            }
            Readers::Pool(pool) => Ok(ReadConn::Pooled(pool.acquire().await?)),
        }
    }

    /// Closes the pool's connections; held ones close when the last store goes.
    pub async fn close(&self) {
        if let Readers::Pool(pool) = self {
            pool.close().await;
        }
    }
}

impl Deref for ReadConn {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            ReadConn::Held { conn, .. } => conn,
            ReadConn::Pooled(conn) => conn,
        }
    }
}

impl DerefMut for ReadConn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            ReadConn::Held { conn, .. } => conn,
            ReadConn::Pooled(conn) => conn,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use sqlx::Row;

    #[tokio::test]
    async fn more_reads_at_once_than_connections_all_get_their_answer() {
        let dir = std::env::temp_dir().join(format!("sspr-readers-{}", uuid::Uuid::new_v4()));
        let url = format!("sqlite://{}?mode=rwc", dir.join("db.sqlite").display());
        let store = Store::connect(&url).await.unwrap();
        let reads = (0..40i64).map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let row = sqlx::query("SELECT $1 + 1 AS n")
                    .bind(i)
                    .fetch_one(&mut *store.readers.acquire().await.unwrap())
                    .await
                    .unwrap();
                row.try_get::<i64, _>("n").unwrap()
            })
        });
        let mut answers = Vec::new();
        for read in reads.collect::<Vec<_>>() {
            answers.push(read.await.unwrap());
        }
        assert_eq!(answers, (1..=40).collect::<Vec<i64>>());
        let _ = std::fs::remove_dir_all(dir);
    }
}
