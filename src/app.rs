//! Builds the application from its configuration: store, directory, channels, router, listener.

use crate::channels::Channels;
use crate::clock::Clock;
use crate::config::Config;
use crate::directory::EmbeddedDirectory;
use crate::directory::ldap::ServiceConnections;
use crate::security::captcha::CaptchaService;
use crate::security::hashing::Hasher;
use crate::security::sealing::SealingKey;
use crate::state::AppState;
use crate::store::Store;
use crate::store::tenant_secrets::StoredSecrets;
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
        let (store, stored) = open_store_with_secrets(&config).await?;
        seal_stored_secrets(&store, &stored).await?;
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
        crate::store::tenant_watch::spawn(
            self.state.store.clone(),
            self.state.config.database_url(),
        );
        let limits = self.state.config.http.clone();
        let router = crate::web::router(self.state);
        crate::web::server::serve(self.listener, router, &limits, shutdown)
            .await
            .context("serving HTTP")
    }
}

/// Connects to the database with the key that seals its directory secrets: the key file is
/// read, or created (mode 0600) when no secret has been sealed yet. A key that isn't the one
/// the stored secrets were sealed with is refused here, not at the first sign-in.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    Ok(open_store_with_secrets(config).await?.0)
}

/// `open_store`, with what the tenant rows held when it was opened.
async fn open_store_with_secrets(config: &Config) -> anyhow::Result<(Store, StoredSecrets)> {
    let store = Store::connect(&config.database_url()).await?;
    let stored = store.stored_secrets().await?;
    let Some(path) = config.secret_key_path() else {
        return Ok((store, stored));
    };
    let key = if path.exists() {
        SealingKey::read(&path)?
    } else if stored.sealed_with.is_empty() {
        let key = SealingKey::create(&path)?;
        tracing::info!(path = %path.display(), key = key.id(), "created the secret key file");
        key
    } else {
        anyhow::bail!(
            "the secret key file {} is missing, and the database holds secrets encrypted with key {}: restore that file",
            path.display(),
            ids(&stored.sealed_with)
        );
    };
    if !stored.sealed_with.is_empty() && !stored.sealed_with.contains(key.id()) {
        anyhow::bail!(
            "the secret key file {} holds key {}, but the database's secrets were encrypted with key {}: use the file they were encrypted with",
            path.display(),
            key.id(),
            ids(&stored.sealed_with)
        );
    }
    Ok((store.with_sealing(Some(key)), stored))
}

fn ids(set: &std::collections::BTreeSet<String>) -> String {
    set.iter().cloned().collect::<Vec<_>>().join(", ")
}

/// Before serving: secrets stored in clear (from before sealing) are sealed now, and without
/// a key the portal doesn't start once the database holds any secret.
async fn seal_stored_secrets(store: &Store, stored: &StoredSecrets) -> anyhow::Result<()> {
    if !stored.any() {
        return Ok(());
    }
    if store.sealing_key_id().is_none() {
        anyhow::bail!(
            "the database holds directory passwords or webhook secrets, so a key to keep them encrypted is needed: set secret_key_file in the configuration (or SSPR_SECRET_KEY_FILE); it is created at first start"
        );
    }
    if stored.clear > 0 {
        let sealed = store.seal_clear_secrets().await?;
        tracing::info!(
            sealed,
            "encrypted directory secrets that were stored in clear"
        );
    }
    Ok(())
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
        agent_hub: Default::default(),
    })
}

/// The server key from `key_file`: its bytes, at least 32 of them.
fn read_key_file(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let key = crate::security::key_files::read_private(path, "key_file")?;
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
