//! `sspr user add` and `sspr user import`: create users in the embedded directory and
//! pre-populate their contact data, as Entra admins do with PowerShell.

use crate::directory::embedded::{NewUser, save_user_on};
use crate::domain::contact::{Email, Phone};
use crate::state::AppState;
use crate::store::registrations::{ContactKind, Registration, Source, put_registration_on};
use anyhow::{Context, bail};
use secrecy::SecretString;
use serde::Deserialize;
use std::io::Read;

#[derive(clap::Args, Debug)]
pub struct AddArgs {
    pub slug: String,
    pub login: String,
    #[arg(long)]
    pub given_name: String,
    #[arg(long)]
    pub surname: String,
    #[arg(long)]
    pub display_name: Option<String>,
    /// The user's own (work) mailbox.
    #[arg(long)]
    pub mail: Option<String>,
    /// Pre-registered alternate email (trusted as set by an admin).
    #[arg(long)]
    pub alternate_email: Option<String>,
    /// Pre-registered mobile phone, international form (+1 4255550100).
    #[arg(long)]
    pub mobile: Option<String>,
    /// Office phone (admin-set; users can't change it).
    #[arg(long)]
    pub office_phone: Option<String>,
    #[arg(long = "group")]
    pub groups: Vec<String>,
    #[arg(long)]
    pub admin: bool,
    /// Read the initial password from standard input (otherwise the user has none until a reset).
    #[arg(long)]
    pub password_stdin: bool,
}

/// One CSV row: login,given_name,surname,display_name,mail,alternate_email,mobile,office_phone,groups,admin
#[derive(Debug, Deserialize)]
struct Row {
    login: String,
    given_name: String,
    surname: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    mail: String,
    #[serde(default)]
    alternate_email: String,
    #[serde(default)]
    mobile: String,
    #[serde(default)]
    office_phone: String,
    /// Groups separated by `;`.
    #[serde(default)]
    groups: String,
    #[serde(default)]
    admin: String,
}

/// A user ready to write, with their pre-registered contacts.
struct Prepared {
    user: NewUser,
    contacts: Vec<(ContactKind, String)>,
}

