//! The image captcha on the first reset page: the answer is kept only as a hash in the session.

use super::{hmac_hex, same};
use anyhow::Context;
use std::sync::{Arc, Mutex};

/// Generates captchas; tests may attach a witness that records answers as they are issued.
#[derive(Clone, Default)]
pub struct CaptchaService {
    witness: Option<Arc<Mutex<Vec<String>>>>,
}

/// A fresh captcha: the PNG (base64) and the hashed answer for the session.
pub struct Issued {
    pub png_base64: String,
    pub answer_hash: String,
}

impl CaptchaService {
    /// A service whose answers are also pushed to `witness` (only used by the test harness).
    pub fn with_witness(witness: Arc<Mutex<Vec<String>>>) -> Self {
        CaptchaService {
            witness: Some(witness),
        }
    }

    /// Renders a new image off the async threads; `key` binds the hash to this server.
    pub async fn issue(&self, key: &[u8], salt: &str) -> anyhow::Result<Issued> {
        let (answer, png_base64) = tokio::task::spawn_blocking(|| {
            let mut c = captcha::Captcha::new();
            c.set_chars(&"23456789abcdefghkmnprstuvwxyz".chars().collect::<Vec<_>>())
                .add_chars(5)
                .apply_filter(captcha::filters::Noise::new(0.2))
                .apply_filter(captcha::filters::Wave::new(2.0, 8.0).horizontal())
                .view(220, 100)
                .apply_filter(captcha::filters::Dots::new(8));
            (c.chars_as_string(), c.as_base64())
        })
        .await
        .context("captcha task")?;
        let png_base64 = png_base64.context("rendering the captcha")?;
        if let Some(w) = &self.witness
            && let Ok(mut list) = w.lock()
        {
            list.push(answer.clone());
        }
        Ok(Issued {
            png_base64,
            answer_hash: answer_hash(key, salt, &answer),
        })
    }
}

fn answer_hash(key: &[u8], salt: &str, answer: &str) -> String {
    hmac_hex(key, &["captcha", salt, &answer.trim().to_lowercase()])
}

/// Whether `typed` answers the captcha whose hash is `expected` (case-insensitive).
pub fn check(key: &[u8], salt: &str, expected: &str, typed: &str) -> bool {
    same(&answer_hash(key, salt, typed), expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn answer_is_checked_case_insensitively() {
        let witness = Arc::new(Mutex::new(Vec::new()));
        let svc = CaptchaService::with_witness(witness.clone());
        let issued = svc.issue(b"key", "salt").await.unwrap();
        assert!(!issued.png_base64.is_empty());
        let answer = witness.lock().unwrap()[0].clone();
        assert!(check(
            b"key",
            "salt",
            &issued.answer_hash,
            &answer.to_uppercase()
        ));
        assert!(!check(b"key", "other", &issued.answer_hash, &answer));
        assert!(!check(b"key", "salt", &issued.answer_hash, "nope"));
    }
}
