//! A cookie-keeping client that walks pages like a browser, reading CSRF tokens from forms.

use super::TestApp;
use axum::http::StatusCode;
use regex::Regex;
use std::time::Duration;

/// A page as a browser got it.
#[derive(Debug, Clone)]
pub struct Page {
    pub status: StatusCode,
    pub body: String,
    pub url: String,
    /// Where a redirect off the portal pointed (those aren't followed).
    pub location: Option<String>,
}

impl Page {
    /// The language switcher's link to `tag` on this page, as a path to GET.
    pub fn switcher_link(&self, tag: &str) -> String {
        let re = regex::Regex::new(&format!(
            r#"href="(/t/acme/language\?to={tag}&#38;back=[^"]+)" lang="{tag}""#
        ))
        .unwrap();
        let found = re
            .captures(&self.body)
            .unwrap_or_else(|| panic!("no switcher link to {tag}:\n{}", self.body));
        found[1].replace("&#38;", "&").replacen("/t/acme", "", 1)
    }

    pub fn csrf(&self) -> String {
        let re = Regex::new(r#"name="csrf" value="([^"]+)""#).unwrap();
        re.captures(&self.body)
            .map(|c| c[1].to_string())
            .unwrap_or_default()
    }

    /// The signed captcha token of the form on this page (empty without a captcha).
    pub fn captcha_token(&self) -> String {
        let re = Regex::new(r#"name="captcha_token" value="([^"]+)""#).unwrap();
        re.captures(&self.body)
            .map(|c| c[1].to_string())
            .unwrap_or_default()
    }

    pub fn tracking(&self) -> String {
        let re = Regex::new(r#"class="tracking">([A-Z0-9-]+)<"#).unwrap();
        re.captures(&self.body)
            .map(|c| c[1].to_string())
            .expect("no tracking ID on the page")
    }

    /// The body with HTML entities for quotes and brackets undone, as a user reads it.
    pub fn text(&self) -> String {
        self.body
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&quot;", "\"")
            .replace("&#34;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    pub fn has(&self, text: &str) -> bool {
        self.body.contains(text) || self.text().contains(text)
    }

    #[track_caller]
    pub fn assert_has(&self, text: &str) {
        assert!(
            self.has(text),
            "page {} ({}) lacks {text:?}:\n{}",
            self.url,
            self.status,
            self.body
        );
    }
}

/// A cookie-keeping client that reads CSRF tokens from the last page, as a browser submits forms.
pub struct Browser {
    client: reqwest::Client,
    base: String,
    pub last: Option<Page>,
}

impl Browser {
    pub(super) fn new(app: &TestApp, accept_language: Option<&str>) -> Browser {
        // Redirects within the portal are followed; one elsewhere (a return_to) is stopped at,
        // so the test sees where it pointed.
        let policy = reqwest::redirect::Policy::custom(|attempt| {
            if attempt.url().host_str() == Some("127.0.0.1") {
                attempt.follow()
            } else {
                attempt.stop()
            }
        });
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(accept) = accept_language {
            headers.insert(reqwest::header::ACCEPT_LANGUAGE, accept.parse().unwrap());
        }
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(policy)
            .default_headers(headers)
            .build()
            .unwrap();
        Browser {
            client,
            base: app.url(""),
            last: None,
        }
    }

    async fn read(&mut self, response: reqwest::Response) -> Page {
        let status = StatusCode::from_u16(response.status().as_u16()).unwrap();
        let url = response.url().to_string();
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_string());
        let body = response.text().await.unwrap();
        let page = Page {
            status,
            body,
            url,
            location,
        };
        self.last = Some(page.clone());
        page
    }

    /// GETs a full URL (another tenant's page, say) with this browser's cookies.
    pub async fn get_absolute(&mut self, url: &str) -> Page {
        let response = self.client.get(url).send().await.unwrap();
        self.read(response).await
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        self.read(response).await
    }

    /// Submits a form with the CSRF token (and captcha token, if any) of the last page.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.last.as_ref().map(Page::csrf).unwrap_or_default();
        let captcha = self.last.as_ref().map(Page::captcha_token);
        let captcha = captcha.unwrap_or_default();
        let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        if !captcha.is_empty() {
            form.push(("captcha_token", captcha.as_str()));
        }
        form.extend_from_slice(fields);
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .form(&form)
            .send()
            .await
            .unwrap();
        self.read(response).await
    }

    /// Submits the fields of a form exactly as given (they carry their own CSRF token).
    pub async fn submit(&mut self, path: &str, fields: &[(String, String)]) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .unwrap();
        self.read(response).await
    }

