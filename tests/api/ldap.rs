//! Writeback to a real OpenLDAP (slapd with ppolicy), started per test: lookup, sign-in binds,
//! resets that a real bind then proves, the directory's own refusals shown on the page,
//! unlock, disabled accounts, a stopped server, injection attempts, and the chain with the
//! embedded copy.

use crate::helpers::*;
use axum::http::StatusCode;
use secrecy::SecretString;
use sspr::directory::PasswordCheck;
use sspr::directory::settings::{
    ConfigSecret, DirectorySettings, LdapAttributes, LdapSettings, TargetSettings,
};
use sspr::domain::user_id::UserId;

/// Long enough for slapd's 16-character minimum, and fine for the portal's policy.
const NEW_LDAP_PASSWORD: &str = "Granite-Kettle-Orbit-Lantern-42";

/// Walks a whole reset for `user` through the portal with the email gate.
async fn reset_to(app: &TestApp, user: &str, email: &str, password: &str) -> Page {
    let mut b = app.browser();
    b.start(app, user).await.assert_has("Choose how to verify");
    b.pass_email_gate(app, email)
        .await
        .assert_has("Choose a new password");
    b.set_password(password).await
}

#[tokio::test]
async fn a_full_reset_lands_in_slapd() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let directory = app.state.directory(&app.tenant);
    let alice = directory
        .find_user(&UserId::parse("Alice").unwrap())
        .await
        .unwrap();
    assert_eq!(alice.display_name, "Alice Martin");
    assert_eq!(alice.mail.as_deref(), Some("alice@acme.example"));
    assert_eq!(alice.office_phone.as_deref(), Some("+16502530101"));
    assert!(alice.enabled && !alice.locked);
    assert!(directory.is_member_of(&alice, "staff").await.unwrap());

    let done = reset_to(&app, "alice", "alice.alt@example.net", NEW_LDAP_PASSWORD).await;
    done.assert_has("Your password was reset");
    assert!(slapd.bind_works("alice", NEW_LDAP_PASSWORD).await);
    assert!(!slapd.bind_works("alice", OLD_PASSWORD).await);
    // The embedded copy of alice (not in the chain) is untouched.
    assert!(app.password_works("alice", OLD_PASSWORD).await);
}

#[tokio::test]
async fn the_directory_s_own_rules_are_shown_on_the_page() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    // Portal policy accepts 12 characters; slapd's ppolicy wants 16.
    let mut b = app.browser();
    b.start(&app, "bob").await;
    b.pass_email_gate(&app, "bob.alt@example.net").await;
    let short = b.set_password("Kettle-Orbit-9").await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_has("Your directory refused that password:");
    short.assert_has("Your directory needs a longer password.");
    assert!(
        slapd.bind_works("bob", OLD_PASSWORD).await,
        "nothing written"
    );

    // The same user tries again on the same page; a password in the history is refused.
    b.set_password(NEW_LDAP_PASSWORD)
        .await
        .assert_has("Your password was reset");
    let again = reset_to(&app, "bob", "bob.alt@example.net", OLD_PASSWORD).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    again.assert_has("You've used this password before.");
    assert!(slapd.bind_works("bob", NEW_LDAP_PASSWORD).await);
}

#[tokio::test]
async fn sign_in_and_change_password_bind_to_slapd() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let wrong = app.browser().sign_in("alice", "not-her-password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD)
        .await
        .assert_has("Hello Alice Martin");
    b.get("/register/password").await;
    b.post(
        "/register/password",
        &[
            ("current", OLD_PASSWORD),
            ("password", NEW_LDAP_PASSWORD),
            ("confirm", NEW_LDAP_PASSWORD),
        ],
    )
    .await
    .assert_has("Your password was changed");
    assert!(slapd.bind_works("alice", NEW_LDAP_PASSWORD).await);
    let old = app.browser().sign_in("alice", OLD_PASSWORD).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_locked_account_is_unlocked_without_a_password_change() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    slapd.lock_by_failed_binds("alice").await;
    assert!(
        !slapd.bind_works("alice", OLD_PASSWORD).await,
        "locked: even the right password fails"
    );
    let directory = app.state.directory(&app.tenant);
    let id = UserId::parse("alice").unwrap();
    assert!(directory.find_user(&id).await.unwrap().locked);

    let mut b = app.browser();
    b.start_unlock(&app, "alice").await;
    let unlock_page = b.pass_email_gate(&app, "alice.alt@example.net").await;
    unlock_page.assert_has("Unlock your account");
    let done = b.post("/reset/unlock", &[]).await;
    done.assert_has("Your account is unlocked");
    assert!(slapd.bind_works("alice", OLD_PASSWORD).await);
    assert!(!directory.find_user(&id).await.unwrap().locked);
    assert!(
        app.audit_activities()
            .await
            .contains(&"account_unlocked:success".to_string())
    );
}

