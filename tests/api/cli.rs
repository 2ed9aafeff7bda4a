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
