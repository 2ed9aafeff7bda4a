//! Security primitives: randomness, MACs, captcha, codes, password hashing and throttles.

pub mod captcha;
pub mod captcha_audio;
pub mod codes;
pub mod cpu;
pub mod hashing;
pub mod key_files;
pub mod sealing;
pub mod temporary_password;
pub mod throttle;
pub mod totp;

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The cores this process may use: the size of the pools for CPU-heavy work.
pub fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
}

/// `N` bytes from the operating system's CSPRNG (through rand's thread RNG, reseeded from it).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    rand::rng().fill_bytes(&mut buf);
    buf
}

/// A URL-safe random token (sessions, CSRF).
pub fn random_token() -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// A tracking ID users can read out to the helpdesk: `7F3K-92QD-MX4T`.
pub fn tracking_id() -> String {
    tracking_id_from(&random_bytes::<12>())
}

/// A tracking ID drawn from the first 12 of `bytes` (random or a MAC).
pub fn tracking_id_from(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let chars: Vec<char> = bytes
        .iter()
        .take(12)
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// HMAC-SHA256 of the parts (each length-prefixed, so parts can't run into each other).
#[allow(clippy::expect_used)]
pub fn hmac_hex(key: &[u8], parts: &[&str]) -> String {
    // HMAC accepts keys of any length: `new_from_slice` never fails for it.
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    for part in parts {
        mac.update(&(part.len() as u64).to_be_bytes());
        mac.update(part.as_bytes());
    }
    hex::encode(mac.finalize().into_bytes())
}

/// Constant-time comparison of two strings.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_ids_are_readable_and_distinct() {
        let a = tracking_id();
        assert_eq!(a.len(), 14);
        assert_ne!(a, tracking_id());
    }

    #[test]
    fn hmac_separates_parts() {
        assert_ne!(hmac_hex(b"k", &["ab", "c"]), hmac_hex(b"k", &["a", "bc"]));
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
    }
}
