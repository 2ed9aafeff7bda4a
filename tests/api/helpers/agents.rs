//! Writeback agents in tests: `sspr agent` as a separate process with its own configuration
//! (and, for writeback, its own directory chain), enrolled with a fresh token.

use super::TestApp;
use sspr::directory::settings::TargetSettings;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

/// A directory of its own for one agent: its configuration, key file and log.
pub fn agent_dir(app: &TestApp, name: &str) -> PathBuf {
    let dir = app.dir.join(format!("agent-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[derive(serde::Serialize)]
struct Chain<'a> {
    targets: &'a [TargetSettings],
}

/// Writes the agent's configuration: the portal's address for `acme`, its key file, the
/// token if given, `extra` lines, then its own `[[targets]]`.
pub fn write_agent_config(
    app: &TestApp,
    dir: &Path,
    token: Option<&str>,
    extra: &str,
    targets: &[TargetSettings],
) -> PathBuf {
    let token = token.map_or(String::new(), |t| format!("enrolment_token = {t:?}\n"));
    let chain = toml::to_string(&Chain { targets }).unwrap();
    let config = format!(
        "portal = \"http://{}/t/acme\"\nkey_file = {:?}\nname = {:?}\n{token}{extra}\n{chain}",
        app.addr,
        dir.join("agent.key"),
        dir.file_name()
            .unwrap()
            .to_string_lossy()
            .trim_start_matches("agent-"),
    );
    let path = dir.join("agent.toml");
    std::fs::write(&path, config).unwrap();
    // It holds the service account's password: the agent refuses it readable by all.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

/// Starts `sspr agent CONFIG`; what it logs is piped.
pub fn start_agent(config: &Path) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_sspr"))
        .args(["agent", config.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

pub async fn new_agent_token(app: &TestApp, hours: i64) -> String {
    let now = app.clock.now();
    app.state
        .store
        .create_agent_enrolment(&app.tenant.id, "test", now, now + hours * 3600)
        .await
        .unwrap()
}

/// An agent running with its log in a file, enrolled and polling for jobs.
pub struct RunningAgent {
    pub child: tokio::process::Child,
    pub id: String,
    pub log: PathBuf,
}

impl RunningAgent {
    /// Everything the agent logged so far.
    pub fn logged(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Freezes the process (SIGSTOP): its open connections stay open, and it does nothing.
    pub fn freeze(&self) {
        let pid = self.child.id().unwrap().to_string();
        let status = std::process::Command::new("kill")
            .args(["-STOP", &pid])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

/// Starts an agent named `name` with `targets`, logging at debug level, and waits (at most
/// 20 s) until it is enrolled and has a poll open on the portal.
pub async fn connected_agent(
    app: &TestApp,
    name: &str,
    extra: &str,
    targets: &[TargetSettings],
) -> RunningAgent {
    let dir = agent_dir(app, name);
    let token = new_agent_token(app, 1).await;
    let config = write_agent_config(app, &dir, Some(&token), extra, targets);
    let log = dir.join("agent.log");
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_sspr"))
        .args(["agent", config.to_str().unwrap()])
        .env("RUST_LOG", "debug")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    for _ in 0..200 {
        let agents = app.state.store.agents(&app.tenant.id).await.unwrap();
        if let Some(a) = agents.iter().find(|a| a.name == name)
            && app.state.agent_hub.is_polling(&a.id)
        {
            return RunningAgent {
                child,
                id: a.id.clone(),
                log,
            };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "agent {name} didn't connect: {}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
}
