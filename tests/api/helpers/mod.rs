//! The test harness: the real app on a random port with a fresh SQLite database, a real SMTP
//! listener on loopback, a local HTTP server standing in for the SMS/voice gateway, and a
//! cookie-keeping client that walks pages like a browser.

pub mod admin;
pub mod agents;
mod browser;
pub mod forms;
mod gateway;
mod mail;
pub mod samba;
pub mod servers;
pub mod slapd;
pub mod webdriver;

pub use browser::{Browser, Page};
pub use gateway::{Gateway, GatewayRequest};
pub use mail::{Mail, TestCertificates, start_implicit_tls_front, start_smtp_with};
pub use mailin_embedded::SslConfig;

use gateway::start_gateway;
use mail::start_smtp;
use secrecy::SecretString;
use sspr::app::{App, Parts};
use sspr::clock::Clock;
use sspr::config::{Config, GatewayConfig, GatewayKind, SmtpConfig, SmtpSecurity};
use sspr::directory::embedded::NewUser;
use sspr::directory::settings::{DirectorySettings, TargetSettings};
use sspr::domain::policy::Policy;
use sspr::security::captcha::CaptchaService;
use sspr::state::AppState;
use sspr::store::registrations::{ContactKind, Registration, Source};
use sspr::store::tenants::Tenant;
use std::net::SocketAddr;
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
// ---------- the app ----------

pub struct TestApp {
    pub addr: SocketAddr,
    pub state: AppState,
    pub tenant: Tenant,
    pub clock: Clock,
    pub mail: Arc<Mutex<Vec<Mail>>>,
    pub gateway: Gateway,
    captchas: Arc<Mutex<Vec<String>>>,
    pub dir: std::path::PathBuf,
    /// The configuration it was built with (another instance is built from it).
    pub config: Config,
    /// The PostgreSQL database of an app on PostgreSQL, dropped with it.
    _database: Option<servers::PgDatabase>,
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
    pub directory: DirectorySettings,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts an app with tenant `acme` and users alice (email + mobile), bob (+ office phone),
/// erin (email only), a disabled user and an admin; `adjust` edits config and policy first.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Setup)) -> TestApp {
    spawn(adjust, None).await
}

/// The same app on a fresh PostgreSQL database; None (skipped) when there is no server.
pub async fn spawn_postgres_app(adjust: impl FnOnce(&mut Setup)) -> Option<TestApp> {
    let database = servers::PgDatabase::create().await?;
    Some(spawn(adjust, Some(database)).await)
}

/// The app with its users in a throwaway slapd (same user IDs and registrations as `acme`'s);
/// `chain_embedded` adds the embedded directory as a second target. None when skipped.
pub async fn spawn_ldap_app(
    chain_embedded: bool,
    adjust: impl FnOnce(&mut Setup),
) -> Option<(TestApp, slapd::Slapd)> {
    let server = slapd::Slapd::start(OLD_PASSWORD).await?;
    let first = TargetSettings::Ldap(Box::new(server.settings()));
    Some((
        spawn_with_directory(first, chain_embedded, adjust).await,
        server,
    ))
}

/// The app with its users in a Samba AD DC (same user IDs as `acme`'s); `chain_embedded` adds
/// the embedded directory as a second target. None when skipped.
pub async fn spawn_ad_app(
    chain_embedded: bool,
    adjust: impl FnOnce(&mut Setup),
) -> Option<(TestApp, samba::Samba)> {
    let server = samba::Samba::start(OLD_PASSWORD).await?;
    let first = TargetSettings::ActiveDirectory(Box::new(server.settings()));
    Some((
        spawn_with_directory(first, chain_embedded, adjust).await,
        server,
    ))
}

async fn spawn_with_directory(
    first: TargetSettings,
    chain_embedded: bool,
    adjust: impl FnOnce(&mut Setup),
) -> TestApp {
    let mut targets = vec![first];
    if chain_embedded {
        targets.push(TargetSettings::Embedded);
    }
    spawn_app_with(|s| {
        s.directory = DirectorySettings { targets };
        adjust(s);
    })
    .await
}

