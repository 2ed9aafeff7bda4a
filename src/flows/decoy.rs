//! Decoys for account privacy: an unknown or ineligible user ID gets stable, plausible masked
//! methods, so its pages look like a real user's. Nothing is ever sent to a decoy.
//!
//! A decoy copies the shape of one real user of the tenant (from a stable sample of up to 256,
//! see `decoy_sample`), picked by the user ID's HMAC: the
//! contacts that user has (email, mobile, and the office phone when the gates need it), the
//! top-level domain of their email and the country code of their phone. So decoys follow the
//! tenant's own mix of domains, countries and offered methods, and the same ID always gets the
//! same page. The letters and last digits shown come from the HMAC too.

use super::start::available_options;
use super::{FlowCtx, MethodOption};
use crate::domain::contact::{Email, Phone};
use crate::domain::policy::{Method, distinct_contacts};
use crate::security::hmac_hex;
use crate::store::registrations::{ContactKind, Registration};

/// Stable decoy methods for a user ID: the same ID always gets the same masks.
pub async fn options(ctx: &FlowCtx<'_>, login_key: &str) -> anyhow::Result<Vec<MethodOption>> {
    let seed = hmac_hex(&ctx.state.key, &["decoy", &ctx.tenant.id, login_key]);
    let bytes = hex::decode(&seed)?;
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let letter = |b: u8| char::from(b'a' + b % 26);
    // The same read a real user's start makes, so the two take as long.
    let _ = ctx
        .state
        .store
        .registrations(&ctx.tenant.id, login_key)
        .await?;
    let sample = ctx
        .state
        .decoy_samples
        .get(&ctx.state.store, &ctx.tenant.id)
        .await?;
    let pick = u64::from_be_bytes([
        byte(10),
        byte(11),
        byte(12),
        byte(13),
        byte(14),
        byte(15),
        byte(16),
        byte(17),
    ]);
    let model = match sample.len() {
        0 => &[][..],
        n => sample[usize::try_from(pick % n as u64).unwrap_or(0)].as_slice(),
    };
    let mut contacts: Vec<Registration> = Vec::new();
    let mut country = "1".to_string();
    for reg in model.iter().filter(|r| r.is_usable()) {
        let value = match reg.kind {
            ContactKind::Email => {
                let tld = reg.value.rsplit_once('.').map_or("com", |(_, t)| t);
                format!(
                    "{}{}@{}{}.{tld}",
                    letter(byte(0)),
                    letter(byte(4)),
                    letter(byte(1)),
                    letter(byte(5))
                )
            }
            ContactKind::Mobile => match Phone::parse(&reg.value) {
                Ok(phone) => {
                    country = phone.country_code().to_string();
                    // The model's number with its last two digits replaced.
                    let e164 = phone.e164();
                    format!("{}{:02}", &e164[..e164.len() - 2], byte(2) % 100)
                }
                Err(_) => continue,
            },
        };
        contacts.push(Registration {
            value,
            ..reg.clone()
        });
    }
    let policy = &ctx.tenant.policy;
    let mut out = available_options(&policy.methods, &contacts, None);
    // A real user reaches the methods page only with enough contacts for the gates; an office
    // phone makes up the difference, as the directory's would.
    let have = distinct_contacts(out.iter().map(|o| o.method));
    if have < usize::from(policy.gates) && policy.methods.contains(&Method::OfficeVoice) {
        out.push(MethodOption {
            method: Method::OfficeVoice,
            masked: format!("+{country} ••• ••• ••{:02}", byte(3) % 100),
            destination: String::new(),
        });
    }
    if out.is_empty() && policy.methods.contains(&Method::Email) {
        // A tenant with nobody registered yet: an email, the most common method.
        let email = Email::parse(&format!("{}@{}.com", letter(byte(0)), letter(byte(1))))
            .map_err(anyhow::Error::msg)?;
        out.push(MethodOption {
            method: Method::Email,
            masked: email.masked(),
            destination: String::new(),
        });
    }
    for option in &mut out {
        // Nothing is ever sent to a decoy.
        option.destination = String::new();
    }
    Ok(out)
}
