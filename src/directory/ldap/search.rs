//! Finding users by the start of their user ID, name or mail, for the console's user search:
//! the typed text is escaped (RFC 4515) before the wildcard is added, so it can only ever be
//! a prefix, and the server is asked for at most `limit` entries.

use super::{LdapDirectory, unavailable};
use crate::directory::{DirUser, DirectoryError};
use crate::domain::user_id::UserId;
use ldap3::{Scope, SearchEntry, SearchOptions, ldap_escape};

/// LDAP's result code when the server stopped at the size limit (the entries are still good).
const SIZE_LIMIT_EXCEEDED: u32 = 4;

impl LdapDirectory {
    /// The filter for `prefix`: the tenant's user filter for any user, and the prefix on the
    /// login, display name or mail.
    pub(super) fn search_filter(&self, prefix: &str) -> String {
        let s = &self.settings;
        let a = &s.attributes;
        let p = format!("{}*", ldap_escape(prefix));
        let alternatives: String = [&a.login, &a.display_name, &a.mail]
            .into_iter()
            .filter(|name| !name.is_empty())
            .map(|name| format!("({name}={p})"))
            .collect();
        format!(
            "(&{}(|{alternatives}))",
            s.user_filter.replace("{user}", "*")
        )
    }

    /// Users whose login, display name or mail starts with `prefix`, at most `limit`.
    pub async fn search_users(
        &self,
        prefix: &str,
        limit: usize,
    ) -> Result<Vec<DirUser>, DirectoryError> {
        let filter = self.search_filter(prefix);
        let mut ldap = self.service().await?;
        let size = i32::try_from(limit).unwrap_or(i32::MAX);
        let search = ldap
            .with_search_options(SearchOptions::new().sizelimit(size))
            .search(
                &self.settings.base_dn,
                Scope::Subtree,
                &filter,
                self.attribute_names(),
            );
        let result = self.step("user search", search).await?;
        if result.1.rc != 0 && result.1.rc != SIZE_LIMIT_EXCEEDED {
            return Err(unavailable(format!("user search: {}", result.1)));
        }
        self.release(ldap);
        let login = &self.settings.attributes.login;
        let mut users: Vec<DirUser> = result
            .0
            .into_iter()
            .map(SearchEntry::construct)
            .filter_map(|entry| {
                let value = entry
                    .attrs
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(login));
                let id = UserId::parse(value?.1.first()?).ok()?;
                Some(self.user_from(&entry, &id))
            })
            .take(limit)
            .collect();
        users.sort_by_key(|u| u.login.to_lowercase());
        Ok(users)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::settings::LdapSettings;

    #[test]
    fn the_typed_text_is_only_ever_a_prefix() {
        let mut settings = LdapSettings::blank();
        settings.url = "ldaps://127.0.0.1".into();
        let d = LdapDirectory::new(settings);
        assert_eq!(
            d.search_filter("al"),
            "(&(&(objectClass=inetOrgPerson)(uid=*))(|(uid=al*)(cn=al*)(mail=al*)))"
        );
        // Wildcards, parentheses and backslashes typed are escaped, not obeyed.
        assert_eq!(
            d.search_filter("*)(uid=*"),
            r"(&(&(objectClass=inetOrgPerson)(uid=*))(|(uid=\2a\29\28uid=\2a*)(cn=\2a\29\28uid=\2a*)(mail=\2a\29\28uid=\2a*)))"
        );
    }
}
