//! The `agent` target: directory calls go to one of the tenant's connected writeback agents,
//! sealed to that agent's key, and the user's request waits for the answer up to a bound.
//!
//! Which agent: one with a poll open here now, else the one seen last. A job no agent took
//! within [`PICKUP`] goes to the next agent; a lookup an agent took and went quiet on within
//! [`QUIET`] goes to the next agent too (a lookup twice changes nothing). A write an agent took
//! is never given to another: at the bound it is cancelled, the user is told the directory is
//! unavailable, and a late answer is refused and logged by both sides.

use super::settings::AgentTargetSettings;
use super::{DirUser, DirectoryError, PasswordCheck, Written};
use crate::agent::crypto::AgentPublicKey;
use crate::agent::hub::AgentHub;
use crate::agent::protocol::{Answer, JOB_INFO, Job, Request, job_aad};
use crate::clock::Clock;
use crate::store::Store;
use crate::store::agent_jobs::{JobState, NewJob};
use crate::store::agents::Agent;
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;
use std::time::{Duration, Instant};
use zeroize::Zeroize;

/// How long a queued job may wait to be taken before it goes to another agent.
pub const PICKUP: Duration = Duration::from_secs(3);
/// How long an agent may hold a lookup before it goes to another agent.
pub const QUIET: Duration = Duration::from_secs(5);
/// How often the database is looked at again between wake-ups.
const RECHECK: Duration = Duration::from_millis(250);

/// The tenant's agents, as one target.
#[derive(Clone)]
pub struct AgentTarget {
    store: Store,
    hub: AgentHub,
    clock: Clock,
    tenant_id: Arc<str>,
    region: Option<String>,
    bound: Duration,
    tracking_id: Option<Arc<str>>,
}

/// How one agent's try at a job ended.
enum Try {
    Answered(Box<Answer>),
    /// Not this agent: the next one may have it.
    Passed(&'static str),
}

fn unavailable(cause: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Unavailable(cause.to_string())
}

fn unexpected(operation: &str, answer: &Answer) -> DirectoryError {
    unavailable(format!(
        "an agent answered {operation} with {}",
        answer.outcome()
    ))
}

impl AgentTarget {
    pub fn new(
        store: Store,
        hub: AgentHub,
        clock: Clock,
        tenant_id: &str,
        region: Option<String>,
        settings: &AgentTargetSettings,
    ) -> AgentTarget {
        AgentTarget {
            store,
            hub,
            clock,
            tenant_id: tenant_id.into(),
            region,
            bound: Duration::from_secs(settings.timeout_secs),
            tracking_id: None,
        }
    }

    /// The tracking ID the user's page shows, for the logs of both sides.
    pub fn tracked(mut self, tracking_id: &str) -> AgentTarget {
        self.tracking_id = Some(tracking_id.into());
        self
    }

    pub async fn find_user(&self, id: &str) -> Result<DirUser, DirectoryError> {
        match self
            .call(Request::FindUser {
                user_id: id.to_string(),
            })
            .await?
        {
            Answer::User { user } => Ok(user),
            other => Err(unexpected("find_user", &other)),
        }
    }

    pub async fn search_users(
        &self,
        prefix: &str,
        limit: usize,
    ) -> Result<Vec<DirUser>, DirectoryError> {
        let request = Request::SearchUsers {
            prefix: prefix.to_string(),
            limit,
        };
        match self.call(request).await? {
            Answer::Users { mut users } => {
                users.truncate(limit);
                Ok(users)
            }
            other => Err(unexpected("search_users", &other)),
        }
    }

