//! The counts behind the console's reports: registration coverage, resets and unlocks per
//! day, failures by what went wrong, and the methods users verified with. The day counts are
//! kept by the database as audit events are written (`audit_daily`, a trigger), so a report
//! reads at most a few rows per day and activity whatever the audit log's size.

use super::Store;
use sqlx::Row;

/// Each user's usable contacts (set by an admin, or registered and verified), by method.
const PER_LOGIN: &str = "SELECT login_key,
        SUM(CASE WHEN method = 'email' THEN 1 ELSE 0 END) AS email,
        SUM(CASE WHEN method = 'mobile' THEN 1 ELSE 0 END) AS mobile
    FROM registrations
    WHERE tenant_id = $1 AND (source <> 'user' OR verified_at IS NOT NULL)
    GROUP BY login_key";

/// Users by how many contacts they have, and by method.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Users with no contact, one, and two or more.
    pub by_count: [i64; 3],
    /// Users with each method: alternate email, mobile, office phone.
    pub email: i64,
    pub mobile: i64,
    pub office: i64,
}

/// One day's count of one activity and outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayCount {
    /// Days since the epoch (UTC).
    pub day: i64,
    pub activity: String,
    pub outcome: String,
    pub count: i64,
}

/// How often one activity ended with one detail (its first 24 characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailCount {
    pub activity: String,
    pub detail: String,
    pub count: i64,
}

impl Store {
    /// Coverage over the embedded directory's users (with their office phones).
    pub async fn coverage_of_directory(&self, tenant_id: &str) -> anyhow::Result<Coverage> {
        let per_user = format!(
            "SELECT CASE WHEN u.office_phone IS NOT NULL AND u.office_phone <> '' THEN 1 ELSE 0 END AS office,
                    COALESCE(r.email, 0) AS email, COALESCE(r.mobile, 0) AS mobile
             FROM dir_users u LEFT JOIN ({PER_LOGIN}) r ON r.login_key = u.login_key
             WHERE u.tenant_id = $1"
        );
        self.coverage(&per_user, tenant_id).await
    }

    /// Coverage over the users the portal has seen in a directory it doesn't keep: those who
    /// registered, signed in to registration or started a reset.
    pub async fn coverage_of_seen(&self, tenant_id: &str) -> anyhow::Result<Coverage> {
        let per_user = format!(
            "SELECT 0 AS office, COALESCE(r.email, 0) AS email, COALESCE(r.mobile, 0) AS mobile
             FROM (SELECT login_key AS k FROM registrations WHERE tenant_id = $1
                   UNION
                   SELECT login_key AS k FROM seen_users WHERE tenant_id = $1) seen
             LEFT JOIN ({PER_LOGIN}) r ON r.login_key = seen.k"
        );
        self.coverage(&per_user, tenant_id).await
    }

    async fn coverage(&self, per_user: &str, tenant_id: &str) -> anyhow::Result<Coverage> {
        let sql = format!(
            "SELECT CAST(office + email + mobile AS BIGINT) AS n, CAST(SUM(email) AS BIGINT) AS email,
                    CAST(SUM(mobile) AS BIGINT) AS mobile, CAST(SUM(office) AS BIGINT) AS office,
                    COUNT(*) AS users
             FROM ({per_user}) per_user GROUP BY office + email + mobile"
        );
        let rows = sqlx::query(&sql)
            .bind(tenant_id)
            .fetch_all(&mut *self.readers.acquire().await?)
            .await?;
        let mut c = Coverage::default();
        for row in rows {
            let n: i64 = row.try_get("n")?;
            let users: i64 = row.try_get("users")?;
            c.by_count[usize::try_from(n.clamp(0, 2))?] += users;
            c.email += row.try_get::<i64, _>("email")?;
            c.mobile += row.try_get::<i64, _>("mobile")?;
            c.office += row.try_get::<i64, _>("office")?;
        }
        Ok(c)
    }

    /// Counts of `codes` per UTC day and outcome from the day `since_day` (days since the
    /// epoch) on.
    pub async fn daily_counts(
        &self,
        tenant_id: &str,
        codes: &[&str],
        since_day: i64,
    ) -> anyhow::Result<Vec<DayCount>> {
        let places = placeholders(codes.len(), 3);
        let sql = format!(
            "SELECT day, activity, outcome, CAST(SUM(n) AS BIGINT) AS n FROM audit_daily
             WHERE tenant_id = $1 AND day >= $2 AND activity IN ({places})
             GROUP BY day, activity, outcome"
        );
        let mut query = sqlx::query(&sql).bind(tenant_id).bind(since_day);
        for code in codes {
            query = query.bind(*code);
        }
        let rows = query.fetch_all(&mut *self.readers.acquire().await?).await?;
        rows.iter()
            .map(|row| {
                Ok(DayCount {
                    day: row.try_get("day")?,
                    activity: row.try_get("activity")?,
                    outcome: row.try_get("outcome")?,
                    count: row.try_get("n")?,
                })
            })
            .collect()
    }

    /// Counts of `codes` with `outcome` from the day `since_day` on, by activity and the
    /// start of the detail.
    pub async fn detail_counts(
        &self,
        tenant_id: &str,
        codes: &[&str],
        outcome: &str,
        since_day: i64,
    ) -> anyhow::Result<Vec<DetailCount>> {
        let places = placeholders(codes.len(), 4);
        let sql = format!(
            "SELECT activity, head, CAST(SUM(n) AS BIGINT) AS n FROM audit_daily
             WHERE tenant_id = $1 AND day >= $2 AND outcome = $3 AND activity IN ({places})
             GROUP BY activity, head"
        );
        let mut query = sqlx::query(&sql)
            .bind(tenant_id)
            .bind(since_day)
            .bind(outcome);
        for code in codes {
            query = query.bind(*code);
        }
        let rows = query.fetch_all(&mut *self.readers.acquire().await?).await?;
        rows.iter()
            .map(|row| {
                Ok(DetailCount {
                    activity: row.try_get("activity")?,
                    detail: row.try_get("head")?,
                    count: row.try_get("n")?,
                })
            })
            .collect()
    }
}

/// `$first, $first+1, …` for `n` values.
fn placeholders(n: usize, first: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}
