//! The captcha, a picture and the same digits spoken (`captcha_audio`), with no server state
//! until the form is submitted.
//!
//! The answer travels in the form as a signed, expiring token:
//! `issued.nonce.answer_mac.sealed.tag`, where `answer_mac` is an HMAC of the answer, `sealed`
//! the answer encrypted for the recording (XOR with an HMAC keystream unique to the nonce), and
//! `tag` an HMAC of the whole token, all bound to the form, the tenant and the browser. On
//! submit the nonce is recorded (one statement, so of many parallel submissions one wins) and
//! only then is the answer compared; a recording is refused once the nonce is spent.

use super::{hmac_hex, random_token, same};
use crate::store::Store;
use anyhow::Context;
use std::sync::{Arc, Mutex};

/// How long a picture can be answered.
pub const TOKEN_TTL_SECS: i64 = 10 * 60;

/// Generates captchas, a few at a time (one per core, shared with other CPU work); tests may
/// attach a witness that records answers as they are issued.
#[derive(Clone, Default)]
pub struct CaptchaService {
    witness: Option<Arc<Mutex<Vec<String>>>>,
}

/// What a token is bound to: it works only on this form, of this tenant, in this browser.
#[derive(Debug, Clone, Copy)]
pub struct Binding<'a> {
    pub form: &'a str,
    pub tenant_id: &'a str,
    pub browser: &'a str,
}

/// A fresh captcha: the PNG (base64) and the token for the form.
pub struct Issued {
    pub png_base64: String,
    pub token: String,
}

/// What a submitted answer came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    /// The answer was wrong (the picture is spent all the same).
    Wrong,
    /// The token is too old, was answered before, or is not one of ours for this form.
    Refused,
}

impl CaptchaService {
    /// A service whose answers are also pushed to `witness` (only used by the test harness).
    pub fn with_witness(witness: Arc<Mutex<Vec<String>>>) -> Self {
        CaptchaService {
            witness: Some(witness),
        }
    }

    /// Renders a new picture off the async threads (one per core at a time).
    pub async fn issue(&self, key: &[u8], bind: Binding<'_>, now: i64) -> anyhow::Result<Issued> {
        let (answer, png_base64) = super::cpu::run(render).await?;
        let png_base64 = png_base64.context("rendering the captcha")?;
        if let Some(w) = &self.witness
            && let Ok(mut list) = w.lock()
        {
            list.push(answer.clone());
        }
        let nonce = random_token();
        let issued = now.to_string();
        let answer_mac = answer_mac(key, bind, &issued, &nonce, &answer);
        let sealed = hex::encode(xor(&answer, &keystream(key, bind, &issued, &nonce)));
        let tag = tag(key, bind, &issued, &nonce, &answer_mac, &sealed);
        Ok(Issued {
            png_base64,
            token: format!("{issued}.{nonce}.{answer_mac}.{sealed}.{tag}"),
        })
    }
}

/// How many digits a challenge has.
pub const LENGTH: u32 = 7;

/// One picture: its answer (digits, which can be spoken in every language) and its PNG as
/// base64. The picture font has no 0 or 1 (too like O and l), so seven of the other eight.
pub fn render() -> (String, Option<String>) {
    let mut c = captcha::Captcha::new();
    c.set_chars(&"23456789".chars().collect::<Vec<_>>())
        .add_chars(LENGTH)
        .apply_filter(captcha::filters::Noise::new(0.2))
        .apply_filter(captcha::filters::Wave::new(2.0, 8.0).horizontal())
        .view(220, 100)
        .apply_filter(captcha::filters::Dots::new(8));
    (c.chars_as_string(), c.as_base64())
}

fn answer_mac(key: &[u8], b: Binding<'_>, issued: &str, nonce: &str, answer: &str) -> String {
    // Spaces don't count: a listener may type the digits as they hear them, "12 34 56".
    let answer: String = answer
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let parts = [
        "captcha answer",
        b.form,
        b.tenant_id,
        b.browser,
        issued,
        nonce,
    ];
    hmac_hex(key, &[&parts[..], &[answer.as_str()]].concat())[..32].to_string()
}

fn tag(
    key: &[u8],
    b: Binding<'_>,
    issued: &str,
    nonce: &str,
    answer_mac: &str,
    sealed: &str,
) -> String {
    let parts = [
        "captcha token",
        b.form,
        b.tenant_id,
        b.browser,
        issued,
        nonce,
        answer_mac,
        sealed,
    ];
    hmac_hex(key, &parts)[..32].to_string()
}

/// The pad the answer is sealed with for the recording: unique to the token's nonce.
fn keystream(key: &[u8], b: Binding<'_>, issued: &str, nonce: &str) -> Vec<u8> {
    let parts = [
        "captcha audio",
        b.form,
        b.tenant_id,
        b.browser,
        issued,
        nonce,
    ];
    hex::decode(hmac_hex(key, &parts)).unwrap_or_default()
}

fn xor(data: &str, pad: &[u8]) -> Vec<u8> {
    data.bytes().zip(pad.iter()).map(|(d, p)| d ^ p).collect()
}

/// A token whose signature, binding and age check out, not yet redeemed.
#[derive(Debug)]
pub struct Opened<'t> {
    issued: &'t str,
    pub nonce: &'t str,
    answer_mac: &'t str,
    sealed: &'t str,
    pub expires_at: i64,
}

