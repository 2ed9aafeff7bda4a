//! Key files kept outside the database: read only when other users of the machine can't read
//! them, as SSH treats private keys.

use anyhow::Context;
use std::path::Path;

/// Reads a key file, refusing one that any user of the machine may read or write (the fix is
/// in the message). Group access is allowed, for a service group, and logged.
pub fn read_private(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .with_context(|| format!("reading {what} {}", path.display()))?
            .permissions()
            .mode()
            & 0o777;
        if mode & 0o007 != 0 {
            anyhow::bail!(
                "{what} {} can be read or changed by every user of this machine (mode {mode:04o}): chmod 600 {}",
                path.display(),
                path.display()
            );
        }
        if mode & 0o070 != 0 {
            tracing::warn!(file = %path.display(), mode = %format!("{mode:04o}"), "{what} is open to its group");
        }
    }
    std::fs::read(path).with_context(|| format!("reading {what} {}", path.display()))
}

/// Writes a new key file readable by its owner only (`path` must not exist; its directory is
/// created if need be).
pub fn write_private(path: &Path, bytes: &[u8], what: &str) -> anyhow::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {what} {}", path.display()))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_key_file_others_can_read_is_refused_with_the_fix() {
        use std::os::unix::fs::PermissionsExt;
        let path = std::env::temp_dir().join(format!("sspr-key-{}", uuid::Uuid::new_v4()));
        std::fs::write(&path, [7u8; 32]).unwrap();
        let set = |mode| std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode));
        set(0o644).unwrap();
        let refused = read_private(&path, "key_file").unwrap_err().to_string();
        assert!(refused.contains("mode 0644"), "{refused}");
        assert!(refused.contains("chmod 600"), "{refused}");
        set(0o602).unwrap();
        assert!(read_private(&path, "key_file").is_err());
        set(0o640).unwrap();
        assert_eq!(read_private(&path, "key_file").unwrap(), vec![7u8; 32]);
        set(0o600).unwrap();
        assert_eq!(read_private(&path, "key_file").unwrap().len(), 32);
        let _ = std::fs::remove_file(path);
    }
}