    pub async fn verify_password(
        &self,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<PasswordCheck, DirectoryError> {
        let request = Request::VerifyPassword {
            user: user.clone(),
            password: password.expose_secret().to_string(),
        };
        match self.call(request).await? {
            Answer::Password { check } => Ok(check),
            other => Err(unexpected("verify_password", &other)),
        }
    }

    pub async fn check_password(
        &self,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<(), DirectoryError> {
        let request = Request::CheckPassword {
            user: user.clone(),
            password: password.expose_secret().to_string(),
        };
        match self.call(request).await? {
            Answer::Checked => Ok(()),
            other => Err(unexpected("check_password", &other)),
        }
    }

    /// Writes the password through the agent's chain; what the agent's targets did is added to
    /// `written` under `name`.
    pub async fn set_password(
        &self,
        user: &DirUser,
        password: &SecretString,
        must_change: bool,
        current: Option<&SecretString>,
        unlock: bool,
        written: &mut Written,
    ) -> Result<(), DirectoryError> {
        let request = Request::SetPassword {
            user: user.clone(),
            password: password.expose_secret().to_string(),
            must_change,
            current: current.map(|c| c.expose_secret().to_string()),
            unlock,
        };
        let answer = self.call(request).await?;
        add_written("set_password", answer, written)
    }

    pub async fn unlock(
        &self,
        user: &DirUser,
        written: &mut Written,
    ) -> Result<(), DirectoryError> {
        let answer = self.call(Request::Unlock { user: user.clone() }).await?;
        add_written("unlock", answer, written)
    }

    pub async fn is_member_of(&self, user: &DirUser, group: &str) -> Result<bool, DirectoryError> {
        let request = Request::IsMemberOf {
            user: user.clone(),
            group: group.to_string(),
        };
        match self.call(request).await? {
            Answer::Member { member } => Ok(member),
            other => Err(unexpected("is_member_of", &other)),
        }
    }

    pub async fn group_mailboxes(&self, group: &str) -> Result<Vec<String>, DirectoryError> {
        let request = Request::GroupMailboxes {
            group: group.to_string(),
        };
        match self.call(request).await? {
            Answer::Mailboxes { mailboxes } => Ok(mailboxes),
            other => Err(unexpected("group_mailboxes", &other)),
        }
    }

    /// The agents that may be given a job, best first: those polling here now (in random
    /// order, to share the load), then the others by when they were last seen.
    async fn candidates(&self) -> Result<Vec<Agent>, DirectoryError> {
        let now = self.clock.now();
        let mut agents: Vec<(bool, u32, Agent)> = self
            .store
            .agents(&self.tenant_id)
            .await
            .map_err(unavailable)?
            .into_iter()
            .filter(|a| a.is_connected(now))
            .map(|a| (self.hub.is_polling(&a.id), rand::random::<u32>(), a))
            .collect();
        agents.sort_by(|(p1, r1, a1), (p2, r2, a2)| {
            p2.cmp(p1).then_with(|| match p1 {
                true => r1.cmp(r2),
                false => a2.last_seen_at.cmp(&a1.last_seen_at),
            })
        });
        Ok(agents.into_iter().map(|(_, _, a)| a).collect())
    }

    /// Runs one request on one agent and returns its answer (an error answer as the error).
    async fn call(&self, request: Request) -> Result<Answer, DirectoryError> {
        let deadline = Instant::now() + self.bound;
        let operation = request.operation();
        let is_read = request.is_read();
        let mut clear = serde_json::to_vec(&Job {
            region: self.region.clone(),
            request,
        })
        .map_err(unavailable)?;
        let result = self.call_sealed(operation, is_read, &clear, deadline).await;
        clear.zeroize();
        result
    }

    async fn call_sealed(
        &self,
        operation: &'static str,
        is_read: bool,
        clear: &[u8],
        deadline: Instant,
    ) -> Result<Answer, DirectoryError> {
        let candidates = self.candidates().await?;
        if candidates.is_empty() {
            tracing::warn!(
                tracking_id = self.tracking(),
                operation,
                "no writeback agent is connected"
            );
            return Err(unavailable("no writeback agent is connected"));
        }
        for (i, agent) in candidates.iter().enumerate() {
            let more = i + 1 < candidates.len();
            let started = Instant::now();
            match self
                .try_agent(agent, operation, clear, deadline, more, is_read)
                .await?
            {
                Try::Answered(answer) => {
                    tracing::info!(
                        tracking_id = self.tracking(),
                        agent = %agent.id,
                        operation,
                        outcome = answer.outcome(),
                        ms = started.elapsed().as_millis() as u64,
                        "agent answered"
                    );
                    return (*answer).into_result(&agent.id);
                }
                Try::Passed(why) => {
                    tracing::warn!(tracking_id = self.tracking(), agent = %agent.id, operation, "agent {why}; trying the next agent");
                }
            }
        }
        Err(unavailable("no writeback agent took the job"))
    }

    fn tracking(&self) -> &str {
        self.tracking_id.as_deref().unwrap_or("-")
    }

    /// Queues the job for `agent` and waits for its answer, or for a reason to pass it on.
    async fn try_agent(
        &self,
        agent: &Agent,
        operation: &'static str,
        clear: &[u8],
        deadline: Instant,
        more: bool,
        is_read: bool,
    ) -> Result<Try, DirectoryError> {
        let key = AgentPublicKey::parse(&agent.public_key)
            .ok_or_else(|| unavailable(format!("agent {} has an unreadable key", agent.id)))?;
        let id = hex::encode(crate::security::random_bytes::<16>());
        let sealed = key
            .seal(JOB_INFO, job_aad(&id).as_bytes(), clear)
            .map_err(unavailable)?;
        let now = self.clock.now();
        // Whole seconds left, rounded down: the job expires no later than the wait ends.
        let left = deadline.saturating_duration_since(Instant::now()).as_secs() as i64;
        let notify = self.hub.wait_for(&id);
        let queued = self
            .store
            .queue_agent_job(NewJob {
                id: &id,
                tenant_id: &self.tenant_id,
                agent_id: &agent.id,
                tracking_id: self.tracking(),
                operation,
                sealed: &sealed,
                now,
                expires_at: now + left,
            })
            .await;
        if let Err(e) = queued {
            self.hub.done_waiting(&id);
            return Err(unavailable(e));
        }
        self.hub.job_queued(&agent.id);
        let outcome = self
            .wait(&id, agent, deadline, more, is_read, &notify)
            .await;
        self.hub.done_waiting(&id);
        if matches!(outcome, Ok(Try::Answered(_))) {
            // The answer is read: the row goes (a cancelled one stays till it expires, so a
            // late answer can still be told apart from a forged one).
            if let Err(e) = self.store.remove_agent_job(&id).await {
                tracing::warn!(error = %e, "removing an answered agent job");
            }
        }
        outcome
    }

    async fn wait(
        &self,
        id: &str,
        agent: &Agent,
        deadline: Instant,
        more: bool,
        is_read: bool,
        notify: &tokio::sync::Notify,
    ) -> Result<Try, DirectoryError> {
        let queued_at = Instant::now();
        let mut taken_at: Option<Instant> = None;
        loop {
            let state = self.store.agent_job_state(id).await.map_err(unavailable)?;
            match state {
                JobState::Done(answer) => {
                    let answer: Answer = serde_json::from_str(&answer).map_err(|e| {
                        unavailable(format!("agent {}'s answer can't be read: {e}", agent.id))
                    })?;
                    return Ok(Try::Answered(Box::new(answer)));
                }
                JobState::Gone => return Err(unavailable("the agent job vanished")),
                JobState::Queued if more && queued_at.elapsed() >= PICKUP => {
                    if self.cancel(id, false).await? {
                        return Ok(Try::Passed("didn't take the job"));
                    }
                    continue;
                }
                JobState::Taken if more && is_read => {
                    let since = *taken_at.get_or_insert_with(Instant::now);
                    if since.elapsed() >= QUIET && self.cancel(id, true).await? {
                        return Ok(Try::Passed("took a lookup and went quiet"));
                    }
                }
                JobState::Queued | JobState::Taken => {}
            }
            let now = Instant::now();
            if now >= deadline {
                if self.cancel(id, true).await? {
                    let what = match state {
                        JobState::Queued => "didn't take the job",
                        _ => "took the job and didn't answer",
                    };
                    return Err(unavailable(format!(
                        "agent {} {what} within {} s",
                        agent.id,
                        self.bound.as_secs()
                    )));
                }
                continue;
            }
            let pause = RECHECK.min(deadline - now);
            let _ = tokio::time::timeout(pause, notify.notified()).await;
        }
    }

    async fn cancel(&self, id: &str, taken_too: bool) -> Result<bool, DirectoryError> {
        self.store
            .cancel_agent_job(id, taken_too)
            .await
            .map_err(unavailable)
    }
}

/// Adds what the agent's chain did to `written` (its targets named after the agent's).
fn add_written(
    operation: &str,
    answer: Answer,
    written: &mut Written,
) -> Result<(), DirectoryError> {
    match answer {
        Answer::Written {
            partial,
            unlocked,
            still_locked,
        } => {
            const NAME: &str = "writeback agent";
            for (target, cause) in partial {
                written.partial.push((NAME, format!("{target}: {cause}")));
            }
            if !still_locked.is_empty() {
                written.still_locked.push(NAME);
            } else if !unlocked.is_empty() {
                written.unlocked.push(NAME);
            }
            Ok(())
        }
        other => Err(unexpected(operation, &other)),
    }
}
