//! The registration portal's journeys: re-confirmation, the interstitial other applications
//! send users through, and changing a known password.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::domain::policy::Method;

const DAY: i64 = 86_400;
const APPS: &str = "https://apps.acme.test";

#[tokio::test]
async fn reconfirmation_is_asked_after_the_configured_days() {
    let app = spawn_app_with(|s| s.policy.reconfirm_days = 30).await;
    let mut b = app.browser();
    let fresh = b.sign_in("alice", OLD_PASSWORD).await;
    assert!(fresh.url.ends_with("/register/methods"), "not due yet");

    app.clock.advance(31 * DAY);
    let mut b = app.browser();
    let prompt = b.sign_in("alice", OLD_PASSWORD).await;
    assert!(prompt.url.ends_with("/register/confirm"), "{}", prompt.url);
    prompt.assert_has("Are these still correct?");
    prompt.assert_has("alice.alt@example.net");
    prompt.assert_has("Looks good");
    // "Change" goes to the editing page.
    prompt.assert_has("/t/acme/register/methods\">Change</a>");

    let confirmed = b.post("/register/confirm", &[]).await;
    assert!(confirmed.url.ends_with("/register/methods"));
    confirmed.assert_has("your security info is confirmed");
    assert!(
        app.audit_activities()
            .await
            .contains(&"reconfirmed:success".to_string())
    );

    let mut b = app.browser();
    let again = b.sign_in("alice", OLD_PASSWORD).await;
    assert!(
        again.url.ends_with("/register/methods"),
        "confirmed: not asked again"
    );
}

#[tokio::test]
async fn no_reconfirmation_when_the_setting_is_zero() {
    let app = spawn_app_with(|s| s.policy.reconfirm_days = 0).await;
    app.clock.advance(3 * 365 * DAY);
    let mut b = app.browser();
    let page = b.sign_in("alice", OLD_PASSWORD).await;
    assert!(page.url.ends_with("/register/methods"), "{}", page.url);
    assert!(!page.has("These are all correct"));
}

