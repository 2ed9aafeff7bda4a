//! The admin console in the admin's language: its pages, fields, ranges, problems and flashes
//! follow the browser and the switcher like the user side; the audit log keeps English, and
//! what an admin's action sends a user goes out in the organisation's language.

use crate::helpers::admin::{code_now, shown_secret};
use crate::helpers::forms::with;
use crate::helpers::*;
use axum::http::StatusCode;

/// Signs the test admin in through German pages.
async fn signed_in_in_german(app: &TestApp) -> Browser {
    let mut b = app.browser_speaking("de-DE,de;q=0.9");
    let sign_in = b.get("/admin").await;
    sign_in.assert_has(r#"<html lang="de" dir="ltr">"#);
    sign_in.assert_has("An der Verwaltungskonsole anmelden");
    let enrol = b
        .post(
            "/admin/sign-in",
            &[("user_id", "admin"), ("password", OLD_PASSWORD)],
        )
        .await;
    enrol.assert_has("Richten Sie Ihre Authenticator-App ein");
    let secret = shown_secret(&enrol);
    b.post("/admin/code", &[("code", &code_now(app, &secret))])
        .await
        .assert_has("Angemeldet als Ada Admin (admin).");
    b
}

#[tokio::test]
async fn the_console_speaks_german_and_the_switcher_keeps_the_admins_page() {
    let app = spawn_app().await;
    let mut b = signed_in_in_german(&app).await;

    let codes = b.get("/admin/policy/codes").await;
    codes.assert_has("<h1>Codes und Begrenzungen</h1>");
    codes.assert_has("Minuten, die ein Code gültig bleibt");
    codes.assert_has("Erlaubt: von 1 bis 30 Minuten. Standard: 10 Minuten.");

    // A refused value is explained in German, next to its field and atop the form.
    let form = with(codes.form("/admin/policy/codes"), "codes.ttl_secs", "45");
    let refused = b.submit("/admin/policy/codes", &form).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Es wurde nichts gespeichert. Bitte korrigieren Sie:");
    refused.assert_has("Wählen Sie einen Wert von 1 bis 30 Minuten.");
    assert!(
        refused.has(r##"<a href="#f-codes-ttl-secs">"##),
        "{}",
        refused.body
    );

    // From the refused form's page, French brings the admin back to the same settings page.
    let french = b.get(&refused.switcher_link("fr")).await;
    assert!(
        french.url.ends_with("/t/acme/admin/policy/codes"),
        "{}",
        french.url
    );
    french.assert_has(r#"<html lang="fr" dir="ltr">"#);
    french.assert_has("<h1>Codes et limites</h1>");
    french.assert_has("Par défaut : 10 minutes.");

    let form = with(french.form("/admin/policy/codes"), "codes.ttl_secs", "15");
    let saved = b.submit("/admin/policy/codes", &form).await;
    saved.assert_has("Enregistré : Codes et limites.");
    // The audit log is kept in one language, whoever reads it later.
    assert!(
        app.has_audit(
            "admin_policy_changed",
            "Codes and throttles: Minutes a code stays valid: 10 minutes → 15 minutes"
        )
        .await
    );
    let home = b.get("/admin").await;
    home.assert_has("Connecté en tant que Ada Admin (admin).");
    home.assert_has("Codes and throttles: Minutes a code stays valid: 10 minutes → 15 minutes");
}

#[tokio::test]
async fn every_console_page_has_the_switcher_and_arabic_is_right_to_left() {
    let app = spawn_app().await;
    let mut b = signed_in_in_german(&app).await;
    let home = b.get("/admin").await;
    b.get(&home.switcher_link("ar")).await;
    let tags = regex::Regex::new("<[^>]*>").unwrap();
    for (path, methods) in sspr::web::admin::routes() {
        if !methods.contains(&"GET") || path.ends_with(".csv") || path.ends_with(".css") {
            continue;
        }
        // (Target 1 is the embedded directory, which has no settings page.)
        let page = b.get(&path).await;
        let found = page.status.is_success() || path == "/admin/directory/target?n=1";
        assert!(found, "{path}: {}", page.status);
        page.assert_has(r#"<html lang="ar" dir="rtl">"#);
        assert!(
            page.has(r#"<nav class="languages""#),
            "{path} has no switcher"
        );
        // (The audit filter's values stay English: they are the stable names in its links.)
        let words = tags.replace_all(&page.body, " ");
        assert!(
            !words.contains("Admin console"),
            "{path} is still in English"
        );
    }
}

#[tokio::test]
async fn an_admins_reset_tells_the_user_in_the_organisations_language() {
    let app = spawn_app().await;
    let mut b = signed_in_in_german(&app).await;
    let before = app.mails_to("alice@acme.example");
    let action = "/admin/user/reset?id=alice";
    let form_page = b.get(action).await;
    form_page.assert_has("Passwort von Alice Martin zurücksetzen");
    let done = b.submit(action, &form_page.form(action)).await;
    done.assert_has("Das temporäre Passwort lautet:");
    // Alice never saw the admin's German page: her notice is in the tenant's language.
    let notice = app.wait_mail("alice@acme.example", before).await.text();
    assert!(notice.contains("reset by an administrator"), "{notice}");
}
