//! The console's form for a user's contacts for verification (alternate email, mobile phone,
//! and the office phone where the embedded directory keeps it); `flows::admin_contacts`
//! reads, saves, audits and tells. Changing an admin's contacts takes step-up.

use super::users::{ActionForm, Which, acted_on, user_of, user_page};
use super::{Admin, step_up};
use crate::directory::DirUser;
use crate::domain::contact::Phone;
use crate::error::AppError;
use crate::flows::admin_contacts::{Edit, Wanted, problems, set_contacts, stored};
use crate::state::AppState;
use crate::store::registrations::ContactKind;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::flows::admin_contacts::Refused;

/// A value that can't be saved: its field and what to say, in the page's language.
struct Problem {
    field: &'static str,
    message: String,
}

fn refusals(lang: crate::i18n::Lang, refused: Vec<Refused>) -> Vec<Problem> {
    refused
        .into_iter()
        .map(|r| Problem {
            field: r.field,
            message: lang.t(r.message),
        })
        .collect()
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

async fn form_page(st: &AppState, v: &Visit, user: DirUser) -> anyhow::Result<ContactsPage> {
    let regs = st.store.registrations(&v.t.tenant.id, &user.key()).await?;
    let phone = |e164: Option<String>| {
        e164.map(|n| Phone::parse(&n).map(|p| p.display()).unwrap_or(n))
            .unwrap_or_default()
    };
    Ok(ContactsPage {
        page: v.page(st),
        step_up: super::user_reset::is_admin(st, v, &user).await,
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
    let mut page = form_page(&st, &v, user).await?;
    page.email = form.email.trim().chars().take(254).collect();
    page.mobile = form.mobile.trim().chars().take(40).collect();
    let wanted = Wanted {
        email: Edit::from_field(&page.email),
        mobile: Edit::from_field(&page.mobile),
        office: if page.office_editable {
            page.office = form.office.trim().chars().take(40).collect();
            Edit::from_field(&page.office)
        } else {
            Edit::Keep
        },
    };
    // The values first, so a typo doesn't spend the admin's authenticator code.
    page.problems = refusals(v.lang, problems(&v.flow_ctx(&st), &wanted));
    if page.problems.is_empty() && page.step_up {
        let proofs =
            step_up::password_and_code(&st, &v, &admin, &form.current_password, &form.code);
        page.problems
            .extend(proofs.await?.map(|(field, message)| Problem {
                field,
                message: v.lang.text(&message),
            }));
    }
    if page.problems.is_empty() {
        match set_contacts(&v.flow_ctx(&st), &page.user, &wanted, &admin.login).await? {
            Ok(changes) => {
                v.session.data.admin_flash = Some(if changes.is_empty() {
                    v.lang.t("contacts-unchanged")
                } else {
                    v.lang
                        .t1("contacts-saved", "summary", changes.describe(v.lang))
                });
                let back = user_page(&page.user.login);
                return v.redirect(&st, &back).await;
            }
            Err(refused) => page.problems = refusals(v.lang, refused),
        }
    }
    let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    v.finish(&st, response).await
}
