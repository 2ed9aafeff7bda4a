//! The REST admin API: tokens made on the console (shown once, scoped, expiring, revocable),
//! the helpdesk's actions on users, the audit log, the policy, and an OpenAPI document that
//! lists every route.

use crate::helpers::admin::enrolled;
use crate::helpers::forms::with;
use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::{Value, json};

/// Makes a token on the console page; its secret.
async fn token(b: &mut Browser, name: &str, scope: &str, days: &str) -> String {
    let action = "/admin/api-tokens";
    let form = b.get(action).await.form(action);
    let form = with(with(with(form, "name", name), "scope", scope), "days", days);
    let made = b
        .submit(action, &with(form, "current_password", OLD_PASSWORD))
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let re = regex::Regex::new(r#"<code class="secret" id="new-token">([^<]+)</code>"#).unwrap();
    re.captures(&made.body).expect("the new token")[1].to_string()
}

/// A call to the API with `token`: the status and the JSON body.
async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (StatusCode, Value) {
    let mut request = reqwest::Client::new().request(method, app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let response = request.send().await.unwrap();
    let status = StatusCode::from_u16(response.status().as_u16()).unwrap();
    assert!(
        response.headers().get("set-cookie").is_none(),
        "the API sets no cookie"
    );
    let text = response.text().await.unwrap();
    let value = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
    (status, value)
}

async fn get(app: &TestApp, path: &str, token: Option<&str>) -> (StatusCode, Value) {
    call(app, reqwest::Method::GET, path, token, None).await
}

async fn post(app: &TestApp, path: &str, token: &str, body: &str) -> (StatusCode, Value) {
    call(app, reqwest::Method::POST, path, Some(token), Some(body)).await
}

async fn put(app: &TestApp, path: &str, token: &str, body: &str) -> (StatusCode, Value) {
    call(app, reqwest::Method::PUT, path, Some(token), Some(body)).await
}

#[tokio::test]
async fn tokens_are_shown_once_scoped_expiring_and_revocable() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    b.get("/admin").await.assert_has("API tokens");

    // Making a token takes the admin's password again.
    let action = "/admin/api-tokens";
    let form = with(b.get(action).await.form(action), "name", "HR script");
    let refused = b.submit(action, &form).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("No token was made");
    let bad_days = with(
        with(form.clone(), "days", "400"),
        "current_password",
        OLD_PASSWORD,
    );
    b.submit(action, &bad_days)
        .await
        .assert_has("Enter a number of days from 1 to 365.");

    let read = token(&mut b, "HR script", "read", "30").await;
    assert!(read.starts_with("sspr_"));
    // Shown once: the list has its name, never its secret.
    let list = b.get(action).await;
    list.assert_has("HR script");
    assert!(!list.has(&read));

    let (status, found) = get(&app, "/api/v1/users?q=al", Some(&read)).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found["users"][0]["login"], "alice");
    // A read token can't act.
    for action in ["reset", "unlock", "require-registration"] {
        let (status, body) =
            post(&app, &format!("/api/v1/users/alice/{action}"), &read, "{}").await;
        assert_eq!(
            (status, body["code"].as_str()),
            (StatusCode::FORBIDDEN, Some("forbidden")),
            "{action}"
        );
    }
    assert_eq!(
        put(&app, "/api/v1/users/alice/contacts", &read, "{}")
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert!(app.password_works("alice", OLD_PASSWORD).await);
    // Searches are bounded and explained.
    assert_eq!(
        get(&app, "/api/v1/users?q=", Some(&read)).await.1["code"],
        "invalid_request"
    );
    assert_eq!(
        get(&app, "/api/v1/users?q=a&limit=500", Some(&read))
            .await
            .1["code"],
        "invalid_request"
    );
    let (_, one) = get(&app, "/api/v1/users?q=a&limit=1", Some(&read)).await;
    assert_eq!(
        (
            one["users"].as_array().unwrap().len(),
            one["more"].as_bool()
        ),
        (1, Some(true))
    );

    // No token, a made-up one, and one with its last character changed.
    let (status, body) = get(&app, "/api/v1/users?q=al", None).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthorized"))
    );
    let (status, _) = get(
        &app,
        "/api/v1/users?q=al",
        Some("sspr_0000000000000000_0000000000000000000000000000000000000000"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let mut forged = read.clone();
    let last = if forged.ends_with('0') { '1' } else { '0' };
    forged.pop();
    forged.push(last);
    let (status, _) = get(&app, "/api/v1/users?q=al", Some(&forged)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Revoked from the console: refused at once.
    let list = b.get(action).await;
    let id = &read[5..21];
    let revoke = format!("/admin/api-tokens/revoke?id={id}");
    b.submit(&revoke, &list.form(&revoke))
        .await
        .assert_has("Revoked: the token no longer works.");
    let (status, body) = get(&app, "/api/v1/users?q=al", Some(&read)).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("token_revoked"))
    );

    // Expired after its days.
    let short = token(&mut b, "one day", "read", "1").await;
    assert_eq!(
        get(&app, "/api/v1/users?q=al", Some(&short)).await.0,
        StatusCode::OK
    );
    app.clock.advance(86_400 + 1);
    let (status, body) = get(&app, "/api/v1/users?q=al", Some(&short)).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("token_expired"))
    );
    assert!(
        app.audit_activities()
            .await
            .contains(&"admin_api_token_revoked:success".to_string())
    );
}

