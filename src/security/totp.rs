//! Authenticator-app codes (TOTP, RFC 6238): HMAC-SHA-1, 6 digits, 30-second steps, the step
//! before and after accepted for clock drift. The caller records the step a code was used at,
//! so each code works once.

use ring::hmac;

/// Seconds per step.
pub const STEP_SECS: i64 = 30;

/// A new random secret (160 bits, as RFC 4226 recommends).
pub fn new_secret() -> Vec<u8> {
    super::random_bytes::<20>().to_vec()
}

/// The secret as authenticator apps take it typed in: base32, in groups of four.
pub fn display_secret(secret: &[u8]) -> String {
    let text = data_encoding::BASE32_NOPAD.encode(secret);
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `otpauth://` URI a QR code carries (issuer and account percent-encoded).
pub fn uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let issuer = percent(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={}&issuer={issuer}&algorithm=SHA1&digits=6&period=30",
        percent(account),
        data_encoding::BASE32_NOPAD.encode(secret)
    )
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The code for one step.
pub fn code_at(secret: &[u8], step: i64) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let tag = hmac::sign(&key, &step.to_be_bytes());
    let mac = tag.as_ref();
    let offset = usize::from(mac[mac.len() - 1] & 0x0f);
    let word = u32::from_be_bytes([
        mac[offset] & 0x7f,
        mac[offset + 1],
        mac[offset + 2],
        mac[offset + 3],
    ]);
    format!("{:06}", word % 1_000_000)
}

/// The step of `now` (unix seconds).
pub fn step_of(now: i64) -> i64 {
    now.div_euclid(STEP_SECS)
}

/// The step `typed` is the code of, within one step of `now`, if any (spaces ignored).
pub fn matching_step(secret: &[u8], typed: &str, now: i64) -> Option<i64> {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let step = step_of(now);
    // Every candidate is compared, so the time taken doesn't tell which one matched.
    let mut found = None;
    for candidate in [step - 1, step, step + 1] {
        if super::same(&code_at(secret, candidate), &typed) && found.is_none() {
            found = Some(candidate);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B, SHA-1 (the 8-digit values' last 6 digits).
    #[test]
    fn matches_the_rfc_6238_test_vectors() {
        let secret = b"12345678901234567890";
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ] {
            assert_eq!(code_at(secret, step_of(time)), code, "at {time}");
        }
    }

    #[test]
    fn accepts_one_step_either_side_and_nothing_else() {
        let secret = new_secret();
        let now = 1_700_000_015;
        let step = step_of(now);
        assert_eq!(
            matching_step(&secret, &code_at(&secret, step), now),
            Some(step)
        );
        let spaced = code_at(&secret, step - 1);
        let spaced = format!("{} {}", &spaced[..3], &spaced[3..]);
        assert_eq!(matching_step(&secret, &spaced, now), Some(step - 1));
        assert_eq!(
            matching_step(&secret, &code_at(&secret, step + 1), now),
            Some(step + 1)
        );
        assert_eq!(
            matching_step(&secret, &code_at(&secret, step + 2), now),
            None
        );
        assert_eq!(
            matching_step(&secret, &code_at(&secret, step - 2), now),
            None
        );
        assert_eq!(matching_step(&secret, "12345", now), None);
        assert_eq!(matching_step(&secret, "abcdef", now), None);
    }

    #[test]
    fn the_uri_and_the_typed_secret_are_what_apps_expect() {
        let secret = b"12345678901234567890";
        assert_eq!(
            uri("Acme Corp", "ada", secret),
            "otpauth://totp/Acme%20Corp:ada?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20Corp&algorithm=SHA1&digits=6&period=30"
        );
        assert_eq!(
            display_secret(secret),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
        );
    }
}
