//! The agent's connection to the portal: enrol at the first start, prove the key, then poll
//! for jobs (each poll is also the heartbeat), run each job as it comes and send its answer.
//! A network failure or a portal error is retried with exponential backoff and jitter; a
//! refusal (a revoked agent, a spent token) stops the agent with the portal's reason.

use super::config::AgentConfig;
use super::crypto::AgentKey;
use super::executor::{Executor, Ran};
use super::protocol::Delivered;
use crate::web::agent_api::CHALLENGE_INFO;
use serde::Deserialize;
use serde_json::json;
use std::path::Path;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// The longest wait between two attempts to reach the portal.
const MAX_BACKOFF_SECS: f64 = 60.0;
/// How long one request to the portal may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// Runs the agent the configuration at `path` describes, until the portal refuses it.
pub async fn run(path: &Path) -> anyhow::Result<()> {
    let config = AgentConfig::load(path)?;
    if config.targets.is_empty() {
        tracing::warn!("the agent's configuration has no [[targets]]: every job will fail");
    }
    let key = AgentKey::load_or_create(&config.key_file)?;
    let client = http_client(&config)?;
    let agent = Arc::new(Agent {
        executor: Executor::new(config.targets.clone()),
        config,
        key,
        client,
        session: RwLock::new(String::new()),
    });
    agent.run().await
}

pub(super) fn http_client(config: &AgentConfig) -> anyhow::Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .use_rustls_tls()
        .timeout(REQUEST_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("sspr-agent/", env!("CARGO_PKG_VERSION")));
    if let Some(ca) = &config.ca_file {
        let pem = std::fs::read(ca)
            .map_err(|e| anyhow::anyhow!("reading ca_file {}: {e}", ca.display()))?;
        let certificate = reqwest::Certificate::from_pem(&pem).map_err(|e| {
            anyhow::anyhow!("ca_file {} isn't a PEM certificate: {e}", ca.display())
        })?;
        builder = builder
            .tls_built_in_root_certs(false)
            .add_root_certificate(certificate);
    }
    Ok(builder.build()?)
}

/// Why a connection ended.
#[derive(Debug)]
pub(super) enum Failure {
    /// The portal said no, for a reason retrying won't change.
    Refused { code: String, message: String },
    /// The portal couldn't be reached, or failed: worth another try.
    Unreachable(String),
}

#[derive(Deserialize)]
struct PortalError {
    code: String,
    message: String,
}

#[derive(Deserialize)]
struct Challenge {
    challenge: String,
    ticket: String,
}

#[derive(Deserialize)]
struct Session {
    session: String,
    expires_in: u64,
    heartbeat_secs: u64,
}

#[derive(Deserialize)]
struct Jobs {
    jobs: Vec<Delivered>,
}

/// A session and when to prove the key again.
pub(super) struct Connected {
    session: String,
    renew_at: Instant,
    heartbeat: Duration,
}

pub(super) struct Agent {
    pub(super) config: AgentConfig,
    pub(super) key: AgentKey,
    pub(super) client: reqwest::Client,
    executor: Executor,
    /// The current session, for the answers of jobs still running when it is renewed.
    session: RwLock<String>,
}

impl Agent {
    fn id(&self) -> String {
        self.key.public().agent_id()
    }

    /// An agent for `sspr agent --check`: it proves its key, and runs nothing.
    pub(super) fn for_check(config: AgentConfig, key: AgentKey) -> anyhow::Result<Agent> {
        Ok(Agent {
            client: http_client(&config)?,
            executor: Executor::new(Vec::new()),
            config,
            key,
            session: RwLock::new(String::new()),
        })
    }

