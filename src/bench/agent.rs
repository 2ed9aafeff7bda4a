//! A writeback agent for the benchmark's agent rows: this same binary (`sspr agent`) as a
//! child process, enrolled with a fresh token, with slapd in its own chain.

use crate::directory::settings::TargetSettings;
use crate::store::Store;
use anyhow::Context;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;
use tokio::process::{Child, Command};

#[derive(serde::Serialize)]
struct Chain<'a> {
    targets: &'a [TargetSettings],
}

/// Enrols and starts an agent for the tenant at `portal` (`http://…/t/SLUG`), and waits (at
/// most 30 s) until the portal has seen it.
pub async fn start(
    store: &Store,
    tenant_id: &str,
    portal: &str,
    dir: &Path,
    targets: &[TargetSettings],
) -> anyhow::Result<Child> {
    let now = crate::clock::Clock::default().now();
    let token = store
        .create_agent_enrolment(tenant_id, "sspr bench", now, now + 3600)
        .await?;
    let dir = dir.join("agent");
    std::fs::create_dir_all(&dir)?;
    let config = format!(
        "portal = {portal:?}\nkey_file = {:?}\nname = \"bench\"\nenrolment_token = {token:?}\n\n{}",
        dir.join("agent.key").display().to_string(),
        toml::to_string(&Chain { targets })?
    );
    let file = dir.join("agent.toml");
    crate::security::key_files::write_private(&file, config.as_bytes(), "the agent configuration")?;
    let log = std::fs::File::create(dir.join("agent.log"))?;
    let child = Command::new(std::env::current_exe()?)
        .arg("agent")
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .context("starting the agent")?;
    for _ in 0..300 {
        let agents = store.agents(tenant_id).await?;
        if agents.iter().any(|a| a.last_seen_at.is_some()) {
            // Its first poll is open a moment after it is seen.
            tokio::time::sleep(Duration::from_millis(200)).await;
            return Ok(child);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!(
        "the agent didn't connect; see {}",
        dir.join("agent.log").display()
    )
}
