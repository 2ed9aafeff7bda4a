//! Logos uploaded in the console: PNG bytes named by a hash of themselves, so their URL can be
//! cached for a year and changes whenever the logo does.

use super::Store;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sqlx::Row;

/// How long a logo shown in a preview, and never saved, is kept.
const UNSAVED_SECS: i64 = 24 * 3600;

impl Store {
    /// Keeps a logo; saving it again is harmless. Drops the tenant's logos that were only
    /// previewed a day ago and are not `current`.
    pub async fn put_logo(
        &self,
        tenant_id: &str,
        hash: &str,
        png: &[u8],
        current: Option<&str>,
        now: i64,
    ) -> anyhow::Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "DELETE FROM tenant_logos WHERE tenant_id = $1 AND hash <> $2 AND created_at < $3",
        )
        .bind(tenant_id)
        .bind(current.unwrap_or(""))
        .bind(now - UNSAVED_SECS)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO tenant_logos (tenant_id, hash, png, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (tenant_id, hash) DO NOTHING",
        )
        .bind(tenant_id)
        .bind(hash)
        .bind(STANDARD.encode(png))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A logo's PNG bytes, if the tenant has one of that hash.
    pub async fn logo(&self, tenant_id: &str, hash: &str) -> anyhow::Result<Option<Vec<u8>>> {
        let row = sqlx::query("SELECT png FROM tenant_logos WHERE tenant_id = $1 AND hash = $2")
            .bind(tenant_id)
            .bind(hash)
            .fetch_optional(&mut *self.readers.acquire().await?)
            .await?;
        match row {
            Some(row) => Ok(Some(STANDARD.decode(row.try_get::<String, _>("png")?)?)),
            None => Ok(None),
        }
    }

    /// Drops the tenant's logos other than `keep` (after a save).
    pub async fn drop_other_logos(
        &self,
        tenant_id: &str,
        keep: Option<&str>,
    ) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM tenant_logos WHERE tenant_id = $1 AND hash <> $2")
            .bind(tenant_id)
            .bind(keep.unwrap_or(""))
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(())
    }
}
