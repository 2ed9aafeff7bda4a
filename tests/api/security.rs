//! Security properties a user or operator can observe: headers, CSRF, cookies, session rotation,
//! logs free of secrets, the dev outbox only in demo mode.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn pages_carry_strict_security_headers_and_a_safe_cookie() {
    let app = spawn_app().await;
    let response = reqwest::get(app.url("/reset")).await.unwrap();
    let h = response.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'")
            && csp.contains("script-src 'self'")
            && !csp.contains("unsafe-inline")
    );
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["cache-control"], "no-store");
    assert!(
        h.get("strict-transport-security").is_none(),
        "no HSTS over plain HTTP"
    );
    let cookie = h["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/")
    );
    assert!(!cookie.contains("Secure"));

    let tls =
        spawn_app_with(|s| s.config.public_url = Some("https://reset.acme.test".into())).await;
    let response = reqwest::get(tls.url("/reset")).await.unwrap();
    assert!(
        response.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("; Secure")
    );
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/reset").await;
    let answer = app.last_captcha();
    let page = b
        .post_raw("/reset", &[("user_id", "alice"), ("captcha", &answer)])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    page.assert_has("This page has expired");
    let forged = b
        .post_raw(
            "/reset",
            &[
                ("csrf", "forged"),
                ("user_id", "alice"),
                ("captcha", &answer),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // Each step checks it too.
    b.start(&app, "alice").await;
    let step = b.post_raw("/reset/method", &[("method", "email")]).await;
    assert_eq!(step.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_session_id_changes_when_the_flow_starts_and_a_gate_is_passed() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let cookie_of = |r: &reqwest::Response| {
        r.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string()
    };
    let csrf_re = regex::Regex::new(r#"name="csrf" value="([^"]+)""#).unwrap();
    let start = client.get(app.url("/reset")).send().await.unwrap();
    let c1 = cookie_of(&start);
    let body = start.text().await.unwrap();
    let csrf = csrf_re.captures(&body).unwrap()[1].to_string();
    let token_re = regex::Regex::new(r#"name="captcha_token" value="([^"]+)""#).unwrap();
    let token = token_re.captures(&body).unwrap()[1].to_string();
    let answer = app.last_captcha();
    let started = client
        .post(app.url("/reset"))
        .header("cookie", &c1)
        .form(&[
            ("csrf", csrf.as_str()),
            ("captcha_token", token.as_str()),
            ("user_id", "alice"),
            ("captcha", &answer),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), 303);
    let c2 = cookie_of(&started);
    assert_ne!(c1, c2);
    // The old session ID no longer works.
    let stale = client
        .get(app.url("/reset/verify"))
        .header("cookie", &c1)
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 410);

    let page = client
        .get(app.url("/reset/verify"))
        .header("cookie", &c2)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_re.captures(&page).unwrap()[1].to_string();
    let chosen = client
        .post(app.url("/reset/method"))
        .header("cookie", &c2)
        .form(&[("csrf", csrf.as_str()), ("method", "email")])
        .send()
        .await
        .unwrap();
    assert_eq!(chosen.status(), 303);
    let code = app.wait_mail("alice.alt@example.net", 0).await.code();
    let page = client
        .get(app.url("/reset/verify"))
        .header("cookie", &c2)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_re.captures(&page).unwrap()[1].to_string();
    let passed = client
        .post(app.url("/reset/code"))
        .header("cookie", &c2)
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(passed.status(), 303);
    let c3 = cookie_of(&passed);
    assert_ne!(c2, c3);
    let stale = client
        .get(app.url("/reset/verify"))
        .header("cookie", &c2)
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 410);
}

#[tokio::test]
async fn logs_of_a_full_flow_hold_no_password_code_or_captcha_answer() {
    let app = spawn_app_with(|s| s.policy.gates = 2).await;
    let mut b = app.browser();
    b.get("/reset").await;
    let captcha = app.last_captcha();
    let methods = b
        .post("/reset", &[("user_id", "bob"), ("captcha", &captcha)])
        .await;
    let tracking = methods.tracking();
    let email_code = b.email_code(&app, "bob.alt@example.net").await;
    b.post("/reset/code", &[("code", "99999999")]).await;
    b.post("/reset/code", &[("code", &email_code)]).await;
    b.post("/reset/method", &[("method", "sms")]).await;
    b.post("/reset/phone", &[("number", "+16502530003")]).await;
    let sms_code = app.wait_gateway(0).await.code();
    b.post("/reset/code", &[("code", &sms_code)]).await;
    let weak = "Okafor-password";
    b.set_password(weak).await;
    b.set_password(GOOD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    app.wait_mail("bob.alt@example.net", 1).await;

    let logs = captured_logs();
    assert!(logs.contains(&tracking), "the flow's logs were captured");
    for secret in [
        captcha.as_str(),
        email_code.as_str(),
        sms_code.as_str(),
        weak,
        GOOD_PASSWORD,
        OLD_PASSWORD,
        "gateway-secret-token",
    ] {
        assert!(
            !logged_alone(&logs, secret),
            "{secret:?} appears in the logs"
        );
    }
    let audit = app
        .state
        .store
        .audit_rows(&app.tenant.id, None)
        .await
        .unwrap();
    for row in audit {
        for secret in [
            captcha.as_str(),
            email_code.as_str(),
            sms_code.as_str(),
            GOOD_PASSWORD,
        ] {
            assert!(!row.detail.contains(secret) && !row.login.contains(secret));
        }
    }
}

#[tokio::test]
async fn the_dev_outbox_captures_messages_in_demo_mode_only() {
    let app = spawn_app_with(|s| {
        s.config.demo = true;
        s.config.smtp = None;
        s.config.phone_gateway = None;
    })
    .await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    let page = b.post("/reset/method", &[("method", "email")]).await;
    page.assert_has("Dev outbox");
    let outbox = b.get_until("/dev/outbox", "your verification code").await;
    outbox.assert_has("alice.alt@example.net");
    outbox.assert_has("Acme Corp: your verification code");
    let code = regex::Regex::new(r"\b(\d{8})\b")
        .unwrap()
        .captures(&outbox.body)
        .unwrap()[1]
        .to_string();
    b.get("/reset/verify").await;
    b.post("/reset/code", &[("code", &code)])
        .await
        .assert_has("Choose a new password");
    assert!(
        app.mail.lock().unwrap().is_empty(),
        "nothing went over SMTP"
    );

    // The demo tenant was seeded with its users.
    let demo = app
        .state
        .store
        .tenant_by_slug("demo")
        .await
        .unwrap()
        .unwrap();
    let regs = app
        .state
        .store
        .registrations(&demo.id, "alice")
        .await
        .unwrap();
    assert_eq!(regs.len(), 2);

    let normal = spawn_app().await;
    let page = normal.browser().get("/dev/outbox").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!normal.browser().get("/reset").await.has("Dev outbox"));
}

#[tokio::test]
async fn hidden_characters_in_a_user_id_are_refused_and_never_stored_as_typed() {
    let app = spawn_app().await;
    // A line break that would forge a second log line, and a right-to-left override that
    // makes the name read differently.
    for typed in ["mallory\r\nsigned_in alice", "ecila\u{202E}"] {
        let page = app.browser().sign_in(typed, "Any-Password-1").await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        page.assert_has("That user ID and password don");
        let mut b = app.browser();
        b.get("/reset").await;
        let answer = app.last_captcha();
        let start = b
            .post("/reset", &[("user_id", typed), ("captcha", &answer)])
            .await;
        assert_eq!(start.status, StatusCode::UNPROCESSABLE_ENTITY);
        start.assert_has("can't contain spaces, control characters");
    }
    let rows = app
        .state
        .store
        .audit_rows(&app.tenant.id, None)
        .await
        .unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        for text in [&row.login, &row.detail] {
            assert!(
                !text.chars().any(|c| c.is_control() || c == '\u{202E}'),
                "{text:?}"
            );
        }
    }
}

#[tokio::test]
async fn outside_demo_mode_a_missing_channel_fails_delivery_and_keeps_no_code() {
    let app = spawn_app_with(|s| s.config.smtp = None).await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.post("/reset/method", &[("method", "email")]).await;
    b.get_until("/reset/verify", "We couldn't reach you").await;
    assert_eq!(app.table_rows().await["outbox"], 0, "no code kept readable");
    assert!(captured_logs().contains("no SMTP server is configured"));
}

#[tokio::test]
async fn the_demo_tenant_is_not_served_without_demo_mode() {
    let demo = spawn_app_with(|s| s.config.demo = true).await;
    assert_eq!(
        demo.browser()
            .get_absolute(&format!("http://{}/t/demo/reset", demo.addr))
            .await
            .status,
        StatusCode::OK
    );
    // The same database, started for production.
    let production = demo.restarted_with(|c| c.demo = false).await;
    for path in ["/t/demo/reset", "/t/demo/register"] {
        let page = demo
            .browser()
            .get_absolute(&format!("http://{production}{path}"))
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
    }
    let page = demo
        .browser()
        .get_absolute(&format!("http://{production}/t/acme/reset"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "other tenants are served");
    assert!(captured_logs().contains("this database holds the demo tenant"));
}

#[tokio::test]
async fn with_a_key_file_the_server_key_is_not_kept_in_the_database() {
    let dir = std::env::temp_dir().join(format!("sspr-key-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("key");
    std::fs::write(&key, rand::random::<[u8; 32]>()).unwrap();
    let set_mode = |mode| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    set_mode(0o600);
    let app = spawn_app_with(|s| s.config.key_file = Some(key.clone())).await;
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.pass_email_gate(&app, "alice.alt@example.net")
        .await
        .assert_has("Choose a new password");
    assert_eq!(
        app.table_rows().await["settings"],
        0,
        "no key in the database"
    );

    std::fs::write(&key, b"too short").unwrap();
    let refused = app
        .restarted_with_error(|c| c.key_file = Some(key.clone()))
        .await;
    assert!(refused.contains("needs at least 32"), "{refused}");
    // A key every user of the machine can read is no secret: refused, with the fix.
    std::fs::write(&key, rand::random::<[u8; 32]>()).unwrap();
    set_mode(0o644);
    let open = app
        .restarted_with_error(|c| c.key_file = Some(key.clone()))
        .await;
    assert!(open.contains("chmod 600"), "{open}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whether `secret` is in `logs`; a code's digits inside a longer number (a query's
/// `elapsed_secs=0.00118051…` at debug level) are that number, not the code.
fn logged_alone(logs: &str, secret: &str) -> bool {
    let part_of_a_number = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
    let digits = secret.chars().all(|c| c.is_ascii_digit());
    logs.match_indices(secret).any(|(at, _)| {
        if !digits {
            return true;
        }
        let before = logs[..at].chars().next_back();
        let after = logs[at + secret.len()..].chars().next();
        !(part_of_a_number(before) || part_of_a_number(after))
    })
}
