//! Load from loopback clients: page views from N keep-alive connections for a while, and full
//! reset flows walked like a browser (cookies kept by hand, redirects followed).

use super::smtp::Sink;
use anyhow::{Context, bail};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a run measured.
#[derive(Debug, Default)]
pub struct Stats {
    pub done: usize,
    pub errors: usize,
    pub secs: f64,
    latencies_us: Vec<u64>,
    pub first_error: Option<String>,
}

impl Stats {
    pub fn rate(&self) -> f64 {
        if self.secs > 0.0 {
            self.done as f64 / self.secs
        } else {
            0.0
        }
    }

    /// The `q` quantile of latency, in milliseconds.
    pub fn quantile_ms(&self, q: f64) -> f64 {
        let mut sorted = self.latencies_us.clone();
        sorted.sort_unstable();
        if sorted.is_empty() {
            return 0.0;
        }
        let i = ((sorted.len() - 1) as f64 * q).round() as usize;
        sorted[i] as f64 / 1000.0
    }

    fn merge(&mut self, other: Stats) {
        self.done += other.done;
        self.errors += other.errors;
        self.latencies_us.extend(other.latencies_us);
        if self.first_error.is_none() {
            self.first_error = other.first_error;
        }
    }

    fn record(&mut self, started: Instant, result: anyhow::Result<()>) {
        match result {
            Ok(()) => {
                self.done += 1;
                self.latencies_us.push(started.elapsed().as_micros() as u64);
            }
            Err(e) => {
                self.errors += 1;
                self.first_error.get_or_insert_with(|| format!("{e:#}"));
            }
        }
    }
}

fn client() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(1)
        .timeout(Duration::from_secs(30))
        .build()?)
}

/// GETs `url` from `connections` keep-alive connections for `duration`.
pub async fn pages(url: &str, connections: usize, duration: Duration) -> anyhow::Result<Stats> {
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..connections {
        let (client, url) = (client()?, url.to_string());
        workers.push(tokio::spawn(async move {
            let mut stats = Stats::default();
            while started.elapsed() < duration {
                let t = Instant::now();
                let result = async {
                    let response = client.get(&url).send().await?;
                    let status = response.status();
                    response.bytes().await?;
                    if status != reqwest::StatusCode::OK {
                        bail!("GET {url}: {status}");
                    }
                    Ok(())
                }
                .await;
                stats.record(t, result);
            }
            stats
        }));
    }
    gather(workers, started).await
}

/// Where flows run: the tenant's pages, the SMTP sink, and the users with their emails.
#[derive(Clone)]
pub struct FlowTarget {
    /// `http://127.0.0.1:PORT/t/bench`
    pub base: String,
    pub sink: Sink,
    /// (user ID, alternate email) of each seeded user.
    pub users: Arc<Vec<(String, String)>>,
}

/// Runs `total` full 1-gate email resets from `clients` clients at once; each client resets
/// its own users, so no two flows ever share a user at the same time.
pub async fn flows(target: &FlowTarget, clients: usize, total: usize) -> anyhow::Result<Stats> {
    if target.users.len() < clients {
        bail!("{clients} clients need at least as many users");
    }
    let started = Instant::now();
    let mut workers = Vec::new();
    for c in 0..clients {
        // Client c takes users c, c + clients, c + 2 × clients… in turn (no copies: with a
        // million users, copying the list per client would be timed as part of the run).
        let mine = (target.users.len() - c).div_ceil(clients);
        let count = total / clients + usize::from(c < total % clients);
        let (client, target) = (client()?, target.clone());
        workers.push(tokio::spawn(async move {
            let mut stats = Stats::default();
            for k in 0..count {
                let (user, email) = &target.users[c + (k % mine) * clients];
                let t = Instant::now();
                let result = one_flow(&client, &target, user, email).await;
                stats.record(t, result);
            }
            stats
        }));
    }
    gather(workers, started).await
}

/// Waits for every worker and adds up what they measured, over the time since `started`.
async fn gather(
    workers: Vec<tokio::task::JoinHandle<Stats>>,
    started: Instant,
) -> anyhow::Result<Stats> {
    let mut total = Stats::default();
    for w in workers {
        total.merge(w.await?);
    }
    total.secs = started.elapsed().as_secs_f64();
    Ok(total)
}

