//! A short-lived in-memory copy of tenant lookups: every page needs its tenant, and tenants
//! change rarely. A change made through this process clears the copy at once; on PostgreSQL,
//! one made by another instance or the CLI clears it when its notice arrives (see
//! `tenant_watch`), and in any case it is seen within `TTL`.

use super::tenants::Tenant;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a looked-up tenant (or its absence) is reused.
pub const TTL: Duration = Duration::from_secs(5);
/// Lookups kept at most (unknown slugs and hosts are cached too, so a flood of them can't
/// grow the copy without bound).
const MAX_ENTRIES: usize = 1024;

/// What a lookup key found: one tenant or none, or the whole list.
#[derive(Clone)]
pub enum Found {
    One(Box<Option<Tenant>>),
    All(Vec<Tenant>),
}

/// Shared by every clone of the `Store`.
#[derive(Clone, Default, Debug)]
pub struct TenantCache {
    entries: Arc<Mutex<HashMap<String, (Instant, FoundBox)>>>,
}

/// `Found`, boxed so `Debug` on the cache doesn't print tenant secrets.
#[derive(Clone)]
struct FoundBox(Found);

impl std::fmt::Debug for FoundBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Found")
    }
}

impl TenantCache {
    pub fn get(&self, key: &str) -> Option<Found> {
        let entries = self.entries.lock().ok()?;
        let (at, found) = entries.get(key)?;
        (at.elapsed() < TTL).then(|| found.0.clone())
    }

    pub fn put(&self, key: String, found: Found) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, (Instant::now(), FoundBox(found)));
        }
    }

    /// Forgets everything (after this process changed a tenant).
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}
