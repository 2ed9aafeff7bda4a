//! OpenLDAP and compatible directories over ldap3: the portal binds as a service account
//! (never the root DN, which bypasses the password policy), finds users with an escaped filter,
//! checks passwords by binding as the user, and resets with the Password Modify extended
//! operation (RFC 3062) carrying the password-policy control, whose answer names the rule
//! that failed.

mod ad_rights;
mod changes;
mod checks;
mod contacts;
mod groups;
mod pool;
mod ppolicy;
mod probe;
mod search;
mod writes;

use super::ad;
use super::settings::{LdapSettings, Membership};
use super::{DirUser, DirectoryError, PasswordCheck};
use crate::domain::user_id::UserId;
pub use changes::SelfChange;
use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, Scope, SearchEntry, ldap_escape};
use pool::ConnectionKey;
pub use pool::ServiceConnections;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use secrecy::{ExposeSecret, SecretString};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// `pwdAccountLockedTime` meaning "locked by an administrator until unlocked": a disabled account.
const LOCKED_FOREVER: &str = "000001010000Z";
const RC_INVALID_CREDENTIALS: u32 = 49;
const RC_CONSTRAINT_VIOLATION: u32 = 19;
const RC_INSUFFICIENT_ACCESS: u32 = 50;
const RC_NO_SUCH_ATTRIBUTE: u32 = 16;

/// Which server family: they differ in how passwords are written and accounts locked.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    OpenLdap,
    ActiveDirectory,
}

/// One LDAP directory.
#[derive(Clone)]
pub struct LdapDirectory {
    settings: Arc<LdapSettings>,
    flavor: Flavor,
    connections: ServiceConnections,
    /// The tenant's default region, for phone numbers stored without `+`.
    region: Option<String>,
}

fn unavailable(e: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Unavailable(e.to_string())
}

