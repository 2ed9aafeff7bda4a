//! The directories users live in and passwords are written back to.
//!
//! A tenant has a chain of targets: the first that can look users up is where they are found
//! and sign in; a new password is checked by every target before any is written, then written
//! to each in order, stopping at the first refusal.

pub mod ad;
pub mod ad_acl;
pub mod agent;
pub mod check;
pub mod embedded;
pub mod ldap;
pub mod settings;
pub mod webhook;

use crate::domain::user_id::UserId;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

pub use agent::AgentTarget;
pub use check::{Check, CheckLine};
pub use embedded::EmbeddedDirectory;
pub use ldap::LdapDirectory;
pub use webhook::{WebhookEvent, WebhookTarget};

/// A user as the directory describes them (and as an agent sends them to the portal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirUser {
    pub login: String,
    pub display_name: String,
    pub given_name: String,
    pub surname: String,
    /// The user's own (work) mailbox, if the directory knows it.
    pub mail: Option<String>,
    /// Set by the admin; users can't change it.
    pub office_phone: Option<String>,
    /// The directory's mobile (E.164) and alternate mailbox for this user: offered for codes
    /// as set by the administrator, until the user registers their own.
    pub mobile: Option<String>,
    pub alternate_email: Option<String>,
    pub enabled: bool,
    pub locked: bool,
    /// The password must be changed at next sign-in (set by an admin reset, or expired).
    pub must_change: bool,
    pub groups: Vec<String>,
    pub is_admin: bool,
    /// The entry's DN in an LDAP directory.
    pub dn: Option<String>,
}

impl DirUser {
    pub fn key(&self) -> String {
        self.login.to_lowercase()
    }

    /// An enabled user with nothing but a login, for unit tests.
    #[cfg(test)]
    pub fn for_tests(login: &str) -> DirUser {
        DirUser {
            login: login.into(),
            display_name: login.into(),
            given_name: String::new(),
            surname: String::new(),
            mail: None,
            office_phone: None,
            mobile: None,
            alternate_email: None,
            enabled: true,
            locked: false,
            must_change: false,
            groups: Vec::new(),
            is_admin: false,
            dn: None,
        }
    }
}

/// What went wrong, split by what the user is told.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// The directory refused this password; the reasons are shown to the user.
    #[error("the directory refused the password: {}", crate::i18n::Lang::En.texts(reasons).join(" "))]
    PolicyRejected { reasons: Vec<crate::i18n::Text> },
    #[error("no such user")]
    NotFound,
    /// The directory can't be reached or failed; the cause is for the operator's log.
    #[error("the directory is unavailable: {0}")]
    Unavailable(String),
    /// The portal's account may not do this; the cause is for the operator's log.
    #[error("the directory denied the operation: {0}")]
    PermissionDenied(String),
}

/// What the directory says of a password offered at sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PasswordCheck {
    Accepted,
    Wrong,
    /// The password is right, but expired or marked "change at next sign-in": the directory
    /// won't let the user in with it until it is replaced.
    MustChange,
}

/// One place users live or passwords go.
#[derive(Clone)]
pub enum Target {
    Embedded(EmbeddedDirectory),
    Ldap(LdapDirectory),
    /// Write-only: never where users are looked up.
    Webhook(WebhookTarget),
    /// The tenant's writeback agents, each with its own chain beside the directory.
    Agent(AgentTarget),
}

/// Why a password is written.
#[derive(Debug, Clone, Copy)]
pub enum WriteKind<'a> {
    /// Forgotten: reset by the service account after the gates.
    Reset,
    /// Known: changed by the signed-in user, who proves `current` to each directory, so the
    /// directory's rules for a user's own change (history, minimum age) apply.
    Change { current: &'a SecretString },
}

impl Target {
    /// An LDAP, Active Directory or webhook target, as the portal or an agent connects to it
    /// (sharing `connections`, reading phone numbers in `region`); None for the embedded
    /// directory and agents, which only the portal has.
    pub fn reached_directly(
        settings: &settings::TargetSettings,
        connections: &ldap::ServiceConnections,
        region: Option<String>,
    ) -> Option<Target> {
        use settings::TargetSettings as S;
        let ldap = match settings {
            S::Ldap(l) => LdapDirectory::new((**l).clone()),
            S::ActiveDirectory(l) => LdapDirectory::active_directory((**l).clone()),
            S::Webhook(w) => return Some(Target::Webhook(WebhookTarget::new(w.clone()))),
            S::Embedded | S::Agent(_) => return None,
        };
        Some(Target::Ldap(
            ldap.sharing(connections.clone()).in_region(region),
        ))
    }

