//! The API's policy: read it whole, or replace it whole with the console's and the CLI's
//! checks. Who is an admin (`admin_group`) changes only in the console, with step-up.

use super::{ApiError, ApiResult, Caller, FieldProblem, json_body};
use crate::domain::policy::Policy;
use crate::state::AppState;
use crate::web::admin::policy_page::policy_changes;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;

/// The tenant's policy, as `sspr policy show` prints it.
#[utoipa::path(get, path = "/api/v1/policy", security(("bearer" = [])),
    responses((status = 200, description = "The whole policy", body = Object)))]
pub async fn get_policy(State(st): State<AppState>, caller: Caller) -> ApiResult<Json<Policy>> {
    let tenant = st
        .store
        .tenant_fresh(&caller.t.tenant.id)
        .await?
        .ok_or_else(|| ApiError::not_found("The organisation is gone."))?;
    Ok(Json(tenant.policy))
}

/// Replace the policy: the whole policy as GET returns it; every problem is listed and
/// nothing is saved unless there are none.
#[utoipa::path(put, path = "/api/v1/policy", request_body(content = Object, description = "The whole policy"),
    security(("bearer" = [])),
    responses((status = 200, description = "The saved policy", body = Object),
        (status = 400, body = ApiError), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
pub async fn put_policy(
    State(st): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> ApiResult<Json<Policy>> {
    caller.may_write()?;
    let given: serde_json::Map<String, serde_json::Value> = json_body(&body)?;
    // The whole policy: a setting left out would otherwise fall back to its default unseen.
    let whole = serde_json::to_value(Policy::default()).map_err(anyhow::Error::from)?;
    let missing: Vec<&String> = whole
        .as_object()
        .map(|o| o.keys().filter(|k| !given.contains_key(*k)).collect())
        .unwrap_or_default();
    if !missing.is_empty() {
        return Err(ApiError::invalid(format!(
            "Send the whole policy as GET returns it; missing: {}.",
            missing
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let policy: Policy = serde_json::from_value(serde_json::Value::Object(given))
        .map_err(|e| ApiError::invalid(format!("The policy can't be read: {e}.")))?;
    let mut tenant = st
        .store
        .tenant_fresh(&caller.t.tenant.id)
        .await?
        .ok_or_else(|| ApiError::not_found("The organisation is gone."))?;
    if policy.admin_group != tenant.policy.admin_group {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "admin_group decides who can sign in to the console: change it there, where it takes your password again.",
        ));
    }
    let problems = policy.problems();
    if !problems.is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_policy",
            "Nothing was saved: the policy has problems.",
        )
        .with_problems(
            problems
                .into_iter()
                .map(|p| FieldProblem {
                    field: p.key.to_string(),
                    message: crate::i18n::Lang::En.text(&p.message),
                })
                .collect(),
        ));
    }
    let changed = policy_changes(&tenant.policy, &policy);
    if !changed.is_empty() {
        tenant.policy = policy;
        st.store.update_tenant(&tenant).await?;
        let detail = format!("by {}: {}", caller.actor(), changed.join(" | "));
        caller
            .flow_ctx(&st)
            .audit(
                &caller.token.created_by,
                "admin_policy_changed",
                "success",
                &detail,
            )
            .await;
    }
    Ok(Json(tenant.policy))
}
