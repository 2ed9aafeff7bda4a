//! Every check a policy must pass before it is saved, by the CLI or an admin page alike: each
//! problem names the policy field it is about (the dotted key of `sspr policy set`), so a page
//! can show it next to that field and the CLI can print it with its key.

use super::policy::{HelpdeskLink, Policy, ResetScope, distinct_contacts, parse_origin};
use crate::i18n::{Lang, Text};

/// One thing wrong with a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field's dotted key, e.g. `codes.ttl_secs`.
    pub key: &'static str,
    /// What to change, in plain words (a catalog message).
    pub message: Text,
}

/// The safe range of a number in the policy: what the admin pages offer and saving enforces.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub key: &'static str,
    pub min: i64,
    pub max: i64,
    /// Stored units per unit shown (60 for a lifetime stored in seconds, shown in minutes).
    pub scale: i64,
    /// The unit shown.
    pub unit: Unit,
}

/// What a number in the policy counts, for the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A plain count ("codes an hour").
    Count,
    Minutes,
    Attempts,
    Seconds,
    Hours,
    Days,
    Characters,
    Passwords,
}

impl Unit {
    /// The catalog messages for a range ("from 1 to 30 minutes"), a value ("15 minutes") and a
    /// value out of range ("Choose a value from 1 to 30 minutes.").
    fn keys(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Unit::Count => ("range", "", "problem-range"),
            Unit::Minutes => ("range-minutes", "amount-minutes", "problem-range-minutes"),
            Unit::Attempts => (
                "range-attempts",
                "amount-attempts",
                "problem-range-attempts",
            ),
            Unit::Seconds => ("range-seconds", "amount-seconds", "problem-range-seconds"),
            Unit::Hours => ("range-hours", "amount-hours", "problem-range-hours"),
            Unit::Days => ("range-days", "amount-days", "problem-range-days"),
            Unit::Characters => (
                "range-characters",
                "amount-characters",
                "problem-range-characters",
            ),
            Unit::Passwords => (
                "range-passwords",
                "amount-passwords",
                "problem-range-passwords",
            ),
        }
    }
}

const fn b(key: &'static str, min: i64, max: i64, scale: i64, unit: Unit) -> Bounds {
    Bounds {
        key,
        min,
        max,
        scale,
        unit,
    }
}

/// Code lifetime: 1 to 30 minutes.
pub const CODE_TTL_SECS: Bounds = b("codes.ttl_secs", 60, 30 * 60, 60, Unit::Minutes);
pub const CODE_ATTEMPTS: Bounds = b("codes.max_attempts", 1, 10, 1, Unit::Attempts);
pub const RESEND_COOLDOWN_SECS: Bounds =
    b("codes.resend_cooldown_secs", 0, 10 * 60, 1, Unit::Seconds);
pub const IDLE_MINUTES: Bounds = b("idle_minutes", 1, 24 * 60, 1, Unit::Minutes);
pub const SESSION_HOURS: Bounds = b("session_hours", 1, 7 * 24, 1, Unit::Hours);
pub const AUDIT_RETENTION_DAYS: Bounds = b("audit_retention_days", 7, 3650, 1, Unit::Days);
pub const RECONFIRM_DAYS: Bounds = b("reconfirm_days", 0, 3650, 1, Unit::Days);
pub const MIN_LENGTH: Bounds = b("password.min_length", 1, 256, 1, Unit::Characters);
pub const MAX_LENGTH: Bounds = b("password.max_length", 8, 1024, 1, Unit::Characters);

/// Every throttle with its range; a limit below 1 would lock everyone out.
pub const THROTTLES: [Bounds; 9] = [
    b("throttle.sends_per_user_per_hour", 1, 100, 1, Unit::Count),
    b(
        "throttle.attempts_per_user_per_hour",
        1,
        100,
        1,
        Unit::Count,
    ),
    b("throttle.block_hours", 1, 24 * 30, 1, Unit::Hours),
    b(
        "throttle.sends_per_destination_per_hour",
        1,
        100,
        1,
        Unit::Count,
    ),
    b("throttle.sends_per_ip_per_hour", 1, 100_000, 1, Unit::Count),
    b(
        "throttle.helpdesk_per_user_per_hour",
        1,
        100,
        1,
        Unit::Count,
    ),
    b(
        "throttle.helpdesk_per_ip_per_hour",
        1,
        100_000,
        1,
        Unit::Count,
    ),
    b(
        "throttle.sign_in_failures_per_user_per_hour",
        1,
        100,
        1,
        Unit::Count,
    ),
    b(
        "throttle.sign_in_failures_per_ip_per_hour",
        1,
        100_000,
        1,
        Unit::Count,
    ),
];

impl Bounds {
    /// The range as an admin reads it: "from 1 to 30 minutes".
    pub fn range(&self) -> Text {
        Text::new(self.unit.keys().0)
            .arg("min", self.min / self.scale)
            .arg("max", self.max / self.scale)
    }

    /// A value with its unit, as an admin reads it: "15 minutes".
    pub fn amount(&self, value: &str) -> Text {
        match value.trim().parse::<i64>() {
            Ok(n) if self.unit != Unit::Count => Text::new(self.unit.keys().1).arg("n", n),
            _ => Text::Verbatim(value.to_string()),
        }
    }

