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
            label: "field-password-min-length",
            hint: "field-password-min-length-hint",
            kind: Kind::Number(MIN_LENGTH),
            get: |p| p.password.min_length.to_string(),
            set: |p, v| {
                p.password.min_length = count(v)?;
                Ok(())
            },
        },
        Field {
            key: MAX_LENGTH.key,
            label: "field-password-max-length",
            hint: "field-password-max-length-hint",
            kind: Kind::Number(MAX_LENGTH),
            get: |p| p.password.max_length.to_string(),
            set: |p, v| {
                p.password.max_length = count(v)?;
                Ok(())
            },
        },
        class_field!(
            "require_lowercase",
            "field-password-require-lowercase",
            require_lowercase
        ),
        class_field!(
            "require_uppercase",
            "field-password-require-uppercase",
            require_uppercase
        ),
        class_field!(
            "require_digit",
            "field-password-require-digit",
            require_digit
        ),
        class_field!(
            "require_symbol",
            "field-password-require-symbol",
            require_symbol
        ),
        Field {
            key: "password.forbid_name_parts",
            label: "field-password-forbid-name-parts",
            hint: "field-password-forbid-name-parts-hint",
            kind: Kind::Check,
            get: |p| check(p.password.forbid_name_parts),
            set: |p, v| {
                p.password.forbid_name_parts = v == "on";
                Ok(())
            },
        },
        Field {
            key: "password.forbid_common",
            label: "field-password-forbid-common",
            hint: "field-password-forbid-common-hint",
            kind: Kind::Check,
            get: |p| check(p.password.forbid_common),
            set: |p, v| {
                p.password.forbid_common = v == "on";
                Ok(())
            },
        },
        Field {
            key: "password.banned_words",
            label: "field-password-banned-words",
            hint: "field-password-banned-words-hint",
            kind: Kind::Lines,
            get: |p| p.password.banned_words.join("\n"),
            set: |p, v| {
                p.password.banned_words = lines(v);
                Ok(())
            },
        },
    ]
}

/// Catalog keys of the throttles' labels and hints, in the order of `THROTTLES`.
const THROTTLE_LABELS: [(&str, &str); 9] = [
    (
        "field-throttle-sends-per-user",
        "field-throttle-sends-per-user-hint",
    ),
    (
        "field-throttle-attempts-per-user",
        "field-throttle-attempts-per-user-hint",
    ),
    (
        "field-throttle-block-hours",
        "field-throttle-block-hours-hint",
    ),
    (
        "field-throttle-sends-per-destination",
        "field-throttle-sends-per-destination-hint",
    ),
    (
        "field-throttle-sends-per-ip",
        "field-throttle-sends-per-ip-hint",
    ),
    ("field-throttle-helpdesk-per-user", ""),
    ("field-throttle-helpdesk-per-ip", ""),
    (
        "field-throttle-sign-in-failures-per-user",
        "field-throttle-sign-in-failures-per-user-hint",
    ),
    (
        "field-throttle-sign-in-failures-per-ip",
        "field-throttle-sign-in-failures-per-ip-hint",
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
            label: "field-codes-ttl",
            hint: "field-codes-ttl-hint",
            kind: Kind::Number(CODE_TTL_SECS),
            get: |p| (p.codes.ttl_secs / 60).to_string(),
            set: |p, v| {
                p.codes.ttl_secs = number(v)?.saturating_mul(60);
                Ok(())
            },
        },
        Field {
            key: CODE_ATTEMPTS.key,
            label: "field-codes-max-attempts",
            hint: "field-codes-max-attempts-hint",
            kind: Kind::Number(CODE_ATTEMPTS),
            get: |p| p.codes.max_attempts.to_string(),
            set: |p, v| {
                p.codes.max_attempts = number(v)?;
                Ok(())
            },
        },
        Field {
            key: RESEND_COOLDOWN_SECS.key,
            label: "field-codes-resend-cooldown",
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
