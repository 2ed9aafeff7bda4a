//! The console's form fields: each one reads and writes one setting (of the policy, or of a
//! directory target) as form text, and says what it means. Pages are lists of fields, so the
//! form, its errors, the save and the audit's before → after summary (secrets masked) are
//! the same code for every page.

use crate::domain::policy::Policy;
use crate::domain::policy_check::{Bounds, Problem};
use crate::i18n::{Lang, Text};

/// What kind of input a field is.
pub enum Kind {
    /// A checkbox: `on` or empty.
    Check,
    /// A whole number in `bounds`, shown divided by the bounds' scale.
    Number(Bounds),
    /// One line of text.
    Text,
    /// One entry per line.
    Lines,
    /// One of these `(value, label)` choices (the label a catalog key).
    Radio(&'static [(&'static str, &'static str)]),
    /// One of the languages, each shown in its own name.
    Language,
    /// Any of these `(value, label)` choices, as a comma-separated list of values.
    Checks(&'static [(&'static str, &'static str)]),
    /// A password or shared secret: never sent to the browser; left blank, it is kept.
    Secret,
}

/// One setting on a page, of a `T` (the policy unless said otherwise).
pub struct Field<T = Policy> {
    /// The setting's dotted key (for the policy, as `sspr policy set` names it); also the
    /// form field's name, so a problem lands next to its field.
    pub key: &'static str,
    /// The catalog key of its label.
    pub label: &'static str,
    /// The catalog key of one line on what the setting does, or empty.
    pub hint: &'static str,
    pub kind: Kind,
    /// The value as form text.
    pub get: fn(&T) -> String,
    /// Writes form text into the settings; `Err` says what is wrong with the text.
    pub set: fn(&mut T, &str) -> Result<(), Text>,
}

/// The first value sent under `name` in a form, or empty.
pub fn form_value<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// A whole number typed into a field.
pub fn number(raw: &str) -> Result<i64, Text> {
    raw.trim()
        .parse::<i64>()
        .map_err(|_| Text::new("problem-whole-number"))
}

/// `number`, for a setting stored unsigned.
pub fn count<T: TryFrom<i64>>(raw: &str) -> Result<T, Text> {
    T::try_from(number(raw)?).map_err(|_| Text::new("problem-not-negative"))
}

/// A checkbox's text.
pub fn check(on: bool) -> String {
    if on { "on".into() } else { String::new() }
}

/// The entries of a one-per-line field, trimmed, blank lines dropped.
pub fn lines(raw: &str) -> Vec<String> {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

impl<T> Field<T> {
    /// The field's text from a submitted form: a checkbox is `on` when sent, a set of
    /// checkboxes is the list of those sent.
    pub fn typed_in(&self, form: &[(String, String)]) -> String {
        let mut sent = form.iter().filter(|(k, _)| k == self.key).map(|(_, v)| v);
        match self.kind {
            Kind::Check => check(sent.next().is_some()),
            Kind::Checks(options) => {
                let sent: Vec<&String> = sent.collect();
                options
                    .iter()
                    .filter(|(value, _)| sent.iter().any(|s| s == value))
                    .map(|(value, _)| *value)
                    .collect::<Vec<_>>()
                    .join(",")
            }
            _ => sent.next().cloned().unwrap_or_default(),
        }
    }

    /// The value as an admin reads it on a page, in `lang`: a choice by its label.
    pub fn shown(&self, lang: Lang, text: &str) -> String {
        self.read_as(lang, text, true)
    }

    /// The value as the audit log keeps it, in English: a choice by its value's words, which
    /// stay the same when a label is reworded.
    pub fn logged(&self, text: &str) -> String {
        self.read_as(Lang::En, text, false)
    }

    fn read_as(&self, lang: Lang, text: &str, labels: bool) -> String {
        let label_of = |options: &[(&str, &'static str)], v: &str| {
            options.iter().find(|(value, _)| *value == v).map_or_else(
                || v.to_string(),
                |(value, label)| {
                    if labels {
                        lang.t(label)
                    } else {
                        value.replace('_', " ")
                    }
                },
            )
        };
        match &self.kind {
            Kind::Check if text == "on" => lang.t("value-on"),
            Kind::Check => lang.t("value-off"),
            Kind::Number(b) => lang.text(&b.amount(text)),
            Kind::Radio(options) => label_of(options, text),
            Kind::Language if !labels => text.to_string(),
            Kind::Language => Lang::from_tag(text).map_or_else(|| text.to_string(), Lang::own_name),
            Kind::Checks(_) if text.is_empty() => lang.t("value-none"),
            Kind::Checks(options) => text
                .split(',')
                .map(|v| label_of(options, v))
                .collect::<Vec<_>>()
                .join(", "),
            Kind::Lines if lines(text).is_empty() => lang.t("value-none"),
            Kind::Lines => lines(text).join(", "),
            Kind::Secret if text.is_empty() => lang.t("value-not-set"),
            Kind::Secret => lang.t("value-set"),
            Kind::Text if text.trim().is_empty() => lang.t("value-none"),
            Kind::Text => text.to_string(),
        }
    }
}

/// The page's fields applied to `settings`: a field whose text is what the page showed is
/// left alone (so a value the page can't show exactly isn't rounded, and a blank secret keeps
/// the saved one). Problems with the text itself, or a number out of its range, come back by
/// field.
pub fn apply<T>(
    fields: &[Field<T>],
    settings: &mut T,
    typed: &std::collections::HashMap<&'static str, String>,
) -> Vec<Problem> {
    let shown: Vec<String> = fields.iter().map(|f| (f.get)(settings)).collect();
    let mut problems = Vec::new();
    for (field, was) in fields.iter().zip(shown) {
        let text = typed.get(field.key).cloned().unwrap_or_default();
        let unchanged = match field.kind {
            Kind::Secret => text.is_empty(),
            _ => text == was,
        };
        if unchanged {
            continue;
        }
        let out_of_range = match &field.kind {
            Kind::Number(b) => number(&text)
                .ok()
                .filter(|n| !b.contains(n.saturating_mul(b.scale)))
                .map(|_| b.out_of_range()),
            _ => None,
        };
        if let Some(message) = out_of_range.or_else(|| (field.set)(settings, &text).err()) {
            problems.push(Problem {
                key: field.key,
                message,
            });
        }
    }
    problems
}

/// "Label: before → after" for each field that changed; a secret only says it changed. Kept
/// in the audit log in English, whoever reads it later.
pub fn changes<T>(fields: &[Field<T>], before: &T, after: &T) -> Vec<String> {
    fields
        .iter()
        .filter_map(|f| {
            let (a, b) = ((f.get)(before), (f.get)(after));
            if a == b {
                return None;
            }
            let label = Lang::En.t(f.label);
            Some(match f.kind {
                Kind::Secret => format!("{label}: changed"),
                _ => format!("{label}: {} → {}", f.logged(&a), f.logged(&b)),
            })
        })
        .collect()
}
