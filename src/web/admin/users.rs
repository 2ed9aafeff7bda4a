//! The console's users: a search by the start of a user ID, name or mail (through the
//! directory, whichever it is), and each user's page with what the helpdesk needs to know
//! (the directory's facts, registered contacts, the last re-confirmation, a reset block, the
//! last events) and the actions that don't touch a password: unlock, and clearing the block.

use super::Admin;
use crate::directory::DirUser;
use crate::domain::user_id::UserId;
use crate::error::AppError;
use crate::flows::admin_actions::{self, Unlocked};
use crate::state::AppState;
use crate::store::registrations::Source;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// Users listed on one page of a search.
const SHOWN: usize = 25;
/// Users one search reads from the directory at most; pages go through them in user ID order.
const SEARCHED: usize = 500;
/// Events listed on a user's page.
const EVENTS: i64 = 20;

struct Found {
    login: String,
    display_name: String,
    mail: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: PageCtx,
    q: String,
    searched: bool,
    users: Vec<Found>,
    /// The first and last place shown, and how many match (at most `SEARCHED`).
    shown: (usize, usize, usize),
    /// The query string of the next page, if there is one.
    next: Option<String>,
    /// More users match than one search reads.
    truncated: bool,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
    /// The page starts after this user ID.
    #[serde(default)]
    after: String,
}

/// GET /admin/users?q=…
pub async fn search(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(search): Query<Search>,
) -> Result<Response, AppError> {
    let q: String = search.q.trim().chars().take(100).collect();
    let mut page = UsersPage {
        page: v.page(&st),
        searched: !q.is_empty(),
        q,
        users: Vec::new(),
        shown: (0, 0, 0),
        next: None,
        truncated: false,
        error: None,
    };
    let mut status = StatusCode::OK;
    if page.searched {
        match st
            .directory(&v.t.tenant)
            .search_users(&page.q, SEARCHED + 1)
            .await
        {
            Ok(mut users) => {
                page.truncated = users.len() > SEARCHED;
                users.truncate(SEARCHED);
                // A directory returns entries in its own order: pages follow the user ID.
                users.sort_by_key(|u| u.key());
                let after = search.after.to_lowercase();
                let start = users
                    .iter()
                    .take_while(|u| !after.is_empty() && u.key() <= after)
                    .count();
                let end = (start + SHOWN).min(users.len());
                page.shown = (start + 1, end, users.len());
                if end < users.len() {
                    page.next = Some(page_query(&page.q, &users[end - 1].login));
                }
                page.users = users[start..end]
                    .iter()
                    .map(|u| Found {
                        mail: u.mail.clone().unwrap_or_default(),
                        login: u.login.clone(),
                        display_name: u.display_name.clone(),
                    })
                    .collect();
            }
            Err(e) => {
                tracing::warn!(tracking_id = %v.session.data.tracking, error = %e, "user search failed");
                status = StatusCode::SERVICE_UNAVAILABLE;
                page.error = Some("The directory couldn't be searched right now. Try again in a few minutes; Test connection on the directory page shows what fails.".into());
            }
        }
    }
    let response = render(status, &page);
    v.finish(&st, response).await
}

struct ContactView {
    what: &'static str,
    value: String,
    source: &'static str,
    verified: String,
}

struct EventView {
    at: String,
    activity: String,
    outcome: String,
    detail: String,
    tracking_id: String,
}

#[derive(Template)]
#[template(path = "admin/user.html")]
struct UserPage {
    page: PageCtx,
    user: DirUser,
    contacts: Vec<ContactView>,
    confirmed: Option<String>,
    blocked_until: Option<String>,
    events: Vec<EventView>,
    flash: Option<String>,
}

#[derive(Deserialize)]
pub struct Which {
    #[serde(default)]
    pub id: String,
}

/// The user named by `id` in the tenant's directory, or the page to show instead.
pub(super) async fn user_of(
    st: &AppState,
    v: Visit,
    id: &str,
) -> Result<Result<(Visit, DirUser), Response>, AppError> {
    let found = match UserId::parse(id) {
        Ok(id) => st.directory(&v.t.tenant).find_user(&id).await,
        Err(_) => Err(crate::directory::DirectoryError::NotFound),
    };
    match found {
        Ok(user) => Ok(Ok((v, user))),
        Err(crate::directory::DirectoryError::NotFound) => Ok(Err(v
            .message(
                st,
                StatusCode::NOT_FOUND,
                "There's no such user",
                &["The directory doesn't know this user ID. Search again from the users page."],
                Some(("/admin/users", "Search users")),
            )
            .await?)),
        Err(e) => {
            tracing::warn!(tracking_id = %v.session.data.tracking, error = %e, "looking a user up for the console");
            Ok(Err(v
                .message(
                    st,
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The directory is unavailable right now",
                    &["The user couldn't be looked up. Try again in a few minutes."],
                    Some(("/admin/users", "Search users")),
                )
                .await?))
        }
    }
}

