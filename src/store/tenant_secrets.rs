//! The directory secrets in tenant rows (bind passwords, webhook secrets) are stored sealed
//! (see `security::sealing`): sealed on every write, opened on every read. A clear value from
//! before sealing is read as it is and sealed at the next start.

use super::Store;
use crate::directory::settings::{ConfigSecret, DirectorySettings};
use crate::security::sealing::{self, SealingKey};
use anyhow::{Context, bail};
use sqlx::Row;
use std::collections::BTreeSet;
use std::sync::Arc;

const NO_KEY: &str = "set secret_key_file in the configuration (or SSPR_SECRET_KEY_FILE): directory passwords and webhook secrets are stored encrypted with that key, which stays outside the database";

/// What the tenant rows hold, read without opening anything.
#[derive(Debug, Default)]
pub struct StoredSecrets {
    /// Secrets stored in clear (from before sealing).
    pub clear: usize,
    /// The keys that sealed the others.
    pub sealed_with: BTreeSet<String>,
}

impl StoredSecrets {
    pub fn any(&self) -> bool {
        self.clear > 0 || !self.sealed_with.is_empty()
    }
}

fn place(tenant_id: &str, field: &str) -> String {
    format!("tenant {tenant_id} directory {field}")
}

impl Store {
    /// The same store, sealing and opening secrets with `key`.
    pub fn with_sealing(mut self, key: Option<SealingKey>) -> Store {
        self.sealing = key.map(Arc::new);
        self
    }

    pub fn sealing_key_id(&self) -> Option<&str> {
        self.sealing.as_deref().map(SealingKey::id)
    }

    /// Opens every sealed secret of a tenant's directory in place.
    pub(super) fn open_secrets(
        &self,
        tenant_id: &str,
        directory: &mut DirectorySettings,
    ) -> anyhow::Result<()> {
        for (field, secret) in directory.secrets_mut() {
            if !sealing::is_sealed(secret.expose()) {
                continue;
            }
            let Some(key) = &self.sealing else {
                bail!("a stored directory secret is encrypted, but no key is set: {NO_KEY}");
            };
            let clear = key.open(secret.expose(), &place(tenant_id, &field))?;
            *secret = ConfigSecret::new(clear);
        }
        Ok(())
    }

    /// A copy of `directory` with every secret sealed, to store.
    pub(super) fn sealed(
        &self,
        tenant_id: &str,
        directory: &DirectorySettings,
    ) -> anyhow::Result<DirectorySettings> {
        let mut copy = directory.clone();
        for (field, secret) in copy.secrets_mut() {
            if secret.is_empty() || sealing::is_sealed(secret.expose()) {
                continue;
            }
            let Some(key) = &self.sealing else {
                bail!("storing a directory password or webhook secret needs a key: {NO_KEY}");
            };
            *secret = ConfigSecret::new(key.seal(secret.expose(), &place(tenant_id, &field))?);
        }
        Ok(copy)
    }

    /// Every tenant's directory as stored (secrets not opened).
    async fn stored_directories(&self) -> anyhow::Result<Vec<(String, DirectorySettings)>> {
        let rows = sqlx::query("SELECT id, directory FROM tenants ORDER BY id")
            .fetch_all(&mut *self.writer.acquire().await?)
            .await?;
        rows.iter()
            .map(|row| {
                let json: String = row.try_get("directory")?;
                let directory =
                    serde_json::from_str(&json).context("decoding a stored tenant directory")?;
                Ok((row.try_get("id")?, directory))
            })
            .collect()
    }

    /// Which secrets the tenant rows hold, clear or sealed (and with which keys).
    pub async fn stored_secrets(&self) -> anyhow::Result<StoredSecrets> {
        let mut found = StoredSecrets::default();
        for (_, mut directory) in self.stored_directories().await? {
            for (_, secret) in directory.secrets_mut() {
                match sealing::sealed_with(secret.expose()) {
                    Some(id) => {
                        found.sealed_with.insert(id.to_string());
                    }
                    None if !secret.is_empty() => found.clear += 1,
                    None => {}
                }
            }
        }
        found.sealed_with.extend(self.admin_mfa_key_ids().await?);
        Ok(found)
    }

    /// Seals the secrets still stored in clear; returns how many.
    pub async fn seal_clear_secrets(&self) -> anyhow::Result<usize> {
        let mut sealed = 0;
        for (id, directory) in self.stored_directories().await? {
            let mut copy = directory.clone();
            let clear = copy
                .secrets_mut()
                .iter()
                .filter(|(_, s)| !s.is_empty() && !sealing::is_sealed(s.expose()))
                .count();
            if clear == 0 {
                continue;
            }
            sqlx::query("UPDATE tenants SET directory = $1 WHERE id = $2")
                .bind(serde_json::to_string(&self.sealed(&id, &directory)?)?)
                .bind(&id)
                .execute(&mut *self.writer.acquire().await?)
                .await?;
            sealed += clear;
        }
        self.tenant_cache.clear();
        Ok(sealed)
    }

    /// Opens every stored secret with this store's key and seals it again with `new`, all in
    /// one transaction. Returns how many secrets were sealed again.
    pub async fn reseal_secrets(&self, new: SealingKey) -> anyhow::Result<usize> {
        let stored = self.stored_directories().await?;
        let mut tx = self.writer.begin().await?;
        let mut count = self.reseal_admin_mfa(&mut tx, &new).await?;
        let resealer = self.clone().with_sealing(Some(new));
        for (id, mut directory) in stored {
            self.open_secrets(&id, &mut directory)?;
            count += directory
                .secrets_mut()
                .iter()
                .filter(|(_, s)| !s.is_empty())
                .count();
            let sealed = resealer.sealed(&id, &directory)?;
            sqlx::query("UPDATE tenants SET directory = $1 WHERE id = $2")
                .bind(serde_json::to_string(&sealed)?)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        self.tenant_cache.clear();
        Ok(count)
    }
}
