//! Registration, notifications, the helpdesk link and how long the audit log keeps events.

use crate::domain::policy::HelpdeskLink;
use crate::domain::policy_check::{
    AUDIT_RETENTION_DAYS, IDLE_MINUTES, RECONFIRM_DAYS, SESSION_HOURS,
};
use crate::i18n::{Lang, Text};
use crate::web::admin::fields::{Field, Kind, check, count, lines};

pub fn registration() -> Vec<Field> {
    vec![
        Field {
            key: "require_registration",
            label: "field-require-registration",
            hint: "field-require-registration-hint",
            kind: Kind::Check,
            get: |p| check(p.require_registration),
            set: |p, v| {
                p.require_registration = v == "on";
                Ok(())
            },
        },
        Field {
            key: "allow_skip_registration",
            label: "field-allow-skip-registration",
            hint: "field-allow-skip-registration-hint",
            kind: Kind::Check,
            get: |p| check(p.allow_skip_registration),
            set: |p, v| {
                p.allow_skip_registration = v == "on";
                Ok(())
            },
        },
        Field {
            key: "reconfirm_days",
            label: "field-reconfirm-days",
            hint: "field-reconfirm-days-hint",
            kind: Kind::Number(RECONFIRM_DAYS),
            get: |p| p.reconfirm_days.to_string(),
            set: |p, v| {
                p.reconfirm_days = count(v)?;
                Ok(())
            },
        },
        Field {
            key: "return_to_origins",
            label: "field-return-to-origins",
            hint: "field-return-to-origins-hint",
            kind: Kind::Lines,
            get: |p| p.return_to_origins.join("\n"),
            set: |p, v| {
                p.return_to_origins = lines(v);
                Ok(())
            },
        },
        Field {
            key: "default_region",
            label: "field-default-region",
            hint: "field-default-region-hint",
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
            label: "field-idle-minutes",
            hint: "field-idle-minutes-hint",
            kind: Kind::Number(IDLE_MINUTES),
            get: |p| p.idle_minutes.to_string(),
            set: |p, v| {
                p.idle_minutes = count(v)?;
                Ok(())
            },
        },
        Field {
            key: "session_hours",
            label: "field-session-hours",
            hint: "field-session-hours-hint",
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
            label: "field-notify-user-on-reset",
            hint: "field-notify-user-on-reset-hint",
            kind: Kind::Check,
            get: |p| check(p.notify_user_on_reset),
            set: |p, v| {
                p.notify_user_on_reset = v == "on";
                Ok(())
            },
        },
        Field {
            key: "notify_admins_on_admin_reset",
            label: "field-notify-admins-on-admin-reset",
            hint: "field-notify-admins-on-admin-reset-hint",
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
            label: "field-helpdesk-kind",
            hint: "field-helpdesk-kind-hint",
            kind: Kind::Radio(&[
                ("contact_admins", "field-helpdesk-kind-contact-admins"),
                ("url", "field-helpdesk-kind-url"),
                ("email", "field-helpdesk-kind-email"),
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
                    _ => return Err(Text::new("problem-helpdesk-kind")),
                };
                Ok(())
            },
        },
        Field {
            key: "helpdesk.value",
            label: "field-helpdesk-value",
            hint: "field-helpdesk-value-hint",
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
        label: "field-audit-retention-days",
        hint: "field-audit-retention-days-hint",
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
        label: "field-default-language",
        hint: "field-default-language-hint",
        kind: Kind::Language,
        get: |p| p.default_language.tag().to_string(),
        set: |p, v| {
            p.default_language = Lang::from_tag(v).ok_or_else(|| Text::new("problem-language"))?;
            Ok(())
        },
    }]
}