/// One reset: start, choose email, enter the emailed code, set a new password.
async fn one_flow(
    client: &reqwest::Client,
    target: &FlowTarget,
    user: &str,
    email: &str,
) -> anyhow::Result<()> {
    let mut walk = Walk {
        client,
        base: &target.base,
        cookies: BTreeMap::new(),
    };
    let start = walk.get("/reset").await?;
    let methods = walk
        .post("/reset", &[("csrf", &csrf(&start)?), ("user_id", user)])
        .await?;
    expect(&methods, "Choose how to verify it")?;
    let code = target.sink.expect(email);
    let sent = walk
        .post(
            "/reset/method",
            &[("csrf", &csrf(&methods)?), ("method", "email")],
        )
        .await?;
    expect(&sent, "We emailed a code to")?;
    let code = tokio::time::timeout(Duration::from_secs(20), code)
        .await
        .context("no code emailed within 20 s")??;
    let form = walk
        .post("/reset/code", &[("csrf", &csrf(&sent)?), ("code", &code)])
        .await?;
    expect(&form, "Choose a new password")?;
    // Random letters g–v: never a digit run or a part of the user's name or ID.
    let random: String = crate::security::random_bytes::<8>()
        .iter()
        .flat_map(|b| [b >> 4, b & 15])
        .map(|n| char::from(b'g' + n))
        .collect();
    let password = format!("Quartz-{random}-Lynx-7");
    let fields = [
        ("csrf", csrf(&form)?),
        ("password", password.clone()),
        ("confirm", password),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = walk.post("/reset/password", &fields).await?;
    expect(&done, "Your password was reset")
}

fn expect(page: &str, text: &str) -> anyhow::Result<()> {
    if page.contains(text) {
        return Ok(());
    }
    let between = |open: &str, close: &str| {
        let rest = page.split(open).nth(1)?;
        rest.split(close).next()
    };
    let title = between("<h1>", "</h1>").unwrap_or("(no title)");
    let error = between("role=\"alert\">", "</div>").unwrap_or_default();
    bail!("expected {text:?}, got the page {title:?} {error}")
}

fn csrf(page: &str) -> anyhow::Result<String> {
    let (_, rest) = page
        .split_once(r#"name="csrf" value=""#)
        .context("no CSRF token on the page")?;
    Ok(rest.split('"').next().unwrap_or_default().to_string())
}

/// A browser in miniature: cookies by name, redirects followed with GET.
struct Walk<'a> {
    client: &'a reqwest::Client,
    base: &'a str,
    cookies: BTreeMap<String, String>,
}

impl Walk<'_> {
    async fn get(&mut self, path: &str) -> anyhow::Result<String> {
        let url = format!("{}{path}", self.base);
        let request = self.client.get(&url);
        self.send(request).await
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> anyhow::Result<String> {
        let url = format!("{}{path}", self.base);
        let request = self.client.post(&url).form(form);
        self.send(request).await
    }

    async fn send(&mut self, mut request: reqwest::RequestBuilder) -> anyhow::Result<String> {
        for _ in 0..5 {
            let cookie: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            let response = request.header("cookie", cookie.join("; ")).send().await?;
            for value in response.headers().get_all("set-cookie") {
                let pair = value.to_str()?.split(';').next().unwrap_or_default();
                if let Some((name, value)) = pair.split_once('=') {
                    self.cookies.insert(name.to_string(), value.to_string());
                }
            }
            let status = response.status();
            if status.is_redirection() {
                let to = response
                    .headers()
                    .get("location")
                    .context("redirect without a location")?;
                let to = to.to_str()?;
                let origin = self.base.split("/t/").next().unwrap_or(self.base);
                request = self.client.get(format!("{origin}{to}"));
                continue;
            }
            let body = response.text().await?;
            if status.is_server_error() {
                bail!("{status}: {}", body.chars().take(200).collect::<String>());
            }
            return Ok(body);
        }
        bail!("too many redirects")
    }
}
