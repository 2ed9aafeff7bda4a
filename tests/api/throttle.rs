//! Throttles: attempts and code sends per user per hour, then a 24-hour block stored in the database.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn the_sixth_attempt_in_an_hour_blocks_the_user_for_24_hours() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.browser()
            .start(&app, "alice")
            .await
            .assert_has("Choose how to verify it's you");
    }
    let blocked = app.browser().start(&app, "Alice").await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    blocked.assert_has("blocked for this account until");
    blocked.assert_has("Contact your administrator");
    blocked.tracking();

    // Still blocked after the hour, and stored in the DB; each attempt pushes the end to 24 h later.
    app.clock.advance(2 * 3600);
    assert_eq!(
        app.browser().start(&app, "alice").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    let until = app
        .state
        .store
        .block_until(&app.tenant.id, "alice", app.clock.now())
        .await
        .unwrap();
    assert_eq!(until, Some(app.clock.now() + 24 * 3600));
    // Other users are not affected.
    app.browser()
        .start(&app, "bob")
        .await
        .assert_has("Choose how to verify it's you");
    // A day after the last attempt, the user may try again.
    app.clock.advance(24 * 3600 + 1);
    app.browser()
        .start(&app, "alice")
        .await
        .assert_has("Choose how to verify it's you");
}

#[tokio::test]
async fn the_sixth_code_in_an_hour_blocks_the_user() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.email_code(&app, "alice.alt@example.net").await;
    for _ in 0..4 {
        app.clock.advance(61);
        b.post("/reset/resend", &[])
            .await
            .assert_has("We emailed a code to");
    }
    app.clock.advance(61);
    let blocked = b.post("/reset/resend", &[]).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    blocked.assert_has("Too many attempts");
    app.wait_mail("alice.alt@example.net", 4).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mails_to("alice.alt@example.net"), 5);
    assert!(
        app.audit_activities()
            .await
            .contains(&"blocked:failure".to_string())
    );
}

#[tokio::test]
async fn unknown_users_are_blocked_the_same_way() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.browser().start(&app, "nobody.here").await;
    }
    assert_eq!(
        app.browser().start(&app, "nobody.here").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn sends_to_one_destination_and_from_one_address_are_capped() {
    let app = spawn_app_with(|s| s.policy.throttle.sends_per_destination_per_hour = 2).await;
    let mut first = app.browser();
    first.start(&app, "alice").await;
    first.email_code(&app, "alice.alt@example.net").await;
    let mut second = app.browser();
    second.start(&app, "alice").await;
    second.email_code(&app, "alice.alt@example.net").await;
    let mut third = app.browser();
    third.start(&app, "alice").await;
    let capped = third.post("/reset/method", &[("method", "email")]).await;
    assert_eq!(capped.status, StatusCode::TOO_MANY_REQUESTS);
    capped.assert_has("Too many codes have been sent lately");
    // Another destination of the same user still works.
    third.post("/reset/method", &[("method", "sms")]).await;
    third
        .post("/reset/phone", &[("number", "+16502530001")])
        .await
        .assert_has("We texted a code to");

    let app = spawn_app_with(|s| s.policy.throttle.sends_per_ip_per_hour = 1).await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.email_code(&app, "alice.alt@example.net").await;
    let mut other = app.browser();
    other.start(&app, "bob").await;
    let capped = other.post("/reset/method", &[("method", "email")]).await;
    assert_eq!(capped.status, StatusCode::TOO_MANY_REQUESTS);
}
