//! Registering, changing and removing a contact: every new value is proven with a code before
//! it is saved, and every change is told to the previous address.

use super::account::{Account, Standing};
use super::challenge::{self, Checked, CodeTarget, Issued};
use super::contact_proof::{self, ContactProof};
use super::{Challenge, FlowCtx};
use crate::channels::messages;
use crate::domain::contact::{Email, Phone};
use crate::domain::policy::{Contact, Method, distinct_contacts};
use crate::security::codes::Binding;
use crate::security::sha256_hex;
use crate::store::registrations::{ContactKind, Registration, Source};
use serde::{Deserialize, Serialize};

/// A new value waiting for its code, kept in the session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContactChange {
    pub change_id: String,
    pub kind: ContactKind,
    /// Normalised: a parsed address or an E.164 number.
    pub value: String,
    pub masked: String,
    pub challenge: Challenge,
}

/// Why a proposed value wasn't sent a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The value can't be read; the catalog message says how to write it.
    Invalid(&'static str),
    /// That method isn't allowed by the policy (a tampered form).
    NotAllowed,
    /// It is already registered and verified.
    Unchanged,
    /// Too many codes for this user: blocked until then.
    Blocked(i64),
    Capped,
    Cooldown(i64),
    /// The user has verified contacts: one of them must confirm the change first.
    ProofNeeded(ContactKind),
}

/// Sends a code to a new alternate email, or to a new mobile by text or call.
pub async fn propose(
    ctx: &FlowCtx<'_>,
    account: &Account,
    method: Method,
    typed: &str,
    proofs: &[ContactProof],
) -> anyhow::Result<Result<ContactChange, Refused>> {
    if !ctx.tenant.policy.methods.contains(&method) || method == Method::OfficeVoice {
        return Ok(Err(Refused::NotAllowed));
    }
    let (kind, value, masked) = match method {
        Method::Email => match Email::parse(typed) {
            Ok(e) => (ContactKind::Email, e.as_str().to_string(), e.masked()),
            Err(_) => return Ok(Err(Refused::Invalid(crate::domain::contact::EMAIL_PROBLEM))),
        },
        _ => match Phone::parse_checked(typed, None) {
            Ok(p) => (ContactKind::Mobile, p.e164().to_string(), p.masked()),
            Err(problem) => return Ok(Err(Refused::Invalid(problem.message_key()))),
        },
    };
    let regs = registered(ctx, account).await?;
    let current = of_kind(&regs, kind);
    if current.is_some_and(|r| r.value == value && r.is_usable()) {
        return Ok(Err(Refused::Unchanged));
    }
    if contact_proof::required(&regs, &account.login_key, kind, proofs, ctx.now()).is_some() {
        return Ok(Err(Refused::ProofNeeded(kind)));
    }
    let change_id = uuid::Uuid::new_v4().to_string();
    send(ctx, account, change_id, kind, value, masked, method).await
}

/// A new code for the pending change, after the cooldown; the previous code stops working.
pub async fn resend(
    ctx: &FlowCtx<'_>,
    account: &Account,
    change: &ContactChange,
) -> anyhow::Result<Result<ContactChange, Refused>> {
    let wait = challenge::cooldown_left(ctx, &change.challenge);
    if wait > 0 {
        return Ok(Err(Refused::Cooldown(wait)));
    }
    let c = change.clone();
    send(
        ctx,
        account,
        c.change_id,
        c.kind,
        c.value,
        c.masked,
        c.challenge.method,
    )
    .await
}

fn binding<'a>(change_id: &'a str, method: Method, value: &'a str) -> Binding<'a> {
    Binding {
        flow_id: change_id,
        gate: 0,
        method: method.as_str(),
        destination: value,
    }
}

async fn send(
    ctx: &FlowCtx<'_>,
    account: &Account,
    change_id: String,
    kind: ContactKind,
    value: String,
    masked: String,
    method: Method,
) -> anyhow::Result<Result<ContactChange, Refused>> {
    // Registration sends have their own per-user counter and block, so fiddling with a number
    // here never blocks the user's password reset; destination and address caps are shared.
    let sender_key = format!("register:{}", account.login_key);
    let target = CodeTarget {
        login: &account.login,
        sender_key: &sender_key,
        binding: binding(&change_id, method, &value),
        method,
        masked: &masked,
        destination_subject: sha256_hex(value.as_bytes()),
        deliver: true,
    };
    Ok(match challenge::issue(ctx, &target).await? {
        Issued::Sent(challenge) => Ok(ContactChange {
            change_id,
            kind,
            value,
            masked,
            challenge,
        }),
        Issued::Blocked(until) => Err(Refused::Blocked(until)),
        Issued::Capped => Err(Refused::Capped),
    })
}

