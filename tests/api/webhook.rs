//! The webhook target against a local HTTP server: signed JSON, idempotent retries bounded in
//! time, refusals shown as reasons, and the embedded copy written only after it commits.

use crate::helpers::*;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use sspr::directory::settings::{ConfigSecret, DirectorySettings, TargetSettings, WebhookSettings};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

const SECRET: &str = "webhook-shared-secret-for-tests";

/// One request the endpoint received.
#[derive(Debug, Clone)]
struct Hook {
    body: serde_json::Value,
    raw: Vec<u8>,
    timestamp: String,
    signature: String,
    key: String,
}

#[derive(Clone, Default)]
struct Endpoint {
    hooks: Arc<Mutex<Vec<Hook>>>,
    /// Responses to give, in order; 200 once they run out.
    script: Arc<Mutex<VecDeque<(StatusCode, String)>>>,
}

async fn receive(
    State(e): State<Endpoint>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> (StatusCode, String) {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    e.hooks.lock().unwrap().push(Hook {
        body: serde_json::from_slice(&body).unwrap(),
        raw: body.to_vec(),
        timestamp: header("x-sspr-timestamp"),
        signature: header("x-sspr-signature"),
        key: header("idempotency-key"),
    });
    e.script
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or((StatusCode::OK, "{}".into()))
}

/// The app with a webhook first and the embedded copy second (users are looked up there).
async fn spawn_webhook_app(retry_for_secs: u64) -> (TestApp, Endpoint) {
    let endpoint = Endpoint::default();
    let router = axum::Router::new()
        .route("/hook", axum::routing::post(receive))
        .with_state(endpoint.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    let settings = WebhookSettings {
        url: format!("http://{addr}/hook"),
        secret: ConfigSecret::new(SECRET),
        timeout_secs: 2,
        retry_for_secs,
    };
    let app = spawn_app_with(|s| {
        s.directory = DirectorySettings {
            targets: vec![TargetSettings::Webhook(settings), TargetSettings::Embedded],
        };
    })
    .await;
    (app, endpoint)
}

impl Endpoint {
    fn hooks(&self) -> Vec<Hook> {
        self.hooks.lock().unwrap().clone()
    }
    fn answer(&self, status: StatusCode, body: &str) {
        self.script
            .lock()
            .unwrap()
            .push_back((status, body.to_string()));
    }
}

async fn verified_reset(app: &TestApp, user: &str, email: &str) -> Browser {
    let mut b = app.browser();
    b.start(app, user).await;
    b.pass_email_gate(app, email)
        .await
        .assert_has("Choose a new password");
    b
}

#[tokio::test]
async fn a_reset_is_posted_signed_then_copied() {
    let (app, endpoint) = spawn_webhook_app(5).await;
    let mut b = verified_reset(&app, "alice", "alice.alt@example.net").await;
    b.set_password(GOOD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    let hooks = endpoint.hooks();
    assert_eq!(hooks.len(), 1);
    let hook = &hooks[0];
    assert_eq!(hook.body["event"], "reset");
    assert_eq!(hook.body["login"], "alice");
    assert_eq!(hook.body["password"], GOOD_PASSWORD);
    assert_eq!(hook.body["idempotency_key"], hook.key.as_str());
    let ts: i64 = hook.timestamp.parse().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((now - ts).abs() < 60);
    // The documented signature: HMAC-SHA256 over "<timestamp>.<body>".
    let expected = sspr::directory::webhook::signature(SECRET, ts, &hook.raw);
    assert_eq!(hook.signature, expected);
    assert!(hook.signature.starts_with("sha256=") && hook.signature.len() == 71);
    let forged = sspr::directory::webhook::signature("another-secret-entirely", ts, &hook.raw);
    assert_ne!(hook.signature, forged);
    assert!(
        app.password_works("alice", GOOD_PASSWORD).await,
        "copied after the commit"
    );
    assert!(!captured_logs().contains(SECRET));
}

#[tokio::test]
async fn a_refusal_shows_its_reasons_and_writes_nothing() {
    let (app, endpoint) = spawn_webhook_app(5).await;
    endpoint.answer(
        StatusCode::UNPROCESSABLE_ENTITY,
        r#"{"reasons":["This password was used on your payroll account."]}"#,
    );
    let mut b = verified_reset(&app, "alice", "alice.alt@example.net").await;
    let refused = b.set_password(GOOD_PASSWORD).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("This password was used on your payroll account.");
    assert_eq!(endpoint.hooks().len(), 1, "a refusal is not retried");
    assert!(
        app.password_works("alice", OLD_PASSWORD).await,
        "the copy is untouched"
    );
    // The next try commits.
    b.set_password("Another-Granite-Kettle-77")
        .await
        .assert_has("Your password was reset");
    assert!(
        app.password_works("alice", "Another-Granite-Kettle-77")
            .await
    );
}

#[tokio::test]
async fn failures_are_retried_with_the_same_key_then_given_up_in_time() {
    let (app, endpoint) = spawn_webhook_app(5).await;
    endpoint.answer(StatusCode::INTERNAL_SERVER_ERROR, "{}");
    endpoint.answer(StatusCode::SERVICE_UNAVAILABLE, "{}");
    let mut b = verified_reset(&app, "alice", "alice.alt@example.net").await;
    b.set_password(GOOD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    let hooks = endpoint.hooks();
    assert_eq!(hooks.len(), 3);
    assert!(
        hooks.iter().all(|h| h.key == hooks[0].key),
        "one idempotency key"
    );

    let (app, endpoint) = spawn_webhook_app(1).await;
    for _ in 0..20 {
        endpoint.answer(StatusCode::BAD_GATEWAY, "{}");
    }
    let mut b = verified_reset(&app, "bob", "bob.alt@example.net").await;
    let started = std::time::Instant::now();
    let down = b.set_password(GOOD_PASSWORD).await;
    let took = started.elapsed();
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    down.assert_has("The directory is unavailable right now");
    assert!(
        took < std::time::Duration::from_secs(4),
        "bounded: {took:?}"
    );
    assert!(endpoint.hooks().len() >= 2, "retried before giving up");
    assert!(
        app.password_works("bob", OLD_PASSWORD).await,
        "nothing copied"
    );
}

#[tokio::test]
async fn unlock_and_change_are_posted_as_their_events() {
    let (app, endpoint) = spawn_webhook_app(5).await;
    let mut b = app.browser();
    b.start_unlock(&app, "alice").await;
    b.pass_email_gate(&app, "alice.alt@example.net").await;
    b.post("/reset/unlock", &[])
        .await
        .assert_has("Your account is unlocked");
    let hook = endpoint.hooks()[0].clone();
    assert_eq!(hook.body["event"], "unlock");
    assert!(
        hook.body.get("password").is_none(),
        "no password in an unlock"
    );

    let mut s = app.browser();
    s.sign_in("bob", OLD_PASSWORD).await;
    s.get("/register/password").await;
    s.post(
        "/register/password",
        &[
            ("current", OLD_PASSWORD),
            ("password", GOOD_PASSWORD),
            ("confirm", GOOD_PASSWORD),
        ],
    )
    .await
    .assert_has("Your password was changed");
    let hook = endpoint.hooks()[1].clone();
    assert_eq!(hook.body["event"], "change");
    assert_eq!(hook.body["login"], "bob");
}
