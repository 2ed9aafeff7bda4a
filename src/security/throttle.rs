//! Throttles after Entra: attempts and code sends per user per hour, then a 24-hour block;
//! per-destination and per-IP caps on sends. Everything is counted in the database.

use crate::domain::policy::ThrottleSettings;
use crate::store::Store;

const HOUR: i64 = 3600;

/// The verdict on sending one more code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendVerdict {
    Allowed,
    /// Too many sends for this user: blocked from self-service until then.
    UserBlocked(i64),
    /// Too many codes to this destination lately.
    DestinationCapped,
    /// Too many codes from this address lately.
    IpCapped,
}

/// Throttle checks for one tenant.
pub struct Throttle<'a> {
    pub store: &'a Store,
    pub tenant_id: &'a str,
    pub settings: &'a ThrottleSettings,
    pub now: i64,
}

impl Throttle<'_> {
    /// The end of the user's block, if blocked.
    pub async fn blocked_until(&self, login_key: &str) -> anyhow::Result<Option<i64>> {
        self.store
            .block_until(self.tenant_id, login_key, self.now)
            .await
    }

    /// An attempt while blocked: the block runs 24 hours from this latest attempt.
    pub async fn extend_block(&self, login_key: &str) -> anyhow::Result<i64> {
        let until = self.block_end();
        self.store
            .set_block(self.tenant_id, login_key, until)
            .await?;
        Ok(until)
    }

    fn block_end(&self) -> i64 {
        self.now + self.settings.block_hours * HOUR
    }

    /// Counts a reset attempt; past the hourly limit the user is blocked (24 h after this attempt).
    pub async fn attempt(&self, login_key: &str) -> anyhow::Result<Option<i64>> {
        self.store
            .record_event(self.tenant_id, "attempt", login_key, self.now)
            .await?;
        let recent = self
            .store
            .count_events(self.tenant_id, "attempt", login_key, self.now - HOUR)
            .await?;
        if recent > self.settings.attempts_per_user_per_hour {
            let until = self.block_end();
            self.store
                .set_block(self.tenant_id, login_key, until)
                .await?;
            return Ok(Some(until));
        }
        Ok(None)
    }

    /// Decides whether one more code may be sent, and records it if so.
    pub async fn send(
        &self,
        login_key: &str,
        destination: &str,
        ip: &str,
    ) -> anyhow::Result<SendVerdict> {
        let since = self.now - HOUR;
        let s = self.settings;
        let user = self
            .store
            .count_events(self.tenant_id, "send_user", login_key, since)
            .await?;
        if user >= s.sends_per_user_per_hour {
            let until = self.block_end();
            self.store
                .set_block(self.tenant_id, login_key, until)
                .await?;
            return Ok(SendVerdict::UserBlocked(until));
        }
        let dest = self
            .store
            .count_events(self.tenant_id, "send_dest", destination, since)
            .await?;
        if dest >= s.sends_per_destination_per_hour {
            return Ok(SendVerdict::DestinationCapped);
        }
        let by_ip = self
            .store
            .count_events(self.tenant_id, "send_ip", ip, since)
            .await?;
        if by_ip >= s.sends_per_ip_per_hour {
            return Ok(SendVerdict::IpCapped);
        }
        for (kind, subject) in [
            ("send_user", login_key),
            ("send_dest", destination),
            ("send_ip", ip),
        ] {
            self.store
                .record_event(self.tenant_id, kind, subject, self.now)
                .await?;
        }
        Ok(SendVerdict::Allowed)
    }

    /// Allows `limit` helpdesk contacts per subject per hour; records the one allowed.
    pub async fn helpdesk(&self, subject: &str) -> anyhow::Result<bool> {
        let n = self
            .store
            .count_events(self.tenant_id, "helpdesk", subject, self.now - HOUR)
            .await?;
        if n >= self.settings.helpdesk_per_user_per_hour {
            return Ok(false);
        }
        self.store
            .record_event(self.tenant_id, "helpdesk", subject, self.now)
            .await?;
        Ok(true)
    }

    /// Whether a registration-portal sign-in may be tried: failures per user ID and per address
    /// in the last hour are under the limits. Checked before the password, so a right password
    /// doesn't get through once the limit is reached.
    pub async fn sign_in_allowed(&self, login_key: &str, ip: &str) -> anyhow::Result<bool> {
        let since = self.now - HOUR;
        let s = self.settings;
        let by_user = self
            .store
            .count_events(self.tenant_id, "sign_in_user", login_key, since)
            .await?;
        let by_ip = self
            .store
            .count_events(self.tenant_id, "sign_in_ip", ip, since)
            .await?;
        Ok(by_user < s.sign_in_failures_per_user_per_hour
            && by_ip < s.sign_in_failures_per_ip_per_hour)
    }

    /// Counts a failed sign-in against the user ID and the address.
    pub async fn sign_in_failed(&self, login_key: &str, ip: &str) -> anyhow::Result<()> {
        for (kind, subject) in [("sign_in_user", login_key), ("sign_in_ip", ip)] {
            self.store
                .record_event(self.tenant_id, kind, subject, self.now)
                .await?;
        }
        Ok(())
    }
}
