//! The members of a group, for the tenant's `admin_group`: their mailboxes, read through the
//! same membership settings as the reset scope's group check.

use super::{LdapDirectory, unavailable};
use crate::directory::DirectoryError;
use crate::directory::settings::Membership;
use ldap3::{Ldap, Scope, SearchEntry, ldap_escape};

/// Members read at most (a group of admins, not of everyone).
const MAX_MEMBERS: usize = 100;

impl LdapDirectory {
    /// The `mail` (as the attributes map it) of every member of `group` that has one.
    pub async fn group_mailboxes(&self, group: &str) -> Result<Vec<String>, DirectoryError> {
        let mut ldap = self.service().await?;
        let members = match &self.settings.membership {
            None => Vec::new(),
            Some(Membership::GroupSearch { base_dn, filter }) => {
                self.listed_members(&mut ldap, base_dn, filter, group)
                    .await?
            }
            Some(Membership::MemberOf { attribute }) => {
                self.members_by_back_link(&mut ldap, attribute, group)
                    .await?
            }
        };
        let mut mail = Vec::new();
        for dn in members.iter().take(MAX_MEMBERS) {
            mail.extend(self.mail_of(&mut ldap, dn).await?);
        }
        self.release(ldap);
        mail.sort();
        mail.dedup();
        Ok(mail)
    }

    /// Group entries list their members (`member={dn}` in the filter): the group is found
    /// with the filter's member test made a presence test, and its member DNs read.
    async fn listed_members(
        &self,
        ldap: &mut Ldap,
        base_dn: &str,
        filter: &str,
        group: &str,
    ) -> Result<Vec<String>, DirectoryError> {
        let Some(attribute) = member_attribute(filter) else {
            return Err(unavailable(
                "the group filter has no (attribute={dn}) test to list members by",
            ));
        };
        let filter = filter
            .replace("{group}", &ldap_escape(group))
            .replace("{dn}", "*");
        let entries = self
            .search(
                ldap,
                base_dn,
                Scope::Subtree,
                &filter,
                vec![attribute.clone()],
            )
            .await?;
        Ok(entries.iter().flat_map(|e| values(e, &attribute)).collect())
    }

    /// Users carry their groups (`memberOf`): the group's DN is found by name, then the users
    /// whose back-link names it.
    async fn members_by_back_link(
        &self,
        ldap: &mut Ldap,
        attribute: &str,
        group: &str,
    ) -> Result<Vec<String>, DirectoryError> {
        let base = self.settings.base_dn.clone();
        let group_filter = format!(
            "(&(cn={})(|(objectClass=group)(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)))",
            ldap_escape(group)
        );
        let groups = self
            .search(
                ldap,
                &base,
                Scope::Subtree,
                &group_filter,
                vec!["1.1".into()],
            )
            .await?;
        let mut members = Vec::new();
        for g in groups {
            let filter = format!("({attribute}={})", ldap_escape(&g.dn));
            let users = self
                .search(ldap, &base, Scope::Subtree, &filter, vec!["1.1".into()])
                .await?;
            members.extend(users.into_iter().map(|u| u.dn));
        }
        Ok(members)
    }

    async fn mail_of(&self, ldap: &mut Ldap, dn: &str) -> Result<Vec<String>, DirectoryError> {
        let attribute = self.settings.attributes.mail.clone();
        let entries = self
            .search(
                ldap,
                dn,
                Scope::Base,
                "(objectClass=*)",
                vec![attribute.clone()],
            )
            .await?;
        Ok(entries.iter().flat_map(|e| values(e, &attribute)).collect())
    }

    async fn search(
        &self,
        ldap: &mut Ldap,
        base: &str,
        scope: Scope,
        filter: &str,
        attributes: Vec<String>,
    ) -> Result<Vec<SearchEntry>, DirectoryError> {
        let (entries, _) = self
            .step(
                "group members",
                ldap.search(base, scope, filter, attributes),
            )
            .await?
            .success()
            .map_err(|e| unavailable(format!("group members: {e}")))?;
        Ok(entries.into_iter().map(SearchEntry::construct).collect())
    }
}

/// `member` in `(&(objectClass=groupOfNames)(cn={group})(member={dn}))`.
fn member_attribute(filter: &str) -> Option<String> {
    let (before, _) = filter.split_once("={dn}")?;
    let name = before.rsplit('(').next()?.trim();
    (!name.is_empty()).then(|| name.to_string())
}

fn values(entry: &SearchEntry, attribute: &str) -> Vec<String> {
    entry
        .attrs
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(attribute))
        .flat_map(|(_, v)| v.iter().cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::member_attribute;

    #[test]
    fn the_member_attribute_comes_from_the_filter() {
        let f = "(&(objectClass=groupOfNames)(cn={group})(member={dn}))";
        assert_eq!(member_attribute(f).as_deref(), Some("member"));
        let u = "(&(cn={group})(uniqueMember={dn}))";
        assert_eq!(member_attribute(u).as_deref(), Some("uniqueMember"));
        assert_eq!(member_attribute("(cn={group})"), None);
    }
}
