//! The fields of one directory target on the console's directory page: an LDAP or Active
//! Directory connection, or a webhook. The service account's password and the webhook secret
//! are `Secret` fields: never sent back to the browser, kept when left blank.

use super::fields::{Field, Kind, check, count};
use crate::directory::settings::{ConfigSecret, LdapSettings, Membership, WebhookSettings};
use crate::domain::policy_check::{Bounds, Unit};
use crate::i18n::Text;

const TIMEOUT: Bounds = Bounds {
    key: "timeout_secs",
    min: 1,
    max: 60,
    scale: 1,
    unit: Unit::Seconds,
};
const RETRY: Bounds = Bounds {
    key: "retry_for_secs",
    min: 0,
    max: 60,
    scale: 1,
    unit: Unit::Seconds,
};
const HISTORY: Bounds = Bounds {
    key: "portal_history",
    min: 0,
    max: 24,
    scale: 1,
    unit: Unit::Passwords,
};

/// Empty text as `None`.
fn optional(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// An attribute-name field of `LdapAttributes`.
macro_rules! attribute {
    ($key:literal, $label:literal, $hint:literal, $field:ident) => {
        Field {
            key: concat!("attributes.", $key),
            label: $label,
            hint: $hint,
            kind: Kind::Text,
            get: |l: &LdapSettings| l.attributes.$field.clone(),
            set: |l, v| {
                l.attributes.$field = v.trim().to_string();
                Ok(())
            },
        }
    };
}

pub fn ldap() -> Vec<Field<LdapSettings>> {
    vec![
        Field {
            key: "url",
            label: "dir-url",
            hint: "dir-url-hint",
            kind: Kind::Text,
            get: |l| l.url.clone(),
            set: |l, v| {
                l.url = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "starttls",
            label: "dir-starttls",
            hint: "",
            kind: Kind::Check,
            get: |l| check(l.starttls),
            set: |l, v| {
                l.starttls = v == "on";
                Ok(())
            },
        },
        Field {
            key: "ca_file",
            label: "dir-ca-file",
            hint: "dir-ca-file-hint",
            kind: Kind::Text,
            get: |l| l.ca_file.clone().unwrap_or_default(),
            set: |l, v| {
                l.ca_file = optional(v);
                Ok(())
            },
        },
        Field {
            key: "bind_dn",
            label: "dir-bind-dn",
            hint: "dir-bind-dn-hint",
            kind: Kind::Text,
            get: |l| l.bind_dn.clone(),
            set: |l, v| {
                l.bind_dn = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "bind_password",
            label: "dir-bind-password",
            hint: "",
            kind: Kind::Secret,
            get: |l| {
                if l.bind_password.is_empty() {
                    String::new()
                } else {
                    // Compared to tell a change, never shown.
                    l.bind_password.expose().to_string()
                }
            },
            set: |l, v| {
                l.bind_password = ConfigSecret::new(v);
                Ok(())
            },
        },
        Field {
            key: "base_dn",
            label: "dir-base-dn",
            hint: "dir-base-dn-hint",
            kind: Kind::Text,
            get: |l| l.base_dn.clone(),
            set: |l, v| {
                l.base_dn = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "user_filter",
            label: "dir-user-filter",
            hint: "dir-user-filter-hint",
            kind: Kind::Text,
            get: |l| l.user_filter.clone(),
            set: |l, v| {
                l.user_filter = v.trim().to_string();
                Ok(())
            },
        },
        attribute!(
            "login",
            "dir-attributes-login",
            "dir-attributes-login-hint",
            login
        ),
        attribute!(
            "display_name",
            "dir-attributes-display-name",
            "",
            display_name
        ),
        attribute!("given_name", "dir-attributes-given-name", "", given_name),
        attribute!("surname", "dir-attributes-surname", "", surname),
        attribute!(
            "mail",
            "dir-attributes-mail",
            "dir-attributes-mail-hint",
            mail
        ),
        attribute!(
            "office_phone",
            "dir-attributes-office-phone",
            "",
            office_phone
        ),
        attribute!(
            "mobile",
            "dir-attributes-mobile",
            "dir-attributes-mobile-hint",
            mobile
        ),
        attribute!(
            "alternate_email",
            "dir-attributes-alternate-email",
            "dir-attributes-alternate-email-hint",
            alternate_email
        ),
        Field {
            key: "membership.mode",
            label: "dir-membership-mode",
            hint: "dir-membership-mode-hint",
            kind: Kind::Radio(&[
                ("none", "dir-membership-mode-none"),
                ("member_of", "dir-membership-mode-member-of"),
                ("group_search", "dir-membership-mode-group-search"),
            ]),
            get: |l| {
                match l.membership {
                    None => "none",
                    Some(Membership::MemberOf { .. }) => "member_of",
                    Some(Membership::GroupSearch { .. }) => "group_search",
                }
                .into()
            },
            set: |l, v| {
                l.membership = match v {
                    "none" => None,
                    "member_of" => Some(Membership::MemberOf {
                        attribute: "memberOf".into(),
                    }),
                    "group_search" => Some(Membership::GroupSearch {
                        base_dn: String::new(),
                        filter: "(&(objectClass=groupOfNames)(cn={group})(member={dn}))".into(),
                    }),
                    _ => return Err(Text::new("problem-membership-mode")),
                };
                Ok(())
            },
        },
        Field {
            key: "membership.value",
            label: "dir-membership-value",
            hint: "dir-membership-value-hint",
            kind: Kind::Text,
            get: |l| match &l.membership {
                None => String::new(),
                Some(Membership::MemberOf { attribute }) => attribute.clone(),
                Some(Membership::GroupSearch { base_dn, .. }) => base_dn.clone(),
            },
            set: |l, v| {
                match &mut l.membership {
                    None => {}
                    Some(Membership::MemberOf { attribute }) => *attribute = v.trim().into(),
                    Some(Membership::GroupSearch { base_dn, .. }) => *base_dn = v.trim().into(),
                }
                Ok(())
            },
        },
        Field {
            key: "membership.filter",
            label: "dir-membership-filter",
            hint: "dir-membership-filter-hint",
            kind: Kind::Text,
            get: |l| match &l.membership {
                Some(Membership::GroupSearch { filter, .. }) => filter.clone(),
                _ => String::new(),
            },
            set: |l, v| {
                if let Some(Membership::GroupSearch { filter, .. }) = &mut l.membership {
                    *filter = v.trim().into();
                }
                Ok(())
            },
        },
        Field {
            key: TIMEOUT.key,
            label: "dir-timeout-secs",
            hint: "",
            kind: Kind::Number(TIMEOUT),
            get: |l| l.timeout_secs.to_string(),
            set: |l, v| {
                l.timeout_secs = count(v)?;
                Ok(())
            },
        },
        Field {
            key: "policy_dn",
            label: "dir-policy-dn",
            hint: "dir-policy-dn-hint",
            kind: Kind::Text,
            get: |l| l.policy_dn.clone().unwrap_or_default(),
            set: |l, v| {
                l.policy_dn = optional(v);
                Ok(())
            },
        },
        Field {
            key: "policy_hints",
            label: "dir-policy-hints",
            hint: "dir-policy-hints-hint",
            kind: Kind::Check,
            get: |l| check(l.policy_hints),
            set: |l, v| {
                l.policy_hints = v == "on";
                Ok(())
            },
        },
        Field {
            key: HISTORY.key,
            label: "dir-portal-history",
            hint: "dir-portal-history-hint",
            kind: Kind::Number(HISTORY),
            get: |l| l.portal_history.to_string(),
            set: |l, v| {
                l.portal_history = count(v)?;
                Ok(())
            },
        },
        Field {
            key: "insecure_plaintext",
            label: "dir-insecure-plaintext",
            hint: "dir-insecure-plaintext-hint",
            kind: Kind::Check,
            get: |l| check(l.insecure_plaintext),
            set: |l, v| {
                l.insecure_plaintext = v == "on";
                Ok(())
            },
        },
    ]
}

pub fn webhook() -> Vec<Field<WebhookSettings>> {
    vec![
        Field {
            key: "url",
            label: "dir-webhook-url",
            hint: "dir-webhook-url-hint",
            kind: Kind::Text,
            get: |w| w.url.clone(),
            set: |w, v| {
                w.url = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "secret",
            label: "dir-secret",
            hint: "dir-secret-hint",
            kind: Kind::Secret,
            get: |w| w.secret.expose().to_string(),
            set: |w, v| {
                w.secret = ConfigSecret::new(v);
                Ok(())
            },
        },
        Field {
            key: TIMEOUT.key,
            label: "dir-webhook-timeout-secs",
            hint: "",
            kind: Kind::Number(TIMEOUT),
            get: |w| w.timeout_secs.to_string(),
            set: |w, v| {
                w.timeout_secs = count(v)?;
                Ok(())
            },
        },
        Field {
            key: RETRY.key,
            label: "dir-retry-for-secs",
            hint: "dir-retry-for-secs-hint",
            kind: Kind::Number(RETRY),
            get: |w| w.retry_for_secs.to_string(),
            set: |w, v| {
                w.retry_for_secs = count(v)?;
                Ok(())
            },
        },
    ]
}
