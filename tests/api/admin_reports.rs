//! The console's reports on a seeded data set: coverage, resets and unlocks per day, failures
//! by reason and the methods used, as charts with the same numbers in tables.

use crate::helpers::admin::enrolled;
use crate::helpers::*;
use axum::http::StatusCode;
use sspr::store::audit::AuditEvent;

async fn audited(
    app: &TestApp,
    activity: &str,
    outcome: &str,
    detail: &str,
    at: i64,
    times: usize,
) {
    for _ in 0..times {
        let event = AuditEvent {
            tenant_id: &app.tenant.id,
            tracking_id: "WXYZ-WXYZ-WXYZ",
            login: "erin",
            activity,
            outcome,
            detail,
            client_ip: "192.0.2.7",
            at,
        };
        app.state.store.audit(&event).await.unwrap();
    }
}

/// A seeded month: what the reports must count, and what they must leave out.
async fn seed(app: &TestApp) {
    let now = app.clock.now();
    let day = 86_400;
    audited(
        app,
        "reset_succeeded",
        "success",
        "password reset by self-service",
        now,
        3,
    )
    .await;
    audited(
        app,
        "reset_failed",
        "failure",
        "password policy: Use at least 12 characters.",
        now - day,
        2,
    )
    .await;
    // Older than 30 days: not in the charts.
    audited(
        app,
        "reset_succeeded",
        "success",
        "password reset by self-service",
        now - 40 * day,
        5,
    )
    .await;
    audited(
        app,
        "gate_failed",
        "failure",
        "sms number did not match",
        now,
        4,
    )
    .await;
    audited(app, "captcha_failed", "failure", "", now, 1).await;
    audited(app, "gate_passed", "success", "gate 1 by sms", now, 2).await;
    audited(app, "gate_passed", "success", "gate 1 by email", now, 1).await;
    audited(
        app,
        "account_unlocked",
        "success",
        "unlocked in the embedded directory by the unlock",
        now,
        1,
    )
    .await;
}

fn row(cells: &[&str]) -> String {
    let cells: String = cells.iter().map(|c| format!("<td>{c}</td>")).collect();
    format!("<tr>{cells}</tr>")
}

#[tokio::test]
async fn the_reports_count_a_seeded_month() {
    let app = spawn_app().await;
    // ivan has no contact at all.
    let ivan = sspr::directory::embedded::NewUser {
        login: "ivan".into(),
        display_name: "Ivan Imported".into(),
        given_name: "Ivan".into(),
        surname: "Imported".into(),
        mail: None,
        office_phone: None,
        password: None,
        groups: vec![],
        is_admin: false,
    };
    app.state
        .embedded
        .upsert_user(&app.tenant.id, &ivan, app.clock.now())
        .await
        .unwrap();
    seed(&app).await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    b.get("/admin").await.assert_has("Reports");
    let page = b.get("/admin/reports").await;
    assert_eq!(page.status, StatusCode::OK);

    // Six users: ivan with none; erin and Ada with an alternate email; alice, bob and dave
    // with two or more (bob's office phone counts).
    page.assert_has("All 6 users in the directory.");
    page.assert_has(&row(&["No contact (17%)", "1"]));
    page.assert_has(&row(&["One contact (33%)", "2"]));
    page.assert_has(&row(&["Two or more (50%)", "3"]));
    page.assert_has(&row(&["Alternate email", "5"]));
    page.assert_has(&row(&["Mobile phone", "3"]));
    page.assert_has(&row(&["Office phone", "1"]));

    // Resets in the last 30 days only, by day.
    page.assert_has("3 succeeded and 2 failed");
    let today = sspr::clock::format_date(app.clock.now());
    let yesterday = sspr::clock::format_date(app.clock.now() - 86_400);
    page.assert_has(&row(&[&today, "3", "0"]));
    page.assert_has(&row(&[&yesterday, "0", "2"]));
    page.assert_has("1 succeeded and 0 failed");

    page.assert_has(&row(&["Phone number or address didn&#39;t match", "4"]));
    page.assert_has(&row(&["New password refused by the password rules", "2"]));
    page.assert_has(&row(&["Wrong captcha answer", "1"]));
    page.assert_has(&row(&["Text message", "2"]));
    page.assert_has(&row(&["Email code", "1"]));

    // The charts are drawn on the server, described for screen readers, and script-free.
    assert_eq!(page.body.matches(r#"<svg class="chart""#).count(), 6);
    page.assert_has(r#"role="img" aria-labelledby="resets-title resets-desc""#);
    page.assert_has(r#"<desc id="resets-desc">3 succeeded and 2 failed in the last 30 days"#);
    assert!(!page.body.contains("<script") && !page.body.contains(" style="));
}

#[tokio::test]
async fn coverage_over_the_users_the_portal_has_seen_in_openldap() {
    let Some((app, _slapd)) =
        spawn_ldap_app(false, |s| s.policy.admin_group = Some("sspr-admins".into())).await
    else {
        return;
    };
    // frank signed in to register and has nothing yet.
    let event = AuditEvent {
        tenant_id: &app.tenant.id,
        tracking_id: "WXYZ-WXYZ-WXYZ",
        login: "Frank",
        activity: "signed_in",
        outcome: "success",
        detail: "",
        client_ip: "192.0.2.7",
        at: app.clock.now(),
    };
    app.state.store.audit(&event).await.unwrap();
    let mut b = app.browser();
    crate::helpers::admin::enrolled_as(&app, &mut b, "ada").await;
    let page = b.get("/admin/reports").await;
    // The five users with registrations, frank, and Ada, who just signed in.
    page.assert_has("The 7 users the portal has seen");
    page.assert_has(&row(&["No contact (29%)", "2"]));
    page.assert_has(&row(&["One contact (29%)", "2"]));
    page.assert_has(&row(&["Two or more (43%)", "3"]));
}

#[tokio::test]
async fn the_reports_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    seed(&app).await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/reports").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_has("All 5 users in the directory.");
    page.assert_has("3 succeeded and 2 failed");
    page.assert_has(&row(&["Phone number or address didn&#39;t match", "4"]));
    page.assert_has(&row(&["Text message", "2"]));
}
