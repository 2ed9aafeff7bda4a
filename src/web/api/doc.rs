//! The OpenAPI document of `/api/v1`, generated from the handlers' annotations and served at
//! `/api/v1/openapi.json`.

use super::{ApiError, FieldProblem, audit, import, policy, users};
use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .bearer_format("sspr_<id>_<secret>")
                        .build(),
                ),
            );
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "sspr admin API", description = "Users, contacts, resets, unlocks, the audit log and the policy of one organisation. Make tokens on the admin console's API tokens page."),
    paths(
        users::search,
        users::get_user,
        users::set_contacts,
        users::reset,
        users::unlock,
        users::require_registration,
        import::import,
        audit::events,
        audit::export,
        policy::get_policy,
        policy::put_policy,
    ),
    components(schemas(ApiError, FieldProblem)),
    modifiers(&BearerToken)
)]
pub struct ApiDoc;

/// GET /api/v1/openapi.json: public, like any API description.
pub async fn serve() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
