//! Tenant changes reach every instance at once: on PostgreSQL a save sends `NOTIFY` on a
//! channel each instance listens on, and a notice empties that instance's tenant copy, so an
//! admin's change applies to the next request wherever it lands. If the listening connection
//! drops, the copy is emptied too (a notice may have been missed) and the listener reconnects.
//! On SQLite (one instance per file) the local copy is emptied by the save itself.

use super::{Backend, Store};
use std::time::Duration;

/// The channel tenant changes are announced on.
const CHANNEL: &str = "sspr_tenants";

impl Store {
    /// After a tenant write: this instance's copy is emptied, and the others are told.
    pub(super) async fn tenants_changed(&self) -> anyhow::Result<()> {
        self.tenant_cache.clear();
        if self.backend == Backend::Postgres {
            sqlx::query(&format!("NOTIFY {CHANNEL}"))
                .execute(&mut *self.writer.acquire().await?)
                .await?;
        }
        Ok(())
    }
}

/// Listens for other instances' tenant changes (PostgreSQL only), for as long as the runtime.
pub fn spawn(store: Store, database_url: String) {
    if store.backend != Backend::Postgres {
        return;
    }
    tokio::spawn(async move {
        loop {
            if let Err(e) = listen(&store, &database_url).await {
                tracing::warn!(error = %format!("{e:#}"), "listening for tenant changes failed; retrying");
            }
            store.tenant_cache.clear();
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
}

async fn listen(store: &Store, url: &str) -> anyhow::Result<()> {
    let mut listener = sqlx::postgres::PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    // Changes made while the listener was away.
    store.tenant_cache.clear();
    loop {
        // `None`: the connection dropped and will be made again; a notice may be lost.
        let _notice = listener.try_recv().await?;
        store.tenant_cache.clear();
    }
}
