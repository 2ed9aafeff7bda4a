//! Writeback to a real Samba AD DC (policy: 14 characters, complexity, lockout after 3): lookup,
//! sign-in binds, `unicodePwd` resets proved by a real bind, AD's refusals on the page, unlock,
//! disabled and out-of-reach accounts, a stopped server, injection, and the chain.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::domain::user_id::UserId;

const NEW_AD_PASSWORD: &str = "Granite-Kettle-Orbit-Lantern-42";

async fn verified_reset(app: &TestApp, user: &str, email: &str) -> Browser {
    let mut b = app.browser();
    b.start(app, user).await.assert_has("Choose how to verify");
    b.pass_email_gate(app, email)
        .await
        .assert_has("Choose a new password");
    b
}

#[tokio::test]
async fn a_full_reset_lands_in_samba() {
    let Some((app, samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    let directory = app.state.directory(&app.tenant);
    let alice = directory
        .find_user(&UserId::parse("ALICE").unwrap())
        .await
        .unwrap();
    assert_eq!(alice.login, "alice");
    assert_eq!(alice.mail.as_deref(), Some("alice@acme.example"));
    assert!(alice.enabled && !alice.locked);
    assert!(alice.dn.as_deref().unwrap().contains("OU=People"));
    let dave = directory
        .find_user(&UserId::parse("dave").unwrap())
        .await
        .unwrap();
    assert!(!dave.enabled, "userAccountControl ACCOUNTDISABLE");

    let mut b = verified_reset(&app, "alice", "alice.alt@example.net").await;
    b.set_password(NEW_AD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(samba.bind_works("alice", NEW_AD_PASSWORD).await);
    // (Samba 4.17 still accepts the previous password for simple binds for a while after a
    // reset, as AD does for NTLM, even with "old password allowed period = 0"; so the old
    // password is not asserted to fail here. slapd's tests do assert it.)
}

#[tokio::test]
async fn samba_s_refusals_are_shown_and_nothing_is_written() {
    let Some((app, samba)) = spawn_ad_app(true, |_| {}).await else {
        return;
    };
    let mut b = verified_reset(&app, "bob", "bob.alt@example.net").await;
    // 13 characters: fine for the portal, short for the domain's 14.
    let short = b.set_password("Kettle-Orb-9x").await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_has("Your directory needs a longer password.");
    // Two character classes: fine for the portal, not complex enough for AD.
    let simple = b.set_password("granite-kettle-orbit-lantern").await;
    assert_eq!(simple.status, StatusCode::UNPROCESSABLE_ENTITY);
    simple.assert_has("Your directory needs a more complex password");
    assert!(samba.bind_works("bob", OLD_PASSWORD).await);
    // The chained embedded copy wasn't touched by either refusal...
    assert!(app.password_works("bob", OLD_PASSWORD).await);
    // ...and gets the password AD accepts.
    b.set_password(NEW_AD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(samba.bind_works("bob", NEW_AD_PASSWORD).await);
    assert!(app.password_works("bob", NEW_AD_PASSWORD).await);
}

#[tokio::test]
async fn sign_in_unlock_and_change_against_samba() {
    let Some((app, samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    let wrong = app.browser().sign_in("erin", "not-her-password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.browser()
        .sign_in("erin", OLD_PASSWORD)
        .await
        .assert_has("Hello Erin Walsh");

    samba.lock_by_failed_binds("erin").await;
    assert!(!samba.bind_works("erin", OLD_PASSWORD).await, "locked");
    let id = UserId::parse("erin").unwrap();
    let directory = app.state.directory(&app.tenant);
    assert!(directory.find_user(&id).await.unwrap().locked);
    let mut b = app.browser();
    b.start_unlock(&app, "erin").await;
    b.pass_email_gate(&app, "erin.alt@example.net")
        .await
        .assert_has("Unlock your account");
    b.post("/reset/unlock", &[])
        .await
        .assert_has("Your account is unlocked");
    assert!(
        samba.bind_works("erin", OLD_PASSWORD).await,
        "lockoutTime = 0"
    );

    let mut s = app.browser();
    s.sign_in("erin", OLD_PASSWORD).await;
    s.get("/register/password").await;
    s.post(
        "/register/password",
        &[
            ("current", OLD_PASSWORD),
            ("password", NEW_AD_PASSWORD),
            ("confirm", NEW_AD_PASSWORD),
        ],
    )
    .await
    .assert_has("Your password was changed");
    assert!(samba.bind_works("erin", NEW_AD_PASSWORD).await);
}

#[tokio::test]
async fn disabled_and_out_of_reach_accounts_are_refused_clearly() {
    let Some((app, samba)) = spawn_ad_app(false, |s| {
        s.policy.privacy = sspr::domain::policy::Privacy::Helpful;
    })
    .await
    else {
        return;
    };
    let dave = app.browser().start(&app, "dave").await;
    assert_eq!(dave.status, StatusCode::FORBIDDEN);
    dave.assert_has("isn't enabled for self-service password reset");

    // ada is in OU=Admins: the service account has no reset rights there.
    app.admin_sets_email("ada", "ada.home@example.net").await;
    let mut b = verified_reset(&app, "ada", "ada.home@example.net").await;
    let refused = b.set_password(NEW_AD_PASSWORD).await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
    refused.assert_has("contact the helpdesk with the tracking ID");
    assert!(
        app.has_audit(
            "reset_failed",
            "the portal's service account may not change this user's password"
        )
        .await
    );
    assert!(samba.bind_works("ada", OLD_PASSWORD).await);
}

#[tokio::test]
async fn a_stopped_samba_loses_nothing_and_injection_finds_nobody() {
    let Some((app, mut samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    let directory = app.state.directory(&app.tenant);
    for attempt in ["*", "a*", "alice)(sAMAccountName=*", "*)(|(objectClass=*"] {
        let found = directory.find_user(&UserId::parse(attempt).unwrap()).await;
        assert!(
            matches!(found, Err(sspr::directory::DirectoryError::NotFound)),
            "{attempt:?} found {found:?}"
        );
    }
    let mut b = verified_reset(&app, "alice", "alice.alt@example.net").await;
    samba.stop();
    let down = b.set_password(NEW_AD_PASSWORD).await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    down.assert_has("The directory is unavailable right now");
    samba.restart().await;
    b.get("/reset/verify").await;
    b.set_password(NEW_AD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(samba.bind_works("alice", NEW_AD_PASSWORD).await);
}

#[tokio::test]
async fn plain_ldap_is_refused_for_active_directory_with_a_reason() {
    let Some((app, samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    let mut plain = samba.settings();
    plain.url = "ldap://127.0.0.1:389".into();
    let settings = sspr::directory::settings::DirectorySettings {
        targets: vec![sspr::directory::settings::TargetSettings::ActiveDirectory(
            Box::new(plain.clone()),
        )],
    };
    let err = sspr::i18n::Lang::En.text(&settings.validate().unwrap_err());
    assert!(err.contains("plain connections"), "{err}");
    // Even if such settings got in, the write is refused before anything is sent.
    let d = sspr::directory::LdapDirectory::active_directory(plain);
    let alice = app
        .state
        .directory(&app.tenant)
        .find_user(&UserId::parse("alice").unwrap())
        .await
        .unwrap();
    let err = d
        .set_password(
            &alice,
            &secrecy::SecretString::from(NEW_AD_PASSWORD),
            false,
            false,
        )
        .await
        .unwrap_err();
    assert!(err.to_string().contains("plain connections"), "{err}");
    assert!(samba.bind_works("alice", OLD_PASSWORD).await);
}

#[tokio::test]
async fn every_target_s_known_rules_are_checked_before_anything_is_written() {
    // The embedded copy comes first here, AD second: AD's domain policy (read beforehand)
    // refuses the password before the embedded copy is touched.
    let Some((app, samba)) = spawn_ad_app(false, |s| {
        let ad = s.directory.targets.remove(0);
        s.directory.targets = vec![sspr::directory::settings::TargetSettings::Embedded, ad];
    })
    .await
    else {
        return;
    };
    let mut b = verified_reset(&app, "alice", "alice.alt@example.net").await;
    let short = b.set_password("Kettle-Orb-9x").await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_has("Your directory needs a longer password.");
    assert!(
        app.password_works("alice", OLD_PASSWORD).await,
        "embedded untouched"
    );
    b.set_password(NEW_AD_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(app.password_works("alice", NEW_AD_PASSWORD).await);
    assert!(
        samba.bind_works("alice", NEW_AD_PASSWORD).await,
        "found in AD by login"
    );
}

#[tokio::test]
async fn the_portal_side_history_refuses_a_recent_password_samba_would_take() {
    let Some((app, samba)) = spawn_ad_app(false, |s| {
        if let sspr::directory::settings::TargetSettings::ActiveDirectory(ad) =
            &mut s.directory.targets[0]
        {
            ad.portal_history = 2;
        }
    })
    .await
    else {
        return;
    };
    let first = "Granite-Kettle-Orbit-Lantern-42";
    let second = "Copper-Meadow-Violin-Harbor-17";
    for password in [first, second] {
        let mut b = verified_reset(&app, "bob", "bob.alt@example.net").await;
        b.set_password(password)
            .await
            .assert_has("Your password was reset");
    }
    // Samba applies no history to resets; the portal remembers the last two it set.
    let mut b = verified_reset(&app, "bob", "bob.alt@example.net").await;
    let again = b.set_password(first).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    again.assert_has("You've used this password before.");
    assert!(samba.bind_works("bob", second).await);
    b.set_password("Walnut-Signal-Prairie-Echo-58")
        .await
        .assert_has("Your password was reset");
}

#[tokio::test]
async fn directory_test_reads_the_service_account_s_rights_without_writing() {
    let Some((app, samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    let outcome = |lines: &[(String, &'static str, String)], step: &str| {
        lines
            .iter()
            .find(|(w, _, _)| w.ends_with(step))
            .map(|(_, label, detail)| (*label, detail.clone()))
            .unwrap_or_else(|| panic!("no {step} line in {lines:#?}"))
    };
    // alice is in OU=People, where "Reset Password", lockoutTime and pwdLastSet are delegated;
    // "Change Password" is everyone's, alice's own too. "Unexpire Password" isn't delegated,
    // and the portal doesn't need it: a note.
    let alice = app.directory_test("alice").await;
    assert!(
        alice
            .iter()
            .all(|(w, label, _)| *label == "ok" || w.ends_with("unexpire rights")),
        "{alice:#?}"
    );
    assert_eq!(outcome(&alice, "unexpire rights").0, "note");
    assert!(
        outcome(&alice, "own change rights")
            .1
            .contains("alice may change their own password")
    );
    assert!(
        outcome(&alice, "service change rights")
            .1
            .contains("\"Change Password\" is granted")
    );
    assert!(
        outcome(&alice, "reset rights")
            .1
            .contains("\"Reset Password\" is granted")
    );
    // ada is in OU=Admins: no reset, no unlock, and must-change is only a note.
    let ada = app.directory_test("ada").await;
    let reset = outcome(&ada, "reset rights");
    assert_eq!(reset.0, "FAIL", "{ada:#?}");
    assert!(
        reset
            .1
            .contains("no \"Reset Password\" right on CN=Ada Root,OU=Admins")
    );
    assert_eq!(outcome(&ada, "unlock rights").0, "FAIL");
    assert_eq!(outcome(&ada, "must-change rights").0, "note");
    assert!(samba.bind_works("ada", OLD_PASSWORD).await);
    assert!(samba.bind_works("alice", OLD_PASSWORD).await);
}

#[tokio::test]
async fn must_change_makes_samba_ask_for_a_new_password_and_the_portal_takes_it() {
    let Some((app, samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    let directory = sspr::directory::LdapDirectory::active_directory(samba.settings());
    let bob = directory
        .find_user(&UserId::parse("bob").unwrap())
        .await
        .unwrap();
    let given = secrecy::SecretString::from(NEW_AD_PASSWORD);
    directory
        .set_password(&bob, &given, true, false)
        .await
        .unwrap();
    // AD's "data 773": the password is right, and must be changed before signing in.
    let refusal = samba.bind_refusal("bob", NEW_AD_PASSWORD).await;
    assert!(
        refusal.as_deref().is_some_and(|r| r.contains("data 773")),
        "{refusal:?}"
    );
    let old = samba.bind_refusal("bob", OLD_PASSWORD).await;
    assert!(
        old.as_deref().is_some_and(|r| r.contains("data 52e")),
        "{old:?}"
    );

    // The old password is simply wrong; the given one leads to choosing a new one.
    let wrong = app.browser().sign_in("bob", OLD_PASSWORD).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut b = app.browser();
    b.sign_in("bob", NEW_AD_PASSWORD)
        .await
        .assert_has("Your password needs changing");
    let chosen = "Lantern-Orbit-Granite-Kettle-7";
    b.post(
        "/register/expired",
        &[
            ("current", NEW_AD_PASSWORD),
            ("password", chosen),
            ("confirm", chosen),
        ],
    )
    .await
    .assert_has("Your password was changed");
    assert!(samba.bind_works("bob", chosen).await);
}

#[tokio::test]
async fn directory_test_warns_of_ad_s_minimum_password_age() {
    let Some((app, mut samba)) = spawn_ad_app(false, |_| {}).await else {
        return;
    };
    let age = |lines: Vec<(String, &'static str, String)>| {
        lines
            .into_iter()
            .find(|(w, _, _)| w.ends_with("minimum password age"))
            .unwrap()
    };
    let none = age(app.directory_test("alice").await);
    assert_eq!(none.1, "ok", "{none:?}");
    samba.set_min_password_age_days(1).await;
    let day = age(app.directory_test("alice").await);
    assert_eq!(day.1, "note");
    assert!(day.2.contains("minPwdAge is 24 hours"), "{day:?}");
}
