//! Operator commands: serve, tenant, policy and user management.

pub mod admin;
pub mod agents;
pub mod directory;
pub mod policy;
pub mod secrets;
pub mod users;

use crate::config::Config;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "sspr", version, about = "Self-service password reset portal")]
pub struct Cli {
    /// TOML configuration file (settings can also come from SSPR_* environment variables).
    #[arg(long, global = true, env = "SSPR_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the portal.
    Serve {
        /// Seed a demo tenant with demo users and show the dev outbox.
        #[arg(long)]
        demo: bool,
        /// Address to listen on (overrides the config file).
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// Manage tenants (organisations).
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Show or change a tenant's policy.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Manage users of the embedded directory.
    #[command(subcommand)]
    User(UserCommand),
    /// Show, load or test a tenant's directory (where users live and passwords go).
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// The key that encrypts stored directory secrets.
    #[command(subcommand)]
    Secrets(SecretsCommand),
    /// The admin console's sign-ins.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Run a writeback agent next to the directory, with its own configuration file: it
    /// connects out to the portal, so no inbound port is needed.
    Agent {
        /// The agent's TOML configuration (see README, "The writeback agent").
        agent_config: PathBuf,
        /// Check the configuration, the key, the portal and each directory target, then stop.
        #[arg(long)]
        check: bool,
        /// With --check: also look this user up and check the service account's rights.
        #[arg(long, requires = "check")]
        user: Option<String>,
    },
    /// Make enrolment tokens for writeback agents.
    #[command(subcommand)]
    AgentToken(AgentTokenCommand),
    /// List or revoke a tenant's writeback agents.
    #[command(subcommand)]
    Agents(AgentsCommand),
    /// Load benchmark: starts this binary as a portal on loopback, drives page views and full
    /// resets, and prints requests/s, flows/s, latencies and the server's peak memory.
    Bench(crate::bench::BenchArgs),
}

#[derive(Subcommand, Debug)]
pub enum AgentTokenCommand {
    /// A token that enrols one agent, shown once.
    Create {
        slug: String,
        /// Hours until the token expires.
        #[arg(long, default_value_t = 24)]
        hours: i64,
    },
}

#[derive(Subcommand, Debug)]
pub enum AgentsCommand {
    /// The tenant's agents: ID, name, version, address, when last seen, revoked or not.
    List { slug: String },
    /// Revoke an agent for good: its key is refused from now on.
    Revoke { slug: String, agent_id: String },
}

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Forget an admin's authenticator app (a lost phone): at their next sign-in to the admin
    /// console they set up a new one.
    ResetMfa { slug: String, login: String },
}

#[derive(Subcommand, Debug)]
pub enum SecretsCommand {
    /// Encrypt every stored secret with a new key and replace the key file (stop every
    /// instance first, and start them all with the new file).
    Rotate,
}

#[derive(Subcommand, Debug)]
pub enum DirectoryCommand {
    /// Print the directory chain as TOML (the service account's password hidden).
    Show { slug: String },
    /// Replace the directory chain with a TOML file (see README).
    Load { slug: String, file: PathBuf },
    /// Check each target: connection, service bind and, with --user, a lookup and the
    /// service account's reset and unlock rights on that user (nothing is changed).
    Test {
        slug: String,
        #[arg(long)]
        user: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum TenantCommand {
    /// Create a tenant with the default policy.
    Add {
        slug: String,
        #[arg(long)]
        name: String,
        /// Host name that serves this tenant at `/` (e.g. reset.contoso.com).
        #[arg(long)]
        host: Option<String>,
    },
    /// List tenants.
    List,
}

#[derive(Subcommand, Debug)]
pub enum PolicyCommand {
    /// Print the policy as TOML.
    Show { slug: String },
    /// Set one field: a dotted key (`gates`, `password.min_length`) and a JSON or plain value.
    Set {
        slug: String,
        key: String,
        value: String,
    },
    /// Replace the policy with a TOML file (missing fields take their defaults).
    Load { slug: String, file: PathBuf },
    /// Rename the organisation (shown on every page and email).
    Rename { slug: String, name: String },
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Create or update a user, with pre-registered contact methods.
    Add(users::AddArgs),
    /// Import users from a CSV file (see README for the columns).
    Import { slug: String, file: PathBuf },
}

/// Loads the configuration shared by every command.
pub fn load_config(cli: &Cli) -> anyhow::Result<Config> {
    Config::load(cli.config.as_deref())
}
