//! Who can reset, and how they prove who they are.

use crate::domain::policy::{Method, Privacy, ResetScope};
use crate::i18n::Text;
use crate::web::admin::fields::{Field, Kind, check};

pub fn properties() -> Vec<Field> {
    vec![
        Field {
            key: "reset.mode",
            label: "field-reset-mode",
            hint: "field-reset-mode-hint",
            kind: Kind::Radio(&[
                ("all", "field-reset-mode-all"),
                ("group", "field-reset-mode-group"),
                ("off", "field-reset-mode-off"),
            ]),
            get: |p| {
                match p.reset {
                    ResetScope::All => "all",
                    ResetScope::Group(_) => "group",
                    ResetScope::Off => "off",
                }
                .into()
            },
            set: |p, v| {
                p.reset = match v {
                    "all" => ResetScope::All,
                    "off" => ResetScope::Off,
                    "group" => match &p.reset {
                        ResetScope::Group(g) => ResetScope::Group(g.clone()),
                        _ => ResetScope::Group(String::new()),
                    },
                    _ => return Err(Text::new("problem-reset-mode")),
                };
                Ok(())
            },
        },
        Field {
            key: "reset.group",
            label: "field-reset-group",
            hint: "field-reset-group-hint",
            kind: Kind::Text,
            get: |p| match &p.reset {
                ResetScope::Group(g) => g.clone(),
                _ => String::new(),
            },
            set: |p, v| {
                if let ResetScope::Group(g) = &mut p.reset {
                    *g = v.trim().to_string();
                }
                Ok(())
            },
        },
        Field {
            key: "allow_unlock",
            label: "field-allow-unlock",
            hint: "field-allow-unlock-hint",
            kind: Kind::Check,
            get: |p| check(p.allow_unlock),
            set: |p, v| {
                p.allow_unlock = v == "on";
                Ok(())
            },
        },
        Field {
            key: "privacy",
            label: "field-privacy",
            hint: "field-privacy-hint",
            kind: Kind::Radio(&[
                ("conceal", "field-privacy-conceal"),
                ("helpful", "field-privacy-helpful"),
            ]),
            get: |p| {
                match p.privacy {
                    Privacy::Conceal => "conceal",
                    Privacy::Helpful => "helpful",
                }
                .into()
            },
            set: |p, v| {
                p.privacy = match v {
                    "conceal" => Privacy::Conceal,
                    "helpful" => Privacy::Helpful,
                    _ => return Err(Text::new("problem-privacy")),
                };
                Ok(())
            },
        },
    ]
}

pub fn methods() -> Vec<Field> {
    vec![
        Field {
            key: "methods",
            label: "field-methods",
            hint: "field-methods-hint",
            kind: Kind::Checks(&[
                ("email", "field-methods-email"),
                ("sms", "field-methods-sms"),
                ("voice", "field-methods-voice"),
                ("office_voice", "field-methods-office-voice"),
            ]),
            get: |p| {
                p.methods
                    .iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            },
            set: |p, v| {
                p.methods = v
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| Method::parse(s).ok_or_else(|| Text::new("problem-unknown-method")))
                    .collect::<Result<_, _>>()?;
                Ok(())
            },
        },
        Field {
            key: "gates",
            label: "field-gates",
            hint: "field-gates-hint",
            kind: Kind::Radio(&[("1", "field-gates-1"), ("2", "field-gates-2")]),
            get: |p| p.gates.to_string(),
            set: |p, v| {
                p.gates = v.parse().map_err(|_| Text::new("problem-gates"))?;
                Ok(())
            },
        },
    ]
}

pub fn admins() -> Vec<Field> {
    vec![Field {
        key: "admin_group",
        label: "field-admin-group",
        hint: "field-admin-group-hint",
        kind: Kind::Text,
        get: |p| p.admin_group.clone().unwrap_or_default(),
        set: |p, v| {
            let v = v.trim();
            p.admin_group = (!v.is_empty()).then(|| v.to_string());
            Ok(())
        },
    }]
}
