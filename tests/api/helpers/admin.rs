//! Signing the test tenant's admin (Ada) in to the console: password, then an authenticator
//! code, enrolled on the way.

use super::{Browser, OLD_PASSWORD, Page, TestApp};
use sspr::security::totp;

/// The authenticator secret the enrolment page shows for typing in.
pub fn shown_secret(page: &Page) -> Vec<u8> {
    let re = regex::Regex::new(r#"<code class="secret"[^>]*>([A-Z2-7 ]+)</code>"#).unwrap();
    let text = re.captures(&page.body).expect("the secret on the page")[1].replace(' ', "");
    data_encoding::BASE32_NOPAD.decode(text.as_bytes()).unwrap()
}

pub fn code_now(app: &TestApp, secret: &[u8]) -> String {
    totp::code_at(secret, totp::step_of(app.clock.now()))
}

/// Signs the admin (Ada) in with her password; the page that follows (enrolment or code).
pub async fn password_step(b: &mut Browser) -> Page {
    password_step_as(b, "admin").await
}

/// Signs `login` in to the console with the test password.
pub async fn password_step_as(b: &mut Browser, login: &str) -> Page {
    b.get("/admin")
        .await
        .assert_has("Sign in to the admin console");
    b.post(
        "/admin/sign-in",
        &[("user_id", login), ("password", OLD_PASSWORD)],
    )
    .await
}

/// Enrols the admin's authenticator and signs her in; her secret.
pub async fn enrolled(app: &TestApp, b: &mut Browser) -> Vec<u8> {
    enrolled_as(app, b, "admin").await
}

/// Enrols `login`'s authenticator and signs them in; their secret.
pub async fn enrolled_as(app: &TestApp, b: &mut Browser, login: &str) -> Vec<u8> {
    let page = password_step_as(b, login).await;
    page.assert_has("Set up your authenticator app");
    let secret = shown_secret(&page);
    b.post("/admin/code", &[("code", &code_now(app, &secret))])
        .await
        .assert_has("Signed in as");
    secret
}

/// The test tenant as stored now (what a console save wrote).
pub async fn stored(app: &TestApp) -> sspr::store::tenants::Tenant {
    let tenant = app.state.store.tenant_fresh(&app.tenant.id).await.unwrap();
    tenant.expect("the tenant is stored")
}

/// A webhook target for tests that need one (nothing listens on it).
pub fn test_webhook(secret: &str) -> sspr::directory::settings::TargetSettings {
    use sspr::directory::settings::{ConfigSecret, TargetSettings, WebhookSettings};
    TargetSettings::Webhook(WebhookSettings {
        url: "https://hooks.acme.test/password".into(),
        secret: ConfigSecret::new(secret),
        timeout_secs: 5,
        retry_for_secs: 15,
    })
}
