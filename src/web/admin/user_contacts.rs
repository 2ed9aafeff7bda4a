//! An admin sets or clears a user's contacts for verification (alternate email, mobile phone,
//! and the office phone where the embedded directory keeps it) "as set by your
//! administrator": read like registration reads them, saved only when every field is right,
//! and told to the user's mailboxes. Changing an admin's contacts takes step-up.

use super::users::{ActionForm, Which, acted_on, user_of, user_page};
use super::{Admin, step_up};
use crate::channels::messages;
use crate::directory::DirUser;
use crate::domain::contact::{Email, Phone};
use crate::error::AppError;
use crate::flows::{FlowCtx, notify};
use crate::state::AppState;
use crate::store::registrations::{ContactKind, Registration, Source};
use crate::web::pages::{PageCtx, render};
use crate::web::session::AdminSignIn;
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

struct Problem {
    field: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "admin/user_contacts.html")]
struct ContactsPage {
    page: PageCtx,
    user: DirUser,
    step_up: bool,
    email: String,
    mobile: String,
    office: String,
    /// The embedded directory keeps the office phone, so it can be edited here.
    office_editable: bool,
    /// The region national numbers are read in, if the policy names one.
    region: Option<String>,
    problems: Vec<Problem>,
}

impl ContactsPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    }
}

#[derive(Deserialize)]
pub struct ContactsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    mobile: String,
    #[serde(default)]
    office: String,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    code: String,
}

/// The stored value of one kind of contact, whoever set it.
fn stored(regs: &[Registration], kind: ContactKind) -> Option<String> {
    regs.iter()
        .find(|r| r.kind == kind)
        .map(|r| r.value.clone())
}

async fn form_page(st: &AppState, v: &Visit, user: DirUser) -> anyhow::Result<ContactsPage> {
    let regs = st.store.registrations(&v.t.tenant.id, &user.key()).await?;
    let phone = |e164: Option<String>| {
        e164.map(|n| Phone::parse(&n).map(|p| p.display()).unwrap_or(n))
            .unwrap_or_default()
    };
    Ok(ContactsPage {
        page: v.page(st),
        step_up: notify::is_admin(&v.flow_ctx(st), &user).await,
        email: stored(&regs, ContactKind::Email).unwrap_or_default(),
        mobile: phone(stored(&regs, ContactKind::Mobile)),
        office: phone(user.office_phone.clone()),
        office_editable: st.directory(&v.t.tenant).office_phone_is_editable(),
        region: v.t.tenant.policy.default_region.clone(),
        user,
        problems: Vec::new(),
    })
}

/// GET /admin/user/contacts?id=LOGIN
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let (v, user) = match user_of(&st, v, &which.id).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let page = form_page(&st, &v, user).await?;
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

/// A change to one contact: None to clear it.
struct Change {
    what: &'static str,
    value: Option<String>,
    masked: String,
}

/// The typed value read like registration reads it: None for a blank field.
fn parsed(
    typed: &str,
    field: &'static str,
    region: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Option<(String, String)> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let read = if field == "email" {
        Email::parse(typed).map(|e| (e.as_str().to_string(), e.masked()))
    } else {
        Phone::parse_in(typed, region).map(|p| (p.e164().to_string(), p.masked()))
    };
    match read {
        Ok(value) => Some(value),
        Err(message) => {
            problems.push(Problem { field, message });
            None
        }
    }
}

