//! Writeback through agents: the portal's chain is `kind = "agent"` and names no directory;
//! slapd and Samba AD are in the agent's own configuration only. A reset, a refusal with its
//! reason, a sign-in, an unlock and a change all go through `sspr agent` (a separate process);
//! with no agent, or a frozen one, the user sees the unavailable page within the bound; a write
//! an agent took and died on is never handed to another; no password is left in clear in the
//! database or the logs of either side.

use crate::helpers::agents::{RunningAgent, connected_agent, write_agent_config};
use crate::helpers::*;
use axum::http::StatusCode;
use sspr::directory::settings::{
    AgentTargetSettings, ConfigSecret, DirectorySettings, TargetSettings, WebhookSettings,
};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Long and mixed enough for slapd's 16 characters and Samba's complexity.
const RESET_TO: &str = "Quartz-Relay-Meadow-Lantern-73";
const CHANGE_TO: &str = "Harbor-Signal-Walnut-Prairie-61";
/// 13 characters: fine for the portal, short for both directories.
const TOO_SHORT: &str = "Kettle-Orb-9x";

/// The app whose only target is its agents, waiting `timeout_secs` for an answer.
async fn spawn_agent_app(timeout_secs: u64) -> TestApp {
    spawn_app_with(|s| {
        s.directory = DirectorySettings {
            targets: vec![TargetSettings::Agent(AgentTargetSettings {
                timeout_secs,
                portal_history: 0,
            })],
        };
    })
    .await
}

/// The directory behind the agent.
enum Server {
    Slapd(slapd::Slapd),
    Samba(samba::Samba),
}

impl Server {
    fn target(&self) -> TargetSettings {
        match self {
            Server::Slapd(s) => TargetSettings::Ldap(Box::new(s.settings())),
            Server::Samba(s) => TargetSettings::ActiveDirectory(Box::new(s.settings())),
        }
    }

    async fn bind_works(&self, user: &str, password: &str) -> bool {
        match self {
            Server::Slapd(s) => s.bind_works(user, password).await,
            Server::Samba(s) => s.bind_works(user, password).await,
        }
    }

    async fn lock(&self, user: &str) {
        match self {
            Server::Slapd(s) => s.lock_by_failed_binds(user).await,
            Server::Samba(s) => s.lock_by_failed_binds(user).await,
        }
    }
}

/// Every file under `dir`, read whole (the portal's database and its journal, the agent's
/// configuration, key and log).
fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            found.push((path.display().to_string(), bytes));
        }
    }
    found
}

