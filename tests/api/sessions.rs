//! Sessions are stored only when there is state to keep: an anonymous page view writes nothing,
//! on SQLite and on PostgreSQL, and a session appears once a reset starts.

use crate::helpers::*;
use axum::http::StatusCode;

/// Every anonymous page, viewed by new browsers and by one coming back, changes no table.
async fn anonymous_views_write_nothing(app: &TestApp) {
    let before = app.table_rows().await;
    let pages = ["/", "/reset", "/register", "/helpdesk", "/brand.css"];
    let mut returning = app.browser();
    for _ in 0..3 {
        for path in pages {
            let page = app.browser().get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert_eq!(returning.get(path).await.status, StatusCode::OK, "{path}");
        }
    }
    assert_eq!(app.table_rows().await, before, "no row written or removed");
    assert_eq!(app.state.store.session_count().await.unwrap(), 0);

    // The start form still works from such a page: the session is created with the flow.
    let mut b = app.browser();
    b.start(app, "alice")
        .await
        .assert_has("Choose how to verify it's you");
    assert_eq!(app.state.store.session_count().await.unwrap(), 1);
    // Reading the step again changes nothing.
    let rows = app.table_rows().await;
    b.get("/reset/verify")
        .await
        .assert_has("Choose how to verify it's you");
    assert_eq!(app.table_rows().await, rows);
}

#[tokio::test]
async fn an_anonymous_page_view_writes_nothing() {
    let app = spawn_app().await;
    anonymous_views_write_nothing(&app).await;
}

#[tokio::test]
async fn an_anonymous_page_view_writes_nothing_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    anonymous_views_write_nothing(&app).await;
}

#[tokio::test]
async fn the_tracking_id_stays_the_same_from_the_first_page_into_the_flow() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let first = b.get("/reset").await.tracking();
    assert_eq!(b.get("/").await.tracking(), first);
    let started = b.start(&app, "alice").await;
    assert_eq!(
        started.tracking(),
        first,
        "the flow keeps the ID the user saw"
    );
    assert_ne!(app.browser().get("/reset").await.tracking(), first);
}
