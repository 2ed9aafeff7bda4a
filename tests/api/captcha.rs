//! The captcha: wrong answers, single use, case-insensitivity, and turning it off for load tests.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn a_wrong_captcha_shows_a_new_picture_and_starts_nothing() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/reset").await;
    let first = app.last_captcha();
    let page = b
        .post("/reset", &[("user_id", "alice"), ("captcha", "wrong")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("don't match the picture");
    page.assert_has("data:image/png;base64,");
    page.assert_has("value=\"alice\"");
    assert_ne!(app.last_captcha(), first, "a new picture is issued");
    assert!(
        app.audit_activities()
            .await
            .contains(&"captcha_failed:failure".to_string())
    );
}

#[tokio::test]
async fn a_captcha_answer_works_once() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/reset").await;
    let answer = app.last_captcha();
    // Right answer, but the user ID is empty: the answer is spent anyway.
    let page = b
        .post("/reset", &[("user_id", ""), ("captcha", &answer)])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("Enter your user ID.");
    let replay = b
        .post("/reset", &[("user_id", "alice"), ("captcha", &answer)])
        .await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    replay.assert_has("don't match the picture");
    // The new picture's answer, typed in capitals, works.
    let fresh = app.last_captcha().to_uppercase();
    let ok = b
        .post("/reset", &[("user_id", "alice"), ("captcha", &fresh)])
        .await;
    ok.assert_has("Choose how to verify it's you");
}

#[tokio::test]
async fn the_operator_can_turn_the_captcha_off() {
    let app = spawn_app_with(|s| s.config.captcha = false).await;
    let mut b = app.browser();
    let page = b.get("/reset").await;
    assert!(!page.has("data:image/png"));
    let next = b.post("/reset", &[("user_id", "alice")]).await;
    next.assert_has("Choose how to verify it's you");
    assert!(captured_logs().contains("the captcha is turned off"));
}
