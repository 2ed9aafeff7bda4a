//! Operator configuration: defaults, then an optional TOML file, then `SSPR_*` environment variables.
//!
//! Secrets (SMTP and gateway credentials) are `SecretString`s, so they can't be printed by accident.

use anyhow::{Context, bail};
use secrecy::SecretString;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Everything the operator can set. Tenant settings (policy, branding) live in the database.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address the HTTP server listens on.
    pub listen: SocketAddr,
    /// Where the SQLite database lives when `database_url` is not set.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; defaults to `sqlite://{data_dir}/sspr.db`.
    pub database_url: Option<String>,
    /// Public base URL (`https://reset.example.com`): used for links in emails and to decide HSTS
    /// and the `Secure` cookie flag. Never taken from the Host header.
    pub public_url: Option<String>,
    /// Demo mode: seeds the demo tenant and shows the dev outbox page.
    pub demo: bool,
    /// Captcha on the first reset page. Only for load tests; a warning is logged when off.
    pub captcha: bool,
    /// Take the client IP from the last `X-Forwarded-For` entry (only behind a balancer that adds it).
    pub trust_forwarded_for: bool,
    /// Tenant served at `/` when the Host header matches no tenant (by slug).
    pub default_tenant: Option<String>,
    pub smtp: Option<SmtpConfig>,
    pub phone_gateway: Option<GatewayConfig>,
    /// Timeouts and the connection cap of the HTTP server.
    pub http: HttpLimits,
    /// A file holding the server's HMAC key (codes, captcha tokens, decoys; at least 32 bytes,
    /// e.g. `head -c 32 /dev/urandom`), so a copy of the database alone can't forge them. Every
    /// instance on one database needs the same file. Without it the key lives in the database.
    pub key_file: Option<PathBuf>,
    /// A file holding the key (32 bytes) that encrypts directory passwords and webhook secrets
    /// in the database; created (mode 0600) at first start if missing. Every instance on one
    /// database needs the same file. Demo mode uses `{data_dir}/secret.key`.
    pub secret_key_file: Option<PathBuf>,
}

/// How long the HTTP server waits for slow or idle clients, and how many it serves at once.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpLimits {
    /// Seconds a client has to send a request's headers (from its first byte, or, on a kept-alive
    /// connection, from the end of the previous response).
    pub header_timeout_secs: u64,
    /// Seconds a client has to send a request's body.
    pub body_timeout_secs: u64,
    /// Seconds a request may take in all before the client gets a 408.
    pub request_timeout_secs: u64,
    /// Connections served at once; more are closed at once (keep it under `ulimit -n`).
    pub max_connections: usize,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            header_timeout_secs: 10,
            body_timeout_secs: 20,
            request_timeout_secs: 60,
            max_connections: 768,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            database_url: None,
            public_url: None,
            demo: false,
            captcha: true,
            trust_forwarded_for: false,
            default_tenant: None,
            smtp: None,
            phone_gateway: None,
            http: HttpLimits::default(),
            key_file: None,
            secret_key_file: None,
        }
    }
}

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    None,
    Starttls,
    Tls,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<SecretString>,
    /// Envelope and header sender address; the display name is the tenant's organisation name.
    pub from_address: String,
    /// PEM file of the CA(s) to trust for STARTTLS / TLS instead of the public roots (a relay
    /// with a private CA).
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
}

/// The SMS/voice gateway's API shape.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum GatewayKind {
    /// Twilio's REST API: `Messages.json` and `Calls.json` with TwiML.
    Twilio,
    /// A JSON POST `{"channel","to","text"}` to `url`.
    Webhook,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GatewayConfig {
    pub kind: GatewayKind,
    /// Twilio: the API base (`https://api.twilio.com`); webhook: the endpoint.
    pub url: String,
    pub account_sid: Option<String>,
    pub auth_token: Option<SecretString>,
    /// Caller ID / sender number.
    pub from: Option<String>,
    /// Request timeout in seconds.
    #[serde(default = "default_gateway_timeout")]
    pub timeout_secs: u64,
}

fn default_gateway_timeout() -> u64 {
    10
}

impl Config {
    /// Loads the file (if any) then applies environment overrides.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading config file {}", path.display()))?;
                toml::from_str(&text)
                    .with_context(|| format!("parsing config file {}", path.display()))?
            }
            None => Config::default(),
        };
        config.apply_env()?;
        config.validate()?;
        Ok(config)
    }

    fn apply_env(&mut self) -> anyhow::Result<()> {
        if let Ok(v) = std::env::var("SSPR_LISTEN") {
            self.listen = v
                .parse()
                .context("SSPR_LISTEN must be an address like 127.0.0.1:8080")?;
        }
        if let Ok(v) = std::env::var("SSPR_DATA_DIR") {
            self.data_dir = PathBuf::from(v);
        }
        if let Ok(v) = std::env::var("SSPR_DATABASE_URL") {
            self.database_url = Some(v);
        }
        if let Ok(v) = std::env::var("SSPR_SECRET_KEY_FILE") {
            self.secret_key_file = Some(PathBuf::from(v));
        }
        if let Ok(v) = std::env::var("SSPR_PUBLIC_URL") {
            self.public_url = Some(v);
        }
        Ok(())
    }

    /// Rejects settings that would fail later in a less obvious way.
    pub fn validate(&self) -> anyhow::Result<()> {
        if let Some(url) = &self.public_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            bail!("public_url must start with http:// or https://");
        }
        if let Some(gw) = &self.phone_gateway
            && gw.kind == GatewayKind::Twilio
            && (gw.account_sid.is_none() || gw.auth_token.is_none() || gw.from.is_none())
        {
            bail!("a twilio phone_gateway needs account_sid, auth_token and from");
        }
        Ok(())
    }

    /// The secret key file: the configured one, or in demo mode one in the data directory.
    pub fn secret_key_path(&self) -> Option<PathBuf> {
        self.secret_key_file
            .clone()
            .or_else(|| self.demo.then(|| self.data_dir.join("secret.key")))
    }

    /// The database URL, defaulting to SQLite in the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}/sspr.db?mode=rwc", self.data_dir.display()),
        }
    }

    /// Where users and admins reach the portal, for links in emails: `public_url`, else the
    /// address it listens on (right for the demo and a test, not behind a proxy).
    pub fn portal_address(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.listen),
        }
    }

    /// Whether the portal is served over TLS (decides HSTS and the Secure cookie flag).
    pub fn is_tls(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }
}
