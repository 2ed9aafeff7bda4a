//! The fields of one directory target on the console's directory page: an LDAP or Active
//! Directory connection, or a webhook. The service account's password and the webhook secret
//! are `Secret` fields: never sent back to the browser, kept when left blank.

use super::fields::{Field, Kind, check, count};
use crate::directory::settings::{ConfigSecret, LdapSettings, Membership, WebhookSettings};
use crate::domain::policy_check::Bounds;

const TIMEOUT: Bounds = Bounds {
    key: "timeout_secs",
    min: 1,
    max: 60,
    scale: 1,
    unit: "seconds",
};
const RETRY: Bounds = Bounds {
    key: "retry_for_secs",
    min: 0,
    max: 60,
    scale: 1,
    unit: "seconds",
};
const HISTORY: Bounds = Bounds {
    key: "portal_history",
    min: 0,
    max: 24,
    scale: 1,
    unit: "passwords",
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
            label: "Server address",
            hint: "ldaps://dc1.example.com:636, or ldap://… with StartTLS below. Use the name the server's certificate holds.",
            kind: Kind::Text,
            get: |l| l.url.clone(),
            set: |l, v| {
                l.url = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "starttls",
            label: "Upgrade an ldap:// connection with StartTLS",
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
            label: "CA certificate file on the portal's server",
            hint: "A PEM file of the authority that signed the directory's certificate. Empty: the system's trusted authorities.",
            kind: Kind::Text,
            get: |l| l.ca_file.clone().unwrap_or_default(),
            set: |l, v| {
                l.ca_file = optional(v);
                Ok(())
            },
        },
        Field {
            key: "bind_dn",
            label: "Service account",
            hint: "The DN the portal signs in as to look users up and write passwords. Never the directory's root account: it bypasses the password policy.",
            kind: Kind::Text,
            get: |l| l.bind_dn.clone(),
            set: |l, v| {
                l.bind_dn = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "bind_password",
            label: "Service account's password",
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
            label: "Where users are searched",
            hint: "The DN of the subtree holding your users, like ou=people,dc=example,dc=com.",
            kind: Kind::Text,
            get: |l| l.base_dn.clone(),
            set: |l, v| {
                l.base_dn = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "user_filter",
            label: "Search filter",
            hint: "{user} stands for the user ID typed (escaped, so it can't change the filter).",
            kind: Kind::Text,
            get: |l| l.user_filter.clone(),
            set: |l, v| {
                l.user_filter = v.trim().to_string();
                Ok(())
            },
        },
        attribute!(
            "login",
            "Attribute: user ID",
            "uid on OpenLDAP, sAMAccountName on Active Directory.",
            login
        ),
        attribute!("display_name", "Attribute: display name", "", display_name),
        attribute!("given_name", "Attribute: given name", "", given_name),
        attribute!("surname", "Attribute: surname", "", surname),
        attribute!("mail", "Attribute: mail", "Where reset notices go.", mail),
        attribute!("office_phone", "Attribute: office phone", "", office_phone),
        attribute!(
            "mobile",
            "Attribute: mobile",
            "Offered for codes until the user registers their own. Empty: not read.",
            mobile
        ),
        attribute!(
            "alternate_email",
            "Attribute: alternate email",
            "otherMailbox on Active Directory. Empty: not read.",
            alternate_email
        ),
        Field {
            key: "membership.mode",
            label: "How group membership is read",
            hint: "For reset on for one group, and the admin group.",
            kind: Kind::Radio(&[
                ("none", "Not read (no group settings)"),
                (
                    "member_of",
                    "From an attribute of the user listing their groups (memberOf)",
                ),
                (
                    "group_search",
                    "By searching for the group with the user as a member",
                ),
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
                    _ => return Err("Choose one of the three.".into()),
                };
                Ok(())
            },
        },
        Field {
            key: "membership.value",
            label: "Membership attribute, or the groups' search base",
            hint: "memberOf for the attribute; for a search, the DN under which groups are, like ou=groups,dc=example,dc=com.",
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
            label: "Group search filter",
            hint: "For a search: {group} is the group's name and {dn} the user's DN, both escaped.",
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
            label: "Seconds to wait for the directory",
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
            label: "OpenLDAP password policy entry",
            hint: "Like cn=default,ou=policies,dc=example,dc=com: its minimum length is checked before anything is written. Empty: not read.",
            kind: Kind::Text,
            get: |l| l.policy_dn.clone().unwrap_or_default(),
            set: |l, v| {
                l.policy_dn = optional(v);
                Ok(())
            },
        },
        Field {
            key: "policy_hints",
            label: "Active Directory: apply password history to resets",
            hint: "Windows Server 2016 and later.",
            kind: Kind::Check,
            get: |l| check(l.policy_hints),
            set: |l, v| {
                l.policy_hints = v == "on";
                Ok(())
            },
        },
        Field {
            key: HISTORY.key,
            label: "Refuse the last passwords the portal set",
            hint: "For directories that don't apply their own history to resets. 0 is off.",
            kind: Kind::Number(HISTORY),
            get: |l| l.portal_history.to_string(),
            set: |l, v| {
                l.portal_history = count(v)?;
                Ok(())
            },
        },
        Field {
            key: "insecure_plaintext",
            label: "Allow a plain ldap:// connection to another server",
            hint: "Passwords then cross the network in clear. Only on a network you trust.",
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
            label: "Address",
            hint: "https://…, where each reset, change and unlock is posted as signed JSON (plain http:// only to this machine).",
            kind: Kind::Text,
            get: |w| w.url.clone(),
            set: |w, v| {
                w.url = v.trim().to_string();
                Ok(())
            },
        },
        Field {
            key: "secret",
            label: "Signing secret",
            hint: "16 characters or more, shared with your endpoint, which checks the X-Sspr-Signature header with it.",
            kind: Kind::Secret,
            get: |w| w.secret.expose().to_string(),
            set: |w, v| {
                w.secret = ConfigSecret::new(v);
                Ok(())
            },
        },
        Field {
            key: TIMEOUT.key,
            label: "Seconds to wait for each call",
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
            label: "Seconds to keep retrying a failed call",
            hint: "Before the user is asked to try again later.",
            kind: Kind::Number(RETRY),
            get: |w| w.retry_for_secs.to_string(),
            set: |w, v| {
                w.retry_for_secs = count(v)?;
                Ok(())
            },
        },
    ]
}
