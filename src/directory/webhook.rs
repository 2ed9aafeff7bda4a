//! The HTTPS webhook target: a signed JSON POST to the organisation's own endpoint for each
//! reset, change and unlock. 2xx commits; 422 with `{"reasons": [...]}` is a refusal shown to
//! the user; anything else is retried (same idempotency key) until the time budget runs out.
//!
//! Signature: `X-Sspr-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` with
//! `X-Sspr-Timestamp: <unix seconds>`; receivers should refuse timestamps older than 5 minutes.

use super::settings::WebhookSettings;
use super::{DirUser, DirectoryError};
use crate::i18n::Text;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the organisation's endpoint is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WebhookEvent {
    Reset,
    Change,
    Unlock,
}

#[derive(Serialize)]
struct Payload<'a> {
    event: WebhookEvent,
    login: &'a str,
    mail: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    password: Option<&'a str>,
    must_change: bool,
    idempotency_key: &'a str,
}

#[derive(Deserialize)]
struct Refusal {
    #[serde(default)]
    reasons: Vec<String>,
}

/// One webhook endpoint.
#[derive(Clone)]
pub struct WebhookTarget {
    settings: Arc<WebhookSettings>,
}

/// The signature header value for a body sent at `timestamp`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    // HMAC takes keys of any length, so this never fails.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

fn unavailable(e: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Unavailable(e.to_string())
}

impl WebhookTarget {
    /// Cheap: the directory chain is assembled per request, and most requests never write.
    pub fn new(settings: WebhookSettings) -> WebhookTarget {
        WebhookTarget {
            settings: Arc::new(settings),
        }
    }

    /// Sends one event, retrying failures (never a refusal) within `retry_for_secs`.
    pub async fn send(
        &self,
        event: WebhookEvent,
        user: &DirUser,
        password: Option<&SecretString>,
        must_change: bool,
    ) -> Result<(), DirectoryError> {
        let key = uuid::Uuid::new_v4().to_string();
        let body = serde_json::to_vec(&Payload {
            event,
            login: &user.login,
            mail: user.mail.as_deref(),
            password: password.map(|p| p.expose_secret()),
            must_change,
            idempotency_key: &key,
        })
        .map_err(unavailable)?;
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(self.settings.timeout_secs.max(1)))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| unavailable(format!("webhook HTTP client: {e}")))?;
        let deadline = Instant::now() + Duration::from_secs(self.settings.retry_for_secs);
        let mut pause = Duration::from_millis(200);
        loop {
            let cause = match self.attempt(&client, &key, &body).await {
                Ok(()) => return Ok(()),
                Err(Attempt::Refused(reasons)) => {
                    return Err(DirectoryError::PolicyRejected { reasons });
                }
                Err(Attempt::Fatal(cause)) => return Err(unavailable(cause)),
                Err(Attempt::Retry(cause)) => cause,
            };
            if Instant::now() + pause >= deadline {
                return Err(unavailable(format!(
                    "webhook {}: gave up after {} s: {cause}",
                    self.settings.url, self.settings.retry_for_secs
                )));
            }
            tracing::warn!(url = %self.settings.url, %cause, "webhook failed; retrying");
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(5));
        }
    }

    async fn attempt(
        &self,
        client: &reqwest::Client,
        key: &str,
        body: &[u8],
    ) -> Result<(), Attempt> {
        let timestamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let signed = signature(self.settings.secret.expose(), timestamp, body);
        let response = client
            .post(&self.settings.url)
            .header("content-type", "application/json")
            .header("x-sspr-timestamp", timestamp.to_string())
            .header("x-sspr-signature", signed)
            .header("idempotency-key", key)
            .body(body.to_vec())
            .send()
            .await
            .map_err(|e| Attempt::Retry(format!("request: {e}")))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        if status == reqwest::StatusCode::UNPROCESSABLE_ENTITY {
            let refusal: Refusal = response.json().await.unwrap_or(Refusal {
                reasons: Vec::new(),
            });
            // The webhook's own words are shown as they came (it knows its users' language).
            let mut reasons: Vec<Text> = refusal
                .reasons
                .into_iter()
                .map(|r| r.chars().take(300).collect::<String>())
                .filter(|r| !r.trim().is_empty())
                .take(10)
                .map(Text::Verbatim)
                .collect();
            if reasons.is_empty() {
                reasons.push(Text::new("webhook-refused"));
            }
            return Err(Attempt::Refused(reasons));
        }
        if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            return Err(Attempt::Retry(format!("HTTP {status}")));
        }
        Err(Attempt::Fatal(format!(
            "webhook {}: HTTP {status} (check the URL and the shared secret)",
            self.settings.url
        )))
    }
}

enum Attempt {
    Refused(Vec<Text>),
    Retry(String),
    Fatal(String),
}
