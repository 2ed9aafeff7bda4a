//! The verification gates: choose a method, confirm the phone number, receive and enter a code.

use super::{Challenge, FlowCtx, ResetFlow};
use crate::channels::{PhoneMessage, messages, phone::PhoneKind};
use crate::domain::contact::Phone;
use crate::domain::policy::Method;
use crate::security::codes::{self, Binding};
use crate::security::throttle::{SendVerdict, Throttle};
use crate::security::{hmac_hex, sha256_hex};
use crate::store::codes::{CodeState, Delivery, NewCode};
use secrecy::SecretString;

/// What choosing a method, confirming a number or resending leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// A code is on its way; the user is asked for it.
    Sent,
    /// A phone method: the user must type the full number first.
    NeedNumber,
    /// The typed number isn't the registered one (or couldn't be read: the message says why).
    NumberMismatch(Option<String>),
    /// The method isn't on offer (tampered form or already used).
    NotOffered,
    /// Too many codes: blocked until then.
    Blocked(i64),
    /// Too many codes to that destination or from this address lately.
    Capped,
    /// Resend pressed too soon: wait this many seconds.
    Cooldown(i64),
}

/// What entering a code leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyOutcome {
    /// Gate passed; `more` when another gate follows.
    Passed {
        more: bool,
    },
    /// Wrong code; this many tries left.
    Wrong {
        remaining: i64,
    },
    /// Not 8 digits.
    Malformed,
    Expired,
    /// Five wrong entries: the code no longer works.
    TooManyAttempts,
    /// The message carrying the code couldn't be delivered.
    DeliveryFailed,
    /// No code was asked for in this flow.
    NoChallenge,
}

/// Picks a method for the current gate.
pub async fn choose(
    ctx: &FlowCtx<'_>,
    flow: &mut ResetFlow,
    method: Method,
) -> anyhow::Result<SendOutcome> {
    if flow.option(method).is_none() {
        return Ok(SendOutcome::NotOffered);
    }
    flow.challenge = None;
    if method.is_phone() {
        flow.pending = Some(method);
        return Ok(SendOutcome::NeedNumber);
    }
    flow.pending = None;
    send_code(ctx, flow, method).await
}

/// Checks the full phone number the user typed, then sends the code.
pub async fn confirm_number(
    ctx: &FlowCtx<'_>,
    flow: &mut ResetFlow,
    typed: &str,
) -> anyhow::Result<SendOutcome> {
    let Some(method) = flow.pending else {
        return Ok(SendOutcome::NotOffered);
    };
    let Some(option) = flow.option(method) else {
        return Ok(SendOutcome::NotOffered);
    };
    if let Err(message) = Phone::parse(typed) {
        return Ok(SendOutcome::NumberMismatch(Some(message)));
    }
    let matches =
        flow.real && Phone::parse(&option.destination).is_ok_and(|p| p.matches_typed(typed));
    if !matches {
        ctx.audit(
            &flow.login,
            "gate_failed",
            "failure",
            &format!("{} number did not match", method.as_str()),
        )
        .await;
        return Ok(SendOutcome::NumberMismatch(None));
    }
    send_code(ctx, flow, method).await
}

/// Sends a new code for the pending challenge after the cooldown; the previous code stops working.
pub async fn resend(ctx: &FlowCtx<'_>, flow: &mut ResetFlow) -> anyhow::Result<SendOutcome> {
    let Some(challenge) = flow.challenge.clone() else {
        return Ok(SendOutcome::NotOffered);
    };
    let wait = challenge.sent_at + ctx.tenant.policy.codes.resend_cooldown_secs - ctx.now();
    if wait > 0 {
        return Ok(SendOutcome::Cooldown(wait));
    }
    send_code(ctx, flow, challenge.method).await
}

/// Goes back to the method choice of the current gate.
pub fn another_method(flow: &mut ResetFlow) {
    flow.challenge = None;
    flow.pending = None;
}

fn destination_subject(
    ctx: &FlowCtx<'_>,
    flow: &ResetFlow,
    method: Method,
    destination: &str,
) -> String {
    if flow.real {
        sha256_hex(destination.as_bytes())
    } else {
        hmac_hex(
            &ctx.state.key,
            &["decoy-destination", &flow.login_key, method.as_str()],
        )
    }
}

async fn send_code(
    ctx: &FlowCtx<'_>,
    flow: &mut ResetFlow,
    method: Method,
) -> anyhow::Result<SendOutcome> {
    let Some(option) = flow.option(method).cloned() else {
        return Ok(SendOutcome::NotOffered);
    };
    let policy = &ctx.tenant.policy;
    let now = ctx.now();
    let throttle = Throttle {
        store: &ctx.state.store,
        tenant_id: &ctx.tenant.id,
        settings: &policy.throttle,
        now,
    };
    let subject = destination_subject(ctx, flow, method, &option.destination);
    match throttle
        .send(&flow.login_key, &subject, ctx.client_ip)
        .await?
    {
        SendVerdict::Allowed => {}
        SendVerdict::UserBlocked(until) => {
            ctx.audit(&flow.login, "blocked", "failure", "too many codes sent")
                .await;
            return Ok(SendOutcome::Blocked(until));
        }
        SendVerdict::DestinationCapped | SendVerdict::IpCapped => {
            ctx.audit(&flow.login, "code_sent", "failure", "send cap reached")
                .await;
            return Ok(SendOutcome::Capped);
        }
    }
    let code = codes::generate();
    let gate = flow.gate();
    let binding = Binding {
        flow_id: &flow.flow_id,
        gate,
        method: method.as_str(),
        destination: &option.destination,
    };
    let mac = codes::mac(
        &ctx.state.key,
        &binding,
        secrecy::ExposeSecret::expose_secret(&code),
    );
    let code_id = uuid::Uuid::new_v4().to_string();
    ctx.state
        .store
        .insert_code(&NewCode {
            id: &code_id,
            tenant_id: &ctx.tenant.id,
            flow_id: &flow.flow_id,
            gate: i64::from(gate),
            method: method.as_str(),
            mac: &mac,
            now,
            expires_at: now + policy.codes.ttl_secs,
        })
        .await?;
    flow.pending = None;
    flow.challenge = Some(Challenge {
        method,
        code_id: code_id.clone(),
        sent_at: now,
    });
    ctx.audit(
        &flow.login,
        "code_sent",
        "success",
        &format!("{} to {}", method.as_str(), option.masked),
    )
    .await;
    if flow.real {
        spawn_delivery(
            ctx,
            flow.login.clone(),
            code_id,
            method,
            option.destination,
            code,
        );
    }
    Ok(SendOutcome::Sent)
}

