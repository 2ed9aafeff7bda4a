//! The audit log's activities, under the names Microsoft Entra's audit log gives them where it
//! has one, so admins coming from Entra recognise them. Each name covers one or more of the
//! codes the portal writes; the codes stay in the CSV export for scripts.

/// One activity name and the audit codes it covers.
pub struct Activity {
    /// The English name, as the CSV export, the API and a filter's address give it.
    pub name: &'static str,
    /// Its catalog key, for the console.
    pub key: &'static str,
    pub codes: &'static [&'static str],
}

/// Every activity, in the order the audit log's filter lists them.
pub const ACTIVITIES: &[Activity] = &[
    Activity {
        name: "Self-service password reset flow activity progress",
        key: "activity-flow-started",
        codes: &[
            "flow_started",
            "captcha_failed",
            "code_sent",
            "code_delivery_failed",
            "gate_failed",
            "gate_passed",
        ],
    },
    Activity {
        name: "Reset password (self-service)",
        key: "activity-reset-succeeded",
        codes: &["reset_succeeded", "reset_failed"],
    },
    Activity {
        name: "Unlock user account (self-service)",
        key: "activity-account-unlocked",
        codes: &[
            "account_unlocked",
            "account_still_locked",
            "unlock_failed",
            "unlock_not_needed",
        ],
    },
    Activity {
        name: "Blocked from self-service password reset",
        key: "activity-blocked",
        codes: &["blocked"],
    },
    Activity {
        name: "Change password (self-service)",
        key: "activity-password-changed",
        codes: &["password_changed", "password_change_failed"],
    },
    Activity {
        name: "Register security info",
        key: "activity-method-registered",
        codes: &[
            "method_registered",
            "method_changed",
            "method_removed",
            "registration_failed",
            "registration_skipped",
            "contact_proved",
            "contact_proof_failed",
        ],
    },
    Activity {
        name: "Review security info",
        key: "activity-reconfirmed",
        codes: &["reconfirmed"],
    },
    Activity {
        name: "Sign in to security info registration",
        key: "activity-signed-in",
        codes: &["signed_in", "sign_in_failed", "signed_out", "returned"],
    },
    Activity {
        name: "Contact the helpdesk",
        key: "activity-helpdesk-contacted",
        codes: &["helpdesk_contacted", "helpdesk_failed"],
    },
    Activity {
        name: "Password writeback",
        key: "activity-writeback-partial",
        codes: &["writeback_partial", "unlock_partial"],
    },
    Activity {
        name: "Reset password (by admin)",
        key: "activity-admin-reset-password",
        codes: &["admin_reset_password"],
    },
    Activity {
        name: "Unlock user account (by admin)",
        key: "activity-admin-unlocked-account",
        codes: &["admin_unlocked_account"],
    },
    Activity {
        name: "Unblock from self-service password reset (by admin)",
        key: "activity-admin-cleared-block",
        codes: &["admin_cleared_block"],
    },
    Activity {
        name: "Admin updated security info",
        key: "activity-admin-set-contacts",
        codes: &["admin_set_contacts"],
    },
    Activity {
        name: "Require re-register security info",
        key: "activity-admin-required-registration",
        codes: &["admin_required_registration"],
    },
    Activity {
        name: "Update self-service password reset policy",
        key: "activity-admin-policy-changed",
        codes: &["admin_policy_changed"],
    },
    Activity {
        name: "Update company branding",
        key: "activity-admin-branding-changed",
        codes: &["admin_branding_changed"],
    },
    Activity {
        name: "Update password writeback configuration",
        key: "activity-admin-directory-changed",
        codes: &["admin_directory_changed", "admin_directory_tested"],
    },
    Activity {
        name: "Admin console sign-in",
        key: "activity-admin-signed-in",
        codes: &[
            "admin_signed_in",
            "admin_sign_in_failed",
            "admin_sign_in_refused",
            "admin_signed_out",
            "admin_step_up_failed",
            "admin_mfa_reset",
        ],
    },
    Activity {
        name: "Export audit log",
        key: "activity-admin-exported-audit",
        codes: &["admin_exported_audit"],
    },
    Activity {
        name: "Manage writeback agents",
        key: "activity-agent-enrolled",
        codes: &[
            "agent_token_created",
            "agent_enrolled",
            "agent_enrol_refused",
            "agent_proof_failed",
            "agent_revoked",
        ],
    },
    Activity {
        name: "Manage API tokens",
        key: "activity-admin-api-token-created",
        codes: &["admin_api_token_created", "admin_api_token_revoked"],
    },
];

/// The activity name of an audit code; a code not in the catalog reads as its words.
pub fn name_of(code: &str) -> String {
    ACTIVITIES
        .iter()
        .find(|a| a.codes.contains(&code))
        .map(|a| a.name.to_string())
        .unwrap_or_else(|| code.replace('_', " "))
}

/// The activity of an audit code in `lang`; a code not in the catalog reads as its words.
pub fn label_of(lang: crate::i18n::Lang, code: &str) -> String {
    ACTIVITIES
        .iter()
        .find(|a| a.codes.contains(&code))
        .map(|a| lang.t(a.key))
        .unwrap_or_else(|| code.replace('_', " "))
}

/// The activity of this name, if there is one.
pub fn named(name: &str) -> Option<&'static Activity> {
    ACTIVITIES.iter().find(|a| a.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_has_one_name_and_unknown_codes_read_as_words() {
        let mut codes: Vec<&str> = ACTIVITIES.iter().flat_map(|a| a.codes).copied().collect();
        let all = codes.len();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), all, "a code is under two names");
        assert_eq!(name_of("reset_succeeded"), "Reset password (self-service)");
        assert_eq!(name_of("admin_reset_password"), "Reset password (by admin)");
        assert_eq!(name_of("something_new"), "something new");
        assert!(named("Register security info").is_some());
    }

    /// Every code the source audits by name is in the catalog, so none shows as raw words.
    #[test]
    fn every_audited_code_has_a_name() {
        let call = regex::Regex::new(r#"\.audit\(\s*[^,]+,\s*"([a-z_]+)""#).unwrap();
        let mut missing = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for c in call.captures_iter(&text) {
                        if !ACTIVITIES.iter().any(|a| a.codes.contains(&&c[1])) {
                            missing.push(c[1].to_string());
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "not in the catalog: {missing:?}");
    }
}
