//! The sample of real users decoys copy their shape from: the first registered users in login
//! order, read once a minute per tenant and kept in memory (shared by every request).

use crate::store::Store;
use crate::store::registrations::Registration;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Users in the sample.
const SIZE: i64 = 256;
/// How long a tenant's sample is reused.
const TTL: Duration = Duration::from_secs(60);

type Sample = Arc<Vec<Vec<Registration>>>;

/// Each tenant's sample; clones share it.
#[derive(Clone, Default)]
pub struct DecoySamples {
    by_tenant: Arc<Mutex<HashMap<String, (Instant, Sample)>>>,
}

impl DecoySamples {
    /// The tenant's sample (read again when older than a minute).
    pub async fn get(&self, store: &Store, tenant_id: &str) -> anyhow::Result<Sample> {
        if let Some((at, sample)) = self.lock().get(tenant_id)
            && at.elapsed() < TTL
        {
            return Ok(sample.clone());
        }
        let sample = Arc::new(store.registration_sample(tenant_id, SIZE).await?);
        self.lock()
            .insert(tenant_id.to_string(), (Instant::now(), sample.clone()));
        Ok(sample)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, Sample)>> {
        self.by_tenant.lock().unwrap_or_else(|e| e.into_inner())
    }
}
