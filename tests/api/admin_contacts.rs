//! An admin sets and clears a user's contacts for verification: read like registration reads
//! them, usable for a reset at once, and told to the user. The helpdesk story ends here: the
//! admin fixes the number a user quoted, and the user resets.

use crate::helpers::admin::enrolled;
use crate::helpers::forms::with;
use crate::helpers::*;
use axum::http::StatusCode;

const CONTACTS: &str = "/admin/user/contacts?id=erin";

#[tokio::test]
async fn an_admin_sets_and_clears_contacts_and_the_user_is_told() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    b.get("/admin/user?id=erin")
        .await
        .assert_has("Set or clear contacts");
    let page = b.get(CONTACTS).await;
    page.assert_has(r#"value="erin.alt@example.net""#);
    let form = page.form(CONTACTS);

    // A number that can't be read, and an address that isn't one: nothing is saved.
    let bad = with(with(form.clone(), "mobile", "12"), "email", "erin@");
    let refused = b.submit(CONTACTS, &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Nothing was saved");
    refused.assert_has("Enter an email address like name@example.com.");
    refused.assert_has(r#"value="12""#);
    assert_eq!(app.registrations("erin").await.len(), 1);

    // Unchanged is nothing to save.
    b.submit(CONTACTS, &form)
        .await
        .assert_has("Nothing changed: the contacts were already these.");

    let before = app.mails_to("erin.alt@example.net");
    let set = with(
        with(with(form, "mobile", "+1 650 253 0099"), "email", ""),
        "office",
        "+1 650 253 0098",
    );
    let saved = b.submit(CONTACTS, &set).await;
    saved.assert_has("Saved: alternate email removed, mobile phone set to");
    saved.assert_has("office phone set to");
    saved.assert_has("+16502530099");
    assert!(!saved.has("erin.alt@example.net"));
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_set_contacts:success".to_string())
    );
    // The address she had hears of it, so a change behind her back doesn't go unseen.
    let notice = app.wait_mail("erin.alt@example.net", before).await.text();
    assert!(
        notice.contains("An administrator changed the contacts your account erin uses"),
        "{notice}"
    );

    // Her next reset offers the new number at once, and the office phone.
    let mut user = app.browser();
    let methods = user.start(&app, "erin").await;
    methods.assert_has(r#"value="sms""#);
    assert!(!methods.has(r#"value="email""#));
}

#[tokio::test]
async fn the_helpdesk_story_ends_with_the_admin_fixing_the_number_and_the_user_resetting() {
    let app = spawn_app().await;
    // alice has a new phone: the number she types isn't the one on file.
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
            ("note", "My new number is +1 650 253 0099"),
        ],
    )
    .await
    .assert_has("Your administrator has been notified");

    // The email (through the SMTP listener) links to the tracking page.
    let mail = app.wait_mail(ADMIN_MAIL, 0).await.text();
    let link = regex::Regex::new(r"http://[^/\s]+/t/acme(/admin/tracking\?id=[A-Z0-9-]+)").unwrap();
    let path = link.captures(&mail).expect("the console link in the email")[1].to_string();
    let mut admin = app.browser();
    enrolled(&app, &mut admin).await;
    let trail = admin.get(&path).await;
    trail.assert_has("sms number did not match");
    trail.assert_has("My new number is +1 650 253 0099");
    trail.assert_has(r#"<a href="/t/acme/admin/user?id=alice">alice</a>"#);

    let action = "/admin/user/contacts?id=alice";
    let form = admin.get(action).await.form(action);
    admin
        .submit(action, &with(form, "mobile", "+1 650 253 0099"))
        .await
        .assert_has("Saved: mobile phone set to");

    // Now the number she has works.
    let mut user = app.browser();
    user.start(&app, "alice").await;
    user.post("/reset/method", &[("method", "sms")]).await;
    let before = app.gateway_count();
    user.post("/reset/phone", &[("number", "+1 650 253 0099")])
        .await
        .assert_has("We texted a code to");
    let sms = app.wait_gateway(before).await;
    assert_eq!(sms.fields["To"], "+16502530099");
    user.post("/reset/code", &[("code", &sms.code())])
        .await
        .assert_has("Choose a new password");
    user.set_password(GOOD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(app.password_works("alice", GOOD_PASSWORD).await);
}
