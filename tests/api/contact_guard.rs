//! A password alone can't replace a user's recovery contacts: once a contact is verified, any
//! change needs a code sent to one the user already has (another one than the contact being
//! changed, when there is another), in the same session, within 10 minutes.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::store::registrations::ContactKind;

const ALICE_MOBILE: &str = "+16502530001";
const ATTACKER_MAIL: &str = "mallory@evil.example";

#[tokio::test]
async fn someone_with_only_the_password_cannot_replace_or_remove_the_contacts() {
    let app = spawn_app().await;
    let before = app.registrations("alice").await;
    let mut m = app.browser();
    m.sign_in("alice", OLD_PASSWORD).await;

    // Every way in leads to "Confirm it's you", and nothing is sent to the new address.
    m.get("/register/email")
        .await
        .assert_has("Confirm it's you");
    let sent = m
        .post(
            "/register/send",
            &[("method", "email"), ("value", ATTACKER_MAIL)],
        )
        .await;
    sent.assert_has("Confirm it's you");
    let removal = m.post("/register/remove", &[("kind", "email")]).await;
    removal.assert_has("Confirm it's you");
    // The mobile is the only contact that can vouch for an email change: asking the email to
    // vouch for itself is refused, and it gets no code.
    let itself = m
        .post(
            "/register/prove",
            &[("changing", "email"), ("via", "email")],
        )
        .await;
    assert_eq!(itself.status, StatusCode::UNPROCESSABLE_ENTITY);
    itself.assert_has("Choose one of the ways listed.");

    // A guessed code doesn't pass, and five kill it.
    m.post(
        "/register/prove",
        &[("changing", "email"), ("via", "mobile")],
    )
    .await
    .assert_has("We texted a code to");
    let right = app.wait_gateway(0).await.code();
    let wrong = a_wrong_code(&right);
    let guessed = m.post("/register/prove/code", &[("code", wrong)]).await;
    assert_eq!(guessed.status, StatusCode::UNPROCESSABLE_ENTITY);
    guessed.assert_has("That code isn't right");
    for _ in 0..4 {
        m.post("/register/prove/code", &[("code", wrong)]).await;
    }
    m.post("/register/prove/code", &[("code", &right)])
        .await
        .assert_has("this code no longer works");
    m.post(
        "/register/send",
        &[("method", "email"), ("value", ATTACKER_MAIL)],
    )
    .await
    .assert_has("Confirm it's you");

    assert_eq!(
        app.mails_to(ATTACKER_MAIL),
        0,
        "no code went to the attacker"
    );
    let after = app.registrations("alice").await;
    assert_eq!(after.len(), before.len());
    assert!(after.iter().any(|r| r.value == "alice.alt@example.net"));
    let audit = app.audit_activities().await;
    assert!(audit.contains(&"contact_proof_failed:failure".to_string()));
    assert!(!audit.iter().any(|a| a.starts_with("method_")));
}

#[tokio::test]
async fn the_owner_with_a_code_changes_it_for_ten_minutes_in_that_session_only() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await;
    b.prove(&app, "email", "mobile", ALICE_MOBILE)
        .await
        .assert_has("Change your alternate email");
    assert!(
        app.audit_activities()
            .await
            .contains(&"contact_proved:success".to_string())
    );

    // Another session of the same user holds no proof.
    let mut other = app.browser();
    other.sign_in("alice", OLD_PASSWORD).await;
    other
        .get("/register/email")
        .await
        .assert_has("Confirm it's you");

    b.post(
        "/register/send",
        &[("method", "email"), ("value", "alice.home@example.org")],
    )
    .await
    .assert_has("We emailed a code to");
    let code = app.wait_mail("alice.home@example.org", 0).await.code();
    b.post("/register/code", &[("code", &code)])
        .await
        .assert_has("Saved:");
    let email = app
        .registrations("alice")
        .await
        .into_iter()
        .find(|r| r.kind == ContactKind::Email)
        .unwrap();
    assert_eq!(email.value, "alice.home@example.org");
    // The old address is still told.
    let notice = app.wait_mail("alice.alt@example.net", 0).await;
    assert!(notice.text().contains("was changed to"));

    // Ten minutes later the proof is spent.
    app.clock.advance(10 * 60);
    b.get("/register/email")
        .await
        .assert_has("Confirm it's you");
}

#[tokio::test]
async fn a_first_registration_needs_only_the_password() {
    let app = spawn_app().await;
    app.state
        .store
        .delete_registration(&app.tenant.id, "erin", ContactKind::Email)
        .await
        .unwrap();
    let mut b = app.browser();
    b.sign_in("erin", OLD_PASSWORD).await;
    b.get("/register/email")
        .await
        .assert_has("Add your alternate email");
    b.post(
        "/register/send",
        &[("method", "email"), ("value", "erin.home@example.org")],
    )
    .await;
    let code = app.wait_mail("erin.home@example.org", 0).await.code();
    b.post("/register/code", &[("code", &code)])
        .await
        .assert_has("Saved:");
    // The contact just proven vouches for the next one in this session: before it there was
    // nothing to prove with.
    b.get("/register/mobile")
        .await
        .assert_has("Add your mobile phone");
}
