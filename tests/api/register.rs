//! The registration portal: sign-in, registering and changing contacts with real codes, the
//! notices a change sends, removal limits.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::store::registrations::{ContactKind, Registration, Source};

#[tokio::test]
async fn sign_in_with_the_directory_password_then_out() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let wrong = b.sign_in("alice", "not-her-password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("That user ID and password don't match");
    wrong.assert_has("value=\"alice\"");
    // An unknown user ID gets the very same answer.
    let unknown = b.sign_in("nobody", OLD_PASSWORD).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    unknown.assert_has("That user ID and password don't match");
    // A disabled account can't sign in, even with its password.
    let disabled = b.sign_in("dave", OLD_PASSWORD).await;
    assert_eq!(disabled.status, StatusCode::UNPROCESSABLE_ENTITY);

    let methods = b.sign_in("Alice", OLD_PASSWORD).await;
    assert_eq!(methods.status, StatusCode::OK);
    assert!(
        methods.url.ends_with("/register/methods"),
        "{}",
        methods.url
    );
    methods.assert_has("Hello Alice Martin");
    methods.assert_has("alice.alt@example.net");
    methods.assert_has("+1 650-253-0001");
    methods.assert_has("Set by your administrator");

    let out = b.post("/register/sign-out", &[]).await;
    out.assert_has("You're signed out");
    let after = b.get("/register/methods").await;
    after.assert_has("Sign in to manage your security info");

    let audit = app.audit_activities().await;
    for expected in [
        "sign_in_failed:failure",
        "signed_in:success",
        "signed_out:success",
    ] {
        assert!(
            audit.iter().any(|a| a == expected),
            "{expected} in {audit:?}"
        );
    }
    let rows = app
        .state
        .store
        .audit_rows(&app.tenant.id, None)
        .await
        .unwrap();
    let details: Vec<&str> = rows.iter().map(|r| r.detail.as_str()).collect();
    assert!(details.contains(&"unknown user ID") && details.contains(&"account disabled"));
}

