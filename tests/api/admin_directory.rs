//! The console's directory page against the real slapd fixture: the chain is shown with its
//! secrets only as "set", "Test connection" runs the CLI's checks, a target's settings are
//! changed after the admin's password again, invalid ones are refused next to their field,
//! and neither the bind password nor a webhook secret ever reaches the HTML or the audit.

use crate::helpers::admin::{enrolled, enrolled_as, stored, test_webhook};
use crate::helpers::forms::with;
use crate::helpers::*;
use axum::http::StatusCode;
use sspr::directory::settings::TargetSettings;

const WEBHOOK_SECRET: &str = "webhook-secret-0123456789";

fn bind_password(app_tenant: &sspr::store::tenants::Tenant) -> String {
    match &app_tenant.directory.targets[0] {
        TargetSettings::Ldap(l) => l.bind_password.expose().to_string(),
        other => panic!("target 1 is {other:?}"),
    }
}

#[tokio::test]
async fn the_slapd_target_is_shown_tested_and_changed_without_its_password_reaching_the_page() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |s| {
        s.policy.admin_group = Some("sspr-admins".into());
    })
    .await
    else {
        return;
    };
    let secret = bind_password(&stored(&app).await);
    let mut b = app.browser();
    enrolled_as(&app, &mut b, "ada").await;
    let mut pages = Vec::new();

    let page = b.get("/admin/directory").await;
    page.assert_has("1. LDAP directory");
    page.assert_has("<dt>Service account&#39;s password</dt><dd>set</dd>");
    page.assert_has("Members of this group can sign in here: <strong>sspr-admins</strong>");
    pages.push(page);

    // Test connection, looking alice up: every check passes, and says so.
    let tested = b
        .post("/admin/directory/test", &[("user_id", "alice")])
        .await;
    assert_eq!(tested.status, StatusCode::OK);
    tested.assert_has("Test results");
    tested.assert_has("<td><strong>Passed</strong></td><td dir=\"ltr\" lang=\"en\">target 1 (ldap) service bind</td>");
    assert!(!tested.has("<strong>Failed</strong>"), "{}", tested.body);
    tested.assert_has("uid=alice,ou=people");
    pages.push(tested);

    // The target's page: the password field is empty, and says one is saved.
    let edit = b.get("/admin/directory/target?n=1").await;
    edit.assert_has("Target 1: LDAP directory");
    edit.assert_has("A value is saved; it is never shown. Leave this blank to keep it.");
    let form = edit.form("/admin/directory/target?n=1");
    pages.push(edit);

    // Without the password again, nothing is saved; with a wrong one, neither.
    let changed = with(form.clone(), "timeout_secs", "7");
    let refused = b.submit("/admin/directory/target?n=1", &changed).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Type your password to make this change.");
    let wrong = with(changed.clone(), "current_password", "not-my-password");
    let refused = b.submit("/admin/directory/target?n=1", &wrong).await;
    refused.assert_has("That isn&#39;t your password. Nothing was saved.");
    pages.push(refused);
    assert!(
        matches!(&stored(&app).await.directory.targets[0], TargetSettings::Ldap(l) if l.timeout_secs == 5)
    );

    // A URL that isn't ldap:// or ldaps:// is refused next to the address.
    let bad = with(
        with(form.clone(), "url", "https://127.0.0.1:636"),
        "current_password",
        OLD_PASSWORD,
    );
    let refused = b.submit("/admin/directory/target?n=1", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("“https” isn't a directory address: use ldap:// or ldaps://.");
    assert!(refused.has(r##"<a href="#f-url">"##));
    assert!(
        refused.has(r#"value="https://127.0.0.1:636""#),
        "what was typed is kept"
    );
    pages.push(refused);

    // With the password: saved, the bind password kept, and the audit says what changed.
    let good = with(changed, "current_password", OLD_PASSWORD);
    let saved = b.submit("/admin/directory/target?n=1", &good).await;
    saved.assert_has("Saved: directory target 1.");
    saved.assert_has("Directory target 1 (LDAP directory): Seconds to wait for the directory: 5 seconds → 7 seconds");
    pages.push(saved);
    let tenant = stored(&app).await;
    assert_eq!(bind_password(&tenant), secret);
    assert!(matches!(&tenant.directory.targets[0], TargetSettings::Ldap(l) if l.timeout_secs == 7));

    // A bind password the directory refuses isn't saved: the portal checks the admin could
    // still sign in with the new settings, and says why not.
    let form = b
        .get("/admin/directory/target?n=1")
        .await
        .form("/admin/directory/target?n=1");
    let new_secret = "Wrong-Service-Password-9";
    let form = with(
        with(form, "bind_password", new_secret),
        "current_password",
        OLD_PASSWORD,
    );
    let refused = b.submit("/admin/directory/target?n=1", &form).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("the directory couldn&#39;t be asked whether you are still an admin");
    pages.push(refused);
    assert_eq!(bind_password(&stored(&app).await), secret);
    let tested = b.post("/admin/directory/test", &[("user_id", "")]).await;
    assert!(!tested.has("<strong>Failed</strong>"), "{}", tested.body);
    pages.push(tested);

    for page in &pages {
        assert!(
            !page.body.contains(&secret),
            "{} shows the bind password",
            page.url
        );
        assert!(
            !page.body.contains(new_secret),
            "{} shows the new bind password",
            page.url
        );
    }
    let rows = app
        .state
        .store
        .recent_admin_changes(&app.tenant.id, 20)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert!(
        rows.iter()
            .all(|r| !r.detail.contains(&secret) && !r.detail.contains(new_secret))
    );
    let logs = captured_logs();
    assert!(
        !logs.contains(&secret) && !logs.contains(new_secret),
        "a bind password was logged"
    );
}

#[tokio::test]
async fn a_webhook_target_refuses_plain_http_to_another_host_and_keeps_its_secret() {
    let app = spawn_app_with(|s| s.directory.targets.push(test_webhook(WEBHOOK_SECRET))).await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/directory").await;
    page.assert_has("2. Webhook");
    page.assert_has("<dt>Signing secret</dt><dd>set</dd>");
    let edit = b.get("/admin/directory/target?n=2").await;
    let form = with(
        edit.form("/admin/directory/target?n=2"),
        "current_password",
        OLD_PASSWORD,
    );

    let plain = with(form.clone(), "url", "http://hooks.acme.test/password");
    let refused = b.submit("/admin/directory/target?n=2", &plain).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("the webhook's address must start with https://");
    let short = with(form.clone(), "secret", "short");
    let refused = b.submit("/admin/directory/target?n=2", &short).await;
    refused.assert_has("the webhook secret needs at least 16 characters");
    assert!(refused.has(r##"<a href="#f-secret">"##));
    // The embedded target has nothing to edit.
    let embedded = b.get("/admin/directory/target?n=1").await;
    assert_eq!(embedded.status, StatusCode::NOT_FOUND);

    let moved = with(form, "url", "https://hooks2.acme.test/password");
    b.submit("/admin/directory/target?n=2", &moved)
        .await
        .assert_has(
            "Address: https://hooks.acme.test/password → https://hooks2.acme.test/password",
        );
    match &stored(&app).await.directory.targets[1] {
        TargetSettings::Webhook(w) => {
            assert_eq!(w.url, "https://hooks2.acme.test/password");
            assert_eq!(w.secret.expose(), WEBHOOK_SECRET);
        }
        other => panic!("target 2 is {other:?}"),
    }
    // A new secret is saved, and audited only as changed.
    let new_secret = "another-webhook-secret-42";
    let form = b
        .get("/admin/directory/target?n=2")
        .await
        .form("/admin/directory/target?n=2");
    let form = with(
        with(form, "secret", new_secret),
        "current_password",
        OLD_PASSWORD,
    );
    let saved = b.submit("/admin/directory/target?n=2", &form).await;
    saved.assert_has("Directory target 2 (Webhook): Signing secret: changed");
    assert!(!saved.body.contains(new_secret));
    match &stored(&app).await.directory.targets[1] {
        TargetSettings::Webhook(w) => assert_eq!(w.secret.expose(), new_secret),
        other => panic!("target 2 is {other:?}"),
    }
    let rows = app
        .state
        .store
        .audit_rows(&app.tenant.id, None)
        .await
        .unwrap();
    assert!(
        rows.iter()
            .all(|r| !r.detail.contains(new_secret) && !r.detail.contains(WEBHOOK_SECRET))
    );
    assert!(!captured_logs().contains(new_secret));
    for path in ["/admin/directory", "/admin/directory/target?n=2"] {
        let body = b.get(path).await.body;
        assert!(
            !body.contains(WEBHOOK_SECRET) && !body.contains(new_secret),
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_admin_group_is_changed_only_with_the_password_again() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/policy/admins").await;
    page.assert_has("Your password");
    let form = with(page.form("/admin/policy/admins"), "admin_group", "helpdesk");
    let refused = b.submit("/admin/policy/admins", &form).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Type your password to make this change.");
    assert_eq!(stored(&app).await.policy.admin_group, None);
    let form = with(form, "current_password", OLD_PASSWORD);
    b.submit("/admin/policy/admins", &form)
        .await
        .assert_has("Admin access: Admin group: none → helpdesk");
    assert_eq!(
        stored(&app).await.policy.admin_group.as_deref(),
        Some("helpdesk")
    );
}

#[tokio::test]
async fn an_ldap_target_is_added_and_removed_and_a_chain_without_the_admin_is_refused() {
    let Some(slapd) = slapd::Slapd::start(OLD_PASSWORD).await else {
        return;
    };
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;

    let first = "/admin/directory/target?kind=ldap&at=first";
    let page = b.get(first).await;
    page.assert_has("New target: LDAP directory");
    let settings = slapd.settings();
    let mut form = page.form(first);
    for (name, value) in [
        ("url", settings.url.as_str()),
        ("ca_file", settings.ca_file.as_deref().unwrap()),
        ("bind_dn", settings.bind_dn.as_str()),
        ("bind_password", settings.bind_password.expose()),
        ("base_dn", settings.base_dn.as_str()),
        ("current_password", OLD_PASSWORD),
    ] {
        form = with(form, name, value);
    }
    // Looked up in slapd first, the embedded admin wouldn't be found: refused, so she can't
    // lock herself out.
    let refused = b.submit(first, &form).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    refused.assert_has(
        "After this change you couldn&#39;t sign in here: admin wouldn&#39;t be found as an admin.",
    );
    assert_eq!(stored(&app).await.directory.targets.len(), 1);

    // After the embedded directory: added.
    let last = "/admin/directory/target?kind=ldap&at=last";
    let csrf = b.get(last).await.csrf();
    let form = with(form, "csrf", &csrf);
    let saved = b.submit(last, &form).await;
    saved.assert_has("Added: directory target 2 (LDAP directory).");
    saved.assert_has(
        "Directory: added target 2 (LDAP directory): Server address: none → ldaps://127.0.0.1:",
    );
    assert!(!saved.body.contains(settings.bind_password.expose()));
    let tenant = stored(&app).await;
    assert!(
        matches!(&tenant.directory.targets[1], TargetSettings::Ldap(l) if l.bind_password == settings.bind_password)
    );
    // Test connection reaches it, and finds carol there.
    let tested = b
        .post("/admin/directory/test", &[("user_id", "carol")])
        .await;
    tested.assert_has("<td><strong>Passed</strong></td><td dir=\"ltr\" lang=\"en\">target 2 (ldap) service bind</td>");
    tested.assert_has("uid=carol,ou=people");

    // Removing the embedded directory would leave the admin unknown: refused.
    let confirm = b.get("/admin/directory/remove?n=1").await;
    confirm.assert_has("Remove target 1: The portal&#39;s own database");
    let refused = b
        .post(
            "/admin/directory/remove?n=1",
            &[("current_password", OLD_PASSWORD)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("wouldn&#39;t be found as an admin");
    // The LDAP target: refused with a wrong password, removed with hers.
    b.get("/admin/directory/remove?n=2").await;
    b.post(
        "/admin/directory/remove?n=2",
        &[("current_password", "nope")],
    )
    .await
    .assert_has("That isn&#39;t your password.");
    assert_eq!(stored(&app).await.directory.targets.len(), 2);
    b.get("/admin/directory/remove?n=2").await;
    b.post(
        "/admin/directory/remove?n=2",
        &[("current_password", OLD_PASSWORD)],
    )
    .await
    .assert_has("Removed: directory target 2 (LDAP directory).");
    assert_eq!(stored(&app).await.directory.targets.len(), 1);
    let detail = format!(
        "Directory: removed target 2 (LDAP directory, {})",
        settings.url
    );
    assert!(app.has_audit("admin_directory_changed", &detail).await);
    // The last target can't go.
    b.get("/admin/directory/remove?n=1").await;
    b.post(
        "/admin/directory/remove?n=1",
        &[("current_password", OLD_PASSWORD)],
    )
    .await
    .assert_has("This target can't be removed: At least one target is needed.");
}

#[tokio::test]
async fn the_directory_page_on_postgres() {
    let Some(app) =
        spawn_postgres_app(|s| s.directory.targets.push(test_webhook(WEBHOOK_SECRET))).await
    else {
        return;
    };
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let action = "/admin/directory/target?n=2";
    let form = b.get(action).await.form(action);
    let form = with(
        with(form, "timeout_secs", "9"),
        "current_password",
        OLD_PASSWORD,
    );
    b.submit(action, &form)
        .await
        .assert_has("Seconds to wait for each call: 5 seconds → 9 seconds");
    match &stored(&app).await.directory.targets[1] {
        TargetSettings::Webhook(w) => {
            assert_eq!(w.timeout_secs, 9);
            assert_eq!(w.secret.expose(), WEBHOOK_SECRET);
        }
        other => panic!("target 2 is {other:?}"),
    }
    let tested = b
        .post("/admin/directory/test", &[("user_id", "alice")])
        .await;
    tested
        .assert_has("<td><strong>Passed</strong></td><td dir=\"ltr\" lang=\"en\">target 1 (embedded)</td><td dir=\"ltr\" lang=\"en\">found alice</td>");
}
