//! The helpdesk link on failure pages: by default an email to the tenant's admins.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::domain::policy::HelpdeskLink;

#[tokio::test]
async fn contact_your_administrator_emails_the_admins_with_the_tracking_id() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.post("/reset/method", &[("method", "sms")]).await;
    let failure = b
        .post("/reset/phone", &[("number", "+1 650 253 0099")])
        .await;
    let tracking = failure.tracking();
    let link = regex::Regex::new(r#"href="(/t/acme/helpdesk\?tracking=[A-Z0-9-]+)""#).unwrap();
    let href = link
        .captures(&failure.body)
        .expect("helpdesk link on the failure page")[1]
        .to_string();
    assert!(href.ends_with(&tracking));

    let form = b.get(href.trim_start_matches("/t/acme")).await;
    form.assert_has(&format!("value=\"{tracking}\""));
    let sent = b
        .post(
            "/helpdesk",
            &[("tracking", &tracking), ("note", "I changed phones")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    sent.assert_has("Your administrator has been notified");

    let mail = app.wait_mail(ADMIN_MAIL, 0).await.text();
    assert!(
        mail.contains("Subject: Acme Corp: alice needs help with their password"),
        "{mail}"
    );
    assert!(mail.contains("User ID: alice"));
    assert!(mail.contains(&format!("Tracking ID: {tracking}")));
    assert!(
        mail.contains("What went wrong: sms number did not match"),
        "{mail}"
    );
    assert!(mail.contains("I changed phones"));

    // Throttled per user: three an hour.
    for _ in 0..2 {
        b.get("/helpdesk").await;
        b.post("/helpdesk", &[("tracking", &tracking), ("note", "")])
            .await
            .assert_has("has been notified");
    }
    b.get("/helpdesk").await;
    let throttled = b
        .post("/helpdesk", &[("tracking", &tracking), ("note", "")])
        .await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(app.mails_to(ADMIN_MAIL), 3);
}

#[tokio::test]
async fn an_unknown_tracking_id_is_refused_clearly() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/helpdesk").await;
    let page = b.post("/helpdesk", &[("tracking", "ZZZZ-ZZZZ-ZZZZ")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("couldn't find an attempt with that tracking ID");
    assert_eq!(app.mails_to(ADMIN_MAIL), 0);
}

#[tokio::test]
async fn a_custom_helpdesk_url_or_email_replaces_the_default() {
    let app = spawn_app_with(|s| {
        s.policy.helpdesk = HelpdeskLink::Url("https://help.acme.example/sspr".into())
    })
    .await;
    let page = app.browser().get("/reset").await;
    page.assert_has(r#"href="https://help.acme.example/sspr""#);
    let app =
        spawn_app_with(|s| s.policy.helpdesk = HelpdeskLink::Email("it@acme.example".into())).await;
    let page = app.browser().get("/reset").await;
    page.assert_has(&format!(
        "mailto:it@acme.example?subject=Password%20reset%20help%20(tracking%20ID%20{})",
        page.tracking()
    ));
}
