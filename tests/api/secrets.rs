//! Directory secrets at rest: the service account's password is never in the database in
//! clear, clear values from before are sealed at the next start, the portal refuses to start
//! without the key that opens them (or with another), and rotation moves every secret to a new
//! key.

use crate::helpers::*;
use sqlx::Row;

const NEW_PASSWORD: &str = "Granite-Kettle-Orbit-Lantern-42";

/// Every byte of the SQLite database, its WAL included.
fn database_bytes(app: &TestApp) -> Vec<u8> {
    let mut all = Vec::new();
    for name in ["sspr.db", "sspr.db-wal"] {
        if let Ok(bytes) = std::fs::read(app.dir.join(name)) {
            all.extend(bytes);
        }
    }
    assert!(!all.is_empty(), "the database files are where expected");
    all
}

fn holds(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

async fn stored_directory(app: &TestApp) -> String {
    sqlx::query("SELECT directory FROM tenants WHERE id = $1")
        .bind(&app.tenant.id)
        .fetch_one(&mut *app.state.store.readers.acquire().await.unwrap())
        .await
        .unwrap()
        .try_get("directory")
        .unwrap()
}

/// Writes the tenant's directory with its secrets in clear, as before sealing existed.
async fn store_in_clear(app: &TestApp) {
    sqlx::query("UPDATE tenants SET directory = $1 WHERE id = $2")
        .bind(serde_json::to_string(&app.tenant.directory).unwrap())
        .bind(&app.tenant.id)
        .execute(&mut *app.state.store.writer.acquire().await.unwrap())
        .await
        .unwrap();
}

#[tokio::test]
async fn after_a_full_reset_the_service_password_is_nowhere_in_the_database() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let secret = slapd.service_password();
    let mut b = app.browser();
    b.start(&app, "alice").await;
    b.pass_email_gate(&app, "alice.alt@example.net").await;
    b.set_password(NEW_PASSWORD)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("alice", NEW_PASSWORD).await);

    assert!(stored_directory(&app).await.contains("sealed:v1:"));
    assert!(
        !holds(&database_bytes(&app), &secret),
        "no clear copy anywhere"
    );
    let key = app.dir.join("secret.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the key file is its owner's only");
    }
}

#[tokio::test]
async fn a_secret_stored_in_clear_before_is_sealed_at_the_next_start() {
    let Some((app, slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    store_in_clear(&app).await;
    assert!(
        stored_directory(&app)
            .await
            .contains(&slapd.service_password())
    );
    let restarted = app.restarted_with(|_| {}).await;
    let stored = stored_directory(&app).await;
    assert!(stored.contains("sealed:v1:"));
    assert!(!stored.contains(&slapd.service_password()));
    // The sealed password still binds: the restarted portal finds and signs in a user.
    let mut b = app.browser();
    b.switch_to(restarted);
    b.sign_in("alice", OLD_PASSWORD)
        .await
        .assert_has("Hello Alice");
}

#[tokio::test]
async fn without_the_key_that_opens_its_secrets_the_portal_does_not_start() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let none = app.restarted_with_error(|c| c.secret_key_file = None).await;
    assert!(none.contains("set secret_key_file"), "{none}");

    let key_id = app.state.store.sealing_key_id().unwrap().to_string();
    let missing = app
        .restarted_with_error(|c| c.secret_key_file = Some(app.dir.join("elsewhere.key")))
        .await;
    assert!(
        missing.contains("is missing") && missing.contains(&key_id),
        "{missing}"
    );
    assert!(!app.dir.join("elsewhere.key").exists(), "no key made up");

    let other = app.dir.join("other.key");
    std::fs::write(&other, [7u8; 32]).unwrap();
    private(&other);
    let wrong = app
        .restarted_with_error(|c| c.secret_key_file = Some(other))
        .await;
    assert!(
        wrong.contains("use the file they were encrypted with"),
        "{wrong}"
    );

    store_in_clear(&app).await;
    let clear = app.restarted_with_error(|c| c.secret_key_file = None).await;
    assert!(
        clear.contains("set secret_key_file"),
        "clear secrets too: {clear}"
    );
}

#[tokio::test]
async fn rotation_seals_every_secret_with_a_new_key_and_the_old_one_stops_working() {
    let Some((app, _slapd)) = spawn_ldap_app(false, |_| {}).await else {
        return;
    };
    let key_file = app.dir.join("secret.key");
    let old = app.dir.join("old.key");
    std::fs::copy(&key_file, &old).unwrap();
    let old_id = app.state.store.sealing_key_id().unwrap().to_string();

    sspr::cli::secrets::rotate(&app.config).await.unwrap();
    assert_ne!(
        std::fs::read(&key_file).unwrap(),
        std::fs::read(&old).unwrap()
    );
    let stored = stored_directory(&app).await;
    assert!(stored.contains("sealed:v1:") && !stored.contains(&old_id));
    assert!(!app.dir.join("secret.key.new").exists());

    let restarted = app.restarted_with(|_| {}).await;
    let mut b = app.browser();
    b.switch_to(restarted);
    b.sign_in("alice", OLD_PASSWORD)
        .await
        .assert_has("Hello Alice");
    let refused = app
        .restarted_with_error(|c| c.secret_key_file = Some(old))
        .await;
    assert!(refused.contains(&old_id), "{refused}");
}

/// Readable by its owner only, as a key file must be.
fn private(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}
