//! The console's second factor: an authenticator-app code. At an admin's first sign-in the
//! page enrols the app (a QR code drawn here, and the secret to type in) and the first code
//! confirms it; each code is accepted once, and wrong ones count like wrong passwords.

use super::{current, keep_alive};
use crate::error::AppError;
use crate::security::throttle::Throttle;
use crate::security::totp;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::session::AdminSignIn;
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/code.html")]
struct CodePage {
    page: PageCtx,
    /// At enrolment: the QR code (SVG) and the secret to type in.
    enrol: Option<(String, String)>,
    error: Option<String>,
}

/// The QR code of `uri` as SVG markup (no XML prolog, for inlining in the page).
fn qr_svg(uri: &str) -> anyhow::Result<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    Ok(svg
        .find("<svg")
        .map(|at| svg[at..].to_string())
        .unwrap_or(svg))
}

async fn show(
    st: &AppState,
    v: Visit,
    admin: &AdminSignIn,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let store = &st.store;
    let tenant_id = &v.t.tenant.id;
    let mut mfa = store.admin_mfa(tenant_id, &admin.login_key).await?;
    if mfa.is_none() {
        store
            .start_admin_enrolment(tenant_id, &admin.login_key, &totp::new_secret())
            .await?;
        mfa = store.admin_mfa(tenant_id, &admin.login_key).await?;
    }
    let enrol = match mfa {
        Some(m) if !m.enrolled => {
            let page = v.page(st);
            let uri = totp::uri(&page.org, &admin.login, &m.secret);
            Some((qr_svg(&uri)?, totp::display_secret(&m.secret)))
        }
        _ => None,
    };
    let page = CodePage {
        page: v.page(st),
        enrol,
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// GET /admin/code: the code form, or the enrolment at a first sign-in.
pub async fn page(State(st): State<AppState>, mut v: Visit) -> Result<Response, AppError> {
    match current(&mut v, st.clock.now()) {
        Some(admin) if !admin.verified => show(&st, v, &admin, StatusCode::OK, None).await,
        _ => v.redirect(&st, "/admin").await,
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

/// POST /admin/code: a right, unused code completes the sign-in (the session ID changes).
pub async fn submit(
    State(st): State<AppState>,
    mut v: Visit,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin").await;
    }
    let now = st.clock.now();
    let Some(mut admin) = current(&mut v, now).filter(|a| !a.verified) else {
        return v.redirect(&st, "/admin").await;
    };
    let tenant = v.t.tenant.clone();
    let throttle = Throttle {
        store: &st.store,
        tenant_id: &tenant.id,
        settings: &tenant.policy.throttle,
        now,
    };
    if !throttle.sign_in_try(&admin.login_key, &v.ip).await? {
        let error = v.lang.t("step-up-code-throttled");
        return show(&st, v, &admin, StatusCode::TOO_MANY_REQUESTS, Some(error)).await;
    }
    let mfa = st.store.admin_mfa(&tenant.id, &admin.login_key).await?;
    let Some(mfa) = mfa else {
        return v.redirect(&st, "/admin/code").await;
    };
    let ctx = v.flow_ctx(&st);
    let refusal = match totp::matching_step(&mfa.secret, &form.code, now) {
        None => Some(("wrong authenticator code", "step-up-code-wrong")),
        Some(step) => {
            if st
                .store
                .use_admin_step(&tenant.id, &admin.login_key, step, now)
                .await?
            {
                None
            } else {
                Some(("authenticator code used before", "step-up-code-used"))
            }
        }
    };
    if let Some((detail, message)) = refusal {
        ctx.audit(&admin.login, "admin_sign_in_failed", "failure", detail)
            .await;
        let message = v.lang.t(message);
        return show(
            &st,
            v,
            &admin,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(message),
        )
        .await;
    }
    throttle.sign_in_settled(&admin.login_key, &v.ip).await?;
    let detail = if mfa.enrolled {
        ""
    } else {
        tell_admins_of_enrolment(&ctx, &admin).await;
        "authenticator app enrolled"
    };
    ctx.audit(&admin.login, "admin_signed_in", "success", detail)
        .await;
    admin.verified = true;
    admin.last_seen = now;
    v.session.rotate(&st).await?;
    v.session.data.admin = Some(admin);
    keep_alive(&mut v, now);
    v.redirect(&st, "/admin").await
}

/// Tells the admin and every other admin that an authenticator was set up for this admin's
/// sign-in: someone who learnt an admin's password before their first sign-in could enrol
/// one, and this is how they find out.
async fn tell_admins_of_enrolment(ctx: &crate::flows::FlowCtx<'_>, admin: &AdminSignIn) {
    let mut to = match crate::flows::notify::admin_mailboxes(ctx).await {
        Ok(all) => all,
        Err(e) => {
            tracing::error!(tracking_id = ctx.tracking_id, error = %format!("{e:#}"), "reading the admins' mailboxes");
            Vec::new()
        }
    };
    to.extend(admin.mail.clone());
    to.sort();
    to.dedup();
    let at = crate::clock::format_utc(ctx.now());
    // Other admins read it: in the organisation's language, not this admin's page's.
    let lang = ctx.tenant.policy.default_language;
    let lines = vec![
        lang.t2("mfa-enrolled-notice", "login", &admin.login, "at", at),
        lang.t1("mfa-enrolled-advice", "tracking", ctx.tracking_id),
    ];
    let subject = lang.t("mfa-enrolled-subject");
    let emails = to
        .iter()
        .filter_map(|address| {
            crate::channels::messages::notice(ctx.tenant, lang, address, &subject, &lines).ok()
        })
        .collect();
    crate::flows::notify::send_later(ctx, emails);
}
