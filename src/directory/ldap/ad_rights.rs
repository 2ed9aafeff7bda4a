//! What `directory test --user` reads of an AD user's permissions, without writing: the
//! service account's "Reset Password", "Change Password" and "Unexpire Password" rights and the
//! user's own "Change Password" right (each judged from the user's DACL against a token), and
//! the attributes the service account may write (`allowedAttributesEffective`).

use super::LdapDirectory;
use crate::directory::ad_acl::{
    self, AUTHENTICATED_USERS, CHANGE_PASSWORD, EVERYONE, PRINCIPAL_SELF, RESET_PASSWORD,
    SD_FLAGS_DACL, SD_FLAGS_OID, UNEXPIRE_PASSWORD,
};
use crate::directory::{Check, CheckLine};
use ldap3::controls::RawControl;
use ldap3::{Ldap, Scope, SearchEntry};

/// Every value of `name` (any case), text or binary, as bytes.
fn values(entry: &SearchEntry, name: &str) -> Vec<Vec<u8>> {
    let text = entry
        .attrs
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(name))
        .flat_map(|(_, v)| v.iter().map(|s| s.as_bytes().to_vec()));
    let binary = entry
        .bin_attrs
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(name))
        .flat_map(|(_, v)| v.iter().cloned());
    text.chain(binary).collect()
}

/// A token as AD evaluates it for a bound connection: its SIDs plus Everyone and
/// Authenticated Users.
fn bound_token(mut sids: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    sids.push(EVERYONE.to_vec());
    sids.push(AUTHENTICATED_USERS.to_vec());
    sids
}

/// The user's DACL and a token, or why one of them couldn't be read.
type Inputs<'a> = Result<(&'a [u8], &'a [Vec<u8>]), String>;

fn inputs<'a>(
    sd: &'a Result<Vec<u8>, String>,
    token: &'a Result<Vec<Vec<u8>>, String>,
) -> Inputs<'a> {
    match (sd, token) {
        (Ok(sd), Ok(token)) => Ok((sd.as_slice(), token.as_slice())),
        (Err(e), _) | (_, Err(e)) => Err(e.clone()),
    }
}

/// Judges `right` and words the answer: `granted` when held, `missing` when not.
fn judge(inputs: &Inputs<'_>, right: &[u8; 16], granted: String, missing: Check) -> Check {
    match inputs {
        Ok((sd, token)) => match ad_acl::grants_control_access(sd, token, right) {
            Ok(true) => Check::Passed(granted),
            Ok(false) => missing,
            Err(e) => Check::Note(format!("not checked: {e}")),
        },
        Err(e) => Check::Note(format!("not checked: {e}")),
    }
}

impl LdapDirectory {
    /// The rights lines for the user `login` at `dn`, read on the service connection.
    pub(super) async fn ad_rights(&self, ldap: &mut Ldap, dn: &str, login: &str) -> Vec<CheckLine> {
        let sd = self
            .read_values(ldap, dn, "nTSecurityDescriptor", true)
            .await
            .and_then(|sd| {
                sd.into_iter()
                    .next()
                    .ok_or_else(|| "the service account can't read the user's permissions".into())
            });
        let service = self
            .read_values(ldap, "", "tokenGroups", false)
            .await
            .and_then(|t| {
                (!t.is_empty())
                    .then(|| bound_token(t))
                    .ok_or_else(|| "the service account can't read its own token".into())
            });
        let user = self.user_token(ldap, dn).await;
        let with = |token| inputs(&sd, token);
        let reset = judge(
            &with(&service),
            &RESET_PASSWORD,
            format!("\"Reset Password\" is granted on {dn}"),
            Check::Failed(format!(
                "the service account has no \"Reset Password\" right on {dn}: delegate it on the users' OU"
            )),
        );
        let change = judge(
            &with(&service),
            &CHANGE_PASSWORD,
            format!(
                "\"Change Password\" is granted on {dn}, for a password that expired or must be changed"
            ),
            Check::Note(format!(
                "the service account has no \"Change Password\" right on {dn}: when {login}'s password expires or must be changed, {login} can't change it here (a reset still works)"
            )),
        );
        let own_change = judge(
            &with(&user),
            &CHANGE_PASSWORD,
            format!("{login} may change their own password"),
            Check::Note(format!(
                "{login} may not change their own password (\"User cannot change password\"?): the portal's change password is refused for them (a reset still works)"
            )),
        );
        let unexpire = judge(
            &with(&service),
            &UNEXPIRE_PASSWORD,
            format!("\"Unexpire Password\" is granted on {dn}"),
            Check::Note(format!(
                "the service account has no \"Unexpire Password\" right on {dn}: not needed, since the portal never sets pwdLastSet = -1 (a new password restarts its age by itself)"
            )),
        );
        let writable = self
            .read_values(ldap, dn, "allowedAttributesEffective", false)
            .await
            .unwrap_or_default();
        let may_write = |attr: &str| {
            writable
                .iter()
                .any(|v| v.eq_ignore_ascii_case(attr.as_bytes()))
        };
        let unlock = if may_write("lockoutTime") {
            Check::Passed(format!("may write lockoutTime on {dn}"))
        } else {
            Check::Failed(format!(
                "the service account may not write lockoutTime on {dn}: unlocking will fail; delegate \"Write lockoutTime\" on the users' OU"
            ))
        };
        let must_change = if may_write("pwdLastSet") {
            Check::Passed(format!("may write pwdLastSet on {dn}"))
        } else {
            Check::Note(format!(
                "may not write pwdLastSet on {dn}: only needed to make users change their password at next sign-in"
            ))
        };
        vec![
            ("reset rights".into(), reset),
            ("unlock rights".into(), unlock),
            ("must-change rights".into(), must_change),
            ("service change rights".into(), change),
            ("own change rights".into(), own_change),
            ("unexpire rights".into(), unexpire),
        ]
    }

    /// The token the user's own connection would hold: their SID, their groups' (the
    /// constructed `tokenGroups`), Principal Self (they are the object) and the bound SIDs.
    async fn user_token(&self, ldap: &mut Ldap, dn: &str) -> Result<Vec<Vec<u8>>, String> {
        let mut sids = self.read_values(ldap, dn, "objectSid", false).await?;
        if sids.is_empty() {
            return Err("the service account can't read the user's SID".into());
        }
        sids.extend(self.read_values(ldap, dn, "tokenGroups", false).await?);
        sids.push(PRINCIPAL_SELF.to_vec());
        Ok(bound_token(sids))
    }

    /// One attribute of one entry (base search), asking for the DACL only when `dacl` is set.
    async fn read_values(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        attr: &str,
        dacl: bool,
    ) -> Result<Vec<Vec<u8>>, String> {
        if dacl {
            ldap.with_controls(RawControl {
                ctype: SD_FLAGS_OID.to_string(),
                crit: true,
                val: Some(SD_FLAGS_DACL.to_vec()),
            });
        }
        let (entries, _) = self
            .step(
                attr,
                ldap.search(dn, Scope::Base, "(objectClass=*)", vec![attr]),
            )
            .await
            .map_err(|e| e.to_string())?
            .success()
            .map_err(|e| format!("reading {attr}: {e}"))?;
        Ok(entries
            .into_iter()
            .map(SearchEntry::construct)
            .flat_map(|e| values(&e, attr))
            .collect())
    }
}
