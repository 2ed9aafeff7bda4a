//! `sspr tenant …` and `sspr policy …`: tenants and their policies from the command line.

use super::{PolicyCommand, TenantCommand};
use crate::domain::policy::Policy;
use crate::store::Store;
use crate::store::tenants::Tenant;
use anyhow::{Context, bail};
use serde_json::Value;

pub async fn tenant(store: &Store, cmd: TenantCommand, now: i64) -> anyhow::Result<()> {
    match cmd {
        TenantCommand::Add { slug, name, host } => {
            if slug.is_empty()
                || !slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                bail!("a slug uses lower-case letters, digits and dashes only");
            }
            let t = store
                .create_tenant(&slug, &name, host.map(|h| h.to_lowercase()).as_deref(), now)
                .await?;
            println!("created tenant {} ({}) at /t/{}", t.slug, t.name, t.slug);
        }
        TenantCommand::List => {
            for t in store.tenants().await? {
                println!(
                    "{}\t{}\t{}",
                    t.slug,
                    t.host.as_deref().unwrap_or("-"),
                    t.name
                );
            }
        }
    }
    Ok(())
}

pub async fn find(store: &Store, slug: &str) -> anyhow::Result<Tenant> {
    store
        .tenant_by_slug(slug)
        .await?
        .with_context(|| format!("no tenant {slug:?} (see `sspr tenant list`)"))
}

pub async fn policy(store: &Store, cmd: PolicyCommand) -> anyhow::Result<()> {
    match cmd {
        PolicyCommand::Show { slug } => {
            let t = find(store, &slug).await?;
            print!("{}", toml::to_string_pretty(&t.policy)?);
        }
        PolicyCommand::Set { slug, key, value } => {
            let mut t = find(store, &slug).await?;
            t.policy = set_field(&t.policy, &key, &value)?;
            store.update_tenant(&t).await?;
            println!("{slug}: {key} updated");
        }
        PolicyCommand::Load { slug, file } => {
            let mut t = find(store, &slug).await?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let policy: Policy =
                toml::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
            policy.validate().map_err(anyhow::Error::msg)?;
            t.policy = policy;
            store.update_tenant(&t).await?;
            println!("{slug}: policy loaded from {}", file.display());
        }
        PolicyCommand::Rename { slug, name } => {
            let mut t = find(store, &slug).await?;
            t.name = name;
            store.update_tenant(&t).await?;
            println!("{slug}: renamed");
        }
    }
    Ok(())
}

/// Sets one dotted field of the policy; the value is JSON if it parses as JSON, else a string.
pub fn set_field(policy: &Policy, key: &str, raw: &str) -> anyhow::Result<Policy> {
    let mut root = serde_json::to_value(policy)?;
    let value = serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()));
    let mut node = &mut root;
    let parts: Vec<&str> = key.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let Value::Object(map) = node else {
            bail!("{key}: {} is not a section", parts[..i].join("."))
        };
        let known: Vec<String> = map.keys().cloned().collect();
        let Some(child) = map.get_mut(*part) else {
            bail!(
                "{key}: unknown field {part:?}; known here: {}",
                known.join(", ")
            );
        };
        node = child;
    }
    *node = value;
    let updated: Policy = serde_json::from_value(root)
        .with_context(|| format!("{key}: value {raw:?} doesn't fit"))?;
    updated.validate().map_err(anyhow::Error::msg)?;
    Ok(updated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::{Method, Privacy};

    #[test]
    fn sets_nested_fields_and_validates() {
        let p = Policy::default();
        let p = set_field(&p, "gates", "2").unwrap();
        assert_eq!(p.gates, 2);
        let p = set_field(&p, "password.min_length", "12").unwrap();
        assert_eq!(p.password.min_length, 12);
        let p = set_field(&p, "privacy", "helpful").unwrap();
        assert_eq!(p.privacy, Privacy::Helpful);
        let p = set_field(&p, "methods", r#"["email","office_voice"]"#).unwrap();
        assert_eq!(p.methods, vec![Method::Email, Method::OfficeVoice]);
        assert!(set_field(&p, "gates", "3").is_err());
        assert!(set_field(&p, "nope", "1").is_err());
        assert!(set_field(&p, "password.nope", "1").is_err());
    }
}
