//! A real headless Chromium, driven over WebDriver (Debian's `chromium` and `chromium-driver`,
//! installed by `scripts/install-test-packages.sh`), and axe-core run on the pages it shows.
//!
//! One browser at a time: a static lock keeps the suite's parallel tests from starting eight
//! Chromiums on a two-core machine.

use super::TestApp;
use super::servers::unavailable;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::time::Duration;

static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// axe-core, vendored from the npm package (see tests/vendor/axe-core).
const AXE: &str = include_str!("../../vendor/axe-core/axe.min.js");
/// The WCAG 2.0, 2.1 and 2.2 level A and AA rules.
const WCAG_TAGS: [&str; 6] = [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
];

/// Keys as WebDriver types them.
pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";

/// A browser session, its driver, and the lock that keeps it the only one.
pub struct Chrome {
    pub client: Client,
    base: String,
    _driver: tokio::process::Child,
    _one: tokio::sync::MutexGuard<'static, ()>,
}

/// A headless Chromium at phone-or-desktop `width`, with or without JavaScript; None (skipped)
/// when the packages aren't installed and aren't required.
pub async fn chrome(app: &TestApp, javascript: bool, width: u32) -> Option<Chrome> {
    if !std::path::Path::new(CHROMEDRIVER).exists() || !std::path::Path::new(CHROMIUM).exists() {
        return unavailable("Chromium and ChromeDriver", "not installed");
    }
    let one = ONE_BROWSER.lock().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let driver = tokio::process::Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("starting chromedriver");
    let url = format!("http://127.0.0.1:{port}");
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut prefs = json!({});
    if !javascript {
        prefs = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--lang=en-US",
                format!("--window-size={width},900"),
            ],
            "prefs": prefs,
        },
    });
    let Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&url)
        .await
        .expect("a Chromium session");
    Some(Chrome {
        client,
        base: app.url(""),
        _driver: driver,
        _one: one,
    })
}

impl Chrome {
    /// Makes paths relative to another tenant (`/t/demo`) from now on.
    pub fn use_tenant(&mut self, app: &TestApp, slug: &str) {
        self.base = app.url("").replacen("/t/acme", &format!("/t/{slug}"), 1);
    }

    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("loading a page");
    }

    pub async fn source(&self) -> String {
        self.client.source().await.expect("the page source")
    }

    /// The page's main heading, once the page has settled: a key press that submits a form
    /// returns before the next page is in, so the heading is read until two reads 200 ms
    /// apart agree (a read that races the navigation fails and is tried again).
    pub async fn h1(&self) -> String {
        let mut last: Option<String> = None;
        for _ in 0..50 {
            let read = match self.client.find(Locator::Css("h1")).await {
                Ok(h1) => h1.text().await.ok(),
                Err(_) => None,
            };
            if read.is_some() && read == last {
                return read.unwrap_or_default();
            }
            last = read;
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        panic!("the page's h1 never settled (last read {last:?})")
    }

    /// Types into the field `css`.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.client.find(Locator::Css(css)).await.expect(css);
        field.clear().await.expect("clearing a field");
        field.send_keys(text).await.expect("typing");
    }

    /// Clicks `css` (a button that submits, a link) and waits for the next page's heading.
    pub async fn click(&self, css: &str) {
        let before = self.client.find(Locator::Css("html")).await.ok();
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .expect("clicking");
        // Until the old document is gone and the new one has its heading.
        for _ in 0..100 {
            let stale = match &before {
                Some(html) => html.tag_name().await.is_err(),
                None => true,
            };
            if stale && self.client.find(Locator::Css("h1")).await.is_ok() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Presses a key in the element that has the focus.
    pub async fn press(&self, keys: &str) {
        let active = self
            .client
            .active_element()
            .await
            .expect("a focused element");
        active.send_keys(keys).await.expect("pressing a key");
    }

    /// What has the focus: its id, else its tag and text.
    pub async fn focused(&self) -> String {
        let value = self
            .client
            .execute(
                "const e = document.activeElement; return e.id || (e.tagName + ':' + e.textContent.trim());",
                vec![],
            )
            .await
            .expect("reading the focus");
        value.as_str().unwrap_or_default().to_string()
    }

    /// Tabs forward until `wanted` (as `focused` names it) has the focus; false if it never does.
    pub async fn tab_to(&self, wanted: &str) -> bool {
        for _ in 0..40 {
            if self.focused().await == wanted {
                return true;
            }
            self.press(TAB).await;
        }
        false
    }

    /// axe-core's WCAG 2.2 A/AA violations on the current page, one line each.
    pub async fn axe_violations(&self) -> Vec<String> {
        self.client
            .execute(&format!("{AXE}\nreturn true;"), vec![])
            .await
            .expect("loading axe-core");
        let run = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
              .then(r => done(r.violations.map(v =>
                  v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
                  v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
        "#;
        let result = self
            .client
            .execute_async(run, vec![json!(WCAG_TAGS)])
            .await
            .expect("running axe-core");
        result
            .as_array()
            .map(|v| {
                v.iter()
                    .map(|s| s.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Fails the test when axe finds any WCAG 2.2 A/AA violation on the page, or when the page
    /// doesn't reflow to the window's width (it would scroll sideways on a phone or at 400%).
    pub async fn assert_accessible(&self, what: &str) {
        let violations = self.axe_violations().await;
        let url = self.client.current_url().await.map(|u| u.to_string());
        let overflow = self
            .client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                vec![],
            )
            .await
            .expect("measuring the page");
        assert!(
            overflow.as_i64().unwrap_or(0) <= 0,
            "{what} ({url:?}) is wider than the window by {overflow} px"
        );
        assert!(
            violations.is_empty(),
            "{what} ({url:?}) has WCAG violations:\n{}",
            violations.join("\n")
        );
    }

    /// What the strength meter says once it has scored the typed password (empty if never).
    pub async fn strength_words(&self) -> String {
        for _ in 0..100 {
            let text = self
                .client
                .find(Locator::Css("#strength-text"))
                .await
                .expect("the strength text");
            let words = text.text().await.unwrap_or_default();
            if !words.trim().is_empty() {
                return words;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        String::new()
    }

    /// Signs `login` in to the admin console: password, then an authenticator enrolled on the
    /// way (its secret read off the page); with `check`, axe checks the enrolment page too.
    pub async fn admin_sign_in(&self, app: &TestApp, login: &str, password: &str, check: bool) {
        self.goto("/admin").await;
        self.fill("#user_id", login).await;
        self.fill("#password", password).await;
        self.click("form[action$='/admin/sign-in'] button[type=submit]")
            .await;
        if check {
            self.assert_accessible("authenticator enrolment").await;
        }
        let page = super::Page {
            status: axum::http::StatusCode::OK,
            body: self.source().await,
            url: String::new(),
            location: None,
        };
        let secret = super::admin::shown_secret(&page);
        self.fill("#code", &super::admin::code_now(app, &secret))
            .await;
        self.click("form[action$='/admin/code'] button[type=submit]")
            .await;
        assert!(self.source().await.contains("Signed in as"));
    }

    pub async fn screenshot(&self) -> Vec<u8> {
        self.client.screenshot().await.expect("a screenshot")
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
