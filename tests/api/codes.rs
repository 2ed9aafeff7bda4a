//! Verification codes: wrong entries, expiry, resend, single use.

use crate::helpers::*;
use axum::http::StatusCode;

const ALICE_ALT: &str = "alice.alt@example.net";

fn wrong_of(code: &str) -> String {
    let last = code.chars().last().unwrap().to_digit(10).unwrap();
    format!("{}{}", &code[..7], (last + 1) % 10)
}

#[tokio::test]
async fn five_wrong_codes_kill_the_code() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let code = b.email_code(&app, ALICE_ALT).await;
    for remaining in (1..=4).rev() {
        let page = b.post("/reset/code", &[("code", &wrong_of(&code))]).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        page.assert_has(&format!("You can try {remaining} more time"));
    }
    let fifth = b.post("/reset/code", &[("code", &wrong_of(&code))]).await;
    fifth.assert_has("this code no longer works");
    let right = b.post("/reset/code", &[("code", &code)]).await;
    assert_eq!(right.status, StatusCode::UNPROCESSABLE_ENTITY);
    right.assert_has("this code no longer works");
    assert!(!right.has("Choose a new password"));
}

#[tokio::test]
async fn a_malformed_code_is_explained_and_not_counted() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let code = b.email_code(&app, ALICE_ALT).await;
    for junk in ["", "1234", "abcdefgh", "123456789"] {
        let page = b.post("/reset/code", &[("code", junk)]).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        page.assert_has("Enter the 8-digit code");
    }
    let spaced = format!("{} {}", &code[..4], &code[4..]);
    b.post("/reset/code", &[("code", &spaced)])
        .await
        .assert_has("Choose a new password");
}

#[tokio::test]
async fn an_expired_code_is_refused() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let code = b.email_code(&app, ALICE_ALT).await;
    app.clock.advance(601);
    let page = b.post("/reset/code", &[("code", &code)]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("That code has expired");
}

#[tokio::test]
async fn resend_waits_for_the_cooldown_and_invalidates_the_old_code() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let first = b.email_code(&app, ALICE_ALT).await;
    let early = b.post("/reset/resend", &[]).await;
    assert_eq!(early.status, StatusCode::TOO_MANY_REQUESTS);
    early.assert_has("before asking for a new code");

    app.clock.advance(61);
    let page = b.post("/reset/resend", &[]).await;
    page.assert_has("We emailed a code to");
    let second = app.wait_mail(ALICE_ALT, 1).await.code();
    assert_ne!(first, second);
    let old = b.post("/reset/code", &[("code", &first)]).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    old.assert_has("That code isn't right");
    b.post("/reset/code", &[("code", &second)])
        .await
        .assert_has("Choose a new password");
}

#[tokio::test]
async fn a_code_works_once_and_only_in_its_own_flow() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let code = b.email_code(&app, ALICE_ALT).await;

    // Another browser, another flow for the same user: the first flow's code means nothing there.
    let mut other = app.browser();
    other.start(&app, "alice").await;
    other.post("/reset/method", &[("method", "email")]).await;
    let foreign = other.post("/reset/code", &[("code", &code)]).await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);

    b.post("/reset/code", &[("code", &code)])
        .await
        .assert_has("Choose a new password");
    let mail = app.wait_mail(ALICE_ALT, 0).await;
    assert!(
        mail.text()
            .contains("Subject: Acme Corp: your verification code")
    );
    assert!(
        mail.text()
            .contains("From: \"Acme Corp\" <no-reply@acme.example>")
            || mail
                .text()
                .contains("From: Acme Corp <no-reply@acme.example>"),
        "{}",
        mail.text()
    );
}

#[tokio::test]
async fn the_reset_session_expires_after_15_minutes() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let code = b.email_code(&app, ALICE_ALT).await;
    app.clock.advance(15 * 60 + 1);
    let page = b.post("/reset/code", &[("code", &code)]).await;
    assert_eq!(
        page.status,
        StatusCode::FORBIDDEN,
        "the old session and its CSRF token are gone"
    );
    let verify = b.get("/reset/verify").await;
    assert_eq!(verify.status, StatusCode::GONE);
    verify.assert_has("Your reset session has expired");
}
