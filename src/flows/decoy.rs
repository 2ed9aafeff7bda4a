//! Decoys for account privacy: an unknown or ineligible user ID gets stable, plausible masked
//! methods, so its pages look like a real user's. Nothing is ever sent to a decoy.

use super::{FlowCtx, MethodOption};
use crate::domain::policy::Method;
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
    let policy = &ctx.tenant.policy;
    let has_mobile = byte(3) % 3 != 0 || policy.gates > 1;
    let mut out = Vec::new();
    for method in &policy.methods {
        let masked = match method {
            Method::Email => email_mask.clone(),
            Method::Sms | Method::Voice if has_mobile => phone_mask.clone(),
            _ => continue,
        };
        out.push(MethodOption {
            method: *method,
            masked,
            destination: String::new(),
        });
    }
    if out.len() < usize::from(policy.gates)
        && let Some(m) = policy
            .methods
            .iter()
            .find(|m| !out.iter().any(|o| o.method == **m))
    {
        out.push(MethodOption {
            method: *m,
            masked: phone_mask,
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