    pub fn contains(&self, value: i64) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// "Choose a value from … to …", in this range's unit.
    pub fn out_of_range(&self) -> Text {
        Text::new(self.unit.keys().2)
            .arg("min", self.min / self.scale)
            .arg("max", self.max / self.scale)
    }

    pub fn check(&self, value: i64, problems: &mut Vec<Problem>) {
        if !self.contains(value) {
            problems.push(Problem {
                key: self.key,
                message: self.out_of_range(),
            });
        }
    }
}

impl Policy {
    /// The throttle settings in the order of `THROTTLES`.
    pub fn throttle_values(&self) -> [i64; 9] {
        let t = &self.throttle;
        [
            t.sends_per_user_per_hour,
            t.attempts_per_user_per_hour,
            t.block_hours,
            t.sends_per_destination_per_hour,
            t.sends_per_ip_per_hour,
            t.helpdesk_per_user_per_hour,
            t.helpdesk_per_ip_per_hour,
            t.sign_in_failures_per_user_per_hour,
            t.sign_in_failures_per_ip_per_hour,
        ]
    }

    /// Everything wrong with the policy; empty when it can be saved.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut say = |key: &'static str, message: Text| out.push(Problem { key, message });
        if let ResetScope::Group(g) = &self.reset
            && g.trim().is_empty()
        {
            say("reset.group", Text::new("problem-reset-group"));
        }
        if self.methods.is_empty() {
            say("methods", Text::new("problem-no-method"));
        }
        if !(1..=2).contains(&self.gates) {
            say("gates", Text::new("problem-gates"));
        } else if !self.methods.is_empty()
            && usize::from(self.gates) > distinct_contacts(self.methods.iter().copied())
        {
            say("gates", Text::new("problem-two-gates-one-contact"));
        }
        if self
            .admin_group
            .as_deref()
            .is_some_and(|g| g.trim().is_empty())
        {
            say("admin_group", Text::new("problem-admin-group"));
        }
        if let Some(region) = &self.default_region
            && super::contact::region_id(region).is_err()
        {
            say(
                "default_region",
                Text::new("problem-default-region").arg("code", region.as_str()),
            );
        }
        for origin in &self.return_to_origins {
            if parse_origin(origin).is_err() {
                say(
                    "return_to_origins",
                    Text::new("problem-origin").arg("origin", origin.as_str()),
                );
            }
        }
        match &self.helpdesk {
            HelpdeskLink::Url(u) if !is_web_address(u) => {
                say("helpdesk.value", Text::new("problem-helpdesk-url"))
            }
            HelpdeskLink::Email(e) if super::contact::Email::parse(e).is_err() => {
                say("helpdesk.value", Text::new("problem-helpdesk-email"))
            }
            _ => {}
        }
        if let Some(c) = &self.branding.accent_color {
            match super::branding::white_text_contrast(c) {
                None => say("branding.accent_color", Text::new("problem-colour")),
                Some(ratio) if ratio < super::branding::AA_CONTRAST => say(
                    "branding.accent_color",
                    Text::new("problem-contrast")
                        .arg("colour", c.as_str())
                        .arg("ratio", format!("{ratio:.2}")),
                ),
                Some(_) => {}
            }
        }
        if let Some(problem) = self
            .branding
            .message
            .as_deref()
            .and_then(super::branding::message_problem)
        {
            say("branding.message", problem);
        }
        if self
            .branding
            .logo
            .as_deref()
            .is_some_and(|h| h.len() != 16 || !h.chars().all(|c| c.is_ascii_hexdigit()))
        {
            say("branding.logo", Text::new("problem-logo-again"));
        }
        if let Some(logo) = &self.branding.logo_url
            && !(logo.starts_with("https://") || logo.starts_with("/static/"))
        {
            say("branding.logo_url", Text::new("problem-logo-url"));
        }
        let mut numbers = vec![
            (CODE_TTL_SECS, self.codes.ttl_secs),
            (CODE_ATTEMPTS, self.codes.max_attempts),
            (RESEND_COOLDOWN_SECS, self.codes.resend_cooldown_secs),
            (IDLE_MINUTES, i64::from(self.idle_minutes)),
            (SESSION_HOURS, i64::from(self.session_hours)),
            (RECONFIRM_DAYS, i64::from(self.reconfirm_days)),
            (AUDIT_RETENTION_DAYS, i64::from(self.audit_retention_days)),
        ];
        numbers.extend(THROTTLES.into_iter().zip(self.throttle_values()));
        for (bounds, value) in numbers {
            bounds.check(value, &mut out);
        }
        out.extend(self.password.problems());
        out
    }

    /// The CLI's check: every problem with its key, or `Ok`.
    pub fn validate(&self) -> Result<(), String> {
        let problems = self.problems();
        if problems.is_empty() {
            return Ok(());
        }
        Err(problems
            .iter()
            .map(|p| format!("{}: {}", p.key, Lang::En.text(&p.message)))
            .collect::<Vec<_>>()
            .join("; "))
    }
}

/// An `https://` or `http://` URL with a host.
fn is_web_address(raw: &str) -> bool {
    reqwest::Url::parse(raw.trim())
        .is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host_str().is_some())
}

/// `#rrggbb`.
pub fn is_hex_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|h| h.is_ascii_hexdigit())
}
