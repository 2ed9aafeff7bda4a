//! What the service account writes: a reset (Password Modify with the password-policy control
//! for OpenLDAP, `unicodePwd` for AD), the must-change mark, and unlock.

use super::ppolicy::{self, ppolicy_reason};
use super::{
    Flavor, LdapDirectory, RC_CONSTRAINT_VIOLATION, RC_INSUFFICIENT_ACCESS, RC_NO_SUCH_ATTRIBUTE,
    unavailable,
};
use crate::directory::{DirUser, DirectoryError, ad};
use ldap3::controls::RawControl;
use ldap3::exop::PasswordModify;
use ldap3::{Ldap, LdapResult, Mod};
use secrecy::{ExposeSecret, SecretString};
use std::collections::HashSet;

impl LdapDirectory {
    /// Resets the password as the service account; with `unlock`, a locked account is
    /// unlocked by the same write (AD: `lockoutTime = 0` in the same modify; OpenLDAP: the
    /// lock removed right after the password is set).
    pub async fn set_password(
        &self,
        user: &DirUser,
        password: &SecretString,
        must_change: bool,
        unlock: bool,
    ) -> Result<(), DirectoryError> {
        let unlock = unlock && user.locked;
        match self.flavor {
            Flavor::OpenLdap => {
                self.password_modify(user, None, password, must_change)
                    .await?;
                if unlock && let Err(e) = self.unlock(user).await {
                    // The password is set; the lock stays, and the read-back says so.
                    tracing::warn!(error = %e, "unlocking after a reset failed");
                }
                Ok(())
            }
            Flavor::ActiveDirectory => {
                self.replace_unicode_pwd(user, password, must_change, unlock)
                    .await
            }
        }
    }

    /// AD: replaces `unicodePwd` (TLS only), with `lockoutTime = 0` in the same modify when
    /// unlocking, then `pwdLastSet = 0` for "must change".
    async fn replace_unicode_pwd(
        &self,
        user: &DirUser,
        password: &SecretString,
        must_change: bool,
        unlock: bool,
    ) -> Result<(), DirectoryError> {
        let dn = self.dn(user)?;
        if !self.is_tls() {
            return Err(unavailable(
                "Active Directory refuses password writes on plain connections: use an ldaps:// URL or starttls = true",
            ));
        }
        let mut ldap = self.service().await?;
        let mut r = self
            .modify_unicode_pwd(&mut ldap, dn, password, unlock)
            .await?;
        if unlock && r.rc == RC_INSUFFICIENT_ACCESS {
            // Allowed to reset but not to unlock: the password is still reset, the account
            // stays locked, and the read-back after the write tells the user so.
            tracing::warn!(%dn, text = %r.text, "the service account may not write lockoutTime: resetting without unlocking");
            r = self
                .modify_unicode_pwd(&mut ldap, dn, password, false)
                .await?;
        }
        let outcome = unicode_pwd_outcome(&r, "the service account", dn);
        if outcome.is_ok() && must_change {
            let expire = vec![Mod::Replace("pwdLastSet", HashSet::from(["0"]))];
            let r = self.step("pwdLastSet", ldap.modify(dn, expire)).await?;
            if r.rc != 0 {
                tracing::warn!(rc = r.rc, text = %r.text, "setting pwdLastSet = 0 failed");
            }
        }
        self.release(ldap);
        outcome
    }

    /// One modify: the new `unicodePwd`, and `lockoutTime = 0` when unlocking.
    async fn modify_unicode_pwd(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        password: &SecretString,
        unlock: bool,
    ) -> Result<ldap3::LdapResult, DirectoryError> {
        let value = ad::unicode_pwd(password.expose_secret());
        let mut change = vec![Mod::Replace(b"unicodePwd".to_vec(), HashSet::from([value]))];
        if unlock {
            change.push(Mod::Replace(
                b"lockoutTime".to_vec(),
                HashSet::from([b"0".to_vec()]),
            ));
        }
        if self.settings.policy_hints {
            ldap.with_controls(RawControl {
                ctype: ad::POLICY_HINTS_OID.to_string(),
                crit: false,
                val: Some(vec![0x30, 0x03, 0x02, 0x01, 0x01]),
            });
        }
        self.step("unicodePwd", ldap.modify(dn, change)).await
    }

    /// OpenLDAP: the Password Modify extended operation with the password-policy control, as
    /// the service account (with `old`, the user's current password, when it is a change the
    /// user can't make bound as themselves).
    pub(super) async fn password_modify(
        &self,
        user: &DirUser,
        old: Option<&SecretString>,
        password: &SecretString,
        must_change: bool,
    ) -> Result<(), DirectoryError> {
        let dn = self.dn(user)?;
        let mut ldap = self.service().await?;
        let exop = PasswordModify {
            user_id: Some(dn),
            old_pass: old.map(|p| p.expose_secret()),
            new_pass: Some(password.expose_secret()),
        };
        let result = self
            .step(
                "password modify",
                ldap.with_controls(ppolicy::request()).extended(exop),
            )
            .await?;
        let r = result.1;
        let answered = r.rc != 0 || self.mark_reset(&mut ldap, dn, must_change).await;
        if answered {
            self.release(ldap);
        }
        password_modify_outcome(&r, "the service account", dn)
    }

