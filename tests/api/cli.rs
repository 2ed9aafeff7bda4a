//! Operator tools: importing users with pre-registered contacts, all rows checked first.

use crate::helpers::*;

#[tokio::test]
async fn user_import_prepopulates_contacts_and_refuses_bad_files_whole() {
    let app = spawn_app().await;
    let dir = std::env::temp_dir().join(format!("sspr-import-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "login,given_name,surname,mail,alternate_email,mobile\nfrank,Frank,Ng,,frank@example.net,+1 650 253 0007\ngina,Gina,Roe,,not-an-email,\n").unwrap();
    let err = sspr::cli::users::import(&app.state, "acme", &bad)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 3") && err.contains("email"), "{err}");
    assert!(
        app.state
            .store
            .registrations(&app.tenant.id, "frank")
            .await
            .unwrap()
            .is_empty(),
        "nothing written"
    );

    let good = dir.join("good.csv");
    std::fs::write(&good, "login,given_name,surname,mail,alternate_email,mobile,office_phone,groups,admin\nfrank,Frank,Ng,frank@acme.example,frank@example.net,+1 650 253 0007,,staff;it,false\n").unwrap();
    sspr::cli::users::import(&app.state, "acme", &good)
        .await
        .unwrap();
    let page = app.browser().start(&app, "frank").await;
    page.assert_has("f•••@e•••.net");
    page.assert_has("+1 ••• ••• ••07");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A file larger than one write transaction: every user lands, the last chunk too, and one bad
/// row near the end still keeps the whole file out.
#[tokio::test]
async fn a_large_import_writes_every_chunk_or_nothing() {
    let app = spawn_app().await;
    let dir = std::env::temp_dir().join(format!("sspr-import-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let rows = |bad_at: Option<usize>| {
        let mut csv = String::from("login,given_name,surname,alternate_email\n");
        for i in 1..=2_345 {
            let email = match bad_at {
                Some(b) if b == i => "nope".to_string(),
                _ => format!("u{i}@example.net"),
            };
            csv.push_str(&format!("u{i},U,Ser,{email}\n"));
        }
        csv
    };
    let file = dir.join("users.csv");
    std::fs::write(&file, rows(Some(2_300))).unwrap();
    let err = sspr::cli::users::import(&app.state, "acme", &file)
        .await
        .unwrap_err();
    assert!(format!("{err:#}").contains("line 2301"), "{err:#}");
    let registered = |login: &'static str| {
        let (store, tenant) = (app.state.store.clone(), app.tenant.id.clone());
        async move { store.registrations(&tenant, login).await.unwrap().len() }
    };
    assert_eq!(registered("u1").await, 0, "nothing written");

    std::fs::write(&file, rows(None)).unwrap();
    sspr::cli::users::import(&app.state, "acme", &file)
        .await
        .unwrap();
    for login in ["u1", "u1000", "u1001", "u2345"] {
        assert_eq!(registered(login).await, 1, "{login}");
    }
    app.browser()
        .start(&app, "u2345")
        .await
        .assert_has("u•••@e•••.net");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The shipped load benchmark in its seconds-long smoke mode: every row runs (embedded and, where
/// the servers are, LDAP, LDAP through an agent, and PostgreSQL), every flow completes, and an anonymous start page
/// writes nothing. How fast is for `sspr bench` on a release build, not for a test.
#[tokio::test]
async fn the_load_benchmark_runs_in_smoke_mode() {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_sspr"));
    command.args(["bench", "--smoke"]);
    let postgres = servers::postgres_url_if_up().await;
    if let Some(url) = &postgres {
        command.args(["--postgres", url]);
    }
    let ldap = slapd::installed();
    if !ldap {
        command.arg("--no-ldap");
    }
    let out = command.output().await.unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{table}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let flow_rows = |setup: &str| {
        table
            .lines()
            .filter(|l| l.starts_with(&format!("| {setup} | 1-gate email reset |")))
            .map(|l| l.split('|').nth(7).unwrap().trim().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(flow_rows("embedded / SQLite"), ["0", "0"], "{table}");
    assert!(
        table.contains("GET /reset, captcha off (0 rows written)"),
        "{table}"
    );
    assert!(table.contains("| embedded / SQLite | GET /reset, captcha on | 16 |"));
    assert!(table.contains("% of /healthz"), "{table}");
    if ldap {
        assert_eq!(flow_rows("LDAP / SQLite"), ["0", "0"], "{table}");
        assert_eq!(flow_rows("agent → LDAP / SQLite"), ["0", "0"], "{table}");
    }
    if postgres.is_some() {
        assert_eq!(flow_rows("embedded / PostgreSQL"), ["0", "0"], "{table}");
    }
}
