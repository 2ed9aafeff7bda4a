//! The methods page (every contact the policy allows, with its status), removal,
//! re-confirmation ("Are these still correct?"), and the way back to the sending application.

use super::prove::prove_path;
use super::sign_in::CsrfForm;
use super::{SignedIn, SignedInForm, onward, read_standing};
use crate::domain::contact::Phone;
use crate::domain::policy::{Contact, Method};
use crate::error::AppError;
use crate::flows::account::{Account, ContactStatus, Requirement, Standing, reconfirm};
use crate::flows::contacts::{Removal, remove as remove_contact};
use crate::i18n::{Lang, format_date};
use crate::state::AppState;
use crate::store::registrations::{ContactKind, Source};
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// One contact as a row of the page.
pub(super) struct Row {
    title: String,
    value: Option<String>,
    status: String,
    /// Where to add or change it, and the link's words; none for the office phone.
    edit: Option<(String, String)>,
    /// `email` or `mobile` when the user may remove it (not a contact read from the directory).
    removable: Option<&'static str>,
}

fn row(lang: Lang, base: &str, c: &ContactStatus) -> Row {
    let status = match (c.source, c.verified_at, &c.value) {
        (_, _, None) => lang.t("contact-not-set"),
        (Some(Source::Admin | Source::Directory), _, Some(_)) => lang.t("contact-by-admin"),
        (_, Some(at), Some(_)) => lang.t1("contact-verified-on", "date", format_date(lang, at)),
        (_, None, Some(_)) => lang.t("contact-not-verified"),
    };
    let (title, edit, kind) = match c.contact {
        Contact::AltEmail => ("contact-alt-email", Some("/register/email"), Some("email")),
        Contact::Mobile => ("contact-mobile", Some("/register/mobile"), Some("mobile")),
        Contact::Office => ("contact-office", None, None),
    };
    let label = lang.t(if c.value.is_some() {
        "action-change"
    } else {
        "action-add"
    });
    Row {
        title: lang.t(title),
        value: c.value.as_deref().map(readable),
        status,
        edit: edit.map(|path| (format!("{base}{path}"), label)),
        // The directory's own contact can be replaced by the user's, not removed.
        removable: kind.filter(|_| c.value.is_some() && c.source != Some(Source::Directory)),
    }
}

/// A stored value as the user reads it: phone numbers in international form.
pub(super) fn readable(value: &str) -> String {
    match Phone::parse(value) {
        Ok(phone) => phone.display(),
        Err(_) => value.to_string(),
    }
}

/// How a contact can be used, as the page says it.
fn uses(lang: Lang, c: &ContactStatus) -> String {
    let has = |wanted: &[Method]| c.methods.iter().any(|m| wanted.contains(m));
    let ways = match (
        has(&[Method::Email]),
        has(&[Method::Sms]),
        has(&[Method::Voice, Method::OfficeVoice]),
    ) {
        (true, _, _) => "email",
        (_, true, true) => "sms-voice",
        (_, true, false) => "sms",
        _ => "voice",
    };
    lang.t1("contact-used-for", "ways", ways)
}

#[derive(Template)]
#[template(path = "register/methods.html")]
struct MethodsPage {
    page: PageCtx,
    name: String,
    rows: Vec<(Row, String)>,
    flash: Option<String>,
    error: Option<String>,
    usable: usize,
    needed: usize,
    reconfirm_due: bool,
    /// Sent by another application: offer the way back.
    interstitial: bool,
    can_continue: bool,
    can_skip: bool,
}

