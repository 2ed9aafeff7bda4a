//! Registration, notifications, the helpdesk link and how long the audit log keeps events.

use crate::domain::policy::HelpdeskLink;
use crate::domain::policy_check::{
    AUDIT_RETENTION_DAYS, IDLE_MINUTES, RECONFIRM_DAYS, SESSION_HOURS,
};
use crate::web::admin::fields::{Field, Kind, check, count, lines};

pub fn registration() -> Vec<Field> {
    vec![
        Field {
            key: "require_registration",
            label: "Ask users to register when they sign in",
            hint: "Users who can reset but haven't registered enough contacts are asked to, at sign-in to the registration portal.",
            kind: Kind::Check,
            get: |p| check(p.require_registration),
            set: |p, v| {
                p.require_registration = v == "on";
                Ok(())
            },
        },
        Field {
            key: "allow_skip_registration",
            label: "Let users skip registration for now",
            hint: "They are asked again at their next sign-in.",
            kind: Kind::Check,
            get: |p| check(p.allow_skip_registration),
            set: |p, v| {
                p.allow_skip_registration = v == "on";
                Ok(())
            },
        },
        Field {
            key: "reconfirm_days",
            label: "Days before users re-confirm their contacts",
            hint: "At sign-in after this many days, users check their contacts are still theirs. 0 means never.",
            kind: Kind::Number(RECONFIRM_DAYS),
            get: |p| p.reconfirm_days.to_string(),
            set: |p, v| {
                p.reconfirm_days = count(v)?;
                Ok(())
            },
        },
        Field {
            key: "return_to_origins",
            label: "Sites that may send users to registration and get them back",
            hint: "One origin per line, like https://apps.example.com. After registering, users return to the page that sent them if it is on one of these sites.",
            kind: Kind::Lines,
            get: |p| p.return_to_origins.join("\n"),
            set: |p, v| {
                p.return_to_origins = lines(v);
                Ok(())
            },
        },
        Field {
            key: "default_region",
            label: "Country of phone numbers written without a country code",
            hint: "A two-letter code like US or DE, for mobile numbers your directory holds without +. Leave it empty if they all start with +.",
            kind: Kind::Text,
            get: |p| p.default_region.clone().unwrap_or_default(),
            set: |p, v| {
                let v = v.trim().to_ascii_uppercase();
                p.default_region = (!v.is_empty()).then_some(v);
                Ok(())
            },
        },
        Field {
            key: "idle_minutes",
            label: "Registration portal: minutes before an idle sign-in ends",
            hint: "A signed-in user who does nothing for this long is signed out.",
            kind: Kind::Number(IDLE_MINUTES),
            get: |p| p.idle_minutes.to_string(),
            set: |p, v| {
                p.idle_minutes = count(v)?;
                Ok(())
            },
        },
        Field {
            key: "session_hours",
            label: "Registration portal: hours before any sign-in ends",
            hint: "However active the user is.",
            kind: Kind::Number(SESSION_HOURS),
            get: |p| p.session_hours.to_string(),
            set: |p, v| {
                p.session_hours = count(v)?;
                Ok(())
            },
        },
    ]
}

pub fn notifications() -> Vec<Field> {
    vec![
        Field {
            key: "notify_user_on_reset",
            label: "Tell users when their password is reset",
            hint: "An email to the user's directory mail and alternate email, so someone who didn't ask knows at once.",
            kind: Kind::Check,
            get: |p| check(p.notify_user_on_reset),
            set: |p, v| {
                p.notify_user_on_reset = v == "on";
                Ok(())
            },
        },
        Field {
            key: "notify_admins_on_admin_reset",
            label: "Tell every admin when an admin resets their password",
            hint: "An admin account taken over through a reset is the costliest kind; the other admins hear of it at once.",
            kind: Kind::Check,
            get: |p| check(p.notify_admins_on_admin_reset),
            set: |p, v| {
                p.notify_admins_on_admin_reset = v == "on";
                Ok(())
            },
        },
    ]
}

pub fn helpdesk() -> Vec<Field> {
    vec![
        Field {
            key: "helpdesk.kind",
            label: "The \"Need help?\" link",
            hint: "Shown on every page and with every error, next to the tracking ID.",
            kind: Kind::Radio(&[
                (
                    "contact_admins",
                    "A form that emails the admins the user ID, what went wrong and the tracking ID",
                ),
                ("url", "Your helpdesk's web page"),
                ("email", "An email to your helpdesk's address"),
            ]),
            get: |p| {
                match p.helpdesk {
                    HelpdeskLink::ContactAdmins => "contact_admins",
                    HelpdeskLink::Url(_) => "url",
                    HelpdeskLink::Email(_) => "email",
                }
                .into()
            },
            set: |p, v| {
                let value = match &p.helpdesk {
                    HelpdeskLink::Url(s) | HelpdeskLink::Email(s) => s.clone(),
                    HelpdeskLink::ContactAdmins => String::new(),
                };
                p.helpdesk = match v {
                    "contact_admins" => HelpdeskLink::ContactAdmins,
                    "url" => HelpdeskLink::Url(value),
                    "email" => HelpdeskLink::Email(value),
                    _ => return Err("Choose one of the three.".into()),
                };
                Ok(())
            },
        },
        Field {
            key: "helpdesk.value",
            label: "The helpdesk's web page or email address",
            hint: "Like https://help.example.com or helpdesk@example.com; not used by the form.",
            kind: Kind::Text,
            get: |p| match &p.helpdesk {
                HelpdeskLink::Url(s) | HelpdeskLink::Email(s) => s.clone(),
                HelpdeskLink::ContactAdmins => String::new(),
            },
            set: |p, v| {
                if let HelpdeskLink::Url(s) | HelpdeskLink::Email(s) = &mut p.helpdesk {
                    *s = v.trim().to_string();
                }
                Ok(())
            },
        },
    ]
}

pub fn audit() -> Vec<Field> {
    vec![Field {
        key: "audit_retention_days",
        label: "Days the audit log keeps an event",
        hint: "Older events are deleted by the clean-up that runs every 10 minutes. Export what you must keep longer first.",
        kind: Kind::Number(AUDIT_RETENTION_DAYS),
        get: |p| p.audit_retention_days.to_string(),
        set: |p, v| {
            p.audit_retention_days = count(v)?;
            Ok(())
        },
    }]
}

pub fn language() -> Vec<Field> {
    vec![Field {
        key: "default_language",
        label: "Default language",
        hint: "Used when neither the user's choice nor their browser names a language the portal speaks; also the language of emails to admins.",
        kind: Kind::Radio(crate::i18n::choices()),
        get: |p| p.default_language.tag().to_string(),
        set: |p, v| {
            p.default_language =
                crate::i18n::Lang::from_tag(v).ok_or("Choose one of the languages listed.")?;
            Ok(())
        },
    }]
}
