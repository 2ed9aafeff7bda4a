//! An admin (in the console or through the API) sets or clears a user's contacts for
//! verification, "as set by your administrator": every value read like registration reads
//! it, nothing saved unless all are right, the change audited and told to the user's
//! mailboxes (a contact changed behind a user's back is how accounts are taken).

use super::{FlowCtx, notify};
use crate::channels::messages;
use crate::directory::DirUser;
use crate::domain::contact::{EMAIL_PROBLEM, Email, Phone};
use crate::i18n::Lang;
use crate::store::registrations::{ContactKind, Registration, Source};

/// What to do with one contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Keep,
    Clear,
    /// As typed: read like registration reads it.
    Set(String),
}

impl Edit {
    /// A form field: blank clears, anything else sets.
    pub fn from_field(typed: &str) -> Edit {
        match typed.trim() {
            "" => Edit::Clear,
            t => Edit::Set(t.to_string()),
        }
    }
}

/// The wanted contacts.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub email: Edit,
    pub mobile: Edit,
    pub office: Edit,
}

/// Why a value can't be saved: the field (`email`, `mobile`, `office`) and what to say (a
/// catalog key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub field: &'static str,
    pub message: &'static str,
}

/// One change made: which contact (a catalog key), and the value masked (None when removed).
struct Change {
    what: &'static str,
    masked: Option<String>,
}

/// The changes `set_contacts` made.
pub struct Changes(Vec<Change>);

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// "alternate email set to a•••@example.com, mobile phone removed", in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|c| match &c.masked {
                Some(masked) => lang.t2(
                    "contact-change-set",
                    "what",
                    lang.t(c.what),
                    "value",
                    masked,
                ),
                None => lang.t1("contact-change-removed", "what", lang.t(c.what)),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The stored value of one kind of contact, whoever set it.
pub fn stored(regs: &[Registration], kind: ContactKind) -> Option<String> {
    regs.iter()
        .find(|r| r.kind == kind)
        .map(|r| r.value.clone())
}

/// A value read: (normalised, masked), None for a clear, or why it can't be read.
type Read = Result<Option<(String, String)>, Refused>;

fn read(edit: &Edit, field: &'static str, region: Option<&str>) -> Option<Read> {
    let typed = match edit {
        Edit::Keep => return None,
        Edit::Clear => return Some(Ok(None)),
        Edit::Set(t) => t.trim(),
    };
    let value = if field == "email" {
        Email::parse(typed)
            .map(|e| (e.as_str().to_string(), e.masked()))
            .map_err(|_| EMAIL_PROBLEM)
    } else {
        Phone::parse_checked(typed, region)
            .map(|p| (p.e164().to_string(), p.masked()))
            .map_err(|problem| problem.message_key())
    };
    Some(
        value
            .map(Some)
            .map_err(|message| Refused { field, message }),
    )
}

/// What is wrong with `wanted`, checked before anything (step-up included) is spent on it.
pub fn problems(ctx: &FlowCtx<'_>, wanted: &Wanted) -> Vec<Refused> {
    let region = ctx.tenant.policy.default_region.as_deref();
    let mut refused: Vec<Refused> = [
        (&wanted.email, "email"),
        (&wanted.mobile, "mobile"),
        (&wanted.office, "office"),
    ]
    .into_iter()
    .filter_map(|(edit, field)| read(edit, field, region)?.err())
    .collect();
    let office_set = matches!(wanted.office, Edit::Set(_) | Edit::Clear);
    if office_set && !ctx.directory().office_phone_is_editable() {
        refused.push(Refused {
            field: "office",
            message: "office-phone-in-directory",
        });
    }
    refused
}

