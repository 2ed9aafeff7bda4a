//! What Active Directory (and Samba AD) does differently from OpenLDAP: the password is the
//! quoted UTF-16LE `unicodePwd`, writable only over TLS; refusals come as `0000052D` constraint
//! errors; accounts are disabled by `userAccountControl` and unlocked through `lockoutTime`.

use super::settings::{LdapAttributes, LdapSettings};
use crate::i18n::Text;
use std::collections::HashMap;

/// `userAccountControl` bit: the account is disabled.
const ACCOUNTDISABLE: u32 = 0x2;
/// LDAP_SERVER_POLICY_HINTS: apply history to resets, where the server supports it.
pub const POLICY_HINTS_OID: &str = "1.2.840.113556.1.4.2239";

/// The default search filter for OpenLDAP, replaced for AD when left as is.
pub const OPENLDAP_FILTER: &str = "(&(objectClass=inetOrgPerson)(uid={user}))";

/// Settings with AD's own defaults where the OpenLDAP defaults were left in place.
pub fn with_ad_defaults(mut s: LdapSettings) -> LdapSettings {
    if s.user_filter == OPENLDAP_FILTER {
        s.user_filter = "(&(objectClass=user)(sAMAccountName={user}))".to_string();
    }
    if s.attributes == LdapAttributes::default() {
        s.attributes = LdapAttributes {
            login: "sAMAccountName".into(),
            display_name: "displayName".into(),
            given_name: "givenName".into(),
            surname: "sn".into(),
            mail: "mail".into(),
            office_phone: "telephoneNumber".into(),
            mobile: "mobile".into(),
            alternate_email: "otherMailbox".into(),
        };
    }
    s
}

/// The attributes AD needs beyond the configured ones.
pub const STATE_ATTRIBUTES: [&str; 3] = ["userAccountControl", "lockoutTime", "pwdLastSet"];

/// (enabled, locked, must change) from an entry's attributes (keys lower-cased): `pwdLastSet`
/// 0 is "must change password at next logon".
pub fn account_state(attrs: &HashMap<String, &Vec<String>>) -> (bool, bool, bool) {
    let number = |name: &str| {
        attrs
            .get(name)
            .and_then(|v| v.first())
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let uac = u32::try_from(number("useraccountcontrol")).unwrap_or(0);
    let must_change = attrs
        .get("pwdlastset")
        .and_then(|v| v.first())
        .is_some_and(|v| v == "0");
    (
        uac & ACCOUNTDISABLE == 0,
        number("lockouttime") > 0,
        must_change,
    )
}

/// Whether a refused bind's text carries AD's "the password is right but expired" (`data 532`)
/// or "must be changed at next sign-in" (`data 773`). AD sends these only when the password
/// itself matched; a wrong one is `data 52e`.
pub fn bind_needs_new_password(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["data 532,", "data 773,"].iter().any(|c| lower.contains(c))
}

/// The `unicodePwd` value: the password in double quotes, UTF-16LE.
pub fn unicode_pwd(password: &str) -> Vec<u8> {
    format!("\"{password}\"")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect()
}

/// The user-facing reasons in an AD constraint error (`0000052D: … check_password_restrictions:
/// the password is too short …`), or None if it isn't a password-policy refusal.
pub fn refusal_reasons(text: &str) -> Option<Vec<Text>> {
    let lower = text.to_lowercase();
    if !lower.contains("0000052d") {
        return None;
    }
    let reason = if lower.contains("too short") {
        "directory-too-short"
    } else if lower.contains("complexity") {
        "directory-complexity"
    } else if lower.contains("history") || lower.contains("already used") {
        "directory-used-before"
    } else if lower.contains("too young") || lower.contains("minimum password age") {
        "directory-too-recent"
    } else {
        "directory-refused"
    };
    Some(vec![Text::new(reason)])
}

/// Whether a constraint error on a password change is the directory's permissions, not its
/// password rules: AD answers a denied "Change Password" with a constraint violation, not
/// "insufficient access", and Samba names its `acl` module in the text. (Windows' text is the
/// same as a policy refusal's, so there it reads as "Your directory refused this password".)
pub fn denied_by_acl(text: &str) -> bool {
    text.to_lowercase().contains("error in module acl")
}

/// A directory's own password rules, as far as they can be read beforehand.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownRules {
    pub min_length: usize,
    /// AD complexity: three of upper case, lower case, digits and other characters, and not
    /// the account name.
    pub complexity: bool,
    /// The minimum age of a password, in seconds (AD `minPwdAge`, ppolicy `pwdMinAge`).
    pub min_age_secs: u64,
}

