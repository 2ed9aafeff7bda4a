//! Single-use nonces (captcha tokens): claimed in one statement, so of many parallel
//! submissions of one token exactly one wins.

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
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
