//! Single-use nonces (captcha tokens, a verified flow's one password write or unlock): claimed
//! in one statement, so of many parallel submissions exactly one wins.

use super::Store;

impl Store {
    /// Records `nonce` as used until `expires_at`; false when it was used already.
    pub async fn claim_nonce(&self, nonce: &str, expires_at: i64) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "INSERT INTO captcha_nonces (nonce, expires_at) VALUES ($1, $2)
             ON CONFLICT (nonce) DO NOTHING",
        )
        .bind(nonce)
        .bind(expires_at)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Whether `nonce` was claimed already (a captcha that was answered).
    pub async fn nonce_claimed(&self, nonce: &str) -> anyhow::Result<bool> {
        let found: Option<(String,)> =
            sqlx::query_as("SELECT nonce FROM captcha_nonces WHERE nonce = $1")
                .bind(nonce)
                .fetch_optional(&mut *self.readers.acquire().await?)
                .await?;
        Ok(found.is_some())
    }

    /// Gives a claim back (the single-use step it guarded did not happen).
    pub async fn release_nonce(&self, nonce: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM captcha_nonces WHERE nonce = $1")
            .bind(nonce)
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(())
    }
}
