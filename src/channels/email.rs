//! Email over SMTP with lettre (none / STARTTLS / TLS, optional credentials).

use crate::config::{SmtpConfig, SmtpSecurity};
use anyhow::Context;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;
use std::time::Duration;

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
        transport: AsyncSmtpTransport<Tokio1Executor>,
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
        let mut builder = match c.security {
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&c.host),
            SmtpSecurity::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&c.host)
                .context("setting up SMTP STARTTLS")?,
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&c.host)
                .context("setting up SMTP TLS")?,
        }
        .port(c.port)
        .timeout(Some(Duration::from_secs(15)));
        if let (Some(user), Some(pass)) = (&c.username, &c.password) {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                pass.expose_secret().to_string(),
            ));
        }
        c.from_address
            .parse::<lettre::Address>()
            .context("smtp.from_address is not a valid address")?;
        Ok(Mailer::Smtp {
            transport: builder.build(),
            from_address: c.from_address.clone(),
        })
    }

    /// Sends over SMTP. (The outbox case is handled by `Channels`, which owns the store.)
    pub async fn send(&self, email: &Email) -> anyhow::Result<()> {
        let Mailer::Smtp {
            transport,
            from_address,
        } = self
        else {
            anyhow::bail!("the outbox mailer is written by Channels");
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
        transport.send(message).await.context("SMTP delivery")?;
        Ok(())
    }
}