fn holds(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// The tracking IDs of the agent's "job done" lines for `operation`.
fn tracking_ids(agent: &RunningAgent, operation: &str) -> Vec<String> {
    agent
        .logged()
        .lines()
        .filter(|l| l.contains("job done") && l.contains(&format!("operation={operation}")))
        .filter_map(|l| l.split("tracking_id=").nth(1))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

async fn audited_tracking_ids(app: &TestApp) -> Vec<String> {
    let rows = sqlx::query("SELECT tracking_id FROM audit")
        .fetch_all(&mut *app.state.store.readers.acquire().await.unwrap())
        .await
        .unwrap();
    rows.iter()
        .map(|r| sqlx::Row::try_get::<String, _>(r, "tracking_id").unwrap())
        .collect()
}

/// The user side, end to end, with `server` reachable only from the agent.
async fn the_user_side_works_through_an_agent(app: &TestApp, server: &Server) {
    assert!(
        !serde_json::to_string(&app.tenant.directory)
            .unwrap()
            .contains("ldap"),
        "the portal's own chain names no directory"
    );
    let agent = connected_agent(app, "dc-site-1", "", &[server.target()]).await;
    let lines = app.directory_test("alice").await;
    let agents_line = lines
        .iter()
        .find(|(what, _, _)| what == "target 1 (writeback agents)")
        .expect("a line for the agents");
    assert_eq!(agents_line.1, "ok", "{lines:?}");
    assert_eq!(agents_line.2, "found alice through a writeback agent");

    // A reset.
    let mut b = app.browser();
    b.start(app, "alice")
        .await
        .assert_has("Choose how to verify");
    b.pass_email_gate(app, "alice.alt@example.net")
        .await
        .assert_has("Choose a new password");
    b.set_password(RESET_TO)
        .await
        .assert_has("Your password was reset");
    assert!(server.bind_works("alice", RESET_TO).await);

    // The directory's refusal, with its reason; nothing written.
    let mut b = app.browser();
    b.start(app, "bob").await;
    b.pass_email_gate(app, "bob.alt@example.net").await;
    let short = b.set_password(TOO_SHORT).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_has("Your directory needs a longer password.");
    assert!(server.bind_works("bob", OLD_PASSWORD).await);

    // A registration sign-in: the wrong password is refused, the right one signs in.
    let wrong = app.browser().sign_in("erin", "not-her-password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.browser()
        .sign_in("erin", OLD_PASSWORD)
        .await
        .assert_has("Hello Erin Walsh");

    // An unlock.
    server.lock("erin").await;
    assert!(!server.bind_works("erin", OLD_PASSWORD).await, "locked");
    let mut b = app.browser();
    b.start_unlock(app, "erin").await;
    b.pass_email_gate(app, "erin.alt@example.net")
        .await
        .assert_has("Unlock your account");
    b.post("/reset/unlock", &[])
        .await
        .assert_has("Your account is unlocked");
    assert!(server.bind_works("erin", OLD_PASSWORD).await);

    // A change of the password the user knows.
    let mut s = app.browser();
    s.sign_in("erin", OLD_PASSWORD).await.assert_has("Hello");
    s.get("/register/password").await;
    s.post(
        "/register/password",
        &[
            ("current", OLD_PASSWORD),
            ("password", CHANGE_TO),
            ("confirm", CHANGE_TO),
        ],
    )
    .await
    .assert_has("Your password was changed");
    assert!(server.bind_works("erin", CHANGE_TO).await);

    // Both sides say which agent handled which tracking ID: the agent's jobs carry the
    // tracking IDs of the portal's audit trail, and the portal logs the agent's ID with them.
    let audited = audited_tracking_ids(app).await;
    // alice's reset, bob's refused one (slapd refuses at the write) or none (Samba's rules
    // are read before), erin's change.
    let writes = tracking_ids(&agent, "set_password");
    assert!((2..=3).contains(&writes.len()), "{}", agent.logged());
    let portal = captured_logs();
    for id in &writes {
        assert!(audited.contains(id), "{id} isn't in the audit");
        assert!(
            portal
                .lines()
                .any(|l| l.contains("agent answered") && l.contains(id) && l.contains(&agent.id)),
            "the portal's log doesn't name agent {} for {id}",
            agent.id
        );
    }
    assert_eq!(tracking_ids(&agent, "unlock").len(), 1);

    // No password in clear: not in the database, the agent's files or either side's logs.
    for password in [RESET_TO, CHANGE_TO, TOO_SHORT, "not-her-password"] {
        for (path, bytes) in files_under(&app.dir) {
            assert!(!holds(&bytes, password), "{password} is in {path}");
        }
        assert!(
            !portal.contains(password),
            "{password} is in the portal's log"
        );
    }
    let rows = app.table_rows().await;
    assert_eq!(
        rows.get("agent_jobs"),
        Some(&0),
        "answered jobs are removed"
    );
}

#[tokio::test]
async fn through_an_agent_slapd_takes_resets_unlocks_changes_and_sign_ins() {
    let Some(slapd) = slapd::Slapd::start(OLD_PASSWORD).await else {
        return;
    };
    let app = spawn_agent_app(15).await;
    the_user_side_works_through_an_agent(&app, &Server::Slapd(slapd)).await;
}

#[tokio::test]
async fn through_an_agent_samba_ad_takes_resets_unlocks_changes_and_sign_ins() {
    let Some(samba) = samba::Samba::start(OLD_PASSWORD).await else {
        return;
    };
    let app = spawn_agent_app(15).await;
    the_user_side_works_through_an_agent(&app, &Server::Samba(samba)).await;
}

#[tokio::test]
async fn with_no_agent_answering_the_user_sees_the_unavailable_page_within_the_bound() {
    let Some(slapd) = slapd::Slapd::start(OLD_PASSWORD).await else {
        return;
    };
    let app = spawn_agent_app(3).await;
    // No agent at all: said at once.
    let started = Instant::now();
    let page = app.browser().start(&app, "alice").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    page.assert_has("The directory is unavailable right now");
    let tracking = page.tracking();
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(captured_logs().contains(&tracking));
    let lines = app.directory_test("alice").await;
    assert!(
        lines.iter().any(
            |(what, label, detail)| what == "target 1 (writeback agents)"
                && *label == "FAIL"
                && detail.starts_with("no writeback agent is connected")
        ),
        "{lines:?}"
    );

    // An agent that took the job and froze: the page comes at the bound, not later.
    let target = TargetSettings::Ldap(Box::new(slapd.settings()));
    let frozen = connected_agent(&app, "frozen", "", std::slice::from_ref(&target)).await;
    frozen.freeze();
    let started = Instant::now();
    let page = app.browser().start(&app, "alice").await;
    let waited = started.elapsed();
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    page.assert_has("The directory is unavailable right now");
    assert!(
        waited >= Duration::from_secs(3) && waited < Duration::from_secs(6),
        "{waited:?}"
    );
    let logged = captured_logs();
    assert!(
        logged.lines().any(|l| l.contains(&page.tracking())
            && l.contains(&format!(
                "agent {} took the job and didn't answer within 3 s",
                frozen.id
            ))),
        "the log doesn't say why"
    );

    // Another agent connects: the next user's request goes to it.
    let live = connected_agent(&app, "live", "", &[target]).await;
    app.browser()
        .start(&app, "alice")
        .await
        .assert_has("Choose how to verify");
    assert!(!tracking_ids(&live, "find_user").is_empty());
}

/// A webhook receiver that can hold requests unanswered.
#[derive(Clone, Default)]
struct Receiver {
    /// The password of each request received.
    received: Arc<Mutex<Vec<String>>>,
    hold: Arc<std::sync::atomic::AtomicBool>,
}

async fn receive(
    axum::extract::State(r): axum::extract::State<Receiver>,
    body: axum::body::Bytes,
) -> StatusCode {
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let password = body["password"].as_str().unwrap_or_default().to_string();
    r.received.lock().unwrap().push(password);
    while r.hold.load(std::sync::atomic::Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    StatusCode::OK
}

/// A receiver listening on loopback, and its address.
async fn start_receiver() -> (Receiver, String) {
    let receiver = Receiver::default();
    let router = axum::Router::new()
        .route("/hook", axum::routing::post(receive))
        .with_state(receiver.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    (receiver, hook)
}

#[tokio::test]
async fn a_write_an_agent_took_and_died_on_is_never_given_to_another() {
    let Some(slapd) = slapd::Slapd::start(OLD_PASSWORD).await else {
        return;
    };
    let (receiver, hook) = start_receiver().await;
    // The agents' chain: the webhook first, then slapd (where users are looked up).
    let targets = [
        TargetSettings::Webhook(WebhookSettings {
            url: hook,
            secret: ConfigSecret::new("agent-webhook-secret-for-tests"),
            timeout_secs: 30,
            retry_for_secs: 30,
        }),
        TargetSettings::Ldap(Box::new(slapd.settings())),
    ];
    // Longer than a lookup may go quiet before it is handed on: a write never is.
    let app = spawn_agent_app(8).await;
    let mut agents = vec![
        connected_agent(&app, "one", "", &targets).await,
        connected_agent(&app, "two", "", &targets).await,
    ];
    let mut b = app.browser();
    b.start(&app, "bob").await;
    b.pass_email_gate(&app, "bob.alt@example.net")
        .await
        .assert_has("Choose a new password");

    // One agent takes the write, the webhook holds it, and that agent is killed.
    receiver
        .hold
        .store(true, std::sync::atomic::Ordering::SeqCst);
    let submit = {
        let mut b = std::mem::replace(&mut b, app.browser());
        tokio::spawn(async move {
            let page = b.set_password(RESET_TO).await;
            (b, page)
        })
    };
    for _ in 0..100 {
        if !receiver.received.lock().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        receiver.received.lock().unwrap().len(),
        1,
        "the write began"
    );
    let row = sqlx::query(
        "SELECT agent_id FROM agent_jobs WHERE operation = 'set_password' AND state = 'taken'",
    )
    .fetch_one(&mut *app.state.store.readers.acquire().await.unwrap())
    .await
    .unwrap();
    let taker: String = sqlx::Row::try_get(&row, "agent_id").unwrap();
    let i = agents.iter().position(|a| a.id == taker).unwrap();
    let mut dead = agents.remove(i);
    let other = agents.remove(0);
    dead.child.kill().await.unwrap();
    receiver
        .hold
        .store(false, std::sync::atomic::Ordering::SeqCst);
    let (mut b, page) = submit.await.unwrap();
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    page.assert_has("The directory is unavailable right now");
    assert!(captured_logs().contains(&format!(
        "agent {} took the job and didn't answer within 8 s",
        dead.id
    )));
    // The other agent, live all along, was never given that write: slapd still has the old
    // password, and the webhook heard of the new one once, from the agent that died.
    assert!(
        tracking_ids(&other, "set_password").is_empty(),
        "{}",
        other.logged()
    );
    assert!(slapd.bind_works("bob", OLD_PASSWORD).await);
    assert_eq!(receiver.received.lock().unwrap().len(), 1);

    // The user tries again from the same page: the live agent writes it, once.
    b.get("/reset/verify")
        .await
        .assert_has("Choose a new password");
    b.set_password(RESET_TO)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("bob", RESET_TO).await);
    assert_eq!(tracking_ids(&other, "set_password").len(), 1);
    assert_eq!(receiver.received.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn the_agent_checks_its_own_chain_and_its_enrolment() {
    let Some(slapd) = slapd::Slapd::start(OLD_PASSWORD).await else {
        return;
    };
    let app = spawn_agent_app(15).await;
    let target = TargetSettings::Ldap(Box::new(slapd.settings()));
    // Run by the test's own runtime, which also serves the portal: waited for, not blocked on.
    async fn check(config: &Path) -> (bool, String) {
        let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_sspr"))
            .args([
                "agent",
                "--check",
                config.to_str().unwrap(),
                "--user",
                "alice",
            ])
            .output()
            .await
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
        )
    }
    // Enrolled and running: every check passes.
    let agent = connected_agent(&app, "checked", "", std::slice::from_ref(&target)).await;
    let config = app.dir.join("agent-checked").join("agent.toml");
    let (ok, said) = check(&config).await;
    assert!(ok, "{said}");
    assert!(
        said.contains("ok    portal: ")
            && said.contains("reachable, and this agent's key is enrolled"),
        "{said}"
    );
    assert!(said.contains("ok    target 1 (ldap)"), "{said}");
    assert!(said.contains(&format!("agent {}", agent.id)), "{said}");

    // A wrong service password in the agent's chain fails, and says where.
    let mut wrong = slapd.settings();
    wrong.bind_password = ConfigSecret::new("not-the-service-password");
    let dir = app.dir.join("agent-checked");
    let bad = write_agent_config(
        &app,
        &dir,
        None,
        "",
        &[TargetSettings::Ldap(Box::new(wrong))],
    );
    let (ok, said) = check(&bad).await;
    assert!(!ok, "{said}");
    assert!(said.contains("FAIL  target 1 (ldap)"), "{said}");
    write_agent_config(&app, &dir, None, "", &[target]);
    // The configuration holds the service account's password: readable by all, it is refused.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
        let (ok, said) = check(&config).await;
        assert!(!ok, "{said}");
        assert!(
            said.contains("FAIL  configuration: ") && said.contains("chmod 600"),
            "{said}"
        );
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    }

    // Revoked, the portal line fails with the portal's reason.
    app.state
        .store
        .revoke_agent(&app.tenant.id, &agent.id, app.clock.now())
        .await
        .unwrap();
    let (ok, said) = check(&config).await;
    assert!(!ok, "{said}");
    assert!(said.contains("agent_revoked"), "{said}");
}

#[tokio::test]
async fn a_job_handed_over_twice_is_run_once_and_answered_the_same() {
    use sspr::agent::crypto::AgentKey;
    use sspr::agent::executor::{Executor, Ran};
    use sspr::agent::protocol::{Delivered, JOB_INFO, Job, Request, job_aad};
    let (receiver, hook) = start_receiver().await;
    let executor = Executor::new(vec![TargetSettings::Webhook(WebhookSettings {
        url: hook,
        secret: ConfigSecret::new("agent-webhook-secret-for-tests"),
        timeout_secs: 5,
        retry_for_secs: 5,
    })]);
    let key = AgentKey::generate();
    let user: sspr::directory::DirUser = serde_json::from_value(serde_json::json!({
        "login": "alice", "display_name": "Alice Martin", "given_name": "Alice",
        "surname": "Martin", "mail": "alice@acme.example", "office_phone": null,
        "mobile": null, "alternate_email": null, "enabled": true, "locked": false,
        "must_change": false, "groups": [], "is_admin": false, "dn": null
    }))
    .unwrap();
    let job = Job {
        region: None,
        request: Request::SetPassword {
            user,
            password: RESET_TO.into(),
            must_change: false,
            current: None,
            unlock: false,
        },
    };
    let id = "0123456789abcdef0123456789abcdef";
    let sealed = key
        .public()
        .seal(
            JOB_INFO,
            job_aad(id).as_bytes(),
            &serde_json::to_vec(&job).unwrap(),
        )
        .unwrap();
    let delivered = Delivered {
        id: id.into(),
        tracking_id: "T-TEST".into(),
        operation: "set_password".into(),
        sealed,
        deadline_ms: 10_000,
    };
    let answer = |ran: Ran| match ran {
        Ran::Answer { json, .. } => json,
        Ran::Running => panic!("still running"),
    };
    let first = answer(executor.run(&key, &delivered).await);
    assert!(first.contains("\"written\""), "{first}");
    let again = answer(executor.run(&key, &delivered).await);
    assert_eq!(first, again);
    assert_eq!(
        receiver.received.lock().unwrap().as_slice(),
        [RESET_TO.to_string()],
        "the password was sent once"
    );
    // The same job sealed to another agent's key, or moved to another job ID, doesn't open.
    let moved = Delivered {
        id: "fedcba9876543210fedcba9876543210".into(),
        ..delivered
    };
    let refused = answer(executor.run(&key, &moved).await);
    assert!(
        refused.contains("doesn't open with this agent's key"),
        "{refused}"
    );
    let other = AgentKey::generate();
    let elsewhere = Delivered {
        id: "00000000000000000000000000000001".into(),
        sealed: key
            .public()
            .seal(
                JOB_INFO,
                job_aad("00000000000000000000000000000001").as_bytes(),
                b"{}",
            )
            .unwrap(),
        ..moved
    };
    let refused = answer(executor.run(&other, &elsewhere).await);
    assert!(
        refused.contains("doesn't open with this agent's key"),
        "{refused}"
    );
    assert_eq!(receiver.received.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_second_portal_instance_reaches_an_agent_polling_the_first() {
    let Some(slapd) = slapd::Slapd::start(OLD_PASSWORD).await else {
        return;
    };
    let app = spawn_agent_app(15).await;
    let agent = connected_agent(
        &app,
        "dc-site-1",
        "",
        &[TargetSettings::Ldap(Box::new(slapd.settings()))],
    )
    .await;
    // The agent polls the first instance; the user is on the second, which shares only the
    // database with it.
    let second = app.another_instance().await;
    let mut b = app.browser();
    b.switch_to(second);
    b.start(&app, "alice")
        .await
        .assert_has("Choose how to verify");
    b.pass_email_gate(&app, "alice.alt@example.net")
        .await
        .assert_has("Choose a new password");
    b.set_password(RESET_TO)
        .await
        .assert_has("Your password was reset");
    assert!(slapd.bind_works("alice", RESET_TO).await);
    assert_eq!(tracking_ids(&agent, "set_password").len(), 1);
}
