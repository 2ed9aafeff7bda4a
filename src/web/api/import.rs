//! Bulk contact import: CSV (`login,email,mobile,office`) or a JSON array of the same keys.
//! Every row is checked first (the user exists and isn't an administrator, each value reads
//! like registration reads it, no user twice); one bad row and nothing is written, with every
//! row's problems in the answer.

use super::{ApiError, ApiResult, Caller, FieldProblem};
use crate::domain::user_id::UserId;
use crate::flows::admin_contacts::{self, Edit, Wanted};
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use serde::Serialize;

/// Rows one import takes at most.
const MAX_ROWS: usize = 5000;

/// One row to import, as read.
struct Row {
    login: String,
    wanted: Wanted,
}

/// One row's problems.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RowProblems {
    /// The row's number: 1 is the first row after a CSV header, or the array's first item.
    row: usize,
    login: String,
    problems: Vec<FieldProblem>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct RowDone {
    row: usize,
    login: String,
    /// What changed, in words; empty when nothing did.
    changed: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Imported {
    rows: Vec<RowDone>,
}

/// The invalid-import answer, with every row's problems.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ImportRefused {
    code: &'static str,
    message: String,
    rows: Vec<RowProblems>,
}

fn cell_edit(cell: Option<&str>) -> Edit {
    match cell.map(str::trim) {
        None | Some("") => Edit::Keep,
        Some(value) => Edit::Set(value.chars().take(254).collect()),
    }
}

/// CSV rows: a header naming `login` and any of `email`, `mobile`, `office`; an empty cell
/// keeps what is there.
fn csv_rows(body: &[u8]) -> ApiResult<Vec<Row>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(body);
    let headers = reader
        .headers()
        .map_err(|e| ApiError::invalid(format!("The CSV header can't be read: {e}.")))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let Some(login) = column("login") else {
        return Err(ApiError::invalid(
            "The CSV header must name a login column.",
        ));
    };
    if let Some(other) = headers
        .iter()
        .find(|h| !["login", "email", "mobile", "office"].contains(&h.to_lowercase().as_str()))
    {
        return Err(ApiError::invalid(format!(
            "Unknown column {other:?}: use login, email, mobile and office."
        )));
    }
    let (email, mobile, office) = (column("email"), column("mobile"), column("office"));
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record
            .map_err(|e| ApiError::invalid(format!("CSV row {} can't be read: {e}.", i + 1)))?;
        let cell = |c: Option<usize>| c.and_then(|c| record.get(c));
        rows.push(Row {
            login: cell(Some(login)).unwrap_or_default().to_string(),
            wanted: Wanted {
                email: cell_edit(cell(email)),
                mobile: cell_edit(cell(mobile)),
                office: cell_edit(cell(office)),
            },
        });
    }
    Ok(rows)
}

/// JSON rows: `[{"login": "…", "email": "…" | null, …}]`, as the contacts endpoint reads them.
fn json_rows(body: &[u8]) -> ApiResult<Vec<Row>> {
    let items: Vec<serde_json::Map<String, serde_json::Value>> = super::json_body(body)?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let login = match item.get("login") {
                Some(serde_json::Value::String(s)) => s.clone(),
                _ => return Err(ApiError::invalid(format!("Item {} has no login.", i + 1))),
            };
            if let Some(other) = item
                .keys()
                .find(|k| !["login", "email", "mobile", "office"].contains(&k.as_str()))
            {
                return Err(ApiError::invalid(format!(
                    "Item {}: unknown key {other:?}.",
                    i + 1
                )));
            }
            Ok(Row {
                login,
                wanted: Wanted {
                    email: super::users::edit_of(item, "email")?,
                    mobile: super::users::edit_of(item, "mobile")?,
                    office: super::users::edit_of(item, "office")?,
                },
            })
        })
        .collect()
}

/// Import contacts for many users at once; all rows are checked before any is written.
#[utoipa::path(post, path = "/api/v1/contacts/import", security(("bearer" = [])),
    request_body(content = String, description = "CSV with a header (login,email,mobile,office), or a JSON array of objects with those keys", content_type = "text/csv"),
    responses((status = 200, body = Imported), (status = 400, body = ApiError), (status = 422, body = ImportRefused)))]
pub async fn import(
    State(st): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Imported>, axum::response::Response> {
    use axum::response::IntoResponse;
    caller.may_write().map_err(IntoResponse::into_response)?;
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let rows = if json {
        json_rows(&body)
    } else {
        csv_rows(&body)
    }
    .map_err(IntoResponse::into_response)?;
    if rows.is_empty() || rows.len() > MAX_ROWS {
        let message = format!("Send from 1 to {MAX_ROWS} rows.");
        return Err(ApiError::invalid(message).into_response());
    }
    let ctx = caller.flow_ctx(&st);
    let directory = st.directory(&caller.t.tenant);
    let mut users = Vec::with_capacity(rows.len());
    let mut refused = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        let mut problems: Vec<FieldProblem> = admin_contacts::problems(&ctx, &row.wanted)
            .into_iter()
            .map(|r| FieldProblem {
                field: r.field.to_string(),
                message: crate::i18n::Lang::En.t(r.message),
            })
            .collect();
        let mut say = |message: &str| {
            problems.push(FieldProblem {
                field: "login".into(),
                message: message.into(),
            })
        };
        let user = match UserId::parse(&row.login) {
            Err(_) => {
                say("This isn't a user ID.");
                None
            }
            Ok(id) if !seen.insert(id.key()) => {
                say("This user is in the file twice.");
                None
            }
            Ok(id) => match directory.find_user(&id).await {
                Ok(user) => match super::users::not_an_admin(&st, &caller, &user).await {
                    Ok(()) => Some(user),
                    Err(e) if e.code == "admin_target" => {
                        say("This user is an administrator: change their contacts in the console.");
                        None
                    }
                    Err(e) => return Err(e.into_response()),
                },
                Err(crate::directory::DirectoryError::NotFound) => {
                    say("There is no such user.");
                    None
                }
                Err(e) => {
                    tracing::warn!(tracking_id = %caller.tracking, error = %e, "looking a user up for an import");
                    return Err(ApiError::unavailable().into_response());
                }
            },
        };
        if !problems.is_empty() {
            refused.push(RowProblems {
                row: i + 1,
                login: row.login.clone(),
                problems,
            });
        }
        users.extend(user);
    }
    if !refused.is_empty() {
        let answer = ImportRefused {
            code: "invalid_import",
            message: format!(
                "Nothing was imported: {} of {} rows have problems.",
                refused.len(),
                rows.len()
            ),
            rows: refused,
        };
        return Err((StatusCode::UNPROCESSABLE_ENTITY, Json(answer)).into_response());
    }
    let actor = format!("{} (import)", caller.actor());
    let mut done = Vec::with_capacity(rows.len());
    for (i, (row, user)) in rows.iter().zip(&users).enumerate() {
        let changed = match admin_contacts::set_contacts(&ctx, user, &row.wanted, &actor).await {
            Ok(Ok(changed)) => changed.describe(crate::i18n::Lang::En),
            Ok(Err(_)) => String::new(),
            Err(e) => return Err(ApiError::from(e).into_response()),
        };
        done.push(RowDone {
            row: i + 1,
            login: user.login.clone(),
            changed,
        });
    }
    Ok(Json(Imported { rows: done }))
}
