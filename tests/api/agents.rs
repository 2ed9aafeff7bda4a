//! Writeback agents: `sspr agent`, a separate process, enrols with a one-time token, proves at
//! each connection that it holds its key and sends heartbeats; a spent, expired or unknown
//! token, a revoked agent, a key it doesn't hold and a replayed or stale proof are refused.

use crate::helpers::agents::{agent_dir, new_agent_token, start_agent};
use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::{Value, json};
use sspr::agent::crypto::AgentKey;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn write_config(app: &TestApp, dir: &Path, token: Option<&str>) -> PathBuf {
    let token = token.map_or(String::new(), |t| format!("enrolment_token = {t:?}\n"));
    let config = format!(
        "portal = \"http://{}/t/acme\"\nkey_file = {:?}\nname = \"dc-site-1\"\nheartbeat_secs = 1\n{token}",
        app.addr,
        dir.join("agent.key")
    );
    let path = dir.join("agent.toml");
    std::fs::write(&path, config).unwrap();
    path
}

/// Waits (at most 20 s) for an agent that the portal refuses to stop; what it said.
async fn refused(child: tokio::process::Child) -> String {
    let out = tokio::time::timeout(Duration::from_secs(20), child.wait_with_output())
        .await
        .expect("the agent stopped")
        .unwrap();
    assert!(!out.status.success(), "the agent stopped without an error");
    String::from_utf8_lossy(&out.stderr).to_string()
}

async fn new_token(app: &TestApp, hours: i64) -> String {
    new_agent_token(app, hours).await
}

async fn agents(app: &TestApp) -> Vec<sspr::store::agents::Agent> {
    app.state.store.agents(&app.tenant.id).await.unwrap()
}

