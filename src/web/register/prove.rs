//! "Confirm it's you" before a contact changes: choose one of the contacts the user already
//! has, then enter the code sent to it (see `flows::contact_proof`).

use super::contact::CodeForm;
use super::{SignedIn, SignedInForm};
use crate::error::AppError;
use crate::flows::account::Account;
use crate::flows::challenge;
use crate::flows::contact_proof::{self, ProofOption};
use crate::flows::contacts::Refused;
use crate::state::AppState;
use crate::store::registrations::{ContactKind, Registration};
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "register/prove.html")]
struct ChoosePage {
    page: PageCtx,
    changing: &'static str,
    removing: bool,
    /// `remove` or `change`, for the lead's selector.
    removing_arg: &'static str,
    /// (kind, "Email a code to" / "Text a code to", masked value)
    options: Vec<(&'static str, String, String)>,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "register/prove_code.html")]
struct CodePage {
    page: PageCtx,
    /// The method, as the catalog's `method` selector value.
    method: &'static str,
    masked: String,
    minutes: i64,
    delivery_failed: bool,
    changing: &'static str,
    removing: bool,
    error: Option<String>,
}

/// Where the user goes once proven (or when no proof is needed).
fn next_path(changing: ContactKind, removing: bool) -> &'static str {
    match (removing, changing) {
        (true, _) => "/register/methods",
        (false, ContactKind::Email) => "/register/email",
        (false, ContactKind::Mobile) => "/register/mobile",
    }
}

/// The path that asks for a proof before `changing` changes.
pub fn prove_path(changing: ContactKind, removing: bool) -> String {
    let removing = if removing { "&removing=1" } else { "" };
    format!("/register/prove?changing={}{removing}", changing.as_str())
}

async fn registrations(
    st: &AppState,
    v: &Visit,
    account: &Account,
) -> anyhow::Result<Vec<Registration>> {
    let stored = st
        .store
        .registrations(&v.t.tenant.id, &account.login_key)
        .await?;
    Ok(account.with_directory(stored))
}

async fn choose(
    st: &AppState,
    v: Visit,
    changing: ContactKind,
    removing: bool,
    options: Vec<ProofOption>,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let options = options
        .into_iter()
        .map(|o| match o.kind {
            ContactKind::Email => ("email", v.t("prove-via-email"), o.masked),
            ContactKind::Mobile => ("mobile", v.t("prove-via-text"), o.masked),
        })
        .collect();
    let page = ChoosePage {
        page: v.page(st),
        changing: changing.as_str(),
        removing,
        removing_arg: if removing { "remove" } else { "change" },
        options,
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

#[derive(Deserialize)]
pub struct Asked {
    #[serde(default)]
    changing: String,
    #[serde(default)]
    removing: String,
}

/// GET /register/prove?changing=email|mobile[&removing=1]
pub async fn page(
    State(st): State<AppState>,
    SignedIn { v, account }: SignedIn,
    Query(q): Query<Asked>,
) -> Result<Response, AppError> {
    let Some(changing) = ContactKind::parse(&q.changing) else {
        return v.redirect(&st, "/register/methods").await;
    };
    let removing = !q.removing.is_empty();
    let regs = registrations(&st, &v, &account).await?;
    let proofs = v.session.data.proofs.clone();
    let now = st.clock.now();
    match contact_proof::required(&regs, &account.login_key, changing, &proofs, now) {
        None => v.redirect(&st, next_path(changing, removing)).await,
        Some(options) => choose(&st, v, changing, removing, options, StatusCode::OK, None).await,
    }
}

#[derive(Deserialize)]
pub struct SendForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    changing: String,
    #[serde(default)]
    removing: String,
    #[serde(default)]
    via: String,
}

csrf_forms!(SendForm);

/// POST /register/prove: sends a code to the chosen existing contact.
pub async fn send(
    State(st): State<AppState>,
    SignedInForm {
        mut v,
        account,
        form: f,
    }: SignedInForm<SendForm>,
) -> Result<Response, AppError> {
    let Some(changing) = ContactKind::parse(&f.changing) else {
        return v.redirect(&st, "/register/methods").await;
    };
    let removing = !f.removing.is_empty();
    let regs = registrations(&st, &v, &account).await?;
    let now = st.clock.now();
    let Some(options) = contact_proof::required(&regs, &account.login_key, changing, &[], now)
    else {
        return v.redirect(&st, next_path(changing, removing)).await;
    };
    let lang = v.lang;
    let refuse = |status, error: String| (status, Some(error));
    let (status, error) = match ContactKind::parse(&f.via) {
        None => refuse(StatusCode::UNPROCESSABLE_ENTITY, lang.t("prove-choose")),
        Some(via) => {
            let waiting = v
                .session
                .data
                .proving
                .as_ref()
                .filter(|p| p.kind == via)
                .map(|p| challenge::cooldown_left(&v.flow_ctx(&st), &p.challenge))
                .unwrap_or(0);
            if waiting > 0 {
                refuse(
                    StatusCode::TOO_MANY_REQUESTS,
                    lang.t1("code-cooldown", "seconds", waiting),
                )
            } else {
                let ctx = v.flow_ctx(&st);
                match contact_proof::send(&ctx, &account, &regs, changing, removing, via).await? {
                    Ok(pending) => {
                        v.session.data.proving = Some(pending);
                        return v.redirect(&st, "/register/prove/code").await;
                    }
                    Err(Refused::Blocked(until)) => refuse(
                        StatusCode::TOO_MANY_REQUESTS,
                        lang.t1(
                            "prove-blocked-until",
                            "when",
                            crate::i18n::format_date_time(lang, until),
                        ),
                    ),
                    Err(Refused::Capped) => {
                        refuse(StatusCode::TOO_MANY_REQUESTS, lang.t("codes-capped"))
                    }
                    Err(_) => refuse(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        lang.t("choose-listed-way"),
                    ),
                }
            }
        }
    };
    choose(&st, v, changing, removing, options, status, error).await
}

async fn code_view(
    st: &AppState,
    v: Visit,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let Some(pending) = v.session.data.proving.clone() else {
        return v.redirect(st, "/register/methods").await;
    };
    let delivery_failed = challenge::delivery_failed(&v.flow_ctx(st), &pending.challenge).await?;
    let page = CodePage {
        page: v.page(st),
        method: contact_proof::method(pending.kind).as_str(),
        masked: pending.masked.clone(),
        minutes: v.t.tenant.policy.codes.ttl_secs / 60,
        delivery_failed,
        changing: pending.changing.as_str(),
        removing: pending.removing,
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// GET /register/prove/code
pub async fn code_page(
    State(st): State<AppState>,
    SignedIn { v, .. }: SignedIn,
) -> Result<Response, AppError> {
    code_view(&st, v, StatusCode::OK, None).await
}

/// POST /register/prove/code: a right code proves the user for the next 10 minutes.
pub async fn code(
    State(st): State<AppState>,
    SignedInForm {
        mut v,
        account,
        form: f,
    }: SignedInForm<CodeForm>,
) -> Result<Response, AppError> {
    let Some(pending) = v.session.data.proving.clone() else {
        return v.redirect(&st, "/register/methods").await;
    };
    let regs = registrations(&st, &v, &account).await?;
    let ctx = v.flow_ctx(&st);
    let (checked, proof) = contact_proof::check(&ctx, &account, &regs, &pending, &f.code).await?;
    if let Some(proof) = proof {
        contact_proof::remember(&mut v.session.data.proofs, proof);
        v.session.data.proving = None;
        if pending.removing {
            v.session.data.flash = Some(v.lang.t1(
                "prove-confirmed",
                "minutes",
                contact_proof::PROOF_SECS / 60,
            ));
        }
        v.session.rotate(&st).await?;
        return v
            .redirect(&st, next_path(pending.changing, pending.removing))
            .await;
    }
    let error = super::contact::code_error(v.lang, checked);
    code_view(&st, v, StatusCode::UNPROCESSABLE_ENTITY, error).await
}
