//! Signed-in sessions end when they should: a password reset or change anywhere signs out
//! every other session of that user (so a session opened with a stolen password can't outlive
//! the reset), a short idle time is honoured, and a session ends `session_hours` after sign-in
//! however active it is. On SQLite and PostgreSQL.

use crate::helpers::*;

const SIGNED_IN: &str = "Hello Alice";
const SIGNED_OUT: &str = "Sign in to manage your security info";

async fn a_reset_elsewhere_signs_the_user_out(app: &TestApp) {
    let mut intruder = app.browser();
    intruder.sign_in("alice", OLD_PASSWORD).await;
    intruder
        .get("/register/methods")
        .await
        .assert_has(SIGNED_IN);
    let mut bob = app.browser();
    bob.sign_in("bob", OLD_PASSWORD).await;

    let mut owner = app.browser();
    owner.start(app, "alice").await;
    owner.pass_email_gate(app, "alice.alt@example.net").await;
    owner
        .set_password(GOOD_PASSWORD)
        .await
        .assert_has("Your password was reset");

    let after = intruder.get("/register/methods").await;
    after.assert_has(SIGNED_OUT);
    // Nothing of the old sign-in is left to act on: a form posted with its token is refused.
    let change = intruder
        .post(
            "/register/send",
            &[("method", "email"), ("value", "attacker@example.net")],
        )
        .await;
    assert!(!change.has("We emailed a code to"), "{}", change.body);
    // Another user's session is untouched.
    bob.get("/register/methods").await.assert_has("Hello Bob");
}

#[tokio::test]
async fn a_reset_signs_out_every_other_session_of_the_user() {
    a_reset_elsewhere_signs_the_user_out(&spawn_app().await).await;
}

#[tokio::test]
async fn a_reset_signs_out_every_other_session_of_the_user_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        a_reset_elsewhere_signs_the_user_out(&app).await;
    }
}

#[tokio::test]
async fn a_password_change_keeps_this_session_and_ends_the_others() {
    let app = spawn_app().await;
    let mut other = app.browser();
    other.sign_in("alice", OLD_PASSWORD).await;
    let mut here = app.browser();
    here.sign_in("alice", OLD_PASSWORD).await;
    here.get("/register/password").await;
    here.post(
        "/register/password",
        &[
            ("current", OLD_PASSWORD),
            ("password", GOOD_PASSWORD),
            ("confirm", GOOD_PASSWORD),
        ],
    )
    .await
    .assert_has("Your password was changed");
    here.get("/register/methods").await.assert_has(SIGNED_IN);
    other.get("/register/methods").await.assert_has(SIGNED_OUT);
    // Signing in again with the new password works as usual.
    other
        .sign_in("alice", GOOD_PASSWORD)
        .await
        .assert_has(SIGNED_IN);
}

#[tokio::test]
async fn an_idle_time_under_fifteen_minutes_is_honoured() {
    let app = spawn_app_with(|s| s.policy.idle_minutes = 5).await;
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await.assert_has(SIGNED_IN);
    app.clock.advance(4 * 60);
    b.get("/register/methods").await.assert_has(SIGNED_IN);
    app.clock.advance(4 * 60);
    b.get("/register/methods").await.assert_has(SIGNED_IN);
    app.clock.advance(5 * 60 + 1);
    b.get("/register/methods").await.assert_has(SIGNED_OUT);
}

#[tokio::test]
async fn a_session_ends_hours_after_sign_in_however_active() {
    let app = spawn_app_with(|s| s.policy.session_hours = 2).await;
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD).await.assert_has(SIGNED_IN);
    // Active every ten minutes, so the idle time never runs out.
    for _ in 0..11 {
        app.clock.advance(10 * 60);
        b.get("/register/methods").await.assert_has(SIGNED_IN);
    }
    app.clock.advance(10 * 60);
    b.get("/register/methods").await.assert_has(SIGNED_OUT);
}
