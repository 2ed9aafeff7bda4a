//! The console's branding page: the organisation's name, logo, accent colour and sign-in
//! message, with a preview of the reset page drawn from the unsaved values. A logo is
//! re-encoded before it is kept; saving checks the whole policy like every other page.

use super::Admin;
use super::logo_image::{self, MAX_BYTES};
use crate::domain::branding::name_problem;
use crate::domain::policy::Branding;
use crate::domain::policy_check::Problem;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::collections::HashMap;

/// Uploaded pictures are decoded one at a time.
static LOGO_DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

/// The accent shown when none is set (as in app.css).
const DEFAULT_ACCENT: &str = "#0a5fb4";

#[derive(Template)]
#[template(path = "admin/branding.html")]
struct BrandingPage {
    page: PageCtx,
    name: String,
    accent: String,
    message: String,
    /// Where the logo that would be saved is served from, if there is one.
    logo_src: Option<String>,
    /// A logo uploaded with a preview and not saved yet.
    pending_logo: String,
    preview: bool,
    errors: HashMap<&'static str, String>,
    summary: Vec<String>,
}

impl BrandingPage {
    fn error(&self, key: &str) -> Option<&String> {
        self.errors.get(key)
    }
}

/// What the form holds.
#[derive(Default)]
struct Submitted {
    fields: HashMap<String, String>,
    /// The uploaded file's bytes (up to one byte past the limit), if a file was chosen.
    logo: Option<Vec<u8>>,
}

