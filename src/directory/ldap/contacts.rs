//! The contacts a directory entry holds for its user (office phone, mobile, alternate
//! mailbox), read with the tenant's default region for numbers without `+`; what can't be
//! read is kept for `directory test --user`, which says so instead of dropping it silently.

use super::LdapDirectory;
use crate::directory::{Check, CheckLine};
use crate::domain::contact::{Email, Phone};
use std::collections::HashMap;

/// What an entry's contact attributes gave.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct EntryContacts {
    pub office_phone: Option<String>,
    pub mobile: Option<String>,
    pub alternate_email: Option<String>,
    /// Values present but not usable: (attribute, value, why).
    pub unreadable: Vec<(String, String, String)>,
}

impl LdapDirectory {
    /// The entry's contacts; `attrs` has lower-cased names. Of several values, the first that
    /// reads is used.
    pub(super) fn contacts_of(&self, attrs: &HashMap<String, &Vec<String>>) -> EntryContacts {
        let a = &self.settings.attributes;
        let region = self.region.as_deref();
        let mut found = EntryContacts::default();
        let mut read = |name: &str, parse: &dyn Fn(&str) -> Result<String, String>| {
            let values = match attrs.get(&name.to_lowercase()) {
                Some(values) if !name.is_empty() => values,
                _ => return None,
            };
            let mut usable = None;
            for value in values.iter() {
                match parse(value) {
                    Ok(v) if usable.is_none() => usable = Some(v),
                    Ok(_) => {}
                    Err(why) => found
                        .unreadable
                        .push((name.to_string(), value.clone(), why)),
                }
            }
            usable
        };
        let phone = |v: &str| Phone::parse_in(v, region).map(|p| p.e164().to_string());
        let email = |v: &str| Email::parse(v).map(|e| e.as_str().to_string());
        let office_phone = read(&a.office_phone, &phone);
        let mobile = read(&a.mobile, &phone);
        let alternate_email = read(&a.alternate_email, &email);
        EntryContacts {
            office_phone,
            mobile,
            alternate_email,
            ..found
        }
    }
}

impl EntryContacts {
    /// The `directory test` line: what will be offered, and a note for each value that won't.
    pub(super) fn check_lines(&self, region: Option<&str>) -> Vec<CheckLine> {
        let offered: Vec<String> = [
            ("office phone", &self.office_phone),
            ("mobile", &self.mobile),
            ("alternate email", &self.alternate_email),
        ]
        .into_iter()
        .filter_map(|(what, v)| v.as_ref().map(|v| format!("{what} {v}")))
        .collect();
        let mut lines = vec![(
            "directory contacts".to_string(),
            Check::Passed(if offered.is_empty() {
                "none: the user registers their own".to_string()
            } else {
                offered.join(", ")
            }),
        )];
        for (attribute, value, why) in &self.unreadable {
            let region = match region {
                Some(r) if !value.trim().starts_with('+') => format!(" (read in {r})"),
                None if !value.trim().starts_with('+') => {
                    " (no default_region is set for numbers without +)".to_string()
                }
                _ => String::new(),
            };
            lines.push((
                format!("directory contact {attribute}"),
                Check::Note(format!(
                    "{value:?}{region} isn't usable, so it isn't offered: {why}"
                )),
            ));
        }
        lines
    }
}