fn optional(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

fn prepare(args: AddArgs, password: Option<SecretString>) -> anyhow::Result<Prepared> {
    let mut contacts = Vec::new();
    if let Some(e) = args.alternate_email.as_deref().and_then(optional) {
        contacts.push((
            ContactKind::Email,
            Email::parse(e)
                .map_err(anyhow::Error::msg)?
                .as_str()
                .to_string(),
        ));
    }
    if let Some(m) = args.mobile.as_deref().and_then(optional) {
        contacts.push((
            ContactKind::Mobile,
            Phone::parse(m)
                .map_err(anyhow::Error::msg)?
                .e164()
                .to_string(),
        ));
    }
    let office = match args.office_phone.as_deref().and_then(optional) {
        Some(p) => Some(
            Phone::parse(p)
                .map_err(|e| anyhow::anyhow!("office phone: {e}"))?
                .e164()
                .to_string(),
        ),
        None => None,
    };
    let mail = match args.mail.as_deref().and_then(optional) {
        Some(m) => Some(
            Email::parse(m)
                .map_err(|e| anyhow::anyhow!("mail: {e}"))?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    crate::domain::user_id::UserId::parse(&args.login)
        .map_err(|e| anyhow::anyhow!("login: {e}"))?;
    let display_name = args
        .display_name
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| format!("{} {}", args.given_name, args.surname));
    Ok(Prepared {
        user: NewUser {
            login: args.login,
            display_name,
            given_name: args.given_name,
            surname: args.surname,
            mail,
            office_phone: office,
            password,
            groups: args.groups,
            is_admin: args.admin,
        },
        contacts,
    })
}

/// Users written per transaction by an import: each transaction is short, so a portal serving
/// on the same database is never held up for long.
const IMPORT_CHUNK: usize = 1000;

/// Writes users and their contacts in one transaction (passwords are hashed first).
async fn write_batch(state: &AppState, tenant_id: &str, batch: &[Prepared]) -> anyhow::Result<()> {
    let now = state.clock.now();
    let mut hashes = Vec::with_capacity(batch.len());
    for p in batch {
        hashes.push(match &p.user.password {
            Some(pw) => Some(state.hasher.hash(pw).await?),
            None => None,
        });
    }
    let mut tx = state.store.writer.begin().await?;
    for (p, hash) in batch.iter().zip(&hashes) {
        save_user_on(&mut *tx, tenant_id, &p.user, hash.as_deref(), now).await?;
        let login_key = p.user.login.to_lowercase();
        for (kind, value) in &p.contacts {
            let reg = Registration {
                kind: *kind,
                value: value.clone(),
                source: Source::Admin,
                verified_at: Some(now),
            };
            put_registration_on(&mut *tx, tenant_id, &login_key, &reg, now).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

pub async fn add(state: &AppState, args: AddArgs) -> anyhow::Result<()> {
    let tenant = super::policy::find(&state.store, &args.slug).await?;
    let password = if args.password_stdin {
        let mut buf = String::new();
        std::io::stdin()
            .read_to_string(&mut buf)
            .context("reading the password from stdin")?;
        let pw = buf.trim_end_matches(['\r', '\n']).to_string();
        if pw.is_empty() {
            bail!("the password on standard input is empty");
        }
        Some(SecretString::from(pw))
    } else {
        None
    };
    let prepared = prepare(args, password)?;
    let login = prepared.user.login.clone();
    write_batch(state, &tenant.id, &[prepared]).await?;
    println!("user {login} saved in {}", tenant.slug);
    Ok(())
}

/// The file's rows, each checked and made ready to write (`line` numbers count the header).
fn read_rows(
    file: &std::path::Path,
) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Prepared>>> {
    let reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(file)
        .with_context(|| format!("opening {}", file.display()))?;
    Ok(reader
        .into_deserialize::<Row>()
        .map(|row| row.map_err(anyhow::Error::from).and_then(prepare_row)))
}

fn prepare_row(r: Row) -> anyhow::Result<Prepared> {
    let args = AddArgs {
        slug: String::new(),
        login: r.login,
        given_name: r.given_name,
        surname: r.surname,
        display_name: optional(&r.display_name).map(str::to_string),
        mail: optional(&r.mail).map(str::to_string),
        alternate_email: optional(&r.alternate_email).map(str::to_string),
        mobile: optional(&r.mobile).map(str::to_string),
        office_phone: optional(&r.office_phone).map(str::to_string),
        groups: r
            .groups
            .split(';')
            .filter_map(optional)
            .map(str::to_string)
            .collect(),
        admin: matches!(r.admin.to_lowercase().as_str(), "1" | "true" | "yes"),
        password_stdin: false,
    };
    prepare(args, None)
}

/// Reads the file twice: first every row is checked, and nothing is written if any is wrong;
/// then the rows are written a chunk per transaction. Rows are upserts, so if the database fails
/// part-way, importing the same file again finishes the job.
pub async fn import(state: &AppState, slug: &str, file: &std::path::Path) -> anyhow::Result<()> {
    let tenant = super::policy::find(&state.store, slug).await?;
    let mut errors = Vec::new();
    let mut rows = 0;
    for (i, row) in read_rows(file)?.enumerate() {
        rows += 1;
        if let Err(e) = row {
            errors.push(format!("line {}: {e:#}", i + 2));
        }
    }
    if !errors.is_empty() {
        let shown = errors.len().min(50);
        let more = match errors.len() - shown {
            0 => String::new(),
            n => format!("\n… and {n} more"),
        };
        bail!(
            "nothing imported; fix these rows:\n{}{more}",
            errors[..shown].join("\n")
        );
    }
    let mut batch = Vec::with_capacity(IMPORT_CHUNK);
    for row in read_rows(file)? {
        batch.push(row?);
        if batch.len() == IMPORT_CHUNK {
            write_batch(state, &tenant.id, &batch).await?;
            batch.clear();
        }
    }
    write_batch(state, &tenant.id, &batch).await?;
    println!("imported {rows} users into {}", tenant.slug);
    Ok(())
}
