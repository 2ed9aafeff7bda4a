//! Email: messages built with lettre, sent over SMTP (none / STARTTLS / TLS, optional
//! credentials) by `SmtpClient`, or captured in the dev outbox.

use super::smtp::SmtpClient;
use crate::config::SmtpConfig;
use anyhow::Context;
use lettre::Message;
use lettre::message::{Mailbox, MultiPart};
use std::sync::Arc;

/// One email, rendered: the sender's display name is the tenant's organisation name.
#[derive(Debug, Clone)]
pub struct Email {
    pub from_name: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Where emails go.
#[derive(Clone)]
pub enum Mailer {
    Smtp {
        client: Arc<SmtpClient>,
        from_address: String,
    },
    /// Captured in the dev outbox.
    Outbox,
}

impl Mailer {
    pub fn from_config(config: Option<&SmtpConfig>) -> anyhow::Result<Mailer> {
        let Some(c) = config else {
            return Ok(Mailer::Outbox);
        };
        c.from_address
            .parse::<lettre::Address>()
            .context("smtp.from_address is not a valid address")?;
        Ok(Mailer::Smtp {
            client: Arc::new(SmtpClient::new(c)?),
            from_address: c.from_address.clone(),
        })
    }

    /// Builds the SMTP message (None for the outbox, which keeps the text).
    pub fn compose(&self, email: &Email) -> anyhow::Result<Option<Message>> {
        let Mailer::Smtp { from_address, .. } = self else {
            return Ok(None);
        };
        let from = Mailbox::new(Some(email.from_name.clone()), from_address.parse()?);
        let to: Mailbox = email.to.parse().context("recipient address")?;
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(&email.subject)
            .multipart(MultiPart::alternative_plain_html(
                email.text.clone(),
                email.html.clone(),
            ))
            .context("building the email")?;
        Ok(Some(message))
    }

    /// Sends over SMTP. (The outbox case is handled by `Channels`, which owns the store.)
    pub async fn send(&self, email: &Email) -> anyhow::Result<()> {
        let (Mailer::Smtp { client, .. }, Some(message)) = (self, self.compose(email)?) else {
            anyhow::bail!("the outbox mailer is written by Channels");
        };
        client
            .send(message.envelope(), &message.formatted())
            .await
            .context("SMTP delivery")
    }
}
