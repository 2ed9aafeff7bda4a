//! The portal's in-process wake-ups for agent jobs: a queued job wakes its agent's long poll,
//! an answer wakes the request waiting for it, at once. The database stays the truth (a poll
//! or a wait also looks again every few hundred milliseconds), so portal instances that share
//! a database hand jobs to agents connected to another instance too.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;

/// Cheap to clone; one per process.
#[derive(Clone, Default)]
pub struct AgentHub {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Default)]
struct Inner {
    /// Per agent: what wakes its poll.
    agents: HashMap<String, Arc<Notify>>,
    /// Per agent: how many polls it has open here now.
    polling: HashMap<String, usize>,
    /// Per job: what wakes the request waiting for its answer.
    jobs: HashMap<String, Arc<Notify>>,
}

/// Held while an agent's poll is open; the count drops with it.
pub struct Polling {
    hub: AgentHub,
    agent_id: String,
}

impl Drop for Polling {
    fn drop(&mut self) {
        if let Ok(mut inner) = self.hub.inner.lock()
            && let Some(n) = inner.polling.get_mut(&self.agent_id)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                inner.polling.remove(&self.agent_id);
            }
        }
    }
}

impl AgentHub {
    fn notify(map: &mut HashMap<String, Arc<Notify>>, key: &str) -> Arc<Notify> {
        map.entry(key.to_string()).or_default().clone()
    }

    /// What an agent's poll waits on, and the mark that it is polling here.
    pub fn poll(&self, agent_id: &str) -> (Arc<Notify>, Polling) {
        let notify = match self.inner.lock() {
            Ok(mut inner) => {
                *inner.polling.entry(agent_id.to_string()).or_default() += 1;
                Self::notify(&mut inner.agents, agent_id)
            }
            Err(_) => Arc::new(Notify::new()),
        };
        let mark = Polling {
            hub: self.clone(),
            agent_id: agent_id.to_string(),
        };
        (notify, mark)
    }

    /// Whether the agent has a poll open on this instance right now.
    pub fn is_polling(&self, agent_id: &str) -> bool {
        self.inner
            .lock()
            .map(|inner| inner.polling.contains_key(agent_id))
            .unwrap_or(false)
    }

    /// A job was queued for the agent.
    pub fn job_queued(&self, agent_id: &str) {
        if let Ok(mut inner) = self.inner.lock() {
            Self::notify(&mut inner.agents, agent_id).notify_one();
        }
    }

    /// What the request waiting for `job_id` waits on; [`AgentHub::done_waiting`] forgets it.
    pub fn wait_for(&self, job_id: &str) -> Arc<Notify> {
        match self.inner.lock() {
            Ok(mut inner) => Self::notify(&mut inner.jobs, job_id),
            Err(_) => Arc::new(Notify::new()),
        }
    }

    pub fn done_waiting(&self, job_id: &str) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.jobs.remove(job_id);
        }
    }

    /// The job's answer came (or it was taken).
    pub fn job_moved(&self, job_id: &str) {
        if let Ok(inner) = self.inner.lock()
            && let Some(notify) = inner.jobs.get(job_id)
        {
            notify.notify_one();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agent_counts_as_polling_while_a_poll_is_open() {
        let hub = AgentHub::default();
        assert!(!hub.is_polling("a1"));
        let (_, first) = hub.poll("a1");
        let (_, second) = hub.poll("a1");
        drop(first);
        assert!(hub.is_polling("a1"));
        drop(second);
        assert!(!hub.is_polling("a1"));
    }

    #[tokio::test]
    async fn a_queued_job_wakes_the_agent_even_before_it_waits() {
        let hub = AgentHub::default();
        let (notify, _mark) = hub.poll("a1");
        hub.job_queued("a1");
        tokio::time::timeout(std::time::Duration::from_secs(1), notify.notified())
            .await
            .expect("woken");
    }
}
