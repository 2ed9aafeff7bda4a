//! Before a signed-in user adds, changes or removes a recovery contact, they prove they still
//! hold one they already have: a code sent to an existing verified contact (another one than
//! the contact being changed, when there is another), entered in the same session within the
//! last 10 minutes. A password alone then can't hand an account's recovery to someone else.
//! A user with no verified contact yet registers with the password alone, as before.

use super::account::Account;
use super::challenge::{self, Checked, CodeTarget, Issued};
use super::contacts::Refused;
use super::{Challenge, FlowCtx};
use crate::domain::contact::{Email, Phone};
use crate::domain::policy::Method;
use crate::security::codes::Binding;
use crate::security::sha256_hex;
use crate::store::registrations::{ContactKind, Registration};
use serde::{Deserialize, Serialize};

/// How long a proof lets the user change their contacts.
pub const PROOF_SECS: i64 = 10 * 60;

/// A contact the signed-in user proved they hold, and when.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ContactProof {
    pub login_key: String,
    pub kind: ContactKind,
    /// Which value of that kind was proved (its SHA-256): a proof stops counting once the
    /// contact it was made with is replaced.
    #[serde(default)]
    pub contact: String,
    pub at: i64,
}

impl ContactProof {
    /// The proof that `login_key` holds the contact `value` of `kind`, made at `at`.
    pub fn of(login_key: &str, kind: ContactKind, value: &str, at: i64) -> ContactProof {
        ContactProof {
            login_key: login_key.to_string(),
            kind,
            contact: sha256_hex(value.as_bytes()),
            at,
        }
    }

    fn proves(&self, reg: &Registration) -> bool {
        self.kind == reg.kind && self.contact == sha256_hex(reg.value.as_bytes())
    }
}

/// A code sent to an existing contact, waiting to be entered.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingProof {
    pub proof_id: String,
    pub kind: ContactKind,
    pub masked: String,
    /// The contact being changed (where the user goes once the proof is made).
    pub changing: ContactKind,
    /// The change is a removal (the user goes back to the list).
    pub removing: bool,
    pub challenge: Challenge,
}

/// An existing contact the proof can go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofOption {
    pub kind: ContactKind,
    pub masked: String,
}

/// The contacts that can prove it's the user before `changing` changes, or None when no
/// proof is needed: nothing is verified yet, or the session holds a fresh proof by one of them.
pub fn required(
    regs: &[Registration],
    login_key: &str,
    changing: ContactKind,
    proofs: &[ContactProof],
    now: i64,
) -> Option<Vec<ProofOption>> {
    let held: Vec<&Registration> = regs.iter().filter(|r| r.is_usable()).collect();
    if held.is_empty() {
        return None;
    }
    let others: Vec<&Registration> = held
        .iter()
        .copied()
        .filter(|r| r.kind != changing)
        .collect();
    let eligible = if others.is_empty() { held } else { others };
    let fresh = proofs.iter().any(|p| {
        p.login_key == login_key && now < p.at + PROOF_SECS && eligible.iter().any(|r| p.proves(r))
    });
    if fresh {
        return None;
    }
    Some(
        eligible
            .iter()
            .map(|r| ProofOption {
                kind: r.kind,
                masked: masked(r),
            })
            .collect(),
    )
}

fn masked(r: &Registration) -> String {
    match r.kind {
        ContactKind::Email => Email::parse(&r.value).map(|e| e.masked()).ok(),
        ContactKind::Mobile => Phone::parse(&r.value).map(|p| p.masked()).ok(),
    }
    .unwrap_or_default()
}

/// How a proof code reaches a contact: an email, or a text to the mobile.
pub fn method(kind: ContactKind) -> Method {
    match kind {
        ContactKind::Email => Method::Email,
        ContactKind::Mobile => Method::Sms,
    }
}

fn binding<'a>(proof_id: &'a str, kind: ContactKind, destination: &'a str) -> Binding<'a> {
    Binding {
        flow_id: proof_id,
        gate: 0,
        method: method(kind).as_str(),
        destination,
    }
}

/// Sends a proof code to the user's existing `via` contact, if it is one `changing` allows.
pub async fn send(
    ctx: &FlowCtx<'_>,
    account: &Account,
    regs: &[Registration],
    changing: ContactKind,
    removing: bool,
    via: ContactKind,
) -> anyhow::Result<Result<PendingProof, Refused>> {
    let Some(options) = required(regs, &account.login_key, changing, &[], ctx.now()) else {
        return Ok(Err(Refused::NotAllowed));
    };
    let Some(option) = options.into_iter().find(|o| o.kind == via) else {
        return Ok(Err(Refused::NotAllowed));
    };
    let Some(reg) = regs.iter().find(|r| r.kind == via && r.is_usable()) else {
        return Ok(Err(Refused::NotAllowed));
    };
    let proof_id = uuid::Uuid::new_v4().to_string();
    let sender_key = format!("register:{}", account.login_key);
    let target = CodeTarget {
        login: &account.login,
        sender_key: &sender_key,
        binding: binding(&proof_id, via, &reg.value),
        method: method(via),
        masked: &option.masked,
        destination_subject: sha256_hex(reg.value.as_bytes()),
        deliver: true,
    };
    Ok(match challenge::issue(ctx, &target).await? {
        Issued::Sent(challenge) => Ok(PendingProof {
            proof_id,
            kind: via,
            masked: option.masked,
            changing,
            removing,
            challenge,
        }),
        Issued::Blocked(until) => Err(Refused::Blocked(until)),
        Issued::Capped => Err(Refused::Capped),
    })
}

