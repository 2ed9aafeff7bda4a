//! The dev outbox: emails, texts and calls captured when no real channel is configured.

use super::Store;
use sqlx::Row;

/// One captured message.
#[derive(Debug, Clone)]
pub struct OutboxMessage {
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
}

impl Store {
    pub async fn put_outbox(&self, tenant_id: &str, msg: &OutboxMessage) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO outbox (id, tenant_id, channel, recipient, subject, body, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(tenant_id)
        .bind(&msg.channel)
        .bind(&msg.recipient)
        .bind(&msg.subject)
        .bind(&msg.body)
        .bind(msg.created_at)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }

    /// The newest captured messages of a tenant, newest first.
    pub async fn outbox(&self, tenant_id: &str, limit: i64) -> anyhow::Result<Vec<OutboxMessage>> {
        let rows = sqlx::query(
            "SELECT channel, recipient, subject, body, created_at FROM outbox WHERE tenant_id = $1
             ORDER BY created_at DESC, id DESC LIMIT $2",
        )
        .bind(tenant_id)
        .bind(limit)
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(OutboxMessage {
                    channel: row.try_get("channel")?,
                    recipient: row.try_get("recipient")?,
                    subject: row.try_get("subject")?,
                    body: row.try_get("body")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }
}
