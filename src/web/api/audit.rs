//! The API's audit log: the console's filters, newest first, a page at a time with a cursor,
//! or every matching event as one streamed CSV.

use super::{ApiError, ApiResult, Caller, FieldProblem};
use crate::domain::activities;
use crate::state::AppState;
use crate::store::audit_query::AuditCursor;
use crate::web::admin::audit_log::FilterForm;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

/// Events per page at most.
const MAX_LIMIT: i64 = 1000;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// An activity name as the console lists it, e.g. "Reset password (self-service)".
    #[serde(default)]
    activity: String,
    /// `success` or `failure`.
    #[serde(default)]
    outcome: String,
    /// A user ID, any case.
    #[serde(default)]
    user: String,
    /// A tracking ID like ABCD-EFGH-JKLM.
    #[serde(default)]
    tracking: String,
    /// From this UTC date (2026-12-01).
    #[serde(default)]
    from: String,
    /// To this UTC date, included.
    #[serde(default)]
    to: String,
    /// The `next` of the previous page.
    #[serde(default)]
    after: String,
    /// Events per page (1-1000, default 100).
    #[serde(default)]
    limit: Option<i64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EventOut {
    id: String,
    /// Unix seconds.
    at: i64,
    activity: String,
    code: String,
    outcome: String,
    user: String,
    tracking_id: String,
    client_ip: String,
    detail: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EventPage {
    events: Vec<EventOut>,
    /// Pass as `after` for the next (older) page; absent on the last.
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<String>,
}

/// The console's filter of a query, and what is wrong with it.
fn filter_of(q: &AuditQuery) -> (crate::store::audit_query::AuditFilter, Vec<FieldProblem>) {
    let form = FilterForm {
        activity: q.activity.clone(),
        outcome: q.outcome.clone(),
        user: q.user.clone(),
        tracking: q.tracking.clone(),
        from: q.from.clone(),
        to: q.to.clone(),
        after: String::new(),
    };
    let (filter, problems) = form.filter();
    let problems = problems
        .into_iter()
        .map(|p| FieldProblem {
            field: p.field.to_string(),
            message: crate::i18n::Lang::En.t(p.message),
        })
        .collect();
    (filter, problems)
}

fn refused(problems: Vec<FieldProblem>) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid_request",
        "Some filters can't be used.",
    )
    .with_problems(problems)
}

/// Every audit event matching the filters as CSV, newest first, streamed (`after` and
/// `limit` don't apply).
#[utoipa::path(get, path = "/api/v1/audit.csv", params(AuditQuery), security(("bearer" = [])),
    responses((status = 200, description = "CSV: time_utc, activity, code, outcome, user, tracking_id, client_ip, detail", content_type = "text/csv", body = String),
        (status = 400, body = ApiError)))]
pub async fn export(
    State(st): State<AppState>,
    caller: Caller,
    Query(q): Query<AuditQuery>,
) -> ApiResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let (filter, problems) = filter_of(&q);
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    let detail = format!("by {}", caller.actor());
    caller
        .flow_ctx(&st)
        .audit(
            &caller.token.created_by,
            "admin_exported_audit",
            "success",
            &detail,
        )
        .await;
    let body = crate::web::admin::audit_log::csv_body(&st, &caller.t.tenant.id, filter);
    let name = crate::web::admin::audit_log::attachment_name(&st, &caller.t.tenant.slug);
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_string(),
            ),
            (axum::http::header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}

/// Audit events matching the filters, newest first.
#[utoipa::path(get, path = "/api/v1/audit", params(AuditQuery), security(("bearer" = [])),
    responses((status = 200, body = EventPage), (status = 400, body = ApiError)))]
pub async fn events(
    State(st): State<AppState>,
    caller: Caller,
    Query(q): Query<AuditQuery>,
) -> ApiResult<Json<EventPage>> {
    let (filter, mut problems) = filter_of(&q);
    let after = match q.after.as_str() {
        "" => None,
        s => {
            let cursor = AuditCursor::decode(s);
            if cursor.is_none() {
                problems.push(FieldProblem {
                    field: "after".into(),
                    message: "Pass the next value of the previous page as it was.".into(),
                });
            }
            cursor
        }
    };
    let limit = q.limit.unwrap_or(100);
    if !(1..=MAX_LIMIT).contains(&limit) {
        problems.push(FieldProblem {
            field: "limit".into(),
            message: "limit must be from 1 to 1000.".into(),
        });
    }
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    let mut rows = st
        .store
        .audit_page(&caller.t.tenant.id, &filter, after.as_ref(), limit + 1)
        .await?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let next = more.then(|| rows.last()).flatten().map(|r| {
        AuditCursor {
            at: r.at,
            id: r.id.clone(),
        }
        .encode()
    });
    Ok(Json(EventPage {
        next,
        events: rows
            .into_iter()
            .map(|r| EventOut {
                activity: activities::name_of(&r.activity),
                id: r.id,
                at: r.at,
                code: r.activity,
                outcome: r.outcome,
                user: r.login,
                tracking_id: r.tracking_id,
                client_ip: r.client_ip,
                detail: r.detail,
            })
            .collect(),
    }))
}
