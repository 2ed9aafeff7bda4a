//! The REST admin API under `/api/v1` (and `/t/{slug}/api/v1`): `Authorization: Bearer` with a
//! token made on the console's API tokens page, JSON in and out, and every error as
//! `{"code": "...", "message": "..."}` with a stable `code`. No cookies, no sessions.

mod audit;
pub mod doc;
mod import;
mod policy;
mod users;

use crate::flows::FlowCtx;
use crate::state::AppState;
use crate::store::api_tokens::{ApiToken, Presented, Scope};
use crate::web::tenant::{TenantCtx, client_ip};
use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequestParts};
use axum::http::{StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde::Serialize;
use std::net::SocketAddr;

/// The largest body: a bulk import of a few thousand rows.
const BODY_BYTES: usize = 2 * 1024 * 1024;

/// An error as the API answers it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApiError {
    /// Stable, for scripts: `unauthorized`, `token_revoked`, `token_expired`, `forbidden`,
    /// `not_found`, `invalid_request`, `invalid_contacts`, `invalid_import`, `invalid_policy`,
    /// `password_rejected`, `admin_target`, `directory_unavailable`, `internal`.
    pub code: &'static str,
    /// For a person reading the response.
    pub message: String,
    /// Field by field, where the request had several problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<FieldProblem>,
    #[serde(skip)]
    status: StatusCode,
}

/// One field's problem.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            problems: Vec::new(),
            status,
        }
    }

    pub fn with_problems(mut self, problems: Vec<FieldProblem>) -> ApiError {
        self.problems = problems;
        self
    }

    fn unauthorized(code: &'static str, message: &str) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, code, message)
    }

    pub fn invalid(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_request", message)
    }

    pub fn not_found(message: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    pub fn unavailable() -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "directory_unavailable",
            "The directory couldn't be reached or refused the portal's service account. Try again later.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(&self)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        let tracking = crate::security::tracking_id();
        tracing::error!(tracking_id = %tracking, error = %format!("{e:#}"), "API request failed");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("Something went wrong; quote tracking ID {tracking} to your operator."),
        )
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// A request with a valid token of the request's tenant.
pub struct Caller {
    pub t: TenantCtx,
    pub token: ApiToken,
    pub ip: String,
    /// For this request's audit rows and logs.
    pub tracking: String,
}

impl Caller {
    pub fn flow_ctx<'a>(&'a self, state: &'a AppState) -> FlowCtx<'a> {
        FlowCtx {
            state,
            tenant: &self.t.tenant,
            client_ip: &self.ip,
            tracking_id: &self.tracking,
            lang: self.t.tenant.policy.default_language,
        }
    }

    /// Refuses a read-only token.
    pub fn may_write(&self) -> ApiResult<()> {
        match self.token.scope {
            Scope::ReadWrite => Ok(()),
            Scope::Read => Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "This token may only read. Make a read-write token on the console's API tokens page.",
            )),
        }
    }

    /// Who the audit log says acted: the token, and the admin who made it.
    pub fn actor(&self) -> String {
        format!(
            "API token {:?} (made by {})",
            self.token.name, self.token.created_by
        )
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let (t, ip) = tenant_and_address(parts, state).await?;
        let presented = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim);
        let Some(presented) = presented else {
            return Err(ApiError::unauthorized(
                "unauthorized",
                "Send a token in the header Authorization: Bearer <token>.",
            )
            .into_response());
        };
        let now = state.clock.now();
        let refusal = match state.store.present_api_token(presented, now).await {
            Ok(Presented::Valid(token)) if token.tenant_id == t.tenant.id => {
                return Ok(Caller {
                    ip,
                    t,
                    token,
                    tracking: crate::security::tracking_id(),
                });
            }
            Ok(Presented::Valid(_) | Presented::Unknown) => {
                ApiError::unauthorized("unauthorized", "This token isn't valid here.")
            }
            Ok(Presented::Revoked) => {
                ApiError::unauthorized("token_revoked", "This token was revoked.")
            }
            Ok(Presented::Expired) => ApiError::unauthorized(
                "token_expired",
                "This token has expired. Make a new one on the console's API tokens page.",
            ),
            Err(e) => ApiError::from(e),
        };
        Err(refusal.into_response())
    }
}

/// The request's tenant (a JSON 404 when there is none at this address) and the caller's
/// address: what the admin API and the agents' endpoints both start from.
pub async fn tenant_and_address(
    parts: &mut Parts,
    state: &AppState,
) -> Result<(TenantCtx, String), Response> {
    let t = TenantCtx::from_request_parts(parts, state)
        .await
        .map_err(|_| {
            ApiError::not_found("There is no organisation at this address.").into_response()
        })?;
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let ip = client_ip(peer, &parts.headers, state.config.trust_forwarded_for);
    Ok((t, ip))
}

/// A JSON body read by hand, so a malformed one gets the API's error shape.
pub fn json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::invalid(format!("The JSON body can't be read: {e}.")))
}

/// Every API route and its methods, kept in step with `routes`; the tests compare them with
/// the OpenAPI document.
pub const ROUTES: &[(&str, &[&str])] = &[
    ("/api/v1/users", &["GET"]),
    ("/api/v1/users/{login}", &["GET"]),
    ("/api/v1/users/{login}/contacts", &["PUT"]),
    ("/api/v1/users/{login}/reset", &["POST"]),
    ("/api/v1/users/{login}/unlock", &["POST"]),
    ("/api/v1/users/{login}/require-registration", &["POST"]),
    ("/api/v1/contacts/import", &["POST"]),
    ("/api/v1/audit", &["GET"]),
    ("/api/v1/audit.csv", &["GET"]),
    ("/api/v1/policy", &["GET", "PUT"]),
];

/// The API at `/api/v1` (the tenant by host name) and at `/t/{slug}/api/v1`.
pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for prefix in ["", "/t/{slug}"] {
        let at = |path: &str| format!("{prefix}/api/v1{path}");
        router = router
            .route(&at("/users"), get(users::search))
            .route(&at("/users/{login}"), get(users::get_user))
            .route(&at("/users/{login}/contacts"), put(users::set_contacts))
            .route(&at("/users/{login}/reset"), post(users::reset))
            .route(&at("/users/{login}/unlock"), post(users::unlock))
            .route(
                &at("/users/{login}/require-registration"),
                post(users::require_registration),
            )
            .route(&at("/contacts/import"), post(import::import))
            .route(&at("/audit"), get(audit::events))
            .route(&at("/audit.csv"), get(audit::export))
            .route(
                &at("/policy"),
                get(policy::get_policy).put(policy::put_policy),
            )
            .route(&at("/openapi.json"), get(doc::serve))
            .route(
                &at("/{*rest}"),
                axum::routing::any(|| async {
                    ApiError::not_found("There is no such API endpoint.")
                }),
            );
    }
    router.layer(DefaultBodyLimit::max(BODY_BYTES))
}
