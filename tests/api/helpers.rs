//! The test harness: the real app on a random port with a fresh SQLite database, a real SMTP
//! listener on loopback, a local HTTP server standing in for the SMS/voice gateway, and a
//! cookie-keeping client that walks pages like a browser.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use mailin_embedded::{Handler, Response, Server, SslConfig, response};
use regex::Regex;
use secrecy::SecretString;
use sspr::app::{App, Parts};
use sspr::clock::Clock;
use sspr::config::{Config, GatewayConfig, GatewayKind, SmtpConfig, SmtpSecurity};
use sspr::directory::embedded::NewUser;
use sspr::domain::policy::Policy;
use sspr::security::captcha::CaptchaService;
use sspr::state::AppState;
use sspr::store::registrations::{ContactKind, Registration, Source};
use sspr::store::tenants::Tenant;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

pub const OLD_PASSWORD: &str = "Old-Password-Value-1";
pub const ADMIN_MAIL: &str = "admin@acme.example";
pub const GOOD_PASSWORD: &str = "Granite-Kettle-Orbit-42";

// ---------- logs: every test's logs land in one buffer, searched for secrets ----------

#[derive(Clone)]
struct LogBuffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = LogBuffer(buffer.clone());
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter("debug")
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let _ = tracing::subscriber::set_global_default(subscriber);
        buffer
    })
}

/// Everything logged so far by every app in this test binary.
pub fn captured_logs() -> String {
    String::from_utf8_lossy(&logs().lock().unwrap()).to_string()
}

// ---------- SMTP listener ----------

#[derive(Debug, Clone, Default)]
pub struct Mail {
    pub to: Vec<String>,
    pub data: String,
}

impl Mail {
    /// The message with quoted-printable soft breaks and escapes undone (good enough for ASCII).
    pub fn text(&self) -> String {
        let joined = self.data.replace("=\r\n", "").replace("=\n", "");
        let re = Regex::new("=([0-9A-F]{2})").unwrap();
        re.replace_all(&joined, |c: &regex::Captures| {
            let byte = u8::from_str_radix(&c[1], 16).unwrap();
            (byte as char).to_string()
        })
        .to_string()
    }

    /// The 8-digit code in the message.
    pub fn code(&self) -> String {
        let re = Regex::new(r"\b(\d{8})\b").unwrap();
        re.captures(&self.text())
            .map(|c| c[1].to_string())
            .expect("no code in the email")
    }
}

#[derive(Clone)]
struct Sink {
    store: Arc<Mutex<Vec<Mail>>>,
    current: Mail,
}

impl Handler for Sink {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current = Mail {
            to: to.to_vec(),
            data: String::new(),
        };
        response::OK
    }
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.data.push_str(&String::from_utf8_lossy(buf));
        Ok(())
    }
    fn data_end(&mut self) -> Response {
        self.store
            .lock()
            .unwrap()
            .push(std::mem::take(&mut self.current));
        response::OK
    }
}

fn start_smtp() -> (u16, Arc<Mutex<Vec<Mail>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let store = Arc::new(Mutex::new(Vec::new()));
    let mut server = Server::new(Sink {
        store: store.clone(),
        current: Mail::default(),
    });
    server
        .with_name("sink.test")
        .with_ssl(SslConfig::None)
        .unwrap()
        .with_num_threads(16)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, store)
}

// ---------- phone gateway ----------

/// One request the gateway received.
#[derive(Debug, Clone)]
pub struct GatewayRequest {
    /// `Messages.json`, `Calls.json` or `hook`.
    pub resource: String,
    pub fields: HashMap<String, String>,
    pub authorization: String,
}

impl GatewayRequest {
    /// The code in the text or TwiML (digits may be spoken one by one).
    pub fn code(&self) -> String {
        let body = ["Body", "Twiml", "text"]
            .iter()
            .find_map(|k| self.fields.get(*k))
            .cloned()
            .unwrap_or_default();
        let digits: String = body
            .split("code is")
            .nth(1)
            .unwrap_or(&body)
            .chars()
            .filter(char::is_ascii_digit)
            .take(8)
            .collect();
        assert_eq!(digits.len(), 8, "no code in {body}");
        digits
    }
}

#[derive(Clone, Default)]
pub struct Gateway {
    pub requests: Arc<Mutex<Vec<GatewayRequest>>>,
    pub fail: Arc<AtomicBool>,
}

async fn twilio(
    State(g): State<Gateway>,
    Path((_sid, resource)): Path<(String, String)>,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<HashMap<String, String>>,
) -> (StatusCode, &'static str) {
    record(&g, resource, fields, &headers)
}

