//! Two portal processes on one PostgreSQL database behave as one portal: whichever instance a
//! load balancer sends a request to, the session, captcha nonce, code, throttle and block are
//! the same.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn a_reset_started_on_one_instance_goes_on_on_the_other() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let (one, two) = (app.addr, app.another_instance().await);
    let mut b = app.browser();

    // A picture drawn by one instance is checked by the other, and its nonce is spent for
    // both: sent again to the first, the same solved form is refused.
    let token = b.get("/reset").await.captcha_token();
    let answer = app.last_captcha();
    b.switch_to(two);
    let spent = b
        .post("/reset", &[("user_id", ""), ("captcha", &answer)])
        .await;
    spent.assert_has("Enter your user ID.");
    b.switch_to(one);
    let csrf = spent.csrf();
    let fields = [
        ("csrf", csrf.as_str()),
        ("captcha_token", token.as_str()),
        ("user_id", "alice"),
        ("captcha", answer.as_str()),
    ];
    let replay = b.post_raw("/reset", &fields).await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    replay.assert_has("expired or was already used");
    // A fresh picture from the first instance starts the flow on the second.
    let answer = app.last_captcha();
    b.switch_to(two);
    b.post("/reset", &[("user_id", "alice"), ("captcha", &answer)])
        .await
        .assert_has("Choose how to verify it's you");

    // The code sent by the second instance is checked by the first; a wrong one counts on both.
    let code = b.email_code(&app, "alice.alt@example.net").await;
    b.switch_to(one);
    let wrong = a_wrong_code(&code);
    b.post("/reset/code", &[("code", wrong)])
        .await
        .assert_has("You can try 4 more times");
    b.switch_to(two);
    b.post("/reset/code", &[("code", wrong)])
        .await
        .assert_has("You can try 3 more times");
    b.switch_to(one);
    b.post("/reset/code", &[("code", &code)])
        .await
        .assert_has("Choose a new password");
    b.switch_to(two);
    b.set_password(GOOD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(app.password_works("alice", GOOD_PASSWORD).await);

    // The finished flow is over on both instances.
    for addr in [one, two] {
        b.switch_to(addr);
        let page = b.get("/reset/password").await;
        assert!(!page.has("Choose a new password"), "{}", page.body);
    }
}

#[tokio::test]
async fn throttles_and_blocks_hold_across_instances() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let instances = [app.addr, app.another_instance().await];
    // Five attempts in an hour, alternating: the sixth is blocked wherever it lands.
    for n in 0..5 {
        let mut b = app.browser();
        b.switch_to(instances[n % 2]);
        b.start(&app, "alice")
            .await
            .assert_has("Choose how to verify it's you");
    }
    for addr in instances {
        let mut b = app.browser();
        b.switch_to(addr);
        let blocked = b.start(&app, "alice").await;
        assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS, "{addr}");
        blocked.assert_has("blocked for this account until");
    }
    let mut b = app.browser();
    b.switch_to(instances[1]);
    b.start(&app, "bob")
        .await
        .assert_has("Choose how to verify it's you");
}

#[tokio::test]
async fn a_sign_in_on_one_instance_holds_on_the_other_until_sign_out() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let (one, two) = (app.addr, app.another_instance().await);
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD)
        .await
        .assert_has("Your security info");
    b.switch_to(two);
    b.get("/register/methods")
        .await
        .assert_has("Your security info");
    b.post("/register/sign-out", &[]).await;
    b.switch_to(one);
    let page = b.get("/register/methods").await;
    page.assert_has("Sign in to manage your security info");
    assert!(!page.has("Your security info"), "{}", page.body);
}

#[tokio::test]
async fn a_console_change_saved_on_one_instance_is_served_by_the_other_at_once() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let two = app.another_instance().await;
    let mut user = app.browser();
    user.switch_to(two);
    // The second instance has read (and keeps a copy of) the tenant.
    assert!(!user.get("/reset").await.has("https://help.acme.test"));

    let mut admin = app.browser();
    crate::helpers::admin::enrolled(&app, &mut admin).await;
    let form = admin
        .get("/admin/policy/helpdesk")
        .await
        .form("/admin/policy/helpdesk");
    let form = crate::helpers::forms::with(form, "helpdesk.kind", "url");
    let form = crate::helpers::forms::with(form, "helpdesk.value", "https://help.acme.test");
    admin
        .submit("/admin/policy/helpdesk", &form)
        .await
        .assert_has("Saved: Helpdesk link.");
    // Told by PostgreSQL, the other instance drops its copy: well before its 5 s lifetime.
    let mut served = false;
    for _ in 0..20 {
        if user
            .get("/reset")
            .await
            .has(r#"<a href="https://help.acme.test">"#)
        {
            served = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        served,
        "the second instance still serves the old helpdesk link after 2 s"
    );
}
