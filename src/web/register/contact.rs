//! Adding or changing the alternate email or the mobile phone: the new value, then its code.

use super::prove::prove_path;
use super::sign_in::CsrfForm;
use super::{SignedIn, SignedInForm, read_standing};
use crate::domain::policy::{Contact, Method};
use crate::error::AppError;
use crate::flows::account::{Account, kind_of};
use crate::flows::challenge::{self, Checked};
use crate::flows::contact_proof;
use crate::flows::contacts::{ContactChange, Refused, confirm, propose, resend as resend_code};
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "register/email.html")]
struct EmailPage {
    page: PageCtx,
    current: Option<String>,
    value: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "register/mobile.html")]
struct MobilePage {
    page: PageCtx,
    current: Option<String>,
    value: String,
    /// (value, label, checked) of each way to send the code the policy allows.
    ways: Vec<(&'static str, String, bool)>,
    error: Option<String>,
}

/// The form for a contact with what was typed and an error, or None if the policy has no
/// method for it.
async fn form(
    st: &AppState,
    v: Visit,
    account: &Account,
    method: Method,
    value: String,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let contact = method.contact();
    let Some(kind) = kind_of(contact) else {
        return v.redirect(st, "/register/methods").await;
    };
    let standing = read_standing(st, &v, account).await?;
    let (regs, proofs) = (&standing.registrations, &v.session.data.proofs);
    if contact_proof::required(regs, &account.login_key, kind, proofs, st.clock.now()).is_some() {
        return v.redirect(st, &prove_path(kind, false)).await;
    }
    let Some(status_row) = standing.registration(contact).cloned() else {
        return v.redirect(st, "/register/methods").await;
    };
    let current = status_row.value.as_deref().map(super::overview::readable);
    let response = match contact {
        Contact::AltEmail => render(
            status,
            &EmailPage {
                page: v.page(st),
                current,
                value,
                error,
            },
        ),
        _ => {
            let chosen = if status_row.methods.contains(&method) {
                method
            } else {
                status_row.methods.first().copied().unwrap_or(Method::Sms)
            };
            let ways = status_row
                .methods
                .iter()
                .filter(|m| matches!(m, Method::Sms | Method::Voice))
                .map(|m| match m {
                    Method::Voice => ("voice", v.t("register-way-call"), *m == chosen),
                    _ => ("sms", v.t("register-way-text"), *m == chosen),
                })
                .collect();
            render(
                status,
                &MobilePage {
                    page: v.page(st),
                    current,
                    value,
                    ways,
                    error,
                },
            )
        }
    };
    v.finish(st, response).await
}

/// GET /register/email
pub async fn email_form(
    State(st): State<AppState>,
    SignedIn { v, account }: SignedIn,
) -> Result<Response, AppError> {
    form(
        &st,
        v,
        &account,
        Method::Email,
        String::new(),
        StatusCode::OK,
        None,
    )
    .await
}

/// GET /register/mobile
pub async fn mobile_form(
    State(st): State<AppState>,
    SignedIn { v, account }: SignedIn,
) -> Result<Response, AppError> {
    form(
        &st,
        v,
        &account,
        Method::Sms,
        String::new(),
        StatusCode::OK,
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct SendForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    value: String,
}

/// POST /register/send: the new email or number; a code goes to it.
pub async fn send(
    State(st): State<AppState>,
    SignedInForm {
        v,
        account,
        form: f,
    }: SignedInForm<SendForm>,
) -> Result<Response, AppError> {
    let value: String = f.value.chars().take(320).collect();
    let method = Method::parse(&f.method).unwrap_or(Method::OfficeVoice);
    let proofs = v.session.data.proofs.clone();
    let outcome = propose(&v.flow_ctx(&st), &account, method, &value, &proofs).await?;
    after_send(&st, v, &account, method, value, outcome).await
}

async fn after_send(
    st: &AppState,
    mut v: Visit,
    account: &Account,
    method: Method,
    value: String,
    outcome: Result<ContactChange, Refused>,
) -> Result<Response, AppError> {
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let lang = v.lang;
    let (status, error) = match outcome {
        Ok(change) => {
            v.session.data.change = Some(change);
            return v.redirect(st, "/register/code").await;
        }
        Err(Refused::ProofNeeded(kind)) => {
            return v.redirect(st, &prove_path(kind, false)).await;
        }
        Err(Refused::Invalid(key)) => (unprocessable, lang.t(key)),
        Err(Refused::NotAllowed) => {
            let error = lang.t("choose-listed-way");
            let method = if method == Method::Email {
                method
            } else {
                Method::Sms
            };
            return form(st, v, account, method, value, unprocessable, Some(error)).await;
        }
        Err(Refused::Unchanged) => (unprocessable, lang.t("register-unchanged")),
        Err(Refused::Blocked(until)) => (
            StatusCode::TOO_MANY_REQUESTS,
            lang.t1(
                "register-blocked-until",
                "when",
                crate::i18n::format_date_time(lang, until),
            ),
        ),
        Err(Refused::Capped) => (StatusCode::TOO_MANY_REQUESTS, lang.t("codes-capped")),
        Err(Refused::Cooldown(secs)) => {
            let error = lang.t1("code-cooldown", "seconds", secs);
            return code_view(st, v, StatusCode::TOO_MANY_REQUESTS, Some(error)).await;
        }
    };
    form(st, v, account, method, value, status, Some(error)).await
}

#[derive(Template)]
#[template(path = "register/code.html")]
struct CodePage {
    page: PageCtx,
    /// The method, as the catalog's `method` selector value.
    method: &'static str,
    masked: String,
    minutes: i64,
    delivery_failed: bool,
    back: &'static str,
    error: Option<String>,
}

async fn code_view(
    st: &AppState,
    v: Visit,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let Some(change) = v.session.data.change.clone() else {
        return v.redirect(st, "/register/methods").await;
    };
    let method = change.challenge.method;
    let delivery_failed = challenge::delivery_failed(&v.flow_ctx(st), &change.challenge).await?;
    let page = CodePage {
        page: v.page(st),
        method: method.as_str(),
        masked: change.masked.clone(),
        minutes: v.t.tenant.policy.codes.ttl_secs / 60,
        delivery_failed,
        back: if method == Method::Email {
            "/register/email"
        } else {
            "/register/mobile"
        },
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// GET /register/code: the code page of the pending change.
pub async fn code_page(
    State(st): State<AppState>,
    SignedIn { v, .. }: SignedIn,
) -> Result<Response, AppError> {
    code_view(&st, v, StatusCode::OK, None).await
}

/// A typed code (here and on "Confirm it's you").
#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    pub(super) code: String,
}

csrf_forms!(SendForm, CodeForm);

/// POST /register/code: a right code saves the new value.
pub async fn code(
    State(st): State<AppState>,
    SignedInForm {
        mut v,
        account,
        form: f,
    }: SignedInForm<CodeForm>,
) -> Result<Response, AppError> {
    let Some(change) = v.session.data.change.clone() else {
        return v.redirect(&st, "/register/methods").await;
    };
    let (checked, proof) = confirm(&v.flow_ctx(&st), &account, &change, &f.code).await?;
    if checked == Checked::Passed {
        v.session.data.change = None;
        if let Some(proof) = proof {
            contact_proof::remember(&mut v.session.data.proofs, proof);
        }
        v.session.data.flash = Some(v.lang.t1("register-saved", "masked", &change.masked));
        v.session.rotate(&st).await?;
        return v.redirect(&st, "/register/methods").await;
    }
    let error = code_error(v.lang, checked);
    code_view(&st, v, StatusCode::UNPROCESSABLE_ENTITY, error).await
}

/// What the code page says of a code that didn't pass (None: nothing to add).
pub(super) fn code_error(lang: crate::i18n::Lang, checked: Checked) -> Option<String> {
    let error = match checked {
        Checked::Passed | Checked::DeliveryFailed => return None,
        Checked::Wrong { attempts, max } => lang.t1("code-tries-left", "count", max - attempts),
        Checked::Malformed => lang.t("code-malformed"),
        Checked::Expired => lang.t("code-expired"),
        Checked::TooManyAttempts => lang.t("code-dead"),
    };
    Some(error)
}

/// POST /register/resend: a new code after the cooldown.
pub async fn resend(
    State(st): State<AppState>,
    SignedInForm { v, account, .. }: SignedInForm<CsrfForm>,
) -> Result<Response, AppError> {
    let Some(change) = v.session.data.change.clone() else {
        return v.redirect(&st, "/register/methods").await;
    };
    let outcome = resend_code(&v.flow_ctx(&st), &account, &change).await?;
    let method = change.challenge.method;
    after_send(&st, v, &account, method, String::new(), outcome).await
}

/// POST /register/cancel: drops the pending change; nothing is saved.
pub async fn cancel(
    State(st): State<AppState>,
    SignedInForm { mut v, .. }: SignedInForm<CsrfForm>,
) -> Result<Response, AppError> {
    v.session.data.change = None;
    v.redirect(&st, "/register/methods").await
}
