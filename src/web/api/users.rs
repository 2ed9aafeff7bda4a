//! The API's users: search, one user's facts and contacts, and the helpdesk's actions (set
//! contacts, reset, unlock, require re-registration), each audited with the token that acted.
//! An administrator's password and contacts are changed only in the console, with step-up.

use super::{ApiError, ApiResult, Caller, FieldProblem, json_body};
use crate::directory::{DirUser, DirectoryError};
use crate::domain::user_id::UserId;
use crate::flows::admin_actions::{self, Unlocked};
use crate::flows::admin_contacts::{self, Edit, Wanted};
use crate::flows::password::{PasswordOutcome, Writer, write};
use crate::flows::{LockAfter, notify};
use crate::state::AppState;
use crate::store::registrations::Source;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// Users one search returns at most.
const MAX_RESULTS: usize = 100;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct SearchQuery {
    /// The start of a user ID, name or email address.
    #[serde(default)]
    q: String,
    /// At most this many users (1-100, default 25).
    #[serde(default)]
    limit: Option<usize>,
}

/// A user in search results.
#[derive(Serialize, utoipa::ToSchema)]
pub struct UserSummary {
    login: String,
    display_name: String,
    mail: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SearchResult {
    users: Vec<UserSummary>,
    /// More users match than were returned.
    more: bool,
}

/// One contact for verification.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ContactOut {
    /// `email` (alternate email), `mobile` or `office`.
    kind: &'static str,
    value: String,
    /// `user` (registered and verified by the user), `admin` or `directory`.
    source: &'static str,
    /// When the user verified it (unix seconds), for a contact they registered.
    verified_at: Option<i64>,
}

/// A user as the helpdesk sees them.
#[derive(Serialize, utoipa::ToSchema)]
pub struct UserOut {
    login: String,
    display_name: String,
    mail: Option<String>,
    enabled: bool,
    locked: bool,
    must_change: bool,
    is_admin: bool,
    contacts: Vec<ContactOut>,
    /// When the user last confirmed their contacts (unix seconds).
    contacts_confirmed_at: Option<i64>,
    /// Until when self-service reset is blocked (unix seconds), if it is.
    reset_blocked_until: Option<i64>,
}

#[derive(Deserialize)]
pub struct LoginPath {
    login: String,
}

/// The user at `login`, or the API's answer instead.
async fn find(st: &AppState, caller: &Caller, login: &str) -> ApiResult<DirUser> {
    let id = UserId::parse(login).map_err(|_| ApiError::not_found("There is no such user."))?;
    match st.directory(&caller.t.tenant).find_user(&id).await {
        Ok(user) => Ok(user),
        Err(DirectoryError::NotFound) => Err(ApiError::not_found("There is no such user.")),
        Err(e) => {
            tracing::warn!(tracking_id = %caller.tracking, error = %e, "API user lookup failed");
            Err(ApiError::unavailable())
        }
    }
}

/// Refuses to change an administrator through the API.
pub(super) async fn not_an_admin(st: &AppState, caller: &Caller, user: &DirUser) -> ApiResult<()> {
    let admin = notify::admin_status(&caller.flow_ctx(st), user)
        .await
        .map_err(|e| {
            tracing::warn!(tracking_id = %caller.tracking, error = %e, "checking the admin group for the API");
            ApiError::unavailable()
        })?;
    if admin {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "admin_target",
            "This user is an administrator. Change an administrator's password or contacts in the console, where it takes your password and authenticator code again.",
        ));
    }
    Ok(())
}

async fn user_out(st: &AppState, caller: &Caller, user: DirUser) -> ApiResult<UserOut> {
    let (tenant_id, key) = (&caller.t.tenant.id, user.key());
    let store = &st.store;
    let regs = crate::flows::account::with_directory_contacts(
        store.registrations(tenant_id, &key).await?,
        user.mobile.as_deref(),
        user.alternate_email.as_deref(),
    );
    let mut contacts: Vec<ContactOut> = regs
        .into_iter()
        .map(|r| ContactOut {
            kind: r.kind.as_str(),
            value: r.value,
            source: match r.source {
                Source::User => "user",
                Source::Admin => "admin",
                Source::Directory => "directory",
            },
            verified_at: r.verified_at.filter(|_| r.source == Source::User),
        })
        .collect();
    if let Some(office) = &user.office_phone {
        contacts.push(ContactOut {
            kind: "office",
            value: office.clone(),
            source: if st.directory(&caller.t.tenant).office_phone_is_editable() {
                "admin"
            } else {
                "directory"
            },
            verified_at: None,
        });
    }
    let now = st.clock.now();
    Ok(UserOut {
        is_admin: notify::is_admin(&caller.flow_ctx(st), &user).await,
        contacts_confirmed_at: store.contacts_confirmed_at(tenant_id, &key).await?,
        reset_blocked_until: store.block_until(tenant_id, &key, now).await?,
        login: user.login,
        display_name: user.display_name,
        mail: user.mail,
        enabled: user.enabled,
        locked: user.locked,
        must_change: user.must_change,
        contacts,
    })
}