#[tokio::test]
async fn unlock_is_not_offered_when_the_policy_says_no_and_a_reset_unlocks() {
    let Some((app, slapd)) = spawn_ldap_app(false, |s| s.policy.allow_unlock = false).await else {
        return;
    };
    let mut b = app.browser();
    assert!(!b.get("/reset").await.has("locked out"));
    slapd.lock_by_failed_binds("bob").await;
    reset_to(&app, "bob", "bob.alt@example.net", NEW_LDAP_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("bob", NEW_LDAP_PASSWORD).await);
    assert!(
        app.audit_activities()
            .await
            .contains(&"account_unlocked:success".to_string())
    );
}

#[tokio::test]
async fn disabled_accounts_and_accounts_out_of_reach_are_refused() {
    let Some((app, slapd)) = spawn_ldap_app(false, |s| {
        s.policy.privacy = sspr::domain::policy::Privacy::Helpful;
    })
    .await
    else {
        return;
    };
    let dave = app.browser().start(&app, "dave").await;
    assert_eq!(dave.status, StatusCode::FORBIDDEN);
    dave.assert_has("isn't enabled for self-service password reset");
    assert_eq!(
        app.browser().sign_in("dave", OLD_PASSWORD).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // ada lives in ou=admins, where the service account has no reset rights.
    app.admin_sets_email("ada", "ada.home@example.net").await;
    let refused = reset_to(&app, "ada", "ada.home@example.net", NEW_LDAP_PASSWORD).await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
    refused.assert_has("contact the helpdesk with the tracking ID");
    assert!(
        app.has_audit(
            "reset_failed",
            "the portal's service account may not change this user's password"
        )
        .await
    );
    assert!(slapd.bind_works("ada", OLD_PASSWORD).await);
}

#[tokio::test]
async fn a_stopped_directory_gives_the_unavailable_page_and_loses_nothing() {
    let Some((app, mut slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.pass_email_gate(&app, "alice.alt@example.net").await;
    slapd.stop();
    let down = b.set_password(NEW_LDAP_PASSWORD).await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    down.assert_has("The directory is unavailable right now");
    down.tracking();
    down.assert_has("/t/acme/reset/verify\">Try again</a>");
    let sign_in = app.browser().sign_in("alice", OLD_PASSWORD).await;
    assert_eq!(sign_in.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(captured_logs().contains("connecting to ldaps://127.0.0.1"));
    // The verified flow is kept: once the directory is back, the same page works.
    slapd.restart().await;
    b.get("/reset/verify")
        .await
        .assert_has("Choose a new password");
    b.set_password(NEW_LDAP_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("alice", NEW_LDAP_PASSWORD).await);
}

#[tokio::test]
async fn a_directory_restart_between_two_steps_does_not_fail_the_reset() {
    // The portal keeps service-account connections open between calls; the ones from before
    // the restart are closed, and must not be used.
    let Some((app, mut slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let mut b = app.browser();
    b.start(&app, "alice")
        .await
        .assert_has("Choose how to verify");
    slapd.stop();
    slapd.restart().await;
    b.pass_email_gate(&app, "alice.alt@example.net")
        .await
        .assert_has("Choose a new password");
    b.set_password(NEW_LDAP_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("alice", NEW_LDAP_PASSWORD).await);
}

#[tokio::test]
async fn ldap_injection_in_the_user_id_finds_nobody() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let directory = app.state.directory(&app.tenant);
    for attempt in [
        "*",
        "a*",
        "alice)(uid=*",
        "*)(|(uid=*",
        "alice\u{0}",
        "(uid=alice)",
    ] {
        let found = match UserId::parse(attempt) {
            Ok(id) => directory.find_user(&id).await,
            Err(_) => continue,
        };
        assert!(
            matches!(found, Err(sspr::directory::DirectoryError::NotFound)),
            "{attempt:?} found {found:?}"
        );
        let page = app.browser().sign_in(attempt, OLD_PASSWORD).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{attempt:?}");
    }
    // A wildcard password can't bind either.
    let alice = directory
        .find_user(&UserId::parse("alice").unwrap())
        .await
        .unwrap();
    let empty = directory
        .verify_password(&alice, &SecretString::from(""))
        .await
        .unwrap();
    assert_eq!(
        empty,
        PasswordCheck::Wrong,
        "an empty password is not an anonymous bind"
    );
    assert!(slapd.bind_works("alice", OLD_PASSWORD).await);
}

#[tokio::test]
async fn the_chain_writes_the_embedded_copy_only_after_the_directory_accepts() {
    let Some((app, slapd)) = spawn_ldap_app(true, |_| {}).await else {
        return;
    };
    // slapd refuses: the embedded copy is untouched.
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.pass_email_gate(&app, "alice.alt@example.net").await;
    b.set_password("Kettle-Orbit-9")
        .await
        .assert_has("Your directory needs a longer password.");
    assert!(app.password_works("alice", OLD_PASSWORD).await);
    assert!(!app.password_works("alice", "Kettle-Orbit-9").await);
    // slapd accepts: both have the new password.
    b.set_password(NEW_LDAP_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("alice", NEW_LDAP_PASSWORD).await);
    assert!(app.password_works("alice", NEW_LDAP_PASSWORD).await);
}

#[tokio::test]
async fn directory_test_reports_each_check_and_the_service_account_s_rights() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let alice = app.directory_test("alice").await;
    let steps: Vec<(&str, &str)> = alice.iter().map(|(w, l, _)| (w.as_str(), *l)).collect();
    assert_eq!(
        steps,
        vec![
            ("target 1 (ldap) connect", "ok"),
            ("target 1 (ldap) service bind", "ok"),
            // Without policy_dn the ppolicy entry isn't known: said, not failed.
            ("target 1 (ldap) minimum password age", "note"),
            ("target 1 (ldap) look up alice", "ok"),
            ("target 1 (ldap) directory contacts", "ok"),
            ("target 1 (ldap) reset rights", "ok"),
            ("target 1 (ldap) unlock rights", "ok"),
        ],
        "{alice:#?}"
    );
    assert!(alice[3].2.contains("uid=alice,ou=people"));
    // ada lives in ou=admins, where the ACL gives the service account no write on
    // userPassword: the check says so, and changes nothing.
    let ada = app.directory_test("ada").await;
    let reset = ada
        .iter()
        .find(|(w, _, _)| w.ends_with("reset rights"))
        .unwrap();
    assert_eq!(reset.1, "FAIL", "{ada:#?}");
    assert!(
        reset
            .2
            .contains("may not write userPassword on uid=ada,ou=admins")
    );
    assert!(slapd.bind_works("ada", OLD_PASSWORD).await);
    assert!(slapd.bind_works("alice", OLD_PASSWORD).await);

    // A wrong service password is named as the failing step.
    let mut wrong = app.tenant.clone();
    if let sspr::directory::settings::TargetSettings::Ldap(l) = &mut wrong.directory.targets[0] {
        l.bind_password = sspr::directory::settings::ConfigSecret::new("nope");
    }
    let lines = sspr::cli::directory::probe(&app.state, &wrong, None).await;
    let failed: Vec<&String> = lines
        .iter()
        .filter(|(_, c)| c.is_failed())
        .map(|(w, _)| w)
        .collect();
    assert_eq!(failed, vec!["target 1 (ldap) service bind"]);
    // The service account's password is never printed.
    let shown = sspr::cli::directory::shown(&app.tenant.directory).unwrap();
    assert!(shown.contains("bind_dn = \"cn=pwreset,ou=services,dc=example,dc=org\""));
    assert!(!shown.contains("svc-Secret"), "{shown}");
    drop(slapd);
}

#[tokio::test]
async fn with_its_policy_entry_slapd_s_minimum_is_checked_before_writing() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let mut settings = slapd.settings();
    settings.policy_dn = Some("cn=default,ou=policies,dc=example,dc=org".into());
    let d = sspr::directory::LdapDirectory::new(settings);
    let alice = d.find_user(&UserId::parse("alice").unwrap()).await.unwrap();
    let short = d
        .check_password(&alice, &SecretString::from("Kettle-Orbit-9"))
        .await;
    assert!(
        matches!(&short, Err(sspr::directory::DirectoryError::PolicyRejected { reasons })
            if reasons == &[sspr::i18n::Text::new("directory-too-short")]),
        "{short:?}"
    );
    let long = d
        .check_password(&alice, &SecretString::from(NEW_LDAP_PASSWORD))
        .await;
    assert!(long.is_ok());
    assert!(
        slapd.bind_works("alice", OLD_PASSWORD).await,
        "a check writes nothing"
    );
    drop(app);
}

#[tokio::test]
async fn starttls_on_the_plain_port_works_with_the_ca() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let mut settings = slapd.settings();
    settings.url = format!("ldap://127.0.0.1:{}", slapd.ldap_port);
    settings.starttls = true;
    let d = sspr::directory::LdapDirectory::new(settings.clone());
    let alice = d.find_user(&UserId::parse("alice").unwrap()).await.unwrap();
    let old = SecretString::from(OLD_PASSWORD);
    let checked = d.verify_password(&alice, &old).await.unwrap();
    assert_eq!(checked, PasswordCheck::Accepted);
    // Without the CA, the server's certificate is not trusted: nothing is sent in the clear.
    settings.ca_file = None;
    let untrusted = sspr::directory::LdapDirectory::new(settings)
        .find_user(&UserId::parse("alice").unwrap())
        .await;
    assert!(
        matches!(
            untrusted,
            Err(sspr::directory::DirectoryError::Unavailable(_))
        ),
        "{untrusted:?}"
    );
    drop(app);
}

#[tokio::test]
async fn a_later_target_failing_after_the_first_committed_is_audited_as_partial() {
    // slapd first, then a webhook nobody listens on: slapd commits, the webhook can't.
    let Some((app, slapd)) = spawn_ldap_app(false, |s| {
        s.directory
            .targets
            .push(sspr::directory::settings::TargetSettings::Webhook(
                sspr::directory::settings::WebhookSettings {
                    url: "http://127.0.0.1:9/unreachable".into(),
                    secret: sspr::directory::settings::ConfigSecret::new(
                        "webhook-secret-0123456789",
                    ),
                    timeout_secs: 1,
                    retry_for_secs: 1,
                },
            ));
    })
    .await
    else {
        return;
    };
    let done = reset_to(&app, "alice", "alice.alt@example.net", NEW_LDAP_PASSWORD).await;
    done.assert_has("Your password was reset");
    assert!(slapd.bind_works("alice", NEW_LDAP_PASSWORD).await);
    assert!(
        app.has_audit(
            "writeback_partial",
            "partial writeback: not written to the webhook"
        )
        .await
    );
    assert!(captured_logs().contains("partial writeback"));
}

#[tokio::test]
async fn must_change_sets_pwd_reset_and_a_later_reset_clears_it() {
    let Some((_app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    slapd.reset_must_change("bob", NEW_LDAP_PASSWORD).await;
    // The password works, but slapd lets bob do nothing until he changes it.
    assert!(slapd.must_change("bob", NEW_LDAP_PASSWORD).await);
    assert!(!slapd.bind_works("bob", NEW_LDAP_PASSWORD).await);
    // A self-service reset is a password the user just chose: nothing more to change.
    let chosen = "Lantern-Orbit-Granite-Kettle-7";
    let directory = sspr::directory::LdapDirectory::new(slapd.settings());
    let bob = directory
        .find_user(&UserId::parse("bob").unwrap())
        .await
        .unwrap();
    directory
        .set_password(&bob, &SecretString::from(chosen), false, false)
        .await
        .unwrap();
    assert!(slapd.bind_works("bob", chosen).await);
    assert!(!slapd.must_change("bob", chosen).await);
}

#[tokio::test]
async fn signing_in_with_a_password_slapd_wants_changed_leads_to_changing_it() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    slapd.reset_must_change("bob", NEW_LDAP_PASSWORD).await;
    // A wrong password still gets the one generic answer.
    let wrong = app
        .browser()
        .sign_in("bob", "not-his-password-at-all")
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("That user ID and password don't match");

    let mut b = app.browser();
    b.sign_in("bob", NEW_LDAP_PASSWORD)
        .await
        .assert_has("Your password needs changing");
    // Not signed in: the portal's pages still ask for a sign-in.
    b.get("/register/methods")
        .await
        .assert_has("Sign in to manage your security info");
    let chosen = "Lantern-Orbit-Granite-Kettle-7";
    let form = |current: &'static str| {
        [
            ("current", current),
            ("password", chosen),
            ("confirm", chosen),
        ]
    };
    let refused = b
        .post("/register/expired", &form("not-his-password-at-all"))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Your current password isn't right.");
    b.post("/register/expired", &form(NEW_LDAP_PASSWORD))
        .await
        .assert_has("Your password was changed");
    assert!(slapd.bind_works("bob", chosen).await);
    // The form served that one user once: it is gone now, and the new password signs in.
    b.get("/register/expired")
        .await
        .assert_has("Sign in to manage your security info");
    b.sign_in("bob", chosen)
        .await
        .assert_has("Hello Bob Okafor");
    let activities = app.audit_activities().await;
    assert!(
        activities.contains(&"password_changed:success".to_string()),
        "{activities:?}"
    );
}

#[tokio::test]
async fn a_stored_chain_on_plain_ldap_to_another_host_is_never_connected() {
    // As if saved before TLS was required: the tenant row holds it, unvalidated. 192.0.2.10
    // (TEST-NET-1) never answers, so a connection attempt would last the whole timeout.
    let plain = LdapSettings {
        url: "ldap://192.0.2.10:389".into(),
        starttls: false,
        ca_file: None,
        bind_dn: "cn=pwreset,ou=services,dc=acme,dc=example".into(),
        bind_password: ConfigSecret::new("service-password"),
        base_dn: "dc=acme,dc=example".into(),
        user_filter: "(uid={user})".into(),
        attributes: LdapAttributes::default(),
        membership: None,
        timeout_secs: 5,
        policy_hints: false,
        policy_dn: None,
        portal_history: 0,
        insecure_plaintext: false,
    };
    let app = spawn_app_with(|s| {
        s.directory = DirectorySettings {
            targets: vec![TargetSettings::Ldap(Box::new(plain))],
        }
    })
    .await;
    let started = std::time::Instant::now();
    let sign_in = app.browser().sign_in("alice", OLD_PASSWORD).await;
    assert_eq!(sign_in.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(3),
        "refused before any connection attempt (the 5 s timeout never ran)"
    );
    assert!(captured_logs().contains("would cross the network in clear"));
}

#[tokio::test]
async fn directory_test_warns_of_slapd_s_minimum_password_age() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let line = |lines: Vec<(String, &'static str, String)>| {
        lines
            .into_iter()
            .find(|(w, _, _)| w.ends_with("minimum password age"))
            .unwrap()
    };
    let unread = line(app.directory_test("alice").await);
    assert_eq!(unread.1, "note");
    assert!(unread.2.contains("set policy_dn"), "{unread:?}");

    let mut young = app.tenant.clone();
    if let TargetSettings::Ldap(l) = &mut young.directory.targets[0] {
        l.policy_dn = Some("cn=young,ou=policies,dc=example,dc=org".into());
    }
    let lines = sspr::cli::directory::probe(&app.state, &young, None).await;
    let (_, check) = lines
        .into_iter()
        .find(|(w, _)| w.ends_with("minimum password age"))
        .unwrap();
    assert_eq!(check.label(), "note");
    assert!(
        check.detail().contains("pwdMinAge is 2 hours"),
        "{}",
        check.detail()
    );
    let mut default = app.tenant.clone();
    if let TargetSettings::Ldap(l) = &mut default.directory.targets[0] {
        l.policy_dn = Some("cn=default,ou=policies,dc=example,dc=org".into());
    }
    let lines = sspr::cli::directory::probe(&app.state, &default, None).await;
    assert!(
        lines
            .iter()
            .any(|(w, c)| w.ends_with("minimum password age")
                && c.label() == "ok"
                && c.detail().contains("pwdMinAge is 0"))
    );
}
