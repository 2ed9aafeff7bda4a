//! The console's audit log: filters, pages that follow on without gaps or repeats, a CSV
//! export that streams, and the retention the clean-up enforces.

use crate::helpers::admin::enrolled;
use crate::helpers::forms::with;
use crate::helpers::*;
use axum::http::StatusCode;
use sspr::store::audit::AuditEvent;

/// Writes an audit row as a flow would.
async fn audited(app: &TestApp, login: &str, activity: &str, outcome: &str, detail: &str, at: i64) {
    let event = AuditEvent {
        tenant_id: &app.tenant.id,
        tracking_id: "WXYZ-WXYZ-WXYZ",
        login,
        activity,
        outcome,
        detail,
        client_ip: "192.0.2.7",
        at,
    };
    app.state.store.audit(&event).await.unwrap();
}

/// The details in a page's table, top to bottom.
fn details(page: &Page) -> Vec<String> {
    let re = regex::Regex::new(r"<td>(step \d+)</td>").unwrap();
    re.captures_iter(&page.body)
        .map(|c| c[1].to_string())
        .collect()
}

/// The "Older events" link's path, if the page has one.
fn older(page: &Page) -> Option<String> {
    let re = regex::Regex::new(r#"href="/t/acme(/admin/audit\?[^"]+)" rel="next""#).unwrap();
    re.captures(&page.body).map(|c| c[1].replace("&#38;", "&"))
}

#[tokio::test]
async fn the_audit_log_filters_and_pages_through_every_event_once() {
    let app = spawn_app().await;
    let now = app.clock.now();
    // Noon today, so every event is on today's date whenever the test runs.
    let noon = now - now.rem_euclid(86_400) + 43_200;
    // 120 of erin's events, three to a second, so pages also split inside one second.
    for i in 0..120 {
        let (activity, outcome) = if i % 4 == 0 {
            ("reset_failed", "failure")
        } else {
            ("code_sent", "success")
        };
        audited(
            &app,
            "erin",
            activity,
            outcome,
            &format!("step {i}"),
            noon + i / 3,
        )
        .await;
    }
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    b.get("/admin").await.assert_has("Audit log");

    let mut seen = Vec::new();
    let mut next = Some("/admin/audit?user=ERIN".to_string());
    let mut pages = 0;
    while let Some(path) = next {
        let page = b.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        seen.extend(details(&page));
        next = older(&page);
        pages += 1;
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (0..120).rev().map(|i| format!("step {i}")).collect();
    assert_eq!(seen, expected, "newest first, each once");

    // By Entra's activity name, and by outcome.
    let resets = b
        .get("/admin/audit?activity=Reset+password+%28self-service%29&user=erin")
        .await;
    resets.assert_has("Reset password (self-service)");
    assert_eq!(details(&resets).len(), 30);
    assert!(!resets.has("Self-service password reset flow activity progress<br>"));
    let failures = b.get("/admin/audit?outcome=failure&user=erin").await;
    assert_eq!(details(&failures).len(), 30);
    // By date: everything was today, nothing yesterday.
    let today = sspr::clock::format_date(now);
    let dated = b
        .get(&format!("/admin/audit?user=erin&from={today}&to={today}"))
        .await;
    assert_eq!(details(&dated).len(), 50);
    let yesterday = sspr::clock::format_date(now - 86_400);
    let before = b
        .get(&format!("/admin/audit?user=erin&to={yesterday}"))
        .await;
    before.assert_has("No events match these filters.");
    // By tracking ID, in any case.
    let tracked = b.get("/admin/audit?tracking=wxyz-wxyz-wxyz").await;
    assert_eq!(details(&tracked).len(), 50);

    // Bad filters are explained next to their field, and nothing is listed.
    let bad = b
        .get("/admin/audit?tracking=hello&from=31.12.2026&activity=Nope&after=1.%27")
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_has("A tracking ID looks like ABCD-EFGH-JKLM.");
    bad.assert_has("Enter a date like 2026-12-01.");
    bad.assert_has("Choose an activity from the list.");
    bad.assert_has("That page link is broken.");
    assert!(details(&bad).is_empty());

    // Anyone but a signed-in admin is sent to sign in.
    app.browser()
        .get("/admin/audit")
        .await
        .assert_has("Sign in to the admin console");
}

#[tokio::test]
async fn the_csv_export_holds_the_filtered_rows_and_defuses_formulas() {
    let app = spawn_app().await;
    let now = app.clock.now();
    audited(
        &app,
        "erin",
        "helpdesk_contacted",
        "success",
        "=HYPERLINK(\"http://evil\")",
        now,
    )
    .await;
    audited(&app, "erin", "reset_failed", "failure", "wrong code", now).await;
    audited(&app, "bob", "reset_failed", "failure", "wrong code", now).await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let page = b.get("/admin/audit?user=erin").await;
    page.assert_has(r#"href="/t/acme/admin/audit.csv?user=erin" download"#);
    let response = b.fetch("/admin/audit.csv?user=erin").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"audit-acme-")
    );
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[1], "activity");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert_eq!(&rows[0][1], "Reset password (self-service)");
    assert_eq!(&rows[0][2], "reset_failed");
    assert_eq!(&rows[1][7], "'=HYPERLINK(\"http://evil\")");
    assert!(rows.iter().all(|r| &r[4] == "erin"));
    // The export is itself audited.
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_exported_audit:success".to_string())
    );
}

