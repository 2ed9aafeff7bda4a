//! One-time verification codes: 8 digits from a CSPRNG, kept only as an HMAC bound to their use.

use super::{hmac_hex, random_bytes};
use secrecy::{ExposeSecret, SecretString};

/// A fresh 8-digit code. Only the channel that sends it ever sees the digits.
pub fn generate() -> SecretString {
    let n = u64::from_be_bytes(random_bytes::<8>()) % 100_000_000;
    SecretString::from(format!("{n:08}"))
}

/// What a code is bound to: the flow, the gate, the method and the destination.
pub struct Binding<'a> {
    pub flow_id: &'a str,
    pub gate: u8,
    pub method: &'a str,
    pub destination: &'a str,
}

/// The stored MAC of a code for this binding.
pub fn mac(key: &[u8], binding: &Binding<'_>, code: &str) -> String {
    let gate = binding.gate.to_string();
    let digits: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    hmac_hex(
        key,
        &[
            "code",
            binding.flow_id,
            &gate,
            binding.method,
            binding.destination,
            &digits,
        ],
    )
}

/// Whether a typed code matches the stored MAC (constant-time).
pub fn matches(key: &[u8], binding: &Binding<'_>, typed: &str, stored_mac: &str) -> bool {
    super::same(&mac(key, binding, typed), stored_mac)
}

/// Digits spaced for a voice call: "1, 2, 3, …".
pub fn spoken(code: &SecretString) -> String {
    code.expose_secret()
        .chars()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_eight_digits_and_vary() {
        let a = generate();
        assert_eq!(a.expose_secret().len(), 8);
        assert!(a.expose_secret().chars().all(|c| c.is_ascii_digit()));
        let distinct: std::collections::HashSet<String> = (0..50)
            .map(|_| generate().expose_secret().to_string())
            .collect();
        assert!(distinct.len() > 45);
    }

    #[test]
    fn mac_is_bound_to_everything() {
        let b = Binding {
            flow_id: "f",
            gate: 1,
            method: "email",
            destination: "a@b.co",
        };
        let m = mac(b"k", &b, "12345678");
        assert!(matches(b"k", &b, "1234 5678", &m));
        for other in [
            Binding { flow_id: "g", ..b },
            Binding { gate: 2, ..b },
            Binding { method: "sms", ..b },
            Binding {
                destination: "c@d.co",
                ..b
            },
        ] {
            assert!(!matches(b"k", &other, "12345678", &m));
        }
    }
}
