//! The console's audit log (`/admin/audit`): filtered by activity, outcome, user, tracking ID
//! and dates, 50 rows a page by keyset, and the same rows as CSV, streamed a chunk at a time
//! so an export of any size holds only one chunk in memory.

use super::Admin;
use crate::domain::activities::{self, ACTIVITIES};
use crate::error::AppError;
use crate::flows::helpdesk::well_formed;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::Store;
use crate::store::audit::AuditRow;
use crate::store::audit_query::{AuditCursor, AuditFilter};
use crate::web::pages::{PageCtx, render};
use askama::Template;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// Rows on one page.
const PAGE_ROWS: i64 = 50;
/// Rows read per query while exporting.
const EXPORT_CHUNK: i64 = 1000;

/// The filter as the form sends it.
#[derive(Deserialize, Default, Clone)]
pub struct FilterForm {
    #[serde(default)]
    pub activity: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub tracking: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// The page starts after this row (`AuditCursor::encode`).
    #[serde(default)]
    pub after: String,
}

/// A filter that can't be used: its field and what to say (a catalog key).
pub struct Problem {
    pub field: &'static str,
    pub message: &'static str,
}

/// `2026-12-01` as unix seconds at the start of that day (UTC).
fn day_start(s: &str) -> Option<i64> {
    let mut parts = s.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    let month = time::Month::try_from(month).ok()?;
    let date = time::Date::from_calendar_date(year, month, day).ok()?;
    Some(date.midnight().assume_utc().unix_timestamp())
}

impl FilterForm {
    /// The store's filter, or what is wrong with the form.
    pub fn filter(&self) -> (AuditFilter, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut filter = AuditFilter::default();
        if !self.activity.is_empty() {
            match activities::named(&self.activity) {
                Some(a) => filter.codes = a.codes.iter().map(|c| c.to_string()).collect(),
                None => problems.push(Problem {
                    field: "activity",
                    message: "audit-filter-activity",
                }),
            }
        }
        match self.outcome.as_str() {
            "" => {}
            "success" | "failure" => filter.outcome = Some(self.outcome.clone()),
            _ => problems.push(Problem {
                field: "outcome",
                message: "audit-filter-outcome",
            }),
        }
        let user = self.user.trim();
        if !user.is_empty() {
            filter.login = Some(user.chars().take(256).collect());
        }
        let tracking = self.tracking.trim().to_ascii_uppercase();
        if !tracking.is_empty() {
            if well_formed(&tracking) {
                filter.tracking_id = Some(tracking);
            } else {
                problems.push(Problem {
                    field: "tracking",
                    message: "audit-filter-tracking",
                });
            }
        }
        for (field, typed, end) in [("from", &self.from, false), ("to", &self.to, true)] {
            let typed = typed.trim();
            if typed.is_empty() {
                continue;
            }
            match day_start(typed) {
                Some(start) if end => filter.until = Some(start + 86_400),
                Some(start) => filter.from = Some(start),
                None => problems.push(Problem {
                    field,
                    message: "audit-filter-date",
                }),
            }
        }
        (filter, problems)
    }

