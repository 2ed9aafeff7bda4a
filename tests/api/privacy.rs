//! Account privacy: in conceal mode an unknown user ID can't be told from a real one;
//! in helpful mode the user is told what's wrong.

use crate::helpers::*;
use axum::http::StatusCode;
use regex::Regex;

/// The page with what legitimately differs (masked values, tokens, tracking ID) blanked out.
fn normalised(body: &str) -> String {
    let patterns = [
        r#"name="csrf" value="[^"]+""#,
        r#"data-csrf="[^"]+""#,
        r#"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"#,
        r#"[a-z]•••@[a-z]•••\.[a-z]+"#,
        r#"\+\d+ ••• ••• ••\d\d"#,
    ];
    let mut out = body.to_string();
    for p in patterns {
        out = Regex::new(p).unwrap().replace_all(&out, "…").to_string();
    }
    out
}

#[tokio::test]
async fn an_unknown_user_gets_the_same_pages_and_nothing_is_sent() {
    let app = spawn_app().await;
    let mut fake = app.browser();
    let fake_methods = fake.start(&app, "zoe.nobody").await;
    // The decoy copies one real user's shape: its page is the page of one of them.
    let mut real = None;
    for user in ["alice", "bob", "erin"] {
        let mut b = app.browser();
        let page = b.start(&app, user).await;
        if page.status == fake_methods.status
            && normalised(&page.body) == normalised(&fake_methods.body)
        {
            real = Some((b, format!("{user}.alt@example.net")));
        }
    }
    let (mut real, real_address) = real.expect("the decoy's methods page is a real user's");

    let real_code = real.post("/reset/method", &[("method", "email")]).await;
    let fake_code = fake.post("/reset/method", &[("method", "email")]).await;
    assert_eq!(real_code.status, fake_code.status);
    assert_eq!(normalised(&real_code.body), normalised(&fake_code.body));

    let real_wrong = real.post("/reset/code", &[("code", "00000000")]).await;
    let fake_wrong = fake.post("/reset/code", &[("code", "00000000")]).await;
    assert_eq!(real_wrong.status, fake_wrong.status);
    assert_eq!(normalised(&real_wrong.body), normalised(&fake_wrong.body));

    // Phone gates too (when the decoy's shape has a mobile): the number never matches and
    // nothing is sent.
    if fake_methods.has("value=\"sms\"") {
        fake.post("/reset/another", &[]).await;
        let phone = fake.post("/reset/method", &[("method", "sms")]).await;
        phone.assert_has("Confirm your phone number");
        let mismatch = fake
            .post("/reset/phone", &[("number", "+1 650 253 0001")])
            .await;
        assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    }

    app.wait_mail(&real_address, 0).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.mail.lock().unwrap().len(),
        1,
        "only the real user got an email"
    );
    assert_eq!(app.gateway_count(), 0);
}