impl KnownRules {
    /// The reasons the directory would refuse this password (empty: none known).
    pub fn check(&self, password: &str, login: &str) -> Vec<Text> {
        let mut reasons = Vec::new();
        if password.chars().count() < self.min_length {
            reasons.push(Text::new("directory-too-short"));
        }
        if self.complexity {
            let classes = [
                password.chars().any(|c| c.is_uppercase()),
                password.chars().any(|c| c.is_lowercase()),
                password.chars().any(|c| c.is_ascii_digit()),
                password.chars().any(|c| !c.is_alphanumeric()),
            ];
            let named = login.chars().count() > 2
                && password.to_lowercase().contains(&login.to_lowercase());
            if classes.iter().filter(|c| **c).count() < 3 || named {
                reasons.push(Text::new("directory-complexity"));
            }
        }
        reasons
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expired_and_must_change_binds_are_told_from_wrong_passwords() {
        let text = |code: &str| {
            format!(
                "80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data {code}, v1db1"
            )
        };
        assert!(bind_needs_new_password(&text("773")));
        assert!(bind_needs_new_password(&text("532")));
        for other in ["52e", "775", "533", "701", "7730"] {
            assert!(!bind_needs_new_password(&text(other)), "{other}");
        }
    }

    #[test]
    fn encodes_unicode_pwd_as_quoted_utf16le() {
        assert_eq!(unicode_pwd("ab"), vec![b'"', 0, b'a', 0, b'b', 0, b'"', 0]);
        assert_eq!(unicode_pwd("é").len(), 6);
    }

    #[test]
    fn maps_samba_constraint_messages() {
        let short = "0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!";
        assert_eq!(
            refusal_reasons(short).unwrap(),
            vec![Text::new("directory-too-short")]
        );
        let complex = "0000052D: Constraint violation - check_password_restrictions: the password does not meet the complexity criteria!";
        assert!(refusal_reasons(complex).unwrap()[0] == Text::new("directory-complexity"));
        let history = "0000052D: Constraint violation - check_password_restrictions: the password was already used (in history)!";
        assert!(refusal_reasons(history).unwrap()[0] == Text::new("directory-used-before"));
        assert_eq!(refusal_reasons("00002098: Insufficient access"), None);
        let denied = "error in module acl: Constraint violation during LDB_MODIFY (19)";
        assert!(denied_by_acl(denied));
        assert!(!denied_by_acl(history));
    }

    #[test]
    fn known_rules_say_what_the_directory_would() {
        let rules = KnownRules {
            min_length: 14,
            complexity: true,
            min_age_secs: 0,
        };
        assert!(rules.check("Granite-Kettle-Orbit-42", "alice").is_empty());
        assert_eq!(rules.check("Kettle-Orb-9x", "alice").len(), 1);
        assert_eq!(rules.check("granite-kettle-orbit", "alice").len(), 1);
        assert_eq!(rules.check("Alice-Kettle-Orbit-42", "alice").len(), 1);
        assert!(KnownRules::default().check("x", "alice").is_empty());
    }

    #[test]
    fn reads_disabled_locked_and_must_change_accounts() {
        let uac = vec!["514".to_string()];
        let lockout = vec!["133000000000000000".to_string()];
        let mut attrs = HashMap::new();
        attrs.insert("useraccountcontrol".to_string(), &uac);
        assert_eq!(account_state(&attrs), (false, false, false));
        attrs.insert("lockouttime".to_string(), &lockout);
        assert_eq!(account_state(&attrs), (false, true, false));
        let never_set = vec!["0".to_string()];
        attrs.insert("pwdlastset".to_string(), &never_set);
        assert_eq!(account_state(&attrs), (false, true, true));
    }
}