#[tokio::test]
async fn an_agent_enrols_once_keeps_in_touch_and_stops_when_revoked() {
    let app = spawn_app().await;
    let token = new_token(&app, 24).await;
    let dir = agent_dir(&app, "one");
    let mut agent = start_agent(&write_config(&app, &dir, Some(&token)));
    let mut seen = None;
    for _ in 0..100 {
        if let Some(a) = agents(&app).await.into_iter().next()
            && a.version == env!("CARGO_PKG_VERSION")
        {
            seen = Some(a);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let enrolled = seen.expect("the agent enrolled and sent a heartbeat");
    assert_eq!(enrolled.name, "dc-site-1");
    assert_eq!(enrolled.address, "127.0.0.1");
    assert!(
        app.has_audit(
            "agent_enrolled",
            &format!("agent {} (\"dc-site-1\") from 127.0.0.1", enrolled.id)
        )
        .await
    );
    // Its key file is its own, and the portal pinned the public half of that key.
    let key = AgentKey::load_or_create(&dir.join("agent.key")).unwrap();
    assert_eq!(key.public().agent_id(), enrolled.id);
    assert_eq!(key.public().encoded(), enrolled.public_key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("agent.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Heartbeats keep coming.
    app.clock.advance(30);
    let before = app.clock.now();
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let last = agents(&app).await[0].last_seen_at.unwrap();
    assert!(last >= before, "no heartbeat since {before}: {last}");
    assert!(agent.try_wait().unwrap().is_none(), "the agent stopped");
    // `sspr directory test` (and the console's Test connection) says the agent is connected.
    let checks = sspr::cli::directory::probe(&app.state, &app.tenant, None).await;
    let line = |checks: &[sspr::directory::CheckLine]| {
        checks
            .iter()
            .find(|(what, _)| what == &format!("agent {} (dc-site-1)", enrolled.id))
            .map(|(_, check)| (check.label(), check.detail().to_string()))
    };
    let (label, detail) = line(&checks).expect("a line for the agent");
    assert_eq!(label, "ok", "{detail}");
    assert!(detail.starts_with("connected: last heartbeat"), "{detail}");

    // The token enrolled one agent: another key can't use it.
    let other = start_agent(&write_config(&app, &agent_dir(&app, "two"), Some(&token)));
    let said = refused(other).await;
    assert!(said.contains("token_used"), "{said}");
    assert_eq!(agents(&app).await.len(), 1);

    // Revoked, the running agent is turned away at its next heartbeat, and stays away.
    assert!(
        app.state
            .store
            .revoke_agent(&app.tenant.id, &enrolled.id, app.clock.now())
            .await
            .unwrap()
    );
    let said = refused(agent).await;
    assert!(said.contains("agent_revoked"), "{said}");
    let checks = sspr::cli::directory::probe(&app.state, &app.tenant, None).await;
    let (label, detail) = line(&checks).expect("a line for the agent");
    assert_eq!(label, "note");
    assert!(detail.starts_with("revoked"), "{detail}");
    let again = start_agent(&write_config(&app, &dir, Some(&new_token(&app, 1).await)));
    let said = refused(again).await;
    assert!(said.contains("agent_revoked"), "{said}");
}

#[tokio::test]
async fn expired_unknown_and_missing_tokens_are_refused() {
    let app = spawn_app().await;
    let expiring = new_token(&app, 1).await;
    app.clock.advance(3601);
    let dir = agent_dir(&app, "late");
    let said = refused(start_agent(&write_config(&app, &dir, Some(&expiring)))).await;
    assert!(said.contains("token_expired"), "{said}");
    let forged = "sspra_0123456789abcdef_0123456789abcdef0123456789abcdef01234567";
    let said = refused(start_agent(&write_config(&app, &dir, Some(forged)))).await;
    assert!(said.contains("token_unknown"), "{said}");
    let said = refused(start_agent(&write_config(&app, &dir, None))).await;
    assert!(said.contains("set enrolment_token"), "{said}");
    assert!(agents(&app).await.is_empty());
    let activities = app.audit_activities().await;
    assert!(
        activities.contains(&"agent_enrol_refused:failure".to_string()),
        "{activities:?}"
    );
    // The database keeps a hash of a token's secret, never the secret.
    let secret = expiring.rsplit('_').next().unwrap();
    let rows = sqlx::query("SELECT id, secret_hash FROM agent_enrolments")
        .fetch_all(&mut *app.state.store.readers.acquire().await.unwrap())
        .await
        .unwrap();
    for row in rows {
        let stored: String = sqlx::Row::try_get(&row, "secret_hash").unwrap();
        assert!(!stored.contains(secret), "the token's secret is stored");
    }
}

/// POSTs JSON to an agent endpoint: the status and the JSON answer.
async fn post(
    app: &TestApp,
    endpoint: &str,
    session: Option<&str>,
    body: Value,
) -> (StatusCode, Value) {
    let mut request = reqwest::Client::new()
        .post(app.url(&format!("/agent/v1/{endpoint}")))
        .json(&body);
    if let Some(session) = session {
        request = request.header("Authorization", format!("Agent {session}"));
    }
    let response = request.send().await.unwrap();
    let status = StatusCode::from_u16(response.status().as_u16()).unwrap();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The challenge for `agent_id`, opened with `key`: (answer, ticket).
async fn opened(app: &TestApp, key: &AgentKey, agent_id: &str) -> Option<(String, String)> {
    let (status, challenge) = post(app, "challenge", None, json!({ "agent_id": agent_id })).await;
    assert_eq!(status, StatusCode::OK, "{challenge}");
    let ticket = challenge["ticket"].as_str().unwrap().to_string();
    let at = ticket.split('.').next().unwrap();
    let aad = sspr::web::agent_api::challenge_aad(agent_id, at);
    let sealed = challenge["challenge"].as_str().unwrap();
    let answer = key
        .open(sspr::web::agent_api::CHALLENGE_INFO, aad.as_bytes(), sealed)
        .ok()?;
    Some((String::from_utf8(answer).unwrap(), ticket))
}

#[tokio::test]
async fn only_the_enrolled_key_gets_a_session_and_a_proof_works_once_within_its_minute() {
    the_agent_protocol_holds(&spawn_app().await).await;
}

#[tokio::test]
async fn the_agent_protocol_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    the_agent_protocol_holds(&app).await;
}

async fn the_agent_protocol_holds(app: &TestApp) {
    let key = AgentKey::generate();
    let id = key.public().agent_id();
    let enrol = json!({
        "token": new_token(app, 1).await,
        "public_key": key.public().encoded(),
        "name": "by hand",
    });
    let (status, body) = post(app, "enrol", None, enrol).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["agent_id"], id.as_str());

    // A forged key claiming the agent's ID gets a challenge it can't open, and guessing fails.
    let forger = AgentKey::generate();
    assert!(opened(app, &forger, &id).await.is_none());
    let (status, body) = post(app, "challenge", None, json!({ "agent_id": id })).await;
    let guess = json!({ "agent_id": id, "answer": "00".repeat(32), "ticket": body["ticket"] });
    let (status_guess, refusal) = post(app, "session", None, guess).await;
    assert_eq!(
        (status, status_guess),
        (StatusCode::OK, StatusCode::UNAUTHORIZED)
    );
    assert_eq!(refusal["code"], "challenge_failed");

    // The real key opens it and gets a session; the same proof a second time doesn't.
    let (answer, ticket) = opened(app, &key, &id).await.unwrap();
    let proof = json!({ "agent_id": id, "answer": answer, "ticket": ticket });
    let (status, session) = post(app, "session", None, proof.clone()).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    let session = session["session"].as_str().unwrap().to_string();
    let (status, _) = post(app, "session", None, proof).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "a proof was accepted twice"
    );

    // A proof a minute old is stale.
    let (answer, ticket) = opened(app, &key, &id).await.unwrap();
    app.clock.advance(61);
    let stale = json!({ "agent_id": id, "answer": answer, "ticket": ticket });
    assert_eq!(
        post(app, "session", None, stale).await.0,
        StatusCode::UNAUTHORIZED
    );

    // The session carries heartbeats for ten minutes, and no longer; a changed one never.
    let beat = json!({ "version": "test" });
    assert_eq!(
        post(app, "heartbeat", Some(&session), beat.clone()).await.0,
        StatusCode::OK
    );
    let tampered = format!("{session}0");
    let (status, refusal) = post(app, "heartbeat", Some(&tampered), beat.clone()).await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("session_expired"))
    );
    app.clock.advance(600);
    assert_eq!(
        post(app, "heartbeat", Some(&session), beat).await.0,
        StatusCode::UNAUTHORIZED
    );

    // Revoked, the agent gets no challenge any more; the list says so.
    let now = app.clock.now();
    assert!(
        app.state
            .store
            .revoke_agent(&app.tenant.id, &id, now)
            .await
            .unwrap()
    );
    let (status, refusal) = post(app, "challenge", None, json!({ "agent_id": id })).await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("agent_revoked"))
    );
    assert_eq!(agents(app).await[0].revoked_at, Some(now));

    // An unknown agent gets no challenge at all.
    let (status, refusal) = post(
        app,
        "challenge",
        None,
        json!({ "agent_id": forger.public().agent_id() }),
    )
    .await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("agent_unknown"))
    );
}