    async fn run(self: &Arc<Self>) -> anyhow::Result<()> {
        let mut failures = 0u32;
        loop {
            match self.stay_connected(&mut failures).await {
                Failure::Refused { code, message } => {
                    tracing::error!(agent = %self.id(), code, "the portal refused this agent: {message}");
                    anyhow::bail!("the portal refused this agent ({code}): {message}");
                }
                Failure::Unreachable(why) => {
                    failures = failures.saturating_add(1);
                    let wait = backoff(failures);
                    tracing::warn!(agent = %self.id(), portal = %self.config.portal, "{why}; trying again in {:.1} s", wait.as_secs_f64());
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    /// Connects (enrolling first when the portal doesn't know the key yet) and polls for
    /// jobs until something fails.
    async fn stay_connected(self: &Arc<Self>, failures: &mut u32) -> Failure {
        let mut connected = match self.connect().await {
            Ok(connected) => connected,
            Err(failure) => return failure,
        };
        *failures = 0;
        tracing::info!(agent = %self.id(), portal = %self.config.portal, "connected");
        loop {
            if Instant::now() >= connected.renew_at {
                connected = match self.prove().await {
                    Ok(renewed) => renewed,
                    Err(failure) => return failure,
                };
            }
            match self.poll(&connected).await {
                Ok(jobs) => {
                    for job in jobs {
                        let agent = Arc::clone(self);
                        tokio::spawn(async move { agent.handle(job).await });
                    }
                }
                Err(Failure::Refused { code, .. }) if code == "session_expired" => {
                    connected.renew_at = Instant::now();
                }
                Err(failure) => return failure,
            }
        }
    }

    /// One long poll: the jobs queued for this agent, or none after a heartbeat's wait.
    async fn poll(&self, connected: &Connected) -> Result<Vec<Delivered>, Failure> {
        let wait = connected.heartbeat.as_secs();
        let body = json!({ "version": env!("CARGO_PKG_VERSION"), "wait_secs": wait });
        let reply = self
            .post_with(
                "jobs",
                Some(&connected.session),
                &body,
                REQUEST_TIMEOUT + connected.heartbeat,
            )
            .await?;
        Ok(parse::<Jobs>(&reply)?.jobs)
    }

    /// Runs a job and sends its answer, trying again (with the session of the moment) while
    /// the portal can't be reached, for as long as the portal could still want it.
    async fn handle(&self, job: Delivered) {
        let (json, outcome) = match self.executor.run(&self.key, &job).await {
            Ran::Answer { json, outcome } => (json, outcome),
            Ran::Running => return,
        };
        let answer: serde_json::Value = match serde_json::from_str(&json) {
            Ok(answer) => answer,
            Err(_) => return,
        };
        let body = json!({ "job_id": job.id, "answer": answer });
        let give_up = Instant::now() + Duration::from_millis(job.deadline_ms) + REQUEST_TIMEOUT;
        let mut failures = 0u32;
        loop {
            let session = self.session.read().map(|s| s.clone()).unwrap_or_default();
            let cause = match self.post("answer", Some(&session), &body).await {
                Ok(_) => return,
                Err(Failure::Refused { code, .. }) if code == "job_gone" => {
                    tracing::warn!(tracking_id = %job.tracking_id, job = %job.id, operation = %job.operation, outcome, "the portal had stopped waiting for this job when its answer came");
                    return;
                }
                Err(Failure::Refused { code, .. }) if code == "session_expired" => code,
                Err(Failure::Refused { code, message }) => {
                    tracing::error!(tracking_id = %job.tracking_id, job = %job.id, code, "the portal refused the job's answer: {message}");
                    return;
                }
                Err(Failure::Unreachable(why)) => why,
            };
            failures = failures.saturating_add(1);
            let wait = backoff(failures).min(Duration::from_secs(2));
            if Instant::now() + wait >= give_up {
                tracing::error!(tracking_id = %job.tracking_id, job = %job.id, operation = %job.operation, outcome, "the job's answer couldn't be sent: {cause}");
                return;
            }
            tokio::time::sleep(wait).await;
        }
    }

    async fn connect(&self) -> Result<Connected, Failure> {
        match self.prove().await {
            Err(Failure::Refused { code, .. }) if code == "agent_unknown" => {
                let Some(token) = &self.config.enrolment_token else {
                    return Err(Failure::Refused {
                        code,
                        message: "this agent's key isn't enrolled: set enrolment_token (from sspr agent-token create) in the agent's configuration".into(),
                    });
                };
                self.enrol(token).await?;
                self.prove().await
            }
            other => other,
        }
    }

    async fn enrol(&self, token: &str) -> Result<(), Failure> {
        let body = json!({
            "token": token,
            "public_key": self.key.public().encoded(),
            "name": self.config.name,
            "version": env!("CARGO_PKG_VERSION"),
        });
        self.post("enrol", None, &body).await?;
        tracing::info!(agent = %self.id(), portal = %self.config.portal, "enrolled");
        Ok(())
    }

    /// Opens the portal's challenge with the agent's key and trades the answer for a session.
    pub(super) async fn prove(&self) -> Result<Connected, Failure> {
        let id = self.id();
        let reply = self
            .post("challenge", None, &json!({ "agent_id": id }))
            .await?;
        let challenge: Challenge = parse(&reply)?;
        let expires_at = challenge.ticket.split('.').next().unwrap_or_default();
        let aad = crate::web::agent_api::challenge_aad(&id, expires_at);
        let answer = self
            .key
            .open(CHALLENGE_INFO, aad.as_bytes(), &challenge.challenge)
            .map_err(|_| Failure::Refused {
                code: "challenge_unreadable".into(),
                message: "the portal's challenge doesn't open with this agent's key".into(),
            })?;
        let answer = String::from_utf8(answer).map_err(|_| Failure::Refused {
            code: "challenge_unreadable".into(),
            message: "the portal's challenge isn't text".into(),
        })?;
        let reply = self
            .post(
                "session",
                None,
                &json!({ "agent_id": id, "answer": answer, "ticket": challenge.ticket }),
            )
            .await?;
        let session: Session = parse(&reply)?;
        let heartbeat = self
            .config
            .heartbeat_secs
            .unwrap_or(session.heartbeat_secs)
            .clamp(1, 300);
        // Renewed a heartbeat before it runs out, so no beat goes with an expired session.
        let renew_in = session.expires_in.saturating_sub(heartbeat * 2).max(1);
        if let Ok(mut current) = self.session.write() {
            current.clone_from(&session.session);
        }
        Ok(Connected {
            session: session.session,
            renew_at: Instant::now() + Duration::from_secs(renew_in),
            heartbeat: Duration::from_secs(heartbeat),
        })
    }

    /// POSTs JSON to one of the portal's agent endpoints: the reply's body, or the failure.
    pub(super) async fn post(
        &self,
        endpoint: &str,
        session: Option<&str>,
        body: &serde_json::Value,
    ) -> Result<String, Failure> {
        self.post_with(endpoint, session, body, REQUEST_TIMEOUT)
            .await
    }

    async fn post_with(
        &self,
        endpoint: &str,
        session: Option<&str>,
        body: &serde_json::Value,
        timeout: Duration,
    ) -> Result<String, Failure> {
        let mut request = self
            .client
            .post(self.config.endpoint(endpoint))
            .timeout(timeout)
            .json(body);
        if let Some(session) = session {
            request = request.header(reqwest::header::AUTHORIZATION, format!("Agent {session}"));
        }
        let response = request
            .send()
            .await
            .map_err(|e| Failure::Unreachable(format!("can't reach the portal: {e}")))?;
        let status = response.status();
        let text = response
            .text()
            .await
            .map_err(|e| Failure::Unreachable(format!("the portal's answer broke off: {e}")))?;
        if status.is_success() {
            return Ok(text);
        }
        match serde_json::from_str::<PortalError>(&text) {
            // Too many calls is worth another try later, not a reason to stop.
            Ok(e)
                if status.is_client_error() && status != reqwest::StatusCode::TOO_MANY_REQUESTS =>
            {
                Err(Failure::Refused {
                    code: e.code,
                    message: e.message,
                })
            }
            _ => Err(Failure::Unreachable(format!(
                "the portal answered {status} to {endpoint}"
            ))),
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Failure> {
    serde_json::from_str(text)
        .map_err(|e| Failure::Unreachable(format!("the portal's answer can't be read: {e}")))
}

/// The wait before attempt `failures + 1`: 1, 2, 4 … 60 seconds, each ±50% at random so that
/// agents that lost the portal together don't all come back at the same moment.
fn backoff(failures: u32) -> Duration {
    let base = 2f64
        .powi(failures.saturating_sub(1).min(6) as i32)
        .min(MAX_BACKOFF_SECS);
    let jitter = 0.5 + rand::random::<f64>();
    Duration::from_secs_f64((base * jitter).min(MAX_BACKOFF_SECS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_to_a_minute_and_is_spread() {
        for failures in 1..20 {
            let wait = backoff(failures).as_secs_f64();
            let base = 2f64
                .powi((failures - 1).min(6) as i32)
                .min(MAX_BACKOFF_SECS);
            assert!(
                wait >= base * 0.5 && wait <= (base * 1.5).min(60.0),
                "{failures}: {wait}"
            );
        }
        let waits: std::collections::BTreeSet<u128> =
            (0..20).map(|_| backoff(5).as_millis()).collect();
        assert!(waits.len() > 1, "no jitter");
    }
}
