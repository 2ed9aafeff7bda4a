//! "Unlocked" is said only when the directory, read back after the write, says so: a reset of a
//! locked-out Active Directory account clears `lockoutTime` (AD doesn't on a password reset by
//! itself), a policy without unlock leaves it locked and the page says so, and an unlock of an
//! account that wasn't locked doesn't claim to have unlocked it.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::domain::user_id::UserId;

const NEW_PASSWORD: &str = "Granite-Kettle-Orbit-Lantern-42";

async fn reset_to(app: &TestApp, user: &str, email: &str, password: &str) -> Page {
    let mut b = app.browser();
    b.start(app, user).await.assert_has("Choose how to verify");
    b.pass_email_gate(app, email)
        .await
        .assert_has("Choose a new password");
    b.set_password(password).await
}

async fn unlock_flow(app: &TestApp, user: &str, email: &str) -> Page {
    let mut b = app.browser();
    b.start_unlock(app, user).await;
    b.pass_email_gate(app, email)
        .await
        .assert_has("Unlock your account");
    b.post("/reset/unlock", &[]).await
}

#[tokio::test]
async fn a_reset_unlocks_a_locked_out_ad_account_and_the_new_password_signs_in() {
    let Some((app, samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    samba.lock_by_failed_binds("erin").await;
    assert!(!samba.bind_works("erin", OLD_PASSWORD).await, "locked out");

    let done = reset_to(&app, "erin", "erin.alt@example.net", NEW_PASSWORD).await;
    done.assert_has("Your password was reset");
    done.assert_has("Your account is unlocked too");
    assert!(
        samba.bind_works("erin", NEW_PASSWORD).await,
        "lockoutTime was cleared with the reset"
    );
    app.browser()
        .sign_in("erin", NEW_PASSWORD)
        .await
        .assert_has("Hello Erin Walsh");
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"account_unlocked:success".to_string()));
    assert!(!audit.contains(&"account_still_locked:failure".to_string()));
}

#[tokio::test]
async fn without_unlock_in_the_policy_a_reset_says_the_ad_account_is_still_locked() {
    let Some((app, samba)) = spawn_ad_app(false, |s| s.policy.allow_unlock = false).await else {
        return;
    };
    samba.lock_by_failed_binds("erin").await;
    let done = reset_to(&app, "erin", "erin.alt@example.net", NEW_PASSWORD).await;
    done.assert_has("Your password was reset");
    done.assert_has("your account is still locked");
    assert!(!done.has("unlocked"));
    // What the page says is what AD does: the new password is set, the lockout stands.
    assert!(!samba.bind_works("erin", NEW_PASSWORD).await);
    let directory = app.state.directory(&app.tenant);
    let erin = UserId::parse("erin").unwrap();
    assert!(directory.find_user(&erin).await.unwrap().locked);
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"account_still_locked:failure".to_string()));
    assert!(!audit.contains(&"account_unlocked:success".to_string()));
}

#[tokio::test]
async fn a_reset_of_an_account_that_is_not_locked_says_nothing_of_unlocking() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let done = reset_to(&app, "alice", "alice.alt@example.net", NEW_PASSWORD).await;
    done.assert_has("You can now sign in with your new password.");
    assert!(!done.has("unlocked"));
    assert!(!done.has("still locked"));
    let audit = app.audit_activities().await;
    assert!(!audit.iter().any(|a| a.starts_with("account_unlocked")));
}

#[tokio::test]
async fn a_reset_unlocks_a_locked_out_openldap_account() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    slapd.lock_by_failed_binds("bob").await;
    let done = reset_to(&app, "bob", "bob.alt@example.net", NEW_PASSWORD).await;
    done.assert_has("Your account is unlocked too");
    assert!(slapd.bind_works("bob", NEW_PASSWORD).await);
    assert!(
        app.audit_activities()
            .await
            .contains(&"account_unlocked:success".to_string())
    );
}

#[tokio::test]
async fn an_unlock_of_an_account_that_is_not_locked_says_so() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let done = unlock_flow(&app, "alice", "alice.alt@example.net").await;
    done.assert_has("Your account isn't locked");
    assert!(!done.has("Your account is unlocked"));
    assert!(slapd.bind_works("alice", OLD_PASSWORD).await);
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"unlock_not_needed:success".to_string()));
    assert!(!audit.contains(&"account_unlocked:success".to_string()));
}

#[tokio::test]
async fn the_embedded_directory_unlocks_on_reset_only_when_the_policy_allows_unlock() {
    for allow_unlock in [true, false] {
        let app = spawn_app_with(|s| s.policy.allow_unlock = allow_unlock).await;
        let alice = UserId::parse("alice").unwrap();
        app.state
            .embedded
            .set_flags(&app.tenant.id, &alice, true, true)
            .await
            .unwrap();
        let done = reset_to(&app, "alice", "alice.alt@example.net", GOOD_PASSWORD).await;
        done.assert_has("Your password was reset");
        let signed_in = app.browser().sign_in("alice", GOOD_PASSWORD).await;
        if allow_unlock {
            done.assert_has("Your account is unlocked too");
            signed_in.assert_has("Hello Alice");
        } else {
            done.assert_has("your account is still locked");
            assert_eq!(signed_in.status, StatusCode::UNPROCESSABLE_ENTITY);
        }
    }
}

#[tokio::test]
async fn allowed_to_reset_but_not_to_unlock_the_reset_is_done_and_the_page_says_still_locked() {
    let Some((app, mut samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    samba.deny_unlock_of("erin").await;
    samba.lock_by_failed_binds("erin").await;
    let done = reset_to(&app, "erin", "erin.alt@example.net", NEW_PASSWORD).await;
    done.assert_has("Your password was reset");
    done.assert_has("your account is still locked");
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"reset_succeeded:success".to_string()));
    assert!(audit.contains(&"account_still_locked:failure".to_string()));
    // The new password was written: once an administrator unlocks the account, it works.
    assert!(!samba.bind_works("erin", NEW_PASSWORD).await);
    samba.unlock_as_admin("erin").await;
    assert!(samba.bind_works("erin", NEW_PASSWORD).await);
}
