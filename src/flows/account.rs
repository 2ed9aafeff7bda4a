//! The registration portal's account: sign-in with the directory password, what the user has
//! registered, and whether they must register or re-confirm before going on.

use super::FlowCtx;
use crate::directory::{DirectoryError, PasswordCheck};
use crate::domain::policy::{Contact, Method, ResetScope, distinct_contacts};
use crate::domain::user_id::UserId;
use crate::security::throttle::Throttle;
use crate::store::registrations::{ContactKind, Registration, Source};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

const DAY: i64 = 86_400;

/// A user signed in to the registration portal (kept in the server-side session).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Account {
    pub login: String,
    pub login_key: String,
    pub display_name: String,
    /// The user's own (work) mailbox, told about changes too.
    pub mail: Option<String>,
    /// Set by the admin; shown, not editable.
    pub office_phone: Option<String>,
    /// The directory's mobile and alternate mailbox for the user, as read at sign-in.
    #[serde(default)]
    pub directory_mobile: Option<String>,
    #[serde(default)]
    pub directory_email: Option<String>,
    /// Whether the tenant's reset policy covers this user (only then is registration required).
    pub in_scope: bool,
    /// The user's password epoch at sign-in: a password write since then signs this session out.
    #[serde(default)]
    pub epoch: i64,
    /// When the user signed in (the session ends `session_hours` later, active or not).
    #[serde(default)]
    pub signed_in_at: i64,
}

/// What a sign-in attempt led to.
pub enum SignIn {
    SignedIn(Account),
    /// Wrong user ID or password, or an account that can't sign in: one message for all.
    Failed,
    /// Too many failures for this user ID or from this address in the last hour.
    Throttled,
    /// The directory can't be reached.
    Unavailable,
    /// The password is right, but the directory wants a new one first (expired, or "must
    /// change at next sign-in").
    MustChange {
        login: String,
    },
}

/// Signs a user in with their directory password, throttled per user ID and per address.
pub async fn sign_in(
    ctx: &FlowCtx<'_>,
    typed_id: &str,
    password: &SecretString,
) -> anyhow::Result<SignIn> {
    let throttle = Throttle {
        store: &ctx.state.store,
        tenant_id: &ctx.tenant.id,
        settings: &ctx.tenant.policy.throttle,
        now: ctx.now(),
    };
    let shown_id = typed_id.trim();
    let Ok(id) = UserId::parse(typed_id) else {
        throttle.sign_in_failed("", ctx.client_ip).await?;
        ctx.audit(shown_id, "sign_in_failed", "failure", "malformed user ID")
            .await;
        return Ok(SignIn::Failed);
    };
    let key = id.key();
    if !throttle.sign_in_try(&key, ctx.client_ip).await? {
        ctx.audit(id.as_str(), "sign_in_failed", "failure", "throttled")
            .await;
        return Ok(SignIn::Throttled);
    }
    let directory = ctx.directory();
    let refusal = match directory.find_user(&id).await {
        Ok(user) => match directory.verify_password(&user, password).await {
            Ok(PasswordCheck::Wrong) => Some("wrong password"),
            Ok(_) if !user.enabled => Some("account disabled"),
            Ok(_) if user.locked => Some("account locked"),
            Ok(PasswordCheck::MustChange) => {
                throttle.sign_in_settled(&key, ctx.client_ip).await?;
                ctx.audit(
                    &user.login,
                    "sign_in_failed",
                    "failure",
                    "the password must be changed first",
                )
                .await;
                return Ok(SignIn::MustChange { login: user.login });
            }
            Ok(PasswordCheck::Accepted) => {
                throttle.sign_in_settled(&key, ctx.client_ip).await?;
                let in_scope = in_scope(ctx, &user).await?;
                let epoch = ctx
                    .state
                    .store
                    .password_epoch(&ctx.tenant.id, &user.key())
                    .await?;
                ctx.audit(&user.login, "signed_in", "success", "").await;
                return Ok(SignIn::SignedIn(Account {
                    epoch,
                    signed_in_at: ctx.now(),
                    login_key: user.key(),
                    login: user.login,
                    display_name: user.display_name,
                    mail: user.mail,
                    office_phone: user.office_phone,
                    directory_mobile: user.mobile,
                    directory_email: user.alternate_email,
                    in_scope,
                }));
            }
            Err(e) => {
                throttle.sign_in_settled(&key, ctx.client_ip).await?;
                return Ok(unavailable(ctx, id.as_str(), &e).await);
            }
        },
        Err(DirectoryError::NotFound) => {
            ctx.state.hasher.verify_nothing(password).await;
            Some("unknown user ID")
        }
        Err(e) => {
            throttle.sign_in_settled(&key, ctx.client_ip).await?;
            return Ok(unavailable(ctx, id.as_str(), &e).await);
        }
    };
    // The try taken above stays counted as a failure.
    ctx.audit(
        id.as_str(),
        "sign_in_failed",
        "failure",
        refusal.unwrap_or_default(),
    )
    .await;
    Ok(SignIn::Failed)
}

