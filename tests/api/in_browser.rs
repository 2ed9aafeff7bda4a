//! The portal in a real headless Chromium: the reset (one and two gates), registration, change
//! password and the admin console's main pages, in English and in Arabic, with axe-core's
//! WCAG 2.2 A/AA rules run on every page visited; a reset with the keyboard alone; and one with
//! JavaScript turned off.

use crate::helpers::webdriver::{Chrome, ENTER, chrome};
use crate::helpers::*;
use sspr::domain::policy::Method;

/// Switches the browser to `tag` with the language switcher's link.
async fn speak(c: &Chrome, tag: &str) {
    c.goto(&format!("/language?to={tag}&back=/t/acme/reset"))
        .await;
}

/// The start page: user ID and captcha, checked, submitted.
async fn start_reset(c: &Chrome, app: &TestApp, user: &str) {
    c.goto("/reset").await;
    c.assert_accessible("reset start").await;
    c.fill("#user_id", user).await;
    c.fill("#captcha", &app.last_captcha()).await;
    c.click("form[action$='/reset'] button[type=submit]").await;
}

/// Chooses `method` on the methods page and, for a phone, confirms `number`.
async fn choose(c: &Chrome, method: &str, number: Option<&str>) {
    c.assert_accessible("verification methods").await;
    c.click(&format!("#m-{method}")).await;
    c.click("form[action$='/reset/method'] button[type=submit]")
        .await;
    if let Some(number) = number {
        c.assert_accessible("phone confirmation").await;
        c.fill("#number", number).await;
        c.click("form[action$='/reset/phone'] button[type=submit]")
            .await;
    }
    c.assert_accessible("code entry").await;
}

async fn enter_code(c: &Chrome, code: &str) {
    c.fill("#code", code).await;
    c.click("form[action$='/reset/code'] button[type=submit]")
        .await;
}

async fn new_password(c: &Chrome) {
    c.assert_accessible("new password").await;
    c.fill("#password", GOOD_PASSWORD).await;
    // The strength meter (a script, under the CSP) scores it in the page's language.
    let words = c.strength_words().await;
    assert!(!words.is_empty(), "the strength meter said nothing");
    c.assert_accessible("new password with the strength meter")
        .await;
    c.fill("#confirm", GOOD_PASSWORD).await;
    c.click("#password-form button[type=submit]").await;
    c.assert_accessible("reset done").await;
}

#[tokio::test]
async fn resets_with_one_and_two_gates_pass_axe_in_english_and_arabic() {
    for (tag, done) in [
        ("en", "Your password was reset"),
        ("ar", "أُعيد تعيين كلمة المرور"),
    ] {
        // One gate: an emailed code.
        let app = spawn_app().await;
        let Some(c) = chrome(&app, true, 1280).await else {
            return;
        };
        speak(&c, tag).await;
        start_reset(&c, &app, "alice").await;
        let before = app.mails_to("alice.alt@example.net");
        choose(&c, "email", None).await;
        let code = app.wait_mail("alice.alt@example.net", before).await.code();
        enter_code(&c, &code).await;
        new_password(&c).await;
        assert_eq!(c.h1().await, done);
        assert!(app.password_works("alice", GOOD_PASSWORD).await);
        c.close().await;

        // Two gates: email, then a text to the confirmed number, at a phone's width.
        let app = spawn_app_with(|s| s.policy.gates = 2).await;
        let Some(c) = chrome(&app, true, 390).await else {
            return;
        };
        speak(&c, tag).await;
        start_reset(&c, &app, "bob").await;
        let before = app.mails_to("bob.alt@example.net");
        choose(&c, "email", None).await;
        let code = app.wait_mail("bob.alt@example.net", before).await.code();
        enter_code(&c, &code).await;
        choose(&c, "sms", Some("+16502530003")).await;
        enter_code(&c, &app.wait_gateway(0).await.code()).await;
        new_password(&c).await;
        assert_eq!(c.h1().await, done);
        c.close().await;
    }
}

