//! The admin console's sign-in: the directory password, then an authenticator-app code
//! (enrolled with a QR code at the first sign-in, each code accepted once, wrong ones
//! throttled), for admins only; no admin route serves anyone else.

use crate::helpers::admin::{code_now, enrolled, password_step, shown_secret};
use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn an_admin_enrols_an_authenticator_then_signs_in_with_each_code_once() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let page = password_step(&mut b).await;
    page.assert_has("Set up your authenticator app");
    assert!(
        page.body.contains("<svg"),
        "the QR code is drawn in the page"
    );
    let secret = shown_secret(&page);
    let wrong = b.post("/admin/code", &[("code", "000000")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("That code isn't right");
    let code = code_now(&app, &secret);
    let home = b.post("/admin/code", &[("code", &code)]).await;
    home.assert_has("Admin console");
    home.assert_has("Signed in as Ada Admin (admin)");
    home.assert_has("admin_signed_in");
    // Phone-sized and script-free like the user pages: a viewport, a label for every field,
    // no inline script or style (the QR code is inline SVG, allowed by the CSP).
    let input = regex::Regex::new(r#"<input id="([^"]+)"[^>]*type="(text|password)""#).unwrap();
    for page in [&page, &home] {
        assert!(page.has("name=\"viewport\""));
        for c in input.captures_iter(&page.body) {
            assert!(
                page.body.contains(&format!("<label for=\"{}\">", &c[1])),
                "{}",
                &c[1]
            );
        }
        for banned in ["<script", "onclick", "javascript:", "style=\""] {
            assert!(!page.body.contains(banned), "{banned} in {}", page.url);
        }
    }
    // The console's sign-in is not the registration portal's.
    b.get("/register/methods")
        .await
        .assert_has("Sign in to manage your security info");

    b.get("/admin").await;
    b.post("/admin/sign-out", &[])
        .await
        .assert_has("You're signed out of the admin console");
    b.get("/admin")
        .await
        .assert_has("Sign in to the admin console");

    // Enrolled now: just the code; the code that signed her in doesn't work twice.
    let mut again = app.browser();
    let page = password_step(&mut again).await;
    page.assert_has("Enter your authenticator code");
    assert!(!page.body.contains("<svg"));
    let reused = again.post("/admin/code", &[("code", &code)]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    reused.assert_has("That code was used already");
    app.clock.advance(30);
    again
        .post("/admin/code", &[("code", &code_now(&app, &secret))])
        .await
        .assert_has("Signed in as Ada Admin");
    // 15 minutes without a request end it.
    app.clock.advance(15 * 60);
    again
        .get("/admin")
        .await
        .assert_has("Sign in to the admin console");

    // Every admin is told an authenticator was set up.
    let notice = app.wait_mail(ADMIN_MAIL, 0).await.text();
    assert!(
        notice.contains("An authenticator app was set up for the admin console sign-in of admin"),
        "{notice}"
    );
    assert!(!notice.contains(&data_encoding::BASE32_NOPAD.encode(&secret)));
    // The secret is stored sealed, never in clear.
    let row = sqlx::query("SELECT secret FROM admin_mfa")
        .fetch_one(&mut *app.state.store.readers.acquire().await.unwrap())
        .await
        .unwrap();
    let stored: String = sqlx::Row::try_get(&row, "secret").unwrap();
    assert!(stored.starts_with("sealed:v1:"), "{stored}");
    let typed = data_encoding::BASE32_NOPAD.encode(&secret);
    assert!(!stored.contains(&typed));
    let activities = app.audit_activities().await;
    for expected in [
        "admin_sign_in_failed:failure",
        "admin_signed_in:success",
        "admin_signed_out:success",
    ] {
        assert!(activities.contains(&expected.to_string()), "{activities:?}");
    }
}

#[tokio::test]
async fn a_user_who_is_not_an_admin_is_told_so_and_gets_nothing() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/admin").await;
    let refused = b
        .post(
            "/admin/sign-in",
            &[("user_id", "alice"), ("password", OLD_PASSWORD)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    refused.assert_has("You don't have admin access to Acme");
    assert!(!refused.has("authenticator"));
    b.get("/admin")
        .await
        .assert_has("Sign in to the admin console");
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_sign_in_refused:failure".to_string())
    );
}

#[tokio::test]
async fn no_admin_route_serves_an_anonymous_half_signed_or_user_session() {
    let app = spawn_app().await;
    let mut anonymous = app.browser();
    let mut half = app.browser();
    password_step(&mut half)
        .await
        .assert_has("Set up your authenticator app");
    let mut user = app.browser();
    user.sign_in("alice", OLD_PASSWORD).await;
    for b in [&mut anonymous, &mut half, &mut user] {
        for (path, methods) in sspr::web::admin::routes() {
            let path = path.as_str();
            for method in methods {
                // A real form token of this session, as a forged request could carry.
                b.get("/admin").await;
                let page = match *method {
                    "GET" => b.get(path).await,
                    _ => b.post(path, &[("code", "123456")]).await,
                };
                assert!(
                    !page.has("Recent activity") && !page.has("Signed in as"),
                    "{method} {path} served the console: {}",
                    page.body
                );
            }
        }
    }
}

#[tokio::test]
async fn wrong_codes_are_throttled_like_wrong_passwords() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let page = password_step(&mut b).await;
    let secret = shown_secret(&page);
    for _ in 0..5 {
        let wrong = b.post("/admin/code", &[("code", "000000")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let blocked = b
        .post("/admin/code", &[("code", &code_now(&app, &secret))])
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    blocked.assert_has("Too many wrong codes");
}

#[tokio::test]
async fn a_lost_authenticator_is_reset_from_the_command_line_and_enrolled_again() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let first = enrolled(&app, &mut b).await;

    // Rotating the secret key keeps the authenticator working.
    sspr::cli::secrets::rotate(&app.config).await.unwrap();
    let reopened = sspr::app::open_store(&app.config).await.unwrap();
    let mfa = reopened
        .admin_mfa(&app.tenant.id, "admin")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(mfa.secret, first);

    let cmd = sspr::cli::AdminCommand::ResetMfa {
        slug: "acme".into(),
        login: "admin".into(),
    };
    sspr::cli::admin::run(&reopened, cmd).await.unwrap();
    let mut again = app.browser();
    let page = password_step(&mut again).await;
    page.assert_has("Set up your authenticator app");
    assert_ne!(shown_secret(&page), first, "a new secret");
    let cmd = sspr::cli::AdminCommand::ResetMfa {
        slug: "acme".into(),
        login: "erin".into(),
    };
    let none = sspr::cli::admin::run(&reopened, cmd).await.unwrap_err();
    assert!(
        none.to_string().contains("has no authenticator app"),
        "{none}"
    );
}

#[tokio::test]
async fn on_ldap_the_admin_group_decides_at_every_sign_in() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |s| {
        s.policy.admin_group = Some("sspr-admins".into());
    })
    .await
    else {
        return;
    };
    let sign_in = |user: &'static str| {
        let app = &app;
        async move {
            let mut b = app.browser();
            b.get("/admin").await;
            b.post(
                "/admin/sign-in",
                &[("user_id", user), ("password", OLD_PASSWORD)],
            )
            .await
        }
    };
    // ada is the one member of sspr-admins in slapd; alice, bob and the rest are not.
    sign_in("ada")
        .await
        .assert_has("Set up your authenticator app");
    let alice = sign_in("alice").await;
    assert_eq!(alice.status, StatusCode::FORBIDDEN);
    alice.assert_has("You don't have admin access");
}

#[tokio::test]
async fn the_admin_sign_in_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let mut b = app.browser();
    let page = password_step(&mut b).await;
    let secret = shown_secret(&page);
    // The very code that enrolled her (not the code of a later moment: the 30-second step
    // may have turned meanwhile) is refused the second time.
    let code = code_now(&app, &secret);
    b.post("/admin/code", &[("code", &code)])
        .await
        .assert_has("Signed in as");
    let mut again = app.browser();
    password_step(&mut again)
        .await
        .assert_has("Enter your authenticator code");
    let used = again.post("/admin/code", &[("code", &code)]).await;
    assert_eq!(used.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.clock.advance(30);
    again
        .post("/admin/code", &[("code", &code_now(&app, &secret))])
        .await
        .assert_has("Signed in as Ada Admin");
}

#[tokio::test]
async fn the_session_id_changes_at_each_factor_and_the_sign_in_ends_after_8_hours() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let session_of = |r: &reqwest::Response| {
        r.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("sspr_session="))
            .map(|v| v.split(';').next().unwrap_or_default().to_string())
    };
    let csrf_re = regex::Regex::new(r#"name="csrf" value="([^"]+)""#).unwrap();
    let csrf_of = |body: &str| csrf_re.captures(body).unwrap()[1].to_string();
    let body = client
        .get(app.url("/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let signed = client
        .post(app.url("/admin/sign-in"))
        .form(&[
            ("csrf", csrf_of(&body).as_str()),
            ("user_id", "admin"),
            ("password", OLD_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), 303);
    let first = session_of(&signed).expect("a session after the password");
    let enrol = client
        .get(app.url("/admin/code"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let page = Page {
        status: StatusCode::OK,
        body: enrol.clone(),
        url: String::new(),
        location: None,
    };
    let secret = shown_secret(&page);
    let done = client
        .post(app.url("/admin/code"))
        .form(&[
            ("csrf", csrf_of(&enrol).as_str()),
            ("code", &code_now(&app, &secret)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let second = session_of(&done).expect("a new session ID after the code");
    assert_ne!(first, second);
    // The ID the password step had no longer opens the console.
    let stale = reqwest::Client::new()
        .get(app.url("/admin"))
        .header("cookie", &first)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(stale.contains("Sign in to the admin console"));

    // Active all along, the sign-in still ends 8 hours after it began.
    for _ in 0..(8 * 60 / 14) {
        app.clock.advance(14 * 60);
        let home = client.get(app.url("/admin")).send().await.unwrap();
        assert!(home.text().await.unwrap().contains("Signed in as"));
    }
    app.clock.advance(14 * 60);
    let after = client.get(app.url("/admin")).send().await.unwrap();
    assert!(
        after
            .text()
            .await
            .unwrap()
            .contains("Sign in to the admin console")
    );
}

#[tokio::test]
async fn two_gates_set_on_the_methods_page_apply_to_the_next_reset() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/policy/methods").await;
    page.assert_has("Verification methods");
    assert!(page.has(r#"id="f-gates-1" name="gates" value="1" checked"#));

    // Two steps with only email: refused next to the field, and nothing saved.
    let refused = b
        .post(
            "/admin/policy/methods",
            &[("methods", "email"), ("gates", "2")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Nothing was saved");
    refused.assert_has("Two steps need methods that reach two different contacts");
    assert!(
        refused.has(r##"<a href="#f-gates">"##),
        "the summary links to the field"
    );
    // The form shows what was typed, not what is stored.
    assert!(refused.has(r#"id="f-gates-2" name="gates" value="2" checked"#));
    let stored = app
        .state
        .store
        .tenant_by_slug("acme")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.policy.gates, 1);
    // Nothing ticked is refused too.
    let none = b.post("/admin/policy/methods", &[("gates", "1")]).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    none.assert_has("Offer at least one method.");

    let saved = b
        .post(
            "/admin/policy/methods",
            &[
                ("methods", "email"),
                ("methods", "sms"),
                ("methods", "voice"),
                ("gates", "2"),
            ],
        )
        .await;
    saved.assert_has("Saved: Verification methods.");
    saved.assert_has("Verification methods: Verification steps in a reset: 1 → 2");
    // The next reset asks for two steps.
    app.browser()
        .start(&app, "bob")
        .await
        .assert_has("Verification step 1 of 2");
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_policy_changed:success".to_string())
    );
}
