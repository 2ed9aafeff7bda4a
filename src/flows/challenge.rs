//! One-time codes as the reset gates and the registration portal both use them: throttled
//! sending (delivery off the request path), and checking with expiry and an attempt limit.

use super::{Challenge, FlowCtx};
use crate::channels::{PhoneMessage, messages, phone::PhoneKind};
use crate::domain::policy::Method;
use crate::security::codes::{self, Binding};
use crate::security::throttle::{SendVerdict, Throttle};
use crate::store::codes::{CodeState, Delivery, NewCode};
use secrecy::{ExposeSecret, SecretString};

/// A code to send.
pub struct CodeTarget<'a> {
    /// The user ID, for the audit log.
    pub login: &'a str,
    /// The per-user send counter this send counts against.
    pub sender_key: &'a str,
    pub binding: Binding<'a>,
    pub method: Method,
    /// How the destination is shown (audit, pages).
    pub masked: &'a str,
    /// Throttle subject for the destination (a hash, never the address itself).
    pub destination_subject: String,
    /// False for a decoy: the code is recorded but never delivered.
    pub deliver: bool,
}

/// What asking for a code led to.
#[derive(Debug, Clone)]
pub enum Issued {
    Sent(Challenge),
    /// Too many codes for this user: blocked until then.
    Blocked(i64),
    /// Too many codes to that destination or from this address lately.
    Capped,
}

/// What checking a typed code led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    Passed,
    /// Wrong; `attempts` of `max` used.
    Wrong {
        attempts: i64,
        max: i64,
    },
    /// Not 8 digits (not counted as an attempt).
    Malformed,
    /// Past its lifetime, replaced by a newer code, or already used.
    Expired,
    /// The attempt limit is reached: the code no longer works.
    TooManyAttempts,
    /// The message carrying the code couldn't be delivered.
    DeliveryFailed,
}

/// Applies the send throttles, stores the code's MAC and sends it (unless a decoy).
pub async fn issue(ctx: &FlowCtx<'_>, target: &CodeTarget<'_>) -> anyhow::Result<Issued> {
    let policy = &ctx.tenant.policy;
    let now = ctx.now();
    let throttle = Throttle {
        store: &ctx.state.store,
        tenant_id: &ctx.tenant.id,
        settings: &policy.throttle,
        now,
    };
    let verdict = throttle
        .send(
            target.sender_key,
            &target.destination_subject,
            ctx.client_ip,
        )
        .await?;
    match verdict {
        SendVerdict::Allowed => {}
        SendVerdict::UserBlocked(until) => {
            ctx.audit(target.login, "blocked", "failure", "too many codes sent")
                .await;
            return Ok(Issued::Blocked(until));
        }
        SendVerdict::DestinationCapped | SendVerdict::IpCapped => {
            ctx.audit(target.login, "code_sent", "failure", "send cap reached")
                .await;
            return Ok(Issued::Capped);
        }
    }
    let code = codes::generate();
    let mac = codes::mac(&ctx.state.key, &target.binding, code.expose_secret());
    let code_id = uuid::Uuid::new_v4().to_string();
    ctx.state
        .store
        .insert_code(&NewCode {
            id: &code_id,
            tenant_id: &ctx.tenant.id,
            flow_id: target.binding.flow_id,
            gate: i64::from(target.binding.gate),
            method: target.method.as_str(),
            mac: &mac,
            now,
            expires_at: now + policy.codes.ttl_secs,
        })
        .await?;
    ctx.audit(
        target.login,
        "code_sent",
        "success",
        &format!("{} to {}", target.method.as_str(), target.masked),
    )
    .await;
    // A decoy's message is composed and its delivery recorded like a real one's, only never
    // sent, so the two cost the server the same.
    spawn_delivery(
        ctx,
        target.login.to_string(),
        code_id.clone(),
        target.method,
        target
            .deliver
            .then(|| target.binding.destination.to_string()),
        code,
    );
    Ok(Issued::Sent(Challenge {
        method: target.method,
        code_id,
        sent_at: now,
    }))
}

/// Seconds left before a new code may be asked for (0 when allowed).
pub fn cooldown_left(ctx: &FlowCtx<'_>, challenge: &Challenge) -> i64 {
    let wait = challenge.sent_at + ctx.tenant.policy.codes.resend_cooldown_secs - ctx.now();
    wait.max(0)
}

