//! The console's policy pages, grouped the way admins think about the policy (after Entra's
//! password reset blade): each section is a title, a line on what it covers, and its fields.

mod access;
mod registration;
mod rules;

use super::fields::Field;

/// One policy page.
pub struct Section {
    /// Its URL under `/admin/policy/`.
    pub slug: &'static str,
    /// The catalog key of its title.
    pub title: &'static str,
    /// The catalog key of one line on the console home and atop the page.
    pub summary: &'static str,
    pub fields: fn() -> Vec<Field>,
    /// A change here needs the admin's password again.
    pub step_up: bool,
}

/// Every policy page, in the console's order.
pub const SECTIONS: [Section; 10] = [
    Section {
        slug: "properties",
        title: "section-properties",
        summary: "section-properties-about",
        fields: access::properties,
        step_up: false,
    },
    Section {
        slug: "methods",
        title: "section-methods",
        summary: "section-methods-about",
        fields: access::methods,
        step_up: false,
    },
    Section {
        slug: "registration",
        title: "section-registration",
        summary: "section-registration-about",
        fields: registration::registration,
        step_up: false,
    },
    Section {
        slug: "notifications",
        title: "section-notifications",
        summary: "section-notifications-about",
        fields: registration::notifications,
        step_up: false,
    },
    Section {
        slug: "helpdesk",
        title: "section-helpdesk",
        summary: "section-helpdesk-about",
        fields: registration::helpdesk,
        step_up: false,
    },
    Section {
        slug: "language",
        title: "section-language",
        summary: "section-language-about",
        fields: registration::language,
        step_up: false,
    },
    Section {
        slug: "password",
        title: "section-password",
        summary: "section-password-about",
        fields: rules::password,
        step_up: false,
    },
    Section {
        slug: "codes",
        title: "section-codes",
        summary: "section-codes-about",
        fields: rules::codes,
        step_up: false,
    },
    Section {
        slug: "audit",
        title: "section-audit",
        summary: "section-audit-about",
        fields: registration::audit,
        step_up: false,
    },
    Section {
        slug: "admins",
        title: "section-admins",
        summary: "section-admins-about",
        fields: access::admins,
        step_up: true,
    },
];

/// The section holding the policy field `key`, for a problem shown on another page.
pub fn section_of(key: &str) -> Option<&'static Section> {
    SECTIONS
        .iter()
        .find(|s| (s.fields)().iter().any(|f| f.key == key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::Policy;

    /// Every field reads back what it writes, so saving an unchanged page changes nothing.
    #[test]
    fn every_field_round_trips_the_default_policy() {
        let policy = Policy::default();
        for section in &SECTIONS {
            for field in (section.fields)() {
                let mut p = policy.clone();
                let text = (field.get)(&p);
                (field.set)(&mut p, &text).unwrap_or_else(|e| panic!("{}: {e:?}", field.key));
                assert_eq!(p, policy, "{}", field.key);
            }
        }
    }

    /// Each throttle field writes the throttle its bounds name.
    #[test]
    fn throttle_fields_write_their_own_setting() {
        let section = SECTIONS.iter().find(|s| s.slug == "codes").unwrap();
        let codes = (section.fields)();
        for (i, bounds) in crate::domain::policy_check::THROTTLES.iter().enumerate() {
            let field = codes.iter().find(|f| f.key == bounds.key).unwrap();
            let mut p = Policy::default();
            (field.set)(&mut p, "77").unwrap();
            assert_eq!(p.throttle_values()[i], 77, "{}", bounds.key);
            assert_eq!((field.get)(&p), "77");
        }
    }

    /// Every problem the policy check can report lands on a field of some page.
    #[test]
    fn every_checked_key_has_a_field() {
        let keys = [
            "reset.group",
            "methods",
            "gates",
            "default_region",
            "return_to_origins",
            "helpdesk.value",
            "codes.ttl_secs",
            "codes.max_attempts",
            "codes.resend_cooldown_secs",
            "idle_minutes",
            "session_hours",
            "reconfirm_days",
            "password.min_length",
            "password.max_length",
            "password.banned_words",
            "admin_group",
            "audit_retention_days",
        ];
        let throttles = crate::domain::policy_check::THROTTLES.map(|b| b.key);
        for key in keys.iter().chain(throttles.iter()) {
            assert!(section_of(key).is_some(), "{key} has no field");
        }
    }
}
