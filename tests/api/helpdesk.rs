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
    // Unknown, empty and malformed tracking IDs all match nothing (an empty one once matched
    // the whole audit log and named its latest user).
    for tracking in ["ZZZZ-ZZZZ-ZZZZ", "", "%", "zzzz-zzzz-zzzz-zzzz"] {
        b.get("/helpdesk").await;
        let answer = app.last_captcha();
        let page = b
            .post("/helpdesk", &[("tracking", tracking), ("captcha", &answer)])
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        page.assert_has("couldn't find an attempt with that tracking ID");
    }
    assert_eq!(app.mails_to(ADMIN_MAIL), 0);
}

#[tokio::test]
async fn a_typed_user_id_with_a_wrong_captcha_is_never_named_to_the_admins() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/reset").await;
    let refused = b
        .post("/reset", &[("user_id", "cfo"), ("captcha", "wrong")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let tracking = refused.tracking();
    // No captcha solved in this session: the helpdesk form asks for one.
    let form = b.get("/helpdesk").await;
    form.assert_has("Digits in the picture or recording");
    let unsolved = b
        .post(
            "/helpdesk",
            &[
                ("tracking", &tracking),
                ("note", "urgent"),
                ("captcha", "nope"),
            ],
        )
        .await;
    assert_eq!(unsolved.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.mails_to(ADMIN_MAIL), 0);
    // Solved, the request goes out, naming nobody.
    let answer = app.last_captcha();
    b.post(
        "/helpdesk",
        &[
            ("tracking", &tracking),
            ("note", "urgent"),
            ("captcha", &answer),
        ],
    )
    .await
    .assert_has("Your administrator has been notified");
    let mail = app.wait_mail(ADMIN_MAIL, 0).await.text();
    assert!(!mail.contains("cfo"), "{mail}");
    assert!(mail.contains("User ID: not known"), "{mail}");
    assert!(
        mail.contains("Someone needs help with their password"),
        "{mail}"
    );
}

#[tokio::test]
async fn helpdesk_requests_are_limited_per_address_whoever_they_name() {
    helpdesk_limited_per_address(&spawn_app().await).await;
}

#[tokio::test]
async fn helpdesk_requests_are_limited_per_address_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        helpdesk_limited_per_address(&app).await;
    }
}

async fn helpdesk_limited_per_address(app: &TestApp) {
    let mut sent = 0;
    for _ in 0..12 {
        let mut b = app.browser();
        let tracking = b.get("/reset").await.tracking();
        b.post("/reset", &[("user_id", "x"), ("captcha", "wrong")])
            .await;
        b.get("/helpdesk").await;
        let answer = app.last_captcha();
        let page = b
            .post(
                "/helpdesk",
                &[("tracking", &tracking), ("captcha", &answer)],
            )
            .await;
        if page.status == StatusCode::OK {
            sent += 1;
        } else {
            assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
        }
    }
    assert_eq!(sent, 10, "ten an hour from one address");
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

#[tokio::test]
async fn an_unreachable_mail_server_is_said_plainly_not_a_server_error() {
    let app = spawn_app_with(|s| {
        if let Some(smtp) = &mut s.config.smtp {
            // Nothing listens on port 9 of loopback.
            smtp.port = 9;
        }
    })
    .await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let tracking = b.get("/helpdesk").await.tracking();
    let page = b.post("/helpdesk", &[("tracking", &tracking)]).await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    page.assert_has("We couldn't send your request just now");
    page.tracking();
}
