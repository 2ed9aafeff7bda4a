//! The agent's own TOML configuration: where the portal is, where the agent's key lives, the
//! enrolment token for its first start, optionally the CA to pin the portal's certificate to,
//! and the directory chain the agent writes to, as `[[targets]]` tables like those of
//! `sspr directory load` (LDAP, Active Directory, webhook).

use crate::directory::settings::{DirectorySettings, TargetSettings};
use anyhow::Context;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentConfig {
    /// The portal's address for this organisation, like `https://portal.example.com/t/acme`.
    pub portal: String,
    /// The agent's private key: made at first start, readable by the agent's user only.
    pub key_file: PathBuf,
    /// How the agent appears in `sspr agents list`.
    pub name: String,
    /// Used once, at the first start, to enrol the agent's key (`sspr agent-token create`).
    #[serde(default)]
    pub enrolment_token: Option<String>,
    /// A PEM file of the CA that signed the portal's certificate: only it is trusted then.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// Seconds between heartbeats (the portal's advice when not set).
    #[serde(default)]
    pub heartbeat_secs: Option<u64>,
    /// The agent's own chain: where it looks users up and writes passwords.
    #[serde(default)]
    pub targets: Vec<TargetSettings>,
}

impl AgentConfig {
    pub fn load(path: &Path) -> anyhow::Result<AgentConfig> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the agent configuration {}", path.display()))?;
        let config: AgentConfig = toml::from_str(&text)
            .with_context(|| format!("reading the agent configuration {}", path.display()))?;
        config.check()?;
        if !config.targets.is_empty() {
            // Its targets hold the service account's password: as private as the key.
            crate::security::key_files::read_private(path, "the agent configuration")?;
        }
        Ok(config)
    }

    /// Refuses a portal address that would send the agent's answers in clear to another host.
    fn check(&self) -> anyhow::Result<()> {
        let url = reqwest::Url::parse(&self.portal)
            .with_context(|| format!("portal = {:?} isn't an address", self.portal))?;
        let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
        if !(url.scheme() == "https" || (url.scheme() == "http" && loopback)) {
            anyhow::bail!(
                "portal = {:?} must start with https:// (plain http:// only to this machine)",
                self.portal
            );
        }
        if self.name.trim().is_empty() || self.name.chars().count() > 80 {
            anyhow::bail!("name must be one line of 1 to 80 characters, like \"dc-site-1\"");
        }
        if self.heartbeat_secs.is_some_and(|s| !(1..=300).contains(&s)) {
            anyhow::bail!("heartbeat_secs must be from 1 to 300");
        }
        for (i, target) in self.targets.iter().enumerate() {
            if matches!(target, TargetSettings::Embedded | TargetSettings::Agent(_)) {
                anyhow::bail!(
                    "target {}: an agent writes to LDAP, Active Directory or a webhook (kind = \"ldap\", \"active_directory\" or \"webhook\"); the portal keeps the embedded directory",
                    i + 1
                );
            }
        }
        if !self.targets.is_empty() {
            let chain = DirectorySettings {
                targets: self.targets.clone(),
            };
            chain
                .validate()
                .map_err(|e| anyhow::anyhow!(crate::i18n::Lang::En.text(&e)))?;
        }
        Ok(())
    }

    /// The address of one of the portal's agent endpoints.
    pub fn endpoint(&self, name: &str) -> String {
        format!("{}/agent/v1/{name}", self.portal.trim_end_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(portal: &str) -> AgentConfig {
        AgentConfig {
            portal: portal.into(),
            key_file: "agent.key".into(),
            name: "dc-site-1".into(),
            enrolment_token: None,
            ca_file: None,
            heartbeat_secs: None,
            targets: Vec::new(),
        }
    }

    #[test]
    fn the_portal_is_reached_over_https_except_on_this_machine() {
        assert!(config("https://portal.example.com/t/acme").check().is_ok());
        assert!(config("http://127.0.0.1:8080/t/acme").check().is_ok());
        assert!(config("http://portal.example.com/t/acme").check().is_err());
        assert!(config("portal.example.com").check().is_err());
        assert_eq!(
            config("https://portal.example.com/t/acme/").endpoint("enrol"),
            "https://portal.example.com/t/acme/agent/v1/enrol"
        );
    }

    #[test]
    fn the_agent_s_chain_is_read_like_a_directory_file() {
        let text = r#"
            portal = "https://portal.example.com/t/acme"
            key_file = "/var/lib/sspr-agent/agent.key"
            name = "dc-site-1"

            [[targets]]
            kind = "active_directory"
            url = "ldaps://dc1.corp.example:636"
            bind_dn = "CN=sspr,OU=Service,DC=corp,DC=example"
            bind_password = "svc-secret"
            base_dn = "DC=corp,DC=example"
        "#;
        let config: AgentConfig = toml::from_str(text).unwrap();
        config.check().unwrap();
        assert_eq!(config.targets.len(), 1);
        assert!(!format!("{config:?}").contains("svc-secret"));
        let mut embedded = config;
        embedded.targets = vec![TargetSettings::Embedded];
        assert!(embedded.check().is_err());
        embedded.targets = vec![TargetSettings::Agent(Default::default())];
        assert!(embedded.check().is_err());
    }
}
