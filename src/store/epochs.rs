//! Password epochs: a counter per user raised by every password write, so sessions signed in
//! before it can be told apart and signed out.

use super::Store;
use sqlx::Row;

impl Store {
    /// The user's current epoch (0 before any password write through the portal).
    pub async fn password_epoch(&self, tenant_id: &str, login_key: &str) -> anyhow::Result<i64> {
        let row = sqlx::query(
            "SELECT epoch FROM password_epochs WHERE tenant_id = $1 AND login_key = $2",
        )
        .bind(tenant_id)
        .bind(login_key)
        .fetch_optional(&mut *self.readers.acquire().await?)
        .await?;
        Ok(match row {
            Some(row) => row.try_get("epoch")?,
            None => 0,
        })
    }

    /// Raises the user's epoch after a password write; returns the new one.
    pub async fn raise_password_epoch(
        &self,
        tenant_id: &str,
        login_key: &str,
    ) -> anyhow::Result<i64> {
        let row = sqlx::query(
            "INSERT INTO password_epochs (tenant_id, login_key, epoch) VALUES ($1, $2, 1)
             ON CONFLICT (tenant_id, login_key) DO UPDATE SET epoch = password_epochs.epoch + 1
             RETURNING epoch",
        )
        .bind(tenant_id)
        .bind(login_key)
        .fetch_one(&mut *self.writer.acquire().await?)
        .await?;
        Ok(row.try_get("epoch")?)
    }
}
