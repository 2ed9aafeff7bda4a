//! The console's branding page, used as a browser would (a multipart form with a file): the
//! organisation's name reaches the pages and the next email, a logo is re-encoded and served
//! under its hash, a colour too light for white text is refused with its ratio, and a preview
//! shows unsaved values without saving them.

use crate::helpers::admin::{enrolled, stored};
use crate::helpers::*;
use axum::http::StatusCode;
use reqwest::multipart::{Form, Part};
use std::io::Cursor;

/// The branding form as the page has it, with `changes` typed in and maybe a file chosen.
fn form_from(page: &Page, changes: &[(&str, &str)], logo: Option<(&str, Vec<u8>)>) -> Form {
    let mut fields = page.form("/admin/branding");
    for (name, value) in changes {
        fields.retain(|(k, _)| k != name);
        fields.push((name.to_string(), value.to_string()));
    }
    let mut form = Form::new();
    for (name, value) in fields {
        form = form.text(name, value);
    }
    match logo {
        Some((file_name, bytes)) => {
            form.part("logo", Part::bytes(bytes).file_name(file_name.to_string()))
        }
        None => form.part("logo", Part::bytes(Vec::new()).file_name("")),
    }
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 30, 30, 255]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgba8(picture)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

#[tokio::test]
async fn the_name_colour_and_message_saved_reach_the_pages_and_the_next_email() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/branding").await;
    page.assert_has("Organisation name");
    let message = "Passwords expire every 90 days.\n<script>alert(1)</script>";
    let changes = [
        ("name", "Contoso Pharma"),
        ("accent", "#1F4E79"),
        ("message", message),
        ("action", "save"),
    ];
    let saved = b
        .submit_multipart("/admin/branding", form_from(&page, &changes, None))
        .await;
    saved.assert_has("Saved: Branding.");
    saved
        .assert_has("Organisation name: Acme Corp → Contoso Pharma; Accent colour: none → #1f4e79");

    let mut user = app.browser();
    let start = user.get("/reset").await;
    start.assert_has(r#"<span class="org">Contoso Pharma</span>"#);
    start.assert_has("Passwords expire every 90 days.");
    assert!(
        !start.body.contains("<script>alert(1)"),
        "the message is escaped"
    );
    let css = user.fetch("/brand.css").await.text().await.unwrap();
    assert!(css.contains("--accent: #1f4e79"), "{css}");
    user.get("/register")
        .await
        .assert_has("Passwords expire every 90 days.");

    // The next email carries the new name.
    user.start(&app, "alice").await;
    user.post("/reset/method", &[("method", "email")]).await;
    let mail = app.wait_mail("alice.alt@example.net", 0).await;
    assert!(mail.text().contains("Contoso Pharma"), "{}", mail.text());
    let rows = app
        .state
        .store
        .recent_admin_changes(&app.tenant.id, 20)
        .await
        .unwrap();
    assert_eq!(rows[0].activity, "admin_branding_changed");
    assert!(
        rows[0]
            .detail
            .starts_with("Branding: Organisation name: Acme Corp → Contoso Pharma;"),
        "{}",
        rows[0].detail
    );
}