/// Sends the code off the request path, so response timing says nothing about the user.
fn spawn_delivery(
    ctx: &FlowCtx<'_>,
    login: String,
    code_id: String,
    method: Method,
    destination: String,
    code: SecretString,
) {
    let state = ctx.state.clone();
    let tenant = ctx.tenant.clone();
    let tracking = ctx.tracking_id.to_string();
    let ip = ctx.client_ip.to_string();
    tokio::spawn(async move {
        let minutes = tenant.policy.codes.ttl_secs / 60;
        let now = state.clock.now();
        let result = match method {
            Method::Email => match messages::code_email(&tenant, &destination, &code, minutes) {
                Ok(email) => state.channels.send_email(&tenant.id, &email, now).await,
                Err(e) => Err(e),
            },
            Method::Sms => {
                let text = messages::code_sms(&tenant, &code, minutes);
                let msg = PhoneMessage {
                    kind: PhoneKind::Sms,
                    to: destination,
                    text,
                };
                state.channels.send_phone(&tenant.id, &msg, now).await
            }
            Method::Voice | Method::OfficeVoice => {
                let text = messages::code_voice(&tenant, &code);
                let msg = PhoneMessage {
                    kind: PhoneKind::Voice,
                    to: destination,
                    text,
                };
                state.channels.send_phone(&tenant.id, &msg, now).await
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
            };
            ctx.audit(&login, "code_delivery_failed", "failure", method.as_str())
                .await;
        }
    });
}

/// Whether the code of the current challenge could not be delivered.
pub async fn delivery_failed(ctx: &FlowCtx<'_>, flow: &ResetFlow) -> anyhow::Result<bool> {
    let Some(challenge) = &flow.challenge else {
        return Ok(false);
    };
    let record = ctx.state.store.code(&challenge.code_id).await?;
    Ok(record.is_some_and(|r| r.delivery == Delivery::Failed))
}

/// Checks the code the user typed for the current gate.
pub async fn verify(
    ctx: &FlowCtx<'_>,
    flow: &mut ResetFlow,
    typed: &str,
) -> anyhow::Result<VerifyOutcome> {
    let Some(challenge) = flow.challenge.clone() else {
        return Ok(VerifyOutcome::NoChallenge);
    };
    let Some(record) = ctx.state.store.code(&challenge.code_id).await? else {
        return Ok(VerifyOutcome::Expired);
    };
    if record.delivery == Delivery::Failed {
        return Ok(VerifyOutcome::DeliveryFailed);
    }
    match record.state {
        CodeState::Live => {}
        CodeState::Dead => return Ok(VerifyOutcome::TooManyAttempts),
        CodeState::Used | CodeState::Superseded => return Ok(VerifyOutcome::Expired),
    }
    if ctx.now() >= record.expires_at {
        ctx.audit(&flow.login, "gate_failed", "failure", "code expired")
            .await;
        return Ok(VerifyOutcome::Expired);
    }
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Ok(VerifyOutcome::Malformed);
    }
    let destination = flow
        .option(challenge.method)
        .map(|o| o.destination.clone())
        .unwrap_or_default();
    let binding = Binding {
        flow_id: &flow.flow_id,
        gate: flow.gate(),
        method: challenge.method.as_str(),
        destination: &destination,
    };
    let max = ctx.tenant.policy.codes.max_attempts;
    if !codes::matches(&ctx.state.key, &binding, &digits, &record.mac) {
        let attempts = ctx.state.store.record_wrong_code(&record.id, max).await?;
        ctx.audit(
            &flow.login,
            "gate_failed",
            "failure",
            &format!("wrong code ({attempts} of {max})"),
        )
        .await;
        if attempts >= max {
            return Ok(VerifyOutcome::TooManyAttempts);
        }
        return Ok(VerifyOutcome::Wrong {
            remaining: max - attempts,
        });
    }
    if !ctx.state.store.consume_code(&record.id).await? {
        return Ok(VerifyOutcome::Expired);
    }
    flow.passed.push(challenge.method);
    flow.challenge = None;
    ctx.audit(
        &flow.login,
        "gate_passed",
        "success",
        &format!("gate {} by {}", binding.gate, challenge.method.as_str()),
    )
    .await;
    Ok(VerifyOutcome::Passed {
        more: !flow.verified(),
    })
}
