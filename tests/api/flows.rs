//! The reset flow end to end: one gate, two gates, phone confirmation, voice, delivery failure.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::domain::policy::Method;

#[tokio::test]
async fn one_gate_email_reset_writes_the_password_and_notifies_the_user() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let home = b.get("/").await;
    home.assert_has("Can't access your account?");
    home.assert_has("Acme Corp");

    let methods = b.start(&app, "alice").await;
    assert_eq!(methods.status, StatusCode::OK);
    methods.assert_has("Verification step 1 of 1");
    methods.assert_has("a•••@e•••.net");
    methods.assert_has("+1 ••• ••• ••01");

    let password_page = b.pass_email_gate(&app, "alice.alt@example.net").await;
    password_page.assert_has("Choose a new password");

    let done = b.set_password(GOOD_PASSWORD).await;
    assert_eq!(done.status, StatusCode::OK);
    done.assert_has("Your password was reset");
    assert!(app.password_works("alice", GOOD_PASSWORD).await);
    assert!(!app.password_works("alice", OLD_PASSWORD).await);

    // The notice goes to the registered email and the user's mailbox, and never holds the password.
    for to in ["alice.alt@example.net", "alice@acme.example"] {
        let n = if to == "alice.alt@example.net" { 1 } else { 0 };
        let notice = app.wait_mail(to, n).await;
        let text = notice.text();
        assert!(
            text.contains("Acme Corp: your password was reset"),
            "{text}"
        );
        assert!(text.contains("If this wasn't you"), "{text}");
        assert!(!text.contains(GOOD_PASSWORD));
    }
    let audit = app.audit_activities().await;
    for step in [
        "flow_started:success",
        "code_sent:success",
        "gate_passed:success",
        "reset_succeeded:success",
    ] {
        assert!(
            audit.contains(&step.to_string()),
            "{step} missing from {audit:?}"
        );
    }
    let rows = app
        .state
        .store
        .audit_rows(&app.tenant.id, None)
        .await
        .unwrap();
    assert!(
        rows.iter()
            .all(|r| r.client_ip == "127.0.0.1" && r.tracking_id == done.tracking())
    );
}

#[tokio::test]
async fn two_gates_do_not_offer_the_first_method_again() {
    let app = spawn_app_with(|s| s.policy.gates = 2).await;
    let mut b = app.browser();
    let methods = b.start(&app, "bob").await;
    methods.assert_has("Verification step 1 of 2");
    methods.assert_has("value=\"email\"");

    let gate2 = b.pass_email_gate(&app, "bob.alt@example.net").await;
    gate2.assert_has("Verification step 2 of 2");
    assert!(
        !gate2.has("value=\"email\""),
        "email offered again:\n{}",
        gate2.body
    );
    gate2.assert_has("value=\"sms\"");

    // Forging the used method back in is refused.
    let forged = b.post("/reset/method", &[("method", "email")]).await;
    assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);

    let confirm = b.post("/reset/method", &[("method", "sms")]).await;
    confirm.assert_has("Confirm your phone number");
    assert_eq!(
        app.gateway_count(),
        0,
        "nothing is sent before the number is confirmed"
    );
    let code_page = b
        .post("/reset/phone", &[("number", "+1 (650) 253-0003")])
        .await;
    code_page.assert_has("We texted a code to");
    let sms = app.wait_gateway(0).await;
    assert_eq!(sms.resource, "Messages.json");
    assert_eq!(sms.fields["To"], "+16502530003");
    assert!(sms.fields["Body"].starts_with("Acme Corp verification code"));
    assert!(sms.authorization.starts_with("Basic "));

    let password_page = b.post("/reset/code", &[("code", &sms.code())]).await;
    password_page.assert_has("Choose a new password");
    let done = b.set_password(GOOD_PASSWORD).await;
    done.assert_has("Your password was reset");
    assert!(app.password_works("bob", GOOD_PASSWORD).await);
}

