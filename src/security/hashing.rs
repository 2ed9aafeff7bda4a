//! argon2id password hashing, run off the async threads behind a semaphore sized to the cores.
//!
//! Each hash takes ~19 MiB and ~15 ms; unbounded concurrency would be a memory bomb.

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Shared hasher; clone freely.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
}

impl Default for Hasher {
    fn default() -> Self {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        Hasher {
            permits: Arc::new(Semaphore::new(cores)),
        }
    }
}

impl Hasher {
    /// Hashes a password with argon2id (OWASP parameters: m=19 MiB, t=2, p=1).
    pub async fn hash(&self, password: &SecretString) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let password = password.clone();
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::encode_b64(&super::random_bytes::<16>())
                .map_err(|e| anyhow::anyhow!("salt: {e}"))?;
            Argon2::default()
                .hash_password(password.expose_secret().as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| anyhow::anyhow!("argon2: {e}"))
        })
        .await
        .context("hashing task")?
    }

    /// Whether the password matches the stored PHC hash. A malformed hash is an error.
    pub async fn verify(&self, password: &SecretString, stored: &str) -> anyhow::Result<bool> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let password = password.clone();
        let stored = stored.to_string();
        tokio::task::spawn_blocking(move || {
            let parsed =
                PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
            Ok(Argon2::default()
                .verify_password(password.expose_secret().as_bytes(), &parsed)
                .is_ok())
        })
        .await
        .context("verify task")?
    }
}

impl Hasher {
    /// Spends the time of one verification without a stored hash, so an unknown user ID takes
    /// as long to refuse as a wrong password.
    pub async fn verify_nothing(&self, password: &SecretString) {
        static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
        let stored = DUMMY
            .get_or_try_init(|| async {
                let random = hex::encode(super::random_bytes::<16>());
                self.hash(&SecretString::from(random)).await
            })
            .await;
        if let Ok(stored) = stored {
            let _ = self.verify(password, stored).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_with_argon2id_and_verifies() {
        let h = Hasher::default();
        let pw = SecretString::from("correct horse");
        let stored = h.hash(&pw).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(h.verify(&pw, &stored).await.unwrap());
        assert!(
            !h.verify(&SecretString::from("wrong"), &stored)
                .await
                .unwrap()
        );
    }
}
