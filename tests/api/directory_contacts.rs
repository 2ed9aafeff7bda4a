//! Contacts the directory already holds are offered as "set by your administrator": slapd's
//! `mobile`, AD's `mobile` and `otherMailbox`. Numbers without `+` are read in the tenant's
//! `default_region`; one that still can't be read is named by `directory test --user`, not
//! dropped silently.

use crate::helpers::*;
use sspr::store::registrations::ContactKind;

const NEW_PASSWORD: &str = "Granite-Kettle-Orbit-Lantern-42";

/// The `directory test --user` line whose step ends with `step`: (label, detail).
fn line(lines: &[(String, &'static str, String)], step: &str) -> (&'static str, String) {
    lines
        .iter()
        .find(|(w, _, _)| w.ends_with(step))
        .map(|(_, label, detail)| (*label, detail.clone()))
        .unwrap_or_else(|| panic!("no {step} line in {lines:#?}"))
}

#[tokio::test]
async fn without_a_default_region_a_national_number_is_reported_not_offered() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let lines = app.directory_test("gina").await;
    let contacts = line(&lines, "directory contacts");
    assert_eq!(contacts.0, "ok");
    assert_eq!(contacts.1, "office phone +16502530108");
    let mobile = line(&lines, "directory contact mobile");
    assert_eq!(mobile.0, "note");
    assert!(mobile.1.contains("\"(650) 253-0118\""), "{mobile:?}");
    assert!(mobile.1.contains("no default_region is set"), "{mobile:?}");
    // Not offered: her security info has no mobile.
    let mut b = app.browser();
    b.sign_in("gina", OLD_PASSWORD).await;
    let methods = b.get("/register/methods").await;
    methods.assert_has("Not set");
    assert!(!methods.has("253-0118"), "{}", methods.body);
}

#[tokio::test]
async fn a_directory_mobile_read_in_the_default_region_resets_the_password() {
    let Some((app, slapd)) = spawn_ldap_app(false, |s| {
        s.policy.default_region = Some("US".into());
    })
    .await
    else {
        return;
    };
    let lines = app.directory_test("gina").await;
    assert_eq!(
        line(&lines, "directory contacts").1,
        "office phone +16502530108, mobile +16502530118"
    );
    // The second value is too short to be a number anywhere: named, not dropped silently.
    let short = line(&lines, "directory contact mobile");
    assert_eq!(short.0, "note");
    assert!(
        short.1.contains("\"12\" (read in US) isn't usable"),
        "{short:?}"
    );

    let mut b = app.browser();
    b.start(&app, "gina")
        .await
        .assert_has("Text my mobile phone");
    b.post("/reset/method", &[("method", "sms")]).await;
    b.post("/reset/phone", &[("number", "+1 650 253 0118")])
        .await
        .assert_has("We texted a code to");
    let sms = app.wait_gateway(0).await;
    assert_eq!(sms.fields["To"], "+16502530118");
    b.post("/reset/code", &[("code", &sms.code())])
        .await
        .assert_has("Choose a new password");
    b.set_password(NEW_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("gina", NEW_PASSWORD).await);

    // In the registration portal it is the administrator's: shown, replaceable, not removable,
    // and it vouches for her first alternate email like any verified contact.
    let mut s = app.browser();
    s.sign_in("gina", NEW_PASSWORD).await;
    let methods = s.get("/register/methods").await;
    methods.assert_has("+1 650-253-0118");
    methods.assert_has("Set by your administrator");
    assert!(!methods.body.contains("name=\"kind\" value=\"mobile\""));
    s.post("/register/remove", &[("kind", "mobile")]).await;
    assert!(app.registrations("gina").await.is_empty());
    s.get("/register/email")
        .await
        .assert_has("Confirm it's you");
    assert!(app.registrations("gina").await.is_empty(), "nothing stored");
}

#[tokio::test]
async fn ad_s_mobile_and_other_mailbox_are_offered_and_the_user_s_own_come_first() {
    let Some((app, samba)) = spawn_ad_app(false, |s| {
        s.policy.default_region = Some("US".into());
    })
    .await
    else {
        return;
    };
    // erin registered only an alternate email; drop it, so only the directory's are left.
    let erin = "erin";
    app.state
        .store
        .delete_registration(&app.tenant.id, erin, ContactKind::Email)
        .await
        .unwrap();
    samba
        .set_attributes(
            erin,
            &[
                ("mobile", "650.253.0219"),
                ("otherMailbox", "erin.other@example.net"),
            ],
        )
        .await;
    let lines = app.directory_test(erin).await;
    let contacts = line(&lines, "directory contacts").1;
    assert!(contacts.contains("mobile +16502530219"), "{contacts}");
    assert!(
        contacts.contains("alternate email erin.other@example.net"),
        "{contacts}"
    );

    let mut b = app.browser();
    let methods = b.start(&app, erin).await;
    methods.assert_has("Text my mobile phone");
    b.pass_email_gate(&app, "erin.other@example.net")
        .await
        .assert_has("Choose a new password");
    b.set_password(NEW_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(samba.bind_works(erin, NEW_PASSWORD).await);

    // Her own registration wins over the directory's.
    app.admin_sets_email(erin, "erin.own@example.net").await;
    let mut again = app.browser();
    again.start(&app, erin).await;
    again
        .pass_email_gate(&app, "erin.own@example.net")
        .await
        .assert_has("Choose a new password");
}
