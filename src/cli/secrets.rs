//! `sspr secrets rotate`: a new key for the stored directory secrets.

use crate::config::Config;
use crate::security::sealing::SealingKey;
use anyhow::{Context, bail};

/// Writes a new key next to the old one (`FILE.new`), encrypts every stored secret with it in
/// one transaction, then moves it over the old file. If it stops half-way, the database and
/// the file that opens it are never both lost: before the commit the old file still works,
/// after it `FILE.new` does (the message says so).
pub async fn rotate(config: &Config) -> anyhow::Result<()> {
    let Some(path) = config.secret_key_path() else {
        bail!("no secret key file is configured: set secret_key_file (or SSPR_SECRET_KEY_FILE)");
    };
    if !path.exists() {
        bail!(
            "the secret key file {} doesn't exist yet: it is created at the first start",
            path.display()
        );
    }
    let store = crate::app::open_store(config).await?;
    let old_id = store.sealing_key_id().unwrap_or_default().to_string();
    let mut next = path.clone().into_os_string();
    next.push(".new");
    let next = std::path::PathBuf::from(next);
    if next.exists() {
        bail!(
            "{} exists: an earlier rotation didn't finish. If the portal can't open its secrets with {}, move {} over it; otherwise remove it and rotate again",
            next.display(),
            path.display(),
            next.display()
        );
    }
    let new = SealingKey::create(&next)?;
    let new_id = new.id().to_string();
    let count = match store.reseal_secrets(new).await {
        Ok(count) => count,
        Err(e) => {
            let _ = std::fs::remove_file(&next);
            return Err(e.context("nothing was changed; the old key file still works"));
        }
    };
    std::fs::rename(&next, &path).with_context(|| {
        format!(
            "the secrets are encrypted with the new key, which is in {}: move it over {}",
            next.display(),
            path.display()
        )
    })?;
    println!(
        "{count} stored secrets encrypted with key {new_id} (was {old_id}); {} now holds the new key. Start every instance with it.",
        path.display()
    );
    Ok(())
}