async fn unavailable(ctx: &FlowCtx<'_>, login: &str, e: &DirectoryError) -> SignIn {
    tracing::error!(tracking_id = ctx.tracking_id, error = %e, "sign-in: directory failed");
    ctx.audit(login, "sign_in_failed", "failure", "directory unavailable")
        .await;
    SignIn::Unavailable
}

async fn in_scope(ctx: &FlowCtx<'_>, user: &crate::directory::DirUser) -> anyhow::Result<bool> {
    Ok(match &ctx.tenant.policy.reset {
        ResetScope::Off => false,
        ResetScope::All => true,
        ResetScope::Group(group) => ctx
            .directory()
            .is_member_of(user, group)
            .await
            .map_err(|e| anyhow::anyhow!("group check: {e}"))?,
    })
}

/// One contact as the methods page lists it.
#[derive(Debug, Clone)]
pub struct ContactStatus {
    pub contact: Contact,
    /// The methods of the tenant's policy that reach this contact.
    pub methods: Vec<Method>,
    pub value: Option<String>,
    pub source: Option<Source>,
    pub verified_at: Option<i64>,
    /// Counts for reset (verified by the user or set by an admin).
    pub usable: bool,
}

/// Everything the portal knows about the user's contacts, and what the policy asks of them.
#[derive(Debug, Clone)]
pub struct Standing {
    pub contacts: Vec<ContactStatus>,
    /// The registrations the standing was read from.
    pub registrations: Vec<Registration>,
    /// Different contacts usable for reset.
    pub usable: usize,
    /// Contacts the policy's gates need.
    pub needed: usize,
    pub reconfirm_due: bool,
}

impl Standing {
    pub fn enough(&self) -> bool {
        self.usable >= self.needed
    }

    pub fn registration(&self, contact: Contact) -> Option<&ContactStatus> {
        self.contacts.iter().find(|c| c.contact == contact)
    }
}

/// What must happen before a user sent by another application goes back to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    Nothing,
    /// Not enough contacts registered.
    Register,
    /// The contacts are due for re-confirmation.
    Reconfirm,
}

impl Standing {
    /// What the policy requires of this user now.
    pub fn requirement(&self, account: &Account, require_registration: bool) -> Requirement {
        if !require_registration || !account.in_scope {
            Requirement::Nothing
        } else if !self.enough() {
            Requirement::Register
        } else if self.reconfirm_due {
            Requirement::Reconfirm
        } else {
            Requirement::Nothing
        }
    }
}

pub fn kind_of(contact: Contact) -> Option<ContactKind> {
    match contact {
        Contact::AltEmail => Some(ContactKind::Email),
        Contact::Mobile => Some(ContactKind::Mobile),
        Contact::Office => None,
    }
}

