//! A throwaway slapd for the LDAP rows, from the test fixture (`tests/fixtures/slapd/setup.sh`)
//! with the benchmark's users added; only in a checkout, with Debian's slapd installed.

use crate::directory::settings::{ConfigSecret, LdapAttributes, LdapSettings};
use anyhow::{Context, bail};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const SUFFIX: &str = "dc=example,dc=org";
const SETUP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/slapd/setup.sh");

/// A running slapd; stopped when dropped.
pub struct Slapd {
    child: Child,
    dir: PathBuf,
    port: u16,
}

impl Drop for Slapd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Why there is no slapd to run against, if there isn't.
pub fn missing() -> Option<String> {
    if !Path::new("/usr/sbin/slapd").exists() {
        return Some("slapd is not installed (apt-get install slapd ldap-utils)".into());
    }
    if !Path::new(SETUP).exists() {
        return Some(format!(
            "the fixture {SETUP} is not here (run from a checkout)"
        ));
    }
    None
}

impl Slapd {
    /// Prepares the fixture in `dir` with `users` more users, and starts slapd on a free port.
    pub async fn start(dir: &Path, users: usize) -> anyhow::Result<Slapd> {
        let dir = dir.join("slapd");
        let setup = Command::new("bash")
            .arg(SETUP)
            .arg(&dir)
            .arg(format!("Bench-Start-{}", std::process::id()))
            .arg(users.to_string())
            .output()
            .context("running the slapd fixture")?;
        if !setup.status.success() {
            bail!("slapd fixture: {}", String::from_utf8_lossy(&setup.stderr));
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = Command::new("/usr/sbin/slapd")
            .args(["-d", "0", "-f"])
            .arg(dir.join("slapd.conf"))
            .args(["-h", &format!("ldap://127.0.0.1:{port}/")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting slapd")?;
        for _ in 0..400 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Ok(Slapd { child, dir, port });
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        bail!("slapd did not start")
    }

    /// The portal's settings: plain LDAP on loopback, the fixture's service account.
    pub fn settings(&self) -> anyhow::Result<LdapSettings> {
        let password = std::fs::read_to_string(self.dir.join("service-password"))?;
        Ok(LdapSettings {
            url: format!("ldap://127.0.0.1:{}", self.port),
            starttls: false,
            ca_file: None,
            bind_dn: format!("cn=pwreset,ou=services,{SUFFIX}"),
            bind_password: ConfigSecret::new(password.trim()),
            base_dn: SUFFIX.to_string(),
            user_filter: "(&(objectClass=inetOrgPerson)(uid={user}))".to_string(),
            attributes: LdapAttributes::default(),
            membership: None,
            timeout_secs: 5,
            policy_hints: false,
            policy_dn: None,
            portal_history: 0,
            insecure_plaintext: false,
        })
    }
}