    pub fn name(&self) -> &'static str {
        match self {
            Target::Embedded(_) => "embedded directory",
            Target::Ldap(_) => "LDAP directory",
            Target::Webhook(_) => "webhook",
            Target::Agent(_) => "writeback agent",
        }
    }
}

/// What a write did: the targets that failed after the first committed, and, for a user who
/// was locked, where the account is now unlocked and where it is still locked (as the
/// directory says after the write, not as the portal hoped).
#[derive(Debug, Default)]
pub struct Written {
    /// Later targets that failed after an earlier one committed: (target, cause).
    pub partial: Vec<(&'static str, String)>,
    /// Targets where the user was locked and no longer is.
    pub unlocked: Vec<&'static str>,
    /// Targets where the user was locked and still is.
    pub still_locked: Vec<&'static str>,
}

impl Written {
    fn lock(&mut self, target: &'static str, was_locked: bool, locked_now: bool) {
        match (was_locked, locked_now) {
            (true, false) => self.unlocked.push(target),
            (true, true) => self.still_locked.push(target),
            _ => {}
        }
    }
}

/// The user as this LDAP target knows them: a user found in another target (the embedded
/// directory first in the chain) is looked up here by login to get their DN.
async fn here(d: &LdapDirectory, user: &DirUser) -> Result<DirUser, DirectoryError> {
    if user.dn.is_some() {
        return Ok(user.clone());
    }
    let id = UserId::parse(&user.login).map_err(|_| DirectoryError::NotFound)?;
    d.find_user(&id).await
}

/// Whether a user who was locked in this LDAP target still is, read back after a write (the
/// directory, not the portal, decides: ppolicy may clear a lock on a reset by itself, and AD
/// keeps `lockoutTime` unless it is written). A user who wasn't locked isn't read again.
async fn lock_after(d: &LdapDirectory, before: &DirUser) -> Result<bool, DirectoryError> {
    if !before.locked {
        return Ok(false);
    }
    let id = UserId::parse(&before.login).map_err(|_| DirectoryError::NotFound)?;
    Ok(d.find_user(&id).await?.locked)
}

/// A user's own change in one LDAP target. The first target is where the user just proved
/// the current password, so a refusal of it there is a failure; a later target that holds
/// another password (the chain's copies drifted) is reset by the service account instead, as
/// before users' changes were written as changes, and the log says so.
async fn change_in(
    d: &LdapDirectory,
    user: &DirUser,
    current: &SecretString,
    password: &SecretString,
    first: bool,
) -> Result<(), DirectoryError> {
    match d.change_password(user, current, password).await? {
        ldap::SelfChange::Changed => Ok(()),
        ldap::SelfChange::CurrentRefused if first => Err(DirectoryError::Unavailable(
            "the directory refused the current password it had just accepted".into(),
        )),
        ldap::SelfChange::CurrentRefused => {
            tracing::warn!(
                "a later directory holds another current password: resetting it there instead"
            );
            d.set_password(user, password, false, false).await
        }
    }
}

/// The directory chain of a tenant.
#[derive(Clone)]
pub struct Directory {
    tenant_id: String,
    /// The target users are found in (a webhook: nobody is found).
    lookup: Target,
    /// Every target passwords are written to, in order.
    targets: Vec<Target>,
    /// The portal-side history: where it is kept and how many passwords it refuses.
    history: Option<(EmbeddedDirectory, u32)>,
}

impl Directory {
    /// With `history` > 0, the last that many passwords the portal set are refused.
    pub fn new(
        tenant_id: &str,
        targets: Vec<Target>,
        embedded: EmbeddedDirectory,
        history: u32,
    ) -> Directory {
        let history = (history > 0).then(|| (embedded.clone(), history));
        let lookup = targets
            .iter()
            .find(|t| !matches!(t, Target::Webhook(_)))
            .cloned()
            .unwrap_or(Target::Embedded(embedded.clone()));
        let targets = if targets.is_empty() {
            vec![Target::Embedded(embedded)]
        } else {
            targets
        };
        Directory {
            tenant_id: tenant_id.to_string(),
            lookup,
            targets,
            history,
        }
    }

