//! argon2id password hashing on a fixed set of worker threads, one per core, shared by the
//! whole process. Each worker allocates argon2's ~19 MiB of memory blocks once and reuses them
//! for every hash and verification.
//!
//! Why: hashing on tokio's blocking pool let each of its many threads keep its own 19 MiB
//! (glibc gives each thread an arena, and freed blocks stay in it), and peak memory grew to
//! hundreds of MB under load. Here memory is cores × 19 MiB, and jobs wait in a queue.

use anyhow::Context;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};
use tokio::sync::oneshot;

/// Handle on the process's hashing workers; clone freely.
#[derive(Clone)]
pub struct Hasher {
    jobs: Sender<Job>,
}

struct Job {
    work: Work,
    reply: oneshot::Sender<anyhow::Result<Done>>,
}

enum Work {
    Hash(SecretString),
    Verify(SecretString, String),
}

enum Done {
    Hashed(String),
    Verified(bool),
}

impl Default for Hasher {
    /// The process-wide workers (started on first use).
    fn default() -> Self {
        static JOBS: OnceLock<Sender<Job>> = OnceLock::new();
        let jobs = JOBS.get_or_init(|| {
            let (jobs, queue) = channel::<Job>();
            let queue = Arc::new(Mutex::new(queue));
            for n in 0..super::cores() {
                let queue = queue.clone();
                let spawned = std::thread::Builder::new()
                    .name(format!("argon2-{n}"))
                    .spawn(move || work(&queue));
                if let Err(e) = spawned {
                    tracing::error!(error = %e, "could not start a hashing worker");
                }
            }
            jobs
        });
        Hasher { jobs: jobs.clone() }
    }
}

impl Hasher {
    async fn run(&self, work: Work) -> anyhow::Result<Done> {
        let (reply, done) = oneshot::channel();
        self.jobs
            .send(Job { work, reply })
            .map_err(|_| anyhow::anyhow!("the hashing workers have stopped"))?;
        done.await.context("a hashing worker stopped")?
    }

    /// Hashes a password with argon2id (OWASP parameters: m=19 MiB, t=2, p=1), as a PHC string.
    pub async fn hash(&self, password: &SecretString) -> anyhow::Result<String> {
        match self.run(Work::Hash(password.clone())).await? {
            Done::Hashed(phc) => Ok(phc),
            Done::Verified(_) => anyhow::bail!("hashing worker answered a verification"),
        }
    }

    /// Whether the password matches the stored PHC hash. A malformed hash is an error.
    pub async fn verify(&self, password: &SecretString, stored: &str) -> anyhow::Result<bool> {
        let work = Work::Verify(password.clone(), stored.to_string());
        match self.run(work).await? {
            Done::Verified(ok) => Ok(ok),
            Done::Hashed(_) => anyhow::bail!("hashing worker answered a hash"),
        }
    }

    /// Spends the time of one verification without a stored hash, so an unknown user ID takes
    /// as long to refuse as a wrong password.
    pub async fn verify_nothing(&self, password: &SecretString) {
        static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
        let stored = DUMMY
            .get_or_try_init(|| async {
                let random = hex::encode(super::random_bytes::<16>());
                self.hash(&SecretString::from(random)).await
            })
            .await;
        if let Ok(stored) = stored {
            let _ = self.verify(password, stored).await;
        }
    }
}

/// A worker: takes jobs until the queue closes, with one set of memory blocks for all of them.
fn work(queue: &Mutex<Receiver<Job>>) {
    // Allocated with the first job, so an idle portal doesn't hold it.
    let mut blocks = Vec::new();
    loop {
        let job = match queue.lock() {
            Ok(queue) => match queue.recv() {
                Ok(job) => job,
                Err(_) => return,
            },
            Err(_) => return,
        };
        if blocks.is_empty() {
            blocks = vec![Block::default(); Params::DEFAULT.block_count()];
        }
        let done = match job.work {
            Work::Hash(password) => hash(&password, &mut blocks).map(Done::Hashed),
            Work::Verify(password, stored) => {
                verify(&password, &stored, &mut blocks).map(Done::Verified)
            }
        };
        let _ = job.reply.send(done);
    }
}

fn hash(password: &SecretString, blocks: &mut [Block]) -> anyhow::Result<String> {
    let params = Params::DEFAULT;
    let salt = super::random_bytes::<16>();
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(
            password.expose_secret().as_bytes(),
            &salt,
            &mut out,
            blocks,
        )
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| anyhow::anyhow!("params: {e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("output: {e}"))?),
    };
    Ok(phc.to_string())
}

fn verify(password: &SecretString, stored: &str, blocks: &mut [Block]) -> anyhow::Result<bool> {
    let err = |what: &str, e: &dyn std::fmt::Display| anyhow::anyhow!("stored hash: {what}: {e}");
    let parsed = PasswordHash::new(stored).map_err(|e| err("format", &e))?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| err("algorithm", &e))?;
    let version = match parsed.version {
        Some(v) => Version::try_from(v).map_err(|e| err("version", &e))?,
        None => Version::V0x13,
    };
    let params = Params::try_from(&parsed).map_err(|e| err("parameters", &e))?;
    let expected = parsed.hash.context("stored hash: no hash")?;
    let salt = parsed.salt.context("stored hash: no salt")?;
    let mut salt_buf = [0u8; 64];
    let salt = salt
        .decode_b64(&mut salt_buf)
        .map_err(|e| err("salt", &e))?;
    let mut out = vec![0u8; expected.len()];
    let argon = Argon2::new(algorithm, version, params.clone());
    let pw = password.expose_secret().as_bytes();
    // A hash made with more memory than ours (an import) gets a buffer of its own, once.
    let result = if params.block_count() <= blocks.len() {
        argon.hash_password_into_with_memory(pw, salt, &mut out, blocks)
    } else {
        let mut bigger = vec![Block::default(); params.block_count()];
        argon.hash_password_into_with_memory(pw, salt, &mut out, &mut bigger)
    };
    result.map_err(|e| err("argon2", &e))?;
    // Output's equality is constant-time.
    Ok(Output::new(&out).map_err(|e| err("output", &e))? == expected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[tokio::test]
    async fn hashes_with_argon2id_and_verifies() {
        let h = Hasher::default();
        let pw = SecretString::from("correct horse");
        let stored = h.hash(&pw).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(h.verify(&pw, &stored).await.unwrap());
        let wrong = SecretString::from("wrong");
        assert!(!h.verify(&wrong, &stored).await.unwrap());
        assert!(h.verify(&pw, "not a hash").await.is_err());
    }

    #[tokio::test]
    async fn hashes_are_the_standard_phc_format_both_ways() {
        let h = Hasher::default();
        let pw = SecretString::from("correct horse");
        // Ours verify with the argon2 crate's own verifier...
        let ours = h.hash(&pw).await.unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            Argon2::default()
                .verify_password(b"correct horse", &parsed)
                .is_ok()
        );
        // ...and hashes made by it (as stored before the workers existed), with other
        // parameters too, verify with ours.
        let salt = SaltString::encode_b64(b"0123456789abcdef").unwrap();
        let theirs = Argon2::default()
            .hash_password(b"correct horse", &salt)
            .unwrap()
            .to_string();
        assert!(h.verify(&pw, &theirs).await.unwrap());
        let bigger = Params::new(32 * 1024, 1, 1, None).unwrap();
        let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, bigger)
            .hash_password(b"correct horse", &salt)
            .unwrap()
            .to_string();
        assert!(h.verify(&pw, &theirs).await.unwrap());
        assert!(!h.verify(&SecretString::from("x"), &theirs).await.unwrap());
    }
}