#[tokio::test]
async fn registration_and_change_password_pass_axe_in_english_and_arabic() {
    for tag in ["en", "ar"] {
        let app = spawn_app().await;
        let Some(c) = chrome(&app, true, 1280).await else {
            return;
        };
        speak(&c, tag).await;
        c.goto("/register").await;
        c.assert_accessible("registration sign-in").await;
        // A refused sign-in: the error is summarised and has the focus.
        c.fill("#user_id", "alice").await;
        c.fill("#password", "not her password").await;
        c.click("form[action$='/register/sign-in'] button[type=submit]")
            .await;
        assert_eq!(c.focused().await, "form-error");
        c.assert_accessible("refused sign-in").await;
        c.fill("#user_id", "alice").await;
        c.fill("#password", OLD_PASSWORD).await;
        c.click("form[action$='/register/sign-in'] button[type=submit]")
            .await;
        c.assert_accessible("security info").await;
        c.goto("/register/mobile").await;
        c.assert_accessible("confirm it's you before a change")
            .await;
        c.goto("/register/password").await;
        c.assert_accessible("change password").await;
        c.fill("#current", OLD_PASSWORD).await;
        c.fill("#password", GOOD_PASSWORD).await;
        c.fill("#confirm", GOOD_PASSWORD).await;
        c.click("#password-form button[type=submit]").await;
        c.assert_accessible("password changed").await;
        assert!(app.password_works("alice", GOOD_PASSWORD).await);
        c.goto("/helpdesk").await;
        c.assert_accessible("contact your administrator").await;
        c.close().await;
    }
}

/// The console's main pages, each checked in English and then, after the switcher's Arabic
/// link, in Arabic.
const CONSOLE_PAGES: [(&str, &str); 12] = [
    ("/admin", "console home"),
    ("/admin/policy/methods", "a policy page"),
    ("/admin/policy/codes", "the codes page"),
    ("/admin/policy/language", "the language page"),
    ("/admin/branding", "branding"),
    ("/admin/directory", "directory"),
    ("/admin/users?q=alice", "user search"),
    ("/admin/user?id=alice", "a user"),
    ("/admin/audit", "audit log"),
    ("/admin/reports", "reports"),
    ("/admin/api-tokens", "API tokens"),
    ("/admin/agents", "writeback agents"),
];

