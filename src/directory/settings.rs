//! A tenant's directory configuration: the chain of targets users are looked up in and
//! passwords are written to, stored with the tenant as JSON and loaded by the CLI from TOML.

use crate::i18n::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A secret in the configuration (a bind password): stored, never printed.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConfigSecret(String);

impl ConfigSecret {
    pub fn new(value: impl Into<String>) -> ConfigSecret {
        ConfigSecret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for ConfigSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// The tenant's targets, in order: the first that can look users up is where users are found
/// and sign in; passwords are written to every target, in order, after all have checked them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectorySettings {
    pub targets: Vec<TargetSettings>,
}

impl Default for DirectorySettings {
    fn default() -> Self {
        DirectorySettings {
            targets: vec![TargetSettings::Embedded],
        }
    }
}

/// One place passwords go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TargetSettings {
    /// The portal's own database.
    Embedded,
    /// OpenLDAP or a compatible server.
    Ldap(Box<LdapSettings>),
    /// Active Directory or Samba AD (ldaps:// or StartTLS required).
    ActiveDirectory(Box<LdapSettings>),
    /// The organisation's own HTTPS endpoint (write-only: users are looked up elsewhere).
    Webhook(WebhookSettings),
    /// The writeback agents (`sspr agent`) enrolled for the tenant: each runs beside the
    /// directory with its own chain, and lookups and writes go to one connected agent.
    Agent(AgentTargetSettings),
}

/// How the portal waits for its writeback agents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentTargetSettings {
    /// How long a user's request waits for an agent's answer before the user is told the
    /// directory is unavailable.
    #[serde(default = "agent_timeout")]
    pub timeout_secs: u64,
    /// Refuse the last N passwords the portal set for a user (0 = off), as for LDAP.
    #[serde(default)]
    pub portal_history: u32,
}

impl Default for AgentTargetSettings {
    fn default() -> Self {
        AgentTargetSettings {
            timeout_secs: agent_timeout(),
            portal_history: 0,
        }
    }
}

fn agent_timeout() -> u64 {
    15
}

/// The longest an agent's answer may be waited for.
pub const AGENT_TIMEOUT_RANGE: std::ops::RangeInclusive<u64> = 2..=60;

/// A signed JSON POST per reset, change and unlock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookSettings {
    /// `https://…` (plain `http://` only to 127.0.0.1 or localhost).
    pub url: String,
    /// Shared secret for the `X-Sspr-Signature` HMAC.
    pub secret: ConfigSecret,
    /// Per attempt.
    #[serde(default = "webhook_timeout")]
    pub timeout_secs: u64,
    /// How long failures (network, 5xx, 429) are retried before the user is told to try later.
    #[serde(default = "webhook_retry")]
    pub retry_for_secs: u64,
}

impl WebhookSettings {
    /// A webhook with nothing set yet and the default timings.
    pub fn blank() -> WebhookSettings {
        WebhookSettings {
            url: String::new(),
            secret: ConfigSecret::default(),
            timeout_secs: webhook_timeout(),
            retry_for_secs: webhook_retry(),
        }
    }
}

fn webhook_timeout() -> u64 {
    5
}

fn webhook_retry() -> u64 {
    15
}

/// How group membership is checked for a group-scoped policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case", deny_unknown_fields)]
pub enum Membership {
    /// The user entry's `memberOf`-like attribute lists group DNs; the group's CN is compared.
    MemberOf {
        #[serde(default = "member_of")]
        attribute: String,
    },
    /// A search under `base_dn` for a group named `{group}` listing `{dn}` (both escaped).
    GroupSearch { base_dn: String, filter: String },
}

fn member_of() -> String {
    "memberOf".to_string()
}

