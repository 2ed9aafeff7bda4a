//! Slow and idle clients are cut off: headers that never end, a body that never comes, an idle
//! kept-alive connection; and connections held open past the cap can't keep `/healthz` from
//! answering for longer than the header timeout.

use crate::helpers::*;
use sspr::config::HttpLimits;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn tight(s: &mut Setup) {
    s.config.http = HttpLimits {
        header_timeout_secs: 1,
        body_timeout_secs: 1,
        request_timeout_secs: 5,
        max_connections: 20,
    };
}

/// Reads until the server closes the connection (or 8 s pass); what it sent, and whether it
/// closed.
async fn read_until_closed(stream: &mut TcpStream) -> (String, bool) {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + Duration::from_secs(8);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&got).into(), true),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
            Err(_) => return (String::from_utf8_lossy(&got).into(), false),
        }
    }
}

async fn slow_headers(app: &TestApp) -> TcpStream {
    let mut stream = TcpStream::connect(app.addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .await
        .unwrap();
    stream
}

#[tokio::test]
async fn headers_that_never_end_are_cut_off() {
    let app = spawn_app_with(tight).await;
    let mut stream = slow_headers(&app).await;
    let (_, closed) = read_until_closed(&mut stream).await;
    assert!(closed, "the server kept a half-sent request open");
}

#[tokio::test]
async fn a_body_that_never_comes_is_cut_off() {
    let app = spawn_app_with(tight).await;
    let mut stream = TcpStream::connect(app.addr).await.unwrap();
    stream
        .write_all(
            b"POST /t/acme/reset HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nuser_id=al",
        )
        .await
        .unwrap();
    let (answer, closed) = read_until_closed(&mut stream).await;
    assert!(closed, "the server waited for the body: {answer}");
    assert!(!answer.contains(" 200 "), "{answer}");
    assert!(!answer.contains(" 500 "), "{answer}");
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed() {
    let app = spawn_app_with(tight).await;
    let mut stream = TcpStream::connect(app.addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let (answer, closed) = read_until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(closed, "an idle connection was kept open");
}

#[tokio::test]
async fn held_connections_stop_healthz_no_longer_than_the_header_timeout() {
    let app = spawn_app_with(tight).await;
    // Ten times the cap: the ones over it are closed at once, the rest time out.
    let mut held = Vec::new();
    for _ in 0..200 {
        held.push(slow_headers(&app).await);
    }
    let started = Instant::now();
    let client = reqwest::Client::new();
    let answered = loop {
        let asked = client
            .get(format!("http://{}/healthz", app.addr))
            .timeout(Duration::from_secs(1))
            .send()
            .await;
        if asked.is_ok_and(|r| r.status().is_success()) {
            break true;
        }
        if started.elapsed() > Duration::from_secs(8) {
            break false;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        answered,
        "/healthz stayed unreachable behind held connections"
    );
    for mut stream in held {
        let (_, closed) = read_until_closed(&mut stream).await;
        assert!(closed);
    }
}
