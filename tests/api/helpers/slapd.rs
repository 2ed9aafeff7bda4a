//! A throwaway OpenLDAP server per test: `tests/fixtures/slapd/setup.sh` prepares it (mdb,
//! ppolicy with a 16-character minimum, history 3, lockout after 3 failures; a service account
//! with reset rights on ou=people only), and the harness runs slapd on free loopback ports.

use super::servers::unavailable;
use sspr::directory::settings::{ConfigSecret, LdapAttributes, LdapSettings, Membership};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const SUFFIX: &str = "dc=example,dc=org";

/// A running slapd, stopped and deleted when dropped.
pub struct Slapd {
    dir: PathBuf,
    child: Option<Child>,
    pub ldap_port: u16,
    pub ldaps_port: u16,
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn slapd_binary() -> Option<&'static str> {
    ["/usr/sbin/slapd", "/usr/local/sbin/slapd"]
        .into_iter()
        .find(|p| Path::new(p).exists())
}

/// Whether slapd is installed; false (skipped) or a failure, as `unavailable` says.
pub fn installed() -> bool {
    slapd_binary().is_some() || unavailable::<()>("slapd", "not installed").is_some()
}

impl Slapd {
    /// Prepares and starts a server; None (skipped) when slapd isn't installed.
    pub async fn start(password: &str) -> Option<Slapd> {
        let Some(binary) = slapd_binary() else {
            return unavailable("slapd", "not installed (apt-get install slapd ldap-utils)");
        };
        let dir = std::env::temp_dir().join(format!("sspr-slapd-{}", uuid::Uuid::new_v4()));
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/slapd/setup.sh");
        let setup = Command::new("bash")
            .arg(&script)
            .arg(&dir)
            .arg(password)
            .output()
            .expect("running the slapd fixture script");
        assert!(
            setup.status.success(),
            "slapd fixture: {}",
            String::from_utf8_lossy(&setup.stderr)
        );
        let mut slapd = Slapd {
            dir,
            child: None,
            ldap_port: free_port(),
            ldaps_port: free_port(),
        };
        slapd.child = Some(slapd.spawn(binary));
        slapd.wait_ready().await;
        Some(slapd)
    }

    fn spawn(&self, binary: &str) -> Child {
        let urls = format!(
            "ldap://127.0.0.1:{}/ ldaps://127.0.0.1:{}/",
            self.ldap_port, self.ldaps_port
        );
        Command::new(binary)
            .args(["-d", "0", "-f"])
            .arg(self.dir.join("slapd.conf"))
            .args(["-h", &urls])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting slapd")
    }

    async fn wait_ready(&self) {
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", self.ldaps_port))
                .await
                .is_ok()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("slapd did not start");
    }

    /// Stops the server (the "directory down" case); the data stays for a restart.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the stopped server again on the same ports and data.
    pub async fn restart(&mut self) {
        let binary = slapd_binary().expect("slapd");
        self.child = Some(self.spawn(binary));
        self.wait_ready().await;
    }

    pub fn ca_file(&self) -> String {
        self.dir.join("ca.pem").display().to_string()
    }

    pub fn service_password(&self) -> String {
        std::fs::read_to_string(self.dir.join("service-password"))
            .unwrap()
            .trim()
            .to_string()
    }

    /// The portal's settings for this server: LDAPS with the fixture's CA, group search.
    pub fn settings(&self) -> LdapSettings {
        LdapSettings {
            url: format!("ldaps://127.0.0.1:{}", self.ldaps_port),
            starttls: false,
            ca_file: Some(self.ca_file()),
            bind_dn: format!("cn=pwreset,ou=services,{SUFFIX}"),
            bind_password: ConfigSecret::new(self.service_password()),
            base_dn: SUFFIX.to_string(),
            user_filter: "(&(objectClass=inetOrgPerson)(uid={user}))".to_string(),
            attributes: LdapAttributes::default(),
            membership: Some(Membership::GroupSearch {
                base_dn: format!("ou=groups,{SUFFIX}"),
                filter: "(&(objectClass=groupOfNames)(cn={group})(member={dn}))".to_string(),
            }),
            timeout_secs: 5,
            policy_hints: false,
            policy_dn: None,
            portal_history: 0,
            insecure_plaintext: false,
        }
    }

    /// The DN of a user in ou=people (or ou=admins for `ada`).
    pub fn dn(uid: &str) -> String {
        let ou = if uid == "ada" { "admins" } else { "people" };
        format!("uid={uid},ou={ou},{SUFFIX}")
    }

    /// Whether slapd accepts this password for the user and lets them work: a real simple bind
    /// over plain LDAP, then a read of their own entry.
    pub async fn bind_works(&self, uid: &str, password: &str) -> bool {
        self.sign_in(uid, password).await == (0, 0)
    }

    /// Whether slapd accepts this password but, like a client after ppolicy's "password must
    /// be changed", restricts the session to changing it.
    pub async fn must_change(&self, uid: &str, password: &str) -> bool {
        self.sign_in(uid, password).await == (0, 50)
    }

    /// The bind's result code, then the own-entry read's (or the bind's again if refused).
    async fn sign_in(&self, uid: &str, password: &str) -> (u32, u32) {
        let url = format!("ldap://127.0.0.1:{}", self.ldap_port);
        let (conn, mut ldap) = ldap3::LdapConnAsync::new(&url).await.unwrap();
        ldap3::drive!(conn);
        let dn = Slapd::dn(uid);
        let bound = ldap.simple_bind(&dn, password).await.unwrap().rc;
        let read = if bound == 0 {
            let found = ldap.search(&dn, ldap3::Scope::Base, "(objectClass=*)", vec!["1.1"]);
            found.await.unwrap().1.rc
        } else {
            bound
        };
        let _ = ldap.unbind().await;
        (bound, read)
    }

    /// Resets `uid`'s password through the portal's LDAP target (as the service account),
    /// marked "must change at next sign-in".
    pub async fn reset_must_change(&self, uid: &str, password: &str) {
        let directory = sspr::directory::LdapDirectory::new(self.settings());
        let id = sspr::domain::user_id::UserId::parse(uid).unwrap();
        let user = directory.find_user(&id).await.unwrap();
        let password = secrecy::SecretString::from(password);
        directory
            .set_password(&user, &password, true, false)
            .await
            .unwrap();
    }

    /// Who slapd says last modified the user's entry (`modifiersName`), read by the service
    /// account.
    pub async fn modifiers_name(&self, uid: &str) -> String {
        let url = format!("ldap://127.0.0.1:{}", self.ldap_port);
        let (conn, mut ldap) = ldap3::LdapConnAsync::new(&url).await.unwrap();
        ldap3::drive!(conn);
        let bind_dn = format!("cn=pwreset,ou=services,{SUFFIX}");
        let bound = ldap.simple_bind(&bind_dn, &self.service_password()).await;
        assert_eq!(bound.unwrap().rc, 0);
        let dn = Slapd::dn(uid);
        let found = ldap
            .search(
                &dn,
                ldap3::Scope::Base,
                "(objectClass=*)",
                vec!["modifiersName"],
            )
            .await
            .unwrap();
        let (entries, _) = found.success().unwrap();
        let _ = ldap.unbind().await;
        let entry = ldap3::SearchEntry::construct(entries.into_iter().next().unwrap());
        entry.attrs["modifiersName"][0].clone()
    }

    /// Locks the account with real failed binds (the policy locks after 3).
    pub async fn lock_by_failed_binds(&self, uid: &str) {
        for _ in 0..3 {
            assert!(!self.bind_works(uid, "not-the-password").await);
        }
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
