//! The console's policy pages, used as a browser would: each page shows every setting with
//! its meaning, value and default; a save checks the whole policy and either shows each
//! problem next to its field with nothing saved, or saves, applies to the next request and
//! is audited field by field.

use crate::helpers::admin::{enrolled, stored, test_webhook};
use crate::helpers::forms::{ticked, with};
use crate::helpers::*;
use axum::http::StatusCode;
use sspr::domain::policy::{HelpdeskLink, Policy};

async fn stored_policy(app: &TestApp) -> Policy {
    stored(app).await.policy
}

/// The form of policy page `slug` as the admin finds it.
async fn form_of(b: &mut Browser, slug: &str) -> (Page, Vec<(String, String)>) {
    let page = b.get(&format!("/admin/policy/{slug}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let form = page.form(&format!("/admin/policy/{slug}"));
    (page, form)
}

#[tokio::test]
async fn every_policy_page_is_linked_shows_its_settings_and_an_unchanged_save_changes_nothing() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let home = b.get("/admin").await;
    let before = stored_policy(&app).await;
    let label = regex::Regex::new(r#"<input id="([^"]+)""#).unwrap();
    for (slug, title, some_setting) in [
        (
            "properties",
            "Who can reset",
            "Users may unlock their account",
        ),
        (
            "methods",
            "Verification methods",
            "Verification steps in a reset",
        ),
        (
            "registration",
            "Registration",
            "Days before users re-confirm their contacts",
        ),
        (
            "notifications",
            "Notifications",
            "Tell users when their password is reset",
        ),
        (
            "helpdesk",
            "Helpdesk link",
            "The helpdesk's web page or email address",
        ),
        ("password", "Password rules", "Banned words"),
        ("codes", "Codes and throttles", "Minutes a code stays valid"),
    ] {
        assert!(
            home.has(&format!("/admin/policy/{slug}\">{title}</a>")),
            "{slug} not linked"
        );
        let (page, form) = form_of(&mut b, slug).await;
        page.assert_has(title);
        page.assert_has(some_setting);
        page.assert_has("Default:");
        for c in label.captures_iter(&page.body) {
            assert!(
                page.has(&format!("<label for=\"{}\">", &c[1])),
                "{slug}: {} unlabelled",
                &c[1]
            );
        }
        let saved = b.submit(&format!("/admin/policy/{slug}"), &form).await;
        saved.assert_has(&format!("Nothing to save: {title} is as it was."));
    }
    assert_eq!(stored_policy(&app).await, before);
    let codes = b.get("/admin/policy/codes").await;
    codes.assert_has("Allowed: from 1 to 30 minutes. Default: 10 minutes.");
    assert!(
        !app.audit_activities()
            .await
            .contains(&"admin_policy_changed:success".to_string())
    );
}

#[tokio::test]
async fn a_helpdesk_url_set_in_the_console_is_the_link_on_the_user_pages() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let (_, form) = form_of(&mut b, "helpdesk").await;

    // An address that isn't a web page is refused next to its field.
    let bad = with(
        with(form.clone(), "helpdesk.kind", "url"),
        "helpdesk.value",
        "ftp://help.acme.test",
    );
    let refused = b.submit("/admin/policy/helpdesk", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Enter the help page's full address, starting with https:// or http://.");
    assert!(refused.has(r#"id="f-helpdesk-value" name="helpdesk.value" type="text" value="ftp://help.acme.test" aria-describedby="f-helpdesk-value-about" aria-invalid="true""#));
    assert_eq!(
        stored_policy(&app).await.helpdesk,
        HelpdeskLink::ContactAdmins
    );

    let good = with(
        with(form, "helpdesk.kind", "url"),
        "helpdesk.value",
        "https://help.acme.test/sspr",
    );
    let saved = b.submit("/admin/policy/helpdesk", &good).await;
    saved.assert_has("Saved: Helpdesk link.");
    saved.assert_has("Helpdesk link: The \"Need help?\" link: contact admins → url; The helpdesk's web page or email address: none → https://help.acme.test/sspr");
    // The change appears under "Recent changes" with who made it and from where.
    saved.assert_has("<td>admin</td><td>127.0.0.1</td>");

    let user_page = app.browser().get("/reset").await;
    assert!(
        user_page.has(r#"<a href="https://help.acme.test/sspr">"#),
        "{}",
        user_page.body
    );
}

#[tokio::test]
async fn bad_values_on_each_page_are_refused_next_to_their_field_and_nothing_is_saved() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let before = stored_policy(&app).await;
    // Page, fields typed, the field the error belongs to, and what it says.
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case; 8] = [
        (
            "properties",
            &[("reset.mode", "group"), ("reset.group", " ")],
            "f-reset-group",
            "Name the group whose members may reset.",
        ),
        (
            "registration",
            &[("reconfirm_days", "soon")],
            "f-reconfirm-days",
            "Enter a whole number.",
        ),
        (
            "registration",
            &[(
                "return_to_origins",
                "https://apps.acme.test\nhttps://apps.acme.test/home",
            )],
            "f-return-to-origins",
            "“https://apps.acme.test/home” isn't an origin like https://apps.example.com",
        ),
        (
            "registration",
            &[("default_region", "Atlantis")],
            "f-default-region",
            "Leave it empty to have none.",
        ),
        (
            "helpdesk",
            &[
                ("helpdesk.kind", "email"),
                ("helpdesk.value", "help at acme"),
            ],
            "f-helpdesk-value",
            "Enter the helpdesk's email address",
        ),
        (
            "password",
            &[("password.min_length", "20"), ("password.max_length", "12")],
            "f-password-max-length",
            "The longest length can't be below the shortest.",
        ),
        (
            "password",
            &[("password.banned_words", "acme\nab")],
            "f-password-banned-words",
            "Banned words need at least 3 characters; “ab” is shorter.",
        ),
        (
            "codes",
            &[("codes.ttl_secs", "45"), ("codes.max_attempts", "0")],
            "f-codes-ttl-secs",
            "Choose a value from 1 to 30 minutes.",
        ),
    ];
    for (slug, changes, field, message) in cases {
        let (_, mut form) = form_of(&mut b, slug).await;
        for (name, value) in changes {
            form = with(form, name, value);
        }
        let refused = b.submit(&format!("/admin/policy/{slug}"), &form).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{slug}: {}",
            refused.body
        );
        refused.assert_has("Nothing was saved.");
        refused.assert_has(message);
        assert!(
            refused.has(&format!("<a href=\"#{field}\">")),
            "{slug}: no link to {field}"
        );
        let error_at_field = format!("<div id=\"{field}-about\">\n<p class=\"field-error\">");
        assert!(
            refused.has(&error_at_field),
            "{slug}: the error isn't at {field}"
        );
        assert_eq!(stored_policy(&app).await, before, "{slug} saved something");
    }
    // Both code problems are listed, each at its field.
    let (_, form) = form_of(&mut b, "codes").await;
    let form = with(
        with(form, "codes.ttl_secs", "45"),
        "codes.max_attempts",
        "0",
    );
    let both = b.submit("/admin/policy/codes", &form).await;
    both.assert_has("Choose a value from 1 to 10 attempts.");
    assert!(both.has("<a href=\"#f-codes-max-attempts\">"));
    assert!(
        app.audit_activities()
            .await
            .iter()
            .all(|a| a != "admin_policy_changed:success")
    );
}

#[tokio::test]
async fn settings_saved_on_each_page_apply_to_the_next_request_and_are_audited() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;

    // Properties: unlocking off, and the user's start page stops offering it.
    let locked_out = "I know my password, but I'm locked out";
    app.browser().get("/reset").await.assert_has(locked_out);
    let (_, form) = form_of(&mut b, "properties").await;
    let saved = b
        .submit(
            "/admin/policy/properties",
            &ticked(form, "allow_unlock", "on", false),
        )
        .await;
    saved.assert_has("Who can reset: Users may unlock their account: on → off");
    assert!(!app.browser().get("/reset").await.has(locked_out));

    // Codes: a 5-minute lifetime, said in the next emailed code.
    let (_, form) = form_of(&mut b, "codes").await;
    let saved = b
        .submit("/admin/policy/codes", &with(form, "codes.ttl_secs", "5"))
        .await;
    saved.assert_has("Codes and throttles: Minutes a code stays valid: 10 minutes → 5 minutes");
    assert_eq!(stored_policy(&app).await.codes.ttl_secs, 300);
    let mut user = app.browser();
    user.start(&app, "alice").await;
    user.post("/reset/method", &[("method", "email")]).await;
    let mail = app.wait_mail("alice.alt@example.net", 0).await;
    assert!(
        mail.text().contains("It expires in 5 minutes"),
        "{}",
        mail.text()
    );

    // Password rules: a banned word, refused in the user's new password.
    let (_, form) = form_of(&mut b, "password").await;
    let saved = b
        .submit(
            "/admin/policy/password",
            &with(form, "password.banned_words", "granite\n\nkettle "),
        )
        .await;
    saved.assert_has("Password rules: Banned words: none → granite, kettle");
    assert_eq!(
        stored_policy(&app).await.password.banned_words,
        ["granite", "kettle"]
    );

    // Registration: the return-to sites, one per line.
    let (_, form) = form_of(&mut b, "registration").await;
    let saved = b
        .submit(
            "/admin/policy/registration",
            &with(form, "return_to_origins", "https://apps.acme.test"),
        )
        .await;
    saved.assert_has("Registration: Sites that may send users to registration and get them back: none → https://apps.acme.test");

    // Notifications off.
    let (_, form) = form_of(&mut b, "notifications").await;
    let saved = b
        .submit(
            "/admin/policy/notifications",
            &ticked(form, "notify_user_on_reset", "on", false),
        )
        .await;
    saved.assert_has("Notifications: Tell users when their password is reset: on → off");

    let rows = app
        .state
        .store
        .recent_admin_changes(&app.tenant.id, 20)
        .await
        .unwrap();
    assert_eq!(rows.len(), 5);
    assert!(
        rows.iter()
            .all(|r| r.login == "admin" && r.client_ip == "127.0.0.1")
    );
    // The stored policy passes the CLI's check.
    stored_policy(&app).await.validate().unwrap();
}

#[tokio::test]
async fn the_policy_pages_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let (_, form) = form_of(&mut b, "methods").await;
    let form = with(form, "gates", "2");
    let saved = b.submit("/admin/policy/methods", &form).await;
    saved.assert_has("Saved: Verification methods.");
    saved.assert_has("Verification steps in a reset: 1 → 2");
    assert_eq!(stored_policy(&app).await.gates, 2);
    app.browser()
        .start(&app, "bob")
        .await
        .assert_has("Verification step 1 of 2");
}