#[tokio::test]
async fn an_export_of_100k_rows_streams_in_pieces() {
    let app = spawn_app().await;
    let now = app.clock.now();
    {
        let mut conn = app.state.store.writer.acquire().await.unwrap();
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
             INSERT INTO audit (id, tenant_id, tracking_id, login, activity, outcome, detail, client_ip, at)
             SELECT printf('00000000-0000-7000-8000-%012d', i), $1, 'WXYZ-WXYZ-WXYZ', 'erin', 'code_sent',
                    'success', 'bulk ' || i, '192.0.2.7', $2 - i FROM n",
        )
        .bind(&app.tenant.id)
        .bind(now)
        .execute(&mut *conn)
        .await
        .unwrap();
    }
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let mut response = b.fetch("/admin/audit.csv?user=erin").await;
    assert_eq!(response.status(), StatusCode::OK);
    // Streamed: no length announced up front, and the body comes in many pieces, none near
    // the size of the whole.
    assert!(response.headers().get("content-length").is_none());
    let (mut pieces, mut largest, mut total, mut lines) = (0, 0, 0, 0);
    while let Some(piece) = response.chunk().await.unwrap() {
        pieces += 1;
        largest = largest.max(piece.len());
        total += piece.len();
        lines += piece.iter().filter(|&&c| c == b'\n').count();
    }
    assert_eq!(lines, 100_001, "a header and every row");
    assert!(pieces >= 100, "{pieces} pieces");
    assert!(
        largest < total / 20,
        "largest piece {largest} of {total} bytes"
    );
}

#[tokio::test]
async fn events_past_the_retention_are_cleaned_up() {
    let app = spawn_app().await;
    let now = app.clock.now();
    audited(
        &app,
        "erin",
        "reset_failed",
        "failure",
        "forty days ago",
        now - 40 * 86_400,
    )
    .await;
    audited(
        &app,
        "erin",
        "reset_failed",
        "failure",
        "ten days ago",
        now - 10 * 86_400,
    )
    .await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let action = "/admin/policy/audit";
    let form = b.get(action).await.form(action);
    let too_short = b
        .submit(action, &with(form.clone(), "audit_retention_days", "1"))
        .await;
    assert_eq!(too_short.status, StatusCode::UNPROCESSABLE_ENTITY);
    b.submit(action, &with(form, "audit_retention_days", "30"))
        .await
        .assert_has("Saved");

    app.state.store.purge_expired(now).await.unwrap();
    let left: Vec<String> = app
        .state
        .store
        .audit_rows(&app.tenant.id, None)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.detail)
        .collect();
    assert!(left.contains(&"ten days ago".to_string()));
    assert!(!left.contains(&"forty days ago".to_string()));
    b.get("/admin/audit")
        .await
        .assert_has("Events are kept 30 days");
}

#[tokio::test]
async fn the_helpdesk_pages_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    b.get("/admin/users?q=ali")
        .await
        .assert_has(r#"<a href="/t/acme/admin/user?id=alice">alice</a>"#);
    // An admin reset, and the must-change it leaves.
    let action = "/admin/user/reset?id=alice";
    let form = b.get(action).await.form(action);
    let done = b.submit(action, &form).await;
    done.assert_has("The temporary password is:");
    b.get("/admin/user?id=alice")
        .await
        .assert_has("<dt>Password</dt><dd>Must be changed at next sign-in</dd>");
    // Contacts set by the admin.
    let action = "/admin/user/contacts?id=erin";
    let form = with(
        b.get(action).await.form(action),
        "mobile",
        "+1 650 253 0099",
    );
    b.submit(action, &form)
        .await
        .assert_has("Saved: mobile phone set to");
    // Both in the audit log, filtered and exported.
    let log = b
        .get("/admin/audit?activity=Reset+password+%28by+admin%29")
        .await;
    log.assert_has("by admin; must be changed at next sign-in");
    assert!(!log.has("Admin updated security info<br>"));
    let mut next = Some("/admin/audit".to_string());
    let mut rows = 0;
    while let Some(path) = next {
        let page = b.get(&path).await;
        rows += page.body.matches("<tr><td>").count();
        next = older(&page);
    }
    let csv = b.fetch("/admin/audit.csv").await.text().await.unwrap();
    // A header, the rows listed, and the export's own event, audited as it starts.
    assert_eq!(csv.lines().count(), rows + 2, "{csv}");
    assert!(csv.contains("Admin updated security info"));
}
