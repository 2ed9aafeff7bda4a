//! The user journeys as plain async functions: no HTTP types, no HTML.

pub mod account;
pub mod admin_actions;
pub mod admin_contacts;
pub mod challenge;
pub mod contact_proof;
pub mod contacts;
pub mod decoy;
pub mod decoy_sample;
pub mod gates;
pub mod helpdesk;
pub mod notify;
pub mod password;
pub mod start;
pub mod unlock;

use crate::directory::Written;
use crate::domain::user_id::printable;
use crate::state::AppState;
use crate::store::audit::AuditEvent;
use crate::store::tenants::Tenant;
use serde::{Deserialize, Serialize};

use crate::domain::policy::Method;

/// Who is acting, from where, under which tracking ID.
pub struct FlowCtx<'a> {
    pub state: &'a AppState,
    pub tenant: &'a Tenant,
    pub client_ip: &'a str,
    pub tracking_id: &'a str,
    /// The language of the page the user is on: what is sent to them is written in it.
    pub lang: crate::i18n::Lang,
}

impl FlowCtx<'_> {
    pub fn now(&self) -> i64 {
        self.state.clock.now()
    }

    /// The tenant's directory chain, its agents told this flow's tracking ID.
    pub fn directory(&self) -> crate::directory::Directory {
        self.state.directory(self.tenant).tracked(self.tracking_id)
    }

    /// Writes one audit row; a failure to audit is logged, never shown, never fatal.
    pub async fn audit(&self, login: &str, activity: &str, outcome: &str, detail: &str) {
        // A login or detail can hold what a request typed: never stored with hidden characters.
        let (login, detail) = (printable(login), printable(detail));
        let event = AuditEvent {
            tenant_id: &self.tenant.id,
            tracking_id: self.tracking_id,
            login: &login,
            activity,
            outcome,
            detail: &detail,
            client_ip: self.client_ip,
            at: self.now(),
        };
        if let Err(e) = self.state.store.audit(&event).await {
            tracing::error!(tracking_id = self.tracking_id, error = %format!("{e:#}"), "writing an audit event failed");
        }
    }

    /// Logs and audits each target a chained write missed after an earlier one committed:
    /// `what` is "writeback" or "unlock", `missed` says what didn't happen ("written to").
    pub async fn audit_partial(&self, login: &str, written: &Written, what: &str, missed: &str) {
        for (target, cause) in &written.partial {
            tracing::error!(
                tracking_id = self.tracking_id,
                target,
                cause,
                "partial {what}: an earlier target has it, this one doesn't"
            );
            let detail = format!("partial {what}: not {missed} the {target}");
            self.audit(login, &format!("{what}_partial"), "failure", &detail)
                .await;
        }
    }
}

/// A method the user may pick, with where the code would go.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct MethodOption {
    pub method: Method,
    pub masked: String,
    /// The real destination (server-side only; empty for a decoy).
    pub destination: String,
}

/// The code the user is asked for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Challenge {
    pub method: Method,
    pub code_id: String,
    pub sent_at: i64,
}

/// A reset in progress, kept in the server-side session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResetFlow {
    pub flow_id: String,
    pub login: String,
    pub login_key: String,
    /// False for a decoy (concealed unknown or ineligible user): nothing is ever sent.
    pub real: bool,
    pub options: Vec<MethodOption>,
    pub gates: u8,
    pub passed: Vec<Method>,
    /// A phone method chosen, waiting for the user to type the full number.
    pub pending: Option<Method>,
    pub challenge: Option<Challenge>,
    pub done: bool,
    /// "I know my password, I'm locked out": the gates lead to an unlock, not a new password.
    #[serde(default)]
    pub unlock: bool,
    /// What the finished reset or unlock did to a locked account, for the last page.
    #[serde(default)]
    pub lock_after: LockAfter,
}

/// A locked account after a reset or unlock, as the directory said when read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LockAfter {
    /// It wasn't locked (or the directory has no lock to tell of).
    #[default]
    NotLocked,
    Unlocked,
    /// Locked before and after: the page must not say it is unlocked.
    StillLocked,
}

/// Where the flow stands, which decides the page shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    ChooseMethod,
    ConfirmNumber(Method),
    EnterCode(Method),
    NewPassword,
    Unlock,
    Done,
}

impl ResetFlow {
    pub fn stage(&self) -> Stage {
        if self.done {
            Stage::Done
        } else if self.verified() && self.unlock {
            Stage::Unlock
        } else if self.verified() {
            Stage::NewPassword
        } else if let Some(c) = &self.challenge {
            Stage::EnterCode(c.method)
        } else if let Some(m) = self.pending {
            Stage::ConfirmNumber(m)
        } else {
            Stage::ChooseMethod
        }
    }

    /// All required gates passed.
    pub fn verified(&self) -> bool {
        self.real && self.passed.len() >= usize::from(self.gates)
    }

    /// The gate being worked on (1-based).
    pub fn gate(&self) -> u8 {
        u8::try_from(self.passed.len() + 1).unwrap_or(u8::MAX)
    }

    /// Methods still on offer: a contact used in an earlier gate is not offered again (a text
    /// in gate 1 rules out a call to the same mobile in gate 2).
    pub fn remaining(&self) -> Vec<&MethodOption> {
        self.options
            .iter()
            .filter(|o| {
                !self
                    .passed
                    .iter()
                    .any(|p| p.contact() == o.method.contact())
            })
            .collect()
    }

    pub fn option(&self, method: Method) -> Option<&MethodOption> {
        self.remaining().into_iter().find(|o| o.method == method)
    }
}