    /// The chain an agent runs: no embedded directory and no portal-side history (the portal
    /// keeps those); users are found in the first target that isn't a webhook.
    pub fn of_agent(targets: Vec<Target>) -> Option<Directory> {
        let lookup = targets
            .iter()
            .find(|t| !matches!(t, Target::Webhook(_)))
            .or(targets.first())
            .cloned()?;
        Some(Directory {
            tenant_id: String::new(),
            lookup,
            targets,
            history: None,
        })
    }

    /// The same chain, with agents told the tracking ID the user's page shows.
    pub fn tracked(mut self, tracking_id: &str) -> Directory {
        if !self.targets.iter().any(|t| matches!(t, Target::Agent(_))) {
            return self;
        }
        fn tag(t: Target, tracking_id: &str) -> Target {
            match t {
                Target::Agent(a) => Target::Agent(a.tracked(tracking_id)),
                other => other,
            }
        }
        self.lookup = tag(self.lookup, tracking_id);
        self.targets = self
            .targets
            .into_iter()
            .map(|t| tag(t, tracking_id))
            .collect();
        self
    }

    pub async fn find_user(&self, id: &UserId) -> Result<DirUser, DirectoryError> {
        match &self.lookup {
            Target::Embedded(d) => d.find_user(&self.tenant_id, id).await,
            Target::Ldap(d) => d.find_user(id).await,
            Target::Agent(a) => a.find_user(id.as_str()).await,
            Target::Webhook(_) => Err(DirectoryError::NotFound),
        }
    }

    /// Users whose user ID, name or mail starts with `prefix`, where users are looked up;
    /// at most `limit`.
    pub async fn search_users(
        &self,
        prefix: &str,
        limit: usize,
    ) -> Result<Vec<DirUser>, DirectoryError> {
        match &self.lookup {
            Target::Embedded(d) => d.search_users(&self.tenant_id, prefix, limit).await,
            Target::Ldap(d) => d.search_users(prefix, limit).await,
            Target::Agent(a) => a.search_users(prefix, limit).await,
            Target::Webhook(_) => Ok(Vec::new()),
        }
    }

