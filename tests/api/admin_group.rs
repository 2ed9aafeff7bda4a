//! Admins from the directory: with `admin_group`, the members of that group in OpenLDAP or
//! Active Directory get "Contact your administrator" mail at their directory mailbox.

use crate::helpers::*;
use axum::http::StatusCode;

const ADA: &str = "ada@acme.example";

/// A reset that fails (a wrong full number), then "Contact your administrator".
async fn ask_for_help(app: &TestApp) {
    let mut b = app.browser();
    b.start(app, "alice").await;
    b.post("/reset/method", &[("method", "email")]).await;
    let tracking = b.last.as_ref().unwrap().tracking();
    b.get(&format!("/helpdesk?tracking={tracking}")).await;
    let sent = b
        .post("/helpdesk", &[("tracking", &tracking), ("note", "")])
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    sent.assert_has("Your administrator has been notified");
}

async fn ada_is_asked_for_help(app: &TestApp) {
    ask_for_help(app).await;
    let mail = app.wait_mail(ADA, 0).await.text();
    assert!(
        mail.contains("alice needs help with their password"),
        "{mail}"
    );
}

#[tokio::test]
async fn the_admin_group_in_openldap_gets_the_helpdesk_mail() {
    let Some((app, _slapd)) =
        spawn_ldap_app(false, |s| s.policy.admin_group = Some("sspr-admins".into())).await
    else {
        return;
    };
    ada_is_asked_for_help(&app).await;
    // The embedded directory's flagged admin is still told too.
    app.wait_mail(ADMIN_MAIL, 0).await;
}

#[tokio::test]
async fn the_admin_group_in_active_directory_gets_the_helpdesk_mail() {
    let Some((app, _samba)) =
        spawn_ad_app(false, |s| s.policy.admin_group = Some("sspr-admins".into())).await
    else {
        return;
    };
    ada_is_asked_for_help(&app).await;
}

#[tokio::test]
async fn without_an_admin_group_directory_users_are_not_admins() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    ask_for_help(&app).await;
    app.wait_mail(ADMIN_MAIL, 0).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mails_to(ADA), 0);
}