async fn spawn(adjust: impl FnOnce(&mut Setup), database: Option<servers::PgDatabase>) -> TestApp {
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
            ca_file: None,
        }),
        phone_gateway: Some(GatewayConfig {
            kind: GatewayKind::Twilio,
            url: format!("http://{gateway_addr}"),
            account_sid: Some("AC0123".into()),
            auth_token: Some(SecretString::from("gateway-secret-token")),
            from: Some("+15005550006".into()),
            timeout_secs: 5,
        }),
        database_url: database.as_ref().map(|d| d.url.clone()),
        secret_key_file: Some(dir.join("secret.key")),
        ..Config::default()
    };
    let mut setup = Setup {
        config,
        policy: Policy::default(),
        directory: DirectorySettings::default(),
    };
    adjust(&mut setup);
    let captchas = Arc::new(Mutex::new(Vec::new()));
    let clock = Clock::default();
    let parts = Parts {
        clock: clock.clone(),
        captcha: CaptchaService::with_witness(captchas.clone()),
    };
    let config = setup.config.clone();
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
    tenant.directory = setup.directory;
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
        config,
        _database: database,
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
        Browser::new(self, None)
    }

    /// A browser whose every request says `Accept-Language: {accept}`.
    pub fn browser_speaking(&self, accept: &str) -> Browser {
        Browser::new(self, Some(accept))
    }

    /// Starts a second portal on the same database, as a second process behind a load
    /// balancer would run: its own listener, connection pool and tenant cache, the same SMTP
    /// listener and gateway; returns its address.
    pub async fn another_instance(&self) -> SocketAddr {
        self.restarted_with(|_| {}).await
    }

    /// Why another instance with `adjust`ed configuration refuses to start.
    pub async fn restarted_with_error(&self, adjust: impl FnOnce(&mut Config)) -> String {
        let mut config = self.config.clone();
        adjust(&mut config);
        match App::build_with(config, Parts::default()).await {
            Ok(_) => panic!("the instance started"),
            Err(e) => format!("{e:#}"),
        }
    }

    /// Another instance on the same database, with `adjust`ed configuration.
    pub async fn restarted_with(&self, adjust: impl FnOnce(&mut Config)) -> SocketAddr {
        let parts = Parts {
            clock: self.clock.clone(),
            captcha: CaptchaService::with_witness(self.captchas.clone()),
        };
        let mut config = self.config.clone();
        adjust(&mut config);
        let app = App::build_with(config, parts)
            .await
            .expect("second instance builds");
        let addr = app.addr().unwrap();
        tokio::spawn(app.run(std::future::pending()));
        addr
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

    /// Registers an alternate email for `login` as an admin would (usable for reset at once).
    pub async fn admin_sets_email(&self, login: &str, email: &str) {
        let now = self.clock.now();
        let reg = Registration {
            kind: ContactKind::Email,
            value: email.into(),
            source: Source::Admin,
            verified_at: Some(now),
        };
        self.state
            .store
            .put_registration(&self.tenant.id, login, &reg, now)
            .await
            .unwrap();
    }

    /// `sspr directory test --user USER` for this tenant: (step, "ok"/"note"/"FAIL", detail).
    pub async fn directory_test(&self, user: &str) -> Vec<(String, &'static str, String)> {
        let id = sspr::domain::user_id::UserId::parse(user).unwrap();
        sspr::cli::directory::probe(&self.state, &self.tenant, Some(&id))
            .await
            .into_iter()
            .map(|(what, c)| (what, c.label(), c.detail().to_string()))
            .collect()
    }

    /// The user's registered contacts, as stored.
    pub async fn registrations(&self, login: &str) -> Vec<Registration> {
        self.state
            .store
            .registrations(&self.tenant.id, login)
            .await
            .unwrap()
    }

    /// Whether the audit log holds an entry with this activity and detail.
    pub async fn has_audit(&self, activity: &str, detail: &str) -> bool {
        let rows = self.state.store.audit_rows(&self.tenant.id, None).await;
        rows.unwrap()
            .iter()
            .any(|r| r.activity == activity && r.detail == detail)
    }

    /// How many rows each table of the app's database holds.
    pub async fn table_rows(&self) -> std::collections::BTreeMap<String, i64> {
        self.state.store.table_rows().await.unwrap()
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

/// An 8-digit code that is not `right`.
pub fn a_wrong_code(right: &str) -> &'static str {
    if right == "12345678" {
        "87654321"
    } else {
        "12345678"
    }
}

/// Listens to an audio captcha as a machine would: finds where the sound is loud, and names
/// each loud part by the digit clip of `lang` whose waveform matches it best (normalised
/// cross-correlation over the part's possible starts).
pub fn hear_digits(wav: &[u8], lang: sspr::i18n::Lang) -> String {
    use sspr::security::captcha_audio::{clip, samples};
    let centred = |s: &[u8]| {
        s.iter()
            .map(|b| f32::from(*b) - 128.0)
            .collect::<Vec<f32>>()
    };
    let signal = centred(samples(wav));
    // 10 ms windows; a window is sound when its mean loudness is above the noise's.
    let window = 80;
    let loud: Vec<bool> = signal
        .chunks(window)
        .map(|w| w.iter().map(|s| s.abs()).sum::<f32>() / w.len() as f32 > 5.0)
        .collect();
    // Runs of loud windows, joined across gaps of up to 250 ms (pauses inside a word).
    let mut starts: Vec<usize> = Vec::new();
    let mut last_loud: Option<usize> = None;
    for (i, is_loud) in loud.iter().enumerate() {
        if !is_loud {
            continue;
        }
        if last_loud.is_none_or(|last| i - last > 25) {
            starts.push(i * window);
        }
        last_loud = Some(i);
    }
    let references: Vec<Vec<f32>> = ('0'..='9').map(|d| centred(clip(lang, d))).collect();
    let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
    let mut heard = String::new();
    let mut covered = 0;
    for start in starts {
        if start < covered {
            continue; // still inside the word heard last
        }
        let from = start.saturating_sub(1600).max(covered);
        let mut best = (0, f32::MIN, 0);
        for (digit, reference) in references.iter().enumerate() {
            let reference_norm = norm(reference);
            let last = (start + 400).min(signal.len().saturating_sub(reference.len()));
            for at in from..=last {
                let piece = &signal[at..at + reference.len()];
                let dot: f32 = piece.iter().zip(reference).map(|(a, b)| a * b).sum();
                let score = dot / (norm(piece) * reference_norm + 1e-6);
                if score > best.1 {
                    best = (digit, score, at + reference.len());
                }
            }
        }
        heard.push(char::from(b'0' + best.0 as u8));
        covered = best.2.saturating_sub(200);
    }
    heard
}