    pub async fn verify_password(
        &self,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<PasswordCheck, DirectoryError> {
        match &self.lookup {
            Target::Embedded(d) => {
                let right = d.verify_password(&self.tenant_id, user, password).await?;
                Ok(match (right, user.must_change) {
                    (false, _) => PasswordCheck::Wrong,
                    (true, true) => PasswordCheck::MustChange,
                    (true, false) => PasswordCheck::Accepted,
                })
            }
            Target::Ldap(d) => d.verify_password(user, password).await,
            Target::Agent(a) => a.verify_password(user, password).await,
            Target::Webhook(_) => Ok(PasswordCheck::Wrong),
        }
    }

    /// Every target's known opinion of a candidate password, before anything is written.
    pub async fn check_password(
        &self,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<(), DirectoryError> {
        if let Some((store, keep)) = &self.history
            && store
                .in_history(&self.tenant_id, &user.key(), password, *keep)
                .await?
        {
            return Err(DirectoryError::PolicyRejected {
                reasons: vec![crate::i18n::Text::new("directory-used-before")],
            });
        }
        for target in &self.targets {
            match target {
                Target::Embedded(d) => d.check_password(&self.tenant_id, user, password).await?,
                Target::Ldap(d) => d.check_password(user, password).await?,
                Target::Agent(a) => a.check_password(user, password).await?,
                Target::Webhook(_) => {}
            }
        }
        Ok(())
    }

    /// Writes a new password to every target in order, and with `unlock` also unlocks the
    /// account where it is locked. If the first target refuses, nothing else is written; a
    /// later failure is reported as partial.
    pub async fn set_password(
        &self,
        user: &DirUser,
        password: &SecretString,
        must_change: bool,
        kind: WriteKind<'_>,
        unlock: bool,
    ) -> Result<Written, DirectoryError> {
        let event = match kind {
            WriteKind::Reset => WebhookEvent::Reset,
            WriteKind::Change { .. } => WebhookEvent::Change,
        };
        let mut written = Written::default();
        for (i, target) in self.targets.iter().enumerate() {
            let result = match target {
                Target::Embedded(d) if i == 0 => d
                    .set_password(&self.tenant_id, user, password, must_change, unlock)
                    .await
                    .map(|()| written.lock(target.name(), user.locked, user.locked && !unlock)),
                Target::Embedded(d) => d.store_copy(&self.tenant_id, user, password).await,
                Target::Ldap(d) => match here(d, user).await {
                    Ok(u) => match kind {
                        WriteKind::Change { current } => {
                            change_in(d, &u, current, password, i == 0).await
                        }
                        WriteKind::Reset => {
                            match d.set_password(&u, password, must_change, unlock).await {
                                Ok(()) => lock_after(d, &u).await.map(|now| {
                                    written.lock(target.name(), u.locked, now);
                                }),
                                Err(e) => Err(e),
                            }
                        }
                    },
                    Err(e) => Err(e),
                },
                Target::Webhook(w) => w.send(event, user, Some(password), must_change).await,
                Target::Agent(a) => {
                    let current = match kind {
                        WriteKind::Change { current } => Some(current),
                        WriteKind::Reset => None,
                    };
                    a.set_password(user, password, must_change, current, unlock, &mut written)
                        .await
                }
            };
            match result {
                Ok(()) => {}
                Err(e) if i == 0 => return Err(e),
                Err(e) => written.partial.push((target.name(), e.to_string())),
            }
        }
        if let Some((store, keep)) = &self.history
            && let Err(e) = store
                .remember(&self.tenant_id, &user.key(), password, *keep)
                .await
        {
            written
                .partial
                .push(("portal password history", e.to_string()));
        }
        Ok(written)
    }

    /// Unlocks the account in every target that can be locked.
    pub async fn unlock(&self, user: &DirUser) -> Result<Written, DirectoryError> {
        let mut written = Written::default();
        for (i, target) in self.targets.iter().enumerate() {
            let result = match target {
                Target::Embedded(d) => d
                    .unlock(&self.tenant_id, user)
                    .await
                    .map(|()| written.lock(target.name(), user.locked, false)),
                Target::Ldap(d) => match here(d, user).await {
                    Ok(u) => match d.unlock(&u).await {
                        Ok(()) => lock_after(d, &u).await.map(|now| {
                            written.lock(target.name(), u.locked, now);
                        }),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                },
                // The receiver answered the unlock with success: its word is all there is.
                Target::Webhook(w) => w
                    .send(WebhookEvent::Unlock, user, None, false)
                    .await
                    .map(|()| written.lock(target.name(), true, false)),
                Target::Agent(a) => a.unlock(user, &mut written).await,
            };
            match result {
                Ok(()) => {}
                Err(e) if i == 0 => return Err(e),
                Err(e) => written.partial.push((target.name(), e.to_string())),
            }
        }
        Ok(written)
    }

    /// Whether the portal keeps users' office phones (the embedded directory does; LDAP and
    /// AD users' come from the directory, which the portal doesn't write contacts to).
    pub fn office_phone_is_editable(&self) -> bool {
        matches!(self.lookup, Target::Embedded(_))
    }

    /// Sets or clears a user's office phone (E.164) where the portal keeps it.
    pub async fn set_office_phone(
        &self,
        user: &DirUser,
        phone: Option<&str>,
    ) -> Result<(), DirectoryError> {
        match &self.lookup {
            Target::Embedded(d) => d.set_office_phone(&self.tenant_id, user, phone).await,
            _ => Err(DirectoryError::PermissionDenied(
                "office phones are kept in the directory".into(),
            )),
        }
    }

    /// The mailboxes of `group`'s members in the directory users are found in (none for the
    /// embedded directory, whose admins carry a flag instead).
    pub async fn group_mailboxes(&self, group: &str) -> Result<Vec<String>, DirectoryError> {
        match &self.lookup {
            Target::Ldap(d) => d.group_mailboxes(group).await,
            Target::Agent(a) => a.group_mailboxes(group).await,
            Target::Embedded(_) | Target::Webhook(_) => Ok(Vec::new()),
        }
    }

    pub async fn is_member_of(&self, user: &DirUser, group: &str) -> Result<bool, DirectoryError> {
        match &self.lookup {
            Target::Embedded(d) => d.is_member_of(&self.tenant_id, user, group).await,
            Target::Ldap(d) => d.is_member_of(user, group).await,
            Target::Agent(a) => a.is_member_of(user, group).await,
            Target::Webhook(_) => Ok(false),
        }
    }
}
