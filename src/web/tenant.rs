//! Finds the tenant of a request: by a `/t/{slug}` path prefix, else by host name, else the
//! configured default (or the only tenant).

use super::pages;
use crate::state::AppState;
use crate::store::tenants::Tenant;
use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::{StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};

/// The tenant and the path prefix its pages live under (`/t/contoso` or empty).
#[derive(Clone)]
pub struct TenantCtx {
    pub tenant: Tenant,
    pub base: String,
}

impl FromRequestParts<AppState> for TenantCtx {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let path = parts
            .extensions
            .get::<OriginalUri>()
            .map(|u| u.0.path().to_string())
            .unwrap_or_else(|| parts.uri.path().to_string());
        let result = match path.strip_prefix("/t/") {
            Some(rest) => {
                let slug = rest.split('/').next().unwrap_or_default();
                state.store.tenant_by_slug(slug).await.map(|t| {
                    t.map(|tenant| TenantCtx {
                        tenant,
                        base: format!("/t/{slug}"),
                    })
                })
            }
            None => by_host(parts, state).await.map(|t| {
                t.map(|tenant| TenantCtx {
                    tenant,
                    base: String::new(),
                })
            }),
        };
        // The demo tenant's users have published passwords: it is served only in demo mode,
        // never by a production start on a database that once ran the demo.
        let result = result.map(|found| {
            found.filter(|ctx| state.config.demo || ctx.tenant.slug != crate::demo::SLUG)
        });
        match result {
            Ok(Some(ctx)) => Ok(ctx),
            Ok(None) => Err(pages::plain(
                StatusCode::NOT_FOUND,
                "tenant-unknown-title",
                "tenant-unknown-text",
            )),
            Err(e) => Err(crate::error::AppError::from(e).into_response()),
        }
    }
}

async fn by_host(parts: &Parts, state: &AppState) -> anyhow::Result<Option<Tenant>> {
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| {
            h.rsplit_once(':').map_or(h, |(name, port)| {
                if port.chars().all(|c| c.is_ascii_digit()) {
                    name
                } else {
                    h
                }
            })
        })
        .map(str::to_lowercase);
    if let Some(host) = host
        && let Some(t) = state.store.tenant_by_host(&host).await?
    {
        return Ok(Some(t));
    }
    if let Some(slug) = &state.config.default_tenant {
        return state.store.tenant_by_slug(slug).await;
    }
    let mut all = state.store.tenants().await?;
    Ok(if all.len() == 1 { all.pop() } else { None })
}

/// The client's address, for throttles and the audit log. Behind a trusted balancer it is the
/// last `X-Forwarded-For` entry, the one the balancer added: entries before it come from the
/// client and could be anything.
pub fn client_ip(
    parts_ip: Option<std::net::SocketAddr>,
    headers: &axum::http::HeaderMap,
    trust_forwarded: bool,
) -> String {
    if trust_forwarded
        && let Some(first) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
        && first.parse::<std::net::IpAddr>().is_ok()
    {
        return first.to_string();
    }
    parts_ip
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

#[cfg(test)]
mod tests {
    use super::client_ip;
    use axum::http::HeaderMap;

    #[test]
    fn only_the_balancers_forwarded_entry_counts_and_only_when_trusted() {
        let peer = Some("10.0.0.5:40000".parse().unwrap());
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "1.2.3.4, 203.0.113.9".parse().unwrap());
        assert_eq!(client_ip(peer, &headers, true), "203.0.113.9");
        assert_eq!(client_ip(peer, &headers, false), "10.0.0.5");
        headers.insert("x-forwarded-for", "not an address".parse().unwrap());
        assert_eq!(client_ip(peer, &headers, true), "10.0.0.5");
    }
}
