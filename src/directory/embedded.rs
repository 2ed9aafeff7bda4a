//! The embedded directory: users in the portal's own database with argon2id hashes.

use super::{DirUser, DirectoryError};
use crate::clock::Clock;
use crate::domain::user_id::UserId;
use crate::security::hashing::Hasher;
use crate::store::{Store, flag};
use secrecy::SecretString;
use sqlx::Row;

/// Users stored next to the portal's own data.
#[derive(Clone)]
pub struct EmbeddedDirectory {
    store: Store,
    hasher: Hasher,
    clock: Clock,
}

/// A user to create (CLI `user add` / `user import`, demo seeding).
#[derive(Debug, Clone, Default)]
pub struct NewUser {
    pub login: String,
    pub display_name: String,
    pub given_name: String,
    pub surname: String,
    pub mail: Option<String>,
    pub office_phone: Option<String>,
    pub password: Option<SecretString>,
    pub groups: Vec<String>,
    pub is_admin: bool,
}

fn unavailable(e: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Unavailable(e.to_string())
}

const COLUMNS: &str = "login, display_name, given_name, surname, mail, office_phone, enabled, locked, must_change, groups_csv, is_admin";

fn from_row(row: &sqlx::any::AnyRow) -> Result<DirUser, sqlx::Error> {
    let groups: String = row.try_get("groups_csv")?;
    Ok(DirUser {
        login: row.try_get("login")?,
        display_name: row.try_get("display_name")?,
        given_name: row.try_get("given_name")?,
        surname: row.try_get("surname")?,
        mail: row.try_get("mail")?,
        office_phone: row.try_get("office_phone")?,
        // The embedded directory's users register their contacts in the portal.
        mobile: None,
        alternate_email: None,
        enabled: flag(row, "enabled")?,
        locked: flag(row, "locked")?,
        must_change: flag(row, "must_change")?,
        groups: groups
            .split(',')
            .filter(|g| !g.is_empty())
            .map(str::to_string)
            .collect(),
        is_admin: flag(row, "is_admin")?,
        dn: None,
    })
}

/// Writes a user's row on `db` (the pool, or a transaction of a bulk import); `hash` is the
/// PHC string of their password, None to keep the one they have.
pub async fn save_user_on<'e, E>(
    db: E,
    tenant_id: &str,
    user: &NewUser,
    hash: Option<&str>,
    now: i64,
) -> anyhow::Result<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let id =
        UserId::parse(&user.login).map_err(|e| anyhow::anyhow!("user {:?}: {e}", user.login))?;
    sqlx::query(
        "INSERT INTO dir_users (tenant_id, login_key, login, display_name, given_name, surname, mail, office_phone,
             password_hash, enabled, locked, must_change, groups_csv, is_admin, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, 0, 0, $10, $11, $12)
         ON CONFLICT (tenant_id, login_key) DO UPDATE SET login = $3, display_name = $4, given_name = $5,
             surname = $6, mail = $7, office_phone = $8,
             password_hash = COALESCE($9, dir_users.password_hash), groups_csv = $10, is_admin = $11, updated_at = $12",
    )
    .bind(tenant_id)
    .bind(id.key())
    .bind(id.as_str())
    .bind(&user.display_name)
    .bind(&user.given_name)
    .bind(&user.surname)
    .bind(&user.mail)
    .bind(&user.office_phone)
    .bind(hash)
    .bind(user.groups.join(","))
    .bind(i64::from(user.is_admin))
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

impl EmbeddedDirectory {
    pub fn new(store: Store, hasher: Hasher, clock: Clock) -> Self {
        EmbeddedDirectory {
            store,
            hasher,
            clock,
        }
    }

    pub async fn find_user(&self, tenant_id: &str, id: &UserId) -> Result<DirUser, DirectoryError> {
        let sql =
            format!("SELECT {COLUMNS} FROM dir_users WHERE tenant_id = $1 AND login_key = $2");
        let row = sqlx::query(&sql)
            .bind(tenant_id)
            .bind(id.key())
            .fetch_optional(&mut *self.store.readers.acquire().await.map_err(unavailable)?)
            .await
            .map_err(unavailable)?;
        match row {
            Some(row) => from_row(&row).map_err(unavailable),
            None => Err(DirectoryError::NotFound),
        }
    }

