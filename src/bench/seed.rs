//! The benchmark's tenant and users: `user0000001…`, each with an admin-verified alternate
//! email, written in large transactions (no password: a reset sets the first one).

use crate::directory::embedded::{NewUser, save_user_on};
use crate::directory::settings::DirectorySettings;
use crate::domain::policy::{Method, Policy, ThrottleSettings};
use crate::store::Store;
use crate::store::registrations::{ContactKind, Registration, Source, put_registration_on};
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
            helpdesk_per_ip_per_hour: open,
            sign_in_failures_per_user_per_hour: open,
            sign_in_failures_per_ip_per_hour: open,
        },
        ..Policy::default()
    };
    tenant.directory = directory;
    store.update_tenant(&tenant).await?;
    Ok(tenant)
}

/// Writes users 1..=n: into the embedded directory when `embedded`, and their registrations,
/// with the same statements as `sspr user import`, in large transactions.
pub async fn users_into(
    store: &Store,
    tenant_id: &str,
    n: usize,
    embedded: bool,
    now: i64,
) -> anyhow::Result<()> {
    for first in (1..=n).step_by(CHUNK) {
        let mut tx = store.writer.begin().await?;
        for i in first..(first + CHUNK).min(n + 1) {
            let login = login(i);
            if embedded {
                let user = NewUser {
                    login: login.clone(),
                    display_name: "Load Tester".into(),
                    given_name: "Load".into(),
                    surname: "Tester".into(),
                    mail: Some(format!("{login}@work.bench.example")),
                    groups: vec!["staff".into()],
                    ..NewUser::default()
                };
                save_user_on(&mut *tx, tenant_id, &user, None, now).await?;
            }
            let reg = Registration {
                kind: ContactKind::Email,
                value: alternate_email(i),
                source: Source::Admin,
                verified_at: Some(now),
            };
            put_registration_on(&mut *tx, tenant_id, &login, &reg, now).await?;
        }
        tx.commit().await?;
    }
    Ok(())
}