async fn hook(
    State(g): State<Gateway>,
    headers: HeaderMap,
    axum::Json(v): axum::Json<HashMap<String, String>>,
) -> (StatusCode, &'static str) {
    record(&g, "hook".into(), v, &headers)
}

fn record(
    g: &Gateway,
    resource: String,
    fields: HashMap<String, String>,
    headers: &HeaderMap,
) -> (StatusCode, &'static str) {
    let authorization = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    g.requests.lock().unwrap().push(GatewayRequest {
        resource,
        fields,
        authorization,
    });
    if g.fail.load(Ordering::SeqCst) {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            "{\"message\":\"carrier unreachable\"}",
        )
    } else {
        (StatusCode::CREATED, "{\"sid\":\"SM1\"}")
    }
}

async fn start_gateway() -> (SocketAddr, Gateway) {
    let gateway = Gateway::default();
    let router = axum::Router::new()
        .route("/2010-04-01/Accounts/{sid}/{resource}", post(twilio))
        .route("/hook", post(hook))
        .with_state(gateway.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (addr, gateway)
}

// ---------- the app ----------

pub struct TestApp {
    pub addr: SocketAddr,
    pub state: AppState,
    pub tenant: Tenant,
    pub clock: Clock,
    pub mail: Arc<Mutex<Vec<Mail>>>,
    pub gateway: Gateway,
    captchas: Arc<Mutex<Vec<String>>>,
    dir: std::path::PathBuf,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Options of a test app.
pub struct Setup {
    pub config: Config,
    pub policy: Policy,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts an app with tenant `acme` and users alice (email + mobile), bob (+ office phone),
/// erin (email only), a disabled user and an admin; `adjust` edits config and policy first.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Setup)) -> TestApp {
    logs();
    let (smtp_port, mail) = start_smtp();
    let (gateway_addr, gateway) = start_gateway().await;
    let dir = std::env::temp_dir().join(format!("sspr-test-{}", uuid::Uuid::new_v4()));
    let config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.clone(),
        smtp: Some(SmtpConfig {
            host: "127.0.0.1".into(),
            port: smtp_port,
            security: SmtpSecurity::None,
            username: None,
            password: None,
            from_address: "no-reply@acme.example".into(),
        }),
        phone_gateway: Some(GatewayConfig {
            kind: GatewayKind::Twilio,
            url: format!("http://{gateway_addr}"),
            account_sid: Some("AC0123".into()),
            auth_token: Some(SecretString::from("gateway-secret-token")),
            from: Some("+15005550006".into()),
            timeout_secs: 5,
        }),
        ..Config::default()
    };
    let mut setup = Setup {
        config,
        policy: Policy::default(),
    };
    adjust(&mut setup);
    let captchas = Arc::new(Mutex::new(Vec::new()));
    let clock = Clock::default();
    let parts = Parts {
        clock: clock.clone(),
        captcha: CaptchaService::with_witness(captchas.clone()),
    };
    let app = App::build_with(setup.config, parts)
        .await
        .expect("app builds");
    let addr = app.addr().unwrap();
    let state = app.state.clone();
    let mut tenant = state
        .store
        .create_tenant("acme", "Acme Corp", Some("reset.acme.test"), clock.now())
        .await
        .unwrap();
    tenant.policy = setup.policy;
    state.store.update_tenant(&tenant).await.unwrap();
    seed_users(&state, &tenant).await;
    tokio::spawn(app.run(std::future::pending()));
    TestApp {
        addr,
        state,
        tenant,
        clock,
        mail,
        gateway,
        captchas,
        dir,
    }
}

async fn seed_users(state: &AppState, tenant: &Tenant) {
    let now = state.clock.now();
    let users = [
        (
            "alice",
            "Alice",
            "Martin",
            Some("alice.alt@example.net"),
            Some("+1 650 253 0001"),
            None,
            false,
        ),
        (
            "bob",
            "Bob",
            "Okafor",
            Some("bob.alt@example.net"),
            Some("+1 650 253 0003"),
            Some("+1 650 253 0002"),
            false,
        ),
        (
            "erin",
            "Erin",
            "Walsh",
            Some("erin.alt@example.net"),
            None,
            None,
            false,
        ),
        (
            "dave",
            "Dave",
            "Disabled",
            Some("dave.alt@example.net"),
            Some("+1 650 253 0005"),
            None,
            false,
        ),
        (
            "admin",
            "Ada",
            "Admin",
            Some("ada.alt@example.net"),
            None,
            None,
            true,
        ),
    ];
    for (login, given, surname, email, mobile, office, admin) in users {
        let user = NewUser {
            login: login.into(),
            display_name: format!("{given} {surname}"),
            given_name: given.into(),
            surname: surname.into(),
            mail: Some(if admin {
                ADMIN_MAIL.to_string()
            } else {
                format!("{login}@acme.example")
            }),
            office_phone: office.map(|p: &str| {
                sspr::domain::contact::Phone::parse(p)
                    .unwrap()
                    .e164()
                    .to_string()
            }),
            password: Some(SecretString::from(OLD_PASSWORD)),
            groups: vec!["staff".into()],
            is_admin: admin,
        };
        state
            .embedded
            .upsert_user(&tenant.id, &user, now)
            .await
            .unwrap();
        for (kind, value) in [(ContactKind::Email, email), (ContactKind::Mobile, mobile)] {
            if let Some(value) = value {
                let value = match kind {
                    ContactKind::Mobile => sspr::domain::contact::Phone::parse(value)
                        .unwrap()
                        .e164()
                        .to_string(),
                    ContactKind::Email => value.to_string(),
                };
                let reg = Registration {
                    kind,
                    value,
                    source: Source::Admin,
                    verified_at: Some(now),
                };
                state
                    .store
                    .put_registration(&tenant.id, login, &reg, now)
                    .await
                    .unwrap();
            }
        }
    }
    let dave = sspr::domain::user_id::UserId::parse("dave").unwrap();
    state
        .embedded
        .set_flags(&tenant.id, &dave, false, false)
        .await
        .unwrap();
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}/t/acme{path}", self.addr)
    }

    pub fn browser(&self) -> Browser {
        Browser::new(self)
    }

    /// The answer of the most recent captcha this app issued.
    pub fn last_captcha(&self) -> String {
        self.captchas
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("no captcha issued yet")
    }

    /// Waits (bounded) for an email to `to`, the `n`-th (0-based) one to that address.
    pub async fn wait_mail(&self, to: &str, n: usize) -> Mail {
        for _ in 0..100 {
            let found: Vec<Mail> = self
                .mail
                .lock()
                .unwrap()
                .iter()
                .filter(|m| m.to.iter().any(|t| t == to))
                .cloned()
                .collect();
            if let Some(m) = found.get(n) {
                return m.clone();
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no email #{n} to {to}");
    }

    pub fn mails_to(&self, to: &str) -> usize {
        self.mail
            .lock()
            .unwrap()
            .iter()
            .filter(|m| m.to.iter().any(|t| t == to))
            .count()
    }

    /// Waits (bounded) for the `n`-th (0-based) gateway request.
    pub async fn wait_gateway(&self, n: usize) -> GatewayRequest {
        for _ in 0..100 {
            if let Some(r) = self.gateway.requests.lock().unwrap().get(n) {
                return r.clone();
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no gateway request #{n}");
    }

    pub fn gateway_count(&self) -> usize {
        self.gateway.requests.lock().unwrap().len()
    }

    /// Whether the directory now accepts this password for the user.
    pub async fn password_works(&self, login: &str, password: &str) -> bool {
        let id = sspr::domain::user_id::UserId::parse(login).unwrap();
        let user = self
            .state
            .embedded
            .find_user(&self.tenant.id, &id)
            .await
            .unwrap();
        self.state
            .embedded
            .verify_password(&self.tenant.id, &user, &SecretString::from(password))
            .await
            .unwrap()
    }

    pub async fn audit_activities(&self) -> Vec<String> {
        self.state
            .store
            .audit_rows(&self.tenant.id, None)
            .await
            .unwrap()
            .into_iter()
            .map(|r| format!("{}:{}", r.activity, r.outcome))
            .collect()
    }
}

// ---------- the browser ----------

/// A page as a browser got it.
#[derive(Debug, Clone)]
pub struct Page {
    pub status: StatusCode,
    pub body: String,
    pub url: String,
}

impl Page {
    pub fn csrf(&self) -> String {
        let re = Regex::new(r#"name="csrf" value="([^"]+)""#).unwrap();
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
    fn new(app: &TestApp) -> Browser {
        let client = reqwest::Client::builder()
            .cookie_store(true)
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
        let body = response.text().await.unwrap();
        let page = Page { status, body, url };
        self.last = Some(page.clone());
        page
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

    /// Submits a form with the CSRF token of the last page.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.last.as_ref().map(Page::csrf).unwrap_or_default();
        let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
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
}
