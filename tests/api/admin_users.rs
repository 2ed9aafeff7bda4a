//! The console's users: the helpdesk finds a user by the start of their ID, name or mail (in
//! the embedded directory and in slapd), sees what they need on the user's page, and unlocks
//! the account or clears a reset block, which the user then notices.

use crate::helpers::admin::{enrolled, enrolled_as};
use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn a_blocked_user_is_found_seen_and_unblocked_and_can_reset_again() {
    let app = spawn_app().await;
    // alice blocks herself with too many starts.
    for _ in 0..6 {
        app.browser().start(&app, "alice").await;
    }
    let blocked = app.browser().start(&app, "alice").await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);

    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    // Found by the start of the ID, the name or the mail, in any case.
    for q in ["ali", "ALI", "Alice", "alice@"] {
        let found = b.get(&format!("/admin/users?q={q}")).await;
        found.assert_has(r#"<a href="/t/acme/admin/user?id=alice">alice</a>"#);
        assert!(!found.has(">bob</a>"), "{q} found bob");
    }
    let none = b.get("/admin/users?q=zz%25").await;
    none.assert_has("No user's ID, name or email starts with");
    // A wildcard typed is a character, not a wildcard.
    assert!(!b.get("/admin/users?q=%25").await.has(">alice</a>"));

    let page = b.get("/admin/user?id=alice").await;
    page.assert_has("<dt>Password reset</dt><dd>Blocked until");
    page.assert_has("alice.alt@example.net");
    page.assert_has("set by an administrator");
    page.assert_has("flow_started");
    let cleared = b.post("/admin/user/clear-block?id=alice", &[]).await;
    cleared.assert_has("Cleared: Alice");
    cleared.assert_has("<dt>Password reset</dt><dd>Not blocked</dd>");
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_cleared_block:success".to_string())
    );

    // alice can start a reset again at once.
    app.browser()
        .start(&app, "alice")
        .await
        .assert_has("Choose how to verify it's you");
    // bob isn't locked: "unlock" says so and claims nothing.
    let bob = b.get("/admin/user?id=bob").await;
    assert!(
        !bob.has("Unlock the account"),
        "offered for an account that isn't locked"
    );
    // (As from a page opened before: the console's form token.)
    b.get("/admin").await;
    b.post("/admin/user/unlock?id=bob", &[])
        .await
        .assert_has("The account wasn't locked; nothing was changed.");
    assert!(
        !app.audit_activities()
            .await
            .iter()
            .any(|a| a.starts_with("admin_unlocked_account"))
    );
    // An unknown user ID has no page.
    assert_eq!(
        b.get("/admin/user?id=nobody").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_locked_out_slapd_user_is_found_and_unlocked_from_the_console() {
    let Some((app, slapd)) = spawn_ldap_app(false, |s| {
        s.policy.admin_group = Some("sspr-admins".into());
    })
    .await
    else {
        return;
    };
    slapd.lock_by_failed_binds("alice").await;
    assert!(!slapd.bind_works("alice", OLD_PASSWORD).await);
    let mut b = app.browser();
    enrolled_as(&app, &mut b, "ada").await;
    let found = b.get("/admin/users?q=al").await;
    found.assert_has(r#"<a href="/t/acme/admin/user?id=alice">alice</a>"#);
    // An injection attempt is only a prefix: nothing matches it.
    let injected = b.get("/admin/users?q=*)(uid%3D*").await;
    assert_eq!(injected.status, StatusCode::OK);
    assert!(!injected.has(">alice</a>") && !injected.has(">bob</a>"));

    let page = b.get("/admin/user?id=alice").await;
    page.assert_has("<dt>Locked out</dt><dd>Yes</dd>");
    let unlocked = b.post("/admin/user/unlock?id=alice", &[]).await;
    unlocked.assert_has("Unlocked: ");
    unlocked.assert_has("<dt>Locked out</dt><dd>No</dd>");
    // alice notices: her password works again.
    assert!(slapd.bind_works("alice", OLD_PASSWORD).await);
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_unlocked_account:success".to_string())
    );
}

#[tokio::test]
async fn users_are_found_in_samba_ad_by_the_start_of_their_name() {
    let Some((app, _samba)) =
        spawn_ad_app(false, |s| s.policy.admin_group = Some("sspr-admins".into())).await
    else {
        return;
    };
    let mut b = app.browser();
    enrolled_as(&app, &mut b, "ada").await;
    let found = b.get("/admin/users?q=Bo").await;
    found.assert_has(r#"<a href="/t/acme/admin/user?id=bob">bob</a>"#);
    assert!(!found.has(">alice</a>"));
    let page = b.get("/admin/user?id=bob").await;
    page.assert_has("<dt>User ID</dt><dd>bob</dd>");
    page.assert_has("<dt>Account</dt><dd>Enabled</dd>");
}

#[tokio::test]
async fn required_re_registration_removes_what_the_user_registered_and_the_reset_stops_offering_it()
{
    use sspr::store::registrations::{ContactKind, Registration, Source};
    let app = spawn_app().await;
    // alice registered her alternate email herself (her mobile was set by an administrator).
    let now = app.clock.now();
    let own = Registration {
        kind: ContactKind::Email,
        value: "alice.alt@example.net".into(),
        source: Source::User,
        verified_at: Some(now),
    };
    app.state
        .store
        .put_registration(&app.tenant.id, "alice", &own, now)
        .await
        .unwrap();
    let before = app.browser().start(&app, "alice").await;
    before.assert_has(r#"value="email""#);

    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    b.get("/admin/user?id=alice")
        .await
        .assert_has("registered by the user");
    let done = b
        .post("/admin/user/require-registration?id=alice", &[])
        .await;
    done.assert_has("Removed the contact Alice Martin registered");
    assert!(!done.has("registered by the user"));
    done.assert_has("set by an administrator");
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_required_registration:success".to_string())
    );

    // Her next reset offers only what an administrator set: the mobile, not the email.
    let after = app.browser().start(&app, "alice").await;
    after.assert_has(r#"value="sms""#);
    assert!(!after.has(r#"value="email""#), "{}", after.body);
}

#[tokio::test]
async fn a_search_with_many_matches_pages_through_them_in_user_id_order() {
    let app = spawn_app().await;
    let now = app.clock.now();
    for i in (1..=60).rev() {
        let user = sspr::directory::embedded::NewUser {
            login: format!("pat{i:03}"),
            display_name: format!("Pat {i}"),
            given_name: "Pat".into(),
            surname: format!("{i}"),
            mail: None,
            office_phone: None,
            password: None,
            groups: vec![],
            is_admin: false,
        };
        app.state
            .embedded
            .upsert_user(&app.tenant.id, &user, now)
            .await
            .unwrap();
    }
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let login = regex::Regex::new(r#"\?id=(pat\d+)">"#).unwrap();
    let next = regex::Regex::new(r#"href="/t/acme(/admin/users\?[^"]+)" rel="next""#).unwrap();
    let caption = regex::Regex::new(r"(\d+) to (\d+) of (\d+)").unwrap();
    let mut path = Some("/admin/users?q=pat".to_string());
    let (mut seen, mut captions) = (Vec::new(), Vec::new());
    while let Some(p) = path {
        let page = b.get(&p).await;
        seen.extend(login.captures_iter(&page.body).map(|c| c[1].to_string()));
        captions.push(caption.captures(&page.body).unwrap()[0].to_string());
        path = next
            .captures(&page.body)
            .map(|c| c[1].replace("&#38;", "&"));
    }
    let expected: Vec<String> = (1..=60).map(|i| format!("pat{i:03}")).collect();
    assert_eq!(seen, expected);
    assert_eq!(
        captions,
        ["1 to 25 of 60", "26 to 50 of 60", "51 to 60 of 60"]
    );
}