/// Connection and schema of an LDAP directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LdapSettings {
    /// `ldap://host:389` or `ldaps://host:636`; use the name or IP the certificate names.
    pub url: String,
    /// Upgrade an `ldap://` connection with StartTLS.
    #[serde(default)]
    pub starttls: bool,
    /// PEM file of the CA that signed the server's certificate (else the system store).
    #[serde(default)]
    pub ca_file: Option<String>,
    /// The service account (never the root DN: it bypasses the password policy).
    pub bind_dn: String,
    pub bind_password: ConfigSecret,
    /// Where users are searched.
    pub base_dn: String,
    /// The search filter; `{user}` is replaced by the escaped user ID.
    #[serde(default = "user_filter")]
    pub user_filter: String,
    #[serde(default)]
    pub attributes: LdapAttributes,
    #[serde(default)]
    pub membership: Option<Membership>,
    #[serde(default = "timeout")]
    pub timeout_secs: u64,
    /// AD only: send the policy-hints control so history applies to resets (Windows Server
    /// 2016+; Samba 4.17 doesn't support it, so the control is sent as non-critical).
    #[serde(default)]
    pub policy_hints: bool,
    /// OpenLDAP only: the ppolicy entry (`cn=default,ou=policies,…`) whose `pwdMinLength` is
    /// checked before anything is written anywhere. AD's domain policy is read by itself.
    #[serde(default)]
    pub policy_dn: Option<String>,
    /// Refuse the last N passwords the portal set for a user (0 = off). For directories that
    /// don't apply history to resets, like Samba AD 4.17.
    #[serde(default)]
    pub portal_history: u32,
    /// Allow `ldap://` without StartTLS to a host other than this machine: the service
    /// account's password and users' new passwords then cross the network in clear. Only for
    /// a network you trust; a warning is logged at every start.
    #[serde(default)]
    pub insecure_plaintext: bool,
}

impl LdapSettings {
    /// A connection with nothing set yet and every default (a new target in the console).
    pub fn blank() -> LdapSettings {
        LdapSettings {
            url: String::new(),
            starttls: false,
            ca_file: None,
            bind_dn: String::new(),
            bind_password: ConfigSecret::default(),
            base_dn: String::new(),
            user_filter: user_filter(),
            attributes: LdapAttributes::default(),
            membership: None,
            timeout_secs: timeout(),
            policy_hints: false,
            policy_dn: None,
            portal_history: 0,
            insecure_plaintext: false,
        }
    }

    /// Whether the connection is encrypted (`ldaps://`, or StartTLS on `ldap://`).
    pub fn is_tls(&self) -> bool {
        self.url.starts_with("ldaps://") || self.starttls
    }

    /// Why this connection may not be made, if it would send secrets in clear over a network:
    /// plain `ldap://` to a host other than loopback, without `insecure_plaintext`.
    pub fn plaintext_refusal(&self) -> Option<String> {
        self.plaintext_refused()
            .then(|| Lang::En.t1("ldap-plaintext", "url", self.url.as_str()))
    }

    fn plaintext_refused(&self) -> bool {
        !(self.is_tls() || self.insecure_plaintext || is_loopback(&self.url))
    }

    /// Plain `ldap://` to another host, allowed by `insecure_plaintext`: to be warned about.
    pub fn plaintext_allowed(&self) -> bool {
        !self.is_tls() && self.insecure_plaintext && !is_loopback(&self.url)
    }
}

/// Whether a URL names this machine (127.0.0.0/8, ::1 or `localhost`).
fn is_loopback(url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(url) else {
        return false;
    };
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    }
}

fn user_filter() -> String {
    "(&(objectClass=inetOrgPerson)(uid={user}))".to_string()
}

fn timeout() -> u64 {
    10
}

/// Which attributes hold what the portal shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LdapAttributes {
    pub login: String,
    pub display_name: String,
    pub given_name: String,
    pub surname: String,
    pub mail: String,
    pub office_phone: String,
    /// The user's mobile, offered for codes as "set by your administrator" until the user
    /// registers their own; empty: not read.
    pub mobile: String,
    /// An alternate mailbox, offered the same way (AD: `otherMailbox`); empty: not read.
    pub alternate_email: String,
}