#[tokio::test]
async fn the_api_acts_on_users_and_never_on_admins() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let t = token(&mut b, "helpdesk bot", "read_write", "90").await;

    let (status, alice) = get(&app, "/api/v1/users/alice", Some(&t)).await;
    assert_eq!(status, StatusCode::OK, "{alice}");
    assert_eq!(alice["locked"], false);
    assert!(
        alice["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "mobile" && c["source"] == "admin")
    );
    assert_eq!(
        get(&app, "/api/v1/users/nobody", Some(&t)).await.1["code"],
        "not_found"
    );

    // Contacts: one key changes one contact; bad values are listed and nothing is saved.
    let (status, body) = put(
        &app,
        "/api/v1/users/erin/contacts",
        &t,
        r#"{"mobile": "12", "email": "erin@"}"#,
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_contacts"))
    );
    let fields: Vec<&str> = body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["email", "mobile"]);
    assert_eq!(
        put(&app, "/api/v1/users/erin/contacts", &t, r#"{"fax": "1"}"#)
            .await
            .1["code"],
        "invalid_request"
    );
    assert_eq!(
        put(&app, "/api/v1/users/erin/contacts", &t, "{not json")
            .await
            .1["code"],
        "invalid_request"
    );
    let (status, body) = put(
        &app,
        "/api/v1/users/erin/contacts",
        &t,
        r#"{"mobile": "+1 650 253 0099"}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body["changed"]
            .as_str()
            .unwrap()
            .starts_with("mobile phone set to")
    );
    assert!(
        body["user"]["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["value"] == "erin.alt@example.net")
    );
    let methods = app.browser().start(&app, "erin").await;
    methods.assert_has(r#"value="sms""#);

    // A reset with a temporary password, returned once, and must-change.
    let (status, done) = post(&app, "/api/v1/users/alice/reset", &t, "{}").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let given = done["temporary_password"].as_str().unwrap().to_string();
    assert_eq!(done["must_change"], true);
    app.browser()
        .sign_in("alice", &given)
        .await
        .assert_has("Your password needs changing");
    let (status, body) = post(
        &app,
        "/api/v1/users/bob/reset",
        &t,
        r#"{"password": "short"}"#,
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("password_rejected"))
    );
    assert!(app.password_works("bob", OLD_PASSWORD).await);
    assert_eq!(
        post(&app, "/api/v1/users/bob/reset", &t, r#"{"pasword": "x"}"#)
            .await
            .1["code"],
        "invalid_request"
    );

    // Never an administrator.
    let (status, body) = post(&app, "/api/v1/users/admin/reset", &t, "{}").await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("admin_target"))
    );
    assert!(app.password_works("admin", OLD_PASSWORD).await);
    assert_eq!(
        put(
            &app,
            "/api/v1/users/admin/contacts",
            &t,
            r#"{"mobile": "+1 650 253 0099"}"#
        )
        .await
        .1["code"],
        "admin_target"
    );

    let (_, unlocked) = post(&app, "/api/v1/users/bob/unlock", &t, "").await;
    assert_eq!(unlocked["was_locked"], false);
    let (status, removed) = post(&app, "/api/v1/users/alice/require-registration", &t, "").await;
    assert_eq!(
        (status, removed["removed"].as_u64()),
        (StatusCode::OK, Some(0))
    );

    // All of it in the audit log, with the token that acted.
    let (status, page) = get(
        &app,
        "/api/v1/audit?user=alice&activity=Reset+password+%28by+admin%29",
        Some(&t),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let event = &page["events"][0];
    assert_eq!(event["code"], "admin_reset_password");
    assert!(
        event["detail"]
            .as_str()
            .unwrap()
            .contains("API token \"helpdesk bot\" (made by admin)")
    );
    assert!(!page.to_string().contains(&given));
    let (status, bad) = get(&app, "/api/v1/audit?tracking=x&limit=0", Some(&t)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["problems"].as_array().unwrap().len(), 2);
    // The whole filtered log as streamed CSV.
    let csv = reqwest::Client::new()
        .get(app.url("/api/v1/audit.csv?user=alice"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(
        csv.starts_with("time_utc,activity,code,outcome,user"),
        "{csv}"
    );
    assert!(csv.contains("Reset password (by admin),admin_reset_password,success,alice"));
    // Paged: two at a time, continuing with `next`.
    let (_, first) = get(&app, "/api/v1/audit?limit=2", Some(&t)).await;
    let next = first["next"].as_str().unwrap();
    let (_, second) = get(
        &app,
        &format!("/api/v1/audit?limit=2&after={next}"),
        Some(&t),
    )
    .await;
    assert_ne!(first["events"][0]["id"], second["events"][0]["id"]);
}

#[tokio::test]
async fn the_policy_is_read_and_replaced_with_the_console_s_checks() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let t = token(&mut b, "config as code", "read_write", "90").await;
    let (status, policy) = get(&app, "/api/v1/policy", Some(&t)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(policy["gates"], 1);

    let mut bad = policy.clone();
    bad["gates"] = json!(3);
    bad["codes"]["ttl_secs"] = json!(5);
    let (status, body) = put(&app, "/api/v1/policy", &t, &bad.to_string()).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_policy"))
    );
    let fields: Vec<&str> = body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"gates") && fields.contains(&"codes.ttl_secs"),
        "{fields:?}"
    );
    // Half a policy isn't taken: what's left out would fall back to defaults unseen.
    let (status, body) = put(&app, "/api/v1/policy", &t, r#"{"gates": 2}"#).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["message"].as_str().unwrap().contains("missing: "),
        "{body}"
    );
    let mut unknown = policy.clone();
    unknown["gatez"] = json!(1);
    assert_eq!(
        put(&app, "/api/v1/policy", &t, &unknown.to_string())
            .await
            .1["code"],
        "invalid_request"
    );
    let mut admins = policy.clone();
    admins["admin_group"] = json!("everyone");
    assert_eq!(
        put(&app, "/api/v1/policy", &t, &admins.to_string()).await.0,
        StatusCode::FORBIDDEN
    );

    let mut good = policy.clone();
    good["helpdesk"] = json!({"kind": "url", "value": "https://help.acme.example"});
    let (status, saved) = put(&app, "/api/v1/policy", &t, &good.to_string()).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    app.browser()
        .get("/reset")
        .await
        .assert_has("https://help.acme.example");
    // The console's Recent changes show who did it.
    b.get("/admin")
        .await
        .assert_has("API token &#34;config as code&#34;");
}

