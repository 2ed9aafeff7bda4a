//! What the portal checks before it writes: the directory's known password rules.

use super::{Flavor, LdapDirectory, unavailable};
use crate::directory::ad;
use crate::directory::{DirUser, DirectoryError};
use ldap3::{Scope, SearchEntry};
use secrecy::{ExposeSecret, SecretString};

impl LdapDirectory {
    /// The directory's known rules, read before anything is written anywhere: OpenLDAP's
    /// `pwdMinLength` (with `policy_dn`), AD's domain `minPwdLength` and complexity. A rule
    /// that can't be read is left to the write, which enforces it anyway.
    pub async fn check_password(
        &self,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<(), DirectoryError> {
        let rules = match self.known_rules().await {
            Ok(rules) => rules,
            Err(e) => {
                tracing::warn!(error = %e, "reading the directory's password rules; the write will enforce them");
                return Ok(());
            }
        };
        let reasons = rules.check(password.expose_secret(), &user.login);
        if reasons.is_empty() {
            Ok(())
        } else {
            Err(DirectoryError::PolicyRejected { reasons })
        }
    }

    pub(super) async fn known_rules(&self) -> Result<ad::KnownRules, DirectoryError> {
        let (base, attrs) = match (self.flavor, &self.settings.policy_dn) {
            (Flavor::ActiveDirectory, _) => {
                (None, vec!["minPwdLength", "pwdProperties", "minPwdAge"])
            }
            (Flavor::OpenLdap, Some(dn)) => (Some(dn.clone()), vec!["pwdMinLength", "pwdMinAge"]),
            (Flavor::OpenLdap, None) => return Ok(ad::KnownRules::default()),
        };
        let mut ldap = self.service().await?;
        let base = match base {
            Some(dn) => dn,
            None => {
                let (root, _) = self
                    .step(
                        "rootDSE",
                        ldap.search(
                            "",
                            Scope::Base,
                            "(objectClass=*)",
                            vec!["defaultNamingContext"],
                        ),
                    )
                    .await?
                    .success()
                    .map_err(|e| unavailable(format!("rootDSE: {e}")))?;
                root.into_iter()
                    .map(SearchEntry::construct)
                    .find_map(|e| {
                        e.attrs
                            .get("defaultNamingContext")
                            .and_then(|v| v.first().cloned())
                    })
                    .ok_or_else(|| unavailable("rootDSE has no defaultNamingContext"))?
            }
        };
        let (entries, _) = self
            .step(
                "password rules",
                ldap.search(&base, Scope::Base, "(objectClass=*)", attrs),
            )
            .await?
            .success()
            .map_err(|e| unavailable(format!("password rules: {e}")))?;
        self.release(ldap);
        let entry = entries
            .into_iter()
            .map(SearchEntry::construct)
            .next()
            .ok_or_else(|| unavailable("no password-rules entry"))?;
        let number = |name: &str| {
            entry
                .attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .and_then(|(_, v)| v.first())
                .and_then(|v| v.parse::<u32>().ok())
                .unwrap_or(0)
        };
        // AD keeps minPwdAge as a negative count of 100-ns intervals; ppolicy in seconds.
        let ad_age = entry
            .attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("minPwdAge"))
            .and_then(|(_, v)| v.first())
            .and_then(|v| v.parse::<i64>().ok())
            .map_or(0, |v| v.unsigned_abs() / 10_000_000);
        Ok(ad::KnownRules {
            min_length: number("minPwdLength").max(number("pwdMinLength")) as usize,
            complexity: self.flavor == Flavor::ActiveDirectory && number("pwdProperties") & 1 == 1,
            min_age_secs: ad_age.max(u64::from(number("pwdMinAge"))),
        })
    }
}
