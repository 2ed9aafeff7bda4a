//! Account privacy: in conceal mode an unknown user ID can't be told from a real one;
//! in helpful mode the user is told what's wrong.

use crate::helpers::*;
use axum::http::StatusCode;
use regex::Regex;

/// The page with what legitimately differs (masked values, tokens, tracking ID) blanked out.
fn normalised(body: &str) -> String {
    let patterns = [
        r#"name="csrf" value="[^"]+""#,
        r#"data-csrf="[^"]+""#,
        r#"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"#,
        r#"[a-z]•••@[a-z]•••\.[a-z]+"#,
        r#"\+\d+ ••• ••• ••\d\d"#,
    ];
    let mut out = body.to_string();
    for p in patterns {
        out = Regex::new(p).unwrap().replace_all(&out, "…").to_string();
    }
    out
}

#[tokio::test]
async fn an_unknown_user_gets_the_same_pages_and_nothing_is_sent() {
    let app = spawn_app().await;
    let mut real = app.browser();
    let mut fake = app.browser();
    let real_methods = real.start(&app, "alice").await;
    let fake_methods = fake.start(&app, "zoe.nobody").await;
    assert_eq!(real_methods.status, fake_methods.status);
    assert_eq!(
        normalised(&real_methods.body),
        normalised(&fake_methods.body)
    );

    let real_code = real.post("/reset/method", &[("method", "email")]).await;
    let fake_code = fake.post("/reset/method", &[("method", "email")]).await;
    assert_eq!(real_code.status, fake_code.status);
    assert_eq!(normalised(&real_code.body), normalised(&fake_code.body));

    let real_wrong = real.post("/reset/code", &[("code", "00000000")]).await;
    let fake_wrong = fake.post("/reset/code", &[("code", "00000000")]).await;
    assert_eq!(real_wrong.status, fake_wrong.status);
    assert_eq!(normalised(&real_wrong.body), normalised(&fake_wrong.body));

    // Phone gates too: the decoy's number never matches and nothing is sent.
    fake.post("/reset/another", &[]).await;
    let phone = fake.post("/reset/method", &[("method", "sms")]).await;
    phone.assert_has("Confirm your phone number");
    let mismatch = fake
        .post("/reset/phone", &[("number", "+1 650 253 0001")])
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);

    app.wait_mail("alice.alt@example.net", 0).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.mail.lock().unwrap().len(),
        1,
        "only the real user got an email"
    );
    assert_eq!(app.gateway_count(), 0);
}

#[tokio::test]
async fn decoy_methods_are_stable_for_the_same_user_id() {
    let app = spawn_app().await;
    let masks = |body: &str| {
        Regex::new(r#"class="masked">([^<]+)<"#)
            .unwrap()
            .captures_iter(body)
            .map(|c| c[1].to_string())
            .collect::<Vec<_>>()
    };
    let first = app.browser().start(&app, "ghost").await;
    let second = app.browser().start(&app, "GHOST").await;
    assert!(!masks(&first.body).is_empty());
    assert_eq!(masks(&first.body), masks(&second.body));
}

#[tokio::test]
async fn disabled_and_unregistered_users_are_concealed_too() {
    let app = spawn_app_with(|s| s.policy.gates = 2).await;
    // erin has only an email: not enough for two gates. dave is disabled.
    for user in ["erin", "dave"] {
        let page = app.browser().start(&app, user).await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_has("Verification step 1 of 2");
    }
}

#[tokio::test]
async fn helpful_mode_says_what_is_wrong() {
    let app = spawn_app_with(|s| {
        s.policy.privacy = sspr::domain::policy::Privacy::Helpful;
        s.policy.gates = 2;
    })
    .await;
    let unknown = app.browser().start(&app, "zoe.nobody").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    unknown.assert_has("We couldn't find that user ID");
    unknown.assert_has("Contact your administrator");
    unknown.tracking();
    let erin = app.browser().start(&app, "erin").await;
    assert_eq!(erin.status, StatusCode::FORBIDDEN);
    erin.assert_has("haven't registered enough");
    let dave = app.browser().start(&app, "dave").await;
    assert_eq!(dave.status, StatusCode::FORBIDDEN);
    dave.assert_has("isn't enabled for self-service");
}

#[tokio::test]
async fn group_scope_and_reset_off() {
    let app = spawn_app_with(|s| {
        s.policy.privacy = sspr::domain::policy::Privacy::Helpful;
        s.policy.reset = sspr::domain::policy::ResetScope::Group("sspr-users".into());
    })
    .await;
    let outside = app.browser().start(&app, "alice").await;
    assert_eq!(outside.status, StatusCode::FORBIDDEN);
    outside.assert_has("isn't enabled for self-service");

    let off = spawn_app_with(|s| s.policy.reset = sspr::domain::policy::ResetScope::Off).await;
    let page = off.browser().start(&off, "alice").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    page.assert_has("turned off");
}
