//! `GET /captcha/audio?form=…&token=…`: the challenge of a captcha token read aloud in the
//! page's language. It works for the browser, form and tenant the token was issued to, until
//! the token expires or its picture is answered.

use crate::error::AppError;
use crate::security::{captcha, captcha_audio};
use crate::state::AppState;
use crate::web::visit::Visit;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

/// The forms that carry a captcha.
pub const FORMS: [&str; 2] = ["reset-start", "helpdesk"];

pub fn router() -> Router<AppState> {
    Router::new().route("/captcha/audio", get(audio))
}

/// The recording's address for a captcha token on `form`.
pub fn href(base: &str, form: &str, token: &str) -> String {
    format!("{base}/captcha/audio?form={form}&token={token}")
}

#[derive(Deserialize)]
pub struct AudioQuery {
    #[serde(default)]
    form: String,
    #[serde(default)]
    token: String,
}

async fn audio(
    State(st): State<AppState>,
    v: Visit,
    Query(q): Query<AudioQuery>,
) -> Result<Response, AppError> {
    let gone = || {
        crate::web::pages::plain(
            StatusCode::GONE,
            "captcha-audio-gone-title",
            "captcha-audio-gone-text",
        )
    };
    let Some(form) = FORMS.into_iter().find(|f| *f == q.form) else {
        return Ok(gone());
    };
    let bind = captcha::Binding {
        form,
        tenant_id: &v.t.tenant.id,
        browser: v.browser.as_str(),
    };
    let now = st.clock.now();
    let Some(opened) = captcha::open(&st.key, bind, &q.token, now) else {
        return Ok(gone());
    };
    if st.store.nonce_claimed(opened.nonce).await? {
        return Ok(gone());
    }
    let Some(answer) = opened.answer(&st.key, bind) else {
        return Ok(gone());
    };
    let lang = v.lang;
    let wav = crate::security::cpu::run(move || captcha_audio::render(lang, &answer)).await?;
    let response = ([(header::CONTENT_TYPE, "audio/wav")], wav).into_response();
    v.finish(&st, response).await
}
