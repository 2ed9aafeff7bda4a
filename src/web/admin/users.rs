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

impl UsersPage {
    /// "Users starting with “al”: 1 to 20 of 45".
    fn caption(&self) -> String {
        let key = if self.truncated {
            "users-caption-more"
        } else {
            "users-caption"
        };
        let (from, to, total) = self.shown;
        self.page.lang.t_args(
            key,
            &[
                ("q", self.q.as_str().into()),
                ("from", from.into()),
                ("to", to.into()),
                ("total", total.into()),
            ],
        )
    }
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
                page.error = Some(v.lang.t("users-search-unavailable"));
            }
        }
    }
    let response = render(status, &page);
    v.finish(&st, response).await
}

struct ContactView {
    what: String,
    value: String,
    source: String,
    verified: String,
}

struct EventView {
    at: String,
    activity: String,
    /// The audit code, as the CSV export and the API give it.
    step: String,
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
            .say(
                st,
                StatusCode::NOT_FOUND,
                "user-missing-title",
                &["user-missing"],
                Some(("/admin/users", "users-search-link")),
            )
            .await?)),
        Err(e) => {
            tracing::warn!(tracking_id = %v.session.data.tracking, error = %e, "looking a user up for the console");
            Ok(Err(v
                .say(
                    st,
                    StatusCode::SERVICE_UNAVAILABLE,
                    "admin-directory-unavailable-title",
                    &["user-lookup-unavailable"],
                    Some(("/admin/users", "users-search-link")),
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
    let lang = v.lang;
    let when =
        |at: Option<i64>| at.map_or_else(|| lang.t("value-not-yet"), crate::clock::format_utc);
    let mut contacts: Vec<ContactView> = store
        .registrations(&tenant_id, &key)
        .await?
        .into_iter()
        .map(|r| ContactView {
            what: lang.t(match r.kind {
                crate::store::registrations::ContactKind::Email => "contact-alternate-email",
                crate::store::registrations::ContactKind::Mobile => "contact-mobile",
            }),
            value: r.value,
            source: lang.t(match r.source {
                Source::User => "contact-source-user",
                Source::Admin => "contact-source-admin",
                Source::Directory => "contact-source-directory",
            }),
            verified: match (r.source, r.verified_at) {
                (Source::User, at) => when(at),
                _ => lang.t("value-not-needed"),
            },
        })
        .collect();
    let from_directory = [
        ("contact-mobile", &user.mobile),
        ("contact-alternate-email", &user.alternate_email),
        ("contact-office", &user.office_phone),
    ];
    for (what, value) in from_directory {
        if let Some(value) = value {
            contacts.push(ContactView {
                what: lang.t(what),
                value: value.clone(),
                source: lang.t("contact-source-directory"),
                verified: lang.t("value-not-needed"),
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
            activity: crate::domain::activities::label_of(lang, &row.activity),
            step: row.activity.clone(),
            outcome: super::audit_log::outcome_label(lang, &row.outcome),
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
        Ok(Unlocked::WasNotLocked) => v.lang.t("unlock-not-locked"),
        Ok(Unlocked::Done { still_locked }) if still_locked.is_empty() => {
            v.lang.t1("unlock-done", "name", &user.display_name)
        }
        Ok(Unlocked::Done { still_locked }) => {
            v.lang
                .t1("unlock-still-locked", "where", still_locked.join(", "))
        }
        Err(_) => v.lang.t("unlock-refused"),
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
        v.lang.t1("block-cleared", "name", &user.display_name)
    } else {
        v.lang.t("block-none")
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
    v.session.data.admin_flash = Some(v.lang.t2(
        "reregistration-flash",
        "n",
        removed,
        "name",
        &user.display_name,
    ));
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
