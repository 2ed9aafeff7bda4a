//! One handler pair for every policy page: the page shows each field with its meaning, value
//! and default; a save applies the page's fields to the policy as stored now, checks the whole
//! policy with the CLI's check, and either shows every problem next to its field (nothing
//! saved) or saves and audits a field-by-field before → after summary.

use super::Admin;
use super::fields::{Field, Kind};
use super::sections::{SECTIONS, Section, section_of};
use crate::domain::policy::Policy;
use crate::domain::policy_check::Problem;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::HashMap;

/// One choice of a radio or checkbox group.
struct OptionView {
    id: String,
    value: &'static str,
    label: &'static str,
    checked: bool,
}

/// A field as the template draws it.
struct FieldView {
    id: String,
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    /// `check`, `number`, `text`, `lines`, `radio` or `checks`.
    kind: &'static str,
    value: String,
    options: Vec<OptionView>,
    /// For numbers: the allowed range, as shown.
    range: String,
    default: String,
    error: Option<String>,
}

/// A problem in the summary atop the page, linked to its field when it is on this page.
struct SummaryLine {
    href: Option<String>,
    text: String,
}

#[derive(Template)]
#[template(path = "admin/section.html")]
struct SectionPage {
    page: PageCtx,
    slug: &'static str,
    title: &'static str,
    summary: &'static str,
    fields: Vec<FieldView>,
    problems: Vec<SummaryLine>,
}

fn field_id(key: &str) -> String {
    format!("f-{}", key.replace(['.', '_'], "-"))
}

fn view(field: &Field, value: String, error: Option<String>) -> FieldView {
    let id = field_id(field.key);
    let (kind, options, range) = match &field.kind {
        Kind::Check => ("check", &[][..], String::new()),
        Kind::Number(bounds) => ("number", &[][..], bounds.range()),
        Kind::Text => ("text", &[][..], String::new()),
        Kind::Lines => ("lines", &[][..], String::new()),
        Kind::Radio(options) => ("radio", *options, String::new()),
        Kind::Checks(options) => ("checks", *options, String::new()),
    };
    let chosen: Vec<&str> = value.split(',').collect();
    let options = options
        .iter()
        .map(|(v, label)| OptionView {
            id: format!("{id}-{}", v.replace('_', "-")),
            value: v,
            label,
            checked: if kind == "checks" {
                chosen.contains(v)
            } else {
                value == *v
            },
        })
        .collect();
    FieldView {
        id,
        name: field.key,
        label: field.label,
        hint: field.hint,
        kind,
        options,
        range,
        default: field.shown(&(field.get)(&Policy::default())),
        value,
        error,
    }
}

/// Draws a section with these values (as typed, after a refused save) and problems.
fn page(
    page: PageCtx,
    section: &'static Section,
    values: &HashMap<&'static str, String>,
    problems: &[Problem],
) -> SectionPage {
    let fields = (section.fields)();
    let mut summary = Vec::new();
    for p in problems {
        let here = fields.iter().any(|f| f.key == p.key);
        let text = match (here, section_of(p.key)) {
            (true, _) | (false, None) => p.message.clone(),
            (false, Some(other)) => format!("On the {} page: {}", other.title, p.message),
        };
        summary.push(SummaryLine {
            href: here.then(|| format!("#{}", field_id(p.key))),
            text,
        });
    }
    let views = fields
        .iter()
        .map(|f| {
            let error = problems
                .iter()
                .filter(|p| p.key == f.key)
                .map(|p| p.message.as_str())
                .collect::<Vec<_>>();
            let error = (!error.is_empty()).then(|| error.join(" "));
            view(f, values.get(f.key).cloned().unwrap_or_default(), error)
        })
        .collect();
    SectionPage {
        page,
        slug: section.slug,
        title: section.title,
        summary: section.summary,
        fields: views,
        problems: summary,
    }
}

/// GET /admin/policy/{section}.
pub async fn show(
    st: AppState,
    Admin { v, .. }: Admin,
    section: &'static Section,
) -> Result<Response, AppError> {
    let policy = &v.t.tenant.policy;
    let values = (section.fields)()
        .iter()
        .map(|f| (f.key, (f.get)(policy)))
        .collect();
    let response = render(StatusCode::OK, &page(v.page(&st), section, &values, &[]));
    v.finish(&st, response).await
}

/// The page's fields applied to `policy`: a field whose text is what the page showed is left
/// alone (so a value the page can't show exactly isn't rounded). Problems with the text itself
/// come back by field.
fn apply(
    fields: &[Field],
    policy: &mut Policy,
    typed: &HashMap<&'static str, String>,
) -> Vec<Problem> {
    let shown: Vec<String> = fields.iter().map(|f| (f.get)(policy)).collect();
    let mut problems = Vec::new();
    for (field, was) in fields.iter().zip(shown) {
        let text = typed.get(field.key).cloned().unwrap_or_default();
        if text == was {
            continue;
        }
        if let Err(message) = (field.set)(policy, &text) {
            problems.push(Problem {
                key: field.key,
                message,
            });
        }
    }
    problems
}

/// "Label: before → after" for each field that changed.
fn changes(fields: &[Field], before: &Policy, after: &Policy) -> Vec<String> {
    fields
        .iter()
        .filter_map(|f| {
            let (a, b) = ((f.get)(before), (f.get)(after));
            (a != b).then(|| format!("{}: {} → {}", f.label, f.shown(&a), f.shown(&b)))
        })
        .collect()
}

/// POST /admin/policy/{section}.
pub async fn save(
    st: AppState,
    Admin { mut v, admin }: Admin,
    section: &'static Section,
    form: Vec<(String, String)>,
) -> Result<Response, AppError> {
    let csrf = form
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str());
    if !v.csrf_ok(csrf.unwrap_or_default()) {
        return v.csrf_failed_to(&st, "/admin").await;
    }
    let Some(mut tenant) = st.store.tenant_fresh(&v.t.tenant.id).await? else {
        return Err(anyhow::anyhow!("the tenant is gone").into());
    };
    let fields = (section.fields)();
    let typed: HashMap<&'static str, String> =
        fields.iter().map(|f| (f.key, f.typed_in(&form))).collect();
    let before = tenant.policy.clone();
    let mut problems = apply(&fields, &mut tenant.policy, &typed);
    if problems.is_empty() {
        problems = tenant.policy.problems();
    }
    if !problems.is_empty() {
        let html = page(v.page(&st), section, &typed, &problems);
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &html);
        return v.finish(&st, response).await;
    }
    let changed = changes(&fields, &before, &tenant.policy);
    if changed.is_empty() {
        v.session.data.admin_flash =
            Some(format!("Nothing to save: {} is as it was.", section.title));
        return v.redirect(&st, "/admin").await;
    }
    st.store.update_tenant(&tenant).await?;
    let detail = format!("{}: {}", section.title, changed.join("; "));
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_policy_changed", "success", &detail)
        .await;
    v.session.data.admin_flash = Some(format!("Saved: {}.", section.title));
    v.redirect(&st, "/admin").await
}

/// The router's routes for every section.
pub fn routes(router: axum::Router<AppState>) -> axum::Router<AppState> {
    use axum::routing::get;
    SECTIONS.iter().fold(router, |router, section| {
        let path = format!("/admin/policy/{}", section.slug);
        router.route(
            &path,
            get(move |State(st): State<AppState>, admin: Admin| show(st, admin, section)).post(
                move |State(st): State<AppState>,
                      admin: Admin,
                      Form(form): Form<Vec<(String, String)>>| {
                    save(st, admin, section, form)
                },
            ),
        )
    })
}
