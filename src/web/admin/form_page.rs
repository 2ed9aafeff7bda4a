//! A console settings page drawn from its fields: each field with its value, meaning, range
//! and default, every problem next to its field and in a summary atop the form, and, where a
//! change needs it, the admin's password again (step-up).

use super::fields::{Field, Kind};
use crate::domain::policy_check::Problem;
use crate::i18n::Lang;
use crate::web::pages::PageCtx;
use askama::Template;
use std::collections::HashMap;

/// The form key of the step-up password, for its problems.
pub const STEP_UP: &str = "current_password";

/// One choice of a radio or checkbox group.
pub struct OptionView {
    pub id: String,
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

/// A field as the template draws it.
pub struct FieldView {
    pub id: String,
    pub name: &'static str,
    pub label: String,
    pub hint: String,
    /// `check`, `number`, `text`, `lines`, `radio`, `checks` or `secret`.
    pub kind: &'static str,
    /// The value as form text (never a secret: for a secret, "set" or empty).
    pub value: String,
    pub options: Vec<OptionView>,
    /// For numbers: the allowed range, as shown.
    pub range: String,
    pub default: Option<String>,
    pub error: Option<String>,
}

/// A problem in the summary atop the page, linked to its field when it is on this page.
pub struct SummaryLine {
    pub href: Option<String>,
    pub text: String,
}

#[derive(Template)]
#[template(path = "admin/form.html")]
pub struct FormPage {
    pub page: PageCtx,
    pub title: String,
    pub summary: String,
    /// Where the form posts, inside the tenant (e.g. `/admin/policy/codes`).
    pub action: String,
    /// Where "back" goes, and its words.
    pub back: (String, String),
    pub fields: Vec<FieldView>,
    pub problems: Vec<SummaryLine>,
    /// Ask for the admin's password before saving.
    pub step_up: bool,
    pub step_up_error: Option<String>,
    /// The submit button's words.
    pub submit: String,
}

pub fn field_id(key: &str) -> String {
    format!("f-{}", key.replace(['.', '_'], "-"))
}

/// A field's view in `lang` with `value` as form text; `default` is the value of the default
/// settings.
pub fn view<T>(
    lang: Lang,
    field: &Field<T>,
    value: String,
    error: Option<String>,
    default: Option<&T>,
) -> FieldView {
    let id = field_id(field.key);
    let (kind, options, range) = match &field.kind {
        Kind::Check => ("check", Vec::new(), String::new()),
        Kind::Number(bounds) => ("number", Vec::new(), lang.text(&bounds.range())),
        Kind::Text => ("text", Vec::new(), String::new()),
        Kind::Lines => ("lines", Vec::new(), String::new()),
        Kind::Secret => ("secret", Vec::new(), String::new()),
        Kind::Radio(options) => ("radio", labelled(lang, options), String::new()),
        Kind::Language => ("radio", language_choices(), String::new()),
        Kind::Checks(options) => ("checks", labelled(lang, options), String::new()),
    };
    let chosen: Vec<&str> = value.split(',').collect();
    let options = options
        .into_iter()
        .map(|(v, label)| OptionView {
            id: format!("{id}-{}", v.replace('_', "-")),
            value: v,
            label,
            checked: if kind == "checks" {
                chosen.contains(&v)
            } else {
                value == *v
            },
        })
        .collect();
    // A secret's value never reaches the page: only whether one is set.
    let value = match field.kind {
        Kind::Secret if value.is_empty() => String::new(),
        Kind::Secret => "set".into(),
        _ => value,
    };
    FieldView {
        id,
        name: field.key,
        label: lang.t(field.label),
        hint: if field.hint.is_empty() {
            String::new()
        } else {
            lang.t(field.hint)
        },
        kind,
        options,
        range,
        default: default.map(|d| field.shown(lang, &(field.get)(d))),
        value,
        error,
    }
}

/// Choices with their labels in `lang`.
fn labelled(lang: Lang, options: &[(&'static str, &'static str)]) -> Vec<(&'static str, String)> {
    options.iter().map(|(v, key)| (*v, lang.t(key))).collect()
}

/// Every language, each in its own name.
fn language_choices() -> Vec<(&'static str, String)> {
    Lang::ALL.iter().map(|l| (l.tag(), l.own_name())).collect()
}

/// The views of `fields` with `values` (as stored, or as typed after a refused save) and
/// `problems` at their fields; problems of no field here go in the summary as `elsewhere` says.
pub fn views<T>(
    lang: Lang,
    fields: &[Field<T>],
    values: &HashMap<&'static str, String>,
    problems: &[Problem],
    default: Option<&T>,
    elsewhere: impl Fn(&Problem) -> String,
) -> (Vec<FieldView>, Vec<SummaryLine>) {
    let mut summary = Vec::new();
    for p in problems {
        let here = fields.iter().any(|f| f.key == p.key) || p.key == STEP_UP;
        summary.push(SummaryLine {
            href: here.then(|| format!("#{}", field_id(p.key))),
            text: if here {
                lang.text(&p.message)
            } else {
                elsewhere(p)
            },
        });
    }
    let views = fields
        .iter()
        .map(|f| {
            let error: Vec<String> = problems
                .iter()
                .filter(|p| p.key == f.key)
                .map(|p| lang.text(&p.message))
                .collect();
            let error = (!error.is_empty()).then(|| error.join(" "));
            let value = values.get(f.key).cloned().unwrap_or_default();
            view(lang, f, value, error, default)
        })
        .collect();
    (views, summary)
}

/// The step-up problem, if any, for the template.
pub fn step_up_error(lang: Lang, problems: &[Problem]) -> Option<String> {
    problems
        .iter()
        .find(|p| p.key == STEP_UP)
        .map(|p| lang.text(&p.message))
}
