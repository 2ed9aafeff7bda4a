//! A user's own change of the password they know is written as a change, not a reset: bound
//! as the user on slapd (Password Modify with the old password) and on Samba (delete the old
//! `unicodePwd`, add the new). The directory's rules for a change (history, minimum age) come
//! back as reasons on the page, a user out of the service account's reach can still change
//! their own password, and one the directory forbids to change it is told so plainly.

use crate::helpers::*;
use axum::http::StatusCode;

const FIRST: &str = "Granite-Kettle-Orbit-Lantern-42";
const SECOND: &str = "Copper-Meadow-Violin-Harbor-17";
const THIRD: &str = "Walnut-Signal-Prairie-Echo-58";

/// Signs in as `user` with `current` and submits the change form to `new`.
async fn change(app: &TestApp, user: &str, current: &str, new: &str) -> Page {
    let mut b = app.browser();
    b.sign_in(user, current).await.assert_has("Hello");
    b.get("/register/password").await;
    b.post(
        "/register/password",
        &[("current", current), ("password", new), ("confirm", new)],
    )
    .await
}

#[tokio::test]
async fn on_slapd_a_change_is_the_user_s_own_and_needs_no_reset_right() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    // ada is in ou=admins, where the service account may not write passwords: a reset is
    // refused (ldap.rs), her own change is hers to make.
    change(&app, "ada", OLD_PASSWORD, FIRST)
        .await
        .assert_has("Your password was changed");
    assert!(slapd.bind_works("ada", FIRST).await);
    assert!(!slapd.bind_works("ada", OLD_PASSWORD).await);

    change(&app, "alice", OLD_PASSWORD, FIRST)
        .await
        .assert_has("Your password was changed");
    assert!(slapd.bind_works("alice", FIRST).await);
    // slapd records the change as alice's own, not the service account's.
    assert_eq!(
        slapd.modifiers_name("alice").await.to_lowercase(),
        slapd::Slapd::dn("alice").to_lowercase()
    );
}

#[tokio::test]
async fn slapd_s_history_and_minimum_age_refuse_a_change_with_their_reasons() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    change(&app, "alice", OLD_PASSWORD, FIRST)
        .await
        .assert_has("Your password was changed");
    // The default policy keeps three old passwords.
    let again = change(&app, "alice", FIRST, OLD_PASSWORD).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    again.assert_has("You've used this password before.");
    assert!(
        slapd.bind_works("alice", FIRST).await,
        "nothing was written"
    );

    // carol's policy has a two-hour minimum age: her first change starts the clock.
    change(&app, "carol", OLD_PASSWORD, FIRST)
        .await
        .assert_has("Your password was changed");
    let soon = change(&app, "carol", FIRST, SECOND).await;
    assert_eq!(soon.status, StatusCode::UNPROCESSABLE_ENTITY);
    soon.assert_has("Your password was changed too recently to change it again yet.");
    assert!(
        slapd.bind_works("carol", FIRST).await,
        "nothing was written"
    );
    let activities = app.audit_activities().await;
    assert!(
        activities.contains(&"password_change_failed:failure".to_string()),
        "{activities:?}"
    );
}

#[tokio::test]
async fn an_expired_password_slapd_won_t_bind_is_changed_with_the_current_one() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    // frank's password expired long ago and his policy allows no grace sign-ins.
    assert!(!slapd.bind_works("frank", OLD_PASSWORD).await);
    let mut b = app.browser();
    b.sign_in("frank", OLD_PASSWORD)
        .await
        .assert_has("Your password needs changing");
    b.post(
        "/register/expired",
        &[
            ("current", OLD_PASSWORD),
            ("password", FIRST),
            ("confirm", FIRST),
        ],
    )
    .await
    .assert_has("Your password was changed");
    assert!(slapd.bind_works("frank", FIRST).await);
    b.sign_in("frank", FIRST)
        .await
        .assert_has("Hello Frank Expired");
}

#[tokio::test]
async fn on_samba_a_change_keeps_history_and_minimum_age_and_needs_no_reset_right() {
    let Some((app, mut samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    change(&app, "ada", OLD_PASSWORD, FIRST)
        .await
        .assert_has("Your password was changed");
    assert!(samba.bind_works("ada", FIRST).await);

    // Samba applies no history to resets (ad.rs), and does to a user's change.
    change(&app, "alice", OLD_PASSWORD, FIRST)
        .await
        .assert_has("Your password was changed");
    change(&app, "alice", FIRST, SECOND)
        .await
        .assert_has("Your password was changed");
    let again = change(&app, "alice", SECOND, FIRST).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    again.assert_has("You've used this password before.");
    assert!(
        samba.bind_works("alice", SECOND).await,
        "nothing was written"
    );

    // "User cannot change password": directory test says so beforehand, the change page
    // says it plainly (not "unavailable"), and a reset still works.
    samba.deny_own_change_of("erin").await;
    let lines = app.directory_test("erin").await;
    let own = lines
        .iter()
        .find(|(what, _, _)| what.ends_with("own change rights"))
        .unwrap_or_else(|| panic!("{lines:#?}"));
    assert_eq!(own.1, "note", "{lines:#?}");
    assert!(
        own.2.contains("erin may not change their own password"),
        "{own:?}"
    );
    let denied = change(&app, "erin", OLD_PASSWORD, FIRST).await;
    assert_eq!(denied.status, StatusCode::UNPROCESSABLE_ENTITY);
    denied.assert_has("Your directory doesn't let you change your own password.");
    assert!(samba.bind_works("erin", OLD_PASSWORD).await);
    let mut b = app.browser();
    b.start(&app, "erin").await;
    b.pass_email_gate(&app, "erin.alt@example.net")
        .await
        .assert_has("Choose a new password");
    b.set_password(FIRST)
        .await
        .assert_has("Your password was reset");
    assert!(samba.bind_works("erin", FIRST).await);

    // A day's minimum age: bob's password, set when he was created, is too young to change.
    samba.set_min_password_age_days(1).await;
    let young = change(&app, "bob", OLD_PASSWORD, THIRD).await;
    assert_eq!(young.status, StatusCode::UNPROCESSABLE_ENTITY);
    young.assert_has("Your password was changed too recently to change it again yet.");
    assert!(samba.bind_works("bob", OLD_PASSWORD).await);
}
