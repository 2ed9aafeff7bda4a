//! The agents' side of the portal (`/agent/v1`, and `/t/{slug}/agent/v1`): an agent enrols
//! once with a token and its public key, then at each connection proves that it holds the
//! private key (it opens a challenge sealed to that key), gets a session of ten minutes, and
//! sends heartbeats with it. No standing secret is kept that a copy of the database could use:
//! the database holds public keys and token hashes; challenges and sessions are MACed with the
//! server key, which lives outside it.

use super::api::{ApiError, ApiResult, json_body, tenant_and_address};
use super::tenant::TenantCtx;
use crate::agent::crypto::AgentPublicKey;
use crate::flows::FlowCtx;
use crate::security::{hmac_hex, random_bytes, same};
use crate::state::AppState;
use crate::store::agents::{Agent, EnrolRefusal, NewAgent};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::{HeaderMap, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde::{Deserialize, Serialize};

/// How long a session lasts before the agent proves its key again.
pub const SESSION_SECS: i64 = 600;
/// How long a challenge may be answered.
const CHALLENGE_SECS: i64 = 60;
/// How often an agent says it is alive.
pub const HEARTBEAT_SECS: i64 = 20;
/// What a challenge is, bound into its sealing.
pub const CHALLENGE_INFO: &[u8] = b"sspr agent challenge v1";

pub fn router() -> Router<AppState> {
    let mut router = super::agent_jobs::router();
    for prefix in ["", "/t/{slug}"] {
        router = router
            .route(&format!("{prefix}/agent/v1/enrol"), post(enrol))
            .route(&format!("{prefix}/agent/v1/challenge"), post(challenge))
            .route(&format!("{prefix}/agent/v1/session"), post(session))
            .route(&format!("{prefix}/agent/v1/heartbeat"), post(heartbeat));
    }
    router
}

/// Who is calling: the tenant of the address, and the caller's address.
pub struct AgentCall {
    pub(super) t: TenantCtx,
    pub(super) ip: String,
    tracking: String,
}

impl FromRequestParts<AppState> for AgentCall {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let (t, ip) = tenant_and_address(parts, state).await?;
        Ok(AgentCall {
            t,
            ip,
            tracking: crate::security::tracking_id(),
        })
    }
}

impl AgentCall {
    fn flow_ctx<'a>(&'a self, state: &'a AppState) -> FlowCtx<'a> {
        FlowCtx {
            state,
            tenant: &self.t.tenant,
            client_ip: &self.ip,
            tracking_id: &self.tracking,
            lang: self.t.tenant.policy.default_language,
        }
    }

    /// Counts one unauthenticated call from the caller's address: 429 past the allowance.
    async fn throttled(&self, st: &AppState) -> ApiResult<()> {
        let throttle = crate::security::throttle::Throttle {
            store: &st.store,
            tenant_id: &self.t.tenant.id,
            settings: &self.t.tenant.policy.throttle,
            now: st.clock.now(),
        };
        if throttle.agent_call(&self.ip).await? {
            return Ok(());
        }
        tracing::warn!(tracking_id = %self.tracking, address = %self.ip, "too many agent enrolments or proofs from one address");
        Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_requests",
            "Too many enrolments or proofs from this address: try again later.",
        ))
    }

    /// The tenant's live agent `id`, or why not.
    async fn live_agent(&self, st: &AppState, id: &str) -> ApiResult<Agent> {
        match st.store.agent(&self.t.tenant.id, id).await? {
            Some(agent) if agent.revoked_at.is_none() => Ok(agent),
            Some(_) => Err(refused(
                "agent_revoked",
                "This agent was revoked. Enrol a new key with a new token.",
            )),
            None => Err(refused(
                "agent_unknown",
                "No agent with this key is enrolled here. Set enrolment_token in the agent's configuration.",
            )),
        }
    }
}

fn refused(code: &'static str, message: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, code, message)
}

