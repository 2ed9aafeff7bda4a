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
    label: &'static str,
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
    label: &'static str,
    masked: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "reset/code.html")]
struct CodePage {
    page: PageCtx,
    gate: u8,
    gates: u8,
    sent_how: &'static str,
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

fn sent_how(method: Method) -> &'static str {
    match method {
        Method::Email => "We emailed a code to",
        Method::Sms => "We texted a code to",
        Method::Voice | Method::OfficeVoice => "We're calling you with a code at",
    }
}

/// Renders the page for the flow's current stage, with an optional error and status.
pub(super) async fn show(
    st: &AppState,
    v: Visit,
    flow: ResetFlow,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
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
                    label: o.method.label(),
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
                label: m.label(),
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
                sent_how: sent_how(m),
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
    let error = |s: &str| Some(s.to_string());
    match outcome {
        SendOutcome::Sent | SendOutcome::NeedNumber => {
            v.session.data.reset = Some(flow);
            v.redirect(st, "/reset/verify").await
        }
        SendOutcome::NumberMismatch(reason) => {
            let msg = reason.unwrap_or_else(|| "That number doesn't match the one we have for you. Check it and try again, or choose another method.".into());
            show(st, v, flow, StatusCode::UNPROCESSABLE_ENTITY, Some(msg)).await
        }
        SendOutcome::NotOffered => {
            show(
                st,
                v,
                flow,
                StatusCode::UNPROCESSABLE_ENTITY,
                error("Choose one of the methods listed."),
            )
            .await
        }
        SendOutcome::Blocked(until) => {
            v.session.data.reset = None;
            blocked(st, v, until).await
        }
        SendOutcome::Capped => {
            let msg =
                "Too many codes have been sent lately. Wait an hour, or choose another method.";
            show(st, v, flow, StatusCode::TOO_MANY_REQUESTS, error(msg)).await
        }
        SendOutcome::Cooldown(secs) => {
            let msg = format!("Please wait {secs} more seconds before asking for a new code.");
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
            Some("Choose one of the methods listed.".into()),
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
    let (mut v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    let outcome = unlock_account(&v.flow_ctx(&st), &mut flow).await?;
    if outcome == UnlockOutcome::NotVerified {
        let error = Some("Verify your identity first.".to_string());
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
            let msg = format!(
                "That code isn't right. You can try {remaining} more time{}.",
                if remaining == 1 { "" } else { "s" }
            );
            show(&st, v, flow, unprocessable, Some(msg)).await
        }
        VerifyOutcome::Malformed => {
            show(
                &st,
                v,
                flow,
                unprocessable,
                Some("Enter the 8-digit code from the message.".into()),
            )
            .await
        }
        VerifyOutcome::Expired => {
            let msg = "That code has expired or was replaced by a newer one. Ask for a new code.";
            show(&st, v, flow, unprocessable, Some(msg.into())).await
        }
        VerifyOutcome::TooManyAttempts => {
            let msg = "Too many wrong codes: this code no longer works. Ask for a new code or choose another method.";
            show(&st, v, flow, unprocessable, Some(msg.into())).await
        }
        VerifyOutcome::DeliveryFailed => show(&st, v, flow, unprocessable, None).await,
        VerifyOutcome::NoChallenge => {
            show(
                &st,
                v,
                flow,
                unprocessable,
                Some("Choose a method first.".into()),
            )
            .await
        }
    }
}
