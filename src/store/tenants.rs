//! Tenants: each organisation's slug, host name, display name and policy (JSON).

use super::Store;
use super::tenant_cache::Found;
use crate::directory::settings::DirectorySettings;
use crate::domain::policy::Policy;
use anyhow::Context;
use sqlx::Row;

/// A tenant as the portal uses it.
#[derive(Debug, Clone)]
pub struct Tenant {
    pub id: String,
    pub slug: String,
    pub host: Option<String>,
    pub name: String,
    pub policy: Policy,
    /// Where users are looked up and passwords written (holds the service account's password).
    pub directory: DirectorySettings,
}

const COLUMNS: &str = "id, slug, host, name, policy, directory";

fn from_row(store: &Store, row: &sqlx::any::AnyRow) -> anyhow::Result<Tenant> {
    let policy_json: String = row.try_get("policy")?;
    let directory_json: String = row.try_get("directory")?;
    let id: String = row.try_get("id")?;
    let mut directory =
        serde_json::from_str(&directory_json).context("decoding a stored tenant directory")?;
    store.open_secrets(&id, &mut directory)?;
    Ok(Tenant {
        id,
        slug: row.try_get("slug")?,
        host: row.try_get("host")?,
        name: row.try_get("name")?,
        policy: serde_json::from_str(&policy_json).context("decoding a stored tenant policy")?,
        directory,
    })
}

impl Store {
    pub async fn tenant_by_slug(&self, slug: &str) -> anyhow::Result<Option<Tenant>> {
        self.one_tenant("slug", slug).await
    }

    pub async fn tenant_by_host(&self, host: &str) -> anyhow::Result<Option<Tenant>> {
        self.one_tenant("host", host).await
    }

    /// The tenant whose `column` (slug or host) is `value`, from the cache when it is fresh.
    async fn one_tenant(&self, column: &str, value: &str) -> anyhow::Result<Option<Tenant>> {
        let key = format!("{column}:{value}");
        if let Some(Found::One(found)) = self.tenant_cache.get(&key) {
            return Ok(*found);
        }
        let sql = format!("SELECT {COLUMNS} FROM tenants WHERE {column} = $1");
        let row = sqlx::query(&sql)
            .bind(value)
            .fetch_optional(&mut *self.readers.acquire().await?)
            .await?;
        let found = row.as_ref().map(|row| from_row(self, row)).transpose()?;
        self.tenant_cache
            .put(key, Found::One(Box::new(found.clone())));
        Ok(found)
    }

    /// The tenant as stored now, past the cache: what an admin page changes is applied to
    /// this, so a save never writes back a copy up to `TTL` old.
    pub async fn tenant_fresh(&self, id: &str) -> anyhow::Result<Option<Tenant>> {
        let sql = format!("SELECT {COLUMNS} FROM tenants WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&mut *self.readers.acquire().await?)
            .await?;
        row.as_ref().map(|row| from_row(self, row)).transpose()
    }

    pub async fn tenants(&self) -> anyhow::Result<Vec<Tenant>> {
        if let Some(Found::All(all)) = self.tenant_cache.get("all") {
            return Ok(all);
        }
        let sql = format!("SELECT {COLUMNS} FROM tenants ORDER BY slug");
        let rows = sqlx::query(&sql)
            .fetch_all(&mut *self.readers.acquire().await?)
            .await?;
        let all = rows
            .iter()
            .map(|row| from_row(self, row))
            .collect::<anyhow::Result<Vec<_>>>()?;
        self.tenant_cache.put("all".into(), Found::All(all.clone()));
        Ok(all)
    }

    /// Creates a tenant with the default policy; fails if the slug is taken.
    pub async fn create_tenant(
        &self,
        slug: &str,
        name: &str,
        host: Option<&str>,
        now: i64,
    ) -> anyhow::Result<Tenant> {
        let tenant = Tenant {
            id: uuid::Uuid::new_v4().to_string(),
            slug: slug.to_string(),
            host: host.map(str::to_string),
            name: name.to_string(),
            policy: Policy::default(),
            directory: DirectorySettings::default(),
        };
        sqlx::query(
            "INSERT INTO tenants (id, slug, host, name, policy, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&tenant.id)
        .bind(slug)
        .bind(host)
        .bind(name)
        .bind(serde_json::to_string(&tenant.policy)?)
        .bind(now)
        .execute(&mut *self.writer.acquire().await?)
        .await
        .with_context(|| format!("creating tenant {slug} (is the slug or host already taken?)"))?;
        self.tenants_changed().await?;
        Ok(tenant)
    }

    /// Saves a tenant's name, host, policy and directory.
    pub async fn update_tenant(&self, tenant: &Tenant) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE tenants SET name = $1, host = $2, policy = $3, directory = $4 WHERE id = $5",
        )
        .bind(&tenant.name)
        .bind(&tenant.host)
        .bind(serde_json::to_string(&tenant.policy)?)
        .bind(serde_json::to_string(
            &self.sealed(&tenant.id, &tenant.directory)?,
        )?)
        .bind(&tenant.id)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        self.tenants_changed().await
    }
}