    /// ppolicy's "must change at next sign-in" is `pwdReset` (honoured when the policy has
    /// `pwdMustChange`, under which slapd may also set it on a reset by a password
    /// administrator): set it when asked, and clear it otherwise, since the user has just
    /// chosen this password.
    /// The password is already set, so a refusal is logged for the operator, not failed.
    /// Returns whether the directory answered (else the connection is not kept).
    async fn mark_reset(&self, ldap: &mut Ldap, dn: &str, must_change: bool) -> bool {
        let change = if must_change {
            vec![Mod::Replace("pwdReset", HashSet::from(["TRUE"]))]
        } else {
            vec![Mod::Delete("pwdReset", HashSet::new())]
        };
        match self.step("pwdReset", ldap.modify(dn, change)).await {
            Ok(r) if r.rc == 0 || r.rc == RC_NO_SUCH_ATTRIBUTE => true,
            Ok(r) => {
                tracing::warn!(rc = r.rc, text = %r.text, must_change, "setting pwdReset after a reset failed");
                true
            }
            Err(e) => {
                tracing::warn!(error = %e, must_change, "setting pwdReset after a reset failed");
                false
            }
        }
    }

    /// Clears the lockout (`pwdAccountLockedTime`); an account that isn't locked is left alone.
    pub async fn unlock(&self, user: &DirUser) -> Result<(), DirectoryError> {
        let dn = self.dn(user)?;
        let mut ldap = self.service().await?;
        let change: Vec<Mod<&str>> = match self.flavor {
            Flavor::OpenLdap => vec![Mod::Delete("pwdAccountLockedTime", HashSet::new())],
            Flavor::ActiveDirectory => vec![Mod::Replace("lockoutTime", HashSet::from(["0"]))],
        };
        let r = self.step("unlock", ldap.modify(dn, change)).await?;
        self.release(ldap);
        match r.rc {
            0 | RC_NO_SUCH_ATTRIBUTE => Ok(()),
            RC_INSUFFICIENT_ACCESS => Err(DirectoryError::PermissionDenied(format!(
                "the service account may not unlock {dn}: {}",
                r.text
            ))),
            rc => Err(unavailable(format!("unlock: rc {rc}: {}", r.text))),
        }
    }
}

/// What slapd's answer to a Password Modify means for the user; `who` names the account that
/// asked, for the operator's log.
pub(super) fn password_modify_outcome(
    r: &LdapResult,
    who: &str,
    dn: &str,
) -> Result<(), DirectoryError> {
    match (r.rc, ppolicy::response_error(&r.ctrls)) {
        (0, _) => Ok(()),
        (_, Some(code)) => Err(DirectoryError::PolicyRejected {
            reasons: vec![ppolicy_reason(code)],
        }),
        (RC_CONSTRAINT_VIOLATION, None) => Err(DirectoryError::PolicyRejected {
            reasons: vec![crate::i18n::Text::new("directory-refused")],
        }),
        (RC_INSUFFICIENT_ACCESS, _) => Err(DirectoryError::PermissionDenied(format!(
            "{who} may not change the password of {dn}: {}",
            r.text
        ))),
        (rc, None) => Err(unavailable(format!("password modify: rc {rc}: {}", r.text))),
    }
}

/// What AD's answer to a `unicodePwd` modify means for the user; `who` names the account that
/// asked, for the operator's log.
pub(super) fn unicode_pwd_outcome(
    r: &LdapResult,
    who: &str,
    dn: &str,
) -> Result<(), DirectoryError> {
    match r.rc {
        0 => Ok(()),
        RC_CONSTRAINT_VIOLATION if ad::denied_by_acl(&r.text) => {
            Err(DirectoryError::PermissionDenied(format!(
                "{who} may not change the password of {dn}: {}",
                r.text
            )))
        }
        RC_CONSTRAINT_VIOLATION => Err(DirectoryError::PolicyRejected {
            reasons: ad::refusal_reasons(&r.text)
                .unwrap_or_else(|| vec![crate::i18n::Text::new("directory-refused")]),
        }),
        RC_INSUFFICIENT_ACCESS => Err(DirectoryError::PermissionDenied(format!(
            "{who} may not change the password of {dn}: {}",
            r.text
        ))),
        rc => Err(unavailable(format!("unicodePwd: rc {rc}: {}", r.text))),
    }
}
