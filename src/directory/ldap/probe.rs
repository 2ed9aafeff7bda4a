//! The operator's connection test: connect, service bind, look a user up, and check the
//! service account's reset and unlock rights on that user without changing anything (AD's
//! are read in `ad_rights`).

use super::{Flavor, LdapDirectory, RC_INSUFFICIENT_ACCESS, RC_NO_SUCH_ATTRIBUTE};
use crate::directory::{Check, CheckLine};
use crate::domain::user_id::UserId;
use ldap3::{Ldap, Mod};
use std::collections::HashSet;

/// A `pwdAccountLockedTime` no lock ever writes, for the no-op unlock check.
const NEVER_LOCKED_AT: &str = "19700101000000Z";

impl LdapDirectory {
    /// Operator check: connect, service bind and, given a user, the lookup and the service
    /// account's rights on that user.
    pub async fn probe(&self, user: Option<&UserId>) -> Vec<CheckLine> {
        let mut lines = Vec::new();
        let mut ldap = match self.connect().await {
            Ok(l) => {
                lines.push(("connect".into(), Check::Passed(self.settings.url.clone())));
                if self.settings.plaintext_allowed() {
                    lines.push((
                        "encryption".into(),
                        Check::Note(format!(
                            "none: insecure_plaintext = true lets {} send the service account's password and users' new passwords in clear",
                            self.settings.url
                        )),
                    ));
                }
                l
            }
            Err(e) => {
                lines.push(("connect".into(), Check::Failed(e.to_string())));
                return lines;
            }
        };
        let s = &self.settings;
        let bound = self
            .step(
                "service bind",
                ldap.simple_bind(&s.bind_dn, s.bind_password.expose()),
            )
            .await;
        let bind_line = match bound {
            Ok(r) if r.rc == 0 => Check::Passed(s.bind_dn.clone()),
            Ok(r) => Check::Failed(format!("rc {}: {}", r.rc, r.text)),
            Err(e) => Check::Failed(e.to_string()),
        };
        let bound = !bind_line.is_failed();
        lines.push(("service bind".into(), bind_line));
        if !bound {
            return lines;
        }
        lines.push(("minimum password age".into(), self.min_age_line().await));
        match user {
            Some(id) => match self.entry(&mut ldap, id).await {
                Ok(entry) => {
                    lines.push((
                        format!("look up {}", id.as_str()),
                        Check::Passed(entry.dn.clone()),
                    ));
                    let contacts = self.contacts_of(&super::lowercase_attrs(&entry));
                    lines.extend(contacts.check_lines(self.region.as_deref()));
                    let rights = match self.flavor {
                        Flavor::OpenLdap => self.openldap_rights(&mut ldap, &entry.dn).await,
                        Flavor::ActiveDirectory => {
                            self.ad_rights(&mut ldap, &entry.dn, id.as_str()).await
                        }
                    };
                    lines.extend(rights);
                }
                Err(e) => lines.push((
                    format!("look up {}", id.as_str()),
                    Check::Failed(e.to_string()),
                )),
            },
            None => lines.push((
                "reset rights".into(),
                Check::Note("give a user (--user ID) to check them on that user".into()),
            )),
        }
        let _ = ldap.unbind().await;
        lines
    }

    /// A note when the directory makes users wait between password changes: a user who
    /// changed theirs lately may be refused a new one until the wait is over.
    async fn min_age_line(&self) -> Check {
        if self.flavor == Flavor::OpenLdap && self.settings.policy_dn.is_none() {
            return Check::Note(
                "not checked: set policy_dn to the ppolicy entry to read its pwdMinAge".into(),
            );
        }
        let name = match self.flavor {
            Flavor::ActiveDirectory => "minPwdAge",
            Flavor::OpenLdap => "pwdMinAge",
        };
        match self.known_rules().await {
            Ok(rules) if rules.min_age_secs > 0 => {
                let hours = rules.min_age_secs.div_ceil(3600);
                Check::Note(format!(
                    "{name} is {hours} hour{}: a user who changed their password within the last {hours} hour{} may be refused a new one until then, and can't reset it through the portal",
                    if hours == 1 { "" } else { "s" },
                    if hours == 1 { "" } else { "s" },
                ))
            }
            Ok(_) => Check::Passed(format!("{name} is 0: no wait between changes")),
            Err(e) => Check::Note(format!("not checked: {e}")),
        }
    }

    /// OpenLDAP can't report effective rights, so each right is tried with a change that
    /// can't apply: deleting a value the entry doesn't hold. slapd checks the ACL first
    /// (insufficientAccess when the right is missing), then finds no such value.
    async fn openldap_rights(&self, ldap: &mut Ldap, dn: &str) -> Vec<CheckLine> {
        let marker = format!(
            "sspr-rights-check-{}",
            hex::encode(rand::random::<[u8; 16]>())
        );
        let reset = match self.no_op_delete(ldap, dn, "userPassword", &marker).await {
            Ok(true) => Check::Passed(format!("may write userPassword on {dn}")),
            Ok(false) => Check::Failed(format!(
                "the service account may not write userPassword on {dn}: give it write access to userPassword in slapd's ACL"
            )),
            Err(e) => Check::Note(format!("not checked: {e}")),
        };
        let unlock = match self
            .no_op_delete(ldap, dn, "pwdAccountLockedTime", NEVER_LOCKED_AT)
            .await
        {
            Ok(true) => Check::Passed(format!("may clear pwdAccountLockedTime on {dn}")),
            Ok(false) => Check::Failed(format!(
                "the service account may not clear pwdAccountLockedTime on {dn}: unlocking will fail; give it manage access to that attribute"
            )),
            Err(e) => Check::Note(format!("not checked: {e}")),
        };
        vec![
            ("reset rights".into(), reset),
            ("unlock rights".into(), unlock),
        ]
    }

    /// Deletes `value` from `attr`, a value the entry can't hold: true if the server let the
    /// service account try, false if it refused for lack of access.
    async fn no_op_delete(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        attr: &str,
        value: &str,
    ) -> Result<bool, String> {
        let change = vec![Mod::Delete(attr, HashSet::from([value]))];
        let r = self
            .step(attr, ldap.modify(dn, change))
            .await
            .map_err(|e| e.to_string())?;
        match r.rc {
            0 | RC_NO_SUCH_ATTRIBUTE => Ok(true),
            RC_INSUFFICIENT_ACCESS => Ok(false),
            rc => Err(format!("the directory answered rc {rc}: {}", r.text)),
        }
    }
}
