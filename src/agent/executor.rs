//! The agent's side of a job: open it with the agent's key, run it on the agent's own chain
//! within the time the portal still waits, and keep its answer for a while, so a job handed
//! over twice (a poll's reply lost and sent again) is run once and answered the same way.

use super::crypto::AgentKey;
use super::protocol::{Answer, Delivered, JOB_INFO, Job, Request, job_aad};
use crate::directory::ldap::ServiceConnections;
use crate::directory::settings::TargetSettings;
use crate::directory::{Directory, PasswordCheck, Target, WriteKind};
use crate::domain::user_id::UserId;
use secrecy::SecretString;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use zeroize::Zeroize;

/// How long an answer is kept for a job handed over again.
const KEEP: Duration = Duration::from_secs(600);

/// What the agent knows of a job it was given.
enum Seen {
    Running,
    Answered { answer: String, at: Instant },
}

/// Runs jobs on the agent's chain.
pub struct Executor {
    targets: Vec<TargetSettings>,
    connections: ServiceConnections,
    seen: Mutex<HashMap<String, Seen>>,
}

/// What became of a job handed to [`Executor::run`].
pub enum Ran {
    /// The answer to send back (the same one again for a job handed over twice).
    Answer { json: String, outcome: &'static str },
    /// The job is running already: its answer will be sent when it is done.
    Running,
}

impl Executor {
    pub fn new(targets: Vec<TargetSettings>) -> Executor {
        Executor {
            targets,
            connections: ServiceConnections::default(),
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// The agent's chain, reading phone numbers in `region`.
    fn directory(&self, region: Option<String>) -> Option<Directory> {
        let targets = self
            .targets
            .iter()
            .filter_map(|t| Target::reached_directly(t, &self.connections, region.clone()))
            .collect();
        Directory::of_agent(targets)
    }

    /// Runs `job` once: a job seen before gets its first answer again (or nothing while it
    /// still runs).
    pub async fn run(&self, key: &AgentKey, job: &Delivered) -> Ran {
        if let Some(again) = self.seen_before(&job.id) {
            return again;
        }
        let started = Instant::now();
        let answer = self.answer(key, job).await;
        let outcome = answer.outcome();
        let json = serde_json::to_string(&answer).unwrap_or_else(|e| {
            serde_json::json!({ "answer": "unavailable", "cause": format!("the agent's answer can't be written: {e}") }).to_string()
        });
        tracing::info!(
            tracking_id = %job.tracking_id,
            job = %job.id,
            operation = %job.operation,
            outcome,
            ms = started.elapsed().as_millis() as u64,
            "job done"
        );
        if let Ok(mut seen) = self.seen.lock() {
            seen.retain(|_, s| !matches!(s, Seen::Answered { at, .. } if at.elapsed() > KEEP));
            seen.insert(
                job.id.clone(),
                Seen::Answered {
                    answer: json.clone(),
                    at: Instant::now(),
                },
            );
        }
        Ran::Answer { json, outcome }
    }

    /// The job's first answer or its run in progress; None (and marked running) if new.
    fn seen_before(&self, id: &str) -> Option<Ran> {
        let mut seen = self.seen.lock().ok()?;
        match seen.get(id) {
            Some(Seen::Running) => Some(Ran::Running),
            Some(Seen::Answered { answer, .. }) => Some(Ran::Answer {
                json: answer.clone(),
                outcome: "answered before",
            }),
            None => {
                seen.insert(id.to_string(), Seen::Running);
                None
            }
        }
    }

    async fn answer(&self, key: &AgentKey, delivered: &Delivered) -> Answer {
        let unavailable = |cause: &str| Answer::Unavailable {
            cause: cause.to_string(),
        };
        let Ok(mut clear) = key.open(
            JOB_INFO,
            job_aad(&delivered.id).as_bytes(),
            &delivered.sealed,
        ) else {
            return unavailable("the job doesn't open with this agent's key");
        };
        let job: Result<Job, _> = serde_json::from_slice(&clear);
        clear.zeroize();
        let Ok(job) = job else {
            return unavailable("the job can't be read (is the agent older than the portal?)");
        };
        let Some(directory) = self.directory(job.region.clone()) else {
            return unavailable("the agent's configuration has no directory targets");
        };
        let left = Duration::from_millis(delivered.deadline_ms);
        if left < Duration::from_millis(500) {
            return unavailable("the job came too late to be run");
        }
        match tokio::time::timeout(left, perform(&directory, &job.request)).await {
            Ok(Ok(answer)) => answer,
            Ok(Err(e)) => Answer::from_error(e),
            Err(_) => unavailable("the directory didn't answer in time"),
        }
    }
}

/// One request on the chain.
async fn perform(
    d: &Directory,
    request: &Request,
) -> Result<Answer, crate::directory::DirectoryError> {
    let secret = |s: &str| SecretString::from(s.to_string());
    Ok(match request {
        Request::FindUser { user_id } => match UserId::parse(user_id) {
            Ok(id) => Answer::User {
                user: d.find_user(&id).await?,
            },
            Err(_) => Answer::NotFound,
        },
        Request::SearchUsers { prefix, limit } => Answer::Users {
            users: d.search_users(prefix, (*limit).min(200)).await?,
        },
        Request::VerifyPassword { user, password } => {
            let check: PasswordCheck = d.verify_password(user, &secret(password)).await?;
            Answer::Password { check }
        }
        Request::CheckPassword { user, password } => {
            d.check_password(user, &secret(password)).await?;
            Answer::Checked
        }
        Request::SetPassword {
            user,
            password,
            must_change,
            current,
            unlock,
        } => {
            let current = current.as_deref().map(secret);
            let kind = match &current {
                Some(current) => WriteKind::Change { current },
                None => WriteKind::Reset,
            };
            let written = d
                .set_password(user, &secret(password), *must_change, kind, *unlock)
                .await?;
            written_answer(written)
        }
        Request::Unlock { user } => written_answer(d.unlock(user).await?),
        Request::IsMemberOf { user, group } => Answer::Member {
            member: d.is_member_of(user, group).await?,
        },
        Request::GroupMailboxes { group } => Answer::Mailboxes {
            mailboxes: d.group_mailboxes(group).await?,
        },
    })
}

fn written_answer(written: crate::directory::Written) -> Answer {
    let names = |v: Vec<&'static str>| v.into_iter().map(str::to_string).collect();
    Answer::Written {
        partial: written
            .partial
            .into_iter()
            .map(|(t, cause)| (t.to_string(), cause))
            .collect(),
        unlocked: names(written.unlocked),
        still_locked: names(written.still_locked),
    }
}
