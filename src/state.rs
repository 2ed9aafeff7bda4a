//! Everything a request handler can reach: config, store, directory, channels, captcha, clock.

use crate::agent::hub::AgentHub;
use crate::channels::Channels;
use crate::clock::Clock;
use crate::config::Config;
use crate::directory::ldap::ServiceConnections;
use crate::directory::settings::TargetSettings;
use crate::directory::{AgentTarget, Directory, EmbeddedDirectory, Target};
use crate::flows::decoy_sample::DecoySamples;
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
    /// Idle LDAP / AD connections bound as a service account, for every tenant.
    pub ldap_connections: ServiceConnections,
    /// The real users decoys copy their shape from, per tenant.
    pub decoy_samples: DecoySamples,
    /// Wakes writeback agents' polls and the requests waiting for their answers.
    pub agent_hub: AgentHub,
}

impl AppState {
    /// The directory chain a tenant's users live in and passwords go to.
    pub fn directory(&self, tenant: &Tenant) -> Directory {
        let targets = tenant
            .directory
            .targets
            .iter()
            .filter_map(|t| match t {
                TargetSettings::Embedded => Some(Target::Embedded(self.embedded.clone())),
                TargetSettings::Agent(a) => Some(Target::Agent(AgentTarget::new(
                    self.store.clone(),
                    self.agent_hub.clone(),
                    self.clock.clone(),
                    &tenant.id,
                    tenant.policy.default_region.clone(),
                    a,
                ))),
                other => Target::reached_directly(
                    other,
                    &self.ldap_connections,
                    tenant.policy.default_region.clone(),
                ),
            })
            .collect();
        let history = tenant
            .directory
            .targets
            .iter()
            .filter_map(|t| match t {
                TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => {
                    Some(l.portal_history)
                }
                TargetSettings::Agent(a) => Some(a.portal_history),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        Directory::new(&tenant.id, targets, self.embedded.clone(), history)
    }
}