#[tokio::test]
async fn a_wrong_phone_number_sends_nothing() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.post("/reset/method", &[("method", "sms")]).await;
    let wrong = b
        .post("/reset/phone", &[("number", "+1 650 253 0099")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("doesn't match the one we have");
    let unreadable = b.post("/reset/phone", &[("number", "650 253 0001")]).await;
    assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
    unreadable.assert_has("international form");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(app.gateway_count(), 0);
}

#[tokio::test]
async fn office_phone_call_reads_the_code_digit_by_digit() {
    let app = spawn_app_with(|s| s.policy.methods = vec![Method::Email, Method::OfficeVoice]).await;
    let mut b = app.browser();
    let methods = b.start(&app, "bob").await;
    methods.assert_has("Call my office phone");
    assert!(!methods.has("Text my mobile phone"), "sms is not in policy");
    b.post("/reset/method", &[("method", "office_voice")]).await;
    let page = b.post("/reset/phone", &[("number", "+16502530002")]).await;
    page.assert_has("We're calling you with a code at");
    let call = app.wait_gateway(0).await;
    assert_eq!(call.resource, "Calls.json");
    assert_eq!(call.fields["To"], "+16502530002");
    let twiml = &call.fields["Twiml"];
    assert!(
        twiml.starts_with(r#"<Response><Say language="en-US">This is Acme Corp."#),
        "{twiml}"
    );
    let code = call.code();
    let spoken: Vec<String> = code.chars().map(String::from).collect();
    assert!(twiml.contains(&spoken.join(", ")), "{twiml}");
    let next = b.post("/reset/code", &[("code", &code)]).await;
    next.assert_has("Choose a new password");
}

#[tokio::test]
async fn a_gateway_failure_says_we_could_not_reach_the_phone() {
    let app = spawn_app().await;
    app.gateway
        .fail
        .store(true, std::sync::atomic::Ordering::SeqCst);
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.post("/reset/method", &[("method", "voice")]).await;
    b.post("/reset/phone", &[("number", "+1 650 253 0001")])
        .await;
    app.wait_gateway(0).await;
    let page = b.get_until("/reset/verify", "We couldn't reach you").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_has("We couldn't reach you");
    page.assert_has("Use another method");
    let back = b.post("/reset/another", &[]).await;
    back.assert_has("Choose how to verify it's you");
    assert!(
        app.audit_activities()
            .await
            .contains(&"code_delivery_failed:failure".to_string())
    );
}

#[tokio::test]
async fn the_generic_webhook_gateway_receives_json() {
    let app = spawn_app_with(|s| {
        let gw = s.config.phone_gateway.as_mut().unwrap();
        gw.kind = sspr::config::GatewayKind::Webhook;
        gw.url = format!("{}/hook", gw.url);
    })
    .await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.post("/reset/method", &[("method", "sms")]).await;
    b.post("/reset/phone", &[("number", "+16502530001")]).await;
    let hook = app.wait_gateway(0).await;
    assert_eq!(hook.resource, "hook");
    assert_eq!(hook.fields["channel"], "sms");
    assert_eq!(hook.fields["to"], "+16502530001");
    assert_eq!(hook.authorization, "Bearer gateway-secret-token");
    b.post("/reset/code", &[("code", &hook.code())])
        .await
        .assert_has("Choose a new password");
}

#[tokio::test]
async fn the_tenant_is_found_by_host_name_too() {
    let app = spawn_app().await;
    app.state
        .store
        .create_tenant(
            "other",
            "Other Org",
            Some("reset.other.test"),
            app.clock.now(),
        )
        .await
        .unwrap();
    let page = reqwest::Client::new()
        .get(format!("http://{}/reset", app.addr))
        .header("host", "reset.acme.test")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Acme Corp"));
    let other = reqwest::Client::new()
        .get(format!("http://{}/reset", app.addr))
        .header("host", "reset.other.test")
        .send()
        .await
        .unwrap();
    assert!(other.text().await.unwrap().contains("Other Org"));
    // With two tenants and no default, an unknown host or slug finds none.
    for url in [
        format!("http://{}/reset", app.addr),
        format!("http://{}/t/nope/reset", app.addr),
    ] {
        let unknown = reqwest::Client::new().get(url).send().await.unwrap();
        assert_eq!(unknown.status(), 404);
        assert!(
            unknown
                .text()
                .await
                .unwrap()
                .contains("Organisation not found")
        );
    }
}

#[tokio::test]
async fn an_unlock_flow_can_not_set_a_password() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start_unlock(&app, "alice").await;
    b.pass_email_gate(&app, "alice.alt@example.net")
        .await
        .assert_has("Unlock your account");
    let crossed = b.set_password(GOOD_PASSWORD).await;
    assert_eq!(crossed.status, StatusCode::FORBIDDEN);
    assert!(app.password_works("alice", OLD_PASSWORD).await);
    assert!(!app.password_works("alice", GOOD_PASSWORD).await);
}

#[tokio::test]
async fn a_reset_flow_can_not_unlock() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.pass_email_gate(&app, "alice.alt@example.net")
        .await
        .assert_has("Choose a new password");
    let crossed = b.post("/reset/unlock", &[]).await;
    assert_eq!(crossed.status, StatusCode::FORBIDDEN, "{}", crossed.body);
    assert!(
        !app.audit_activities()
            .await
            .contains(&"account_unlocked:success".to_string())
    );
}
