//! The dev outbox (demo mode only): messages that would have been emailed, texted or called.

use crate::error::AppError;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Router, routing::get};

pub fn router() -> Router<AppState> {
    Router::new().route("/dev/outbox", get(outbox))
}

struct MessageView {
    channel: String,
    recipient: String,
    subject: String,
    body: String,
    at: String,
}

#[derive(Template)]
#[template(path = "dev/outbox.html")]
struct OutboxPage {
    page: PageCtx,
    messages: Vec<MessageView>,
}

pub async fn outbox(State(st): State<AppState>, v: Visit) -> Result<Response, AppError> {
    if !st.config.demo {
        return v
            .say(
                &st,
                StatusCode::NOT_FOUND,
                "not-found",
                &["outbox-demo-only"],
                None,
            )
            .await;
    }
    let messages = st
        .store
        .outbox(&v.t.tenant.id, 50)
        .await?
        .into_iter()
        .map(|m| MessageView {
            channel: m.channel,
            recipient: m.recipient,
            subject: m.subject,
            body: m.body,
            at: crate::i18n::format_date_time(v.lang, m.created_at),
        })
        .collect();
    let page = OutboxPage {
        page: v.page(&st),
        messages,
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}