/// Reads a token for this binding; None if it is malformed, forged, bound elsewhere or too old.
pub fn open<'t>(key: &[u8], bind: Binding<'_>, token: &'t str, now: i64) -> Option<Opened<'t>> {
    let mut parts = token.split('.');
    let (issued, nonce, answer_mac, sealed, given_tag) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    let expected = tag(key, bind, issued, nonce, answer_mac, sealed);
    if parts.next().is_some() || !same(&expected, given_tag) {
        return None;
    }
    let at: i64 = issued.parse().ok()?;
    let expires_at = at + TOKEN_TTL_SECS;
    // A little leeway for instances whose clocks differ by a few seconds.
    (at <= now + 60 && now < expires_at).then_some(Opened {
        issued,
        nonce,
        answer_mac,
        sealed,
        expires_at,
    })
}

impl Opened<'_> {
    /// Whether `typed` is the picture's answer (case-insensitive).
    pub fn answered_by(&self, key: &[u8], bind: Binding<'_>, typed: &str) -> bool {
        let mac = answer_mac(key, bind, self.issued, self.nonce, typed);
        same(&mac, self.answer_mac)
    }

    /// The answer, for the recording (None if the sealed part doesn't open to digits).
    pub fn answer(&self, key: &[u8], bind: Binding<'_>) -> Option<String> {
        let sealed = hex::decode(self.sealed).ok()?;
        let pad = keystream(key, bind, self.issued, self.nonce);
        let clear: Vec<u8> = sealed.iter().zip(pad.iter()).map(|(s, p)| s ^ p).collect();
        let answer = String::from_utf8(clear).ok()?;
        (answer.len() == sealed.len() && answer.chars().all(|c| c.is_ascii_digit()))
            .then_some(answer)
    }
}

/// Redeems a submitted token: checks it, records its nonce (a second use is refused), then
/// compares the answer.
pub async fn redeem(
    store: &Store,
    key: &[u8],
    bind: Binding<'_>,
    token: &str,
    typed: &str,
    now: i64,
) -> anyhow::Result<Verdict> {
    let Some(opened) = open(key, bind, token, now) else {
        return Ok(Verdict::Refused);
    };
    if !store.claim_nonce(opened.nonce, opened.expires_at).await? {
        return Ok(Verdict::Refused);
    }
    Ok(if opened.answered_by(key, bind, typed) {
        Verdict::Passed
    } else {
        Verdict::Wrong
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIND: Binding<'static> = Binding {
        form: "reset",
        tenant_id: "t1",
        browser: "b1",
    };

    async fn issue(now: i64) -> (Issued, String) {
        let witness = Arc::new(Mutex::new(Vec::new()));
        let svc = CaptchaService::with_witness(witness.clone());
        let issued = svc.issue(b"key", BIND, now).await.unwrap();
        let answer = witness.lock().unwrap()[0].clone();
        (issued, answer)
    }

    #[tokio::test]
    async fn the_answer_is_checked_case_insensitively() {
        let (issued, answer) = issue(1000).await;
        assert!(!issued.png_base64.is_empty());
        let opened = open(b"key", BIND, &issued.token, 1000).unwrap();
        assert!(opened.answered_by(b"key", BIND, &answer.to_uppercase()));
        assert!(!opened.answered_by(b"key", BIND, "nope"));
        assert_eq!(answer.len(), LENGTH as usize);
        assert!(answer.chars().all(|c| c.is_ascii_digit()), "{answer}");
    }

    #[tokio::test]
    async fn the_recording_reads_the_same_answer_and_only_with_the_key() {
        let (issued, answer) = issue(1000).await;
        let opened = open(b"key", BIND, &issued.token, 1000).unwrap();
        assert_eq!(
            opened.answer(b"key", BIND).as_deref(),
            Some(answer.as_str())
        );
        // The sealed part isn't the answer in the clear.
        assert!(!issued.token.contains(&hex::encode(&answer)));
        assert!(!issued.token.split('.').any(|p| p == answer));
    }

    #[tokio::test]
    async fn a_token_works_only_where_and_while_it_was_issued() {
        let (issued, _) = issue(1000).await;
        let t = issued.token.as_str();
        assert!(open(b"key", BIND, t, 1000 + TOKEN_TTL_SECS - 1).is_some());
        assert!(
            open(b"key", BIND, t, 1000 + TOKEN_TTL_SECS).is_none(),
            "expired"
        );
        assert!(
            open(b"key", BIND, t, 1000 - 120).is_none(),
            "from the future"
        );
        for other in [
            Binding {
                form: "helpdesk",
                ..BIND
            },
            Binding {
                tenant_id: "t2",
                ..BIND
            },
            Binding {
                browser: "b2",
                ..BIND
            },
        ] {
            assert!(open(b"key", other, t, 1000).is_none(), "{other:?}");
        }
        assert!(open(b"other key", BIND, t, 1000).is_none());
    }

    #[tokio::test]
    async fn a_tampered_token_is_refused() {
        let (issued, _) = issue(1000).await;
        let parts: Vec<&str> = issued.token.split('.').collect();
        let later = format!("2000.{}.{}.{}.{}", parts[1], parts[2], parts[3], parts[4]);
        assert!(
            open(b"key", BIND, &later, 2000).is_none(),
            "issue time moved"
        );
        let mut flipped = issued.token.clone().into_bytes();
        let last = flipped.len() - 1;
        flipped[last] = if flipped[last] == b'0' { b'1' } else { b'0' };
        let flipped = String::from_utf8(flipped).unwrap();
        assert!(open(b"key", BIND, &flipped, 1000).is_none(), "tag changed");
        for junk in ["", "1000", "a.b.c.d.e", "1000.x.y.z.w.v"] {
            assert!(open(b"key", BIND, junk, 1000).is_none(), "{junk}");
        }
    }
}
