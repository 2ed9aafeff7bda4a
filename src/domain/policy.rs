//! A tenant's self-service policy, modelled on Entra's so admin pages can edit it field by field.

use super::password_policy::PasswordPolicy;
use serde::{Deserialize, Serialize};

/// Who may reset their own password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "mode", content = "group")]
pub enum ResetScope {
    Off,
    All,
    /// Only members of this directory group.
    Group(String),
}

/// A way to prove who you are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// A code emailed to the alternate email.
    Email,
    /// A code texted to the mobile phone.
    Sms,
    /// A call to the mobile phone that reads the code.
    Voice,
    /// A call to the office phone (set by the admin).
    OfficeVoice,
}

impl Method {
    pub const ALL: [Method; 4] = [
        Method::Email,
        Method::Sms,
        Method::Voice,
        Method::OfficeVoice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Email => "email",
            Method::Sms => "sms",
            Method::Voice => "voice",
            Method::OfficeVoice => "office_voice",
        }
    }

    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The choice as the user reads it.
    pub fn label(self) -> &'static str {
        match self {
            Method::Email => "Email my alternate email address",
            Method::Sms => "Text my mobile phone",
            Method::Voice => "Call my mobile phone",
            Method::OfficeVoice => "Call my office phone",
        }
    }

    /// Whether the user must type the full number before anything is sent.
    pub fn is_phone(self) -> bool {
        !matches!(self, Method::Email)
    }

    /// The contact the method reaches: a text and a call to the mobile are one contact.
    pub fn contact(self) -> Contact {
        match self {
            Method::Email => Contact::AltEmail,
            Method::Sms | Method::Voice => Contact::Mobile,
            Method::OfficeVoice => Contact::Office,
        }
    }
}

/// A contact a user can be reached at. Two gates need two different contacts, as in Entra:
/// a text and a call to the same phone prove the same thing twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Contact {
    AltEmail,
    Mobile,
    Office,
}

/// How many different contacts these methods reach.
pub fn distinct_contacts(methods: impl IntoIterator<Item = Method>) -> usize {
    let mut contacts: Vec<Contact> = methods.into_iter().map(Method::contact).collect();
    contacts.sort();
    contacts.dedup();
    contacts.len()
}

/// Where a stuck user is sent for help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum HelpdeskLink {
    /// The portal emails the tenant's admins (user ID, what went wrong, tracking ID).
    ContactAdmins,
    Url(String),
    Email(String),
}

/// Whether unknown users are told so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Privacy {
    /// Unknown or unregistered users see the same pages as real ones; nothing is sent.
    Conceal,
    /// Unknown or unregistered users are told so, as Entra does.
    Helpful,
}

/// Organisation branding shown on pages and in emails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Branding {
    /// Absolute `https://` URL or a `/static/…` path of the logo.
    pub logo_url: Option<String>,
    /// The content hash of a logo uploaded in the console (served by the portal itself; it
    /// takes the place of `logo_url`).
    pub logo: Option<String>,
    /// Accent colour as `#rrggbb`; white text on it must pass WCAG AA.
    pub accent_color: Option<String>,
    /// A short plain-text message on the reset and registration sign-in pages.
    pub message: Option<String>,
}

impl Branding {
    /// Where pages load the logo from: an uploaded one from the portal under `base`.
    pub fn logo_src(&self, base: &str) -> Option<String> {
        match &self.logo {
            Some(hash) => Some(format!("{base}/logo/{hash}.png")),
            None => self.logo_url.clone(),
        }
    }
}

/// Code lifetime and attempts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CodeSettings {
    pub ttl_secs: i64,
    pub max_attempts: i64,
    pub resend_cooldown_secs: i64,
}

impl Default for CodeSettings {
    fn default() -> Self {
        CodeSettings {
            ttl_secs: 600,
            max_attempts: 5,
            resend_cooldown_secs: 60,
        }
    }
}

/// Throttles (defaults after Entra).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThrottleSettings {
    pub sends_per_user_per_hour: i64,
    pub attempts_per_user_per_hour: i64,
    pub block_hours: i64,
    pub sends_per_destination_per_hour: i64,
    pub sends_per_ip_per_hour: i64,
    pub helpdesk_per_user_per_hour: i64,
    /// "Contact your administrator" requests from one address an hour, whoever they name.
    pub helpdesk_per_ip_per_hour: i64,
    /// Failed registration-portal sign-ins per user ID, then sign-in is refused for the hour.
    pub sign_in_failures_per_user_per_hour: i64,
    /// Failed sign-ins per client address, whatever the user ID.
    pub sign_in_failures_per_ip_per_hour: i64,
}

impl Default for ThrottleSettings {
    fn default() -> Self {
        ThrottleSettings {
            sends_per_user_per_hour: 5,
            attempts_per_user_per_hour: 5,
            block_hours: 24,
            sends_per_destination_per_hour: 10,
            sends_per_ip_per_hour: 30,
            helpdesk_per_user_per_hour: 3,
            helpdesk_per_ip_per_hour: 10,
            sign_in_failures_per_user_per_hour: 5,
            sign_in_failures_per_ip_per_hour: 20,
        }
    }
}

