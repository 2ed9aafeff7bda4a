//! Contact methods registered by or for a user (alternate email, mobile phone).
//!
//! Kept by the portal whatever directory the tenant uses, so LDAP and AD users can register too.

use super::Store;
use sqlx::Row;

/// Which contact a registration holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Email,
    Mobile,
}

impl ContactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Email => "email",
            ContactKind::Mobile => "mobile",
        }
    }

    pub fn parse(s: &str) -> Option<ContactKind> {
        [ContactKind::Email, ContactKind::Mobile]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// Who put the contact there: an admin (trusted as is) or the user (trusted once verified).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Admin,
    User,
    /// Read from the directory at lookup (set by the administrator there), never stored.
    Directory,
}

/// One registered contact method.
#[derive(Debug, Clone)]
pub struct Registration {
    pub kind: ContactKind,
    pub value: String,
    pub source: Source,
    pub verified_at: Option<i64>,
}

impl Registration {
    /// Usable for reset: verified by the user, or pre-populated by an admin.
    pub fn is_usable(&self) -> bool {
        matches!(self.source, Source::Admin | Source::Directory) || self.verified_at.is_some()
    }
}

impl Store {
    pub async fn registrations(
        &self,
        tenant_id: &str,
        login_key: &str,
    ) -> anyhow::Result<Vec<Registration>> {
        let rows = sqlx::query(
            "SELECT method, value, source, verified_at FROM registrations WHERE tenant_id = $1 AND login_key = $2",
        )
        .bind(tenant_id)
        .bind(login_key)
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        rows.iter()
            .filter_map(|row| registration_from(row).transpose())
            .collect()
    }

    /// Inserts or replaces one contact method.
    pub async fn put_registration(
        &self,
        tenant_id: &str,
        login_key: &str,
        reg: &Registration,
        now: i64,
    ) -> anyhow::Result<()> {
        let mut conn = self.writer.acquire().await?;
        put_registration_on(&mut *conn, tenant_id, login_key, reg, now).await
    }

