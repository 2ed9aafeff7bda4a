//! Builds the application from its configuration: store, directory, channels, router, listener.

use crate::channels::Channels;
use crate::clock::Clock;
use crate::config::Config;
use crate::directory::EmbeddedDirectory;
use crate::directory::ldap::ServiceConnections;
use crate::security::captcha::CaptchaService;
use crate::security::hashing::Hasher;
use crate::state::AppState;
use crate::store::Store;
use anyhow::Context;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

/// A built application, bound to its port but not yet serving.
pub struct App {
    pub state: AppState,
    listener: TcpListener,
}

/// Parts the test harness may replace: the clock (to reach expiry) and the captcha service
/// (to read the answers it issues).
#[derive(Clone, Default)]
pub struct Parts {
    pub clock: Clock,
    pub captcha: CaptchaService,
}

impl App {
    pub async fn build(config: Config) -> anyhow::Result<App> {
        App::build_with(config, Parts::default()).await
    }

    pub async fn build_with(config: Config, parts: Parts) -> anyhow::Result<App> {
        let store = Store::connect(&config.database_url()).await?;
        let state = state(config, store, parts).await?;
        if state.config.demo {
            crate::demo::seed(&state).await?;
        } else if state
            .store
            .tenant_by_slug(crate::demo::SLUG)
            .await?
            .is_some()
        {
            tracing::warn!(
                "this database holds the demo tenant, whose passwords are published: it is not served without --demo (remove it, or serve with --demo)"
            );
        }
        let listener = TcpListener::bind(state.config.listen)
            .await
            .with_context(|| format!("binding {}", state.config.listen))?;
        Ok(App { state, listener })
    }

    pub fn addr(&self) -> anyhow::Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serves until the future `shutdown` completes.
    pub async fn run(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        spawn_purger(self.state.clone());
        let limits = self.state.config.http.clone();
        let router = crate::web::router(self.state);
        crate::web::server::serve(self.listener, router, &limits, shutdown)
            .await
            .context("serving HTTP")
    }
}

/// Assembles the shared state (also used by CLI commands that need the directory).
pub async fn state(config: Config, store: Store, parts: Parts) -> anyhow::Result<AppState> {
    let hasher = Hasher::default();
    let key = match &config.key_file {
        Some(path) => read_key_file(path)?,
        None => store.server_key().await?,
    };
    let channels = Channels::from_config(&config, store.clone())?;
    if !config.captcha {
        tracing::warn!("the captcha is turned off: only do this for load tests");
    }
    if channels.uses_outbox() && config.demo {
        tracing::warn!(
            "no SMTP server or phone gateway configured for some channels: their messages go to the dev outbox"
        );
    } else if channels.uses_outbox() {
        tracing::warn!(
            "no SMTP server or phone gateway configured for some channels: their messages can't be delivered (the dev outbox is only for --demo)"
        );
    }
    Ok(AppState {
        config: Arc::new(config),
        embedded: EmbeddedDirectory::new(store.clone(), hasher.clone(), parts.clock.clone()),
        store,
        channels,
        captcha: parts.captcha,
        clock: parts.clock,
        hasher,
        key: Arc::new(key),
        ldap_connections: ServiceConnections::default(),
        decoy_samples: Default::default(),
    })
}

/// The server key from `key_file`: its bytes, at least 32 of them.
fn read_key_file(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let key =
        std::fs::read(path).with_context(|| format!("reading key_file {}", path.display()))?;
    if key.len() < 32 {
        anyhow::bail!(
            "key_file {} holds {} bytes; it needs at least 32 (head -c 32 /dev/urandom > FILE)",
            path.display(),
            key.len()
        );
    }
    Ok(key)
}

fn spawn_purger(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            tick.tick().await;
            if let Err(e) = state.store.purge_expired(state.clock.now()).await {
                tracing::warn!(error = %format!("{e:#}"), "purging expired rows failed");
            }
        }
    });
}
