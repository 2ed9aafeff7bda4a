//! Email over TLS to a real SMTP listener: STARTTLS and implicit TLS trusting the
//! organisation's own CA (`smtp.ca_file`), and no mail at all when the server's certificate
//! isn't trusted or STARTTLS isn't offered: never a quiet fall back to plain text.

use crate::helpers::*;
use sspr::config::{SmtpConfig, SmtpSecurity};
use std::sync::{Arc, Mutex};

const ALT: &str = "alice.alt@example.net";

/// An app whose email goes to 127.0.0.1:`port` with `security`, and whose mail store is `mail`.
async fn app_mailing(
    port: u16,
    security: SmtpSecurity,
    ca_file: Option<String>,
    mail: Arc<Mutex<Vec<Mail>>>,
) -> TestApp {
    let mut app = spawn_app_with(|s| {
        s.config.smtp = Some(SmtpConfig {
            host: "127.0.0.1".into(),
            port,
            security,
            username: None,
            password: None,
            from_address: "no-reply@acme.example".into(),
            ca_file: ca_file.map(Into::into),
        })
    })
    .await;
    app.mail = mail;
    app
}

fn starttls_sink(certs: &TestCertificates) -> (u16, Arc<Mutex<Vec<Mail>>>) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    start_smtp_with(SslConfig::SelfSigned {
        cert_path: certs.path("cert.pem"),
        key_path: certs.path("key.pem"),
    })
}

/// Two resets in a row get their codes (the second over the connection the first left open).
async fn two_codes_arrive(app: &TestApp) {
    for _ in 0..2 {
        let mut b = app.browser();
        b.start(app, "alice").await;
        b.pass_email_gate(app, ALT)
            .await
            .assert_has("Choose a new password");
    }
    assert_eq!(app.mails_to(ALT), 2);
}

/// The email method is chosen, and the page then says the code couldn't be delivered.
async fn the_code_is_not_delivered(app: &TestApp) {
    let mut b = app.browser();
    b.start(app, "alice").await;
    // A refusal can come back before the page is drawn, or only later.
    let page = b.post("/reset/method", &[("method", "email")]).await;
    assert!(page.has("We emailed a code to") || page.has("We couldn't reach you"));
    b.get_until("/reset/verify", "We couldn't reach you").await;
    assert_eq!(app.mails_to(ALT), 0);
}

#[tokio::test]
async fn starttls_with_the_organisation_s_ca_delivers_codes() {
    let Some(certs) = TestCertificates::make() else {
        return;
    };
    let (port, mail) = starttls_sink(&certs);
    let app = app_mailing(
        port,
        SmtpSecurity::Starttls,
        Some(certs.path("ca.pem")),
        mail,
    )
    .await;
    two_codes_arrive(&app).await;
}

#[tokio::test]
async fn starttls_to_a_certificate_nobody_vouches_for_sends_nothing() {
    let Some(certs) = TestCertificates::make() else {
        return;
    };
    let (port, mail) = starttls_sink(&certs);
    // No ca_file: the public roots, which don't include the test CA.
    let app = app_mailing(port, SmtpSecurity::Starttls, None, mail).await;
    the_code_is_not_delivered(&app).await;
    assert!(captured_logs().contains("STARTTLS with the SMTP server"));
}

#[tokio::test]
async fn starttls_required_but_not_offered_sends_nothing() {
    let Some(certs) = TestCertificates::make() else {
        return;
    };
    let (port, mail) = start_smtp_with(SslConfig::None);
    let app = app_mailing(
        port,
        SmtpSecurity::Starttls,
        Some(certs.path("ca.pem")),
        mail,
    )
    .await;
    the_code_is_not_delivered(&app).await;
    assert!(captured_logs().contains("the SMTP server does not offer STARTTLS"));
}

#[tokio::test]
async fn implicit_tls_with_the_organisation_s_ca_delivers_codes() {
    let Some(certs) = TestCertificates::make() else {
        return;
    };
    let (plain, mail) = start_smtp_with(SslConfig::None);
    let port = start_implicit_tls_front(plain, &certs).await;
    let app = app_mailing(port, SmtpSecurity::Tls, Some(certs.path("ca.pem")), mail).await;
    two_codes_arrive(&app).await;
}

#[tokio::test]
async fn implicit_tls_to_a_certificate_nobody_vouches_for_sends_nothing() {
    let Some(certs) = TestCertificates::make() else {
        return;
    };
    let (plain, mail) = start_smtp_with(SslConfig::None);
    let port = start_implicit_tls_front(plain, &certs).await;
    let app = app_mailing(port, SmtpSecurity::Tls, None, mail).await;
    the_code_is_not_delivered(&app).await;
    assert!(captured_logs().contains("TLS with the SMTP server"));
}

#[tokio::test]
async fn an_unreadable_ca_file_stops_the_server_from_starting_with_a_reason() {
    let config = SmtpConfig {
        host: "127.0.0.1".into(),
        port: 25,
        security: SmtpSecurity::Starttls,
        username: None,
        password: None,
        from_address: "no-reply@acme.example".into(),
        ca_file: Some("/nonexistent/ca.pem".into()),
    };
    let error = match sspr::channels::Mailer::from_config(Some(&config)) {
        Ok(_) => panic!("a missing ca_file was accepted"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        error.contains("smtp.ca_file /nonexistent/ca.pem"),
        "{error}"
    );
}
