//! The same journeys on PostgreSQL: every store query (upserts, throttles, codes, sessions,
//! audit) runs against a real server, each test in a database of its own.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::store::registrations::ContactKind;

#[tokio::test]
async fn a_two_gate_reset_on_postgres() {
    let Some(app) = spawn_postgres_app(|s| s.policy.gates = 2).await else {
        return;
    };
    let mut b = app.browser();
    b.start(&app, "bob")
        .await
        .assert_has("Verification step 1 of 2");
    let wrong = b.post("/reset/code", &[("code", "00000000")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = b.email_code(&app, "bob.alt@example.net").await;
    let bad = a_wrong_code(&code);
    b.post("/reset/code", &[("code", bad)])
        .await
        .assert_has("You can try 4 more times");
    b.post("/reset/code", &[("code", &code)])
        .await
        .assert_has("Verification step 2 of 2");
    b.post("/reset/method", &[("method", "sms")]).await;
    b.post("/reset/phone", &[("number", "+1 650 253 0003")])
        .await
        .assert_has("We texted a code to");
    let sms = app.wait_gateway(0).await;
    b.post("/reset/code", &[("code", &sms.code())])
        .await
        .assert_has("Choose a new password");
    b.set_password(GOOD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(app.password_works("bob", GOOD_PASSWORD).await);
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"reset_succeeded:success".to_string()));
}

#[tokio::test]
async fn a_new_code_on_postgres_supersedes_the_old_one() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let first = b.email_code(&app, "alice.alt@example.net").await;
    app.clock.advance(61);
    b.post("/reset/resend", &[])
        .await
        .assert_has("We emailed a code to");
    let second = app.wait_mail("alice.alt@example.net", 1).await.code();
    assert_ne!(first, second);
    // One statement superseded the first as it stored the second: one live code is left.
    let live = sqlx::query("SELECT COUNT(*) AS n FROM codes WHERE state = 'live'")
        .fetch_one(&mut *app.state.store.readers.acquire().await.unwrap())
        .await
        .unwrap();
    assert_eq!(sqlx::Row::try_get::<i64, _>(&live, "n").unwrap(), 1);
    let old = b.post("/reset/code", &[("code", &first)]).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    b.post("/reset/code", &[("code", &second)])
        .await
        .assert_has("Choose a new password");
}

#[tokio::test]
async fn attempts_block_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    for _ in 0..5 {
        app.browser()
            .start(&app, "alice")
            .await
            .assert_has("Choose how to verify");
    }
    let blocked = app.browser().start(&app, "alice").await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn the_registration_portal_on_postgres() {
    let Some(app) = spawn_postgres_app(|s| s.policy.reconfirm_days = 30).await else {
        return;
    };
    let mut b = app.browser();
    b.sign_in("erin", "wrong").await;
    b.sign_in("erin", OLD_PASSWORD)
        .await
        .assert_has("Your security info");
    b.prove(&app, "mobile", "email", "erin.alt@example.net")
        .await;
    b.post(
        "/register/send",
        &[("method", "sms"), ("value", "+1 650 253 0077")],
    )
    .await;
    let sms = app.wait_gateway(0).await;
    b.post("/register/code", &[("code", &sms.code())])
        .await
        .assert_has("+1 650-253-0077");
    // A second change goes through the upsert (the new mobile confirms it).
    b.prove(&app, "email", "mobile", "+16502530077").await;
    b.post(
        "/register/send",
        &[("method", "email"), ("value", "erin.new@example.org")],
    )
    .await;
    let code = app.wait_mail("erin.new@example.org", 0).await.code();
    b.post("/register/code", &[("code", &code)])
        .await
        .assert_has("erin.new@example.org");
    // Her email confirmed it's her minutes ago, but that was the address she has replaced
    // since: the new one confirms it before the mobile may go.
    b.post("/register/remove", &[("kind", "mobile")])
        .await
        .assert_has("Confirm it's you");
    b.prove(&app, "mobile&removing=1", "email", "erin.new@example.org")
        .await;
    b.post("/register/remove", &[("kind", "mobile")])
        .await
        .assert_has("Removed.");
    let regs = app.registrations("erin").await;
    assert_eq!(regs.len(), 1);
    assert_eq!(regs[0].kind, ContactKind::Email);

    app.clock.advance(31 * 86_400);
    let mut b = app.browser();
    b.sign_in("erin", OLD_PASSWORD)
        .await
        .assert_has("Are these still correct?");
    b.post("/register/confirm", &[])
        .await
        .assert_has("your security info is confirmed");
    b.get("/register/password").await;
    b.post(
        "/register/password",
        &[
            ("current", OLD_PASSWORD),
            ("password", GOOD_PASSWORD),
            ("confirm", GOOD_PASSWORD),
        ],
    )
    .await
    .assert_has("Your password was changed");
    assert!(app.password_works("erin", GOOD_PASSWORD).await);
    let audit = app.audit_activities().await;
    for expected in [
        "sign_in_failed:failure",
        "method_registered:success",
        "method_changed:success",
        "method_removed:success",
        "reconfirmed:success",
        "password_changed:success",
    ] {
        assert!(audit.iter().any(|a| a == expected), "{expected}");
    }
}