/// POST /admin/user/contacts?id=LOGIN
pub async fn submit(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<ContactsForm>,
) -> Result<Response, AppError> {
    let csrf = ActionForm {
        csrf: form.csrf.clone(),
    };
    let (mut v, user) = match acted_on(&st, v, &which, &csrf).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let tenant = v.t.tenant.clone();
    let key = user.key();
    let regs = st.store.registrations(&tenant.id, &key).await?;
    let mut page = form_page(&st, &v, user).await?;
    page.email = form.email.trim().chars().take(254).collect();
    page.mobile = form.mobile.trim().chars().take(40).collect();
    if page.office_editable {
        page.office = form.office.trim().chars().take(40).collect();
    }
    let region = tenant.policy.default_region.as_deref();
    let mut problems = Vec::new();
    let email = parsed(&page.email, "email", region, &mut problems);
    let mobile = parsed(&page.mobile, "mobile", region, &mut problems);
    let office = parsed(&page.office, "office", region, &mut problems);
    if problems.is_empty() && page.step_up {
        problems = step_up_problems(&st, &v, &admin, &form).await?;
    }
    if !problems.is_empty() {
        page.problems = problems;
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        return v.finish(&st, response).await;
    }
    let mut changes = Vec::new();
    let now = st.clock.now();
    let previous_email = stored(&regs, ContactKind::Email);
    for (kind, what, new) in [
        (ContactKind::Email, "alternate email", email),
        (ContactKind::Mobile, "mobile phone", mobile),
    ] {
        let old = stored(&regs, kind);
        let new_value = new.as_ref().map(|(value, _)| value.clone());
        if old == new_value {
            continue;
        }
        match new {
            Some((value, masked)) => {
                let reg = Registration {
                    kind,
                    value: value.clone(),
                    source: Source::Admin,
                    verified_at: Some(now),
                };
                st.store
                    .put_registration(&tenant.id, &key, &reg, now)
                    .await?;
                changes.push(Change {
                    what,
                    value: Some(value),
                    masked,
                });
            }
            None => {
                st.store.delete_registration(&tenant.id, &key, kind).await?;
                changes.push(Change {
                    what,
                    value: None,
                    masked: String::new(),
                });
            }
        }
    }
    let new_office = office.as_ref().map(|(value, _)| value.clone());
    if page.office_editable && new_office != page.user.office_phone {
        st.directory(&tenant)
            .set_office_phone(&page.user, new_office.as_deref())
            .await
            .map_err(|e| anyhow::anyhow!("saving the office phone: {e}"))?;
        changes.push(Change {
            what: "office phone",
            masked: office.map(|(_, masked)| masked).unwrap_or_default(),
            value: new_office,
        });
    }
    let back = user_page(&page.user.login);
    if changes.is_empty() {
        v.session.data.admin_flash =
            Some("Nothing changed: the contacts were already these.".into());
        return v.redirect(&st, &back).await;
    }
    let summary = changes
        .iter()
        .map(|c| match &c.value {
            Some(_) => format!("{} set to {}", c.what, c.masked),
            None => format!("{} removed", c.what),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let ctx = v.flow_ctx(&st);
    let detail = format!("by {}; {summary}", admin.login);
    ctx.audit(&page.user.login, "admin_set_contacts", "success", &detail)
        .await;
    tell_user(&ctx, &page.user, previous_email, &summary);
    v.session.data.admin_flash = Some(format!("Saved: {summary}."));
    v.redirect(&st, &back).await
}

/// What the admin's own proofs say, when the user is an admin.
async fn step_up_problems(
    st: &AppState,
    v: &Visit,
    admin: &AdminSignIn,
    form: &ContactsForm,
) -> anyhow::Result<Vec<Problem>> {
    if let Some(p) = step_up::refused(st, v, admin, &form.current_password).await? {
        return Ok(vec![Problem {
            field: "current_password",
            message: p.message,
        }]);
    }
    Ok(step_up::code_refused(st, v, admin, &form.code)
        .await?
        .map(|message| Problem {
            field: "code",
            message,
        })
        .into_iter()
        .collect())
}

/// Tells the user, at their own mailbox and the alternate email they had, that an admin
/// changed how they verify: a contact changed behind their back is how accounts are taken.
fn tell_user(ctx: &FlowCtx<'_>, user: &DirUser, previous_email: Option<String>, summary: &str) {
    let mut to: Vec<String> = user.mail.iter().cloned().chain(previous_email).collect();
    to.sort();
    to.dedup();
    let help = messages::helpdesk_words(&ctx.tenant.policy.helpdesk);
    let lines = vec![
        format!("Hello {},", user.display_name),
        format!(
            "An administrator changed the contacts your account {} uses to verify a password reset: {summary}.",
            user.login
        ),
        format!(
            "If you didn't ask for this, contact {help} right away and quote tracking ID {}.",
            ctx.tracking_id
        ),
    ];
    let emails = to
        .iter()
        .filter_map(|address| {
            messages::notice(
                ctx.tenant,
                address,
                "your security info was changed",
                &lines,
            )
            .map_err(
                |e| tracing::error!(error = %format!("{e:#}"), "rendering the contacts notice"),
            )
            .ok()
        })
        .collect();
    notify::send_later(ctx, emails);
}
