//! An admin resets a user's password from the console: a temporary password shown once, or
//! one typed; "must change at next sign-in" makes the user choose their own at the next
//! sign-in, in the embedded directory, OpenLDAP and Active Directory alike.

use crate::helpers::admin::{code_now, enrolled, enrolled_as};
use crate::helpers::forms::{ticked, with};
use crate::helpers::*;
use axum::http::StatusCode;

/// The temporary password on the page that follows a reset.
fn temporary(page: &Page) -> String {
    let re =
        regex::Regex::new(r#"<code class="secret" id="temporary-password"[^>]*>([^<]+)</code>"#)
            .unwrap();
    re.captures(&page.body)
        .unwrap_or_else(|| panic!("no temporary password on {}", page.body))[1]
        .to_string()
}

/// Opens the user's reset form and submits it as shown (generate, must change): the
/// temporary password.
async fn generated_for(b: &mut Browser, login: &str) -> String {
    let user = b.get(&format!("/admin/user?id={login}")).await;
    user.assert_has("Reset the password");
    let form_page = b.get(&format!("/admin/user/reset?id={login}")).await;
    let action = format!("/admin/user/reset?id={login}");
    let done = b.submit(&action, &form_page.form(&action)).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    done.assert_has("must choose a new password the next time they sign in");
    temporary(&done)
}

/// The user signs in with `given`, is sent to change it, and chooses `chosen`.
async fn signs_in_and_changes(app: &TestApp, login: &str, given: &str, chosen: &str) {
    let mut b = app.browser();
    b.sign_in(login, given)
        .await
        .assert_has("Your password needs changing");
    b.post(
        "/register/expired",
        &[
            ("current", given),
            ("password", chosen),
            ("confirm", chosen),
        ],
    )
    .await
    .assert_has("Your password was changed");
    let again = app.browser().sign_in(login, chosen).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert!(!again.has("Your password needs changing"), "{}", again.body);
}

#[tokio::test]
async fn a_temporary_password_is_shown_once_and_the_embedded_user_must_change_it() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let before = app.mails_to("alice@acme.example");
    let given = generated_for(&mut b, "alice").await;
    assert!(given.len() >= 16, "{given}");
    assert!(!given.chars().any(|c| "0O1lI".contains(c)), "{given}");
    // The old password is gone; the user page says what the user will meet.
    assert!(!app.password_works("alice", OLD_PASSWORD).await);
    b.get("/admin/user?id=alice")
        .await
        .assert_has("<dt>Password</dt><dd>Must be changed at next sign-in</dd>");
    // She is told, without the password; nothing keeps the password.
    let notice = app.wait_mail("alice@acme.example", before).await.text();
    assert!(notice.contains("reset by an administrator"), "{notice}");
    assert!(!notice.contains(&given));
    assert!(!captured_logs().contains(&given));
    let audit = app
        .state
        .store
        .audit_rows(&app.tenant.id, None)
        .await
        .unwrap();
    assert!(audit.iter().all(|r| !r.detail.contains(&given)));
    assert!(
        app.has_audit(
            "admin_reset_password",
            "by admin; must be changed at next sign-in"
        )
        .await
    );

    signs_in_and_changes(&app, "alice", &given, GOOD_PASSWORD).await;
    // Shown once: the page can't be fetched again to read it.
    let again = b.get("/admin/user/reset?id=alice").await;
    assert!(!again.has(&given));
}

