//! Not a test: regenerates docs/screenshots/*.png from the demo tenant in a real headless
//! Chromium (`scripts/screenshots.sh` runs it). Ignored by `cargo test`.

use crate::helpers::webdriver::{Chrome, chrome};
use crate::helpers::*;

async fn save(c: &Chrome, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), c.screenshot().await).unwrap();
    println!("docs/screenshots/{name}.png");
}

async fn demo_browser(app: &TestApp, width: u32) -> Chrome {
    let mut c = chrome(app, true, width).await.expect("Chromium");
    c.use_tenant(app, sspr::demo::SLUG);
    c
}

#[tokio::test]
#[ignore = "writes docs/screenshots; run by scripts/screenshots.sh"]
async fn regenerate_screenshots() {
    let app = spawn_app_with(|s| s.config.demo = true).await;
    sspr::demo::seed(&app.state).await.unwrap();
    let alice = "alice.martin@example.net";

    let c = demo_browser(&app, 1100).await;
    c.goto("/reset").await;
    save(&c, "reset-start").await;
    c.fill("#user_id", "alice").await;
    c.fill("#captcha", &app.last_captcha()).await;
    c.click("form[action$='/reset'] button[type=submit]").await;
    save(&c, "verification-methods").await;
    let before = app.mails_to(alice);
    c.click("form[action$='/reset/method'] button[type=submit]")
        .await;
    save(&c, "verification-code").await;
    let code = app.wait_mail(alice, before).await.code();
    c.fill("#code", &code).await;
    c.click("form[action$='/reset/code'] button[type=submit]")
        .await;
    c.fill("#password", "Granite-Kettle").await;
    c.strength_words().await;
    save(&c, "new-password").await;
    c.close().await;

    let c = demo_browser(&app, 1100).await;
    c.goto("/register").await;
    c.fill("#user_id", "alice").await;
    c.fill("#password", sspr::demo::DEMO_PASSWORD).await;
    c.click("form[action$='/register/sign-in'] button[type=submit]")
        .await;
    save(&c, "registration-methods").await;
    c.close().await;

    let c = demo_browser(&app, 1100).await;
    c.admin_sign_in(&app, "dana", sspr::demo::DEMO_PASSWORD, false)
        .await;
    c.goto("/admin/policy/methods").await;
    save(&c, "admin-policy").await;
    c.close().await;

    let c = demo_browser(&app, 1100).await;
    c.goto("/language?to=ar&back=/t/demo/reset").await;
    save(&c, "reset-start-arabic").await;
    c.close().await;

    let c = demo_browser(&app, 390).await;
    c.goto("/language?to=de&back=/t/demo/reset").await;
    save(&c, "reset-start-phone").await;
    c.close().await;
}