#[tokio::test]
async fn the_operator_makes_tokens_and_revokes_agents_from_the_command_line() {
    use sspr::cli::{AgentTokenCommand, AgentsCommand};
    let app = spawn_app().await;
    let store = &app.state.store;
    let now = app.clock.now();
    let create = |hours| AgentTokenCommand::Create {
        slug: "acme".into(),
        hours,
    };
    let err = sspr::cli::agents::token(store, create(0), now)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("--hours must be from 1 to 168"),
        "{err}"
    );
    sspr::cli::agents::token(store, create(2), now)
        .await
        .unwrap();
    let rows = sqlx::query("SELECT expires_at FROM agent_enrolments")
        .fetch_all(&mut *store.readers.acquire().await.unwrap())
        .await
        .unwrap();
    let expires: i64 = sqlx::Row::try_get(&rows[0], "expires_at").unwrap();
    assert_eq!((rows.len(), expires), (1, now + 7200));

    let key = AgentKey::generate();
    let enrol = json!({ "token": new_token(&app, 1).await, "public_key": key.public().encoded(), "name": "dc-2" });
    assert_eq!(
        post(&app, "enrol", None, enrol).await.0,
        StatusCode::CREATED
    );
    let id = key.public().agent_id();
    let revoke = |agent_id: &str| AgentsCommand::Revoke {
        slug: "acme".into(),
        agent_id: agent_id.into(),
    };
    sspr::cli::agents::agents(
        store,
        AgentsCommand::List {
            slug: "acme".into(),
        },
        now,
    )
    .await
    .unwrap();
    let err = sspr::cli::agents::agents(store, revoke("0000000000000000"), now)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("no active agent"), "{err}");
    sspr::cli::agents::agents(store, revoke(&id), now)
        .await
        .unwrap();
    assert!(
        app.has_audit(
            "agent_revoked",
            &format!("agent {id} revoked with sspr agents revoke")
        )
        .await
    );
    assert!(agents(&app).await[0].revoked_at.is_some());
}

