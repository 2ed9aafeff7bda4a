//! Jobs for writeback agents. A job is given to one agent when it is queued (it is sealed to
//! that agent's key), and moves once from each state to the next in one statement each:
//! queued → taken (the agent fetched it) → done (its answer came), or → cancelled (the portal
//! stopped waiting). So a job the portal gave up on can't be taken any more, and an answer
//! that comes after that is refused instead of read.

use super::Store;
use sqlx::Row;

/// A job as queued.
pub struct NewJob<'a> {
    pub id: &'a str,
    pub tenant_id: &'a str,
    pub agent_id: &'a str,
    pub tracking_id: &'a str,
    pub operation: &'a str,
    pub sealed: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// A job an agent has just taken.
pub struct TakenJob {
    pub id: String,
    pub tracking_id: String,
    pub operation: String,
    pub sealed: String,
    pub expires_at: i64,
}

/// Where a job is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobState {
    Queued,
    Taken,
    /// The agent's answer, as it sent it.
    Done(String),
    /// Cancelled, or gone.
    Gone,
}

impl Store {
    pub async fn queue_agent_job(&self, job: NewJob<'_>) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO agent_jobs (id, tenant_id, agent_id, tracking_id, operation, sealed, state, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7, $8)",
        )
        .bind(job.id)
        .bind(job.tenant_id)
        .bind(job.agent_id)
        .bind(job.tracking_id)
        .bind(job.operation)
        .bind(job.sealed)
        .bind(job.now)
        .bind(job.expires_at)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        Ok(())
    }

    pub async fn agent_job_state(&self, id: &str) -> anyhow::Result<JobState> {
        let row = sqlx::query("SELECT state, answer FROM agent_jobs WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *self.readers.acquire().await?)
            .await?;
        let Some(row) = row else {
            return Ok(JobState::Gone);
        };
        let state: String = row.try_get("state")?;
        let answer: Option<String> = row.try_get("answer")?;
        Ok(match (state.as_str(), answer) {
            ("queued", _) => JobState::Queued,
            ("taken", _) => JobState::Taken,
            ("done", Some(answer)) => JobState::Done(answer),
            _ => JobState::Gone,
        })
    }

    /// Takes the agent's queued jobs that are still awaited: each is taken by one statement,
    /// so a job cancelled at the same moment is either taken or cancelled, never both.
    pub async fn take_agent_jobs(&self, agent_id: &str, now: i64) -> anyhow::Result<Vec<TakenJob>> {
        let rows = sqlx::query(
            "SELECT id, tracking_id, operation, sealed, expires_at FROM agent_jobs
             WHERE agent_id = $1 AND state = 'queued' AND expires_at > $2 ORDER BY created_at LIMIT 16",
        )
        .bind(agent_id)
        .bind(now)
        .fetch_all(&mut *self.readers.acquire().await?)
        .await?;
        let mut taken = Vec::new();
        for row in rows {
            let id: String = row.try_get("id")?;
            let done = sqlx::query(
                "UPDATE agent_jobs SET state = 'taken', taken_at = $2 WHERE id = $1 AND state = 'queued'",
            )
            .bind(&id)
            .bind(now)
            .execute(&mut *self.writer.acquire().await?)
            .await?;
            if done.rows_affected() == 1 {
                taken.push(TakenJob {
                    id,
                    tracking_id: row.try_get("tracking_id")?,
                    operation: row.try_get("operation")?,
                    sealed: row.try_get("sealed")?,
                    expires_at: row.try_get("expires_at")?,
                });
            }
        }
        Ok(taken)
    }

    /// Records the answer to a job the agent took; false if the portal stopped waiting for
    /// it (cancelled or expired) or it isn't this agent's. An answer sent twice is kept once.
    pub async fn finish_agent_job(
        &self,
        id: &str,
        agent_id: &str,
        answer: &str,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE agent_jobs SET state = 'done', answer = $3, sealed = ''
             WHERE id = $1 AND agent_id = $2 AND state = 'taken'",
        )
        .bind(id)
        .bind(agent_id)
        .bind(answer)
        .execute(&mut *self.writer.acquire().await?)
        .await?;
        if done.rows_affected() == 1 {
            return Ok(true);
        }
        let again = sqlx::query(
            "SELECT 1 AS one FROM agent_jobs WHERE id = $1 AND agent_id = $2 AND state = 'done'",
        )
        .bind(id)
        .bind(agent_id)
        .fetch_optional(&mut *self.readers.acquire().await?)
        .await?;
        Ok(again.is_some())
    }

    /// Stops waiting for a job: true if it was cancelled (it was queued, or with `taken_too`
    /// taken, and had no answer), false if its answer had come meanwhile.
    pub async fn cancel_agent_job(&self, id: &str, taken_too: bool) -> anyhow::Result<bool> {
        let sql = if taken_too {
            "UPDATE agent_jobs SET state = 'cancelled', sealed = '' WHERE id = $1 AND state IN ('queued', 'taken')"
        } else {
            "UPDATE agent_jobs SET state = 'cancelled', sealed = '' WHERE id = $1 AND state = 'queued'"
        };
        let done = sqlx::query(sql)
            .bind(id)
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes a job whose answer was read (or that was cancelled).
    pub async fn remove_agent_job(&self, id: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM agent_jobs WHERE id = $1")
            .bind(id)
            .execute(&mut *self.writer.acquire().await?)
            .await?;
        Ok(())
    }
}