#[tokio::test]
async fn the_openapi_document_lists_every_route() {
    let app = spawn_app().await;
    let (status, doc) = get(&app, "/api/v1/openapi.json", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let paths = doc["paths"].as_object().unwrap();
    for (path, methods) in sspr::web::api::ROUTES {
        let item = paths
            .get(*path)
            .unwrap_or_else(|| panic!("{path} is not in the document"));
        for method in *methods {
            assert!(item.get(method.to_lowercase()).is_some(), "{method} {path}");
        }
    }
    assert_eq!(
        paths.len(),
        sspr::web::api::ROUTES.len(),
        "{:?}",
        paths.keys()
    );
    // A path that isn't an endpoint answers in the API's shape.
    let (status, body) = get(&app, "/api/v1/nothing-here", None).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

#[tokio::test]
async fn the_api_on_postgres() {
    let Some(app) = spawn_postgres_app(|_| {}).await else {
        return;
    };
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let t = token(&mut b, "pg", "read_write", "90").await;
    let (status, found) = get(&app, "/api/v1/users?q=bo", Some(&t)).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found["users"][0]["login"], "bob");
    let (status, done) = post(
        &app,
        "/api/v1/users/bob/reset",
        &t,
        r#"{"must_change": false}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let given = done["temporary_password"].as_str().unwrap();
    assert!(app.password_works("bob", given).await);
    let (_, page) = get(&app, "/api/v1/audit?user=bob", Some(&t)).await;
    assert_eq!(page["events"][0]["code"], "admin_reset_password");
}

async fn import(app: &TestApp, token: &str, content_type: &str, body: &str) -> (StatusCode, Value) {
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/contacts/import"))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let status = StatusCode::from_u16(response.status().as_u16()).unwrap();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn a_bulk_import_checks_every_row_before_writing_any() {
    let app = spawn_app().await;
    let mut b = app.browser();
    enrolled(&app, &mut b).await;
    let t = token(&mut b, "importer", "read_write", "90").await;
    let before = app.registrations("erin").await.len();

    // One good row and four bad ones: nothing is written, and each bad row says why.
    let csv = "login,email,mobile\n\
               erin,,+1 650 253 0099\n\
               nobody,a@example.net,\n\
               bob,not-an-address,\n\
               admin,,+1 650 253 0098\n\
               erin,,+1 650 253 0097\n";
    let (status, body) = import(&app, &t, "text/csv", csv).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_import")),
        "{body}"
    );
    let rows: Vec<u64> = body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["row"].as_u64().unwrap())
        .collect();
    assert_eq!(rows, [2, 3, 4, 5]);
    assert_eq!(body["rows"][1]["problems"][0]["field"], "email");
    assert_eq!(
        body["rows"][3]["problems"][0]["message"],
        "This user is in the file twice."
    );
    assert_eq!(app.registrations("erin").await.len(), before);

    // Fixed, it imports; JSON works the same way, with null removing a contact.
    let (status, body) = import(&app, &t, "text/csv", "login,mobile\nerin,+1 650 253 0099\n").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body["rows"][0]["changed"]
            .as_str()
            .unwrap()
            .starts_with("mobile phone set to")
    );
    let json = r#"[{"login": "bob", "email": null}, {"login": "erin"}]"#;
    let (status, body) = import(&app, &t, "application/json", json).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["rows"][0]["changed"], "alternate email removed");
    assert_eq!(body["rows"][1]["changed"], "");
    assert!(
        app.registrations("bob")
            .await
            .iter()
            .all(|r| r.kind != sspr::store::registrations::ContactKind::Email)
    );
    let (status, body) = import(&app, &t, "text/csv", "user,fax\nerin,1\n").await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_request"))
    );
}