/// Applies `wanted` for `user` as the admin `by` says; the summary of what changed ("" when
/// nothing did), or every refusal (then nothing is saved).
pub async fn set_contacts(
    ctx: &FlowCtx<'_>,
    user: &DirUser,
    wanted: &Wanted,
    by: &str,
) -> anyhow::Result<Result<Changes, Vec<Refused>>> {
    let refused = problems(ctx, wanted);
    if !refused.is_empty() {
        return Ok(Err(refused));
    }
    let region = ctx.tenant.policy.default_region.as_deref();
    let directory = ctx.directory();
    let reads: Vec<Option<Option<(String, String)>>> = [
        (&wanted.email, "email"),
        (&wanted.mobile, "mobile"),
        (&wanted.office, "office"),
    ]
    .into_iter()
    .map(|(edit, field)| read(edit, field, region).and_then(Result::ok))
    .collect();
    let (tenant_id, key, now) = (&ctx.tenant.id, user.key(), ctx.now());
    let store = &ctx.state.store;
    let regs = store.registrations(tenant_id, &key).await?;
    let previous_email = stored(&regs, ContactKind::Email);
    let mut changes = Vec::new();
    let kinds = [
        (ContactKind::Email, "contact-change-alternate-email"),
        (ContactKind::Mobile, "contact-change-mobile"),
    ];
    for ((kind, what), new) in kinds.into_iter().zip(&reads) {
        let Some(new) = new else { continue };
        if stored(&regs, kind) == new.as_ref().map(|(value, _)| value.clone()) {
            continue;
        }
        match new {
            Some((value, masked)) => {
                let reg = Registration {
                    kind,
                    value: value.clone(),
                    source: Source::Admin,
                    verified_at: Some(now),
                };
                store.put_registration(tenant_id, &key, &reg, now).await?;
                changes.push(Change {
                    what,
                    masked: Some(masked.clone()),
                });
            }
            None => {
                store.delete_registration(tenant_id, &key, kind).await?;
                changes.push(Change { what, masked: None });
            }
        }
    }
    if let Some(office) = &reads[2] {
        let value = office.as_ref().map(|(value, _)| value.clone());
        if value != user.office_phone {
            directory
                .set_office_phone(user, value.as_deref())
                .await
                .map_err(|e| anyhow::anyhow!("saving the office phone: {e}"))?;
            changes.push(Change {
                what: "contact-change-office",
                masked: office.as_ref().map(|(_, masked)| masked.clone()),
            });
        }
    }
    let changes = Changes(changes);
    if changes.is_empty() {
        return Ok(Ok(changes));
    }
    let detail = format!("by {by}; {}", changes.describe(Lang::En));
    ctx.audit(&user.login, "admin_set_contacts", "success", &detail)
        .await;
    tell_user(ctx, user, previous_email, &changes);
    Ok(Ok(changes))
}

/// Tells the user, at their own mailbox and the alternate email they had, what changed.
/// In the organisation's language: the admin's page says nothing of the user's.
fn tell_user(ctx: &FlowCtx<'_>, user: &DirUser, previous_email: Option<String>, changes: &Changes) {
    let mut to: Vec<String> = user.mail.iter().cloned().chain(previous_email).collect();
    to.sort();
    to.dedup();
    let lang = ctx.tenant.policy.default_language;
    let summary = changes.describe(lang);
    let help = messages::helpdesk_words(&ctx.tenant.policy.helpdesk, lang);
    let lines = vec![
        lang.t1("notice-hello", "name", &user.display_name),
        lang.t2(
            "notice-contacts-by-admin",
            "login",
            &user.login,
            "summary",
            summary,
        ),
        lang.t2(
            "notice-if-not-asked",
            "help",
            help,
            "tracking",
            ctx.tracking_id,
        ),
    ];
    let subject = lang.t("notice-contacts-by-admin-subject");
    let emails = to
        .iter()
        .filter_map(|address| {
            messages::notice(ctx.tenant, lang, address, &subject, &lines)
                .map_err(
                    |e| tracing::error!(error = %format!("{e:#}"), "rendering the contacts notice"),
                )
                .ok()
        })
        .collect();
    notify::send_later(ctx, emails);
}