#[tokio::test]
async fn every_console_page_is_phone_ready_labelled_and_script_free() {
    // A webhook first, so that target 1 has a settings page.
    let app = spawn_app_with(|s| {
        let hook = test_webhook("webhook-secret-0123456789");
        s.directory.targets.insert(0, hook);
    })
    .await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let input = regex::Regex::new(r#"<(?:input|textarea) id="([^"]+)""#).unwrap();
    let mut seen = 0;
    for (path, methods) in sspr::web::admin::routes() {
        if !methods.contains(&"GET") || path.ends_with(".css") || path.ends_with(".csv") {
            continue;
        }
        let page = b.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        // The same checks as the user pages: sized for a phone, every field labelled, and
        // nothing that needs a script or an inline style (the CSP allows neither).
        assert!(
            page.has(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#),
            "{path}"
        );
        for c in input.captures_iter(&page.body) {
            assert!(
                page.has(&format!("<label for=\"{}\">", &c[1])),
                "{path}: {} unlabelled",
                &c[1]
            );
        }
        for forbidden in [" style=", "onclick", "javascript:"] {
            assert!(!page.body.contains(forbidden), "{path} has {forbidden}");
        }
        // Scripts only from the portal's own files, and only to enhance a page that works
        // without them.
        for tag in page.body.split("<script").skip(1) {
            assert!(
                tag.starts_with(" src=\"/static/"),
                "{path}: an inline script"
            );
        }
        // Wide content scrolls inside its own box, not the page.
        if page.body.contains("<table") {
            assert!(
                page.body.contains(r#"<div class="table-scroll""#),
                "{path}: a table outside a scroll box"
            );
        }
        seen += 1;
    }
    assert!(seen >= 11, "only {seen} pages walked");
}
