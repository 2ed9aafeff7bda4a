//! The reset steps after the start page: choose a method, confirm the number, enter the code,
//! set the new password. Every POST redirects to `/reset/verify` on success, which shows the
//! page for wherever the flow stands.

use super::start::blocked;
use crate::domain::policy::Method;
use crate::error::AppError;
use crate::flows::gates::{self, SendOutcome, VerifyOutcome};
use crate::flows::unlock::{UnlockOutcome, unlock_account};
use crate::flows::{LockAfter, ResetFlow, Stage};
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// A method as offered on the page.
struct OptionView {
    value: &'static str,
    label: String,
    masked: String,
}

#[derive(Template)]
#[template(path = "reset/methods.html")]
struct MethodsPage {
    page: PageCtx,
    gate: u8,
    gates: u8,
    options: Vec<OptionView>,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "reset/phone.html")]
struct PhonePage {
    page: PageCtx,
    /// The method, as the catalog's `method` selector value.
    method: &'static str,
    masked: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "reset/code.html")]
struct CodePage {
    page: PageCtx,
    gate: u8,
    gates: u8,
    /// The method, as the catalog's `method` selector value.
    method: &'static str,
    masked: String,
    minutes: i64,
    delivery_failed: bool,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "reset/password.html")]
pub(super) struct PasswordPage {
    pub(super) page: PageCtx,
    pub(super) min_length: usize,
    pub(super) reasons: Vec<String>,
    pub(super) error: Option<String>,
}

#[derive(Template)]
#[template(path = "reset/done.html")]
struct DonePage {
    page: PageCtx,
    /// The flow was "I'm locked out" (no new password).
    unlock_flow: bool,
    /// The directory says the account was locked and now isn't.
    unlocked: bool,
    /// The directory says the account is locked still.
    still_locked: bool,
    reset_href: String,
}

#[derive(Template)]
#[template(path = "reset/unlock.html")]
struct UnlockPage {
    page: PageCtx,
}

/// Renders the page for the flow's current stage, with an optional error and status.
pub(super) async fn show(
    st: &AppState,
    v: Visit,
    flow: ResetFlow,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let lang = v.lang;
    let page = v.page(st);
    let masked = |m: Method| {
        flow.options
            .iter()
            .find(|o| o.method == m)
            .map(|o| o.masked.clone())
            .unwrap_or_default()
    };
    let response = match flow.stage() {
        Stage::ChooseMethod => {
            let options = flow
                .remaining()
                .into_iter()
                .map(|o| OptionView {
                    value: o.method.as_str(),
                    label: lang.t1("method-label", "method", o.method.as_str()),
                    masked: o.masked.clone(),
                })
                .collect();
            render(
                status,
                &MethodsPage {
                    page,
                    gate: flow.gate(),
                    gates: flow.gates,
                    options,
                    error,
                },
            )
        }
        Stage::ConfirmNumber(m) => render(
            status,
            &PhonePage {
                page,
                method: m.as_str(),
                masked: masked(m),
                error,
            },
        ),
        Stage::EnterCode(m) => {
            let delivery_failed = gates::delivery_failed(&v.flow_ctx(st), &flow).await?;
            let page = CodePage {
                page,
                gate: flow.gate(),
                gates: flow.gates,
                method: m.as_str(),
                masked: masked(m),
                minutes: v.t.tenant.policy.codes.ttl_secs / 60,
                delivery_failed,
                error,
            };
            render(status, &page)
        }
        Stage::NewPassword => {
            let min_length = v.t.tenant.policy.password.min_length;
            let reasons = Vec::new();
            render(
                status,
                &PasswordPage {
                    page,
                    min_length,
                    reasons,
                    error,
                },
            )
        }
        Stage::Unlock => render(status, &UnlockPage { page }),
        Stage::Done => render(
            status,
            &DonePage {
                page,
                unlock_flow: flow.unlock,
                unlocked: flow.lock_after == LockAfter::Unlocked,
                still_locked: flow.lock_after == LockAfter::StillLocked,
                reset_href: v.href("/reset"),
            },
        ),
    };
    let mut v = v;
    v.session.data.reset = Some(flow);
    v.finish(st, response).await
}

/// GET /reset/verify: the page for wherever the flow stands.
pub async fn current(State(st): State<AppState>, mut v: Visit) -> Result<Response, AppError> {
    match v.session.data.reset.take() {
        Some(flow) => show(&st, v, flow, StatusCode::OK, None).await,
        None => v.expired(&st).await,
    }
}

#[derive(Deserialize)]
pub struct StepForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    code: String,
}

/// Common checks of every step POST: a live flow and a valid CSRF token.
pub(super) async fn begin(
    st: &AppState,
    mut v: Visit,
    csrf: &str,
) -> Result<Result<(Visit, ResetFlow), Response>, AppError> {
    if !v.csrf_ok(csrf) {
        return Ok(Err(v.csrf_failed(st).await?));
    }
    match v.session.data.reset.take() {
        Some(flow) if !flow.done => Ok(Ok((v, flow))),
        Some(flow) => {
            v.session.data.reset = Some(flow);
            Ok(Err(v.redirect(st, "/reset/verify").await?))
        }
        None => Ok(Err(v.expired(st).await?)),
    }
}

