//! The console's reports (`/admin/reports`): whether the roll-out works. Registration
//! coverage, resets and unlocks per day for the last 30 days, what failures were, and the
//! methods users verified with; each as a chart with its numbers in a table under it.

use super::Admin;
use super::charts::{self, DayBar};
use crate::error::AppError;
use crate::i18n::Lang;
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
fn daily(lang: Lang, id: &str, title: &str, counts: &[DayCount], today: i64) -> DailyChart {
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
    let desc = lang.t_args(
        "report-daily-desc",
        &[
            ("success", success.into()),
            ("failure", failure.into()),
            ("days", DAYS.into()),
        ],
    );
    let legend = [lang.t("report-succeeded"), lang.t("report-failed")];
    DailyChart {
        svg: charts::days(id, &lang.t(title), &desc, [&legend[0], &legend[1]], &rows),
        rows,
        success,
        failure,
    }
}

/// What a failed step's activity and detail mean, in a helpdesk's words (a catalog key).
fn reason(c: &DetailCount) -> &'static str {
    let d = c.detail.as_str();
    match c.activity.as_str() {
        "flow_started" if d.starts_with("directory unavailable") => "reason-directory-unavailable",
        "flow_started" if d.starts_with("unknown user") => "reason-unknown-user",
        "flow_started" if d.starts_with("not enough registered") => "reason-not-registered",
        "flow_started" if d.starts_with("user not enabled") => "reason-not-allowed",
        "flow_started" => "reason-reset-off",
        "blocked" => "reason-blocked",
        "captcha_failed" => "reason-captcha",
        "gate_failed" if d.ends_with("did not match") => "reason-contact-mismatch",
        "gate_failed" if d.starts_with("too many wrong codes") => "reason-too-many-codes",
        "gate_failed" if d.starts_with("code expired") => "reason-code-expired",
        "gate_failed" => "reason-wrong-code",
        "code_sent" => "reason-send-limit",
        "code_delivery_failed" => "reason-delivery",
        "reset_failed" if d.starts_with("password policy") => "reason-rules-refused",
        "reset_failed" if d.starts_with("directory refused") => "reason-directory-refused",
        "reset_failed" | "unlock_failed" => "reason-directory-failed",
        "account_still_locked" => "reason-still-locked",
        _ => "reason-other",
    }
}

/// The counts summed under each label's key, largest first, then labelled in `lang`.
fn ranked(lang: Lang, items: impl Iterator<Item = (&'static str, i64)>) -> Vec<(String, i64)> {
    let mut out: Vec<(&'static str, i64)> = Vec::new();
    for (label, n) in items {
        match out.iter_mut().find(|(l, _)| *l == label) {
            Some((_, total)) => *total += n,
            None => out.push((label, n)),
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    out.into_iter().map(|(key, n)| (lang.t(key), n)).collect()
}

fn method_label(detail: &str) -> &'static str {
    let method = detail.rsplit(' ').next().unwrap_or("");
    match crate::domain::policy::Method::parse(method) {
        Some(crate::domain::policy::Method::Email) => "report-method-email",
        Some(crate::domain::policy::Method::Sms) => "report-method-sms",
        Some(crate::domain::policy::Method::Voice) => "report-method-voice",
        Some(crate::domain::policy::Method::OfficeVoice) => "report-method-office",
        None => "reason-other",
    }
}

fn chart(lang: Lang, id: &str, title: &str, rows: Vec<(String, i64)>, failing: bool) -> Chart {
    let title = lang.t(title);
    let desc = if rows.is_empty() {
        lang.t("report-nothing-yet")
    } else {
        rows.iter()
            .map(|(l, n)| format!("{l}: {n}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Chart {
        svg: charts::bars(id, &title, &desc, &rows, failing),
        rows,
    }
}

fn coverage_chart(lang: Lang, c: &Coverage) -> (Chart, Chart, i64) {
    let users: i64 = c.by_count.iter().sum();
    let share = |key: &str, n: i64| (lang.t1(key, "share", percent(n, users)), n);
    let counts = vec![
        share("report-no-contact", c.by_count[0]),
        share("report-one-contact", c.by_count[1]),
        share("report-two-contacts", c.by_count[2]),
    ];
    let methods = vec![
        (lang.t("contact-alternate-email"), c.email),
        (lang.t("contact-mobile"), c.mobile),
        (lang.t("contact-office"), c.office),
    ];
    (
        chart(lang, "coverage", "report-coverage-title", counts, false),
        chart(
            lang,
            "registered",
            "report-registered-title",
            methods,
            false,
        ),
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
    let lang = v.lang;
    let (coverage_chart, methods_registered, coverage_users) = coverage_chart(lang, &coverage);
    let reasons = ranked(lang, failures.iter().map(|c| (reason(c), c.count)));
    let methods = ranked(
        lang,
        passed.iter().map(|c| (method_label(&c.detail), c.count)),
    );
    let page = ReportsPage {
        page: v.page(&st),
        all_users,
        coverage_users,
        coverage: coverage_chart,
        methods_registered,
        resets: daily(lang, "resets", "report-resets-title", &resets, today),
        unlocks: daily(lang, "unlocks", "report-unlocks-title", &unlocks, today),
        reasons: chart(lang, "reasons", "report-reasons-title", reasons, true),
        methods_used: chart(lang, "methods", "report-methods-title", methods, false),
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
            Lang::En,
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
            "report-method-office"
        );
    }
}
