//! Everything a request handler can reach: config, store, directory, channels, captcha, clock.

use crate::channels::Channels;
use crate::clock::Clock;
use crate::config::Config;
use crate::directory::{Directory, EmbeddedDirectory};
use crate::security::captcha::CaptchaService;
use crate::security::hashing::Hasher;
use crate::store::Store;
use crate::store::tenants::Tenant;
use std::sync::Arc;

/// Shared application state; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub embedded: EmbeddedDirectory,
    pub channels: Channels,
    pub captcha: CaptchaService,
    pub clock: Clock,
    pub hasher: Hasher,
    /// Server HMAC key (codes, captcha answers, decoys).
    pub key: Arc<Vec<u8>>,
}

impl AppState {
    /// The directory a tenant's users live in.
    pub fn directory(&self, _tenant: &Tenant) -> Directory {
        Directory::Embedded(self.embedded.clone())
    }
}