/// Maps a send outcome to the next page.
async fn after_send(
    st: &AppState,
    mut v: Visit,
    flow: ResetFlow,
    outcome: SendOutcome,
) -> Result<Response, AppError> {
    let lang = v.lang;
    let error = |key: &str| Some(lang.t(key));
    match outcome {
        SendOutcome::Sent | SendOutcome::NeedNumber => {
            v.session.data.reset = Some(flow);
            v.redirect(st, "/reset/verify").await
        }
        SendOutcome::NumberMismatch(reason) => {
            let msg = error(reason.unwrap_or("reset-number-mismatch"));
            show(st, v, flow, StatusCode::UNPROCESSABLE_ENTITY, msg).await
        }
        SendOutcome::NotOffered => {
            show(
                st,
                v,
                flow,
                StatusCode::UNPROCESSABLE_ENTITY,
                error("choose-listed-method"),
            )
            .await
        }
        SendOutcome::Blocked(until) => {
            v.session.data.reset = None;
            blocked(st, v, until).await
        }
        SendOutcome::Capped => {
            let msg = error("reset-codes-capped");
            show(st, v, flow, StatusCode::TOO_MANY_REQUESTS, msg).await
        }
        SendOutcome::Cooldown(secs) => {
            let msg = lang.t1("code-cooldown", "seconds", secs);
            show(st, v, flow, StatusCode::TOO_MANY_REQUESTS, Some(msg)).await
        }
    }
}

/// POST /reset/method: picks a method for this gate.
pub async fn choose(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let lang = v.lang;
    let (v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    let Some(method) = Method::parse(&form.method) else {
        return show(
            &st,
            v,
            flow,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(lang.t("choose-listed-method")),
        )
        .await;
    };
    let outcome = gates::choose(&v.flow_ctx(&st), &mut flow, method).await?;
    after_send(&st, v, flow, outcome).await
}

/// POST /reset/phone: the full number typed by the user.
pub async fn phone(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let (v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    let outcome = gates::confirm_number(&v.flow_ctx(&st), &mut flow, &form.number).await?;
    after_send(&st, v, flow, outcome).await
}

/// POST /reset/resend: a new code (the previous one stops working).
pub async fn resend(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let (v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    let outcome = gates::resend(&v.flow_ctx(&st), &mut flow).await?;
    after_send(&st, v, flow, outcome).await
}

/// POST /reset/unlock: after the gates, unlocks the account (the password stays).
pub async fn unlock(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let lang = v.lang;
    let (mut v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    let outcome = unlock_account(&v.flow_ctx(&st), &mut flow).await?;
    if outcome == UnlockOutcome::NotVerified {
        let error = Some(lang.t("reset-verify-first"));
        return show(&st, v, flow, StatusCode::FORBIDDEN, error).await;
    }
    v.session.data.reset = Some(flow);
    if outcome == UnlockOutcome::Done {
        v.redirect(&st, "/reset/verify").await
    } else {
        super::start::unavailable_then(&st, v, "/reset/verify").await
    }
}

/// POST /reset/another: back to the method choice.
pub async fn another(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let (mut v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    gates::another_method(&mut flow);
    v.session.data.reset = Some(flow);
    v.redirect(&st, "/reset/verify").await
}

/// POST /reset/code: the code the user received.
pub async fn code(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let lang = v.lang;
    let (mut v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    let outcome = gates::verify(&v.flow_ctx(&st), &mut flow, &form.code).await?;
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    match outcome {
        VerifyOutcome::Passed { .. } => {
            v.session.rotate(&st).await?;
            v.session.data.reset = Some(flow);
            v.redirect(&st, "/reset/verify").await
        }
        VerifyOutcome::Wrong { remaining } => {
            let msg = lang.t1("code-tries-left", "count", remaining);
            show(&st, v, flow, unprocessable, Some(msg)).await
        }
        VerifyOutcome::Malformed => {
            show(&st, v, flow, unprocessable, Some(lang.t("code-malformed"))).await
        }
        VerifyOutcome::Expired => {
            let msg = lang.t("code-expired");
            show(&st, v, flow, unprocessable, Some(msg)).await
        }
        VerifyOutcome::TooManyAttempts => {
            let msg = lang.t("reset-code-dead");
            show(&st, v, flow, unprocessable, Some(msg)).await
        }
        VerifyOutcome::DeliveryFailed => show(&st, v, flow, unprocessable, None).await,
        VerifyOutcome::NoChallenge => {
            show(
                &st,
                v,
                flow,
                unprocessable,
                Some(lang.t("reset-choose-method-first")),
            )
            .await
        }
    }
}
