//! Admins' authenticator-app secrets: sealed with the secret key (never stored or logged in
//! clear), confirmed by a first code, and each code accepted once (the step of the last one
//! is kept, and only a later step is taken, in one statement).

use super::Store;
use anyhow::bail;
use sqlx::Row;

/// An admin's authenticator, as stored.
pub struct AdminMfa {
    pub secret: Vec<u8>,
    pub enrolled: bool,
}

fn place(tenant_id: &str, login_key: &str) -> String {
    format!("tenant {tenant_id} admin {login_key} authenticator")
}

impl Store {
    /// The admin's authenticator (opened), if one was started.
    pub async fn admin_mfa(
        &self,
        tenant_id: &str,
        login_key: &str,
    ) -> anyhow::Result<Option<AdminMfa>> {
        let row = sqlx::query(
            "SELECT secret, enrolled_at FROM admin_mfa WHERE tenant_id = $1 AND login_key = $2",
        )
        .bind(tenant_id)
        .bind(login_key)
        .fetch_optional(&mut *self.readers.acquire().await?)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let sealed: String = row.try_get("secret")?;
        let Some(key) = &self.sealing else {
            bail!("an admin's authenticator is stored encrypted, but no secret key is set");
        };
        let text = key.open(&sealed, &place(tenant_id, login_key))?;
        let secret = data_encoding::BASE32_NOPAD.decode(text.as_bytes())?;
        let enrolled: Option<i64> = row.try_get("enrolled_at")?;
        Ok(Some(AdminMfa {
            secret,
            enrolled: enrolled.is_some(),
        }))
    }

    /// Stores a new secret for an admin who hasn't confirmed one (replacing an unconfirmed
    /// one); an enrolled authenticator is never replaced here.
    pub async fn start_admin_enrolment(
        &self,
        tenant_id: &str,
        login_key: &str,
        secret: &[u8],
    ) -> anyhow::Result<()> {
        let Some(key) = &self.sealing else {
            bail!(
                "admin sign-in needs the secret key file to keep authenticator secrets encrypted: set secret_key_file (or SSPR_SECRET_KEY_FILE)"
            );
        };
        let text = data_encoding::BASE32_NOPAD.encode(secret);
        let sealed = key.seal(&text, &place(tenant_id, login_key))?;
        sqlx::query(
            "INSERT INTO admin_mfa (tenant_id, login_key, secret, enrolled_at, last_step)
             VALUES ($1, $2, $3, NULL, 0)
             ON CONFLICT (tenant_id, login_key) DO UPDATE SET secret = $3, last_step = 0
             WHERE admin_mfa.enrolled_at IS NULL",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(sealed)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }

    /// Takes the code of `step`: false if that step or a later one was used already. The
    /// first code taken also confirms the enrolment.
    pub async fn use_admin_step(
        &self,
        tenant_id: &str,
        login_key: &str,
        step: i64,
        now: i64,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE admin_mfa SET last_step = $3, enrolled_at = COALESCE(enrolled_at, $4)
             WHERE tenant_id = $1 AND login_key = $2 AND last_step < $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(step)
        .bind(now)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Forgets an admin's authenticator (lost phone): the next sign-in enrols again.
    pub async fn reset_admin_mfa(&self, tenant_id: &str, login_key: &str) -> anyhow::Result<bool> {
        let done = sqlx::query("DELETE FROM admin_mfa WHERE tenant_id = $1 AND login_key = $2")
            .bind(tenant_id)
            .bind(login_key)
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(done.rows_affected() > 0)
    }
}

impl Store {
    /// The keys that sealed the admins' authenticator secrets (for the start-up key check).
    pub(super) async fn admin_mfa_key_ids(&self) -> anyhow::Result<Vec<String>> {
        let rows = sqlx::query("SELECT secret FROM admin_mfa")
            .fetch_all(&mut *self.readers.acquire().await?)
            .await?;
        let mut ids = Vec::new();
        for row in rows {
            let sealed: String = row.try_get("secret")?;
            if let Some(id) = crate::security::sealing::sealed_with(&sealed) {
                ids.push(id.to_string());
            }
        }
        Ok(ids)
    }

    /// Seals every admin's authenticator secret again with `new`, in the rotation's
    /// transaction; returns how many.
    pub(super) async fn reseal_admin_mfa(
        &self,
        tx: &mut super::writer::WriteTx,
        new: &crate::security::sealing::SealingKey,
    ) -> anyhow::Result<usize> {
        let Some(key) = &self.sealing else {
            return Ok(0);
        };
        let rows = sqlx::query("SELECT tenant_id, login_key, secret FROM admin_mfa")
            .fetch_all(&mut **tx)
            .await?;
        for row in &rows {
            let tenant_id: String = row.try_get("tenant_id")?;
            let login_key: String = row.try_get("login_key")?;
            let sealed: String = row.try_get("secret")?;
            let at = place(&tenant_id, &login_key);
            let resealed = new.seal(&key.open(&sealed, &at)?, &at)?;
            sqlx::query("UPDATE admin_mfa SET secret = $3 WHERE tenant_id = $1 AND login_key = $2")
                .bind(&tenant_id)
                .bind(&login_key)
                .bind(resealed)
                .execute(&mut **tx)
                .await?;
        }
        Ok(rows.len())
    }
}