/// Search users by the start of their user ID, name or email.
#[utoipa::path(get, path = "/api/v1/users", params(SearchQuery), security(("bearer" = [])),
    responses((status = 200, body = SearchResult), (status = 400, body = ApiError), (status = 401, body = ApiError)))]
pub async fn search(
    State(st): State<AppState>,
    caller: Caller,
    Query(query): Query<SearchQuery>,
) -> ApiResult<Json<SearchResult>> {
    let q: String = query.q.trim().chars().take(100).collect();
    if q.is_empty() {
        return Err(ApiError::invalid(
            "Give the start of a user ID, name or email in q.",
        ));
    }
    let limit = query.limit.unwrap_or(25);
    if !(1..=MAX_RESULTS).contains(&limit) {
        return Err(ApiError::invalid("limit must be from 1 to 100."));
    }
    let found = st
        .directory(&caller.t.tenant)
        .search_users(&q, limit + 1)
        .await
        .map_err(|e| {
            tracing::warn!(tracking_id = %caller.tracking, error = %e, "API user search failed");
            ApiError::unavailable()
        })?;
    Ok(Json(SearchResult {
        more: found.len() > limit,
        users: found
            .into_iter()
            .take(limit)
            .map(|u| UserSummary {
                login: u.login,
                display_name: u.display_name,
                mail: u.mail,
            })
            .collect(),
    }))
}

/// A user's directory facts, contacts, confirmation and reset block.
#[utoipa::path(get, path = "/api/v1/users/{login}", params(("login" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = UserOut), (status = 404, body = ApiError)))]
pub async fn get_user(
    State(st): State<AppState>,
    caller: Caller,
    Path(path): Path<LoginPath>,
) -> ApiResult<Json<UserOut>> {
    let user = find(&st, &caller, &path.login).await?;
    Ok(Json(user_out(&st, &caller, user).await?))
}

/// The contacts to set: a string sets, `null` removes, a missing key keeps.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ContactsIn {
    email: Option<String>,
    mobile: Option<String>,
    /// Only where the portal keeps office phones (the embedded directory).
    office: Option<String>,
}

/// One key of the contacts body as an edit.
pub(super) fn edit_of(
    body: &serde_json::Map<String, serde_json::Value>,
    key: &str,
) -> ApiResult<Edit> {
    match body.get(key) {
        None => Ok(Edit::Keep),
        Some(serde_json::Value::Null) => Ok(Edit::Clear),
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(Edit::Clear),
        Some(serde_json::Value::String(s)) => Ok(Edit::Set(s.chars().take(254).collect())),
        Some(_) => Err(ApiError::invalid(format!(
            "{key} must be a string, or null to remove it."
        ))),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ContactsChanged {
    /// What changed, in words; empty when nothing did.
    changed: String,
    user: UserOut,
}

/// Set or remove a user's contacts for verification, as set by an administrator.
#[utoipa::path(put, path = "/api/v1/users/{login}/contacts", params(("login" = String, Path)),
    request_body = ContactsIn, security(("bearer" = [])),
    responses((status = 200, body = ContactsChanged), (status = 400, body = ApiError),
        (status = 403, body = ApiError), (status = 422, body = ApiError)))]
pub async fn set_contacts(
    State(st): State<AppState>,
    caller: Caller,
    Path(path): Path<LoginPath>,
    body: Bytes,
) -> ApiResult<Json<ContactsChanged>> {
    caller.may_write()?;
    let body: serde_json::Map<String, serde_json::Value> = json_body(&body)?;
    if let Some(other) = body
        .keys()
        .find(|k| !["email", "mobile", "office"].contains(&k.as_str()))
    {
        return Err(ApiError::invalid(format!(
            "Unknown key {other:?}: use email, mobile and office."
        )));
    }
    let wanted = Wanted {
        email: edit_of(&body, "email")?,
        mobile: edit_of(&body, "mobile")?,
        office: edit_of(&body, "office")?,
    };
    let user = find(&st, &caller, &path.login).await?;
    not_an_admin(&st, &caller, &user).await?;
    let ctx = caller.flow_ctx(&st);
    match admin_contacts::set_contacts(&ctx, &user, &wanted, &caller.actor()).await? {
        Ok(changed) => {
            let user = find(&st, &caller, &path.login).await?;
            Ok(Json(ContactsChanged {
                changed: changed.describe(crate::i18n::Lang::En),
                user: user_out(&st, &caller, user).await?,
            }))
        }
        Err(refused) => Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_contacts",
            "Nothing was saved: some contacts can't be used.",
        )
        .with_problems(
            refused
                .into_iter()
                .map(|r| FieldProblem {
                    field: r.field.to_string(),
                    message: crate::i18n::Lang::En.t(r.message),
                })
                .collect(),
        )),
    }
}

