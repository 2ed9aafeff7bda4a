//! The console's reports (`/admin/reports`): whether the roll-out works. Registration
//! coverage, resets and unlocks per day for the last 30 days, what failures were, and the
//! methods users verified with; each as a chart with its numbers in a table under it.

use super::Admin;
use super::charts::{self, DayBar};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::reports::{Coverage, DayCount, DetailCount};
use crate::web::pages::{PageCtx, render};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

/// Days the daily charts cover, today included.
const DAYS: i64 = 30;

// The database counts, per day, every failure and the successes `reset_succeeded`,
// `account_unlocked` and `gate_passed` (the audit_rollup trigger, migration 0010): a success
// counted here must be counted there too.
pub const RESETS: &[&str] = &["reset_succeeded", "reset_failed"];
pub const UNLOCKS: &[&str] = &["account_unlocked", "account_still_locked", "unlock_failed"];
/// The self-service steps whose failures the reasons chart sorts.
pub const FLOW_STEPS: &[&str] = &[
    "flow_started",
    "blocked",
    "captcha_failed",
    "gate_failed",
    "code_sent",
    "code_delivery_failed",
    "reset_failed",
    "unlock_failed",
    "account_still_locked",
];

/// A chart and the rows of the table under it.
struct Chart {
    svg: String,
    rows: Vec<(String, i64)>,
}

/// A daily chart and its table (date, succeeded, failed).
struct DailyChart {
    svg: String,
    rows: Vec<DayBar>,
    success: i64,
    failure: i64,
}

#[derive(Template)]
#[template(path = "admin/reports.html")]
struct ReportsPage {
    page: PageCtx,
    /// Coverage counts the embedded directory's users; else the users the portal has seen.
    all_users: bool,
    coverage_users: i64,
    coverage: Chart,
    methods_registered: Chart,
    resets: DailyChart,
    unlocks: DailyChart,
    reasons: Chart,
    methods_used: Chart,
}

fn percent(n: i64, of: i64) -> String {
    if of == 0 {
        "0%".into()
    } else {
        format!("{:.0}%", n as f64 * 100.0 / of as f64)
    }
}

/// The last `DAYS` days' bars from the counts, oldest first, every day present.
fn daily(id: &str, title: &str, counts: &[DayCount], today: i64) -> DailyChart {
    let rows: Vec<DayBar> = (today - DAYS + 1..=today)
        .map(|day| {
            let of = |outcome: &str| {
                counts
                    .iter()
                    .filter(|c| c.day == day && c.outcome == outcome)
                    .map(|c| c.count)
                    .sum()
            };
            DayBar {
                label: crate::clock::format_date(day * 86_400),
                success: of("success"),
                failure: of("failure"),
            }
        })
        .collect();
    let success: i64 = rows.iter().map(|r| r.success).sum();
    let failure: i64 = rows.iter().map(|r| r.failure).sum();
    let desc = format!(
        "{success} succeeded and {failure} failed in the last {DAYS} days; the numbers are in the table below."
    );
    DailyChart {
        svg: charts::days(id, title, &desc, &rows),
        rows,
        success,
        failure,
    }
}

/// What a failed step's activity and detail mean, in a helpdesk's words.
fn reason(c: &DetailCount) -> String {
    let d = c.detail.as_str();
    match c.activity.as_str() {
        "flow_started" if d.starts_with("directory unavailable") => "Directory unavailable".into(),
        "flow_started" if d.starts_with("unknown user") => "Unknown user ID".into(),
        "flow_started" if d.starts_with("not enough registered") => {
            "Not registered for reset".into()
        }
        "flow_started" if d.starts_with("user not enabled") => "Not allowed to reset".into(),
        "flow_started" => "Reset is turned off".into(),
        "blocked" => "Blocked after too many tries".into(),
        "captcha_failed" => "Wrong captcha answer".into(),
        "gate_failed" if d.ends_with("did not match") => {
            "Phone number or address didn't match".into()
        }
        "gate_failed" if d.starts_with("too many wrong codes") => "Too many wrong codes".into(),
        "gate_failed" if d.starts_with("code expired") => "Code expired".into(),
        "gate_failed" => "Wrong code".into(),
        "code_sent" => "Sending limit reached".into(),
        "code_delivery_failed" => "Code couldn't be delivered".into(),
        "reset_failed" if d.starts_with("password policy") => {
            "New password refused by the password rules".into()
        }
        "reset_failed" if d.starts_with("directory refused") => {
            "New password refused by the directory".into()
        }
        "reset_failed" | "unlock_failed" => {
            "Directory unavailable or refused the service account".into()
        }
        "account_still_locked" => "Still locked after an unlock".into(),
        other => other.replace('_', " "),
    }
}

