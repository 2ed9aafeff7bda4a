//! The periodic clean-up: what has expired goes (sessions, codes, throttle events, captcha
//! nonces, old dev-outbox messages), in batches, on SQLite and PostgreSQL; what is live and the
//! audit log stay.

use crate::helpers::*;
use sspr::store::outbox::OutboxMessage;

async fn clean_up_removes_only_what_expired(app: &TestApp) {
    let store = &app.state.store;
    // Alice's reset: a session, a code and throttle events, then it all ages three days.
    let mut alice = app.browser();
    alice.start(app, "alice").await;
    alice.email_code(app, "alice.alt@example.net").await;
    let now = app.clock.now();
    // More spent captcha nonces than one batch deletes, and a dev-outbox message.
    for n in 0..2_500 {
        assert!(
            store
                .claim_nonce(&format!("n{n}"), now + 600)
                .await
                .unwrap()
        );
    }
    let message = OutboxMessage {
        channel: "email".into(),
        recipient: "alice.alt@example.net".into(),
        subject: "Your code".into(),
        body: "12345678".into(),
        created_at: now,
    };
    store.put_outbox(&app.tenant.id, &message).await.unwrap();
    let aged = app.table_rows().await;
    app.clock.advance(3 * 86_400);

    // Bob's reset starts now: his rows are live.
    let before_bob = app.table_rows().await;
    app.browser()
        .start(app, "bob")
        .await
        .assert_has("Choose how to verify it's you");
    let live = app.table_rows().await;

    let removed = store.purge_expired(app.clock.now()).await.unwrap();
    let after = app.table_rows().await;
    for table in ["web_sessions", "codes", "throttle_events", "captcha_nonces"] {
        assert!(aged[table] > 0, "{table} had rows to age");
        assert_eq!(after[table], live[table] - before_bob[table], "{table}");
    }
    assert_eq!(after["outbox"], 0);
    assert_eq!(after["audit"], live["audit"], "the audit log is kept");
    assert!(removed > 2_500, "{removed}");
    assert_eq!(
        store.session_count().await.unwrap(),
        1,
        "Bob's session stays"
    );
}

#[tokio::test]
async fn clean_up_removes_only_what_expired_on_sqlite() {
    let app = spawn_app().await;
    clean_up_removes_only_what_expired(&app).await;
}

#[tokio::test]
async fn clean_up_removes_only_what_expired_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    clean_up_removes_only_what_expired(&app).await;
}