async fn show(
    st: &AppState,
    mut v: Visit,
    account: &Account,
    standing: &Standing,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let policy = &v.t.tenant.policy;
    let requirement = standing.requirement(account, policy.require_registration);
    let interstitial = v.session.data.return_to.is_some();
    let rows = standing
        .contacts
        .iter()
        .map(|c| (row(v.lang, &v.t.base, c), uses(v.lang, c)))
        .collect();
    let page = MethodsPage {
        page: v.page(st),
        name: account.display_name.clone(),
        rows,
        flash: v.session.data.flash.take(),
        error,
        usable: standing.usable,
        needed: standing.needed,
        reconfirm_due: standing.reconfirm_due,
        interstitial,
        can_continue: interstitial && requirement == Requirement::Nothing,
        can_skip: interstitial
            && requirement != Requirement::Nothing
            && policy.allow_skip_registration,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// GET /register/methods
pub async fn page(
    State(st): State<AppState>,
    SignedIn { v, account }: SignedIn,
) -> Result<Response, AppError> {
    let standing = read_standing(&st, &v, &account).await?;
    show(&st, v, &account, &standing, StatusCode::OK, None).await
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    kind: String,
}

csrf_forms!(RemoveForm);

/// POST /register/remove: refused when it would leave fewer contacts than the gates need.
pub async fn remove(
    State(st): State<AppState>,
    SignedInForm {
        mut v,
        account,
        form,
    }: SignedInForm<RemoveForm>,
) -> Result<Response, AppError> {
    let standing = read_standing(&st, &v, &account).await?;
    let Some(kind) = ContactKind::parse(&form.kind) else {
        let error = v.t("remove-choose");
        return show(
            &st,
            v,
            &account,
            &standing,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(error),
        )
        .await;
    };
    let proofs = v.session.data.proofs.clone();
    let outcome = remove_contact(&v.flow_ctx(&st), &account, &standing, kind, &proofs).await?;
    let error = match outcome {
        Removal::ProofNeeded => {
            return v.redirect(&st, &prove_path(kind, true)).await;
        }
        Removal::Removed => {
            v.session.data.flash = Some(v.t("contact-removed"));
            return v.redirect(&st, "/register/methods").await;
        }
        Removal::BelowMinimum { needed } => v.lang.t1("remove-below-minimum", "count", needed),
        Removal::NotSet => v.t("remove-nothing"),
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    show(&st, v, &account, &standing, status, Some(error)).await
}

#[derive(Template)]
#[template(path = "register/confirm.html")]
struct ConfirmPage {
    page: PageCtx,
    rows: Vec<Row>,
}

/// GET /register/confirm: "Are these still correct?"
pub async fn confirm_page(
    State(st): State<AppState>,
    SignedIn { v, account }: SignedIn,
) -> Result<Response, AppError> {
    let standing = read_standing(&st, &v, &account).await?;
    let rows = standing
        .contacts
        .iter()
        .filter(|c| c.value.is_some())
        .map(|c| row(v.lang, &v.t.base, c))
        .collect();
    let page = ConfirmPage {
        page: v.page(&st),
        rows,
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

/// POST /register/confirm: "Looks good" records the confirmation.
pub async fn confirm(
    State(st): State<AppState>,
    SignedInForm { mut v, account, .. }: SignedInForm<CsrfForm>,
) -> Result<Response, AppError> {
    reconfirm(&v.flow_ctx(&st), &account).await?;
    v.session.data.flash = Some(v.t("contacts-reconfirmed"));
    onward(&st, v, &account).await
}

/// GET /register/continue: back to the sending application once nothing more is required.
pub async fn go_on(
    State(st): State<AppState>,
    SignedIn { v, account }: SignedIn,
) -> Result<Response, AppError> {
    onward(&st, v, &account).await
}

/// GET /register/skip: "Skip for now", where the policy allows it; asked again next sign-in.
pub async fn skip(
    State(st): State<AppState>,
    SignedIn { mut v, account }: SignedIn,
) -> Result<Response, AppError> {
    if !v.t.tenant.policy.allow_skip_registration {
        return onward(&st, v, &account).await;
    }
    let Some(url) = v.session.data.return_to.take() else {
        return v.redirect(&st, "/register/methods").await;
    };
    v.flow_ctx(&st)
        .audit(&account.login, "registration_skipped", "success", &url)
        .await;
    v.finish(&st, Redirect::to(&url).into_response()).await
}
