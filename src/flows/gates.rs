//! The verification gates: choose a method, confirm the phone number, receive and enter a code.

use super::challenge::{self, Checked, CodeTarget, Issued};
use super::{FlowCtx, ResetFlow};
use crate::domain::contact::Phone;
use crate::domain::policy::Method;
use crate::security::codes::Binding;
use crate::security::{hmac_hex, sha256_hex};

/// What choosing a method, confirming a number or resending leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// A code is on its way; the user is asked for it.
    Sent,
    /// A phone method: the user must type the full number first.
    NeedNumber,
    /// The typed number isn't the registered one (or couldn't be read: the catalog message
    /// says why).
    NumberMismatch(Option<&'static str>),
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
    if let Err(problem) = Phone::parse_checked(typed, None) {
        return Ok(SendOutcome::NumberMismatch(Some(problem.message_key())));
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
    let wait = challenge::cooldown_left(ctx, &challenge);
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
    let target = CodeTarget {
        login: &flow.login,
        sender_key: &flow.login_key,
        binding: Binding {
            flow_id: &flow.flow_id,
            gate: flow.gate(),
            method: method.as_str(),
            destination: &option.destination,
        },
        method,
        masked: &option.masked,
        destination_subject: destination_subject(ctx, flow, method, &option.destination),
        deliver: flow.real,
    };
    let issued = challenge::issue(ctx, &target).await?;
    Ok(match issued {
        Issued::Sent(challenge) => {
            flow.pending = None;
            flow.challenge = Some(challenge);
            SendOutcome::Sent
        }
        Issued::Blocked(until) => SendOutcome::Blocked(until),
        Issued::Capped => SendOutcome::Capped,
    })
}

/// Whether the code of the current challenge could not be delivered.
pub async fn delivery_failed(ctx: &FlowCtx<'_>, flow: &ResetFlow) -> anyhow::Result<bool> {
    match &flow.challenge {
        Some(c) => challenge::delivery_failed(ctx, c).await,
        None => Ok(false),
    }
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
    let checked = challenge::check(ctx, &challenge, &binding, typed).await?;
    Ok(match checked {
        Checked::Passed => {
            ctx.audit(
                &flow.login,
                "gate_passed",
                "success",
                &format!("gate {} by {}", binding.gate, challenge.method.as_str()),
            )
            .await;
            flow.passed.push(challenge.method);
            flow.challenge = None;
            VerifyOutcome::Passed {
                more: !flow.verified(),
            }
        }
        Checked::Wrong { attempts, max } => {
            let detail = format!("wrong code ({attempts} of {max})");
            ctx.audit(&flow.login, "gate_failed", "failure", &detail)
                .await;
            VerifyOutcome::Wrong {
                remaining: max - attempts,
            }
        }
        Checked::TooManyAttempts => {
            ctx.audit(
                &flow.login,
                "gate_failed",
                "failure",
                "too many wrong codes",
            )
            .await;
            VerifyOutcome::TooManyAttempts
        }
        Checked::Expired => {
            ctx.audit(
                &flow.login,
                "gate_failed",
                "failure",
                "code expired or replaced",
            )
            .await;
            VerifyOutcome::Expired
        }
        Checked::Malformed => VerifyOutcome::Malformed,
        Checked::DeliveryFailed => VerifyOutcome::DeliveryFailed,
    })
}