/// A reset: a given password, or none to generate a temporary one.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetIn {
    /// The new password; leave it out to have a temporary one generated and returned.
    #[serde(default)]
    password: Option<String>,
    /// The user must change it at next sign-in (default true).
    #[serde(default)]
    must_change: Option<bool>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ResetDone {
    /// The generated password, returned this once and kept nowhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    temporary_password: Option<String>,
    must_change: bool,
    /// The account is still locked in a directory after the reset.
    still_locked: bool,
}

/// Reset a user's password (not an administrator's), through the same checks as a reset.
#[utoipa::path(post, path = "/api/v1/users/{login}/reset", params(("login" = String, Path)),
    request_body = ResetIn, security(("bearer" = [])),
    responses((status = 200, body = ResetDone), (status = 403, body = ApiError),
        (status = 422, body = ApiError), (status = 503, body = ApiError)))]
pub async fn reset(
    State(st): State<AppState>,
    caller: Caller,
    Path(path): Path<LoginPath>,
    body: Bytes,
) -> ApiResult<Json<ResetDone>> {
    caller.may_write()?;
    let input: ResetIn = if body.is_empty() {
        ResetIn {
            password: None,
            must_change: None,
        }
    } else {
        json_body(&body)?
    };
    let user = find(&st, &caller, &path.login).await?;
    not_an_admin(&st, &caller, &user).await?;
    let must_change = input.must_change.unwrap_or(true);
    let generated = input.password.is_none();
    let password = match input.password {
        Some(p) if p.is_empty() => {
            return Err(ApiError::invalid(
                "password is empty: leave it out to generate one.",
            ));
        }
        Some(p) => SecretString::from(p.chars().take(1024).collect::<String>()),
        None => crate::security::temporary_password::generate(
            caller.t.tenant.policy.password.min_length,
        ),
    };
    let actor = caller.actor();
    let writer = Writer::Admin {
        login: &actor,
        must_change,
    };
    let (outcome, lock) = write(&caller.flow_ctx(&st), &user, &password, writer).await;
    let rejected = |reasons: Vec<crate::i18n::Text>| {
        let reasons = caller.t.tenant.policy.default_language.texts(&reasons);
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "password_rejected",
            reasons.join(" "),
        )
        .with_problems(
            reasons
                .into_iter()
                .map(|message| FieldProblem {
                    field: "password".into(),
                    message,
                })
                .collect(),
        )
    };
    match outcome {
        PasswordOutcome::Done => Ok(Json(ResetDone {
            temporary_password: generated.then(|| password.expose_secret().to_string()),
            must_change,
            still_locked: lock == LockAfter::StillLocked,
        })),
        PasswordOutcome::Rejected(reasons) | PasswordOutcome::DirectoryRefused(reasons) => {
            Err(rejected(reasons))
        }
        _ => Err(ApiError::unavailable()),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct UnlockedOut {
    /// The account was locked.
    was_locked: bool,
    /// Where it is still locked, if anywhere.
    still_locked_in: Vec<String>,
}

/// Unlock a user's account in every directory of the chain.
#[utoipa::path(post, path = "/api/v1/users/{login}/unlock", params(("login" = String, Path)),
    security(("bearer" = [])), responses((status = 200, body = UnlockedOut), (status = 503, body = ApiError)))]
pub async fn unlock(
    State(st): State<AppState>,
    caller: Caller,
    Path(path): Path<LoginPath>,
) -> ApiResult<Json<UnlockedOut>> {
    caller.may_write()?;
    let user = find(&st, &caller, &path.login).await?;
    let ctx = caller.flow_ctx(&st);
    match admin_actions::unlock(&ctx, &user, &caller.actor()).await {
        Ok(Unlocked::WasNotLocked) => Ok(Json(UnlockedOut {
            was_locked: false,
            still_locked_in: Vec::new(),
        })),
        Ok(Unlocked::Done { still_locked }) => Ok(Json(UnlockedOut {
            was_locked: true,
            still_locked_in: still_locked.iter().map(|s| s.to_string()).collect(),
        })),
        Err(_) => Err(ApiError::unavailable()),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct RegistrationRequired {
    /// How many contacts the user had registered themselves (now removed).
    removed: u64,
}

/// Remove the contacts a user registered themselves, so they register again at next sign-in.
#[utoipa::path(post, path = "/api/v1/users/{login}/require-registration", params(("login" = String, Path)),
    security(("bearer" = [])), responses((status = 200, body = RegistrationRequired), (status = 403, body = ApiError)))]
pub async fn require_registration(
    State(st): State<AppState>,
    caller: Caller,
    Path(path): Path<LoginPath>,
) -> ApiResult<Json<RegistrationRequired>> {
    caller.may_write()?;
    let user = find(&st, &caller, &path.login).await?;
    not_an_admin(&st, &caller, &user).await?;
    let removed =
        admin_actions::require_registration(&caller.flow_ctx(&st), &user, &caller.actor()).await?;
    Ok(Json(RegistrationRequired { removed }))
}