#[tokio::test]
async fn the_interstitial_returns_to_an_allowed_origin_and_ignores_others() {
    let app = spawn_app_with(|s| s.policy.return_to_origins = vec![APPS.into()]).await;
    // alice has registered enough and nothing is due: straight back.
    let mut b = app.browser();
    let back = b
        .sign_in_from(
            "/register?return_to=https://apps.acme.test/mail?folder=inbox",
            "alice",
            OLD_PASSWORD,
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert_eq!(
        back.location.as_deref(),
        Some("https://apps.acme.test/mail?folder=inbox")
    );

    // A foreign origin (or a look-alike) is ignored: the user stays on the portal.
    for foreign in [
        "https://evil.test/phish",
        "https://apps.acme.test.evil.test/",
        "https://apps.acme.test@evil.test/",
        "//evil.test/",
    ] {
        let mut b = app.browser();
        let entry = format!("/register?return_to={}", urlencode(foreign));
        let page = b.sign_in_from(&entry, "alice", OLD_PASSWORD).await;
        assert_eq!(page.status, StatusCode::OK, "{foreign}");
        assert!(
            page.url.ends_with("/register/methods"),
            "{foreign}: {}",
            page.url
        );
        assert!(page.location.is_none());
        assert!(!page.has("evil.test"));
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn the_interstitial_makes_users_register_first_then_sends_them_back() {
    let app = spawn_app_with(|s| {
        s.policy.gates = 2;
        s.policy.return_to_origins = vec![APPS.into()];
    })
    .await;
    let entry = "/register?return_to=https%3A%2F%2Fapps.acme.test%2Fhome";
    // erin has only an email; two gates need two contacts.
    let mut b = app.browser();
    let methods = b.sign_in_from(entry, "erin", OLD_PASSWORD).await;
    assert!(methods.url.ends_with("/register/methods"));
    methods.assert_has("Register at least 2 ways to verify it's you (you have 1)");
    methods.assert_has("Skip for now");
    assert!(!methods.has(">Continue<"));

    // Skipping goes back now; the next sign-in asks again.
    let skipped = b.get("/register/skip").await;
    assert_eq!(
        skipped.location.as_deref(),
        Some("https://apps.acme.test/home")
    );
    let mut b = app.browser();
    let asked = b.sign_in_from(entry, "erin", OLD_PASSWORD).await;
    asked.assert_has("Register at least 2 ways");

    // Registering a mobile (confirmed by her email first) completes it; Continue goes back.
    b.prove(&app, "mobile", "email", "erin.alt@example.net")
        .await;
    b.post(
        "/register/send",
        &[("method", "sms"), ("value", "+16502530077")],
    )
    .await;
    let code = app.wait_gateway(0).await.code();
    let done = b.post("/register/code", &[("code", &code)]).await;
    done.assert_has(">Continue<");
    assert!(!done.has("Skip for now"));
    let back = b.get("/register/continue").await;
    assert_eq!(
        back.location.as_deref(),
        Some("https://apps.acme.test/home")
    );

    // Where the policy doesn't allow skipping, there is no way round.
    let app = spawn_app_with(|s| {
        s.policy.gates = 2;
        s.policy.allow_skip_registration = false;
        s.policy.return_to_origins = vec![APPS.into()];
    })
    .await;
    let mut b = app.browser();
    let methods = b.sign_in_from(entry, "erin", OLD_PASSWORD).await;
    methods.assert_has("Register at least 2 ways");
    assert!(!methods.has("Skip for now"));
    let forced = b.get("/register/skip").await;
    assert!(forced.location.is_none() && forced.url.ends_with("/register/methods"));
}

#[tokio::test]
async fn the_interstitial_asks_for_reconfirmation_when_due() {
    let app = spawn_app_with(|s| {
        s.policy.reconfirm_days = 30;
        s.policy.return_to_origins = vec![APPS.into()];
    })
    .await;
    app.clock.advance(40 * DAY);
    let mut b = app.browser();
    let entry = "/register?return_to=https%3A%2F%2Fapps.acme.test%2F";
    let prompt = b.sign_in_from(entry, "alice", OLD_PASSWORD).await;
    prompt.assert_has("Are these still correct?");
    let back = b.post("/register/confirm", &[]).await;
    assert_eq!(back.location.as_deref(), Some("https://apps.acme.test/"));
}

#[tokio::test]
async fn change_password_checks_the_current_one_and_the_policy() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await;
    let form = b.get("/register/password").await;
    form.assert_has("Current password");
    form.assert_has("label for=\"confirm\"");
    // The strength meter scores for a signed-in user too.
    let meter = b
        .client()
        .post(app.url("/reset/strength"))
        .header("x-csrf-token", form.csrf())
        .json(&serde_json::json!({ "password": "alice123" }))
        .send()
        .await
        .unwrap();
    assert_eq!(meter.status(), StatusCode::OK);
    let score: serde_json::Value = meter.json().await.unwrap();
    assert!(score["score"].as_u64().unwrap() <= 1, "{score}");

    let change = |current: &'static str, new: &'static str| {
        [("current", current), ("password", new), ("confirm", new)]
    };
    let wrong = b
        .post(
            "/register/password",
            &change("not-the-password", GOOD_PASSWORD),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("Your current password isn't right.");
    assert!(app.password_works("alice", OLD_PASSWORD).await);

    let weak = b
        .post("/register/password", &change(OLD_PASSWORD, "alice123"))
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    weak.assert_has("doesn't meet your organisation's rules");
    weak.assert_has("<ul class=\"reasons\">");
    assert!(app.password_works("alice", OLD_PASSWORD).await);

    let done = b
        .post("/register/password", &change(OLD_PASSWORD, GOOD_PASSWORD))
        .await;
    assert_eq!(done.status, StatusCode::OK);
    done.assert_has("Your password was changed");
    let notice = app.wait_mail("alice.alt@example.net", 0).await;
    assert!(
        notice.text().contains("was changed at"),
        "{}",
        notice.text()
    );
    assert!(!notice.text().contains(GOOD_PASSWORD));
    assert!(
        !captured_logs().contains(GOOD_PASSWORD),
        "no password in the logs"
    );

    let old = app.browser().sign_in("alice", OLD_PASSWORD).await;
    assert_eq!(
        old.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the old password no longer signs in"
    );
    let new = app.browser().sign_in("alice", GOOD_PASSWORD).await;
    new.assert_has("Your security info");
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"password_changed:success".to_string()));
    assert!(audit.contains(&"password_change_failed:failure".to_string()));
}

#[tokio::test]
async fn wrong_current_passwords_count_as_failed_sign_ins() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await;
    b.get("/register/password").await;
    for _ in 0..5 {
        let page = b
            .post(
                "/register/password",
                &[
                    ("current", "guess"),
                    ("password", GOOD_PASSWORD),
                    ("confirm", GOOD_PASSWORD),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let throttled = b
        .post(
            "/register/password",
            &[
                ("current", OLD_PASSWORD),
                ("password", GOOD_PASSWORD),
                ("confirm", GOOD_PASSWORD),
            ],
        )
        .await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(app.password_works("alice", OLD_PASSWORD).await);
}

#[tokio::test]
async fn portal_pages_label_every_field_and_work_without_javascript() {
    let app = spawn_app_with(|s| s.policy.methods.push(Method::OfficeVoice)).await;
    let mut b = app.browser();
    let mut pages = vec![b.get("/register").await];
    b.sign_in("bob", OLD_PASSWORD).await;
    for path in [
        "/register/methods",
        "/register/email",
        "/register/mobile",
        "/register/password",
    ] {
        pages.push(b.get(path).await);
    }
    let input =
        regex::Regex::new(r#"<input id="([^"]+)"[^>]*type="(text|email|tel|password|radio)""#)
            .unwrap();
    for page in &pages {
        assert_eq!(page.status, StatusCode::OK, "{}", page.url);
        assert!(page.has("name=\"viewport\""));
        for c in input.captures_iter(&page.body) {
            let label = format!("<label for=\"{}\">", &c[1]);
            assert!(
                page.body.contains(&label),
                "{}: no label for {}",
                page.url,
                &c[1]
            );
        }
        // Forms post to the server; nothing depends on a script.
        assert!(!page.body.contains("onclick") && !page.body.contains("javascript:"));
    }
    // bob's office phone is shown, set by the admin, not editable.
    let methods = &pages[1];
    methods.assert_has("Office phone");
    methods.assert_has("+1 650-253-0002");
    methods.assert_has("Only your administrator can change this.");
}
