//! `sspr directory …`: show, load and test a tenant's directory chain.

use super::DirectoryCommand;
use super::policy::find;
use crate::directory::settings::{ConfigSecret, DirectorySettings, TargetSettings};
use crate::directory::{Check, CheckLine, LdapDirectory};
use crate::domain::user_id::UserId;
use crate::state::AppState;
use crate::store::tenants::Tenant;
use anyhow::{Context, bail};

pub async fn run(state: &AppState, cmd: DirectoryCommand) -> anyhow::Result<()> {
    let store = &state.store;
    match cmd {
        DirectoryCommand::Show { slug } => {
            let t = find(store, &slug).await?;
            print!("{}", shown(&t.directory)?);
        }
        DirectoryCommand::Load { slug, file } => {
            let mut t = find(store, &slug).await?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let settings: DirectorySettings =
                toml::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
            settings
                .validate()
                .map_err(|e| anyhow::Error::msg(crate::i18n::Lang::En.text(&e)))?;
            t.directory = settings;
            store.update_tenant(&t).await?;
            println!("{slug}: directory loaded from {}", file.display());
        }
        DirectoryCommand::Test { slug, user } => {
            let t = find(store, &slug).await?;
            let user = user
                .as_deref()
                .map(UserId::parse)
                .transpose()
                .map_err(|e| anyhow::anyhow!("user: {e}"))?;
            let lines = probe(state, &t, user.as_ref()).await;
            for (what, check) in &lines {
                println!("{:<5} {what}: {}", check.label(), check.detail());
            }
            if lines.iter().any(|(_, c)| c.is_failed()) {
                bail!("{slug}: the directory is not usable as configured");
            }
            println!("{slug}: every check passed");
        }
    }
    Ok(())
}

/// The settings as TOML, with the service account's password hidden.
pub fn shown(settings: &DirectorySettings) -> anyhow::Result<String> {
    let mut copy = settings.clone();
    for target in &mut copy.targets {
        match target {
            TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => {
                l.bind_password = ConfigSecret::new("********")
            }
            TargetSettings::Webhook(w) => w.secret = ConfigSecret::new("********"),
            TargetSettings::Embedded | TargetSettings::Agent(_) => {}
        }
    }
    Ok(toml::to_string_pretty(&copy)?)
}

/// One line per check, per target: connection, service bind and, given a user, the lookup and
/// the service account's rights on that user.
pub async fn probe(state: &AppState, tenant: &Tenant, user: Option<&UserId>) -> Vec<CheckLine> {
    let settings = &tenant.directory;
    let tenant_id = tenant.id.as_str();
    let region = tenant.policy.default_region.clone();
    let mut lines = Vec::new();
    for (i, target) in settings.targets.iter().enumerate() {
        let n = i + 1;
        match target {
            TargetSettings::Embedded => {
                let line = match user {
                    Some(id) => state
                        .embedded
                        .find_user(tenant_id, id)
                        .await
                        .map(|u| format!("found {}", u.login))
                        .into(),
                    None => Check::Passed("the portal's own database".to_string()),
                };
                lines.push((format!("target {n} (embedded)"), line));
            }
            TargetSettings::Agent(a) => {
                let line = through_agents(state, tenant, a, user).await;
                lines.push((format!("target {n} (writeback agents)"), line));
            }
            other => lines.extend(probe_target(n, other, region.clone(), user).await),
        }
    }
    lines.extend(agent_lines(state, tenant).await);
    lines
}

