//! The benchmark's tenant and users: `user0000001…`, each with an admin-verified alternate
//! email, written in large transactions (no password: a reset sets the first one).

use crate::directory::settings::DirectorySettings;
use crate::domain::policy::{Method, Policy, ThrottleSettings};
use crate::store::Store;
use crate::store::tenants::Tenant;

pub const SLUG: &str = "bench";
/// Users written per transaction.
const CHUNK: usize = 5_000;

pub fn login(i: usize) -> String {
    format!("user{i:07}")
}

pub fn alternate_email(i: usize) -> String {
    format!("{}@alt.bench.example", login(i))
}

/// The (user ID, alternate email) of users 1..=n.
pub fn users(n: usize) -> Vec<(String, String)> {
    (1..=n).map(|i| (login(i), alternate_email(i))).collect()
}

/// The bench tenant: one email gate, and throttles wide open (every flow comes from loopback
/// and each user resets many times).
pub async fn tenant(
    store: &Store,
    directory: DirectorySettings,
    now: i64,
) -> anyhow::Result<Tenant> {
    let mut tenant = store.create_tenant(SLUG, "Bench Org", None, now).await?;
    let open = 1_000_000_000;
    tenant.policy = Policy {
        methods: vec![Method::Email],
        gates: 1,
        throttle: ThrottleSettings {
            sends_per_user_per_hour: open,
            attempts_per_user_per_hour: open,
            block_hours: 1,
            sends_per_destination_per_hour: open,
            sends_per_ip_per_hour: open,
            helpdesk_per_user_per_hour: open,
            sign_in_failures_per_user_per_hour: open,
            sign_in_failures_per_ip_per_hour: open,
        },
        ..Policy::default()
    };
    tenant.directory = directory;
    store.update_tenant(&tenant).await?;
    Ok(tenant)
}

/// Writes users 1..=n: into the embedded directory when `embedded`, and their registrations.
pub async fn users_into(
    store: &Store,
    tenant_id: &str,
    n: usize,
    embedded: bool,
    now: i64,
) -> anyhow::Result<()> {
    for first in (1..=n).step_by(CHUNK) {
        let mut tx = store.pool.begin().await?;
        for i in first..(first + CHUNK).min(n + 1) {
            let login = login(i);
            if embedded {
                sqlx::query(
                    "INSERT INTO dir_users (tenant_id, login_key, login, display_name, given_name, surname, mail,
                         office_phone, password_hash, enabled, locked, must_change, groups_csv, is_admin, updated_at)
                     VALUES ($1, $2, $2, 'Load Tester', 'Load', 'Tester', $3, NULL, NULL, 1, 0, 0, 'staff', 0, $4)",
                )
                .bind(tenant_id)
                .bind(&login)
                .bind(format!("{login}@work.bench.example"))
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "INSERT INTO registrations (tenant_id, login_key, method, value, source, verified_at, updated_at)
                 VALUES ($1, $2, 'email', $3, 'admin', $4, $4)",
            )
            .bind(tenant_id)
            .bind(&login)
            .bind(alternate_email(i))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}
