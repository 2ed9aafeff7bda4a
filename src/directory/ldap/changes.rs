//! A user's own change of the password they know, written the way the directory applies its
//! rules for one: OpenLDAP's Password Modify bound as the user with the old password, AD's
//! delete of the old `unicodePwd` and add of the new one. History and minimum age apply, and
//! the directory's refusal comes back as a reason for the user.

use super::writes::{password_modify_outcome, unicode_pwd_outcome};
use super::{Flavor, LdapDirectory, RC_INVALID_CREDENTIALS, ppolicy, unavailable};
use crate::directory::{DirUser, DirectoryError, ad};
use ldap3::exop::PasswordModify;
use ldap3::{Ldap, Mod};
use secrecy::{ExposeSecret, SecretString};
use std::collections::HashSet;

/// How a user's own change went, when the directory answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelfChange {
    Changed,
    /// The directory refused the current password: this target holds another one.
    CurrentRefused,
}

impl LdapDirectory {
    /// Changes the password as the user, proving the current one. A user the directory won't
    /// bind because the password has expired or must be changed makes the same change through
    /// the service account, still with the current password (OpenLDAP: Password Modify with
    /// `oldPasswd`; AD: the delete-and-add that "Change Password", not "Reset Password", allows).
    pub async fn change_password(
        &self,
        user: &DirUser,
        current: &SecretString,
        password: &SecretString,
    ) -> Result<SelfChange, DirectoryError> {
        let dn = self.dn(user)?;
        if current.expose_secret().is_empty() {
            return Ok(SelfChange::CurrentRefused);
        }
        if self.flavor == Flavor::ActiveDirectory && !self.is_tls() {
            return Err(unavailable(
                "Active Directory refuses password writes on plain connections: use an ldaps:// URL or starttls = true",
            ));
        }
        let mut ldap = self.connect().await?;
        if self.flavor == Flavor::OpenLdap {
            ldap.with_controls(ppolicy::request());
        }
        let bound = self
            .step("user bind", ldap.simple_bind(dn, current.expose_secret()))
            .await?;
        let must_change = match (bound.rc, ppolicy::response_error(&bound.ctrls)) {
            // Bound; slapd may allow nothing but the change (pwdReset), which is all we do.
            (0, _) => false,
            (RC_INVALID_CREDENTIALS, Some(ppolicy::PASSWORD_EXPIRED)) => true,
            (RC_INVALID_CREDENTIALS, _) if ad::bind_needs_new_password(&bound.text) => true,
            (RC_INVALID_CREDENTIALS, _) => {
                let _ = ldap.unbind().await;
                return Ok(SelfChange::CurrentRefused);
            }
            (rc, _) => {
                let _ = ldap.unbind().await;
                return Err(unavailable(format!("user bind: rc {rc}: {}", bound.text)));
            }
        };
        if must_change {
            let _ = ldap.unbind().await;
            tracing::info!(%dn, "the directory won't bind a user whose password must change: changing it through the service account");
            return self.change_as_service(user, current, password).await;
        }
        let outcome = match self.flavor {
            Flavor::OpenLdap => self.ppolicy_change(&mut ldap, dn, current, password).await,
            Flavor::ActiveDirectory => {
                let r = self
                    .step(
                        "unicodePwd change",
                        ldap.modify(dn, delete_and_add(current, password)),
                    )
                    .await;
                r.and_then(|r| unicode_pwd_outcome(&r, "the user", dn))
            }
        };
        let _ = ldap.unbind().await;
        outcome.map(|()| SelfChange::Changed)
    }

    /// OpenLDAP, bound as the user: Password Modify of their own entry with the old password.
    async fn ppolicy_change(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        current: &SecretString,
        password: &SecretString,
    ) -> Result<(), DirectoryError> {
        let exop = PasswordModify {
            user_id: None,
            old_pass: Some(current.expose_secret()),
            new_pass: Some(password.expose_secret()),
        };
        let answer = self
            .step(
                "password modify",
                ldap.with_controls(ppolicy::request()).extended(exop),
            )
            .await?;
        password_modify_outcome(&answer.1, "the user", dn)
    }

    /// The change, made on the service account's connection for a user who can't bind.
    async fn change_as_service(
        &self,
        user: &DirUser,
        current: &SecretString,
        password: &SecretString,
    ) -> Result<SelfChange, DirectoryError> {
        let dn = self.dn(user)?;
        match self.flavor {
            Flavor::OpenLdap => {
                self.password_modify(user, Some(current), password, false)
                    .await?
            }
            Flavor::ActiveDirectory => {
                let mut ldap = self.service().await?;
                let r = self
                    .step(
                        "unicodePwd change",
                        ldap.modify(dn, delete_and_add(current, password)),
                    )
                    .await?;
                self.release(ldap);
                unicode_pwd_outcome(
                    &r,
                    "the service account (changing with the current password)",
                    dn,
                )?
            }
        }
        Ok(SelfChange::Changed)
    }
}

/// AD's change (not reset): delete the old `unicodePwd` value, add the new one, in one modify.
fn delete_and_add(current: &SecretString, password: &SecretString) -> Vec<Mod<Vec<u8>>> {
    let old = ad::unicode_pwd(current.expose_secret());
    let new = ad::unicode_pwd(password.expose_secret());
    vec![
        Mod::Delete(b"unicodePwd".to_vec(), HashSet::from([old])),
        Mod::Add(b"unicodePwd".to_vec(), HashSet::from([new])),
    ]
}
