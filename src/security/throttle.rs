//! Throttles after Entra: attempts and code sends per user per hour, then a 24-hour block;
//! per-destination and per-IP caps on sends. Everything is counted in the database.

use crate::domain::policy::ThrottleSettings;
use crate::store::Store;
use crate::store::throttles::Allowance;

const HOUR: i64 = 3600;
/// Enrolments, challenges and sessions an address may ask for in an hour: an agent proves its
/// key every ten minutes, and a reconnecting one at most about once a minute.
pub const AGENT_CALLS_PER_IP_PER_HOUR: i64 = 300;

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

    /// Decides whether one more code may be sent, and records it if so, in one atomic step.
    pub async fn send(
        &self,
        login_key: &str,
        destination: &str,
        ip: &str,
    ) -> anyhow::Result<SendVerdict> {
        let s = self.settings;
        let limits = [
            Allowance {
                kind: "send_user",
                subject: login_key,
                limit: s.sends_per_user_per_hour,
            },
            Allowance {
                kind: "send_dest",
                subject: destination,
                limit: s.sends_per_destination_per_hour,
            },
            Allowance {
                kind: "send_ip",
                subject: ip,
                limit: s.sends_per_ip_per_hour,
            },
        ];
        Ok(match self.take(&limits).await? {
            None => SendVerdict::Allowed,
            Some(0) => {
                let until = self.block_end();
                self.store
                    .set_block(self.tenant_id, login_key, until)
                    .await?;
                SendVerdict::UserBlocked(until)
            }
            Some(1) => SendVerdict::DestinationCapped,
            Some(_) => SendVerdict::IpCapped,
        })
    }

    /// Allows a helpdesk contact from `ip` (and about `user`, when one is named) within the
    /// hourly limits; records the one allowed.
    pub async fn helpdesk(&self, user: Option<&str>, ip: &str) -> anyhow::Result<bool> {
        let s = self.settings;
        let mut limits = vec![Allowance {
            kind: "helpdesk_ip",
            subject: ip,
            limit: s.helpdesk_per_ip_per_hour,
        }];
        if let Some(user) = user {
            limits.push(Allowance {
                kind: "helpdesk",
                subject: user,
                limit: s.helpdesk_per_user_per_hour,
            });
        }
        Ok(self.take(&limits).await?.is_none())
    }

    /// Takes one sign-in try for the user ID and the address, counted as a failure until
    /// `sign_in_settled` says otherwise: checked and recorded in one step before the password
    /// is, so N parallel tries get exactly the allowance and a right password doesn't get
    /// through once it is used up. False (nothing recorded) when a limit is reached.
    pub async fn sign_in_try(&self, login_key: &str, ip: &str) -> anyhow::Result<bool> {
        let s = self.settings;
        let limits = [
            Allowance {
                kind: "sign_in_user",
                subject: login_key,
                limit: s.sign_in_failures_per_user_per_hour,
            },
            Allowance {
                kind: "sign_in_ip",
                subject: ip,
                limit: s.sign_in_failures_per_ip_per_hour,
            },
        ];
        Ok(self.take(&limits).await?.is_none())
    }

    /// A try that was not a failure after all (the right password, or the directory could not
    /// be asked): it no longer counts.
    pub async fn sign_in_settled(&self, login_key: &str, ip: &str) -> anyhow::Result<()> {
        for (kind, subject) in [("sign_in_user", login_key), ("sign_in_ip", ip)] {
            self.store
                .remove_event(self.tenant_id, kind, subject, self.now)
                .await?;
        }
        Ok(())
    }

    /// Counts a failed sign-in that took no try (a malformed user ID) against the address.
    pub async fn sign_in_failed(&self, login_key: &str, ip: &str) -> anyhow::Result<()> {
        for (kind, subject) in [("sign_in_user", login_key), ("sign_in_ip", ip)] {
            self.store
                .record_event(self.tenant_id, kind, subject, self.now)
                .await?;
        }
        Ok(())
    }

    /// Allows one unauthenticated call to the agents' endpoints (enrol, challenge, session)
    /// from `ip`: a fixed allowance per hour, far above what reconnecting agents need, so a
    /// guessing or flooding client is turned away; records the one allowed.
    pub async fn agent_call(&self, ip: &str) -> anyhow::Result<bool> {
        let limits = [Allowance {
            kind: "agent_ip",
            subject: ip,
            limit: AGENT_CALLS_PER_IP_PER_HOUR,
        }];
        Ok(self.take(&limits).await?.is_none())
    }

    async fn take(&self, limits: &[Allowance<'_>]) -> anyhow::Result<Option<usize>> {
        self.store
            .take_allowance(self.tenant_id, limits, self.now - HOUR, self.now)
            .await
    }
}
