//! Helpdesk follow-through: the "Contact your administrator" email links to the console's
//! page of the tracking ID, where the admin sees every step of the attempt, what the user
//! wrote, and the user's page one click away.

use crate::helpers::admin::enrolled;
use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn the_helpdesk_email_links_to_every_step_of_the_attempt_and_the_user() {
    let app = spawn_app().await;
    let mut user = app.browser();
    user.start(&app, "alice").await;
    user.post("/reset/method", &[("method", "sms")]).await;
    let failure = user
        .post("/reset/phone", &[("number", "+1 650 253 0099")])
        .await;
    let tracking = failure.tracking();
    user.get(&format!("/helpdesk?tracking={tracking}")).await;
    user.post(
        "/helpdesk",
        &[
            ("tracking", &tracking),
            ("note", "I changed phones <b>last week</b>"),
        ],
    )
    .await
    .assert_has("Your administrator has been notified");

    let mail = app.wait_mail(ADMIN_MAIL, 0).await.text();
    let link = regex::Regex::new(r"http://[^/\s]+/t/acme(/admin/tracking\?id=[A-Z0-9-]+)").unwrap();
    let path = link.captures(&mail).expect("the console link in the email")[1].to_string();
    assert!(path.ends_with(&tracking), "{mail}");

    // Anyone else following the link is sent to the sign-in.
    let anonymous = app.browser().get(&path).await;
    anonymous.assert_has("Sign in to the admin console");
    assert!(!anonymous.has("sms number did not match"));

    let mut admin = app.browser();
    enrolled(&app, &mut admin).await;
    let page = admin.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_has(&format!("<h1>Tracking ID {tracking}</h1>"));
    page.assert_has("flow_started");
    page.assert_has("sms number did not match");
    // What the user wrote, as text: their markup is escaped, never drawn.
    page.assert_has("the user wrote: I changed phones &#60;b&#62;last week&#60;/b&#62;");
    assert!(!page.body.contains("<b>last week"));
    page.assert_has("helpdesk_contacted");
    // In time order: the start comes before the failure.
    let started = page.body.find("flow_started").unwrap();
    let failed = page.body.find("sms number did not match").unwrap();
    assert!(started < failed);
    page.assert_has(r#"<a href="/t/acme/admin/user?id=alice">alice</a>"#);
    admin
        .get("/admin/user?id=alice")
        .await
        .assert_has("<dt>User ID</dt><dd>alice</dd>");

    // The home page's box finds it; a malformed ID is explained, an unknown one finds nothing.
    admin.get("/admin").await.assert_has("Find a tracking ID");
    let lower = admin
        .get(&format!("/admin/tracking?id={}", tracking.to_lowercase()))
        .await;
    lower.assert_has("sms number did not match");
    let malformed = admin.get("/admin/tracking?id=hello").await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    malformed.assert_has("A tracking ID looks like ABCD-EFGH-JKLM");
    let unknown = admin.get("/admin/tracking?id=ZZZZ-ZZZZ-ZZZZ").await;
    unknown.assert_has("Nothing was recorded with this tracking ID.");
}
