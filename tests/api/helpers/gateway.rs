//! A local HTTP server standing in for the SMS/voice gateway (Twilio-shape and JSON webhook).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

/// One request the gateway received.
#[derive(Debug, Clone)]
pub struct GatewayRequest {
    /// `Messages.json`, `Calls.json` or `hook`.
    pub resource: String,
    pub fields: HashMap<String, String>,
    pub authorization: String,
}

impl GatewayRequest {
    /// The code in the text or TwiML (digits may be spoken one by one).
    pub fn code(&self) -> String {
        let body = ["Body", "Twiml", "text"]
            .iter()
            .find_map(|k| self.fields.get(*k))
            .cloned()
            .unwrap_or_default();
        let digits: String = body
            .split("code is")
            .nth(1)
            .unwrap_or(&body)
            .chars()
            .filter(char::is_ascii_digit)
            .take(8)
            .collect();
        assert_eq!(digits.len(), 8, "no code in {body}");
        digits
    }
}

#[derive(Clone, Default)]
pub struct Gateway {
    pub requests: Arc<Mutex<Vec<GatewayRequest>>>,
    pub fail: Arc<AtomicBool>,
}

async fn twilio(
    State(g): State<Gateway>,
    Path((_sid, resource)): Path<(String, String)>,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<HashMap<String, String>>,
) -> (StatusCode, &'static str) {
    record(&g, resource, fields, &headers)
}

async fn hook(
    State(g): State<Gateway>,
    headers: HeaderMap,
    axum::Json(v): axum::Json<HashMap<String, String>>,
) -> (StatusCode, &'static str) {
    record(&g, "hook".into(), v, &headers)
}

fn record(
    g: &Gateway,
    resource: String,
    fields: HashMap<String, String>,
    headers: &HeaderMap,
) -> (StatusCode, &'static str) {
    let authorization = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    g.requests.lock().unwrap().push(GatewayRequest {
        resource,
        fields,
        authorization,
    });
    if g.fail.load(Ordering::SeqCst) {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            "{\"message\":\"carrier unreachable\"}",
        )
    } else {
        (StatusCode::CREATED, "{\"sid\":\"SM1\"}")
    }
}

pub async fn start_gateway() -> (SocketAddr, Gateway) {
    let gateway = Gateway::default();
    let router = axum::Router::new()
        .route("/2010-04-01/Accounts/{sid}/{resource}", post(twilio))
        .route("/hook", post(hook))
        .with_state(gateway.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (addr, gateway)
}
