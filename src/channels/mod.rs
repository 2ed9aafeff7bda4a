//! How messages reach people: email over SMTP, texts and calls through an HTTP gateway, or the
//! dev outbox when neither is configured. Channels never see sessions or HTTP requests.

pub mod email;
pub mod messages;
pub mod phone;
mod smtp;

use crate::config::Config;
use crate::store::Store;
use crate::store::outbox::OutboxMessage;
pub use email::{Email, Mailer};
pub use phone::{PhoneGateway, PhoneMessage};

/// Every outgoing channel of the server.
#[derive(Clone)]
pub struct Channels {
    pub mailer: Mailer,
    pub phone: PhoneGateway,
    store: Store,
    /// Only in demo mode does the dev outbox keep messages: elsewhere codes are never stored
    /// readable, and a channel without a server fails its deliveries.
    demo: bool,
}

impl Channels {
    pub fn from_config(config: &Config, store: Store) -> anyhow::Result<Channels> {
        Ok(Channels {
            mailer: Mailer::from_config(config.smtp.as_ref())?,
            phone: PhoneGateway::from_config(config.phone_gateway.as_ref())?,
            store,
            demo: config.demo,
        })
    }

    /// Sends an email for a tenant (to the outbox when no SMTP server is configured, in demo
    /// mode).
    pub async fn send_email(&self, tenant_id: &str, email: &Email, now: i64) -> anyhow::Result<()> {
        match &self.mailer {
            Mailer::Outbox if !self.demo => {
                anyhow::bail!(
                    "no SMTP server is configured ([smtp]); the dev outbox keeps messages only with --demo"
                )
            }
            Mailer::Outbox => {
                let msg = OutboxMessage {
                    channel: "email".into(),
                    recipient: email.to.clone(),
                    subject: email.subject.clone(),
                    body: email.text.clone(),
                    created_at: now,
                };
                self.store.put_outbox(tenant_id, &msg).await
            }
            smtp => smtp.send(email).await,
        }
    }

    /// Texts or calls a phone (to the outbox when no gateway is configured, in demo mode).
    pub async fn send_phone(
        &self,
        tenant_id: &str,
        msg: &PhoneMessage,
        now: i64,
    ) -> anyhow::Result<()> {
        match &self.phone {
            PhoneGateway::Outbox if !self.demo => {
                anyhow::bail!(
                    "no phone gateway is configured ([phone_gateway]); the dev outbox keeps messages only with --demo"
                )
            }
            PhoneGateway::Outbox => {
                let out = OutboxMessage {
                    channel: msg.kind.as_str().into(),
                    recipient: msg.to.clone(),
                    subject: String::new(),
                    body: msg.text.clone(),
                    created_at: now,
                };
                self.store.put_outbox(tenant_id, &out).await
            }
            gateway => gateway.send(msg).await,
        }
    }

    /// Whether anything lands in the dev outbox (shown in start-up logs and the demo footer).
    pub fn uses_outbox(&self) -> bool {
        matches!(self.mailer, Mailer::Outbox) || matches!(self.phone, PhoneGateway::Outbox)
    }
}
