//! What the portal asks an agent to do and what the agent answers: one job is one directory
//! call (a lookup, a password check, a write), sealed whole to the agent's key, so the
//! passwords it carries exist in clear only in the portal's memory and the agent's.

use crate::directory::{DirUser, DirectoryError, PasswordCheck};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// What a job is, bound into its sealing.
pub const JOB_INFO: &[u8] = b"sspr agent job v1";

/// What a job's sealing is bound to: the job, so a sealed request can't be moved to another.
pub fn job_aad(job_id: &str) -> String {
    format!("job|{job_id}")
}

/// The sealed part of a job.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Job {
    /// The tenant's default region, for reading phone numbers as the portal would.
    pub region: Option<String>,
    pub request: Request,
}

/// One directory call, run on the agent's own chain.
#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    FindUser {
        user_id: String,
    },
    SearchUsers {
        prefix: String,
        limit: usize,
    },
    VerifyPassword {
        user: DirUser,
        password: String,
    },
    CheckPassword {
        user: DirUser,
        password: String,
    },
    SetPassword {
        user: DirUser,
        password: String,
        must_change: bool,
        /// The user's current password, for their own change (else a reset).
        current: Option<String>,
        unlock: bool,
    },
    Unlock {
        user: DirUser,
    },
    IsMemberOf {
        user: DirUser,
        group: String,
    },
    GroupMailboxes {
        group: String,
    },
}

impl Drop for Request {
    /// The passwords a request carries don't stay in freed memory.
    fn drop(&mut self) {
        use zeroize::Zeroize;
        match self {
            Request::VerifyPassword { password, .. } | Request::CheckPassword { password, .. } => {
                password.zeroize()
            }
            Request::SetPassword {
                password, current, ..
            } => {
                password.zeroize();
                current.zeroize();
            }
            _ => {}
        }
    }
}

impl Request {
    /// The operation's name, for logs and the job's row (never its arguments).
    pub fn operation(&self) -> &'static str {
        match self {
            Request::FindUser { .. } => "find_user",
            Request::SearchUsers { .. } => "search_users",
            Request::VerifyPassword { .. } => "verify_password",
            Request::CheckPassword { .. } => "check_password",
            Request::SetPassword { .. } => "set_password",
            Request::Unlock { .. } => "unlock",
            Request::IsMemberOf { .. } => "is_member_of",
            Request::GroupMailboxes { .. } => "group_mailboxes",
        }
    }

    /// Whether running it twice changes nothing more than running it once: such a job may be
    /// given to another agent when the first goes quiet; a write never is.
    pub fn is_read(&self) -> bool {
        !matches!(self, Request::SetPassword { .. } | Request::Unlock { .. })
    }
}

/// What the agent's chain answered.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    User {
        user: DirUser,
    },
    Users {
        users: Vec<DirUser>,
    },
    Password {
        check: PasswordCheck,
    },
    Checked,
    Written {
        /// Targets of the agent's chain that failed after the first committed: (target, cause).
        partial: Vec<(String, String)>,
        unlocked: Vec<String>,
        still_locked: Vec<String>,
    },
    Member {
        member: bool,
    },
    Mailboxes {
        mailboxes: Vec<String>,
    },
    /// The directory refused the password, for these reasons (catalog keys, or a webhook's
    /// own words).
    Refused {
        reasons: Vec<Reason>,
    },
    NotFound,
    Unavailable {
        cause: String,
    },
    PermissionDenied {
        cause: String,
    },
}

/// A refusal's reason as it travels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Key(String),
    Verbatim(String),
}

/// The catalog keys a directory's refusal may name: a reason from an agent is shown only if it
/// is one of them (an agent can't make the portal show an arbitrary message key).
const REFUSAL_KEYS: [&str; 10] = [
    "directory-not-complex",
    "directory-too-short",
    "directory-too-recent",
    "directory-used-before",
    "directory-too-long",
    "directory-not-here",
    "directory-refused",
    "directory-complexity",
    "directory-no-self-change",
    "webhook-refused",
];

impl Reason {
    fn of(text: &Text) -> Reason {
        match text {
            Text::Msg { key, .. } => Reason::Key((*key).to_string()),
            Text::Verbatim(words) => Reason::Verbatim(words.clone()),
        }
    }