    /// Removes one contact method only if `allowed` says so about the user's registrations as
    /// they are at that moment, in one transaction parallel removals can't interleave (SQLite:
    /// `BEGIN IMMEDIATE` on the one writer; PostgreSQL: an advisory lock on the user). So two
    /// removals at once can't both pass a minimum that only one of them keeps. None when not
    /// allowed, else whether there was a row to remove.
    pub async fn delete_registration_if(
        &self,
        tenant_id: &str,
        login_key: &str,
        kind: ContactKind,
        allowed: impl FnOnce(&[Registration]) -> bool,
    ) -> anyhow::Result<Option<bool>> {
        let lock = super::throttles::lock_key(tenant_id, "contacts", login_key);
        let mut tx = self.exclusive([lock]).await?;
        let rows = sqlx::query(
            "SELECT method, value, source, verified_at FROM registrations WHERE tenant_id = $1 AND login_key = $2",
        )
        .bind(tenant_id)
        .bind(login_key)
        .fetch_all(&mut *tx)
        .await?;
        let now: Vec<Registration> = rows
            .iter()
            .filter_map(|row| registration_from(row).transpose())
            .collect::<anyhow::Result<_>>()?;
        if !allowed(&now) {
            tx.rollback().await?;
            return Ok(None);
        }
        let done = sqlx::query(
            "DELETE FROM registrations WHERE tenant_id = $1 AND login_key = $2 AND method = $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(kind.as_str())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(done.rows_affected() > 0))
    }

    /// Removes one contact method; false if there was none.
    pub async fn delete_registration(
        &self,
        tenant_id: &str,
        login_key: &str,
        kind: ContactKind,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "DELETE FROM registrations WHERE tenant_id = $1 AND login_key = $2 AND method = $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(kind.as_str())
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// An admin's "require re-registration": removes the contacts the user registered
    /// themselves (not those set by an administrator) and their last confirmation, so they
    /// are asked again. How many contacts were removed.
    pub async fn remove_self_registered(
        &self,
        tenant_id: &str,
        login_key: &str,
    ) -> anyhow::Result<u64> {
        let mut tx = self.writer.begin().await?;
        let removed = sqlx::query(
            "DELETE FROM registrations WHERE tenant_id = $1 AND login_key = $2 AND source = 'user'",
        )
        .bind(tenant_id)
        .bind(login_key)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("DELETE FROM contact_reviews WHERE tenant_id = $1 AND login_key = $2")
            .bind(tenant_id)
            .bind(login_key)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(removed)
    }

    /// When the user last confirmed their contact data, if ever.
    pub async fn contacts_confirmed_at(
        &self,
        tenant_id: &str,
        login_key: &str,
    ) -> anyhow::Result<Option<i64>> {
        let row = sqlx::query(
            "SELECT confirmed_at FROM contact_reviews WHERE tenant_id = $1 AND login_key = $2",
        )
        .bind(tenant_id)
        .bind(login_key)
        .fetch_optional(&mut *self.readers.acquire().await?)
        .await?;
        Ok(match row {
            Some(r) => Some(r.try_get("confirmed_at")?),
            None => None,
        })
    }

    /// Records that the user confirmed (or just changed) their contact data.
    pub async fn confirm_contacts(
        &self,
        tenant_id: &str,
        login_key: &str,
        now: i64,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO contact_reviews (tenant_id, login_key, confirmed_at) VALUES ($1, $2, $3)
             ON CONFLICT (tenant_id, login_key) DO UPDATE SET confirmed_at = $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(now)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }

    /// The registrations of the first `n` registered users in login order (a stable sample of
    /// the tenant's users, whatever their number), one list per user.
    pub async fn registration_sample(
        &self,
        tenant_id: &str,
        n: i64,
    ) -> anyhow::Result<Vec<Vec<Registration>>> {
        let rows = sqlx::query(
            "SELECT login_key, method, value, source, verified_at FROM registrations WHERE tenant_id = $1
             AND login_key IN (SELECT DISTINCT login_key FROM registrations WHERE tenant_id = $1 ORDER BY login_key LIMIT $2)
             ORDER BY login_key",
        )
        .bind(tenant_id)
        .bind(n)
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        let mut users: Vec<(String, Vec<Registration>)> = Vec::new();
        for row in &rows {
            let login: String = row.try_get("login_key")?;
            let Some(reg) = registration_from(row)? else {
                continue;
            };
            match users.last_mut() {
                Some((last, regs)) if *last == login => regs.push(reg),
                _ => users.push((login, vec![reg])),
            }
        }
        Ok(users.into_iter().map(|(_, regs)| regs).collect())
    }
}

/// A registrations row; None for a method this version doesn't know.
fn registration_from(row: &sqlx::any::AnyRow) -> anyhow::Result<Option<Registration>> {
    let method: String = row.try_get("method")?;
    let Some(kind) = ContactKind::parse(&method) else {
        return Ok(None);
    };
    let source: String = row.try_get("source")?;
    Ok(Some(Registration {
        kind,
        value: row.try_get("value")?,
        source: if source == "admin" {
            Source::Admin
        } else {
            Source::User
        },
        verified_at: row.try_get("verified_at")?,
    }))
}

/// Inserts or replaces one contact method on `db` (the pool, or a bulk import's transaction).
pub async fn put_registration_on<'e, E>(
    db: E,
    tenant_id: &str,
    login_key: &str,
    reg: &Registration,
    now: i64,
) -> anyhow::Result<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let source = match reg.source {
        // A directory's contact stored by a caller is the administrator's, as it was read.
        Source::Admin | Source::Directory => "admin",
        Source::User => "user",
    };
    sqlx::query(
        "INSERT INTO registrations (tenant_id, login_key, method, value, source, verified_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id, login_key, method)
         DO UPDATE SET value = $4, source = $5, verified_at = $6, updated_at = $7",
    )
    .bind(tenant_id)
    .bind(login_key)
    .bind(reg.kind.as_str())
    .bind(&reg.value)
    .bind(source)
    .bind(reg.verified_at)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}
