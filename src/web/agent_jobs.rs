//! The agents' job endpoints: `POST /agent/v1/jobs` is a long poll (it also counts as the
//! agent's heartbeat) that hands over the jobs queued for the agent, sealed to its key;
//! `POST /agent/v1/answer` brings a job's answer back. Both need the agent's session.

use super::agent_api::{AgentCall, HEARTBEAT_SECS, session_agent, short_text};
use super::api::{ApiError, ApiResult, json_body};
use crate::agent::protocol::Delivered;
use crate::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};

/// How often a waiting poll looks at the database again (jobs queued by another instance).
const RECHECK: Duration = Duration::from_millis(500);

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for prefix in ["", "/t/{slug}"] {
        router = router
            .route(&format!("{prefix}/agent/v1/jobs"), post(jobs))
            .route(&format!("{prefix}/agent/v1/answer"), post(answer));
    }
    router
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JobsIn {
    #[serde(default)]
    version: String,
    /// How long to hold the poll open when there is nothing to do (at most a heartbeat).
    #[serde(default)]
    wait_secs: u64,
}

#[derive(Serialize)]
struct JobsOut {
    jobs: Vec<Delivered>,
    heartbeat_secs: i64,
}

/// POST /agent/v1/jobs: the agent is alive; its queued jobs, as soon as there are any.
async fn jobs(
    State(st): State<AppState>,
    call: AgentCall,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<axum::Json<JobsOut>> {
    let agent = session_agent(&st, &call, &headers).await?;
    let input: JobsIn = json_body(&body)?;
    let version = short_text(&input.version, 40, "version")?;
    st.store
        .agent_seen(&agent.id, st.clock.now(), &version, &call.ip)
        .await?;
    let wait = Duration::from_secs(input.wait_secs.min(HEARTBEAT_SECS as u64));
    let until = Instant::now() + wait;
    let (notify, _polling) = st.agent_hub.poll(&agent.id);
    loop {
        let now = st.clock.now();
        let taken = st.store.take_agent_jobs(&agent.id, now).await?;
        if !taken.is_empty() || Instant::now() >= until {
            let jobs = taken
                .into_iter()
                .map(|job| {
                    st.agent_hub.job_moved(&job.id);
                    tracing::info!(tracking_id = %job.tracking_id, agent = %agent.id, job = %job.id, operation = %job.operation, "job handed to agent");
                    Delivered {
                        // A second less than the job has left (the clock counts whole
                        // seconds): an agent never starts what the portal won't wait for.
                        deadline_ms: ((job.expires_at - now) * 1000 - 1000).max(0) as u64,
                        id: job.id,
                        tracking_id: job.tracking_id,
                        operation: job.operation,
                        sealed: job.sealed,
                    }
                })
                .collect();
            return Ok(axum::Json(JobsOut {
                jobs,
                heartbeat_secs: HEARTBEAT_SECS,
            }));
        }
        let pause = RECHECK.min(until.saturating_duration_since(Instant::now()));
        let _ = tokio::time::timeout(pause, notify.notified()).await;
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerIn {
    job_id: String,
    answer: serde_json::Value,
}

#[derive(Serialize)]
struct AnswerOut {
    accepted: bool,
}

/// POST /agent/v1/answer: a job's answer. One that comes after the portal stopped waiting is
/// refused with 410, and logged: for a write, the directory may have the new password while
/// the user was told to try again.
async fn answer(
    State(st): State<AppState>,
    call: AgentCall,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<axum::Json<AnswerOut>> {
    let agent = session_agent(&st, &call, &headers).await?;
    let input: AnswerIn = json_body(&body)?;
    if serde_json::from_value::<crate::agent::protocol::Answer>(input.answer.clone()).is_err() {
        return Err(ApiError::invalid(
            "answer isn't an answer this portal reads.",
        ));
    }
    let answer = input.answer.to_string();
    if st
        .store
        .finish_agent_job(&input.job_id, &agent.id, &answer)
        .await?
    {
        st.agent_hub.job_moved(&input.job_id);
        return Ok(axum::Json(AnswerOut { accepted: true }));
    }
    tracing::warn!(agent = %agent.id, job = %input.job_id, "an agent answered a job the portal no longer waits for");
    Err(ApiError::new(
        StatusCode::GONE,
        "job_gone",
        "The portal stopped waiting for this job: the user was told to try again.",
    ))
}