/// One line of printable text of at most `max` characters, or why not.
pub(super) fn short_text(raw: &str, max: usize, what: &str) -> ApiResult<String> {
    let text = raw.trim();
    if text.chars().count() > max || text.chars().any(char::is_control) {
        return Err(ApiError::invalid(format!(
            "The {what} must be one line of {max} characters or fewer."
        )));
    }
    Ok(text.to_string())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnrolIn {
    token: String,
    public_key: String,
    name: String,
    #[serde(default)]
    version: String,
}

#[derive(Serialize)]
struct EnrolOut {
    agent_id: String,
}

/// POST /agent/v1/enrol: spends a token on the key sent with it.
async fn enrol(State(st): State<AppState>, call: AgentCall, body: Bytes) -> ApiResult<Response> {
    call.throttled(&st).await?;
    let input: EnrolIn = json_body(&body)?;
    let Some(key) = AgentPublicKey::parse(&input.public_key) else {
        return Err(ApiError::invalid(
            "public_key must be an X25519 public key in base64url.",
        ));
    };
    let name = short_text(&input.name, 80, "agent's name")?;
    if name.is_empty() {
        return Err(ApiError::invalid("Name the agent, like \"dc-site-1\"."));
    }
    let version = short_text(&input.version, 40, "version")?;
    let new = NewAgent {
        key: &key,
        name: &name,
        version: &version,
        address: &call.ip,
    };
    let now = st.clock.now();
    let outcome = st
        .store
        .enrol_agent(&call.t.tenant.id, &input.token, new, now)
        .await?;
    let ctx = call.flow_ctx(&st);
    let agent_id = key.agent_id();
    match outcome {
        Ok(agent) => {
            let detail = format!("agent {} ({:?}) from {}", agent.id, agent.name, call.ip);
            ctx.audit("", "agent_enrolled", "success", &detail).await;
            tracing::info!(tracking_id = %call.tracking, agent = %agent.id, "agent enrolled");
            Ok((StatusCode::CREATED, axum::Json(EnrolOut { agent_id })).into_response())
        }
        Err(why) => {
            let (code, message) = match why {
                EnrolRefusal::Unknown => (
                    "token_unknown",
                    "This enrolment token isn't valid here. Make one with sspr agent-token create.",
                ),
                EnrolRefusal::Used => (
                    "token_used",
                    "This enrolment token was used already; each enrols one agent. Make a new one.",
                ),
                EnrolRefusal::Expired => (
                    "token_expired",
                    "This enrolment token has expired. Make a new one.",
                ),
                EnrolRefusal::Revoked => (
                    "agent_revoked",
                    "This key was enrolled before and revoked. Remove the agent's key file to make a new key.",
                ),
            };
            let detail = format!("agent {agent_id} from {}: {code}", call.ip);
            ctx.audit("", "agent_enrol_refused", "failure", &detail)
                .await;
            Err(refused(code, message))
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChallengeIn {
    agent_id: String,
}

#[derive(Serialize)]
struct ChallengeOut {
    /// A random value sealed to the agent's key.
    challenge: String,
    /// What the portal needs to check the answer without keeping anything.
    ticket: String,
}

/// What a challenge's sealing is bound to (both sides know it): the agent and the expiry.
pub fn challenge_aad(agent_id: &str, expires_at: &str) -> String {
    format!("{agent_id}|{expires_at}")
}

fn ticket_mac(st: &AppState, tenant_id: &str, agent_id: &str, answer: &str, at: &str) -> String {
    hmac_hex(
        &st.key,
        &["agent-challenge", tenant_id, agent_id, answer, at],
    )
}

/// POST /agent/v1/challenge: a random value sealed to the agent's pinned key.
async fn challenge(
    State(st): State<AppState>,
    call: AgentCall,
    body: Bytes,
) -> ApiResult<axum::Json<ChallengeOut>> {
    call.throttled(&st).await?;
    let input: ChallengeIn = json_body(&body)?;
    let agent = call.live_agent(&st, &input.agent_id).await?;
    let key = AgentPublicKey::parse(&agent.public_key)
        .ok_or_else(|| anyhow::anyhow!("agent {} has an unreadable key", agent.id))?;
    let tenant_id = &call.t.tenant.id;
    let expires_at = st.clock.now() + CHALLENGE_SECS;
    let answer = hex::encode(random_bytes::<32>());
    let at = expires_at.to_string();
    let aad = challenge_aad(&agent.id, &at);
    let challenge = key.seal(CHALLENGE_INFO, aad.as_bytes(), answer.as_bytes())?;
    let ticket = format!(
        "{at}.{}",
        ticket_mac(&st, tenant_id, &agent.id, &answer, &at)
    );
    Ok(axum::Json(ChallengeOut { challenge, ticket }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionIn {
    agent_id: String,
    answer: String,
    ticket: String,
}

#[derive(Serialize)]
struct SessionOut {
    session: String,
    expires_in: i64,
    heartbeat_secs: i64,
}

fn session_mac(st: &AppState, tenant_id: &str, agent_id: &str, at: &str) -> String {
    hmac_hex(&st.key, &["agent-session", tenant_id, agent_id, at])
}

/// POST /agent/v1/session: the opened challenge, once, within its minute, gets a session.
async fn session(
    State(st): State<AppState>,
    call: AgentCall,
    body: Bytes,
) -> ApiResult<axum::Json<SessionOut>> {
    call.throttled(&st).await?;
    let input: SessionIn = json_body(&body)?;
    let tenant_id = &call.t.tenant.id;
    let now = st.clock.now();
    let wrong = || {
        refused(
            "challenge_failed",
            "That answer doesn't prove this agent's key.",
        )
    };
    let (at, mac) = input.ticket.split_once('.').ok_or_else(wrong)?;
    let expires_at: i64 = at.parse().map_err(|_| wrong())?;
    let expected = ticket_mac(&st, tenant_id, &input.agent_id, &input.answer, at);
    if !same(&expected, mac) || now >= expires_at {
        let ctx = call.flow_ctx(&st);
        let detail = format!("agent {} from {}", input.agent_id, call.ip);
        ctx.audit("", "agent_proof_failed", "failure", &detail)
            .await;
        return Err(wrong());
    }
    let agent = call.live_agent(&st, &input.agent_id).await?;
    if !st
        .store
        .claim_nonce(&format!("agent:{}", input.answer), expires_at)
        .await?
    {
        return Err(wrong());
    }
    let until = (now + SESSION_SECS).to_string();
    let session = format!(
        "{}.{until}.{}",
        agent.id,
        session_mac(&st, tenant_id, &agent.id, &until)
    );
    tracing::info!(tracking_id = %call.tracking, agent = %agent.id, address = %call.ip, "agent connected");
    Ok(axum::Json(SessionOut {
        session,
        expires_in: SESSION_SECS,
        heartbeat_secs: HEARTBEAT_SECS,
    }))
}

/// The live agent whose session the request carries (`Authorization: Agent <session>`).
pub(super) async fn session_agent(
    st: &AppState,
    call: &AgentCall,
    headers: &HeaderMap,
) -> ApiResult<Agent> {
    let expired = || {
        refused(
            "session_expired",
            "This session is over: prove the agent's key again.",
        )
    };
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Agent "))
        .ok_or_else(expired)?;
    let mut parts = presented.trim().splitn(3, '.');
    let (Some(id), Some(until), Some(mac)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(expired());
    };
    let expected = session_mac(st, &call.t.tenant.id, id, until);
    let live = until.parse::<i64>().is_ok_and(|u| st.clock.now() < u);
    if !same(&expected, mac) || !live {
        return Err(expired());
    }
    call.live_agent(st, id).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeartbeatIn {
    #[serde(default)]
    version: String,
}

#[derive(Serialize)]
struct HeartbeatOut {
    heartbeat_secs: i64,
}

/// POST /agent/v1/heartbeat: the agent is alive; when, which version and from where are kept.
async fn heartbeat(
    State(st): State<AppState>,
    call: AgentCall,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<axum::Json<HeartbeatOut>> {
    let agent = session_agent(&st, &call, &headers).await?;
    let input: HeartbeatIn = json_body(&body)?;
    let version = short_text(&input.version, 40, "version")?;
    st.store
        .agent_seen(&agent.id, st.clock.now(), &version, &call.ip)
        .await?;
    Ok(axum::Json(HeartbeatOut {
        heartbeat_secs: HEARTBEAT_SECS,
    }))
}
