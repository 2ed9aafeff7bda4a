//! The password policy, checked before anything is written: every rule, all reasons at once.

use crate::helpers::*;
use axum::http::StatusCode;

async fn at_password_page(app: &TestApp) -> Browser {
    let mut b = app.browser();
    b.start(app, "alice").await;
    b.pass_email_gate(app, "alice.alt@example.net")
        .await
        .assert_has("Choose a new password");
    b
}

async fn refused(b: &mut Browser, password: &str, expected: &[&str]) {
    let page = b.set_password(password).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{password} accepted: {}",
        page.text()
    );
    for reason in expected {
        page.assert_has(reason);
    }
}

#[tokio::test]
async fn every_rule_is_enforced_and_explained() {
    let app = spawn_app_with(|s| {
        let p = &mut s.policy.password;
        p.min_length = 12;
        p.max_length = 40;
        p.require_uppercase = true;
        p.require_lowercase = true;
        p.require_digit = true;
        p.require_symbol = true;
        p.banned_words = vec!["acme".into()];
    })
    .await;
    let mut b = at_password_page(&app).await;
    refused(
        &mut b,
        "short",
        &[
            "at least 12 characters",
            "upper-case",
            "a digit",
            "a symbol",
        ],
    )
    .await;
    refused(
        &mut b,
        &format!("Aa1!{}", "x".repeat(40)),
        &["at most 40 characters"],
    )
    .await;
    refused(&mut b, "ALLUPPER-CASE-123", &["a lower-case letter"]).await;
    refused(
        &mut b,
        "Martin-Rides-Bikes-9",
        &["must not contain your name or user ID"],
    )
    .await;
    refused(&mut b, "Password123456!", &["too common"]).await;
    refused(&mut b, "P@$$w0rd-Qwerty1", &["too common"]).await;
    refused(
        &mut b,
        "@CME-Granite-Orbit-9",
        &["a word your organisation doesn't allow"],
    )
    .await;
    refused(
        &mut b,
        "Big-@cme-Kettle-Orbit-7",
        &["a word your organisation doesn't allow"],
    )
    .await;

    let mismatch = b
        .post(
            "/reset/password",
            &[
                ("password", GOOD_PASSWORD),
                ("confirm", "Granite-Kettle-Orbit-43"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    mismatch.assert_has("don't match");

    // Nothing was written by any refused attempt.
    assert!(app.password_works("alice", OLD_PASSWORD).await);
    let done = b.set_password(GOOD_PASSWORD).await;
    done.assert_has("Your password was reset");
    assert!(app.password_works("alice", GOOD_PASSWORD).await);
    let failures = app
        .audit_activities()
        .await
        .iter()
        .filter(|a| *a == "reset_failed:failure")
        .count();
    assert_eq!(failures, 8);
}

#[tokio::test]
async fn the_strength_meter_scores_as_the_user_types() {
    let app = spawn_app().await;
    let b = at_password_page(&app).await;
    let page = b.last.clone().unwrap();
    let csrf = page.csrf();
    let score = |pw: &'static str| {
        let request = b
            .client()
            .post(app.url("/reset/strength"))
            .header("x-csrf-token", csrf.clone())
            .json(&serde_json::json!({ "password": pw }));
        async move {
            request
                .send()
                .await
                .unwrap()
                .json::<serde_json::Value>()
                .await
                .unwrap()["score"]
                .as_u64()
                .unwrap()
        }
    };
    assert!(score("password").await <= 1);
    assert!(score("alicemartin").await <= 1);
    assert!(score(GOOD_PASSWORD).await >= 3);
    let forged = b
        .client()
        .post(app.url("/reset/strength"))
        .json(&serde_json::json!({ "password": "x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    // The page itself works without JavaScript: the script is an external, deferred enhancement.
    page.assert_has(r#"<script src="/static/strength.js" defer></script>"#);
    assert!(!page.body.contains("<script>"));
}