/// TLS trusting only the configured CA.
fn tls_config(ca_file: &str) -> Result<rustls::ClientConfig, DirectoryError> {
    let mut roots = rustls::RootCertStore::empty();
    let certs = CertificateDer::pem_file_iter(ca_file)
        .map_err(|e| unavailable(format!("reading ca_file {ca_file}: {e}")))?;
    for cert in certs {
        let cert = cert.map_err(|e| unavailable(format!("ca_file {ca_file}: {e}")))?;
        roots
            .add(cert)
            .map_err(|e| unavailable(format!("ca_file {ca_file}: {e}")))?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(unavailable)?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

impl LdapDirectory {
    pub fn new(settings: LdapSettings) -> LdapDirectory {
        LdapDirectory {
            settings: Arc::new(settings),
            flavor: Flavor::OpenLdap,
            connections: ServiceConnections::default(),
            region: None,
        }
    }

    /// Active Directory or Samba AD, with AD's filter and attributes unless configured.
    pub fn active_directory(settings: LdapSettings) -> LdapDirectory {
        LdapDirectory {
            settings: Arc::new(ad::with_ad_defaults(settings)),
            flavor: Flavor::ActiveDirectory,
            connections: ServiceConnections::default(),
            region: None,
        }
    }

    /// Reads phone numbers without `+` as national numbers of `region` (the tenant's
    /// `default_region`).
    pub fn in_region(mut self, region: Option<String>) -> LdapDirectory {
        self.region = region;
        self
    }

    /// Keeps service connections in the server-wide `connections` (a directory is built per
    /// request, so its own would never be reused).
    pub fn sharing(mut self, connections: ServiceConnections) -> LdapDirectory {
        self.connections = connections;
        self
    }

    fn is_tls(&self) -> bool {
        self.settings.is_tls()
    }

    fn timeout(&self) -> Duration {
        Duration::from_secs(self.settings.timeout_secs.max(1))
    }

    /// A connection (TLS as configured), not yet bound.
    async fn connect(&self) -> Result<Ldap, DirectoryError> {
        // ldap3 builds its own TLS config (system trust store) when no CA file is given, and
        // that needs a process-wide crypto provider: install ring's once (later calls no-op).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let s = &self.settings;
        // Checked here too, not only when the settings are loaded: a chain stored before this
        // rule existed must not send secrets in clear either.
        if let Some(why) = s.plaintext_refusal() {
            return Err(unavailable(why));
        }
        let mut conn = LdapConnSettings::new()
            .set_conn_timeout(self.timeout())
            .set_starttls(s.starttls);
        if let Some(ca) = &s.ca_file {
            conn = conn.set_config(Arc::new(tls_config(ca)?));
        }
        let (driver, ldap) = LdapConnAsync::with_settings(conn, &s.url)
            .await
            .map_err(|e| unavailable(format!("connecting to {}: {e}", s.url)))?;
        ldap3::drive!(driver);
        Ok(ldap)
    }

    /// Runs one LDAP step within the configured timeout.
    async fn step<T>(
        &self,
        what: &str,
        fut: impl std::future::Future<Output = ldap3::result::Result<T>>,
    ) -> Result<T, DirectoryError> {
        match tokio::time::timeout(self.timeout(), fut).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(unavailable(format!("{what}: {e}"))),
            Err(_) => Err(unavailable(format!("{what}: timed out"))),
        }
    }

    /// A connection bound as the service account: a kept one, else a new one. Give it back with
    /// `release` once every operation on it was answered.
    async fn service(&self) -> Result<Ldap, DirectoryError> {
        if let Some(ldap) = self.connections.take(ConnectionKey::of(&self.settings)) {
            return Ok(ldap);
        }
        let mut ldap = self.connect().await?;
        let s = &self.settings;
        let bound = self
            .step(
                "service bind",
                ldap.simple_bind(&s.bind_dn, s.bind_password.expose()),
            )
            .await?;
        if bound.rc != 0 {
            return Err(unavailable(format!(
                "the service account {} was refused (rc {}: {})",
                s.bind_dn, bound.rc, bound.text
            )));
        }
        Ok(ldap)
    }

    /// Keeps a service connection for the next call.
    fn release(&self, ldap: Ldap) {
        self.connections
            .put(ConnectionKey::of(&self.settings), ldap);
    }

    fn attribute_names(&self) -> Vec<String> {
        let a = &self.settings.attributes;
        let mut names = vec![
            a.login.clone(),
            a.display_name.clone(),
            a.given_name.clone(),
            a.surname.clone(),
            a.mail.clone(),
            a.office_phone.clone(),
        ];
        names.extend(
            [&a.mobile, &a.alternate_email]
                .into_iter()
                .filter(|n| !n.is_empty())
                .cloned(),
        );
        match self.flavor {
            Flavor::OpenLdap => {
                names.extend(["pwdAccountLockedTime", "pwdReset"].map(String::from))
            }
            Flavor::ActiveDirectory => names.extend(ad::STATE_ATTRIBUTES.map(String::from)),
        }
        if let Some(Membership::MemberOf { attribute }) = &self.settings.membership {
            names.push(attribute.clone());
        }
        names
    }

    /// Finds the one entry whose login matches; the user ID is escaped (RFC 4515), so `*()\`
    /// and NUL can't change the filter.
    async fn entry(&self, ldap: &mut Ldap, id: &UserId) -> Result<SearchEntry, DirectoryError> {
        let s = &self.settings;
        let filter = s.user_filter.replace("{user}", &ldap_escape(id.as_str()));
        let (entries, _) = self
            .step(
                "user search",
                ldap.search(&s.base_dn, Scope::Subtree, &filter, self.attribute_names()),
            )
            .await?
            .success()
            .map_err(|e| unavailable(format!("user search: {e}")))?;
        let mut entries = entries.into_iter().map(SearchEntry::construct);
        match (entries.next(), entries.next()) {
            (Some(entry), None) => Ok(entry),
            (None, _) => Err(DirectoryError::NotFound),
            (Some(_), Some(_)) => Err(unavailable(format!(
                "user filter matched more than one entry for {:?}",
                id.as_str()
            ))),
        }
    }

    fn user_from(&self, entry: &SearchEntry, id: &UserId) -> DirUser {
        let attrs = lowercase_attrs(entry);
        let first = |name: &str| {
            attrs
                .get(&name.to_lowercase())
                .and_then(|v| v.first())
                .cloned()
        };
        let a = &self.settings.attributes;
        let contacts = self.contacts_of(&attrs);
        let locked_time = first("pwdAccountLockedTime");
        let (enabled, locked, must_change) = match self.flavor {
            Flavor::OpenLdap => (
                locked_time.as_deref() != Some(LOCKED_FOREVER),
                locked_time.is_some_and(|t| t != LOCKED_FOREVER),
                first("pwdReset").is_some_and(|v| v.eq_ignore_ascii_case("TRUE")),
            ),
            Flavor::ActiveDirectory => ad::account_state(&attrs),
        };
        let groups = match &self.settings.membership {
            Some(Membership::MemberOf { attribute }) => attrs
                .get(&attribute.to_lowercase())
                .map(|v| v.iter().filter_map(|dn| group_cn(dn)).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        DirUser {
            login: first(&a.login).unwrap_or_else(|| id.as_str().to_string()),
            display_name: first(&a.display_name).unwrap_or_else(|| id.as_str().to_string()),
            given_name: first(&a.given_name).unwrap_or_default(),
            surname: first(&a.surname).unwrap_or_default(),
            mail: first(&a.mail),
            office_phone: contacts.office_phone,
            mobile: contacts.mobile,
            alternate_email: contacts.alternate_email,
            enabled,
            locked,
            must_change,
            groups,
            is_admin: false,
            dn: Some(entry.dn.clone()),
        }
    }

    pub async fn find_user(&self, id: &UserId) -> Result<DirUser, DirectoryError> {
        let mut ldap = self.service().await?;
        let entry = match self.entry(&mut ldap, id).await {
            Ok(entry) => entry,
            Err(DirectoryError::NotFound) => {
                self.release(ldap);
                return Err(DirectoryError::NotFound);
            }
            Err(e) => return Err(e),
        };
        self.release(ldap);
        Ok(self.user_from(&entry, id))
    }

    fn dn<'a>(&self, user: &'a DirUser) -> Result<&'a str, DirectoryError> {
        user.dn
            .as_deref()
            .ok_or_else(|| unavailable("the user has no DN in this directory"))
    }

    /// Binds as the user (with the password-policy control, so slapd says when the password is
    /// right but expired or must be changed; AD says so in the bind's `data` code).
    pub async fn verify_password(
        &self,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<PasswordCheck, DirectoryError> {
        let dn = self.dn(user)?;
        if password.expose_secret().is_empty() {
            // An empty password would be an unauthenticated bind, which "succeeds".
            return Ok(PasswordCheck::Wrong);
        }
        let mut ldap = self.connect().await?;
        if self.flavor == Flavor::OpenLdap {
            ldap.with_controls(ppolicy::request());
        }
        let bound = self
            .step("user bind", ldap.simple_bind(dn, password.expose_secret()))
            .await?;
        let _ = ldap.unbind().await;
        let policy_error = ppolicy::response_error(&bound.ctrls);
        match (bound.rc, policy_error) {
            (
                0 | RC_INVALID_CREDENTIALS,
                Some(ppolicy::PASSWORD_EXPIRED | ppolicy::CHANGE_AFTER_RESET),
            ) => Ok(PasswordCheck::MustChange),
            (0, _) => Ok(PasswordCheck::Accepted),
            (RC_INVALID_CREDENTIALS, _) if ad::bind_needs_new_password(&bound.text) => {
                Ok(PasswordCheck::MustChange)
            }
            (RC_INVALID_CREDENTIALS, _) => Ok(PasswordCheck::Wrong),
            (rc, _) => Err(unavailable(format!("user bind: rc {rc}: {}", bound.text))),
        }
    }

    pub async fn is_member_of(&self, user: &DirUser, group: &str) -> Result<bool, DirectoryError> {
        match &self.settings.membership {
            None => Ok(false),
            Some(Membership::MemberOf { .. }) => {
                Ok(user.groups.iter().any(|g| g.eq_ignore_ascii_case(group)))
            }
            Some(Membership::GroupSearch { base_dn, filter }) => {
                let dn = self.dn(user)?;
                let filter = filter
                    .replace("{group}", &ldap_escape(group))
                    .replace("{dn}", &ldap_escape(dn));
                let mut ldap = self.service().await?;
                let found = self
                    .step(
                        "group search",
                        ldap.search(base_dn, Scope::Subtree, &filter, vec!["1.1"]),
                    )
                    .await?;
                self.release(ldap);
                let (entries, _) = found
                    .success()
                    .map_err(|e| unavailable(format!("group search: {e}")))?;
                Ok(!entries.is_empty())
            }
        }
    }
}

/// An entry's text attributes by lower-cased name.
fn lowercase_attrs(entry: &SearchEntry) -> HashMap<String, &Vec<String>> {
    entry
        .attrs
        .iter()
        .map(|(k, v)| (k.to_lowercase(), v))
        .collect()
}

/// `cn=staff,ou=groups,dc=example,dc=org` → `staff`.
fn group_cn(dn: &str) -> Option<String> {
    let first = dn.split(',').next()?;
    let (attr, value) = first.split_once('=')?;
    attr.trim()
        .eq_ignore_ascii_case("cn")
        .then(|| value.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_names_come_from_the_first_rdn() {
        assert_eq!(
            group_cn("cn=Staff,ou=groups,dc=x").as_deref(),
            Some("Staff")
        );
        assert_eq!(group_cn("ou=groups,dc=x"), None);
    }
}
