//! The portal under test: this same binary, started as a child process (`serve`) with a config
//! file, so its memory is measured on its own from `/proc`.

use anyhow::Context;
use std::path::Path;
use std::process::Stdio;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// A running portal process.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub origin: String,
}

impl Server {
    /// Starts `sspr serve` with `config` (TOML) written to `dir`, and waits for its address.
    pub async fn start(config: &str, dir: &Path) -> anyhow::Result<Server> {
        let file = dir.join("sspr.toml");
        std::fs::write(&file, config)?;
        let log = std::fs::File::create(dir.join("server.log"))?;
        let mut child = Command::new(std::env::current_exe()?)
            .arg("--config")
            .arg(&file)
            .arg("serve")
            .env_remove("SSPR_DATABASE_URL")
            .env_remove("SSPR_LISTEN")
            .stdout(Stdio::piped())
            .stderr(log)
            .kill_on_drop(true)
            .spawn()
            .context("starting the portal")?;
        let stdout = child.stdout.take().context("the portal's output")?;
        let mut lines = BufReader::new(stdout).lines();
        let first = tokio::time::timeout(std::time::Duration::from_secs(60), lines.next_line())
            .await
            .context("the portal did not start within 60 s")??
            .with_context(|| {
                format!(
                    "the portal exited; see {}",
                    dir.join("server.log").display()
                )
            })?;
        let origin = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .map(|u| u.trim_end_matches('/').to_string())
            .with_context(|| format!("unexpected first line from the portal: {first}"))?;
        // Keep reading (and dropping) its standard output so it never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Ok(Server { child, origin })
    }

    /// A memory figure of the process in MB: `VmHWM` (peak) or `VmRSS` (now).
    pub fn memory_mb(&self, field: &str) -> f64 {
        let Some(pid) = self.child.id() else {
            return 0.0;
        };
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    }

    /// CPU seconds the process has used so far (user + system).
    pub fn cpu_secs(&self) -> f64 {
        let Some(pid) = self.child.id() else {
            return 0.0;
        };
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Fields after the command name (which may hold spaces) closes with ')'.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
        let ticks = |i: usize| {
            fields
                .get(i)
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        // utime and stime are fields 14 and 15 of the line, 11 and 12 after the name; 100 Hz.
        (ticks(11) + ticks(12)) / 100.0
    }

    pub fn peak_rss_mb(&self) -> f64 {
        self.memory_mb("VmHWM")
    }

    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}
