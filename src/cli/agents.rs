//! `sspr agent-token …` and `sspr agents …`: enrolment tokens for writeback agents, and the
//! agents a tenant has (listed, revoked).

use super::policy::find;
use super::{AgentTokenCommand, AgentsCommand};
use crate::store::Store;
use crate::store::audit::AuditEvent;
use anyhow::bail;

/// The longest a token may wait to be used: a week.
const MAX_HOURS: i64 = 7 * 24;

pub async fn token(store: &Store, cmd: AgentTokenCommand, now: i64) -> anyhow::Result<()> {
    let AgentTokenCommand::Create { slug, hours } = cmd;
    if !(1..=MAX_HOURS).contains(&hours) {
        bail!("--hours must be from 1 to {MAX_HOURS}");
    }
    let tenant = find(store, &slug).await?;
    let token = store
        .create_agent_enrolment(
            &tenant.id,
            "sspr agent-token create",
            now,
            now + hours * 3600,
        )
        .await?;
    let detail = format!("enrolment token for {hours} hours, made with sspr agent-token create");
    store
        .audit(&AuditEvent {
            tenant_id: &tenant.id,
            tracking_id: "cli",
            login: "",
            activity: "agent_token_created",
            outcome: "success",
            detail: &detail,
            client_ip: "",
            at: now,
        })
        .await?;
    println!("{token}");
    eprintln!(
        "{slug}: this token enrols one agent within {hours} hours; put it in the agent's configuration as enrolment_token. It is shown only this once."
    );
    Ok(())
}

pub async fn agents(store: &Store, cmd: AgentsCommand, now: i64) -> anyhow::Result<()> {
    match cmd {
        AgentsCommand::List { slug } => {
            let tenant = find(store, &slug).await?;
            let agents = store.agents(&tenant.id).await?;
            if agents.is_empty() {
                println!("{slug}: no agents enrolled (sspr agent-token create {slug})");
            }
            for a in agents {
                let seen = a
                    .last_seen_at
                    .map_or_else(|| "never".to_string(), crate::clock::format_utc);
                let state = match a.revoked_at {
                    Some(at) => format!("revoked {} UTC", crate::clock::format_utc(at)),
                    None => "active".into(),
                };
                println!(
                    "{}  {:<24}  version {:<10}  from {:<20}  last seen {seen} UTC  {state}",
                    a.id, a.name, a.version, a.address
                );
            }
        }
        AgentsCommand::Revoke { slug, agent_id } => {
            let tenant = find(store, &slug).await?;
            if !store.revoke_agent(&tenant.id, agent_id.trim(), now).await? {
                bail!("{slug}: no active agent {agent_id}");
            }
            let detail = format!("agent {agent_id} revoked with sspr agents revoke");
            store
                .audit(&AuditEvent {
                    tenant_id: &tenant.id,
                    tracking_id: "cli",
                    login: "",
                    activity: "agent_revoked",
                    outcome: "success",
                    detail: &detail,
                    client_ip: "",
                    at: now,
                })
                .await?;
            println!("{slug}: agent {agent_id} is revoked; its key is refused from now on");
        }
    }
    Ok(())
}