/// The user's registrations, with the directory's own contacts (set by the administrator
/// there) for each kind the user has no usable registration of.
pub fn with_directory_contacts(
    mut regs: Vec<Registration>,
    mobile: Option<&str>,
    email: Option<&str>,
) -> Vec<Registration> {
    for (kind, value) in [(ContactKind::Mobile, mobile), (ContactKind::Email, email)] {
        if let Some(value) = value
            && !regs.iter().any(|r| r.kind == kind && r.is_usable())
        {
            // Ahead of an unusable registration of the same kind, which it stands in for.
            regs.retain(|r| r.kind != kind);
            regs.push(Registration {
                kind,
                value: value.to_string(),
                source: Source::Directory,
                verified_at: None,
            });
        }
    }
    regs
}

impl Account {
    /// The user's registered contacts, with the directory's where the user has none.
    pub async fn contacts(&self, ctx: &FlowCtx<'_>) -> anyhow::Result<Vec<Registration>> {
        let stored = ctx
            .state
            .store
            .registrations(&ctx.tenant.id, &self.login_key)
            .await?;
        Ok(self.with_directory(stored))
    }

    /// `regs` with this user's directory contacts filled in.
    pub fn with_directory(&self, regs: Vec<Registration>) -> Vec<Registration> {
        with_directory_contacts(
            regs,
            self.directory_mobile.as_deref(),
            self.directory_email.as_deref(),
        )
    }
}

/// Reads the user's registrations and re-confirmation date.
pub async fn standing(ctx: &FlowCtx<'_>, account: &Account) -> anyhow::Result<Standing> {
    let policy = &ctx.tenant.policy;
    let store = &ctx.state.store;
    let stored = store
        .registrations(&ctx.tenant.id, &account.login_key)
        .await?;
    // Re-confirmation is of what the user registered, not of the directory's contacts.
    let registered_any = !stored.is_empty();
    let regs = account.with_directory(stored);
    let mut contacts: Vec<ContactStatus> = Vec::new();
    for method in &policy.methods {
        let contact = method.contact();
        if let Some(existing) = contacts.iter_mut().find(|c| c.contact == contact) {
            existing.methods.push(*method);
            continue;
        }
        let reg: Option<&Registration> =
            kind_of(contact).and_then(|k| regs.iter().find(|r| r.kind == k));
        let office = (contact == Contact::Office)
            .then(|| account.office_phone.clone())
            .flatten();
        contacts.push(ContactStatus {
            contact,
            methods: vec![*method],
            value: reg.map(|r| r.value.clone()).or(office.clone()),
            source: reg
                .map(|r| r.source)
                .or(office.as_ref().map(|_| Source::Admin)),
            verified_at: reg.and_then(|r| r.verified_at),
            usable: reg.is_some_and(Registration::is_usable) || office.is_some(),
        });
    }
    let usable = distinct_contacts(
        contacts
            .iter()
            .filter(|c| c.usable)
            .flat_map(|c| c.methods.iter().copied()),
    );
    let reviewed = store
        .contacts_confirmed_at(&ctx.tenant.id, &account.login_key)
        .await?;
    let confirmed = regs
        .iter()
        .filter_map(|r| r.verified_at)
        .chain(reviewed)
        .max();
    let reconfirm_due = policy.reconfirm_days > 0
        && registered_any
        && confirmed.is_some_and(|at| ctx.now() - at >= i64::from(policy.reconfirm_days) * DAY);
    Ok(Standing {
        contacts,
        registrations: regs,
        usable,
        needed: usize::from(policy.gates),
        reconfirm_due,
    })
}

/// "Looks good": the user confirmed their contact data as it is.
pub async fn reconfirm(ctx: &FlowCtx<'_>, account: &Account) -> anyhow::Result<()> {
    ctx.state
        .store
        .confirm_contacts(&ctx.tenant.id, &account.login_key, ctx.now())
        .await?;
    ctx.audit(&account.login, "reconfirmed", "success", "")
        .await;
    Ok(())
}
