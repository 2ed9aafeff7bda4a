//! The image captcha, with no server state until the form is submitted.
//!
//! The answer travels in the form as a signed, expiring token: `issued.nonce.answer_mac.tag`,
//! where `answer_mac` is an HMAC of the answer and `tag` an HMAC of the whole token, both bound
//! to the form, the tenant and the browser. On submit the nonce is recorded (one statement, so
//! of many parallel submissions one wins) and only then is the answer compared.

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
        let tag = tag(key, bind, &issued, &nonce, &answer_mac);
        Ok(Issued {
            png_base64,
            token: format!("{issued}.{nonce}.{answer_mac}.{tag}"),
        })
    }
}

/// One picture: its answer and its PNG as base64.
pub fn render() -> (String, Option<String>) {
    let mut c = captcha::Captcha::new();
    c.set_chars(&"23456789abcdefghkmnprstuvwxyz".chars().collect::<Vec<_>>())
        .add_chars(5)
        .apply_filter(captcha::filters::Noise::new(0.2))
        .apply_filter(captcha::filters::Wave::new(2.0, 8.0).horizontal())
        .view(220, 100)
        .apply_filter(captcha::filters::Dots::new(8));
    (c.chars_as_string(), c.as_base64())
}

fn answer_mac(key: &[u8], b: Binding<'_>, issued: &str, nonce: &str, answer: &str) -> String {
    let answer = answer.trim().to_lowercase();
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

fn tag(key: &[u8], b: Binding<'_>, issued: &str, nonce: &str, answer_mac: &str) -> String {
    let parts = [
        "captcha token",
        b.form,
        b.tenant_id,
        b.browser,
        issued,
        nonce,
    ];
    hmac_hex(key, &[&parts[..], &[answer_mac]].concat())[..32].to_string()
}

/// A token whose signature, binding and age check out, not yet redeemed.
#[derive(Debug)]
pub struct Opened<'t> {
    issued: &'t str,
    pub nonce: &'t str,
    answer_mac: &'t str,
    pub expires_at: i64,
}

/// Reads a token for this binding; None if it is malformed, forged, bound elsewhere or too old.
pub fn open<'t>(key: &[u8], bind: Binding<'_>, token: &'t str, now: i64) -> Option<Opened<'t>> {
    let mut parts = token.split('.');
    let (issued, nonce, answer_mac, given_tag) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !same(&tag(key, bind, issued, nonce, answer_mac), given_tag) {
        return None;
    }
    let at: i64 = issued.parse().ok()?;
    let expires_at = at + TOKEN_TTL_SECS;
    // A little leeway for instances whose clocks differ by a few seconds.
    (at <= now + 60 && now < expires_at).then_some(Opened {
        issued,
        nonce,
        answer_mac,
        expires_at,
    })
}

impl Opened<'_> {
    /// Whether `typed` is the picture's answer (case-insensitive).
    pub fn answered_by(&self, key: &[u8], bind: Binding<'_>, typed: &str) -> bool {
        let mac = answer_mac(key, bind, self.issued, self.nonce, typed);
        same(&mac, self.answer_mac)
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
        let later = format!("2000.{}.{}.{}", parts[1], parts[2], parts[3]);
        assert!(
            open(b"key", BIND, &later, 2000).is_none(),
            "issue time moved"
        );
        let mut flipped = issued.token.clone().into_bytes();
        let last = flipped.len() - 1;
        flipped[last] = if flipped[last] == b'0' { b'1' } else { b'0' };
        let flipped = String::from_utf8(flipped).unwrap();
        assert!(open(b"key", BIND, &flipped, 1000).is_none(), "tag changed");
        for junk in ["", "1000", "a.b.c.d", "1000.x.y.z.w"] {
            assert!(open(b"key", BIND, junk, 1000).is_none(), "{junk}");
        }
    }
}
