//! Starting a reset: throttles, user lookup, eligibility, and the methods on offer.

use super::account::with_directory_contacts;
use super::{FlowCtx, MethodOption, ResetFlow, decoy};
use crate::directory::{DirUser, DirectoryError};
use crate::domain::contact::{Email, Phone};
use crate::domain::policy::{Method, Privacy, ResetScope, distinct_contacts};
use crate::domain::user_id::UserId;
use crate::security::throttle::Throttle;
use crate::store::registrations::{ContactKind, Registration};

/// What happens after the user ID and captcha are accepted.
pub enum StartOutcome {
    Started(ResetFlow),
    /// Too many attempts: blocked from self-service until then.
    Blocked(i64),
    /// The tenant has self-service reset turned off.
    ResetOff,
    /// Helpful mode only: the user is told why they can't go on.
    Refused(Refusal),
    /// The directory can't be reached.
    Unavailable,
}

/// Why a user can't reset (shown only in helpful mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    UnknownUser,
    NotEnabled,
    NotRegistered,
}

/// Starts a reset, or an unlock (`unlock`, when the policy allows it).
pub async fn start(ctx: &FlowCtx<'_>, id: &UserId, unlock: bool) -> anyhow::Result<StartOutcome> {
    let policy = &ctx.tenant.policy;
    let unlock = unlock && policy.allow_unlock;
    let login_key = id.key();
    if policy.reset == ResetScope::Off {
        ctx.audit(
            id.as_str(),
            "flow_started",
            "failure",
            "self-service reset is off",
        )
        .await;
        return Ok(StartOutcome::ResetOff);
    }
    let throttle = Throttle {
        store: &ctx.state.store,
        tenant_id: &ctx.tenant.id,
        settings: &policy.throttle,
        now: ctx.now(),
    };
    let blocked = match throttle.blocked_until(&login_key).await? {
        Some(_) => Some(throttle.extend_block(&login_key).await?),
        None => throttle.attempt(&login_key).await?,
    };
    if let Some(until) = blocked {
        ctx.audit(
            id.as_str(),
            "blocked",
            "failure",
            "too many reset attempts or codes",
        )
        .await;
        return Ok(StartOutcome::Blocked(until));
    }

    let directory = ctx.directory();
    let user = match directory.find_user(id).await {
        Ok(user) => Some(user),
        Err(DirectoryError::NotFound) => None,
        Err(e) => {
            tracing::error!(tracking_id = ctx.tracking_id, error = %e, "directory lookup failed");
            ctx.audit(
                id.as_str(),
                "flow_started",
                "failure",
                "directory unavailable",
            )
            .await;
            return Ok(StartOutcome::Unavailable);
        }
    };
    let verdict = match &user {
        None => Err(Refusal::UnknownUser),
        Some(user) => eligible_options(ctx, user).await?,
    };
    let flow_id = uuid::Uuid::new_v4().to_string();
    let gates = policy.gates;
    tracing::info!(tracking_id = ctx.tracking_id, tenant = %ctx.tenant.slug, "reset flow started");
    match (verdict, user) {
        (Ok(options), Some(user)) => {
            let purpose = if unlock { "unlock" } else { "reset" };
            ctx.audit(&user.login, "flow_started", "success", purpose)
                .await;
            Ok(StartOutcome::Started(ResetFlow {
                flow_id,
                login: user.login,
                login_key,
                real: true,
                options,
                gates,
                passed: Vec::new(),
                pending: None,
                challenge: None,
                done: false,
                unlock,
                lock_after: Default::default(),
            }))
        }
        (Err(refusal), _) => {
            ctx.audit(
                id.as_str(),
                "flow_started",
                "failure",
                refusal_words(refusal),
            )
            .await;
            if policy.privacy == Privacy::Helpful {
                return Ok(StartOutcome::Refused(refusal));
            }
            let options = decoy::options(ctx, &login_key).await?;
            Ok(StartOutcome::Started(ResetFlow {
                flow_id,
                login: id.as_str().to_string(),
                login_key,
                real: false,
                options,
                gates,
                passed: Vec::new(),
                pending: None,
                challenge: None,
                done: false,
                unlock,
                lock_after: Default::default(),
            }))
        }
        (Ok(_), None) => Ok(StartOutcome::Refused(Refusal::UnknownUser)),
    }
}

fn refusal_words(r: Refusal) -> &'static str {
    match r {
        Refusal::UnknownUser => "unknown user ID",
        Refusal::NotEnabled => "user not enabled for self-service reset",
        Refusal::NotRegistered => "not enough registered methods",
    }
}

/// The methods this user can use, or why they can't reset.
async fn eligible_options(
    ctx: &FlowCtx<'_>,
    user: &DirUser,
) -> anyhow::Result<Result<Vec<MethodOption>, Refusal>> {
    let policy = &ctx.tenant.policy;
    if !user.enabled {
        return Ok(Err(Refusal::NotEnabled));
    }
    if let ResetScope::Group(group) = &policy.reset {
        let member = ctx
            .directory()
            .is_member_of(user, group)
            .await
            .map_err(|e| anyhow::anyhow!("group check: {e}"))?;
        if !member {
            return Ok(Err(Refusal::NotEnabled));
        }
    }
    let stored = ctx
        .state
        .store
        .registrations(&ctx.tenant.id, &user.key())
        .await?;
    let registrations = with_directory_contacts(
        stored,
        user.mobile.as_deref(),
        user.alternate_email.as_deref(),
    );
    let options = available_options(
        &policy.methods,
        &registrations,
        user.office_phone.as_deref(),
    );
    if distinct_contacts(options.iter().map(|o| o.method)) < usize::from(policy.gates) {
        return Ok(Err(Refusal::NotRegistered));
    }
    Ok(Ok(options))
}

/// Methods in policy and registered (verified, or set by an admin), in policy order.
pub fn available_options(
    methods: &[Method],
    registrations: &[Registration],
    office_phone: Option<&str>,
) -> Vec<MethodOption> {
    let usable = |kind: ContactKind| {
        registrations
            .iter()
            .find(|r| r.kind == kind && r.is_usable())
            .map(|r| r.value.clone())
    };
    let email = usable(ContactKind::Email).and_then(|v| Email::parse(&v).ok());
    let mobile = usable(ContactKind::Mobile).and_then(|v| Phone::parse(&v).ok());
    let office = office_phone.and_then(|v| Phone::parse(v).ok());
    methods
        .iter()
        .filter_map(|m| {
            let (masked, destination) = match m {
                Method::Email => email
                    .as_ref()
                    .map(|e| (e.masked(), e.as_str().to_string()))?,
                Method::Sms | Method::Voice => mobile
                    .as_ref()
                    .map(|p| (p.masked(), p.e164().to_string()))?,
                Method::OfficeVoice => office
                    .as_ref()
                    .map(|p| (p.masked(), p.e164().to_string()))?,
            };
            Some(MethodOption {
                method: *m,
                masked,
                destination,
            })
        })
        .collect()
}