impl Default for LdapAttributes {
    fn default() -> Self {
        LdapAttributes {
            login: "uid".into(),
            display_name: "cn".into(),
            given_name: "givenName".into(),
            surname: "sn".into(),
            mail: "mail".into(),
            office_phone: "telephoneNumber".into(),
            mobile: "mobile".into(),
            alternate_email: String::new(),
        }
    }
}

impl DirectorySettings {
    /// Every secret of the chain, each with the name of its place (target and field), which
    /// binds it when sealed.
    pub fn secrets_mut(&mut self) -> Vec<(String, &mut ConfigSecret)> {
        self.targets
            .iter_mut()
            .enumerate()
            .filter_map(|(i, t)| match t {
                TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => {
                    Some((format!("{i}/bind_password"), &mut l.bind_password))
                }
                TargetSettings::Webhook(w) => Some((format!("{i}/secret"), &mut w.secret)),
                TargetSettings::Embedded | TargetSettings::Agent(_) => None,
            })
            .collect()
    }

    /// Checks what a configuration file or the console could get wrong; the message says
    /// which target.
    pub fn validate(&self) -> Result<(), Text> {
        if self.targets.is_empty() {
            return Err(Text::new("chain-needs-target"));
        }
        if self
            .targets
            .iter()
            .all(|t| matches!(t, TargetSettings::Webhook(_)))
        {
            return Err(Text::new("chain-needs-directory"));
        }
        for (i, target) in self.targets.iter().enumerate() {
            let n = i + 1;
            let refused = |key: &'static str| Err(Text::new(key).arg("n", n));
            let bad_url = |url: &str| Text::new("target-url-invalid").arg("n", n).arg("url", url);
            if let TargetSettings::Webhook(w) = target {
                let url = reqwest::Url::parse(&w.url).map_err(|_| bad_url(&w.url))?;
                let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
                if !(url.scheme() == "https" || (url.scheme() == "http" && loopback)) {
                    return refused("target-webhook-https");
                }
                if w.secret.expose().len() < 16 {
                    return refused("target-webhook-secret-short");
                }
            }
            if let TargetSettings::Agent(a) = target
                && !AGENT_TIMEOUT_RANGE.contains(&a.timeout_secs)
            {
                return refused("target-agent-timeout");
            }
            if let TargetSettings::ActiveDirectory(l) = target
                && !(l.url.starts_with("ldaps://") || l.starttls)
            {
                return refused("target-ad-plain");
            }
            if let TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) = target {
                let url = reqwest::Url::parse(&l.url).map_err(|_| bad_url(&l.url))?;
                match (url.scheme(), l.starttls) {
                    ("ldaps", false) | ("ldap", _) => {}
                    ("ldaps", true) => return refused("target-starttls-ldaps"),
                    (other, _) => {
                        return Err(Text::new("target-scheme").arg("n", n).arg("scheme", other));
                    }
                }
                if l.plaintext_refused() {
                    return Err(Text::new("target-plaintext")
                        .arg("n", n)
                        .arg("url", l.url.as_str()));
                }
                if !l.user_filter.contains("{user}") {
                    return refused("target-user-filter");
                }
                if l.bind_dn.trim().is_empty() || l.base_dn.trim().is_empty() {
                    return refused("target-dns-required");
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_chain_from_toml_and_hides_the_password() {
        let text = r#"
            [[targets]]
            kind = "ldap"
            url = "ldaps://127.0.0.1:6360"
            ca_file = "/etc/ssl/ldap-ca.pem"
            bind_dn = "cn=pwreset,ou=services,dc=example,dc=org"
            bind_password = "svc-secret"
            base_dn = "ou=people,dc=example,dc=org"
            membership = { mode = "group_search", base_dn = "ou=groups,dc=example,dc=org", filter = "(&(cn={group})(member={dn}))" }

            [[targets]]
            kind = "embedded"
        "#;
        let s: DirectorySettings = toml::from_str(text).unwrap();
        s.validate().unwrap();
        assert_eq!(s.targets.len(), 2);
        assert!(!format!("{s:?}").contains("svc-secret"));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<DirectorySettings>(&json).unwrap(), s);
    }

    #[test]
    fn webhooks_need_https_and_a_real_secret() {
        let hook = |url: &str, secret: &str| DirectorySettings {
            targets: vec![
                TargetSettings::Webhook(WebhookSettings {
                    url: url.into(),
                    secret: ConfigSecret::new(secret),
                    timeout_secs: 5,
                    retry_for_secs: 15,
                }),
                TargetSettings::Embedded,
            ],
        };
        let secret = "0123456789abcdef";
        // A webhook alone can't look anyone up.
        let mut alone = hook("https://hooks.contoso.com/pw", secret);
        alone.targets.pop();
        assert_eq!(alone.validate(), Err(Text::new("chain-needs-directory")));
        assert!(
            hook("https://hooks.contoso.com/pw", secret)
                .validate()
                .is_ok()
        );
        assert!(hook("http://127.0.0.1:9000/pw", secret).validate().is_ok());
        assert!(
            hook("http://hooks.contoso.com/pw", secret)
                .validate()
                .is_err()
        );
        assert!(
            hook("https://hooks.contoso.com/pw", "short")
                .validate()
                .is_err()
        );
    }

    #[test]
    fn refuses_starttls_on_ldaps_and_filters_without_the_user() {
        let mut l = LdapSettings {
            url: "ldaps://h".into(),
            starttls: true,
            ca_file: None,
            bind_dn: "cn=a".into(),
            bind_password: ConfigSecret::new("x"),
            base_dn: "dc=x".into(),
            user_filter: user_filter(),
            attributes: LdapAttributes::default(),
            membership: None,
            timeout_secs: 5,
            policy_hints: false,
            policy_dn: None,
            portal_history: 0,
            insecure_plaintext: false,
        };
        let s = |l: &LdapSettings| DirectorySettings {
            targets: vec![TargetSettings::Ldap(Box::new(l.clone()))],
        };
        assert!(s(&l).validate().is_err());
        l.starttls = false;
        l.user_filter = "(uid=alice)".into();
        assert!(s(&l).validate().is_err());
    }

    fn ldap(url: &str) -> DirectorySettings {
        let text = format!(
            "[[targets]]\nkind = \"ldap\"\nurl = {url:?}\nbind_dn = \"cn=a\"\nbind_password = \"x\"\nbase_dn = \"dc=x\"\n"
        );
        toml::from_str(&text).unwrap()
    }

    #[test]
    fn plain_ldap_to_another_host_is_refused_unless_asked_for_by_name() {
        let refused = Lang::En.text(&ldap("ldap://dc1.contoso.com:389").validate().unwrap_err());
        assert!(refused.contains("in clear"), "{refused}");
        assert!(
            refused.contains("starttls = true"),
            "says what to set: {refused}"
        );
        assert!(ldap("ldap://10.0.0.5").validate().is_err());
        for fine in [
            "ldaps://dc1.contoso.com",
            "ldap://127.0.0.1:3890",
            "ldap://127.0.0.2:3890",
            "ldap://localhost",
            "ldap://[::1]:389",
        ] {
            assert!(ldap(fine).validate().is_ok(), "{fine}");
        }
        let mut starttls = ldap("ldap://dc1.contoso.com");
        let mut insecure = ldap("ldap://dc1.contoso.com");
        if let (TargetSettings::Ldap(a), TargetSettings::Ldap(b)) =
            (&mut starttls.targets[0], &mut insecure.targets[0])
        {
            a.starttls = true;
            b.insecure_plaintext = true;
            assert!(!a.plaintext_allowed());
            assert!(b.plaintext_allowed(), "warned about at start");
        }
        assert!(starttls.validate().is_ok());
        assert!(insecure.validate().is_ok());
    }
}
