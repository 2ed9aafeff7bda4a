//! Texts and voice calls through an HTTP gateway: Twilio's API shape or a generic JSON webhook.

use crate::config::{GatewayConfig, GatewayKind};
use crate::i18n::Lang;
use anyhow::Context;
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// Text or call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneKind {
    Sms,
    Voice,
}

impl PhoneKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneKind::Sms => "sms",
            PhoneKind::Voice => "voice",
        }
    }
}

/// One message to a phone: for a call, `text` is what the voice reads, in `lang`.
#[derive(Debug, Clone)]
pub struct PhoneMessage {
    pub kind: PhoneKind,
    pub to: String,
    pub text: String,
    pub lang: Lang,
}

/// Where texts and calls go.
#[derive(Clone)]
pub enum PhoneGateway {
    Twilio {
        client: reqwest::Client,
        base: String,
        account_sid: String,
        auth_token: SecretString,
        from: String,
    },
    Webhook {
        client: reqwest::Client,
        url: String,
        auth_token: Option<SecretString>,
    },
    /// Captured in the dev outbox.
    Outbox,
}

impl PhoneGateway {
    pub fn from_config(config: Option<&GatewayConfig>) -> anyhow::Result<PhoneGateway> {
        let Some(c) = config else {
            return Ok(PhoneGateway::Outbox);
        };
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(c.timeout_secs))
            .build()
            .context("building the gateway HTTP client")?;
        Ok(match c.kind {
            GatewayKind::Twilio => PhoneGateway::Twilio {
                client,
                base: c.url.trim_end_matches('/').to_string(),
                account_sid: c.account_sid.clone().context("twilio account_sid")?,
                auth_token: c.auth_token.clone().context("twilio auth_token")?,
                from: c.from.clone().context("twilio from")?,
            },
            GatewayKind::Webhook => PhoneGateway::Webhook {
                client,
                url: c.url.clone(),
                auth_token: c.auth_token.clone(),
            },
        })
    }

    /// Sends through the gateway; any non-2xx answer is an error.
    pub async fn send(&self, msg: &PhoneMessage) -> anyhow::Result<()> {
        let response = match self {
            PhoneGateway::Twilio {
                client,
                base,
                account_sid,
                auth_token,
                from,
            } => {
                let (resource, body_field, body) = match msg.kind {
                    PhoneKind::Sms => ("Messages.json", "Body", msg.text.clone()),
                    PhoneKind::Voice => ("Calls.json", "Twiml", twiml_say(&msg.text, msg.lang)),
                };
                let url = format!("{base}/2010-04-01/Accounts/{account_sid}/{resource}");
                client
                    .post(url)
                    .basic_auth(account_sid, Some(auth_token.expose_secret()))
                    .form(&[
                        ("To", msg.to.as_str()),
                        ("From", from.as_str()),
                        (body_field, body.as_str()),
                    ])
                    .send()
                    .await
            }
            PhoneGateway::Webhook {
                client,
                url,
                auth_token,
            } => {
                let mut request = client.post(url).json(&serde_json::json!({
                    "channel": msg.kind.as_str(),
                    "to": msg.to,
                    "text": msg.text,
                    "language": msg.lang.tag(),
                }));
                if let Some(token) = auth_token {
                    request = request.bearer_auth(token.expose_secret());
                }
                request.send().await
            }
            PhoneGateway::Outbox => anyhow::bail!("the outbox gateway is written by Channels"),
        }
        .context("reaching the phone gateway")?;
        let status = response.status();
        if !status.is_success() {
            anyhow::bail!("the phone gateway answered {status}");
        }
        Ok(())
    }
}

/// XML text with its markup characters escaped.
fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// TwiML that reads the text twice, in the message's language.
fn twiml_say(text: &str, lang: Lang) -> String {
    let escaped = xml_escape(text);
    let again = xml_escape(&lang.t("voice-again"));
    let language = lang.voice_tag();
    format!(
        "<Response><Say language=\"{language}\">{escaped}</Say><Pause length=\"1\"/><Say language=\"{language}\">{again} {escaped}</Say></Response>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twiml_escapes_and_speaks_the_language() {
        assert_eq!(
            twiml_say("A&B <1>", Lang::En),
            "<Response><Say language=\"en-US\">A&amp;B &lt;1&gt;</Say><Pause length=\"1\"/><Say language=\"en-US\">Again. A&amp;B &lt;1&gt;</Say></Response>"
        );
        let german = twiml_say("Code", Lang::De);
        assert!(
            german.contains("<Say language=\"de-DE\">Noch einmal: Code</Say>"),
            "{german}"
        );
    }
}