/// The user's registered contacts (with the directory's where the user has none), read once
/// per operation.
async fn registered(ctx: &FlowCtx<'_>, account: &Account) -> anyhow::Result<Vec<Registration>> {
    account.contacts(ctx).await
}

fn of_kind(regs: &[Registration], kind: ContactKind) -> Option<Registration> {
    regs.iter().find(|r| r.kind == kind).cloned()
}

/// Checks the code for a pending change; a right code saves the new value. The first contact
/// a user ever verifies also proves them for the next ones (there was nothing to prove with
/// before it).
pub async fn confirm(
    ctx: &FlowCtx<'_>,
    account: &Account,
    change: &ContactChange,
    typed: &str,
) -> anyhow::Result<(Checked, Option<ContactProof>)> {
    let method = change.challenge.method;
    let b = binding(&change.change_id, method, &change.value);
    let checked = challenge::check(ctx, &change.challenge, &b, typed).await?;
    let mut proof = None;
    match checked {
        Checked::Passed => {
            if save(ctx, account, change).await? {
                let at = ctx.now();
                proof = Some(ContactProof::of(
                    &account.login_key,
                    change.kind,
                    &change.value,
                    at,
                ));
            }
        }
        Checked::Wrong { .. } | Checked::TooManyAttempts | Checked::Expired => {
            let detail = format!("{} code not accepted", change.kind.as_str());
            ctx.audit(&account.login, "registration_failed", "failure", &detail)
                .await;
        }
        Checked::Malformed | Checked::DeliveryFailed => {}
    }
    Ok((checked, proof))
}

/// Saves a verified change; true when it is the user's first usable contact.
async fn save(
    ctx: &FlowCtx<'_>,
    account: &Account,
    change: &ContactChange,
) -> anyhow::Result<bool> {
    let now = ctx.now();
    let regs = registered(ctx, account).await?;
    let first = !regs.iter().any(Registration::is_usable);
    let previous = of_kind(&regs, change.kind);
    let previous_email = of_kind(&regs, ContactKind::Email);
    let reg = Registration {
        kind: change.kind,
        value: change.value.clone(),
        source: Source::User,
        verified_at: Some(now),
    };
    let store = &ctx.state.store;
    store
        .put_registration(&ctx.tenant.id, &account.login_key, &reg, now)
        .await?;
    store
        .confirm_contacts(&ctx.tenant.id, &account.login_key, now)
        .await?;
    let lang = ctx.lang;
    let kind = change.kind.as_str();
    let (activity, line) = match &previous {
        Some(_) => (
            "method_changed",
            lang.t2(
                "notice-contact-changed",
                "kind",
                kind,
                "masked",
                &change.masked,
            ),
        ),
        None => (
            "method_registered",
            lang.t2(
                "notice-contact-registered",
                "kind",
                kind,
                "masked",
                &change.masked,
            ),
        ),
    };
    let detail = format!("{} {}", change.kind.as_str(), change.masked);
    ctx.audit(&account.login, activity, "success", &detail)
        .await;
    let mut to: Vec<String> = previous_email.map(|r| r.value).into_iter().collect();
    if change.kind == ContactKind::Email {
        to.push(change.value.clone());
    }
    notify(ctx, account, to, &line);
    Ok(first)
}

/// What removing a contact led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    Removed,
    /// Removing it would leave fewer contacts than the policy's gates need.
    BelowMinimum {
        needed: usize,
    },
    NotSet,
    /// One of the user's other contacts must confirm the removal first.
    ProofNeeded,
}