    /// Submits a multipart form (a file upload) as given.
    pub async fn submit_multipart(&mut self, path: &str, form: reqwest::multipart::Form) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.read(response).await
    }

    /// GETs `path` and returns the raw response (for images and stylesheets).
    pub async fn fetch(&mut self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .unwrap();
        self.read(response).await
    }

    /// GETs `path` until the page shows `text` (bounded: 2.5 s), for results of background sends.
    pub async fn get_until(&mut self, path: &str, text: &str) -> Page {
        let mut page = self.get(path).await;
        for _ in 0..50 {
            if page.has(text) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
            page = self.get(path).await;
        }
        page
    }

    /// Sends the next requests to another instance of the same portal (same cookies, as behind
    /// a load balancer).
    pub fn switch_to(&mut self, addr: std::net::SocketAddr) {
        self.base = format!("http://{addr}/t/acme");
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Opens the start page and submits the user ID with the right captcha answer.
    pub async fn start(&mut self, app: &TestApp, user: &str) -> Page {
        let page = self.get("/reset").await;
        assert_eq!(page.status, StatusCode::OK);
        let answer = app.last_captcha();
        self.post("/reset", &[("user_id", user), ("captcha", &answer)])
            .await
    }

    /// "Confirm it's you" before changing the `changing` contact ("email" or "mobile"): a
    /// code to the user's existing `via` contact, which arrives at `to` (an address, or a
    /// number for "mobile"). Returns the page the proof leads to.
    pub async fn prove(&mut self, app: &TestApp, changing: &str, via: &str, to: &str) -> Page {
        // "mobile&removing=1" for a removal.
        let (changing, removing) = changing.split_once("&removing=").unwrap_or((changing, ""));
        self.get(&format!(
            "/register/prove?changing={changing}&removing={removing}"
        ))
        .await
        .assert_has("Confirm it's you");
        let code = if via == "email" {
            let before = app.mails_to(to);
            self.post(
                "/register/prove",
                &[("changing", changing), ("removing", removing), ("via", via)],
            )
            .await
            .assert_has("We emailed a code to");
            app.wait_mail(to, before).await.code()
        } else {
            let before = app.gateway_count();
            self.post(
                "/register/prove",
                &[("changing", changing), ("removing", removing), ("via", via)],
            )
            .await
            .assert_has("We texted a code to");
            let sms = app.wait_gateway(before).await;
            assert_eq!(sms.fields["To"], to);
            sms.code()
        };
        self.post("/register/prove/code", &[("code", &code)]).await
    }

    /// Starts "I know my password, but I'm locked out" for `user` (the page offers it).
    pub async fn start_unlock(&mut self, app: &TestApp, user: &str) -> Page {
        self.get("/reset")
            .await
            .assert_has("I know my password, but I'm locked out");
        let answer = app.last_captcha();
        self.post(
            "/reset",
            &[("user_id", user), ("captcha", &answer), ("need", "unlock")],
        )
        .await
    }

    /// Chooses the email method and returns the code that arrives at `address`.
    pub async fn email_code(&mut self, app: &TestApp, address: &str) -> String {
        let before = app.mails_to(address);
        let page = self.post("/reset/method", &[("method", "email")]).await;
        page.assert_has("We emailed a code to");
        app.wait_mail(address, before).await.code()
    }

    /// Types the same new password twice and submits it.
    pub async fn set_password(&mut self, password: &str) -> Page {
        self.post(
            "/reset/password",
            &[("password", password), ("confirm", password)],
        )
        .await
    }

    /// Passes one email gate for `address`.
    pub async fn pass_email_gate(&mut self, app: &TestApp, address: &str) -> Page {
        let code = self.email_code(app, address).await;
        self.post("/reset/code", &[("code", &code)]).await
    }

    /// Opens the registration portal (with an optional `return_to`) and signs in.
    pub async fn sign_in(&mut self, user: &str, password: &str) -> Page {
        self.sign_in_from("/register", user, password).await
    }

    /// Opens `entry` (a `/register…` URL) and signs in there.
    pub async fn sign_in_from(&mut self, entry: &str, user: &str, password: &str) -> Page {
        let page = self.get(entry).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        self.post(
            "/register/sign-in",
            &[("user_id", user), ("password", password)],
        )
        .await
    }
}
