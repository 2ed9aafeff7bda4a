//! The language switcher: `GET /language?to=de&back=/reset/verify` keeps the choice in a cookie
//! and returns to the page the user was on; and how a request's headers choose its language.

use crate::i18n::{self, Lang};
use crate::state::AppState;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/language", get(switch))
}

#[derive(Deserialize)]
pub struct SwitchQuery {
    #[serde(default)]
    to: String,
    #[serde(default)]
    back: String,
}

/// Sets the language cookie and goes back to `back`; an unknown language is a 400 with a
/// plain page, and a `back` that isn't a path on this site goes to the site's root instead.
async fn switch(State(st): State<AppState>, Query(q): Query<SwitchQuery>) -> Response {
    let Some(lang) = Lang::from_tag(&q.to) else {
        return crate::web::pages::plain(
            StatusCode::BAD_REQUEST,
            "language-unknown-title",
            "language-unknown-text",
        );
    };
    let back = if is_local_path(&q.back) {
        q.back.as_str()
    } else {
        "/"
    };
    let secure = if st.config.is_tls() { "; Secure" } else { "" };
    let cookie = format!(
        "{}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        i18n::COOKIE,
        lang.tag()
    );
    let mut response = Redirect::to(back).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// A path on this site (`/reset/verify`), never another origin (`//evil`, `/\\evil`, `https:`),
/// and in the printable ASCII a `Location` header can carry (our pages' paths and queries are
/// percent-encoded already).
fn is_local_path(back: &str) -> bool {
    back.starts_with('/')
        && !back.starts_with("//")
        && !back.starts_with("/\\")
        && back.chars().all(|c| c.is_ascii_graphic())
}

/// The language cookie's value, if any.
fn cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == i18n::COOKIE).then_some(value)
        })
}

/// The language of a request with these headers, `default` when they say nothing we speak.
pub fn of_headers(headers: &HeaderMap, default: Lang) -> Lang {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    i18n::negotiate(cookie(headers), accept, default)
}

/// Where the switcher comes back to after the page at `path` (relative to the tenant): the
/// page itself when it was fetched, else the page that shows the same step again (a form's
/// POST address has no page of its own).
pub fn resume_path(is_get: bool, path: &str, query: Option<&str>) -> String {
    if is_get {
        return match query {
            Some(q) if !q.is_empty() => format!("{path}?{q}"),
            _ => path.to_string(),
        };
    }
    if path.starts_with("/admin") {
        return admin_resume_path(path, query);
    }
    let resumed = match path {
        "/reset" | "/helpdesk" | "/register/password" | "/register/expired" => path,
        "/register/sign-in" => "/register",
        "/register/send" | "/register/resend" | "/register/code" => "/register/code",
        "/register/prove" | "/register/prove/code" => "/register/prove/code",
        p if p.starts_with("/reset/") => "/reset/verify",
        p if p.starts_with("/register/") => "/register/methods",
        _ => "/",
    };
    resumed.to_string()
}

/// The console page a form's POST came from (its query names the user or target).
fn admin_resume_path(path: &str, query: Option<&str>) -> String {
    let page = match path {
        "/admin/sign-in" | "/admin/sign-out" => return "/admin".into(),
        "/admin/directory/test" => "/admin/directory",
        "/admin/api-tokens/revoke" => return "/admin/api-tokens".into(),
        "/admin/user/unlock" | "/admin/user/clear-block" | "/admin/user/require-registration" => {
            "/admin/user"
        }
        other => other,
    };
    match query {
        Some(q) if !q.is_empty() => format!("{page}?{q}"),
        _ => page.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert!(is_local_path("/t/contoso/reset/verify"));
        assert!(!is_local_path("//evil.example"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("https://evil.example"));
        assert!(!is_local_path("/a\r\nSet-Cookie: x"));
        // Not a valid header value: refused rather than a panic building the redirect.
        assert!(!is_local_path("/t/acme/réinitialiser"));
        assert!(!is_local_path("/a b"));
    }

    #[test]
    fn a_form_post_comes_back_to_its_step() {
        assert_eq!(resume_path(false, "/reset/code", None), "/reset/verify");
        assert_eq!(resume_path(false, "/register/send", None), "/register/code");
        assert_eq!(
            resume_path(true, "/helpdesk", Some("tracking=AB")),
            "/helpdesk?tracking=AB"
        );
        assert_eq!(
            resume_path(false, "/admin/user/unlock", Some("id=alice")),
            "/admin/user?id=alice"
        );
        assert_eq!(
            resume_path(false, "/admin/policy/codes", None),
            "/admin/policy/codes"
        );
        assert_eq!(resume_path(false, "/admin/sign-in", None), "/admin");
    }

    #[test]
    fn the_cookie_is_read_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; sspr_lang=ja; c=d"),
        );
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de"));
        assert_eq!(of_headers(&headers, Lang::En), Lang::Ja);
    }
}