    /// Users whose user ID, display name or mail starts with `prefix` (any case), at most
    /// `limit`, by user ID. `%`, `_` and `\` typed are matched as themselves.
    pub async fn search_users(
        &self,
        tenant_id: &str,
        prefix: &str,
        limit: usize,
    ) -> Result<Vec<DirUser>, DirectoryError> {
        let escaped: String = prefix
            .to_lowercase()
            .chars()
            .flat_map(|c| match c {
                '%' | '_' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        let pattern = format!("{escaped}%");
        let sql = format!(
            "SELECT {COLUMNS} FROM dir_users WHERE tenant_id = $1 AND (login_key LIKE $2 ESCAPE '\\' \
             OR LOWER(display_name) LIKE $2 ESCAPE '\\' OR LOWER(mail) LIKE $2 ESCAPE '\\') \
             ORDER BY login_key LIMIT $3"
        );
        let rows = sqlx::query(&sql)
            .bind(tenant_id)
            .bind(&pattern)
            .bind(i64::try_from(limit).unwrap_or(i64::MAX))
            .fetch_all(&mut *self.store.readers.acquire().await.map_err(unavailable)?)
            .await
            .map_err(unavailable)?;
        rows.iter()
            .map(|row| from_row(row).map_err(unavailable))
            .collect()
    }

    async fn stored_hash(
        &self,
        tenant_id: &str,
        user: &DirUser,
    ) -> Result<Option<String>, DirectoryError> {
        let row = sqlx::query(
            "SELECT password_hash FROM dir_users WHERE tenant_id = $1 AND login_key = $2",
        )
        .bind(tenant_id)
        .bind(user.key())
        .fetch_optional(&mut *self.store.readers.acquire().await.map_err(unavailable)?)
        .await
        .map_err(unavailable)?
        .ok_or(DirectoryError::NotFound)?;
        row.try_get("password_hash").map_err(unavailable)
    }

    pub async fn verify_password(
        &self,
        tenant_id: &str,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<bool, DirectoryError> {
        match self.stored_hash(tenant_id, user).await? {
            Some(hash) => self
                .hasher
                .verify(password, &hash)
                .await
                .map_err(unavailable),
            None => {
                // No password set (an imported user): the same argon2 work as a wrong password,
                // so the answer's timing doesn't tell such users apart.
                self.hasher.verify_nothing(password).await;
                Ok(false)
            }
        }
    }

    /// The embedded directory has no rules beyond the tenant's password policy.
    pub async fn check_password(
        &self,
        _tenant_id: &str,
        _user: &DirUser,
        _password: &SecretString,
    ) -> Result<(), DirectoryError> {
        Ok(())
    }

    pub async fn set_password(
        &self,
        tenant_id: &str,
        user: &DirUser,
        password: &SecretString,
        must_change: bool,
        unlock: bool,
    ) -> Result<(), DirectoryError> {
        let hash = self.hasher.hash(password).await.map_err(unavailable)?;
        let done = sqlx::query(
            "UPDATE dir_users SET password_hash = $1, must_change = $2, locked = CASE WHEN $5 = 1 THEN 0 ELSE locked END
             WHERE tenant_id = $3 AND login_key = $4",
        )
        .bind(hash)
        .bind(i64::from(must_change))
        .bind(tenant_id)
        .bind(user.key())
        .bind(i64::from(unlock))
        .execute(&mut *self.store.writer.acquire().await.map_err(unavailable)?)
        .await
        .map_err(unavailable)?;
        if done.rows_affected() == 0 {
            return Err(DirectoryError::NotFound);
        }
        Ok(())
    }

    /// Whether the password is one of the last `keep` the portal set for this user.
    pub async fn in_history(
        &self,
        tenant_id: &str,
        login_key: &str,
        password: &SecretString,
        keep: u32,
    ) -> Result<bool, DirectoryError> {
        let rows = sqlx::query(
            "SELECT hash FROM password_history WHERE tenant_id = $1 AND login_key = $2 ORDER BY at DESC LIMIT $3",
        )
        .bind(tenant_id)
        .bind(login_key)
        .bind(i64::from(keep))
        .fetch_all(&mut *self.store.readers.acquire().await.map_err(unavailable)?)
        .await
        .map_err(unavailable)?;
        for row in rows {
            let hash: String = row.try_get("hash").map_err(unavailable)?;
            if self
                .hasher
                .verify(password, &hash)
                .await
                .map_err(unavailable)?
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Remembers a password the portal set, keeping only the last `keep`.
    pub async fn remember(
        &self,
        tenant_id: &str,
        login_key: &str,
        password: &SecretString,
        keep: u32,
    ) -> Result<(), DirectoryError> {
        let hash = self.hasher.hash(password).await.map_err(unavailable)?;
        let now = self.clock.now();
        sqlx::query(
            "INSERT INTO password_history (id, tenant_id, login_key, hash, at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(tenant_id)
        .bind(login_key)
        .bind(hash)
        .bind(now)
        .execute(&mut *self.store.writer.acquire().await.map_err(unavailable)?)
        .await
        .map_err(unavailable)?;
        let rows = sqlx::query(
            "SELECT id FROM password_history WHERE tenant_id = $1 AND login_key = $2 ORDER BY at DESC, id",
        )
        .bind(tenant_id)
        .bind(login_key)
        .fetch_all(&mut *self.store.readers.acquire().await.map_err(unavailable)?)
        .await
        .map_err(unavailable)?;
        for row in rows.iter().skip(keep as usize) {
            let id: String = row.try_get("id").map_err(unavailable)?;
            sqlx::query("DELETE FROM password_history WHERE id = $1")
                .bind(id)
                .execute(&mut *self.store.writer.acquire().await.map_err(unavailable)?)
                .await
                .map_err(unavailable)?;
        }
        Ok(())
    }

    /// Keeps a copy of a user and their new password after a write to the directory they live
    /// in (a chained "cloud copy"); the user row is created if it isn't there yet.
    pub async fn store_copy(
        &self,
        tenant_id: &str,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<(), DirectoryError> {
        let copy = NewUser {
            login: user.login.clone(),
            display_name: user.display_name.clone(),
            given_name: user.given_name.clone(),
            surname: user.surname.clone(),
            mail: user.mail.clone(),
            office_phone: user.office_phone.clone(),
            password: Some(password.clone()),
            groups: user.groups.clone(),
            is_admin: user.is_admin,
        };
        let now = self.clock.now();
        self.upsert_user(tenant_id, &copy, now)
            .await
            .map_err(unavailable)
    }

    pub async fn set_office_phone(
        &self,
        tenant_id: &str,
        user: &DirUser,
        phone: Option<&str>,
    ) -> Result<(), DirectoryError> {
        sqlx::query(
            "UPDATE dir_users SET office_phone = $1, updated_at = $2 WHERE tenant_id = $3 AND login_key = $4",
        )
        .bind(phone)
        .bind(self.clock.now())
        .bind(tenant_id)
        .bind(user.key())
        .execute(&mut *self.store.writer.acquire().await.map_err(unavailable)?)
        .await
        .map_err(unavailable)?;
        Ok(())
    }

    pub async fn unlock(&self, tenant_id: &str, user: &DirUser) -> Result<(), DirectoryError> {
        sqlx::query("UPDATE dir_users SET locked = 0 WHERE tenant_id = $1 AND login_key = $2")
            .bind(tenant_id)
            .bind(user.key())
            .execute(&mut *self.store.writer.acquire().await.map_err(unavailable)?)
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    pub async fn is_member_of(
        &self,
        _tenant_id: &str,
        user: &DirUser,
        group: &str,
    ) -> Result<bool, DirectoryError> {
        Ok(user.groups.iter().any(|g| g.eq_ignore_ascii_case(group)))
    }

    /// Creates or replaces a user (operator tools and demo seeding).
    /// Creates a user or updates their details (and password, if given).
    pub async fn upsert_user(
        &self,
        tenant_id: &str,
        user: &NewUser,
        now: i64,
    ) -> anyhow::Result<()> {
        let hash = match &user.password {
            Some(pw) => Some(self.hasher.hash(pw).await?),
            None => None,
        };
        let mut conn = self.store.writer.acquire().await.map_err(unavailable)?;
        save_user_on(&mut *conn, tenant_id, user, hash.as_deref(), now).await
    }

    /// Sets the enabled / locked flags (operator tools; the unlock flow uses `unlock`).
    pub async fn set_flags(
        &self,
        tenant_id: &str,
        login: &UserId,
        enabled: bool,
        locked: bool,
    ) -> anyhow::Result<()> {
        sqlx::query("UPDATE dir_users SET enabled = $1, locked = $2 WHERE tenant_id = $3 AND login_key = $4")
            .bind(i64::from(enabled))
            .bind(i64::from(locked))
            .bind(tenant_id)
            .bind(login.key())
            .execute(&mut *self.store.writer.acquire().await.map_err(unavailable)?)
            .await?;
        Ok(())
    }

    /// Mailboxes of the tenant's admins (helpdesk requests and admin-reset notices go there).
    pub async fn admin_mailboxes(&self, tenant_id: &str) -> anyhow::Result<Vec<String>> {
        let rows = sqlx::query(
            "SELECT mail FROM dir_users WHERE tenant_id = $1 AND is_admin = 1 AND mail IS NOT NULL ORDER BY login_key",
        )
        .bind(tenant_id)
        .fetch_all(&mut *self.store.readers.acquire().await.map_err(unavailable)?)
        .await?;
        rows.iter().map(|r| Ok(r.try_get("mail")?)).collect()
    }
}
