//! The demo tenant: a few users whose contact methods are already registered, so a newcomer can
//! walk the whole reset flow with zero configuration.

use crate::directory::embedded::NewUser;
use crate::domain::contact::Phone;
use crate::state::AppState;
use crate::store::registrations::{ContactKind, Registration, Source};
use secrecy::SecretString;

pub const SLUG: &str = "demo";

/// A demo user with pre-registered contacts.
struct DemoUser {
    login: &'static str,
    given: &'static str,
    surname: &'static str,
    alternate_email: &'static str,
    mobile: &'static str,
    office_phone: Option<&'static str>,
    admin: bool,
}

const fn demo(
    login: &'static str,
    given: &'static str,
    surname: &'static str,
    alternate_email: &'static str,
    mobile: &'static str,
) -> DemoUser {
    DemoUser {
        login,
        given,
        surname,
        alternate_email,
        mobile,
        office_phone: None,
        admin: false,
    }
}

const USERS: [DemoUser; 4] = [
    demo(
        "alice",
        "Alice",
        "Martin",
        "alice.martin@example.net",
        "+1 650 253 0001",
    ),
    DemoUser {
        office_phone: Some("+1 650 253 0002"),
        ..demo(
            "bob",
            "Bob",
            "Okafor",
            "bob.okafor@example.net",
            "+44 20 7946 0958",
        )
    },
    demo(
        "carol",
        "Carol",
        "Nguyen",
        "carol.nguyen@example.net",
        "+49 30 901820",
    ),
    DemoUser {
        admin: true,
        ..demo(
            "dana",
            "Dana",
            "Admin",
            "dana.admin@example.net",
            "+1 650 253 0004",
        )
    },
];

/// The password every demo user starts with (so sign-in can be tried after a reset).
pub const DEMO_PASSWORD: &str = "Demo-Start-Password-1";

/// Creates the demo tenant and users once; later starts leave them as they are.
pub async fn seed(state: &AppState) -> anyhow::Result<()> {
    let now = state.clock.now();
    if state.store.tenant_by_slug(SLUG).await?.is_some() {
        return Ok(());
    }
    let tenant = state
        .store
        .create_tenant(SLUG, "Contoso (demo)", None, now)
        .await?;
    for u in USERS {
        let DemoUser {
            login,
            given,
            surname,
            alternate_email: email,
            mobile,
            office_phone: office,
            admin,
        } = u;
        let user = NewUser {
            login: login.to_string(),
            display_name: format!("{given} {surname}"),
            given_name: given.to_string(),
            surname: surname.to_string(),
            mail: Some(format!("{login}@contoso.example")),
            office_phone: office.map(e164).transpose()?,
            password: Some(SecretString::from(DEMO_PASSWORD)),
            groups: vec!["staff".to_string()],
            is_admin: admin,
        };
        state.embedded.upsert_user(&tenant.id, &user, now).await?;
        for (kind, value) in [
            (ContactKind::Email, email.to_string()),
            (ContactKind::Mobile, e164(mobile)?),
        ] {
            let reg = Registration {
                kind,
                value,
                source: Source::Admin,
                verified_at: Some(now),
            };
            state
                .store
                .put_registration(&tenant.id, login, &reg, now)
                .await?;
        }
    }
    Ok(())
}

/// Contacts are stored in E.164, as the portal stores what users register.
fn e164(number: &str) -> anyhow::Result<String> {
    Phone::parse(number)
        .map(|p| p.e164().to_string())
        .map_err(|e| anyhow::anyhow!("demo number {number}: {e}"))
}

/// The demo user IDs, for the start-up banner.
pub fn user_ids() -> Vec<&'static str> {
    USERS.iter().map(|u| u.login).collect()
}
