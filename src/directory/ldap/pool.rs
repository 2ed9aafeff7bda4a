//! Connections bound as the service account, kept for reuse: a reset makes three or four
//! directory calls, and each new connection costs the portal and the directory a TCP handshake,
//! TLS and a bind. Connections bound as a user (password checks) are never kept.
//!
//! A connection is put back only after every operation on it got an answer; one that timed out
//! or failed is dropped. Idle connections are keyed by everything that decides how they were
//! made and bound (URL, TLS, CA, service account and password), so a changed setting never
//! reuses an old connection.

use super::LdapSettings;
use ldap3::Ldap;
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Idle connections kept, over every directory of every tenant.
const MAX_IDLE: usize = 16;
/// An idle connection older than this is closed rather than reused (well under the idle limits
/// of slapd and AD, 900 s by default on AD).
const IDLE_FOR: Duration = Duration::from_secs(30);

/// Which directory and service account a connection belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ConnectionKey([u8; 32]);

impl ConnectionKey {
    pub fn of(settings: &LdapSettings) -> ConnectionKey {
        let mut hash = Sha256::new();
        for part in [
            settings.url.as_str(),
            if settings.starttls { "starttls" } else { "" },
            settings.ca_file.as_deref().unwrap_or(""),
            settings.bind_dn.as_str(),
            settings.bind_password.expose(),
        ] {
            hash.update((part.len() as u64).to_be_bytes());
            hash.update(part.as_bytes());
        }
        hash.update(settings.timeout_secs.to_be_bytes());
        ConnectionKey(hash.finalize().into())
    }
}

struct Idle {
    key: ConnectionKey,
    ldap: Ldap,
    since: Instant,
}

/// The server's idle service connections; clones share them.
#[derive(Clone, Default)]
pub struct ServiceConnections {
    idle: Arc<Mutex<Vec<Idle>>>,
}

impl ServiceConnections {
    /// The most recently used live connection for `key`, if any.
    pub fn take(&self, key: ConnectionKey) -> Option<Ldap> {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        idle.retain_mut(|c| c.since.elapsed() < IDLE_FOR && !c.ldap.is_closed());
        let at = idle.iter().rposition(|c| c.key == key)?;
        Some(idle.remove(at).ldap)
    }

    /// Keeps a connection whose every operation was answered; the oldest goes when full.
    pub fn put(&self, key: ConnectionKey, ldap: Ldap) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() >= MAX_IDLE {
            idle.remove(0);
        }
        idle.push(Idle {
            key,
            ldap,
            since: Instant::now(),
        });
    }
}