    /// This filter as a query string, with `after` for a page link.
    fn query(&self, after: Option<&str>) -> String {
        let mut pairs = vec![
            ("activity", self.activity.as_str()),
            ("outcome", self.outcome.as_str()),
            ("user", self.user.as_str()),
            ("tracking", self.tracking.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
        ];
        pairs.retain(|(_, v)| !v.is_empty());
        if let Some(after) = after {
            pairs.push(("after", after));
        }
        serde_urlencoded_pairs(&pairs)
    }
}

fn serde_urlencoded_pairs(pairs: &[(&str, &str)]) -> String {
    reqwest::Url::parse_with_params("http://x/", pairs)
        .ok()
        .and_then(|u| u.query().map(str::to_string))
        .unwrap_or_default()
}

struct RowView {
    at: String,
    activity: String,
    step: String,
    outcome: String,
    login: String,
    tracking_id: String,
    detail: String,
    client_ip: String,
}

impl RowView {
    fn new(lang: Lang, r: &AuditRow) -> Self {
        RowView {
            at: crate::clock::format_utc(r.at),
            activity: activities::label_of(lang, &r.activity),
            step: r.activity.clone(),
            outcome: outcome_label(lang, &r.outcome),
            login: r.login.clone(),
            tracking_id: r.tracking_id.clone(),
            detail: r.detail.clone(),
            client_ip: r.client_ip.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    page: PageCtx,
    form: FilterForm,
    /// Each activity's name (the filter's value) and its label.
    names: Vec<(&'static str, String)>,
    problems: Vec<Problem>,
    rows: Vec<RowView>,
    /// The query string of the next (older) page, if there is one.
    older: Option<String>,
    /// The query string of the first page, when this isn't it.
    newest: Option<String>,
    export: String,
    retention_days: u32,
}

impl AuditPage {
    fn error(&self, field: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| self.page.t(p.message))
    }
}

/// GET /admin/audit?activity=…&outcome=…&user=…&tracking=…&from=…&to=…&after=…
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(form): Query<FilterForm>,
) -> Result<Response, AppError> {
    let (filter, mut problems) = form.filter();
    let after = match form.after.as_str() {
        "" => None,
        s => match AuditCursor::decode(s) {
            Some(c) => Some(c),
            None => {
                problems.push(Problem {
                    field: "after",
                    message: "audit-filter-page-link",
                });
                None
            }
        },
    };
    let mut html = AuditPage {
        page: v.page(&st),
        names: ACTIVITIES
            .iter()
            .map(|a| (a.name, v.lang.t(a.key)))
            .collect(),
        rows: Vec::new(),
        older: None,
        newest: (!form.after.is_empty()).then(|| form.query(None)),
        export: form.query(None),
        retention_days: v.t.tenant.policy.audit_retention_days,
        problems: Vec::new(),
        form,
    };
    let status = if problems.is_empty() {
        let mut rows = st
            .store
            .audit_page(&v.t.tenant.id, &filter, after.as_ref(), PAGE_ROWS + 1)
            .await?;
        if rows.len() > PAGE_ROWS as usize {
            rows.truncate(PAGE_ROWS as usize);
            html.older = rows.last().map(|last| {
                let cursor = AuditCursor {
                    at: last.at,
                    id: last.id.clone(),
                };
                html.form.query(Some(&cursor.encode()))
            });
        }
        html.rows = rows.iter().map(|r| RowView::new(v.lang, r)).collect();
        StatusCode::OK
    } else {
        html.problems = problems;
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let response = render(status, &html);
    v.finish(&st, response).await
}

/// "Success" or "Failure" in `lang`; another outcome as it was written.
pub fn outcome_label(lang: Lang, outcome: &str) -> String {
    match outcome {
        "success" => lang.t("outcome-success"),
        "failure" => lang.t("outcome-failure"),
        other => other.to_string(),
    }
}

/// A CSV cell a spreadsheet won't run as a formula (`=`, `+`, `-`, `@` lead with `'`).
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

const CSV_HEADER: &[&str] = &[
    "time_utc",
    "activity",
    "code",
    "outcome",
    "user",
    "tracking_id",
    "client_ip",
    "detail",
];

/// Rows as CSV, with the header line first when `header`.
pub fn csv_chunk(rows: &[AuditRow], header: bool) -> anyhow::Result<Vec<u8>> {
    let mut out = csv::Writer::from_writer(Vec::new());
    if header {
        out.write_record(CSV_HEADER)?;
    }
    for r in rows {
        let at = time::OffsetDateTime::from_unix_timestamp(r.at)?
            .format(&time::format_description::well_known::Rfc3339)?;
        out.write_record([
            at,
            activities::name_of(&r.activity),
            r.activity.clone(),
            r.outcome.clone(),
            cell(&r.login),
            r.tracking_id.clone(),
            r.client_ip.clone(),
            cell(&r.detail),
        ])?;
    }
    Ok(out.into_inner()?)
}

/// What the export stream carries from one chunk to the next.
struct Export {
    store: Store,
    tenant_id: String,
    filter: AuditFilter,
    after: Option<AuditCursor>,
    first: bool,
    done: bool,
}

/// The export's next chunk of CSV, or None at the end.
async fn next_chunk(mut e: Export) -> Option<(Result<Vec<u8>, std::io::Error>, Export)> {
    if e.done {
        return None;
    }
    let read = e
        .store
        .audit_page(&e.tenant_id, &e.filter, e.after.as_ref(), EXPORT_CHUNK)
        .await;
    let rows = match read {
        Ok(rows) => rows,
        Err(err) => {
            tracing::error!(error = %format!("{err:#}"), "reading the audit log for an export");
            e.done = true;
            return Some((Err(std::io::Error::other("the export stopped")), e));
        }
    };
    e.done = rows.len() < EXPORT_CHUNK as usize;
    e.after = rows.last().map(|r| AuditCursor {
        at: r.at,
        id: r.id.clone(),
    });
    let chunk = csv_chunk(&rows, e.first).map_err(|err| std::io::Error::other(err.to_string()));
    e.first = false;
    Some((chunk, e))
}

/// The filtered rows as CSV, newest first, streamed a chunk at a time.
pub fn csv_body(st: &AppState, tenant_id: &str, filter: AuditFilter) -> Body {
    let start = Export {
        store: st.store.clone(),
        tenant_id: tenant_id.to_string(),
        filter,
        after: None,
        first: true,
        done: false,
    };
    Body::from_stream(futures_util::stream::unfold(start, next_chunk))
}

/// `attachment; filename="audit-SLUG-DATE.csv"`.
pub fn attachment_name(st: &AppState, slug: &str) -> String {
    format!(
        "attachment; filename=\"audit-{slug}-{}.csv\"",
        crate::clock::format_date(st.clock.now())
    )
}

/// GET /admin/audit.csv?…: the filtered rows, newest first, streamed.
pub async fn export(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Query(form): Query<FilterForm>,
) -> Result<Response, AppError> {
    let (filter, problems) = form.filter();
    if !problems.is_empty() {
        let back = format!("/admin/audit?{}", form.query(None));
        return v
            .say(
                &st,
                StatusCode::UNPROCESSABLE_ENTITY,
                "audit-export-refused-title",
                &[problems
                    .first()
                    .map_or("audit-filter-activity", |p| p.message)],
                Some((&back, "audit-back")),
            )
            .await;
    }
    let detail = format!("by {}; filter: {}", admin.login, form.query(None));
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_exported_audit", "success", &detail)
        .await;
    let body = csv_body(&st, &v.t.tenant.id, filter);
    let name = attachment_name(&st, &v.t.tenant.slug);
    let response = (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response();
    v.finish(&st, response).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_utc_days_and_formulas_are_defused() {
        assert_eq!(day_start("2026-12-01"), Some(1_796_083_200));
        assert_eq!(day_start("2026-02-30"), None);
        assert_eq!(day_start("yesterday"), None);
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("alice"), "alice");
    }
}