/// Removes the alternate email or the mobile, unless too few contacts would be left.
pub async fn remove(
    ctx: &FlowCtx<'_>,
    account: &Account,
    standing: &Standing,
    kind: ContactKind,
    proofs: &[ContactProof],
) -> anyhow::Result<Removal> {
    let contact = match kind {
        ContactKind::Email => Contact::AltEmail,
        ContactKind::Mobile => Contact::Mobile,
    };
    let regs = registered(ctx, account).await?;
    // The directory's own contact is its administrator's to remove, not the user's.
    let Some(existing) = of_kind(&regs, kind).filter(|r| r.source != Source::Directory) else {
        return Ok(Removal::NotSet);
    };

    // Decided on the registrations as they are when the row is deleted, so two removals at
    // once can't both leave fewer contacts than the gates need.
    let keeps_enough = |stored: &[Registration]| {
        let now = account.with_directory(stored.to_vec());
        let usable = |c: &crate::flows::account::ContactStatus| match c.contact {
            Contact::AltEmail => now
                .iter()
                .any(|r| r.kind == ContactKind::Email && r.is_usable()),
            Contact::Mobile => now
                .iter()
                .any(|r| r.kind == ContactKind::Mobile && r.is_usable()),
            _ => c.usable,
        };
        let left = distinct_contacts(
            standing
                .contacts
                .iter()
                .filter(|c| c.contact != contact && usable(c))
                .flat_map(|c| c.methods.iter().copied()),
        );
        left >= standing.needed
    };
    // Said before asking for a proof: no code is sent for a removal that can't happen.
    if !keeps_enough(&regs) {
        return Ok(Removal::BelowMinimum {
            needed: standing.needed,
        });
    }
    if contact_proof::required(&regs, &account.login_key, kind, proofs, ctx.now()).is_some() {
        return Ok(Removal::ProofNeeded);
    }
    let store = &ctx.state.store;
    let removed = store
        .delete_registration_if(&ctx.tenant.id, &account.login_key, kind, keeps_enough)
        .await?;
    match removed {
        None => {
            return Ok(Removal::BelowMinimum {
                needed: standing.needed,
            });
        }
        // Removed meanwhile by another request.
        Some(false) => return Ok(Removal::NotSet),
        Some(true) => {}
    }
    store
        .confirm_contacts(&ctx.tenant.id, &account.login_key, ctx.now())
        .await?;
    let masked = masked(kind, &existing.value);
    ctx.audit(
        &account.login,
        "method_removed",
        "success",
        &format!("{} {masked}", kind.as_str()),
    )
    .await;
    let to = match kind {
        ContactKind::Email => vec![existing.value],
        // Removing the mobile leaves the alternate email as it was read above.
        ContactKind::Mobile => of_kind(&regs, ContactKind::Email)
            .map(|r| r.value)
            .into_iter()
            .collect(),
    };
    let line = ctx.lang.t2(
        "notice-contact-removed",
        "kind",
        kind.as_str(),
        "masked",
        masked,
    );
    notify(ctx, account, to, &line);
    Ok(Removal::Removed)
}

fn masked(kind: ContactKind, value: &str) -> String {
    match kind {
        ContactKind::Email => Email::parse(value).map(|e| e.masked()).ok(),
        ContactKind::Mobile => Phone::parse(value).map(|p| p.masked()).ok(),
    }
    .unwrap_or_default()
}

/// Tells the previous address (and the work mailbox) about a change, without any code in it.
fn notify(ctx: &FlowCtx<'_>, account: &Account, mut to: Vec<String>, line: &str) {
    to.extend(account.mail.clone());
    to.sort();
    to.dedup();
    let lang = ctx.lang;
    let at = crate::i18n::format_date_time(lang, ctx.now());
    let help = messages::helpdesk_words(&ctx.tenant.policy.helpdesk, lang);
    let lines = vec![
        lang.t1("notice-hello", "name", &account.display_name),
        lang.t_args(
            "notice-contact-line",
            &[
                ("line", line.into()),
                ("at", at.into()),
                ("login", account.login.as_str().into()),
            ],
        ),
        lang.t2(
            "notice-if-not-you",
            "help",
            help,
            "tracking",
            ctx.tracking_id,
        ),
    ];
    let subject = lang.t("notice-contacts-subject");
    let emails: Vec<_> = to
        .iter()
        .filter_map(|address| {
            messages::notice(ctx.tenant, lang, address, &subject, &lines)
                .map_err(
                    |e| tracing::error!(error = %format!("{e:#}"), "rendering a change notice"),
                )
                .ok()
        })
        .collect();
    super::notify::send_later(ctx, emails);
}
