//! `sspr agent --check CONFIG [--user ID]`: the same ok / note / FAIL lines as
//! `sspr directory test`, run where the agent runs: its configuration, its key, the portal
//! (reachable, and this key enrolled), then each target of its own chain.

use super::client::{Agent, Failure};
use super::config::AgentConfig;
use super::crypto::AgentKey;
use crate::directory::{Check, CheckLine};
use crate::domain::user_id::UserId;
use std::path::Path;

/// Prints the checks; an error if any failed.
pub async fn run(path: &Path, user: Option<&str>) -> anyhow::Result<()> {
    let user = user
        .map(UserId::parse)
        .transpose()
        .map_err(|e| anyhow::anyhow!("user: {e}"))?;
    let lines = checks(path, user.as_ref()).await;
    for (what, check) in &lines {
        println!("{:<5} {what}: {}", check.label(), check.detail());
    }
    if lines.iter().any(|(_, c)| c.is_failed()) {
        anyhow::bail!("the agent is not ready as configured");
    }
    println!("every check passed");
    Ok(())
}

/// The check lines, in order; a configuration that can't be read is the only line.
pub async fn checks(path: &Path, user: Option<&UserId>) -> Vec<CheckLine> {
    let config = match AgentConfig::load(path) {
        Ok(config) => config,
        Err(e) => return vec![("configuration".into(), Check::Failed(format!("{e:#}")))],
    };
    let mut lines = vec![(
        "configuration".to_string(),
        Check::Passed(format!(
            "{} ({} targets)",
            path.display(),
            config.targets.len()
        )),
    )];
    if config.targets.is_empty() {
        lines.push((
            "targets".into(),
            Check::Failed("no [[targets]]: the agent has nowhere to look users up or write".into()),
        ));
    }
    let targets = config.targets.clone();
    lines.extend(portal_lines(config).await);
    for (i, target) in targets.iter().enumerate() {
        lines.extend(crate::cli::directory::probe_target(i + 1, target, None, user).await);
    }
    lines
}

/// The key's line and the portal's: reachable, and this key enrolled (proved as at start).
async fn portal_lines(config: AgentConfig) -> Vec<CheckLine> {
    let portal = config.portal.clone();
    if !config.key_file.exists() {
        let key = Check::Note(format!(
            "no key yet at {}: it is made at the first start",
            config.key_file.display()
        ));
        let enrol = match config.enrolment_token {
            Some(_) => Check::Note(format!(
                "{portal}: not checked; the first start enrols the new key with enrolment_token"
            )),
            None => Check::Failed(format!(
                "{portal}: no key and no enrolment_token: make a token with sspr agent-token create"
            )),
        };
        return vec![("key".into(), key), ("portal".into(), enrol)];
    }
    let key = match AgentKey::load_or_create(&config.key_file) {
        Ok(key) => key,
        Err(e) => return vec![("key".into(), Check::Failed(format!("{e:#}")))],
    };
    let id = key.public().agent_id();
    let key_line = (
        "key".to_string(),
        Check::Passed(format!("agent {id} ({})", config.key_file.display())),
    );
    let has_token = config.enrolment_token.is_some();
    let agent = match Agent::for_check(config, key) {
        Ok(agent) => agent,
        Err(e) => return vec![key_line, ("portal".into(), Check::Failed(format!("{e:#}")))],
    };
    let portal_line = match agent.prove().await {
        Ok(_) => Check::Passed(format!(
            "{portal}: reachable, and this agent's key is enrolled"
        )),
        Err(Failure::Refused { code, .. }) if code == "agent_unknown" && has_token => {
            Check::Note(format!(
                "{portal}: reachable; the key isn't enrolled yet: the next start enrols it with enrolment_token"
            ))
        }
        Err(Failure::Refused { code, message }) => Check::Failed(format!(
            "{portal}: reachable, but it refuses this agent ({code}): {message}"
        )),
        Err(Failure::Unreachable(why)) => Check::Failed(format!("{portal}: {why}")),
    };
    vec![key_line, ("portal".into(), portal_line)]
}