/// The whole per-tenant policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    pub reset: ResetScope,
    pub methods: Vec<Method>,
    pub gates: u8,
    /// Users in scope who haven't registered enough contacts register at sign-in.
    pub require_registration: bool,
    /// Whether that registration can be put off ("Skip for now"); it is asked again next time.
    pub allow_skip_registration: bool,
    /// Days before users must re-confirm their contact data (0 = never).
    pub reconfirm_days: u32,
    /// Origins (`https://apps.example.com`) the registration interstitial may send users back to.
    pub return_to_origins: Vec<String>,
    /// Minutes without activity before a registration-portal session ends.
    pub idle_minutes: u32,
    /// Hours after sign-in when a registration-portal session ends, however active.
    pub session_hours: u32,
    pub notify_user_on_reset: bool,
    pub notify_admins_on_admin_reset: bool,
    /// A group in the directory whose members are the tenant's admins (with the embedded
    /// directory's admin flag): "Contact your administrator" and admin notices go to their mail.
    pub admin_group: Option<String>,
    /// The country (ISO 3166, `US`, `DE`) whose national numbers the directory's phone
    /// numbers without `+` are read as.
    pub default_region: Option<String>,
    pub allow_unlock: bool,
    pub helpdesk: HelpdeskLink,
    pub branding: Branding,
    pub password: PasswordPolicy,
    pub codes: CodeSettings,
    pub throttle: ThrottleSettings,
    pub privacy: Privacy,
    /// Days the audit log keeps an event; older ones are deleted by the periodic clean-up.
    pub audit_retention_days: u32,
    /// The language of pages and messages when neither the user nor their browser chose one
    /// the portal speaks.
    pub default_language: crate::i18n::Lang,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            reset: ResetScope::All,
            methods: vec![Method::Email, Method::Sms, Method::Voice],
            gates: 1,
            require_registration: true,
            allow_skip_registration: true,
            reconfirm_days: 180,
            return_to_origins: Vec::new(),
            idle_minutes: 15,
            session_hours: 8,
            notify_user_on_reset: true,
            notify_admins_on_admin_reset: true,
            admin_group: None,
            default_region: None,
            allow_unlock: true,
            helpdesk: HelpdeskLink::ContactAdmins,
            branding: Branding::default(),
            password: PasswordPolicy::default(),
            codes: CodeSettings::default(),
            throttle: ThrottleSettings::default(),
            privacy: Privacy::Conceal,
            audit_retention_days: 365,
            default_language: crate::i18n::Lang::En,
        }
    }
}

/// An allow-listed origin in its canonical form (`https://apps.example.com`, port only if not
/// the default); anything with a path, query or credentials is refused.
pub fn parse_origin(raw: &str) -> Result<String, String> {
    let bad =
        || format!("return_to_origins: {raw:?} is not an origin like https://apps.example.com");
    let url = reqwest::Url::parse(raw.trim()).map_err(|_| bad())?;
    let plain = url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none()
        && url.path() == "/";
    if !matches!(url.scheme(), "https" | "http") || url.host_str().is_none() || !plain {
        return Err(bad());
    }
    Ok(url.origin().ascii_serialization())
}

impl Policy {
    /// `return_to` as given, if its origin is on the allow-list; anything else is ignored.
    pub fn allowed_return_to(&self, return_to: &str) -> Option<String> {
        let url = reqwest::Url::parse(return_to).ok()?;
        if !matches!(url.scheme(), "https" | "http") || !url.username().is_empty() {
            return None;
        }
        let origin = url.origin().ascii_serialization();
        self.return_to_origins
            .iter()
            .filter_map(|o| parse_origin(o).ok())
            .any(|o| o == origin)
            .then(|| url.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_to_must_match_an_allowed_origin() {
        let p = Policy {
            return_to_origins: vec!["https://apps.acme.test".into()],
            ..Policy::default()
        };
        p.validate().unwrap();
        assert!(
            p.allowed_return_to("https://apps.acme.test/home?x=1")
                .is_some()
        );
        assert!(p.allowed_return_to("https://apps.acme.test:443/").is_some());
        for bad in [
            "https://evil.test/",
            "https://apps.acme.test.evil.test/",
            "https://apps.acme.test@evil.test/",
            "http://apps.acme.test/",
            "https://apps.acme.test:8443/",
            "javascript:alert(1)",
            "//apps.acme.test/",
            "/relative",
        ] {
            assert!(p.allowed_return_to(bad).is_none(), "{bad} allowed");
        }
        let bad_list = Policy {
            return_to_origins: vec!["https://apps.acme.test/path".into()],
            ..Policy::default()
        };
        assert!(bad_list.validate().is_err());
    }

    #[test]
    fn two_gates_need_two_different_contacts() {
        let p = Policy {
            gates: 2,
            methods: vec![Method::Sms, Method::Voice],
            ..Policy::default()
        };
        assert!(p.validate().is_err());
    }

    #[test]
    fn default_policy_is_valid_and_round_trips() {
        let p = Policy::default();
        p.validate().unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Policy>(&json).unwrap(), p);
    }

    #[test]
    fn refuses_bad_values() {
        let p = Policy {
            gates: 3,
            ..Policy::default()
        };
        assert!(p.validate().is_err());
        let p = Policy {
            gates: 2,
            methods: vec![Method::Email],
            ..Policy::default()
        };
        assert!(p.validate().is_err());
        let p = Policy {
            helpdesk: HelpdeskLink::Url("javascript:x".into()),
            ..Policy::default()
        };
        assert!(p.validate().is_err());
    }
}