#[tokio::test]
async fn a_typed_password_meets_the_rules_and_an_admin_s_reset_needs_step_up() {
    let app = spawn_app().await;
    let grace = sspr::directory::embedded::NewUser {
        login: "grace".into(),
        display_name: "Grace Hopper".into(),
        given_name: "Grace".into(),
        surname: "Hopper".into(),
        mail: Some("grace@acme.example".into()),
        office_phone: None,
        password: None,
        groups: vec![],
        is_admin: true,
    };
    app.state
        .embedded
        .upsert_user(&app.tenant.id, &grace, app.clock.now())
        .await
        .unwrap();
    let mut b = app.browser();
    let secret = enrolled(&app, &mut b).await;

    // A typed password is checked like the user's own, and both entries must agree.
    let action = "/admin/user/reset?id=bob";
    let form = b.get(action).await.form(action);
    let form = with(with(form, "how", "set"), "password", "short");
    let short = b
        .submit(action, &with(form.clone(), "confirm", "short"))
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_has("The password rules refuse this password");
    let differ = b.submit(action, &with(form, "confirm", "other")).await;
    differ.assert_has("The two passwords differ");
    assert!(app.password_works("bob", OLD_PASSWORD).await);
    let form = b.get(action).await.form(action);
    let form = with(with(form, "how", "set"), "password", GOOD_PASSWORD);
    let form = ticked(
        with(form, "confirm", GOOD_PASSWORD),
        "must_change",
        "on",
        false,
    );
    let set = b.submit(action, &form).await;
    set.assert_has("The password you typed is in place");
    assert!(!set.has("must choose a new password"));
    let signed_in = app.browser().sign_in("bob", GOOD_PASSWORD).await;
    assert!(!signed_in.has("Your password needs changing"));

    // Grace is an admin: her password takes Ada's password and a fresh code again.
    let action = "/admin/user/reset?id=grace";
    let page = b.get(action).await;
    page.assert_has("Grace Hopper is an administrator");
    let form = page.form(action);
    let bare = b.submit(action, &form).await;
    assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
    bare.assert_has("Type your password to make this change.");
    let with_password = with(form, "current_password", OLD_PASSWORD);
    // The code Ada signed in with is spent.
    let reused = with(with_password.clone(), "code", &code_now(&app, &secret));
    b.submit(action, &reused)
        .await
        .assert_has("That code was used already");
    app.clock.advance(30);
    let wrong_password = with(
        with(with_password.clone(), "current_password", "not-it"),
        "code",
        &code_now(&app, &secret),
    );
    b.submit(action, &wrong_password)
        .await
        .assert_has("That isn't your password");
    let before = app.mails_to(ADMIN_MAIL);
    let right = with(with_password, "code", &code_now(&app, &secret));
    let done = b.submit(action, &right).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let given = temporary(&done);
    // The other admins hear of it.
    let notice = app.wait_mail(ADMIN_MAIL, before).await.text();
    assert!(
        notice.contains(
            "The password of the administrator grace was reset by the administrator admin"
        ),
        "{notice}"
    );
    assert!(!notice.contains(&given));
    assert!(
        app.has_audit("admin_step_up_failed", "wrong authenticator code")
            .await
    );
}

#[tokio::test]
async fn an_admin_reset_in_openldap_makes_the_user_change_the_temporary_password() {
    let Some((app, slapd)) =
        spawn_ldap_app(false, |s| s.policy.admin_group = Some("sspr-admins".into())).await
    else {
        return;
    };
    let mut b = app.browser();
    enrolled_as(&app, &mut b, "ada").await;
    let given = generated_for(&mut b, "bob").await;
    // slapd took it, marked "change at next sign-in" (ppolicy's pwdReset).
    assert!(slapd.must_change("bob", &given).await);
    assert!(!slapd.bind_works("bob", OLD_PASSWORD).await);
    b.get("/admin/user?id=bob")
        .await
        .assert_has("<dt>Password</dt><dd>Must be changed at next sign-in</dd>");
    let chosen = "Lantern-Orbit-Granite-Kettle-7";
    signs_in_and_changes(&app, "bob", &given, chosen).await;
    assert!(slapd.bind_works("bob", chosen).await);
}

#[tokio::test]
async fn an_admin_reset_in_active_directory_makes_the_user_change_the_temporary_password() {
    let Some((app, samba)) =
        spawn_ad_app(false, |s| s.policy.admin_group = Some("sspr-admins".into())).await
    else {
        return;
    };
    let mut b = app.browser();
    enrolled_as(&app, &mut b, "ada").await;
    let given = generated_for(&mut b, "bob").await;
    // AD's "data 773": right, and must be changed before signing in.
    let refusal = samba.bind_refusal("bob", &given).await;
    assert!(
        refusal.as_deref().is_some_and(|r| r.contains("data 773")),
        "{refusal:?}"
    );
    b.get("/admin/user?id=bob")
        .await
        .assert_has("<dt>Password</dt><dd>Must be changed at next sign-in</dd>");
    let chosen = "Lantern-Orbit-Granite-Kettle-7";
    signs_in_and_changes(&app, "bob", &given, chosen).await;
    assert!(samba.bind_works("bob", chosen).await);
}
