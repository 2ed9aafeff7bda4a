//! Who can reset, and how they prove who they are.

use crate::domain::policy::{Method, Privacy, ResetScope};
use crate::web::admin::fields::{Field, Kind, check};

pub fn properties() -> Vec<Field> {
    vec![
        Field {
            key: "reset.mode",
            label: "Self-service password reset is on for",
            hint: "Users outside it are told to contact the helpdesk.",
            kind: Kind::Radio(&[
                ("all", "Everyone"),
                ("group", "Members of one directory group"),
                ("off", "Nobody (reset is off)"),
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
                    _ => return Err("Choose who may reset.".into()),
                };
                Ok(())
            },
        },
        Field {
            key: "reset.group",
            label: "The group",
            hint: "Its name in the directory (the embedded directory's group, or the LDAP group's cn). Used when reset is on for one group.",
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
            label: "Users may unlock their account",
            hint: "After a verification, a locked-out user can unlock the account without changing the password.",
            kind: Kind::Check,
            get: |p| check(p.allow_unlock),
            set: |p, v| {
                p.allow_unlock = v == "on";
                Ok(())
            },
        },
        Field {
            key: "privacy",
            label: "When someone types a user ID that doesn't exist or has nothing registered",
            hint: "Concealing is safer: nobody can use the portal to find out which user IDs exist.",
            kind: Kind::Radio(&[
                (
                    "conceal",
                    "Conceal: show the same pages as for a real user, and send nothing",
                ),
                (
                    "helpful",
                    "Helpful: say that the user ID isn't known or has nothing registered",
                ),
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
                    _ => return Err("Choose one of the two.".into()),
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
            label: "Methods users may choose from",
            hint: "A user sees only the methods they have a contact for.",
            kind: Kind::Checks(&[
                ("email", "A code by email to the user's alternate email"),
                ("sms", "A code by text message to the user's mobile"),
                (
                    "voice",
                    "A phone call to the user's mobile that reads the code",
                ),
                (
                    "office_voice",
                    "A phone call to the user's office phone (from the directory)",
                ),
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
                    .map(|s| {
                        Method::parse(s)
                            .ok_or_else(|| "That isn't a method the portal offers.".to_string())
                    })
                    .collect::<Result<_, _>>()?;
                Ok(())
            },
        },
        Field {
            key: "gates",
            label: "Verification steps in a reset",
            hint: "With two steps, the second uses a different contact from the first (a text and a call to the same mobile count as one contact).",
            kind: Kind::Radio(&[("1", "One step"), ("2", "Two steps")]),
            get: |p| p.gates.to_string(),
            set: |p, v| {
                p.gates = v
                    .parse()
                    .map_err(|_| "Choose one or two steps.".to_string())?;
                Ok(())
            },
        },
    ]
}

pub fn admins() -> Vec<Field> {
    vec![Field {
        key: "admin_group",
        label: "Admin group",
        hint: "The name of a group in your LDAP or Active Directory directory (its cn); its members can sign in here with their password and an authenticator app, and get the helpdesk requests. Users marked as admins in the embedded directory always can. Leave it empty to have no group.",
        kind: Kind::Text,
        get: |p| p.admin_group.clone().unwrap_or_default(),
        set: |p, v| {
            let v = v.trim();
            p.admin_group = (!v.is_empty()).then(|| v.to_string());
            Ok(())
        },
    }]
}
