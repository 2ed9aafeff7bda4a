//! Timing that could tell users apart, measured (ignored by default: a measurement, not a timed
//! CI check; run with `cargo test --release --test api timing -- --ignored --nocapture`).

use crate::helpers::*;
use sspr::directory::embedded::NewUser;
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

async fn sign_in_time(app: &TestApp, user: &str) -> Duration {
    let mut b = app.browser();
    b.get("/register").await;
    let started = Instant::now();
    let page = b
        .post(
            "/register/sign-in",
            &[("user_id", user), ("password", "Not-The-Password-7")],
        )
        .await;
    let took = started.elapsed();
    page.assert_has("That user ID and password don");
    took
}

#[tokio::test]
#[ignore = "a measurement: run with --ignored"]
async fn a_user_without_a_password_takes_as_long_to_refuse_as_anyone() {
    let app = spawn_app_with(|s| {
        s.policy.throttle.sign_in_failures_per_user_per_hour = 10_000;
        s.policy.throttle.sign_in_failures_per_ip_per_hour = 10_000;
    })
    .await;
    let imported = NewUser {
        login: "ivan".into(),
        display_name: "Ivan Imported".into(),
        given_name: "Ivan".into(),
        surname: "Imported".into(),
        mail: Some("ivan@acme.example".into()),
        office_phone: None,
        password: None,
        groups: vec![],
        is_admin: false,
    };
    let now = app.clock.now();
    app.state
        .embedded
        .upsert_user(&app.tenant.id, &imported, now)
        .await
        .unwrap();
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for _ in 0..200 {
        with.push(sign_in_time(&app, "alice").await);
        without.push(sign_in_time(&app, "ivan").await);
    }
    let (with, without) = (median(with), median(without));
    println!("median refusal: with a password {with:?}, without one {without:?}");
    let ratio = without.as_secs_f64() / with.as_secs_f64();
    assert!((0.9..=1.1).contains(&ratio), "ratio {ratio:.2}");
}

async fn code_send_time(app: &TestApp, user: &str) -> Duration {
    let mut b = app.browser();
    b.start(app, user)
        .await
        .assert_has("Choose how to verify it's you");
    let started = Instant::now();
    let page = b.post("/reset/method", &[("method", "email")]).await;
    let took = started.elapsed();
    page.assert_has("We emailed a code to");
    took
}

#[tokio::test]
#[ignore = "a measurement: run with --ignored"]
async fn a_code_send_takes_as_long_for_a_decoy_as_for_a_real_user() {
    let app = spawn_app_with(|s| {
        let t = &mut s.policy.throttle;
        t.attempts_per_user_per_hour = 10_000;
        t.sends_per_user_per_hour = 10_000;
        t.sends_per_destination_per_hour = 10_000;
        t.sends_per_ip_per_hour = 10_000;
    })
    .await;
    let (mut real, mut decoy) = (Vec::new(), Vec::new());
    for _ in 0..200 {
        real.push(code_send_time(&app, "erin").await);
        decoy.push(code_send_time(&app, "nobody.at.all").await);
    }
    let (real, decoy) = (median(real), median(decoy));
    println!("median code send: real user {real:?}, decoy {decoy:?}");
    let ratio = decoy.as_secs_f64() / real.as_secs_f64();
    assert!((0.9..=1.1).contains(&ratio), "ratio {ratio:.2}");
}