    fn text(&self) -> Text {
        match self {
            Reason::Key(key) => {
                let known = REFUSAL_KEYS.iter().find(|k| **k == key.as_str());
                Text::new(known.copied().unwrap_or("directory-refused"))
            }
            Reason::Verbatim(words) => Text::Verbatim(words.clone()),
        }
    }
}

impl Answer {
    /// A directory error as the agent sends it.
    pub fn from_error(e: DirectoryError) -> Answer {
        match e {
            DirectoryError::PolicyRejected { reasons } => Answer::Refused {
                reasons: reasons.iter().map(Reason::of).collect(),
            },
            DirectoryError::NotFound => Answer::NotFound,
            DirectoryError::Unavailable(cause) => Answer::Unavailable { cause },
            DirectoryError::PermissionDenied(cause) => Answer::PermissionDenied { cause },
        }
    }

    /// The error this answer is, if it is one; `agent` names the agent in the operator's
    /// causes.
    pub fn into_result(self, agent: &str) -> Result<Answer, DirectoryError> {
        match self {
            Answer::Refused { reasons } => Err(DirectoryError::PolicyRejected {
                reasons: reasons.iter().map(Reason::text).collect(),
            }),
            Answer::NotFound => Err(DirectoryError::NotFound),
            Answer::Unavailable { cause } => Err(DirectoryError::Unavailable(format!(
                "through agent {agent}: {cause}"
            ))),
            Answer::PermissionDenied { cause } => Err(DirectoryError::PermissionDenied(format!(
                "through agent {agent}: {cause}"
            ))),
            other => Ok(other),
        }
    }

    /// A word for the logs: what happened, never what was found.
    pub fn outcome(&self) -> &'static str {
        match self {
            Answer::Refused { .. } => "refused",
            Answer::NotFound => "not found",
            Answer::Unavailable { .. } => "unavailable",
            Answer::PermissionDenied { .. } => "permission denied",
            _ => "ok",
        }
    }
}

/// A job as the portal hands it to the agent.
#[derive(Debug, Serialize, Deserialize)]
pub struct Delivered {
    pub id: String,
    pub tracking_id: String,
    pub operation: String,
    /// The [`Job`], sealed to the agent's key with [`JOB_INFO`] and [`job_aad`].
    pub sealed: String,
    /// How long the portal will wait for the answer from now: a job not done by then is not
    /// started (the user was told to try again).
    pub deadline_ms: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_travel_as_the_catalog_keys_the_portal_knows() {
        let sent = Answer::from_error(DirectoryError::PolicyRejected {
            reasons: vec![
                Text::new("directory-too-short"),
                Text::Verbatim("Needs a digit".into()),
            ],
        });
        let wire = serde_json::to_string(&sent).unwrap();
        let back: Answer = serde_json::from_str(&wire).unwrap();
        match back.into_result("a1") {
            Err(DirectoryError::PolicyRejected { reasons }) => assert_eq!(
                reasons,
                vec![
                    Text::new("directory-too-short"),
                    Text::Verbatim("Needs a digit".into())
                ]
            ),
            other => panic!("{other:?}"),
        }
        // A key the portal doesn't list as a refusal is shown as the plain refusal.
        let odd = Answer::Refused {
            reasons: vec![Reason::Key("admin-title".into())],
        };
        match odd.into_result("a1") {
            Err(DirectoryError::PolicyRejected { reasons }) => {
                assert_eq!(reasons, vec![Text::new("directory-refused")])
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_refusal_key_is_in_the_catalog() {
        for key in REFUSAL_KEYS {
            let shown = crate::i18n::Lang::En.t(key);
            assert_ne!(shown, key, "{key} isn't in the catalog");
        }
    }

    #[test]
    fn writes_are_told_from_reads() {
        let user = crate::directory::DirUser::for_tests("alice");
        assert!(
            Request::FindUser {
                user_id: "alice".into()
            }
            .is_read()
        );
        assert!(!Request::Unlock { user: user.clone() }.is_read());
        assert!(
            !Request::SetPassword {
                user,
                password: "x".into(),
                must_change: false,
                current: None,
                unlock: false
            }
            .is_read()
        );
    }
}