#[tokio::test]
async fn failed_sign_ins_are_throttled_per_user_and_per_address() {
    let app = spawn_app().await;
    let mut b = app.browser();
    for _ in 0..5 {
        let page = b.sign_in("alice", "wrong-password-here").await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Past the limit even the right password is refused, without being checked.
    let throttled = b.sign_in("alice", OLD_PASSWORD).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    throttled.assert_has("Too many failed sign-ins");
    // Other users from this address are still let in (20 failures per address an hour)...
    let bob = app.browser().sign_in("bob", OLD_PASSWORD).await;
    assert_eq!(bob.status, StatusCode::OK);
    // ...and an hour later alice is too.
    app.clock.advance(3601);
    let later = app.browser().sign_in("alice", OLD_PASSWORD).await;
    assert_eq!(later.status, StatusCode::OK);
    later.assert_has("Your security info");

    // Spraying many user IDs from one address hits the per-address limit.
    let app = spawn_app_with(|s| s.policy.throttle.sign_in_failures_per_ip_per_hour = 3).await;
    let mut b = app.browser();
    for user in ["u1", "u2", "u3"] {
        b.sign_in(user, "guess").await;
    }
    let blocked = b.sign_in("bob", OLD_PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn sign_in_rotates_the_session_and_idle_sessions_end() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let first = client.get(app.url("/register")).send().await.unwrap();
    let cookie_of = |r: &reqwest::Response| {
        let raw = r.headers()["set-cookie"].to_str().unwrap();
        raw.split(';').next().unwrap().to_string()
    };
    let before = cookie_of(&first);
    let csrf = {
        let body = first.text().await.unwrap();
        let re = regex::Regex::new(r#"name="csrf" value="([^"]+)""#).unwrap();
        re.captures(&body).unwrap()[1].to_string()
    };
    let signed = client
        .post(app.url("/register/sign-in"))
        .header("cookie", &before)
        .form(&[
            ("csrf", csrf.as_str()),
            ("user_id", "alice"),
            ("password", OLD_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), StatusCode::SEE_OTHER);
    let after = cookie_of(&signed);
    assert_ne!(before, after, "the session ID changes on sign-in");
    let stale = client
        .get(app.url("/register/methods"))
        .header("cookie", &before)
        .send()
        .await
        .unwrap();
    assert_eq!(
        stale.status(),
        StatusCode::SEE_OTHER,
        "the old ID is not signed in"
    );

    // Activity keeps the session alive; 15 idle minutes end it.
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await;
    app.clock.advance(14 * 60);
    b.get("/register/methods").await.assert_has("Hello Alice");
    app.clock.advance(14 * 60);
    b.get("/register/methods").await.assert_has("Hello Alice");
    app.clock.advance(15 * 60 + 1);
    let ended = b.get("/register/methods").await;
    ended.assert_has("Sign in to manage your security info");
}

#[tokio::test]
async fn registers_an_alternate_email_with_the_emailed_code() {
    let app = spawn_app().await;
    app.state
        .store
        .delete_registration(&app.tenant.id, "alice", ContactKind::Email)
        .await
        .unwrap();
    let mut b = app.browser();
    let methods = b.sign_in("alice", OLD_PASSWORD).await;
    methods.assert_has("Alternate email");
    methods.assert_has("Not set");
    // Her mobile is verified: it confirms the change first.
    b.prove(&app, "email", "mobile", "+16502530001")
        .await
        .assert_has("Add your alternate email");

    let bad = b
        .post(
            "/register/send",
            &[("method", "email"), ("value", "not an address")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_has("id=\"value-error\"");
    bad.assert_has("aria-describedby=\"value-hint value-error\"");

    let code_page = b
        .post(
            "/register/send",
            &[("method", "email"), ("value", "Alice.Home@Example.org")],
        )
        .await;
    code_page.assert_has("We emailed a code to");
    // Nothing is saved before the code is entered.
    let regs = app.registrations("alice").await;
    assert!(regs.iter().all(|r| r.kind != ContactKind::Email));

    let mail = app.wait_mail("Alice.Home@example.org", 0).await;
    let saved = b.post("/register/code", &[("code", &mail.code())]).await;
    assert!(saved.url.ends_with("/register/methods"), "{}", saved.url);
    saved.assert_has("Saved:");
    saved.assert_has("Alice.Home@example.org");
    saved.assert_has("Verified on");
    let regs = app.registrations("alice").await;
    let email = regs.iter().find(|r| r.kind == ContactKind::Email).unwrap();
    assert_eq!(email.source, Source::User);
    assert!(email.verified_at.is_some());
    assert!(
        app.audit_activities()
            .await
            .contains(&"method_registered:success".to_string())
    );

    // The change notice to the new address (sent in the background) arrives first.
    assert!(
        !app.wait_mail("Alice.Home@example.org", 1)
            .await
            .text()
            .contains(&mail.code())
    );

    // The reset flow now uses it.
    let mut r = app.browser();
    r.start(&app, "alice").await;
    let before = app.mails_to("Alice.Home@example.org");
    r.post("/reset/method", &[("method", "email")])
        .await
        .assert_has("A•••@e•••.org");
    let code = app.wait_mail("Alice.Home@example.org", before).await.code();
    r.post("/reset/code", &[("code", &code)])
        .await
        .assert_has("Choose a new password");
}

#[tokio::test]
async fn registers_a_mobile_by_text_and_changes_it_by_call() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.sign_in("erin", OLD_PASSWORD).await;
    let form = b
        .prove(&app, "mobile", "email", "erin.alt@example.net")
        .await;
    form.assert_has("Add your mobile phone");
    form.assert_has("Text me a code");
    form.assert_has("Call me");

    let unreadable = b
        .post(
            "/register/send",
            &[("method", "sms"), ("value", "425 555 0167")],
        )
        .await;
    assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
    unreadable.assert_has("international form");
    assert_eq!(app.gateway_count(), 0);

    b.post(
        "/register/send",
        &[("method", "sms"), ("value", "+1 650 253 0077")],
    )
    .await
    .assert_has("We texted a code to");
    let sms = app.wait_gateway(0).await;
    assert_eq!(sms.resource, "Messages.json");
    assert_eq!(sms.fields["To"], "+16502530077");
    // Asking again at once is refused until the cooldown has passed.
    let early = b.post("/register/resend", &[]).await;
    assert_eq!(early.status, StatusCode::TOO_MANY_REQUESTS);
    early.assert_has("Please wait");
    let saved = b.post("/register/code", &[("code", &sms.code())]).await;
    saved.assert_has("+1 650-253-0077");
    assert!(
        !captured_logs().contains(&sms.code()),
        "no code in the logs"
    );
    saved.assert_has("Verified on");

    // A change, verified by a voice call this time.
    b.get("/register/mobile")
        .await
        .assert_has("Change your mobile phone");
    b.post(
        "/register/send",
        &[("method", "voice"), ("value", "+16502530078")],
    )
    .await
    .assert_has("We're calling you with a code at");
    let call = app.wait_gateway(1).await;
    assert_eq!(call.resource, "Calls.json");
    assert_eq!(call.fields["To"], "+16502530078");
    b.post("/register/code", &[("code", &call.code())])
        .await
        .assert_has("+1 650-253-0078");
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"method_registered:success".to_string()));
    assert!(audit.contains(&"method_changed:success".to_string()));
}

#[tokio::test]
async fn a_wrong_code_saves_nothing_and_five_kill_it() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.sign_in("erin", OLD_PASSWORD).await;
    b.prove(&app, "mobile", "email", "erin.alt@example.net")
        .await;
    b.post(
        "/register/send",
        &[("method", "sms"), ("value", "+1 650 253 0077")],
    )
    .await;
    let right = app.wait_gateway(0).await.code();
    let wrong = a_wrong_code(&right);
    let first = b.post("/register/code", &[("code", wrong)]).await;
    assert_eq!(first.status, StatusCode::UNPROCESSABLE_ENTITY);
    first.assert_has("That code isn't right. You can try 4 more times.");
    let malformed = b.post("/register/code", &[("code", "12")]).await;
    malformed.assert_has("Enter the 8-digit code");
    for _ in 0..4 {
        b.post("/register/code", &[("code", wrong)]).await;
    }
    let dead = b.post("/register/code", &[("code", &right)]).await;
    dead.assert_has("this code no longer works");
    let regs = app.registrations("erin").await;
    assert!(
        regs.iter().all(|r| r.kind != ContactKind::Mobile),
        "nothing saved"
    );
    assert!(
        app.audit_activities()
            .await
            .contains(&"registration_failed:failure".to_string())
    );
}

#[tokio::test]
async fn changing_the_email_tells_the_old_address_without_the_code() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await;
    b.prove(&app, "email", "mobile", "+16502530001").await;
    b.post(
        "/register/send",
        &[("method", "email"), ("value", "alice.new@example.org")],
    )
    .await;
    let code = app.wait_mail("alice.new@example.org", 0).await.code();
    b.post("/register/code", &[("code", &code)])
        .await
        .assert_has("Saved:");

    let old = app.wait_mail("alice.alt@example.net", 0).await;
    let text = old.text();
    assert!(
        text.contains("Your alternate email address was changed to a•••@e•••"),
        "{text}"
    );
    assert!(text.contains("If this wasn't you"));
    assert!(!text.contains(&code), "the notice carries no code");
    let new = app.wait_mail("alice.new@example.org", 1).await;
    assert!(new.text().contains("was changed to") && !new.text().contains(&code));
    assert!(
        app.audit_activities()
            .await
            .contains(&"method_changed:success".to_string())
    );

    // A phone change is told to the (now current) alternate email too. The proof by the
    // mobile can't vouch for a change of the mobile: the (new) email confirms it.
    b.prove(&app, "mobile", "email", "alice.new@example.org")
        .await;
    b.post(
        "/register/send",
        &[("method", "sms"), ("value", "+16502530099")],
    )
    .await;
    let sms = app.wait_gateway(1).await;
    b.post("/register/code", &[("code", &sms.code())]).await;
    let notice = app.wait_mail("alice.new@example.org", 3).await;
    assert!(
        notice
            .text()
            .contains("Your mobile phone number was changed to +1")
    );
}

#[tokio::test]
async fn removal_is_refused_below_the_number_of_gates() {
    let app = spawn_app().await;
    let mut b = app.browser();
    // erin has only an email; one gate needs one contact.
    b.sign_in("erin", OLD_PASSWORD).await;
    let refused = b.post("/register/remove", &[("kind", "email")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("You can't remove this one");
    refused.assert_has("at least 1 way to verify");
    assert_eq!(app.registrations("erin").await.len(), 1);

    // alice has two: she may remove one, and is told at her alternate email.
    let mut a = app.browser();
    a.sign_in("alice", OLD_PASSWORD).await;
    let asked = a.post("/register/remove", &[("kind", "mobile")]).await;
    asked.assert_has("Confirm it's you");
    assert_eq!(app.registrations("alice").await.len(), 2, "not yet");
    a.prove(&app, "mobile&removing=1", "email", "alice.alt@example.net")
        .await
        .assert_has("that's confirmed");
    let removed = a.post("/register/remove", &[("kind", "mobile")]).await;
    removed.assert_has("Removed.");
    let regs = app.registrations("alice").await;
    assert!(regs.iter().all(|r| r.kind != ContactKind::Mobile));
    let notice = app.wait_mail("alice.alt@example.net", 1).await;
    assert!(
        notice
            .text()
            .contains("was removed as your mobile phone number")
    );
    assert!(
        app.audit_activities()
            .await
            .contains(&"method_removed:success".to_string())
    );

    // With two gates, alice (email + mobile) can't remove either.
    let app = spawn_app_with(|s| s.policy.gates = 2).await;
    let mut a = app.browser();
    let methods = a.sign_in("alice", OLD_PASSWORD).await;
    assert!(!methods.has("Register at least"));
    let refused = a.post("/register/remove", &[("kind", "email")]).await;
    refused.assert_has("at least 2 ways");
}

#[tokio::test]
async fn only_verified_or_admin_set_contacts_count_for_reset() {
    let app = spawn_app_with(|s| s.policy.privacy = sspr::domain::policy::Privacy::Helpful).await;
    // erin's mobile exists but was never verified: the reset doesn't offer it.
    let reg = Registration {
        kind: ContactKind::Mobile,
        value: "+16502530066".into(),
        source: Source::User,
        verified_at: None,
    };
    let now = app.clock.now();
    app.state
        .store
        .put_registration(&app.tenant.id, "erin", &reg, now)
        .await
        .unwrap();
    let mut r = app.browser();
    let methods = r.start(&app, "erin").await;
    methods.assert_has("value=\"email\"");
    assert!(!methods.has("value=\"sms\""), "{}", methods.body);
    let mut b = app.browser();
    b.sign_in("erin", OLD_PASSWORD)
        .await
        .assert_has("Not verified");
}

#[tokio::test]
async fn portal_forms_need_the_session_csrf_token() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await;
    for path in [
        "/register/send",
        "/register/remove",
        "/register/password",
        "/register/confirm",
    ] {
        let forged = b
            .post_raw(path, &[("csrf", "forged"), ("kind", "email")])
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{path}");
    }
    let regs = app.registrations("alice").await;
    assert_eq!(regs.len(), 2, "nothing removed");
}