/// Keeps `proof` among the session's proofs, replacing an older one by the same contact.
pub fn remember(proofs: &mut Vec<ContactProof>, proof: ContactProof) {
    proofs.retain(|p| p.kind != proof.kind || p.login_key != proof.login_key);
    proofs.push(proof);
}

/// Checks a proof code; a right one gives the proof (the contact must still be registered).
pub async fn check(
    ctx: &FlowCtx<'_>,
    account: &Account,
    regs: &[Registration],
    pending: &PendingProof,
    typed: &str,
) -> anyhow::Result<(Checked, Option<ContactProof>)> {
    let Some(reg) = regs
        .iter()
        .find(|r| r.kind == pending.kind && r.is_usable())
    else {
        return Ok((Checked::Expired, None));
    };
    let b = binding(&pending.proof_id, pending.kind, &reg.value);
    let checked = challenge::check(ctx, &pending.challenge, &b, typed).await?;
    let detail = format!("{} {}", pending.kind.as_str(), pending.masked);
    let proof = match checked {
        Checked::Passed => {
            ctx.audit(&account.login, "contact_proved", "success", &detail)
                .await;
            Some(ContactProof::of(
                &account.login_key,
                reg.kind,
                &reg.value,
                ctx.now(),
            ))
        }
        Checked::Wrong { .. } | Checked::TooManyAttempts | Checked::Expired => {
            ctx.audit(&account.login, "contact_proof_failed", "failure", &detail)
                .await;
            None
        }
        Checked::Malformed | Checked::DeliveryFailed => None,
    };
    Ok((checked, proof))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::registrations::Source;

    fn reg(kind: ContactKind, value: &str, verified: bool) -> Registration {
        Registration {
            kind,
            value: value.into(),
            source: Source::User,
            verified_at: verified.then_some(1),
        }
    }

    #[test]
    fn a_proof_is_asked_of_another_contact_when_there_is_one() {
        let both = [
            reg(ContactKind::Email, "alice@example.net", true),
            reg(ContactKind::Mobile, "+16502530001", true),
        ];
        let a = "alice";
        let for_email = required(&both, a, ContactKind::Email, &[], 100).unwrap();
        assert_eq!(for_email.len(), 1);
        assert_eq!(for_email[0].kind, ContactKind::Mobile);
        let only_email = [reg(ContactKind::Email, "alice@example.net", true)];
        let itself = required(&only_email, a, ContactKind::Email, &[], 100).unwrap();
        assert_eq!(
            itself[0].kind,
            ContactKind::Email,
            "the only one proves itself"
        );
        let unverified = [reg(ContactKind::Email, "alice@example.net", false)];
        assert!(required(&unverified, a, ContactKind::Mobile, &[], 100).is_none());
    }

    #[test]
    fn a_proof_counts_for_ten_minutes_for_its_user_and_the_right_contact() {
        let both = [
            reg(ContactKind::Email, "alice@example.net", true),
            reg(ContactKind::Mobile, "+16502530001", true),
        ];
        let a = "alice";
        let by_mobile = ContactProof::of("alice", ContactKind::Mobile, "+16502530001", 1_000);
        let fresh = |p: &ContactProof, changing, now| {
            required(&both, a, changing, std::slice::from_ref(p), now)
        };
        assert!(fresh(&by_mobile, ContactKind::Email, 1_000 + PROOF_SECS - 1).is_none());
        assert!(fresh(&by_mobile, ContactKind::Email, 1_000 + PROOF_SECS).is_some());
        // The mobile can't vouch for a change of the mobile while the email exists.
        assert!(fresh(&by_mobile, ContactKind::Mobile, 1_001).is_some());
        let someone_else = ContactProof {
            login_key: "bob".into(),
            ..by_mobile.clone()
        };
        assert!(fresh(&someone_else, ContactKind::Email, 1_001).is_some());
        // Made with a mobile since replaced: it no longer counts.
        let replaced = [
            reg(ContactKind::Email, "alice@example.net", true),
            reg(ContactKind::Mobile, "+16502530009", true),
        ];
        let by_old = std::slice::from_ref(&by_mobile);
        assert!(required(&replaced, a, ContactKind::Email, by_old, 1_001).is_some());
    }
}
