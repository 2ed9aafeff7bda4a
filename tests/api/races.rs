//! Limits that hold under parallel requests: N requests prepared one by one, then released
//! together, get exactly the allowance: failed sign-ins (so a right password can't ride a burst
//! of wrong ones), code sends per user, and flow starts from one solved captcha. On SQLite and
//! PostgreSQL.

use crate::helpers::*;
use axum::http::StatusCode;
use sspr::store::registrations::ContactKind;
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Barrier;

/// Runs `request` for every browser at the same moment; the pages, in browser order.
async fn released_together<F, Fut>(browsers: Vec<Browser>, request: F) -> Vec<Page>
where
    F: Fn(Browser, usize) -> Fut,
    Fut: Future<Output = Page> + Send + 'static,
{
    let barrier = Arc::new(Barrier::new(browsers.len()));
    let tasks: Vec<_> = browsers
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let barrier = barrier.clone();
            let request = request(b, i);
            tokio::spawn(async move {
                barrier.wait().await;
                request.await
            })
        })
        .collect();
    let mut pages = Vec::new();
    for task in tasks {
        pages.push(task.await.unwrap());
    }
    pages
}

/// Posts every form at once from one browser session (its cookies shared); the response bodies.
async fn same_session_together(
    b: &Browser,
    url: String,
    forms: Vec<Vec<(&'static str, String)>>,
) -> Vec<String> {
    let tasks: Vec<_> = forms
        .into_iter()
        .map(|form| {
            let client = b.client().clone();
            let url = url.clone();
            tokio::spawn(async move {
                let response = client.post(url).form(&form).send().await.unwrap();
                response.text().await.unwrap()
            })
        })
        .collect();
    let mut bodies = Vec::new();
    for task in tasks {
        bodies.push(task.await.unwrap());
    }
    bodies
}

fn count(pages: &[Page], status: StatusCode) -> usize {
    pages.iter().filter(|p| p.status == status).count()
}

async fn parallel_wrong_sign_ins(app: &TestApp) {
    const N: usize = 40;
    let mut browsers = Vec::new();
    for _ in 0..N {
        let mut b = app.browser();
        b.get("/register").await;
        browsers.push(b);
    }
    let pages = released_together(browsers, |mut b, _| async move {
        b.post(
            "/register/sign-in",
            &[("user_id", "alice"), ("password", "Not-Alices-Password-9")],
        )
        .await
    })
    .await;
    // The limit is 5 failures per user ID an hour: 5 passwords checked, 35 refused unchecked.
    assert_eq!(count(&pages, StatusCode::UNPROCESSABLE_ENTITY), 5);
    assert_eq!(count(&pages, StatusCode::TOO_MANY_REQUESTS), N - 5);
    // The allowance is used up, so the right password is refused too.
    let right = app.browser().sign_in("alice", OLD_PASSWORD).await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
    right.assert_has("Too many failed sign-ins");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_sign_ins_check_exactly_the_allowed_number_of_passwords() {
    parallel_wrong_sign_ins(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_sign_ins_check_exactly_the_allowed_number_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        parallel_wrong_sign_ins(&app).await;
    }
}

#[tokio::test]
async fn right_sign_ins_are_not_counted_as_failures() {
    // Each try is counted before the password is checked, and taken back when it was right.
    let app = spawn_app().await;
    for _ in 0..6 {
        app.browser()
            .sign_in("alice", OLD_PASSWORD)
            .await
            .assert_has("Hello Alice");
    }
    for _ in 0..4 {
        let wrong = app
            .browser()
            .sign_in("alice", "Not-Alices-Password-9")
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Four failures are under the limit of five: the right password still signs in.
    app.browser()
        .sign_in("alice", OLD_PASSWORD)
        .await
        .assert_has("Hello Alice");
}

async fn parallel_code_sends(app: &TestApp) {
    const N: usize = 16;
    let mut browsers = Vec::new();
    for _ in 0..N {
        let mut b = app.browser();
        b.start(app, "alice")
            .await
            .assert_has("Choose how to verify it's you");
        browsers.push(b);
    }
    let pages = released_together(browsers, |mut b, _| async move {
        b.post("/reset/method", &[("method", "email")]).await
    })
    .await;
    // 5 codes per user an hour; the 6th request blocks the user.
    let sent = pages
        .iter()
        .filter(|p| p.has("We emailed a code to"))
        .count();
    assert_eq!(sent, 5);
    assert_eq!(count(&pages, StatusCode::TOO_MANY_REQUESTS), N - 5);
    app.wait_mail("alice.alt@example.net", 4).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mails_to("alice.alt@example.net"), 5);
}

fn many_starts(s: &mut Setup) {
    // Enough flow starts for the test; the send limit stays 5.
    s.policy.throttle.attempts_per_user_per_hour = 100;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_code_sends_send_exactly_the_allowed_number() {
    parallel_code_sends(&spawn_app_with(many_starts).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_code_sends_send_exactly_the_allowed_number_on_postgres() {
    if let Some(app) = spawn_postgres_app(many_starts).await {
        parallel_code_sends(&app).await;
    }
}

async fn one_captcha_in_parallel_starts(app: &TestApp) {
    const N: usize = 30;
    let mut b = app.browser();
    let page = b.get("/reset").await;
    let (csrf, token, answer) = (page.csrf(), page.captcha_token(), app.last_captcha());
    let users = ["alice", "bob", "erin"];
    let forms = (0..N)
        .map(|i| {
            vec![
                ("csrf", csrf.clone()),
                ("captcha_token", token.clone()),
                ("captcha", answer.clone()),
                ("user_id", users[i % users.len()].to_string()),
            ]
        })
        .collect();
    let bodies = same_session_together(&b, app.url("/reset"), forms).await;
    let started = bodies
        .iter()
        .filter(|body| body.contains("Choose how to verify it"))
        .count();
    assert_eq!(started, 1, "one solved captcha starts one flow");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_solved_captcha_starts_one_flow_however_many_submit_it() {
    one_captcha_in_parallel_starts(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_solved_captcha_starts_one_flow_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        one_captcha_in_parallel_starts(&app).await;
    }
}

async fn one_flow_parallel_password_writes(app: &TestApp) {
    const N: usize = 10;
    let mut b = app.browser();
    b.start(app, "alice").await;
    b.pass_email_gate(app, "alice.alt@example.net")
        .await
        .assert_has("Choose a new password");
    let csrf = b.last.as_ref().unwrap().csrf();
    let forms = (0..N)
        .map(|i| {
            // Different passwords, so the one written can be told.
            let password = format!("{GOOD_PASSWORD}-{i}");
            vec![
                ("csrf", csrf.clone()),
                ("password", password.clone()),
                ("confirm", password),
            ]
        })
        .collect();
    let bodies = same_session_together(&b, app.url("/reset/password"), forms).await;
    let done = bodies
        .iter()
        .filter(|body| body.contains("Your password was reset"))
        .count();
    assert_eq!(done, 1, "one verified flow writes one password");
    let written = app
        .audit_activities()
        .await
        .iter()
        .filter(|a| *a == "reset_succeeded:success")
        .count();
    assert_eq!(written, 1);
    let mut works = 0;
    for i in 0..N {
        if app
            .password_works("alice", &format!("{GOOD_PASSWORD}-{i}"))
            .await
        {
            works += 1;
        }
    }
    assert_eq!(works, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_verified_flow_writes_one_password_however_many_submit_it() {
    one_flow_parallel_password_writes(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_verified_flow_writes_one_password_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        one_flow_parallel_password_writes(&app).await;
    }
}

async fn parallel_contact_removals(app: &TestApp) {
    let mut b = app.browser();
    b.sign_in("alice", OLD_PASSWORD)
        .await
        .assert_has("Hello Alice");
    // Each contact confirmed by the other, so either may be removed in this session.
    b.prove(app, "mobile&removing=1", "email", "alice.alt@example.net")
        .await;
    b.prove(app, "email&removing=1", "mobile", "+16502530001")
        .await
        .assert_has("that's confirmed");
    let csrf = b.last.as_ref().unwrap().csrf();
    // alice has an email and a mobile, and one gate needs one: removing both at once must
    // leave one.
    let forms = ["email", "mobile", "email", "mobile"]
        .into_iter()
        .map(|kind| vec![("csrf", csrf.clone()), ("kind", kind.to_string())])
        .collect();
    let bodies = same_session_together(&b, app.url("/register/remove"), forms).await;
    let removed = bodies
        .iter()
        .filter(|body| body.contains("Removed."))
        .count();
    assert_eq!(removed, 1);
    assert_eq!(app.registrations("alice").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_contact_removals_keep_the_minimum() {
    parallel_contact_removals(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_contact_removals_keep_the_minimum_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        parallel_contact_removals(&app).await;
    }
}

async fn parallel_registration_texts(app: &TestApp) {
    // Signed-in users each asking, at once, to text a code to one number: the cap of 10 codes
    // per destination an hour holds (the request after it is refused, nothing more is sent).
    // They have no contact yet, so the password is enough to register one.
    for user in ["alice", "bob", "erin", "admin"] {
        for kind in [ContactKind::Email, ContactKind::Mobile] {
            app.state
                .store
                .delete_registration(&app.tenant.id, user, kind)
                .await
                .unwrap();
        }
    }
    let mut browsers = Vec::new();
    for user in ["alice", "bob", "erin", "admin"] {
        for _ in 0..5 {
            let mut b = app.browser();
            b.sign_in(user, OLD_PASSWORD).await;
            b.get("/register/mobile").await;
            browsers.push(b);
        }
    }
    let pages = released_together(browsers, |mut b, _| async move {
        b.post(
            "/register/send",
            &[("method", "sms"), ("value", "+1 650 253 0199")],
        )
        .await
    })
    .await;
    assert_eq!(count(&pages, StatusCode::OK), 10);
    assert_eq!(count(&pages, StatusCode::TOO_MANY_REQUESTS), 10);
    app.wait_gateway(9).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.gateway_count(), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_registration_texts_to_one_number_stop_at_the_cap() {
    parallel_registration_texts(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_registration_texts_to_one_number_stop_at_the_cap_on_postgres() {
    if let Some(app) = spawn_postgres_app(|_| {}).await {
        parallel_registration_texts(&app).await;
    }
}
