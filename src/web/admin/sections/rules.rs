//! Password rules, and the codes and throttles that guard every flow.

use crate::domain::policy::Policy;
use crate::domain::policy_check::{
    CODE_ATTEMPTS, CODE_TTL_SECS, MAX_LENGTH, MIN_LENGTH, RESEND_COOLDOWN_SECS, THROTTLES,
};
use crate::web::admin::fields::{Field, Kind, check, count, lines, number};

/// A "must contain" checkbox.
macro_rules! class_field {
    ($key:literal, $label:literal, $field:ident) => {
        Field {
            key: concat!("password.", $key),
            label: $label,
            hint: "",
            kind: Kind::Check,
            get: |p| check(p.password.$field),
            set: |p, v| {
                p.password.$field = v == "on";
                Ok(())
            },
        }
    };
}

pub fn password() -> Vec<Field> {
    vec![
        Field {
            key: MIN_LENGTH.key,
            label: "Shortest password",
            hint: "Your directory may ask for more; its own rules are checked when the password is written.",
            kind: Kind::Number(MIN_LENGTH),
            get: |p| p.password.min_length.to_string(),
            set: |p, v| {
                p.password.min_length = count(v)?;
                Ok(())
            },
        },
        Field {
            key: MAX_LENGTH.key,
            label: "Longest password",
            hint: "Long passphrases are good; this only bounds the work of checking them.",
            kind: Kind::Number(MAX_LENGTH),
            get: |p| p.password.max_length.to_string(),
            set: |p, v| {
                p.password.max_length = count(v)?;
                Ok(())
            },
        },
        class_field!(
            "require_lowercase",
            "Must contain a lower-case letter",
            require_lowercase
        ),
        class_field!(
            "require_uppercase",
            "Must contain an upper-case letter",
            require_uppercase
        ),
        class_field!("require_digit", "Must contain a digit", require_digit),
        class_field!(
            "require_symbol",
            "Must contain a symbol such as ! or #",
            require_symbol
        ),
        Field {
            key: "password.forbid_name_parts",
            label: "Refuse passwords containing the user's name or user ID",
            hint: "Any part of three letters or more.",
            kind: Kind::Check,
            get: |p| check(p.password.forbid_name_parts),
            set: |p, v| {
                p.password.forbid_name_parts = v == "on";
                Ok(())
            },
        },
        Field {
            key: "password.forbid_common",
            label: "Refuse common passwords",
            hint: "The 19,640 most common passwords, compared after undoing look-alike substitutions (P@ssw0rd is password).",
            kind: Kind::Check,
            get: |p| check(p.password.forbid_common),
            set: |p, v| {
                p.password.forbid_common = v == "on";
                Ok(())
            },
        },
        Field {
            key: "password.banned_words",
            label: "Banned words",
            hint: "One per line, 3 characters or more: your organisation's name, products, city. Refused anywhere in a password, with the same look-alike rule.",
            kind: Kind::Lines,
            get: |p| p.password.banned_words.join("\n"),
            set: |p, v| {
                p.password.banned_words = lines(v);
                Ok(())
            },
        },
    ]
}

/// Labels of the throttles, in the order of `THROTTLES`.
const THROTTLE_LABELS: [(&str, &str); 9] = [
    (
        "Codes sent to one user an hour",
        "Beyond it, the user waits; a sign someone is trying to flood them.",
    ),
    (
        "Wrong codes one user may type an hour",
        "Beyond it, the user is blocked from resetting for the hours below.",
    ),
    ("Hours a user stays blocked", "After too many wrong codes."),
    (
        "Codes sent to one phone number or email an hour",
        "Whoever asks for them.",
    ),
    (
        "Codes sent for requests from one network address an hour",
        "Keep it high if many users share an address (a company network).",
    ),
    ("Helpdesk requests one user may send an hour", ""),
    ("Helpdesk requests from one network address an hour", ""),
    (
        "Failed registration sign-ins per user ID an hour",
        "Beyond it, signing in with that user ID waits an hour.",
    ),
    (
        "Failed registration sign-ins from one network address an hour",
        "Whatever user IDs are typed.",
    ),
];

/// Reads and writes throttle `i` (fn pointers can't capture, so one pair per index).
macro_rules! throttle_field {
    ($i:literal, $field:ident) => {
        Field {
            key: THROTTLES[$i].key,
            label: THROTTLE_LABELS[$i].0,
            hint: THROTTLE_LABELS[$i].1,
            kind: Kind::Number(THROTTLES[$i]),
            get: |p: &Policy| p.throttle.$field.to_string(),
            set: |p, v| {
                p.throttle.$field = number(v)?;
                Ok(())
            },
        }
    };
}

pub fn codes() -> Vec<Field> {
    vec![
        Field {
            key: CODE_TTL_SECS.key,
            label: "Minutes a code stays valid",
            hint: "Codes are 8 digits and work once.",
            kind: Kind::Number(CODE_TTL_SECS),
            get: |p| (p.codes.ttl_secs / 60).to_string(),
            set: |p, v| {
                p.codes.ttl_secs = number(v)?.saturating_mul(60);
                Ok(())
            },
        },
        Field {
            key: CODE_ATTEMPTS.key,
            label: "Tries for each code",
            hint: "After that the code stops working and the user asks for a new one.",
            kind: Kind::Number(CODE_ATTEMPTS),
            get: |p| p.codes.max_attempts.to_string(),
            set: |p, v| {
                p.codes.max_attempts = number(v)?;
                Ok(())
            },
        },
        Field {
            key: RESEND_COOLDOWN_SECS.key,
            label: "Seconds before a code can be sent again",
            hint: "",
            kind: Kind::Number(RESEND_COOLDOWN_SECS),
            get: |p| p.codes.resend_cooldown_secs.to_string(),
            set: |p, v| {
                p.codes.resend_cooldown_secs = number(v)?;
                Ok(())
            },
        },
        throttle_field!(0, sends_per_user_per_hour),
        throttle_field!(1, attempts_per_user_per_hour),
        throttle_field!(2, block_hours),
        throttle_field!(3, sends_per_destination_per_hour),
        throttle_field!(4, sends_per_ip_per_hour),
        throttle_field!(5, helpdesk_per_user_per_hour),
        throttle_field!(6, helpdesk_per_ip_per_hour),
        throttle_field!(7, sign_in_failures_per_user_per_hour),
        throttle_field!(8, sign_in_failures_per_ip_per_hour),
    ]
}