#[tokio::test]
async fn decoy_methods_are_stable_for_the_same_user_id() {
    let app = spawn_app().await;
    let masks = |body: &str| {
        Regex::new(r#"class="masked"[^>]*>([^<]+)<"#)
            .unwrap()
            .captures_iter(body)
            .map(|c| c[1].to_string())
            .collect::<Vec<_>>()
    };
    let first = app.browser().start(&app, "ghost").await;
    let second = app.browser().start(&app, "GHOST").await;
    assert!(!masks(&first.body).is_empty());
    assert_eq!(masks(&first.body), masks(&second.body));
}

#[tokio::test]
async fn disabled_and_unregistered_users_are_concealed_too() {
    let app = spawn_app_with(|s| s.policy.gates = 2).await;
    // erin has only an email: not enough for two gates. dave is disabled.
    for user in ["erin", "dave"] {
        let page = app.browser().start(&app, user).await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_has("Verification step 1 of 2");
    }
}

#[tokio::test]
async fn helpful_mode_says_what_is_wrong() {
    let app = spawn_app_with(|s| {
        s.policy.privacy = sspr::domain::policy::Privacy::Helpful;
        s.policy.gates = 2;
    })
    .await;
    let unknown = app.browser().start(&app, "zoe.nobody").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    unknown.assert_has("We couldn't find that user ID");
    unknown.assert_has("Contact your administrator");
    unknown.tracking();
    let erin = app.browser().start(&app, "erin").await;
    assert_eq!(erin.status, StatusCode::FORBIDDEN);
    erin.assert_has("haven't registered enough");
    let dave = app.browser().start(&app, "dave").await;
    assert_eq!(dave.status, StatusCode::FORBIDDEN);
    dave.assert_has("isn't enabled for self-service");
}

#[tokio::test]
async fn group_scope_and_reset_off() {
    let app = spawn_app_with(|s| {
        s.policy.privacy = sspr::domain::policy::Privacy::Helpful;
        s.policy.reset = sspr::domain::policy::ResetScope::Group("sspr-users".into());
    })
    .await;
    let outside = app.browser().start(&app, "alice").await;
    assert_eq!(outside.status, StatusCode::FORBIDDEN);
    outside.assert_has("isn't enabled for self-service");

    let off = spawn_app_with(|s| s.policy.reset = sspr::domain::policy::ResetScope::Off).await;
    let page = off.browser().start(&off, "alice").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    page.assert_has("turned off");
}

#[tokio::test]
async fn decoys_follow_the_tenant_s_own_mix_of_domains_countries_and_methods() {
    decoys_follow_the_tenant_s_mix(&spawn_app().await).await;
}

#[tokio::test]
async fn decoys_follow_the_tenant_s_own_mix_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        decoys_follow_the_tenant_s_mix(&app).await;
    }
}

async fn decoys_follow_the_tenant_s_mix(app: &TestApp) {
    // Real registrations only (no directory entries are needed): half German with a mobile,
    // half French with an email only.
    let now = app.clock.now();
    for i in 0..60 {
        let login = format!("user{i:02}");
        let (email, mobile) = if i % 2 == 0 {
            (format!("{login}@mail.de"), Some("+49 30 901820"))
        } else {
            (format!("{login}@mail.fr"), None)
        };
        app.admin_sets_email(&login, &email).await;
        if let Some(mobile) = mobile {
            let reg = sspr::store::registrations::Registration {
                kind: sspr::store::registrations::ContactKind::Mobile,
                value: sspr::domain::contact::Phone::parse(mobile)
                    .unwrap()
                    .e164()
                    .to_string(),
                source: sspr::store::registrations::Source::Admin,
                verified_at: Some(now),
            };
            app.state
                .store
                .put_registration(&app.tenant.id, &login, &reg, now)
                .await
                .unwrap();
        }
    }
    let tld = Regex::new(r#"[a-z]•••@[a-z]•••\.([a-z]+)"#).unwrap();
    let country = Regex::new(r#"\+(\d+) ••• ••• ••\d\d"#).unwrap();
    let (mut tlds, mut countries) = (
        std::collections::BTreeMap::new(),
        std::collections::BTreeSet::new(),
    );
    let mut email_only = 0;
    for i in 0..100 {
        let page = app.browser().start(app, &format!("nobody{i}")).await;
        page.assert_has("Choose how to verify it's you");
        for c in tld.captures_iter(&page.body) {
            *tlds.entry(c[1].to_string()).or_insert(0) += 1;
        }
        for c in country.captures_iter(&page.body) {
            countries.insert(c[1].to_string());
        }
        if !page.has("value=\"sms\"") {
            email_only += 1;
        }
    }
    // Only the tenant's own domains and countries (acme's five users are .net and +1).
    let real_tlds = ["de", "fr", "net"];
    assert!(
        tlds.keys().all(|t| real_tlds.contains(&t.as_str())),
        "{tlds:?}"
    );
    assert!(tlds.get("de").copied().unwrap_or(0) >= 20, "{tlds:?}");
    assert!(tlds.get("fr").copied().unwrap_or(0) >= 20, "{tlds:?}");
    assert!(
        countries.iter().all(|c| c == "49" || c == "1"),
        "{countries:?}"
    );
    assert!(countries.contains("49"));
    // About half the real users have an email only, and so do decoys.
    assert!((20..=80).contains(&email_only), "{email_only}");
}
