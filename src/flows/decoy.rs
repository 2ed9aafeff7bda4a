//! Decoys for account privacy: an unknown or ineligible user ID gets stable, plausible masked
//! methods, so its pages look like a real user's. Nothing is ever sent to a decoy.

use super::{FlowCtx, MethodOption};
use crate::domain::policy::{Method, distinct_contacts};
use crate::security::hmac_hex;

/// Stable decoy methods for a user ID: the same ID always gets the same masks.
pub async fn options(ctx: &FlowCtx<'_>, login_key: &str) -> anyhow::Result<Vec<MethodOption>> {
    let seed = hmac_hex(&ctx.state.key, &["decoy", &ctx.tenant.id, login_key]);
    let bytes = hex::decode(&seed)?;
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let letter = |b: u8| char::from(b'a' + b % 26);
    let email_mask = format!("{}•••@{}•••.com", letter(byte(0)), letter(byte(1)));
    let country = tenant_country_code(ctx).await?;
    let phone_mask = format!("+{country} ••• ••• ••{:02}", byte(2) % 100);
    // Every user-registrable method in policy (the shape of a fully registered user); the
    // office phone only when two gates need it.
    let policy = &ctx.tenant.policy;
    let mut out: Vec<MethodOption> = policy
        .methods
        .iter()
        .filter_map(|method| {
            let masked = match method {
                Method::Email => email_mask.clone(),
                Method::Sms | Method::Voice => phone_mask.clone(),
                Method::OfficeVoice => return None,
            };
            Some(MethodOption {
                method: *method,
                masked,
                destination: String::new(),
            })
        })
        .collect();
    let contacts = distinct_contacts(out.iter().map(|o| o.method));
    if contacts < usize::from(policy.gates) && policy.methods.contains(&Method::OfficeVoice) {
        let office = format!("+{country} ••• ••• ••{:02}", byte(3) % 100);
        out.push(MethodOption {
            method: Method::OfficeVoice,
            masked: office,
            destination: String::new(),
        });
    }
    Ok(out)
}

/// The country code real users of this tenant have, so decoy phones look like theirs.
async fn tenant_country_code(ctx: &FlowCtx<'_>) -> anyhow::Result<String> {
    let sample = ctx.state.store.sample_mobile(&ctx.tenant.id).await?;
    Ok(sample
        .and_then(|v| crate::domain::contact::Phone::parse(&v).ok())
        .map(|p| p.country_code().to_string())
        .unwrap_or_else(|| "1".to_string()))
}