/// The counts summed under each label, largest first.
fn ranked(items: impl Iterator<Item = (String, i64)>) -> Vec<(String, i64)> {
    let mut out: Vec<(String, i64)> = Vec::new();
    for (label, n) in items {
        match out.iter_mut().find(|(l, _)| *l == label) {
            Some((_, total)) => *total += n,
            None => out.push((label, n)),
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

fn method_label(detail: &str) -> String {
    let method = detail.rsplit(' ').next().unwrap_or("");
    match crate::domain::policy::Method::parse(method) {
        Some(crate::domain::policy::Method::Email) => "Email code".into(),
        Some(crate::domain::policy::Method::Sms) => "Text message".into(),
        Some(crate::domain::policy::Method::Voice) => "Call to mobile".into(),
        Some(crate::domain::policy::Method::OfficeVoice) => "Call to office phone".into(),
        None => "Other".into(),
    }
}

fn chart(id: &str, title: &str, rows: Vec<(String, i64)>, failing: bool) -> Chart {
    let desc = if rows.is_empty() {
        "Nothing to show yet.".to_string()
    } else {
        rows.iter()
            .map(|(l, n)| format!("{l}: {n}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Chart {
        svg: charts::bars(id, title, &desc, &rows, failing),
        rows,
    }
}

fn coverage_chart(c: &Coverage) -> (Chart, Chart, i64) {
    let users: i64 = c.by_count.iter().sum();
    let counts = vec![
        (
            format!("No contact ({})", percent(c.by_count[0], users)),
            c.by_count[0],
        ),
        (
            format!("One contact ({})", percent(c.by_count[1], users)),
            c.by_count[1],
        ),
        (
            format!("Two or more ({})", percent(c.by_count[2], users)),
            c.by_count[2],
        ),
    ];
    let methods = vec![
        ("Alternate email".to_string(), c.email),
        ("Mobile phone".to_string(), c.mobile),
        ("Office phone".to_string(), c.office),
    ];
    (
        chart("coverage", "Users by number of contacts", counts, false),
        chart("registered", "Users by contact method", methods, false),
        users,
    )
}

/// GET /admin/reports
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
) -> Result<Response, AppError> {
    let tenant = &v.t.tenant;
    let store = &st.store;
    let all_users = st.directory(tenant).office_phone_is_editable();
    let coverage = if all_users {
        store.coverage_of_directory(&tenant.id).await?
    } else {
        store.coverage_of_seen(&tenant.id).await?
    };
    let today = st.clock.now().div_euclid(86_400);
    let since = today - DAYS + 1;
    let resets = store.daily_counts(&tenant.id, RESETS, since).await?;
    let unlocks = store.daily_counts(&tenant.id, UNLOCKS, since).await?;
    let failures = store
        .detail_counts(&tenant.id, FLOW_STEPS, "failure", since)
        .await?;
    let passed = store
        .detail_counts(&tenant.id, &["gate_passed"], "success", since)
        .await?;
    let (coverage_chart, methods_registered, coverage_users) = coverage_chart(&coverage);
    let reasons = ranked(failures.iter().map(|c| (reason(c), c.count)));
    let methods = ranked(passed.iter().map(|c| (method_label(&c.detail), c.count)));
    let page = ReportsPage {
        page: v.page(&st),
        all_users,
        coverage_users,
        coverage: coverage_chart,
        methods_registered,
        resets: daily("resets", "Password resets per day", &resets, today),
        unlocks: daily("unlocks", "Account unlocks per day", &unlocks, today),
        reasons: chart("reasons", "Failures by reason", reasons, true),
        methods_used: chart("methods", "Verification methods used", methods, false),
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_read_as_reasons_and_add_up() {
        let c = |activity: &str, detail: &str, count| DetailCount {
            activity: activity.into(),
            detail: detail.into(),
            count,
        };
        let rows = ranked(
            [
                c("gate_failed", "sms number did not match", 2),
                c("gate_failed", "email number did not match", 3),
                c("reset_failed", "password policy: Use at ", 4),
                c("captcha_failed", "", 1),
            ]
            .iter()
            .map(|d| (reason(d), d.count)),
        );
        assert_eq!(rows[0], ("Phone number or address didn't match".into(), 5));
        assert_eq!(rows[1].0, "New password refused by the password rules");
        assert_eq!(rows.len(), 3);
        assert_eq!(
            method_label("gate 2 by office_voice"),
            "Call to office phone"
        );
    }
}
