//! Secrets at rest (directory bind passwords, webhook secrets): sealed with ChaCha20-Poly1305
//! under a key kept in a file outside the database, so a copy of the database alone gives
//! none of them away.
//!
//! A sealed value reads `sealed:v1:KEYID:BASE64`, where KEYID names the key (the first bytes of
//! its SHA-256, not secret) and BASE64 holds the nonce and the ciphertext. Each value is bound
//! to where it is stored (tenant, target, field), so one can't be moved to another place.

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use sha2::{Digest, Sha256};
use std::path::Path;

const PREFIX: &str = "sealed:v1:";
const KEY_LEN: usize = 32;

/// The key that seals stored secrets.
pub struct SealingKey {
    key: LessSafeKey,
    id: String,
}

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SealingKey({})", self.id)
    }
}

impl SealingKey {
    pub fn from_bytes(bytes: &[u8]) -> anyhow::Result<SealingKey> {
        if bytes.len() != KEY_LEN {
            bail!("a secret key is {KEY_LEN} bytes, not {}", bytes.len());
        }
        let unbound = UnboundKey::new(&CHACHA20_POLY1305, bytes)
            .map_err(|_| anyhow::anyhow!("unusable secret key"))?;
        Ok(SealingKey {
            key: LessSafeKey::new(unbound),
            id: hex::encode(&Sha256::digest(bytes)[..6]),
        })
    }

    /// Reads a key file (32 raw bytes).
    pub fn read(path: &Path) -> anyhow::Result<SealingKey> {
        let bytes = super::key_files::read_private(path, "the secret key file")?;
        SealingKey::from_bytes(&bytes).with_context(|| {
            format!(
                "the secret key file {} must hold exactly {KEY_LEN} bytes",
                path.display()
            )
        })
    }

    /// Writes a new random key to `path` (which must not exist, and whose directory is
    /// created if need be), readable by its owner only, and returns it.
    pub fn create(path: &Path) -> anyhow::Result<SealingKey> {
        let bytes = super::random_bytes::<KEY_LEN>();
        super::key_files::write_private(path, &bytes, "the secret key file")?;
        SealingKey::from_bytes(&bytes)
    }

    /// The key's name as written in sealed values.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Seals `clear` for the place `context` names.
    pub fn seal(&self, clear: &str, context: &str) -> anyhow::Result<String> {
        let nonce_bytes = super::random_bytes::<NONCE_LEN>();
        let nonce = Nonce::assume_unique_for_key(nonce_bytes);
        let mut data = clear.as_bytes().to_vec();
        self.key
            .seal_in_place_append_tag(nonce, Aad::from(context.as_bytes()), &mut data)
            .map_err(|_| anyhow::anyhow!("sealing a secret failed"))?;
        let mut out = nonce_bytes.to_vec();
        out.extend_from_slice(&data);
        Ok(format!(
            "{PREFIX}{}:{}",
            self.id,
            STANDARD_NO_PAD.encode(out)
        ))
    }

    /// Opens a sealed value stored at `context`.
    pub fn open(&self, sealed: &str, context: &str) -> anyhow::Result<String> {
        let Some((id, body)) = sealed
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.split_once(':'))
        else {
            bail!("not a sealed value");
        };
        if id != self.id {
            bail!(
                "a stored secret was sealed with key {id}, but the secret key file holds key {}",
                self.id
            );
        }
        let raw = STANDARD_NO_PAD
            .decode(body)
            .context("a sealed value is damaged")?;
        if raw.len() < NONCE_LEN {
            bail!("a sealed value is damaged");
        }
        let (nonce, sealed) = raw.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce)
            .map_err(|_| anyhow::anyhow!("a sealed value is damaged"))?;
        let mut data = sealed.to_vec();
        let clear = self
            .key
            .open_in_place(nonce, Aad::from(context.as_bytes()), &mut data)
            .map_err(|_| {
                anyhow::anyhow!(
                    "a sealed value doesn't open: damaged, or moved from where it was stored"
                )
            })?;
        Ok(String::from_utf8(clear.to_vec())?)
    }
}

/// Whether a stored value is sealed (else it is a clear value from before sealing).
pub fn is_sealed(value: &str) -> bool {
    value.starts_with(PREFIX)
}

/// The key ID a sealed value names.
pub fn sealed_with(value: &str) -> Option<&str> {
    value
        .strip_prefix(PREFIX)?
        .split_once(':')
        .map(|(id, _)| id)
}

/// Creates `path` with `bytes`, mode 0600, failing if it exists.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seals_and_opens_only_in_its_place_and_with_its_key() {
        let dir = std::env::temp_dir().join(format!("sspr-key-{}", uuid::Uuid::new_v4()));
        let key = SealingKey::create(&dir.join("a")).unwrap();
        let sealed = key.seal("svc-secret", "t1/0/bind_password").unwrap();
        assert!(is_sealed(&sealed) && !sealed.contains("svc-secret"));
        assert_eq!(sealed_with(&sealed), Some(key.id()));
        assert_eq!(
            key.open(&sealed, "t1/0/bind_password").unwrap(),
            "svc-secret"
        );
        assert_ne!(
            sealed,
            key.seal("svc-secret", "t1/0/bind_password").unwrap()
        );
        assert!(key.open(&sealed, "t2/0/bind_password").is_err(), "moved");
        let other = SealingKey::create(&dir.join("b")).unwrap();
        let refused = other.open(&sealed, "t1/0/bind_password").unwrap_err();
        assert!(refused.to_string().contains(key.id()));
        let mut damaged = sealed.clone();
        damaged.replace_range(sealed.len() - 3.., "AAA");
        assert!(key.open(&damaged, "t1/0/bind_password").is_err());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_key_file_is_created_private_and_never_overwritten() {
        let dir = std::env::temp_dir().join(format!("sspr-key-{}", uuid::Uuid::new_v4()));
        let path = dir.join("secret.key");
        let key = SealingKey::create(&path).unwrap();
        assert_eq!(SealingKey::read(&path).unwrap().id(), key.id());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(SealingKey::create(&path).is_err());
        std::fs::write(&path, b"short").unwrap();
        assert!(SealingKey::read(&path).is_err());
        let _ = std::fs::remove_dir_all(dir);
    }
}
