//! A throwaway Samba AD DC: provisioned once per test run from `tests/fixtures/samba/setup.sh`
//! (about 9 s), then started fresh for each test from a copy of the provisioned database.
//! AD's ports are fixed (389/636), so tests using it run one at a time, and it needs root.

use super::servers::unavailable;
use sspr::directory::settings::{ConfigSecret, LdapAttributes, LdapSettings, Membership};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tokio::sync::{Mutex, MutexGuard, OnceCell};

pub const BASE: &str = "DC=example,DC=test";

/// The provisioned template, or why there is none.
async fn provisioned(password: &str) -> &'static Result<PathBuf, String> {
    static TEMPLATE: OnceCell<Result<PathBuf, String>> = OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            if !Path::new("/usr/sbin/samba").exists() {
                return Err("samba is not installed (apt-get install samba-ad-dc)".into());
            }
            if !nix_is_root() {
                return Err("Samba AD DC needs root (fixed ports 389/636)".into());
            }
            remove_earlier_templates();
            let dir = std::env::temp_dir().join(format!("sspr-samba-{}", uuid::Uuid::new_v4()));
            let script =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samba/setup.sh");
            let (dir2, password) = (dir.clone(), password.to_string());
            let out = tokio::task::spawn_blocking(move || {
                Command::new("bash")
                    .arg(&script)
                    .arg(&dir2)
                    .arg(&password)
                    .output()
            })
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
            if !out.status.success() {
                return Err(format!(
                    "provisioning failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            copy_dir(&dir.join("private"), &dir.join("private.provisioned"))?;
            Ok(dir)
        })
        .await
}

/// Templates of earlier runs (a few tens of MB each) are removed before provisioning anew.
fn remove_earlier_templates() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with("sspr-samba-")
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn nix_is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(to);
    let ok = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .map_err(|e| e.to_string())?
        .success();
    if ok {
        Ok(())
    } else {
        Err(format!("copying {}", from.display()))
    }
}

/// A running Samba AD DC with freshly provisioned data; only one at a time.
pub struct Samba {
    dir: PathBuf,
    child: Option<Child>,
    _turn: MutexGuard<'static, ()>,
}

static TURN: Mutex<()> = Mutex::const_new(());

impl Samba {
    /// Starts Samba from the provisioned data; None (skipped) when it can't run here.
    pub async fn start(password: &str) -> Option<Samba> {
        let turn = TURN.lock().await;
        let dir = match provisioned(password).await {
            Ok(dir) => dir.clone(),
            Err(why) => return unavailable("Samba AD DC", why),
        };
        if std::net::TcpStream::connect("127.0.0.1:636").is_ok() {
            return unavailable("Samba AD DC", "port 636 is already taken");
        }
        copy_dir(&dir.join("private.provisioned"), &dir.join("private")).unwrap();
        let mut samba = Samba {
            dir,
            child: None,
            _turn: turn,
        };
        samba.run().await;
        Some(samba)
    }

