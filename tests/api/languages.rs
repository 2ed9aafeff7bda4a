//! Languages: the browser's Accept-Language, the switcher's cookie and the tenant's default
//! choose the language of every page, email, text and call of a flow.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::domain::policy::Method;
use sspr::i18n::Lang;

#[tokio::test]
async fn accept_language_de_gives_a_german_reset_with_german_email_text_and_notice() {
    let app = spawn_app_with(|s| s.policy.gates = 2).await;
    let mut b = app.browser_speaking("de-DE,de;q=0.9,en;q=0.5");
    let start = b.get("/reset").await;
    start.assert_has(r#"<html lang="de" dir="ltr">"#);
    start.assert_has("Wieder Zugang zu Ihrem Konto");
    start.assert_has("Ziffern stattdessen anhören");

    let methods = b.start(&app, "bob").await;
    methods.assert_has("Bestätigungsschritt 1 von 2");
    methods.assert_has("E-Mail an meine alternative E-Mail-Adresse");

    let before = app.mails_to("bob.alt@example.net");
    let code_page = b.post("/reset/method", &[("method", "email")]).await;
    code_page.assert_has("Wir haben einen Code per E-Mail an");
    code_page.assert_has("Er läuft in 10 Minuten ab.");
    let mail = app.wait_mail("bob.alt@example.net", before).await;
    let text = mail.text();
    assert!(text.contains("Ihr Bestätigungscode lautet"), "{text}");
    assert!(text.contains("Ohne Ihre Benutzerkennung"), "{text}");
    assert!(!text.contains("Your verification code"), "{text}");

    // A wrong code is refused in German, with the plural right.
    let wrong = b
        .post("/reset/code", &[("code", a_wrong_code(&mail.code()))])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("Dieser Code ist nicht richtig. Sie haben noch 4 Versuche.");

    let gate2 = b.post("/reset/code", &[("code", &mail.code())]).await;
    gate2.assert_has("Bestätigungsschritt 2 von 2");
    b.post("/reset/method", &[("method", "sms")])
        .await
        .assert_has("Telefonnummer bestätigen");
    b.post("/reset/phone", &[("number", "+1 650 253 0003")])
        .await
        .assert_has("Wir haben einen Code per SMS an");
    let sms = app.wait_gateway(0).await;
    let body = &sms.fields["Body"];
    assert!(
        body.starts_with("Acme Corp Bestätigungscode: ") && body.contains("10 Minuten"),
        "{body}"
    );

    let password = b.post("/reset/code", &[("code", &sms.code())]).await;
    password.assert_has("Neues Passwort wählen");
    password.assert_has("Mindestens 8 Zeichen");
    // The organisation's rules explain a refusal in German.
    let refused = b.set_password("kurz").await;
    refused.assert_has("Dieses Passwort erfüllt die Regeln Ihrer Organisation nicht:");
    refused.assert_has("Es muss mindestens 8 Zeichen lang sein.");

    let done = b.set_password(GOOD_PASSWORD).await;
    done.assert_has("Ihr Passwort wurde zurückgesetzt");
    assert!(app.password_works("bob", GOOD_PASSWORD).await);
    let notice = app
        .wait_mail("bob.alt@example.net", before + 1)
        .await
        .text();
    assert!(
        notice.contains("Das Passwort Ihres Kontos bob wurde am"),
        "{notice}"
    );
    assert!(notice.contains("Wenn Sie das nicht waren"), "{notice}");
}

#[tokio::test]
async fn the_switcher_changes_the_language_and_keeps_the_users_place() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let methods = b.start(&app, "alice").await;
    methods.assert_has("Choose how to verify it's you");
    methods.assert_has(r#"<nav class="languages" aria-label="Language">"#);
    methods.assert_has(r#"<span lang="en" aria-current="true">English</span>"#);

    // From a page that was fetched: the same step, now in German.
    let german = b.get(&methods.switcher_link("de")).await;
    assert_eq!(german.status, StatusCode::OK);
    german.assert_has("Wählen Sie, wie Sie sich bestätigen möchten");
    german.assert_has("Bestätigungsschritt 1 von 1");
    german.assert_has(r#"<span lang="de" aria-current="true">Deutsch</span>"#);

    // The choice is kept: the next step is German too.
    let before = app.mails_to("alice.alt@example.net");
    let code_page = b.post("/reset/method", &[("method", "email")]).await;
    code_page.assert_has("Code eingeben");
    let code = app.wait_mail("alice.alt@example.net", before).await.code();

    // From a page a form's POST drew (a wrong code): back to that step, in French.
    let wrong = b
        .post("/reset/code", &[("code", a_wrong_code(&code))])
        .await;
    wrong.assert_has("Dieser Code ist nicht richtig.");
    let french = b.get(&wrong.switcher_link("fr")).await;
    french.assert_has("Saisissez votre code");
    french.assert_has(r#"<html lang="fr" dir="ltr">"#);
    // The flow went on where it was: the code still works.
    let password = b.post("/reset/code", &[("code", &code)]).await;
    password.assert_has("Choisissez un nouveau mot de passe");

    // The user's choice beats the browser's Accept-Language.
    let mut other = app.browser_speaking("ja");
    other
        .get("/reset")
        .await
        .assert_has("アカウントへのアクセスを回復する");
    other
        .get("/language?to=es&back=/t/acme/reset")
        .await
        .assert_has("Recupere el acceso a su cuenta");
}

#[tokio::test]
async fn the_switcher_refuses_unknown_languages_and_other_sites() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let unknown = b.get("/language?to=xx&back=/t/acme/reset").await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    unknown.assert_has("Language not available");
    let response = b
        .client()
        .get(app.url("/language?to=de&back=//evil.example/"))
        .send()
        .await
        .unwrap();
    // Followed within the portal: it ends on this site's home page, never on another.
    assert_eq!(response.url().host_str(), Some("127.0.0.1"));
    assert_eq!(response.url().path(), "/");
}

#[tokio::test]
async fn arabic_pages_are_right_to_left_and_arabic() {
    let app = spawn_app().await;
    let mut b = app.browser_speaking("ar-EG,ar;q=0.9");
    let start = b.get("/reset").await;
    start.assert_has(r#"<html lang="ar" dir="rtl">"#);
    start.assert_has("<h1>استعد الوصول إلى حسابك</h1>");
    start.assert_has("انتقل إلى المحتوى الرئيسي");
    let methods = b.start(&app, "alice").await;
    // Numbers inside Arabic text are isolated so they keep their order.
    methods.assert_has("خطوة التحقق \u{2068}1\u{2069} من \u{2068}1\u{2069}");
    methods.assert_has(r#"<span class="masked" dir="ltr">a•••@e•••.net</span>"#);
}

#[tokio::test]
async fn the_tenant_default_applies_when_the_browser_names_no_language_we_speak() {
    let app = spawn_app_with(|s| s.policy.default_language = Lang::Fr).await;
    app.browser_speaking("sv-SE,sv;q=0.9")
        .get("/reset")
        .await
        .assert_has("Récupérer l'accès à votre compte");
    app.browser()
        .get("/reset")
        .await
        .assert_has(r#"<html lang="fr" dir="ltr">"#);
    app.browser_speaking("nl")
        .get("/reset")
        .await
        .assert_has("Weer toegang tot uw account");
}

#[tokio::test]
async fn a_call_says_its_words_in_the_pages_language() {
    let app = spawn_app_with(|s| s.policy.methods = vec![Method::Email, Method::Voice]).await;
    let mut b = app.browser_speaking("pt-BR");
    b.start(&app, "bob")
        .await
        .assert_has("Ligar para meu celular");
    b.post("/reset/method", &[("method", "voice")]).await;
    b.post("/reset/phone", &[("number", "+16502530003")])
        .await
        .assert_has("Estamos ligando para");
    let call = app.wait_gateway(0).await;
    let twiml = &call.fields["Twiml"];
    assert!(
        twiml.starts_with(
            r#"<Response><Say language="pt-BR">Aqui é da Acme Corp. Seu código de verificação é"#
        ),
        "{twiml}"
    );
    assert!(
        twiml.contains(r#"<Say language="pt-BR">Repetindo: "#),
        "{twiml}"
    );
    let password = b.post("/reset/code", &[("code", &call.code())]).await;
    password.assert_has("Escolha uma nova senha");
}

#[tokio::test]
async fn registration_and_change_password_speak_the_language_too() {
    let app = spawn_app().await;
    let mut b = app.browser_speaking("nl-BE");
    let sign_in = b.get("/register").await;
    sign_in.assert_has("Meld u aan om uw beveiligingsgegevens te beheren");
    let failed = b
        .post(
            "/register/sign-in",
            &[("user_id", "alice"), ("password", "wrong")],
        )
        .await;
    failed.assert_has("Die gebruikersnaam en dat wachtwoord horen niet bij elkaar.");
    let methods = b.sign_in("alice", OLD_PASSWORD).await;
    methods.assert_has("Uw beveiligingsgegevens");
    methods.assert_has("Alternatief e-mailadres");
    let change = b.get("/register/password").await;
    change.assert_has("Uw wachtwoord wijzigen");
    let done = b
        .post(
            "/register/password",
            &[
                ("current", OLD_PASSWORD),
                ("password", GOOD_PASSWORD),
                ("confirm", GOOD_PASSWORD),
            ],
        )
        .await;
    done.assert_has("Uw wachtwoord is gewijzigd");
    assert!(app.password_works("alice", GOOD_PASSWORD).await);
}

#[tokio::test]
async fn pages_made_before_the_tenant_is_known_follow_the_browser() {
    let app = spawn_app().await;
    let response = app
        .browser_speaking("ja")
        .client()
        .get(format!("http://{}/t/nowhere/reset", app.addr))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::NOT_FOUND);
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"<html lang="ja" dir="ltr">"#), "{body}");
    assert!(body.contains("組織が見つかりません"), "{body}");
}

#[tokio::test]
async fn a_switch_back_to_a_path_no_header_can_carry_goes_home_instead() {
    let app = spawn_app().await;
    let response = app
        .browser()
        .client()
        .get(app.url("/language?to=fr&back=/t/acme/r%C3%A9initialiser%0D%0A"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.url().path(), "/");
    assert_ne!(
        response.status(),
        reqwest::StatusCode::INTERNAL_SERVER_ERROR
    );
}
