//! The `sspr` binary: parses the command line and runs the portal or an operator command.

use clap::Parser;
use sspr::app::{App, Parts, open_store, state};
use sspr::cli::{self, Cli, Command};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // Colours for a terminal only: a journal or a log file gets plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    if let Err(e) = run(Cli::parse()).await {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    // The agent runs beside the directory with its own configuration, not the portal's.
    if let Command::Agent {
        agent_config,
        check,
        user,
    } = &cli.command
    {
        if *check {
            return sspr::agent::check::run(agent_config, user.as_deref()).await;
        }
        return sspr::agent::client::run(agent_config).await;
    }
    let mut config = cli::load_config(&cli)?;
    match cli.command {
        Command::Serve { demo, listen } => {
            config.demo |= demo;
            if let Some(addr) = listen {
                config.listen = addr;
            }
            let app = App::build(config).await?;
            let addr = app.addr()?;
            println!("sspr is listening on http://{addr}/");
            if app.state.config.demo {
                println!(
                    "demo tenant: http://{addr}/t/{}/  (also at http://{addr}/)",
                    sspr::demo::SLUG
                );
                println!(
                    "demo users: {} (password {:?}, to sign in at /t/{}/register)",
                    sspr::demo::user_ids().join(", "),
                    sspr::demo::DEMO_PASSWORD,
                    sspr::demo::SLUG
                );
                println!(
                    "dev outbox (codes and notices): http://{addr}/t/{}/dev/outbox",
                    sspr::demo::SLUG
                );
            }
            tokio::spawn(cli::directory::log_startup_checks(app.state.clone()));
            app.run(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
        }
        Command::Bench(args) => sspr::bench::run(args).await,
        Command::Secrets(cli::SecretsCommand::Rotate) => cli::secrets::rotate(&config).await,
        Command::Tenant(cmd) => {
            let store = open_store(&config).await?;
            let now = sspr::clock::Clock::default().now();
            cli::policy::tenant(&store, cmd, now).await
        }
        Command::Policy(cmd) => {
            let store = open_store(&config).await?;
            cli::policy::policy(&store, cmd).await
        }
        Command::Agent { .. } => Ok(()),
        Command::AgentToken(cmd) => {
            let store = open_store(&config).await?;
            cli::agents::token(&store, cmd, sspr::clock::Clock::default().now()).await
        }
        Command::Agents(cmd) => {
            let store = open_store(&config).await?;
            cli::agents::agents(&store, cmd, sspr::clock::Clock::default().now()).await
        }
        Command::Admin(cmd) => {
            let store = open_store(&config).await?;
            cli::admin::run(&store, cmd).await
        }
        Command::Directory(cmd) => {
            let store = open_store(&config).await?;
            let state = state(config, store, Parts::default()).await?;
            cli::directory::run(&state, cmd).await
        }
        Command::User(cmd) => {
            let store = open_store(&config).await?;
            let state = state(config, store, Parts::default()).await?;
            match cmd {
                cli::UserCommand::Add(args) => cli::users::add(&state, args).await,
                cli::UserCommand::Import { slug, file } => {
                    cli::users::import(&state, &slug, &file).await
                }
            }
        }
    }
}