/// Where a decoy's message is addressed while it is composed (it is never sent).
const DECOY_DESTINATION: &str = "decoy@example.invalid";

/// Sends the code off the request path, so response timing says nothing about the user.
fn spawn_delivery(
    ctx: &FlowCtx<'_>,
    login: String,
    code_id: String,
    method: Method,
    destination: Option<String>,
    code: SecretString,
) {
    let deliver = destination.is_some();
    let destination = destination.unwrap_or_else(|| DECOY_DESTINATION.to_string());
    let state = ctx.state.clone();
    let tenant = ctx.tenant.clone();
    let tracking = ctx.tracking_id.to_string();
    let ip = ctx.client_ip.to_string();
    let lang = ctx.lang;
    tokio::spawn(async move {
        let minutes = tenant.policy.codes.ttl_secs / 60;
        let now = state.clock.now();
        let phone = |kind, text| PhoneMessage {
            kind,
            to: destination.clone(),
            text,
            lang,
        };
        let result = match method {
            Method::Email => {
                match messages::code_email(&tenant, lang, &destination, &code, minutes) {
                    Ok(email) if deliver => {
                        state.channels.send_email(&tenant.id, &email, now).await
                    }
                    Ok(email) => state.channels.mailer.compose(&email).map(drop),
                    Err(e) => Err(e),
                }
            }
            Method::Sms => {
                let msg = phone(
                    PhoneKind::Sms,
                    messages::code_sms(&tenant, lang, &code, minutes),
                );
                if deliver {
                    state.channels.send_phone(&tenant.id, &msg, now).await
                } else {
                    Ok(())
                }
            }
            Method::Voice | Method::OfficeVoice => {
                let msg = phone(PhoneKind::Voice, messages::code_voice(&tenant, lang, &code));
                if deliver {
                    state.channels.send_phone(&tenant.id, &msg, now).await
                } else {
                    Ok(())
                }
            }
        };
        let delivery = match &result {
            Ok(()) => Delivery::Sent,
            Err(e) => {
                tracing::warn!(tracking_id = %tracking, method = method.as_str(), error = %format!("{e:#}"), "code delivery failed");
                Delivery::Failed
            }
        };
        if let Err(e) = state.store.set_code_delivery(&code_id, delivery).await {
            tracing::error!(tracking_id = %tracking, error = %format!("{e:#}"), "recording code delivery failed");
        }
        if delivery == Delivery::Failed {
            let ctx = FlowCtx {
                state: &state,
                tenant: &tenant,
                client_ip: &ip,
                tracking_id: &tracking,
                lang,
            };
            ctx.audit(&login, "code_delivery_failed", "failure", method.as_str())
                .await;
        }
    });
}

/// Whether the message carrying the challenge's code could not be delivered.
pub async fn delivery_failed(ctx: &FlowCtx<'_>, challenge: &Challenge) -> anyhow::Result<bool> {
    let record = ctx.state.store.code(&challenge.code_id).await?;
    Ok(record.is_some_and(|r| r.delivery == Delivery::Failed))
}

/// Checks a typed code against the challenge; a right code is used up, a wrong one counted.
pub async fn check(
    ctx: &FlowCtx<'_>,
    challenge: &Challenge,
    binding: &Binding<'_>,
    typed: &str,
) -> anyhow::Result<Checked> {
    let Some(record) = ctx.state.store.code(&challenge.code_id).await? else {
        return Ok(Checked::Expired);
    };
    if record.delivery == Delivery::Failed {
        return Ok(Checked::DeliveryFailed);
    }
    match record.state {
        CodeState::Live => {}
        CodeState::Dead => return Ok(Checked::TooManyAttempts),
        CodeState::Used | CodeState::Superseded => return Ok(Checked::Expired),
    }
    if ctx.now() >= record.expires_at {
        return Ok(Checked::Expired);
    }
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Ok(Checked::Malformed);
    }
    let max = ctx.tenant.policy.codes.max_attempts;
    if !codes::matches(&ctx.state.key, binding, &digits, &record.mac) {
        let attempts = ctx.state.store.record_wrong_code(&record.id, max).await?;
        if attempts >= max {
            return Ok(Checked::TooManyAttempts);
        }
        return Ok(Checked::Wrong { attempts, max });
    }
    if !ctx.state.store.consume_code(&record.id).await? {
        return Ok(Checked::Expired);
    }
    Ok(Checked::Passed)
}
