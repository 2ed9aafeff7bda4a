//! The console's directory page against the real slapd fixture: the chain is shown with its
//! secrets only as "set", "Test connection" runs the CLI's checks, a target's settings are
//! changed after the admin's password again, invalid ones are refused next to their field,
//! and neither the bind password nor a webhook secret ever reaches the HTML or the audit.

use crate::helpers::admin::{enrolled, enrolled_as};
use crate::helpers::forms::with;
use crate::helpers::*;
use axum::http::StatusCode;
use sspr::directory::settings::{ConfigSecret, TargetSettings, WebhookSettings};

const WEBHOOK_SECRET: &str = "webhook-secret-0123456789";

fn bind_password(app_tenant: &sspr::store::tenants::Tenant) -> String {
    match &app_tenant.directory.targets[0] {
        TargetSettings::Ldap(l) => l.bind_password.expose().to_string(),
        other => panic!("target 1 is {other:?}"),
    }
}

async fn stored(app: &TestApp) -> sspr::store::tenants::Tenant {
    app.state
        .store
        .tenant_by_slug("acme")
        .await
        .unwrap()
        .unwrap()
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
    page.assert_has("Members of the group <strong>sspr-admins</strong>");
    pages.push(page);

    // Test connection, looking alice up: every check passes, and says so.
    let tested = b
        .post("/admin/directory/test", &[("user_id", "alice")])
        .await;
    assert_eq!(tested.status, StatusCode::OK);
    tested.assert_has("Test results");
    tested.assert_has("<td><strong>ok</strong></td><td>target 1 (ldap) service bind</td>");
    assert!(!tested.has("<strong>FAIL</strong>"), "{}", tested.body);
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
    refused.assert_has("scheme https: use ldap or ldaps");
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

    // A new bind password is written, audited as "changed" only, and the test shows it fails.
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
    let saved = b.submit("/admin/directory/target?n=1", &form).await;
    saved.assert_has("Service account&#39;s password: changed");
    pages.push(saved);
    assert_eq!(bind_password(&stored(&app).await), new_secret);
    let tested = b.post("/admin/directory/test", &[("user_id", "")]).await;
    tested.assert_has("<td><strong>FAIL</strong></td><td>target 1 (ldap) service bind</td>");
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
    assert_eq!(rows.len(), 2);
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
    let app = spawn_app_with(|s| {
        s.directory
            .targets
            .push(TargetSettings::Webhook(WebhookSettings {
                url: "https://hooks.acme.test/password".into(),
                secret: ConfigSecret::new(WEBHOOK_SECRET),
                timeout_secs: 5,
                retry_for_secs: 15,
            }));
    })
    .await;
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
    refused.assert_has("the webhook URL must be https://");
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
    for path in ["/admin/directory", "/admin/directory/target?n=2"] {
        assert!(!b.get(path).await.body.contains(WEBHOOK_SECRET), "{path}");
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