    async fn run(&mut self) {
        let child = Command::new("/usr/sbin/samba")
            .args(["-F", "-M", "single", "--no-process-group", "-s"])
            .arg(self.dir.join("etc/smb.conf"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting samba");
        self.child = Some(child);
        // Ready when a service bind over LDAPS works.
        let directory = sspr::directory::LdapDirectory::active_directory(self.settings());
        for _ in 0..150 {
            if directory
                .probe(None)
                .await
                .iter()
                .all(|(_, c)| !c.is_failed())
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("samba did not become ready");
    }

    /// Stops Samba (the "directory down" case).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        // Its ports are free again once the process is gone.
        for _ in 0..100 {
            if std::net::TcpStream::connect("127.0.0.1:636").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub async fn restart(&mut self) {
        self.run().await;
    }

    /// samba-tool on the (stopped) server's database; its standard output.
    fn tool(&self, args: &[&str]) -> String {
        let out = Command::new("samba-tool")
            .args(args)
            .arg("-s")
            .arg(self.dir.join("etc/smb.conf"))
            .arg("-H")
            .arg(self.dir.join("private/sam.ldb"))
            .output()
            .expect("running samba-tool");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn attribute(&self, user: &str, name: &str) -> String {
        let shown = self.tool(&["user", "show", user, &format!("--attributes={name}")]);
        shown
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
            .unwrap_or_default()
            .to_string()
    }

    /// Sets the domain's minimum password age.
    pub async fn set_min_password_age_days(&mut self, days: u32) {
        self.stop();
        self.tool(&[
            "domain",
            "passwordsettings",
            "set",
            &format!("--min-pwd-age={days}"),
        ]);
        self.run().await;
    }

    /// Denies the service account writing `lockoutTime` on one user (it may still reset).
    pub async fn deny_unlock_of(&mut self, user: &str) {
        self.stop();
        let sid = self.attribute("pwreset", "objectSid");
        self.add_aces(
            user,
            &format!("(OD;;WP;28630ebf-41d5-11d1-a9c1-0000f80367c1;;{sid})"),
        );
        self.run().await;
    }

    /// Ticks "User cannot change password" for one user, as ADUC does: "Change Password"
    /// denied to Everyone and to the user (SELF).
    pub async fn deny_own_change_of(&mut self, user: &str) {
        self.stop();
        let right = "ab721a53-1e2f-11d0-9819-00aa0040529b";
        self.add_aces(user, &format!("(OD;;CR;{right};;WD)(OD;;CR;{right};;PS)"));
        self.run().await;
    }

    /// Adds ACEs (SDDL) to a user's DACL, on the stopped server's database.
    fn add_aces(&self, user: &str, sddl: &str) {
        let dn = self.attribute(user, "distinguishedName");
        self.tool(&[
            "dsacl",
            "set",
            &format!("--objectdn={dn}"),
            &format!("--sddl={sddl}"),
        ]);
    }

    /// Replaces attributes of a user's entry as the domain's administrator, over LDAPS.
    pub async fn set_attributes(&self, user: &str, values: &[(&str, &str)]) {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let settings = ldap3::LdapConnSettings::new().set_no_tls_verify(true);
        let (conn, mut ldap) =
            ldap3::LdapConnAsync::with_settings(settings, "ldaps://127.0.0.1:636")
                .await
                .unwrap();
        ldap3::drive!(conn);
        let admin = self.read("admin-password");
        let bound = ldap.simple_bind("Administrator@EXAMPLE.TEST", &admin).await;
        assert_eq!(bound.unwrap().rc, 0);
        let filter = format!("(sAMAccountName={user})");
        let found = ldap.search(BASE, ldap3::Scope::Subtree, &filter, vec!["1.1"]);
        let (entries, _) = found.await.unwrap().success().unwrap();
        let dn = ldap3::SearchEntry::construct(entries.into_iter().next().unwrap()).dn;
        let mods = values
            .iter()
            .map(|(name, value)| {
                ldap3::Mod::Replace(*name, std::collections::HashSet::from([*value]))
            })
            .collect();
        let r = ldap.modify(&dn, mods).await.unwrap();
        assert_eq!(r.rc, 0, "{}", r.text);
        let _ = ldap.unbind().await;
    }

    /// Unlocks a user as the domain's administrator would.
    pub async fn unlock_as_admin(&mut self, user: &str) {
        self.stop();
        self.tool(&["user", "unlock", user]);
        self.run().await;
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name))
            .unwrap()
            .trim()
            .to_string()
    }

    /// The portal's settings: LDAPS with the fixture's CA, the delegated service account.
    pub fn settings(&self) -> LdapSettings {
        LdapSettings {
            url: "ldaps://127.0.0.1:636".into(),
            starttls: false,
            ca_file: Some(self.dir.join("tls/ca.pem").display().to_string()),
            bind_dn: "pwreset@EXAMPLE.TEST".into(),
            bind_password: ConfigSecret::new(self.read("service-password")),
            base_dn: BASE.into(),
            user_filter: sspr::directory::ad::OPENLDAP_FILTER.into(),
            attributes: LdapAttributes::default(),
            membership: Some(Membership::MemberOf {
                attribute: "memberOf".into(),
            }),
            timeout_secs: 5,
            policy_hints: false,
            policy_dn: None,
            portal_history: 0,
            insecure_plaintext: false,
        }
    }

    /// Whether Samba accepts this password: a real simple bind as `user@EXAMPLE.TEST`.
    pub async fn bind_works(&self, user: &str, password: &str) -> bool {
        self.bind_refusal(user, password).await.is_none()
    }

    /// Why Samba refuses a simple bind as `user@EXAMPLE.TEST` (AD's text, with its `data`
    /// code), or `None` if it accepts it.
    pub async fn bind_refusal(&self, user: &str, password: &str) -> Option<String> {
        let mut s = self.settings();
        s.bind_dn = format!("{user}@EXAMPLE.TEST");
        s.bind_password = ConfigSecret::new(password);
        let d = sspr::directory::LdapDirectory::active_directory(s);
        d.probe(None)
            .await
            .into_iter()
            .find(|(_, c)| c.is_failed())
            .map(|(_, c)| c.detail().to_string())
    }

    /// Locks the account with real failed binds (the policy locks after 3).
    pub async fn lock_by_failed_binds(&self, user: &str) {
        for _ in 0..3 {
            assert!(!self.bind_works(user, "not-the-password").await);
        }
    }
}

impl Drop for Samba {
    fn drop(&mut self) {
        self.stop();
    }
}