#[tokio::test]
async fn an_address_asking_for_too_many_proofs_is_turned_away_and_an_agent_waits_it_out() {
    let app = spawn_app().await;
    let key = AgentKey::generate();
    let id = key.public().agent_id();
    let limit = sspr::security::throttle::AGENT_CALLS_PER_IP_PER_HOUR;
    for _ in 0..limit {
        let (status, _) = post(&app, "challenge", None, json!({ "agent_id": id })).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "an unknown agent");
    }
    let (status, refusal) = post(&app, "challenge", None, json!({ "agent_id": id })).await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("too_many_requests"))
    );
    // A real agent from the same address isn't stopped by it: it tries again later, and
    // enrols once the hour has passed.
    let token = new_token(&app, 24).await;
    let dir = agent_dir(&app, "patient");
    let mut agent = start_agent(&write_config(&app, &dir, Some(&token)));
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(agent.try_wait().unwrap().is_none(), "the agent gave up");
    assert!(agents(&app).await.is_empty());
    app.clock.advance(3601);
    let mut enrolled = false;
    for _ in 0..150 {
        if !agents(&app).await.is_empty() {
            enrolled = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(enrolled, "the agent enrolled after the hour");
}

#[tokio::test]
async fn an_admin_makes_a_token_on_the_console_and_revokes_the_agent_there() {
    use crate::helpers::admin::enrolled;
    use crate::helpers::forms::with;
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    b.get("/admin/directory")
        .await
        .assert_has("Enrol and manage writeback agents");
    let action = "/admin/agents";
    let empty = b.get(action).await;
    empty.assert_has("No agent is enrolled yet.");
    let form = |page: &Page, hours: &str, password: &str| {
        with(
            with(page.form(action), "hours", hours),
            "current_password",
            password,
        )
    };
    let bad = b.submit(action, &form(&empty, "0", OLD_PASSWORD)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_has("Enter a number of hours from 1 to 168.");
    let wrong = b.submit(action, &form(&bad, "24", "not-my-password")).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!wrong.body.contains("sspra_"), "a token was made");
    let made = b.submit(action, &form(&wrong, "24", OLD_PASSWORD)).await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    made.assert_has("the token works once");
    let token = regex::Regex::new(r"sspra_[0-9a-f]+_[0-9a-f]+")
        .unwrap()
        .find(&made.body)
        .expect("the token")
        .as_str()
        .to_string();
    assert!(
        app.has_audit(
            "agent_token_created",
            "by admin; enrolment token for 24 hours"
        )
        .await
    );

    // The token from the console enrols an agent, which the page then lists as connected.
    let dir = agent_dir(&app, "console");
    let agent = start_agent(&write_config(&app, &dir, Some(&token)));
    let listed = b.get_until(action, "dc-site-1").await;
    let id = agents(&app).await[0].id.clone();
    listed.assert_has(&id);
    listed.assert_has("Connected");

    // Revoked there, the running agent is turned away.
    let revoke = format!("/admin/agents/revoke?id={id}");
    b.submit(&revoke, &listed.form(&revoke))
        .await
        .assert_has("The agent was revoked: its key is refused from now on.");
    let said = refused(agent).await;
    assert!(said.contains("agent_revoked"), "{said}");
    assert!(
        app.has_audit("agent_revoked", &format!("by admin; agent {id}"))
            .await
    );
    b.get(action).await.assert_has("Revoked");
}