impl Submitted {
    fn text(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

/// Reads the multipart form, keeping at most `MAX_BYTES + 1` of the file.
/// `None` when the form didn't arrive whole.
async fn read_form(mut form: Multipart) -> Option<Submitted> {
    let mut out = Submitted::default();
    while let Some(mut field) = form.next_field().await.ok()? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "logo" {
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.ok()? {
                let room = (MAX_BYTES + 1).saturating_sub(bytes.len());
                bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            if !bytes.is_empty() {
                out.logo = Some(bytes);
            }
        } else if out.fields.len() < 16 {
            let text = field.text().await.ok()?;
            out.fields.insert(name, text);
        }
    }
    Some(out)
}

/// GET /admin/branding.
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
) -> Result<Response, AppError> {
    let tenant = &v.t.tenant;
    let b = &tenant.policy.branding;
    let html = BrandingPage {
        page: v.page(&st),
        name: tenant.name.clone(),
        accent: b
            .accent_color
            .clone()
            .unwrap_or_else(|| DEFAULT_ACCENT.into()),
        message: b.message.clone().unwrap_or_default(),
        logo_src: b.logo_src(&v.t.base),
        pending_logo: String::new(),
        preview: false,
        errors: HashMap::new(),
        summary: Vec::new(),
    };
    let response = render(StatusCode::OK, &html);
    v.finish(&st, response).await
}

/// The changes between two brandings, for the audit.
fn changes(before: (&str, &Branding), after: (&str, &Branding)) -> Vec<String> {
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
    let mut out = Vec::new();
    if before.0 != after.0 {
        out.push(format!("Organisation name: {} → {}", before.0, after.0));
    }
    let (b, a) = (before.1, after.1);
    if b.accent_color != a.accent_color {
        out.push(format!(
            "Accent colour: {} → {}",
            shown(&b.accent_color),
            shown(&a.accent_color)
        ));
    }
    if b.logo != a.logo {
        let logo = |l: &Option<String>| {
            l.as_ref()
                .map_or("none".into(), |h| format!("uploaded ({h})"))
        };
        out.push(format!("Logo: {} → {}", logo(&b.logo), logo(&a.logo)));
    }
    if b.message != a.message {
        out.push(format!(
            "Sign-in message: {} → {}",
            shown(&b.message),
            shown(&a.message)
        ));
    }
    out
}

/// POST /admin/branding: "Preview" draws the reset page with the values; "Save" keeps them.
pub async fn submit(
    State(st): State<AppState>,
    Admin { mut v, admin }: Admin,
    form: Multipart,
) -> Result<Response, AppError> {
    let form = match read_form(form).await {
        Some(form) => form,
        None => {
            return v
                .say(
                    &st,
                    StatusCode::BAD_REQUEST,
                    "branding-form-broken-title",
                    &["branding-form-broken"],
                    Some(("/admin/branding", "branding-back")),
                )
                .await;
        }
    };
    if !v.csrf_ok(form.text("csrf")) {
        return v.csrf_failed_to(&st, "/admin").await;
    }
    let mut tenant = super::fresh_tenant(&st, &v).await?;
    let before = (tenant.name.clone(), tenant.policy.branding.clone());
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    let now = st.clock.now();

    let name = form.text("name").trim().to_string();
    if let Some(problem) = name_problem(&name) {
        errors.insert("name", v.lang.text(&problem));
    }
    let accent = form.text("accent").trim().to_ascii_lowercase();
    let message = form.text("message").trim().replace("\r\n", "\n");
    let mut pending = String::new();
    let pending_hash = form.text("pending_logo").to_string();
    let branding = &mut tenant.policy.branding;
    branding.accent_color =
        (accent != DEFAULT_ACCENT || branding.accent_color.is_some()).then(|| accent.clone());
    branding.message = (!message.is_empty()).then(|| message.clone());
    let action = form.text("action").to_string();
    if let Some(bytes) = form.logo {
        // One picture decoded at a time (each may take up to 128 MB while it is).
        let _turn = LOGO_DECODING.acquire().await.map_err(anyhow::Error::from)?;
        match tokio::task::spawn_blocking(move || logo_image::reencode(&bytes))
            .await
            .map_err(anyhow::Error::from)?
        {
            Ok(logo) => {
                let current = branding.logo.as_deref();
                st.store
                    .put_logo(&tenant.id, &logo.hash, &logo.png, current, now)
                    .await?;
                pending = logo.hash.clone();
                branding.logo = Some(logo.hash);
            }
            Err(problem) => {
                errors.insert("logo", v.lang.text(&problem));
            }
        }
    } else if form.text("remove_logo") == "on" {
        branding.logo = None;
    } else if !pending_hash.is_empty() && st.store.logo(&tenant.id, &pending_hash).await?.is_some()
    {
        pending = pending_hash.clone();
        branding.logo = Some(pending_hash);
    }
    let mut summary = Vec::new();
    for Problem { key, message } in tenant.policy.problems() {
        let message = v.lang.text(&message);
        match key.strip_prefix("branding.") {
            Some("accent_color") => errors.insert("accent", message),
            Some("message") => errors.insert("message", message),
            Some("logo") => errors.insert("logo", message),
            _ => {
                summary.push(message);
                None
            }
        };
    }
    let preview = action == "preview";
    if preview || !errors.is_empty() || !summary.is_empty() {
        let b = &tenant.policy.branding;
        let status = if errors.is_empty() && summary.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        let html = BrandingPage {
            page: v.page(&st),
            name,
            accent,
            message,
            logo_src: b.logo_src(&v.t.base),
            pending_logo: pending,
            preview,
            errors,
            summary,
        };
        let response = render(status, &html);
        return v.finish(&st, response).await;
    }
    tenant.name = name;
    let changed = changes(
        (&before.0, &before.1),
        (&tenant.name, &tenant.policy.branding),
    );
    if changed.is_empty() {
        v.session.data.admin_flash = Some(v.lang.t1(
            "flash-nothing-to-save",
            "page",
            v.lang.t("branding-title"),
        ));
        return v.redirect(&st, "/admin").await;
    }
    st.store.update_tenant(&tenant).await?;
    st.store
        .drop_other_logos(&tenant.id, tenant.policy.branding.logo.as_deref())
        .await?;
    let detail = format!("Branding: {}", changed.join("; "));
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_branding_changed", "success", &detail)
        .await;
    v.session.data.admin_flash = Some(v.lang.t1("flash-saved", "page", v.lang.t("branding-title")));
    v.redirect(&st, "/admin").await
}

#[derive(Deserialize)]
pub struct PreviewQuery {
    #[serde(default)]
    accent: String,
}

/// GET /admin/branding/preview.css: the preview's accent (a stylesheet, as the CSP allows no
/// inline style).
pub async fn preview_css(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(q): Query<PreviewQuery>,
) -> Result<Response, AppError> {
    let accent = if crate::domain::policy_check::is_hex_colour(&q.accent) {
        q.accent
    } else {
        DEFAULT_ACCENT.into()
    };
    let css = format!(".preview {{ --accent: {accent}; }}\n");
    let response = (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        css,
    )
        .into_response();
    v.finish(&st, response).await
}
