//! The agent's key and what is sealed to it: HPKE (RFC 9180) in base mode with
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and ChaCha20-Poly1305. The agent makes its key pair
//! at first start and keeps the private half in a file only its user can read; the portal
//! keeps the public half, so what the portal seals (a challenge now, passwords later) only the
//! agent can open, and a copy of the portal's database opens nothing.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use sha2::{Digest, Sha256};
use std::path::Path;

type Kem = X25519HkdfSha256;

/// Bytes of an encapsulated key (X25519: a public key).
const ENC_LEN: usize = 32;

/// The portal's copy of an agent's identity: its public key.
#[derive(Clone, PartialEq, Eq)]
pub struct AgentPublicKey(<Kem as hpke::Kem>::PublicKey);

/// The agent's private key (only in the agent's process and key file).
pub struct AgentKey {
    private: <Kem as hpke::Kem>::PrivateKey,
    public: AgentPublicKey,
}

impl AgentPublicKey {
    /// Reads the base64url form the agent sends at enrolment.
    pub fn parse(encoded: &str) -> Option<AgentPublicKey> {
        let bytes = URL_SAFE_NO_PAD.decode(encoded.trim()).ok()?;
        <Kem as hpke::Kem>::PublicKey::from_bytes(&bytes)
            .ok()
            .map(AgentPublicKey)
    }

    pub fn encoded(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0.to_bytes())
    }

    /// The agent's ID: the first 16 hex digits of the key's SHA-256, so the ID names the key
    /// and no other state has to be kept beside it.
    pub fn agent_id(&self) -> String {
        hex::encode(&Sha256::digest(self.0.to_bytes())[..8])
    }

    /// Seals `clear` to this key: only the agent can open it, and only with the same `info`
    /// (what it is) and `aad` (whose and for which job).
    pub fn seal(&self, info: &[u8], aad: &[u8], clear: &[u8]) -> anyhow::Result<String> {
        let (enc, sealed) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem>(
            &OpModeS::Base,
            &self.0,
            info,
            clear,
            aad,
        )
        .map_err(|e| anyhow::anyhow!("sealing to the agent's key: {e}"))?;
        let mut out = enc.to_bytes().to_vec();
        out.extend_from_slice(&sealed);
        Ok(URL_SAFE_NO_PAD.encode(out))
    }
}

impl std::fmt::Debug for AgentPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AgentPublicKey({})", self.agent_id())
    }
}

impl AgentKey {
    /// A new random key pair.
    pub fn generate() -> AgentKey {
        let (private, public) = Kem::gen_keypair();
        AgentKey {
            private,
            public: AgentPublicKey(public),
        }
    }

    fn from_bytes(bytes: &[u8]) -> anyhow::Result<AgentKey> {
        let private = <Kem as hpke::Kem>::PrivateKey::from_bytes(bytes)
            .map_err(|_| anyhow::anyhow!("an agent key file holds 32 bytes"))?;
        let public = AgentPublicKey(Kem::sk_to_pk(&private));
        Ok(AgentKey { private, public })
    }

    /// Reads the key file, or makes a new key and writes it (readable by its owner only) when
    /// there is none yet.
    pub fn load_or_create(path: &Path) -> anyhow::Result<AgentKey> {
        if path.exists() {
            let bytes = crate::security::key_files::read_private(path, "the agent key file")?;
            return AgentKey::from_bytes(&bytes);
        }
        let key = AgentKey::generate();
        crate::security::key_files::write_private(
            path,
            &key.private.to_bytes(),
            "the agent key file",
        )?;
        Ok(key)
    }

    pub fn public(&self) -> &AgentPublicKey {
        &self.public
    }

    /// Opens what the portal sealed to this key with the same `info` and `aad`.
    pub fn open(&self, info: &[u8], aad: &[u8], sealed: &str) -> anyhow::Result<Vec<u8>> {
        let bytes = URL_SAFE_NO_PAD
            .decode(sealed.trim())
            .map_err(|_| anyhow::anyhow!("a sealed message is base64url"))?;
        if bytes.len() < ENC_LEN {
            anyhow::bail!("a sealed message is too short");
        }
        let (enc, ciphertext) = bytes.split_at(ENC_LEN);
        let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(enc)
            .map_err(|_| anyhow::anyhow!("a sealed message's key can't be read"))?;
        hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
            &OpModeR::Base,
            &self.private,
            &enc,
            info,
            ciphertext,
            aad,
        )
        .map_err(|_| anyhow::anyhow!("a sealed message didn't open with this agent's key"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_agent_opens_what_is_sealed_to_it_for_that_purpose() {
        let agent = AgentKey::generate();
        let other = AgentKey::generate();
        let sealed = agent
            .public()
            .seal(b"challenge", b"acme|a1", b"secret")
            .unwrap();
        assert_eq!(
            agent.open(b"challenge", b"acme|a1", &sealed).unwrap(),
            b"secret"
        );
        // Another key, another purpose, another tenant or a changed byte: nothing opens.
        assert!(other.open(b"challenge", b"acme|a1", &sealed).is_err());
        assert!(agent.open(b"password", b"acme|a1", &sealed).is_err());
        assert!(agent.open(b"challenge", b"contoso|a1", &sealed).is_err());
        let mut bytes = URL_SAFE_NO_PAD.decode(&sealed).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert!(
            agent
                .open(b"challenge", b"acme|a1", &URL_SAFE_NO_PAD.encode(bytes))
                .is_err()
        );
        // Each seal is fresh: the same message twice gives two different ciphertexts.
        let again = agent
            .public()
            .seal(b"challenge", b"acme|a1", b"secret")
            .unwrap();
        assert_ne!(sealed, again);
    }

    #[test]
    fn the_key_file_is_made_once_private_and_read_back() {
        let path = std::env::temp_dir().join(format!("sspr-agent-{}.key", uuid::Uuid::new_v4()));
        let first = AgentKey::load_or_create(&path).unwrap();
        let second = AgentKey::load_or_create(&path).unwrap();
        assert_eq!(first.public(), second.public());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let id = first.public().agent_id();
        assert_eq!(id.len(), 16);
        let parsed = AgentPublicKey::parse(&first.public().encoded()).unwrap();
        assert_eq!(parsed.agent_id(), id);
        assert!(AgentPublicKey::parse("not a key").is_none());
        std::fs::remove_file(&path).unwrap();
    }
}
