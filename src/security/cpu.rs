//! CPU-heavy request work (captcha pictures, zxcvbn estimates) off the async threads, at most
//! one job per core at a time: a flood of such requests waits its turn instead of filling
//! tokio's blocking pool with hundreds of threads. (argon2 has workers of its own: `hashing`.)

use anyhow::Context;
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

fn permits() -> Arc<Semaphore> {
    static PERMITS: OnceLock<Arc<Semaphore>> = OnceLock::new();
    PERMITS
        .get_or_init(|| Arc::new(Semaphore::new(super::cores())))
        .clone()
}

/// Runs `work` on a blocking thread once one of the cores' turns is free. The turn is held by
/// the work itself, so a request that gives up waiting doesn't let more jobs run than cores.
pub async fn run<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    let turn = permits()
        .acquire_owned()
        .await
        .context("the CPU work queue is closed")?;
    tokio::task::spawn_blocking(move || {
        let done = work();
        drop(turn);
        done
    })
    .await
    .context("a CPU work task failed")
}

#[cfg(test)]
mod tests {
    use super::run;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn never_more_jobs_at_once_than_cores() {
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let jobs: Vec<_> = (0..super::super::cores() * 4)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                tokio::spawn(run(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                }))
            })
            .collect();
        for job in jobs {
            job.await.unwrap().unwrap();
        }
        let most = most.load(Ordering::SeqCst);
        assert!(most >= 1 && most <= super::super::cores(), "{most}");
    }
}