/// GET /admin/user?id=LOGIN
pub async fn user(
    State(st): State<AppState>,
    Admin { mut v, .. }: Admin,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let flash = v.session.data.admin_flash.take();
    let (v, user) = match user_of(&st, v, &which.id).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let tenant_id = v.t.tenant.id.clone();
    let key = user.key();
    let store = &st.store;
    let when = |at: Option<i64>| at.map_or_else(|| "not yet".to_string(), crate::clock::format_utc);
    let mut contacts: Vec<ContactView> = store
        .registrations(&tenant_id, &key)
        .await?
        .into_iter()
        .map(|r| ContactView {
            what: match r.kind {
                crate::store::registrations::ContactKind::Email => "Alternate email",
                crate::store::registrations::ContactKind::Mobile => "Mobile phone",
            },
            value: r.value,
            source: match r.source {
                Source::User => "registered by the user",
                Source::Admin => "set by an administrator",
                Source::Directory => "from the directory",
            },
            verified: match (r.source, r.verified_at) {
                (Source::User, at) => when(at),
                _ => "not needed".into(),
            },
        })
        .collect();
    let from_directory = [
        ("Mobile phone", &user.mobile),
        ("Alternate email", &user.alternate_email),
        ("Office phone", &user.office_phone),
    ];
    for (what, value) in from_directory {
        if let Some(value) = value {
            contacts.push(ContactView {
                what,
                value: value.clone(),
                source: "from the directory",
                verified: "not needed".into(),
            });
        }
    }
    let now = st.clock.now();
    let confirmed = store
        .contacts_confirmed_at(&tenant_id, &key)
        .await?
        .map(crate::clock::format_utc);
    let blocked_until = store
        .block_until(&tenant_id, &key, now)
        .await?
        .map(crate::clock::format_utc);
    let events = store
        .recent_audit_of(&tenant_id, &user.login, EVENTS)
        .await?
        .into_iter()
        .map(|row| EventView {
            at: crate::clock::format_utc(row.at),
            activity: row.activity.replace('_', " "),
            outcome: row.outcome,
            detail: row.detail,
            tracking_id: row.tracking_id,
        })
        .collect();
    let page = UserPage {
        page: v.page(&st),
        user,
        contacts,
        confirmed,
        blocked_until,
        events,
        flash,
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    pub csrf: String,
}

/// The user an action form is about, once its CSRF token is checked; else the page to show.
pub(super) async fn acted_on(
    st: &AppState,
    v: Visit,
    which: &Which,
    form: &ActionForm,
) -> Result<Result<(Visit, DirUser), Response>, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return Ok(Err(v.csrf_failed_to(st, "/admin/users").await?));
    }
    user_of(st, v, &which.id).await
}

/// The console page of `login`.
pub(super) fn user_page(login: &str) -> String {
    format!("/admin/user?id={}", urlencoding(login))
}

/// POST /admin/user/unlock?id=LOGIN: unlocks the account in every target of the chain.
pub async fn unlock(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<ActionForm>,
) -> Result<Response, AppError> {
    let (mut v, user) = match acted_on(&st, v, &which, &form).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let back = user_page(&user.login);
    let flash = match admin_actions::unlock(&v.flow_ctx(&st), &user, &admin.login).await {
        Ok(Unlocked::WasNotLocked) => "The account wasn't locked; nothing was changed.".into(),
        Ok(Unlocked::Done { still_locked }) if still_locked.is_empty() => format!(
            "Unlocked: {}'s account. They can sign in with their password.",
            user.display_name
        ),
        Ok(Unlocked::Done { still_locked }) => format!(
            "The account is still locked in the {}.",
            still_locked.join(" and the ")
        ),
        Err(_) => "The directory didn't unlock the account (it refused, or didn't answer). Try again, or check the service account's rights with Test connection.".into(),
    };
    v.session.data.admin_flash = Some(flash);
    v.redirect(&st, &back).await
}

/// POST /admin/user/clear-block?id=LOGIN: ends the user's reset block and forgets the
/// counted attempts.
pub async fn clear_block(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<ActionForm>,
) -> Result<Response, AppError> {
    let (mut v, user) = match acted_on(&st, v, &which, &form).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let now = st.clock.now();
    let ended = st
        .store
        .clear_block(&v.t.tenant.id, &user.key(), now)
        .await?;
    let detail = format!("by {}", admin.login);
    v.flow_ctx(&st)
        .audit(&user.login, "admin_cleared_block", "success", &detail)
        .await;
    v.session.data.admin_flash = Some(if ended {
        format!(
            "Cleared: {} can reset their password again now.",
            user.display_name
        )
    } else {
        "There was no block in force; the counted attempts are cleared.".into()
    });
    let back = user_page(&user.login);
    v.redirect(&st, &back).await
}

/// POST /admin/user/require-registration?id=LOGIN: removes the contacts the user registered
/// themselves, so they register (and confirm) again at their next sign-in; contacts set by an
/// administrator or read from the directory stay.
pub async fn require_registration(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<ActionForm>,
) -> Result<Response, AppError> {
    let (mut v, user) = match acted_on(&st, v, &which, &form).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let removed =
        admin_actions::require_registration(&v.flow_ctx(&st), &user, &admin.login).await?;
    v.session.data.admin_flash = Some(match removed {
        0 => format!(
            "{} had registered no contacts themselves; they will be asked to confirm their contacts at their next sign-in.",
            user.display_name
        ),
        n => format!(
            "Removed the {n} contact(s) {} registered; they will be asked to register again at their next sign-in.",
            user.display_name
        ),
    });
    let back = user_page(&user.login);
    v.redirect(&st, &back).await
}

/// `q=…&after=…` for the next page of a search.
fn page_query(q: &str, after: &str) -> String {
    reqwest::Url::parse_with_params("http://x/", &[("q", q), ("after", after)])
        .ok()
        .and_then(|u| u.query().map(str::to_string))
        .unwrap_or_default()
}

/// A user ID for a query string.
fn urlencoding(s: &str) -> String {
    reqwest::Url::parse_with_params("http://x/", &[("id", s)])
        .ok()
        .and_then(|u| u.query().map(|q| q.trim_start_matches("id=").to_string()))
        .unwrap_or_default()
}