/// The checks of one LDAP, Active Directory or webhook target (the portal's or an agent's).
pub async fn probe_target(
    n: usize,
    target: &TargetSettings,
    region: Option<String>,
    user: Option<&UserId>,
) -> Vec<CheckLine> {
    let (kind, d) = match target {
        TargetSettings::Webhook(w) => {
            return vec![(
                format!("target {n} (webhook)"),
                Check::Note(format!(
                    "{} (write-only; not called by a test, it would change a password)",
                    w.url
                )),
            )];
        }
        TargetSettings::Ldap(l) => ("ldap", LdapDirectory::new((**l).clone())),
        TargetSettings::ActiveDirectory(l) => (
            "active directory",
            LdapDirectory::active_directory((**l).clone()),
        ),
        TargetSettings::Embedded | TargetSettings::Agent(_) => return Vec::new(),
    };
    let d = d.in_region(region);
    d.probe(user)
        .await
        .into_iter()
        .map(|(what, result)| (format!("target {n} ({kind}) {what}"), result))
        .collect()
}

/// The agent target's line: how many agents may be given jobs and, given a user, that user
/// looked up through one of them.
async fn through_agents(
    state: &AppState,
    tenant: &Tenant,
    settings: &crate::directory::settings::AgentTargetSettings,
    user: Option<&UserId>,
) -> Check {
    let now = state.clock.now();
    let live = match state.store.agents(&tenant.id).await {
        Ok(agents) => agents.iter().filter(|a| a.is_connected(now)).count(),
        Err(e) => return Check::Failed(format!("{e:#}")),
    };
    if live == 0 {
        return Check::Failed(
            "no writeback agent is connected: start one with sspr agent (enrol it with sspr agent-token create)".into(),
        );
    }
    let Some(id) = user else {
        return Check::Passed(format!(
            "{live} connected; a user's request waits {} s for an answer",
            settings.timeout_secs
        ));
    };
    let directory = state.directory(tenant).tracked("directory-test");
    directory
        .find_user(id)
        .await
        .map(|u| format!("found {} through a writeback agent", u.login))
        .into()
}

/// One line per writeback agent: connected (a heartbeat within three beats), not connected, or
/// revoked.
async fn agent_lines(state: &AppState, tenant: &Tenant) -> Vec<CheckLine> {
    let agents = match state.store.agents(&tenant.id).await {
        Ok(agents) => agents,
        Err(e) => return vec![("agents".to_string(), Check::Failed(format!("{e:#}")))],
    };
    let now = state.clock.now();
    agents
        .into_iter()
        .map(|a| {
            let what = format!("agent {} ({})", a.id, a.name);
            let check = match (a.revoked_at, a.last_seen_at) {
                (Some(at), _) => {
                    Check::Note(format!("revoked {} UTC", crate::clock::format_utc(at)))
                }
                (None, Some(seen)) if a.is_connected(now) => Check::Passed(format!(
                    "connected: last heartbeat {} s ago, version {}, from {}",
                    now - seen,
                    a.version,
                    a.address
                )),
                (None, seen) => Check::Note(format!(
                    "not connected: last heartbeat {}",
                    seen.map_or_else(
                        || "never".to_string(),
                        |s| format!("{} UTC", crate::clock::format_utc(s))
                    )
                )),
            };
            (what, check)
        })
        .collect()
}

/// At start-up: checks every tenant's directory targets and logs the result for the operator
/// (a directory that is down now may be up later, so this never stops the portal).
pub async fn log_startup_checks(state: AppState) {
    let tenants = match state.store.tenants().await {
        Ok(t) => t,
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "start-up directory check: listing tenants");
            return;
        }
    };
    for t in tenants {
        if let Err(e) = t.directory.validate() {
            let e = crate::i18n::Lang::En.text(&e);
            tracing::error!(tenant = %t.slug, error = %e, "directory configuration is invalid");
        }
        for target in &t.directory.targets {
            if let TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) = target
                && l.plaintext_allowed()
            {
                tracing::warn!(tenant = %t.slug, url = %l.url, "insecure_plaintext: the service account's password and users' new passwords cross the network in clear");
            }
        }
        for (what, check) in probe(&state, &t, None).await {
            let detail = check.detail();
            match check {
                Check::Failed(_) => {
                    tracing::error!(tenant = %t.slug, check = %what, cause = %detail, "directory check failed")
                }
                _ => tracing::info!(tenant = %t.slug, check = %what, %detail, "directory check"),
            }
        }
    }
}