#[tokio::test]
async fn a_logo_is_shrunk_re_encoded_and_served_under_its_hash_for_a_year() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/branding").await;
    let form = form_from(
        &page,
        &[("action", "save")],
        Some(("logo.png", png(1200, 300))),
    );
    b.submit_multipart("/admin/branding", form)
        .await
        .assert_has("Logo: none → uploaded (");
    let hash = stored(&app)
        .await
        .policy
        .branding
        .logo
        .expect("a logo saved");
    let start = app.browser().get("/reset").await;
    let src = format!("/t/acme/logo/{hash}.png");
    start.assert_has(&format!(r#"<img class="logo" src="{src}""#));
    let served = app.browser().fetch(&format!("/logo/{hash}.png")).await;
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(
        served.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let picture = image::load_from_memory(&served.bytes().await.unwrap()).unwrap();
    assert_eq!((picture.width(), picture.height()), (512, 128));
    // Another name isn't served.
    let missing = app.browser().fetch("/logo/0000000000000000.png").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);

    // Removing it takes it off the pages.
    let page = b.get("/admin/branding").await;
    let form = form_from(&page, &[("remove_logo", "on"), ("action", "save")], None);
    b.submit_multipart("/admin/branding", form)
        .await
        .assert_has("Saved: Branding.");
    assert!(!app.browser().get("/reset").await.has(&src));
}

#[tokio::test]
async fn a_big_logo_a_disguised_svg_and_a_light_colour_are_refused_and_nothing_is_saved() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let before = stored(&app).await;
    let page = b.get("/admin/branding").await;

    let mut big = png(8, 8);
    big.resize(2 * 1024 * 1024, 0);
    let form = form_from(&page, &[("action", "save")], Some(("big.png", big)));
    let refused = b.submit_multipart("/admin/branding", form).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("it must be 256 KB or smaller");

    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
    let form = form_from(
        &page,
        &[("action", "save")],
        Some(("logo.png", svg.to_vec())),
    );
    let refused = b.submit_multipart("/admin/branding", form).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Upload a PNG or JPEG picture; other files, SVG included, aren't accepted.");

    let form = form_from(&page, &[("accent", "#ffd700"), ("action", "save")], None);
    let refused = b.submit_multipart("/admin/branding", form).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("White text on #ffd700 has a contrast of 1.");
    refused.assert_has("it needs at least 4.5:1");
    assert!(refused.has(r##"<a href="#accent">"##));

    let form = form_from(&page, &[("name", "  "), ("action", "save")], None);
    let refused = b.submit_multipart("/admin/branding", form).await;
    refused.assert_has("Enter your organisation's name.");

    let after = stored(&app).await;
    assert_eq!(after.name, before.name);
    assert_eq!(after.policy, before.policy);
    assert!(
        !app.audit_activities()
            .await
            .iter()
            .any(|a| a.starts_with("admin_branding"))
    );
}

#[tokio::test]
async fn a_preview_shows_the_unsaved_values_and_saves_nothing() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/branding").await;
    let changes = [
        ("name", "Fabrikam"),
        ("accent", "#5c2d91"),
        ("message", "Call 555-0100 for help."),
        ("action", "preview"),
    ];
    let form = form_from(&page, &changes, Some(("logo.png", png(64, 64))));
    let preview = b.submit_multipart("/admin/branding", form).await;
    assert_eq!(preview.status, StatusCode::OK);
    preview.assert_has("Preview (not saved yet)");
    preview.assert_has(r#"<span class="org" id="preview-org">Fabrikam</span>"#);
    preview.assert_has("Call 555-0100 for help.");
    let css_link = "/t/acme/admin/branding/preview.css?accent=%235c2d91";
    preview.assert_has(css_link);
    let css = b
        .fetch("/admin/branding/preview.css?accent=%235c2d91")
        .await;
    assert!(
        css.text()
            .await
            .unwrap()
            .contains(".preview { --accent: #5c2d91; }")
    );
    // The uploaded logo is in the preview, and kept for the save.
    let logo = regex::Regex::new(r#"/t/acme/logo/([0-9a-f]{16})\.png"#).unwrap();
    let hash = logo
        .captures(&preview.body)
        .expect("the logo in the preview")[1]
        .to_string();
    assert!(preview.has(&format!(r#"name="pending_logo" value="{hash}""#)));

    let tenant = stored(&app).await;
    assert_eq!(tenant.name, "Acme Corp");
    assert_eq!(tenant.policy.branding.logo, None);
    app.browser()
        .get("/reset")
        .await
        .assert_has(r#"<span class="org">Acme Corp</span>"#);

    // Saving from the preview keeps the previewed logo without choosing the file again.
    let form = form_from(&preview, &[("action", "save")], None);
    b.submit_multipart("/admin/branding", form)
        .await
        .assert_has("Saved: Branding.");
    let tenant = stored(&app).await;
    assert_eq!(tenant.name, "Fabrikam");
    assert_eq!(tenant.policy.branding.logo.as_deref(), Some(hash.as_str()));
}

#[tokio::test]
async fn branding_and_its_logo_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/branding").await;
    let changes = [("name", "Northwind"), ("action", "save")];
    let form = form_from(&page, &changes, Some(("logo.png", png(40, 40))));
    b.submit_multipart("/admin/branding", form)
        .await
        .assert_has("Saved: Branding.");
    let hash = stored(&app)
        .await
        .policy
        .branding
        .logo
        .expect("a logo saved");
    let served = app.browser().fetch(&format!("/logo/{hash}.png")).await;
    assert_eq!(served.status(), StatusCode::OK);
    let picture = image::load_from_memory(&served.bytes().await.unwrap()).unwrap();
    assert_eq!((picture.width(), picture.height()), (40, 40));
    // The same logo again is kept once; the page names it the same way.
    let page = b.get("/admin/branding").await;
    let form = form_from(
        &page,
        &[("action", "save")],
        Some(("logo.png", png(40, 40))),
    );
    b.submit_multipart("/admin/branding", form)
        .await
        .assert_has("Nothing to save: Branding is as it was.");
    app.browser()
        .get("/reset")
        .await
        .assert_has(r#"<span class="org">Northwind</span>"#);
}