#[tokio::test]
async fn the_admin_consoles_main_pages_pass_axe_in_english_and_arabic() {
    let app = spawn_app().await;
    let Some(c) = chrome(&app, true, 1280).await else {
        return;
    };
    c.goto("/admin").await;
    c.assert_accessible("admin sign-in").await;
    c.admin_sign_in(&app, "admin", OLD_PASSWORD, true).await;
    for (path, what) in CONSOLE_PAGES {
        c.goto(path).await;
        c.assert_accessible(what).await;
    }
    // The switcher at the foot of a console page keeps the admin on that page.
    c.goto("/admin/policy/codes").await;
    c.click("nav.languages a[lang='ar']").await;
    let page = c.source().await;
    assert!(page.contains(r#"dir="rtl""#), "{page}");
    assert!(
        page.contains("الرموز والحدود"),
        "not the codes page in Arabic"
    );
    for (path, what) in CONSOLE_PAGES {
        c.goto(path).await;
        assert!(
            c.source().await.contains(r#"lang="ar" dir="rtl""#),
            "{what}"
        );
        c.assert_accessible(&format!("{what}, in Arabic")).await;
    }
    // A refused save says why in Arabic, summarised atop the form with the focus on it.
    c.goto("/admin/policy/codes").await;
    c.fill("#f-codes-ttl-secs", "45").await;
    c.click("form[action$='/admin/policy/codes'] button[type=submit]")
        .await;
    // (Arabic wraps each argument in bidi isolation marks.)
    let page = c.source().await.replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains("لم يُحفظ شيء"), "{page}");
    assert!(page.contains("اختر قيمة من 1 إلى 30 دقيقة."), "{page}");
    assert_eq!(c.focused().await, "form-error");
    c.assert_accessible("a refused policy page, in Arabic")
        .await;
    c.close().await;
}

#[tokio::test]
async fn a_reset_works_with_the_keyboard_alone() {
    let app = spawn_app().await;
    let Some(c) = chrome(&app, true, 1280).await else {
        return;
    };
    c.goto("/reset").await;
    // The first Tab reaches the skip link, which moves the focus to the page's content.
    c.press(crate::helpers::webdriver::TAB).await;
    assert!(c.focused().await.starts_with("A:"), "{}", c.focused().await);
    c.press(ENTER).await;
    assert_eq!(c.focused().await, "main");
    // A wrong captcha: refused, and the focus is on the error summary.
    assert!(c.tab_to("user_id").await);
    c.press("alice").await;
    assert!(c.tab_to("captcha").await);
    c.press("2222222").await;
    c.press(ENTER).await;
    wait_for_heading(&c).await;
    assert_eq!(c.focused().await, "form-error");
    // The recording is reachable and opens with the keyboard.
    assert!(c.tab_to("SUMMARY:Listen to the digits instead").await);
    c.press(ENTER).await;
    assert!(c.tab_to("user_id").await);
    c.press("alice").await;
    assert!(c.tab_to("captcha").await);
    c.press(&app.last_captcha()).await;
    c.press(ENTER).await;
    wait_for_heading(&c).await;
    assert_eq!(c.h1().await, "Choose how to verify it's you");
    // The first method (email) is chosen; Tab to "Next" and press Enter.
    let before = app.mails_to("alice.alt@example.net");
    assert!(c.tab_to("BUTTON:Next").await);
    c.press(ENTER).await;
    wait_for_heading(&c).await;
    let code = app.wait_mail("alice.alt@example.net", before).await.code();
    assert!(c.tab_to("code").await);
    c.press(&code).await;
    c.press(ENTER).await;
    wait_for_heading(&c).await;
    assert!(c.tab_to("password").await);
    c.press(GOOD_PASSWORD).await;
    assert!(c.tab_to("confirm").await);
    c.press(GOOD_PASSWORD).await;
    c.press(ENTER).await;
    wait_for_heading(&c).await;
    assert_eq!(c.h1().await, "Your password was reset");
    assert!(app.password_works("alice", GOOD_PASSWORD).await);
    c.close().await;
}

/// Waits for the page a key press submitted.
async fn wait_for_heading(c: &Chrome) {
    for _ in 0..100 {
        let ready = c
            .client
            .execute("return document.readyState;", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(|s| s == "complete"))
            .unwrap_or(false);
        if ready {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_reset_works_with_javascript_turned_off() {
    let app = spawn_app_with(|s| s.policy.methods = vec![Method::Email, Method::Sms]).await;
    let Some(c) = chrome(&app, false, 390).await else {
        return;
    };
    c.goto("/reset").await;
    start_reset_without_axe(&c, &app).await;
    let before = app.mails_to("alice.alt@example.net");
    c.click("form[action$='/reset/method'] button[type=submit]")
        .await;
    let code = app.wait_mail("alice.alt@example.net", before).await.code();
    c.fill("#code", &code).await;
    c.click("form[action$='/reset/code'] button[type=submit]")
        .await;
    // No script ran: the strength meter stays hidden, and nothing else needed it.
    let meter = c
        .client
        .find(fantoccini::Locator::Css("#strength"))
        .await
        .unwrap();
    assert!(meter.attr("hidden").await.unwrap().is_some());
    c.fill("#password", GOOD_PASSWORD).await;
    c.fill("#confirm", GOOD_PASSWORD).await;
    c.click("#password-form button[type=submit]").await;
    assert_eq!(c.h1().await, "Your password was reset");
    assert!(app.password_works("alice", GOOD_PASSWORD).await);
    c.close().await;
}

async fn start_reset_without_axe(c: &Chrome, app: &TestApp) {
    c.fill("#user_id", "alice").await;
    c.fill("#captcha", &app.last_captcha()).await;
    c.click("form[action$='/reset'] button[type=submit]").await;
    assert_eq!(c.h1().await, "Choose how to verify it's you");
}

#[tokio::test]
async fn axe_reports_a_violation_when_a_page_has_one() {
    let app = spawn_app().await;
    let Some(c) = chrome(&app, true, 1280).await else {
        return;
    };
    c.goto("/reset").await;
    assert!(c.axe_violations().await.is_empty());
    // Break the page the way a careless change would: an unlabelled field, a picture
    // without a text alternative.
    c.client
        .execute(
            "document.querySelector('#user_id').removeAttribute('id');
             document.querySelector('img.captcha').removeAttribute('alt');",
            vec![],
        )
        .await
        .unwrap();
    let violations = c.axe_violations().await;
    assert!(
        violations.iter().any(|v| v.starts_with("label ")),
        "{violations:?}"
    );
    assert!(
        violations.iter().any(|v| v.starts_with("image-alt ")),
        "{violations:?}"
    );
    c.close().await;
}
