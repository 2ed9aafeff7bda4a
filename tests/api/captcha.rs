//! The captcha: wrong answers, single use (also under parallel submissions), the signed token's
//! expiry and binding to the form, tenant and browser, and turning it off for load tests.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn a_wrong_captcha_shows_a_new_picture_and_starts_nothing() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/reset").await;
    let first = app.last_captcha();
    let page = b
        .post("/reset", &[("user_id", "alice"), ("captcha", "wrong")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("don't match");
    page.assert_has("data:image/png;base64,");
    page.assert_has("value=\"alice\"");
    assert_ne!(app.last_captcha(), first, "a new picture is issued");
    assert!(
        app.audit_activities()
            .await
            .contains(&"captcha_failed:failure".to_string())
    );
}

#[tokio::test]
async fn a_captcha_answer_works_once() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let first = b.get("/reset").await.captcha_token();
    let answer = app.last_captcha();
    // Right answer, but the user ID is empty: the picture is spent anyway.
    let page = b
        .post("/reset", &[("user_id", ""), ("captcha", &answer)])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("Enter your user ID.");
    // Sending that picture's token again is refused...
    let replay = post_with_token(&mut b, &answer, &first).await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    replay.assert_has("expired or was already used");
    // ...and its answer doesn't fit the new picture.
    let wrong = b
        .post("/reset", &[("user_id", "alice"), ("captcha", &answer)])
        .await;
    wrong.assert_has("don't match");
    // The new picture's answer, typed in capitals, works.
    let fresh = app.last_captcha().to_uppercase();
    let ok = b
        .post("/reset", &[("user_id", "alice"), ("captcha", &fresh)])
        .await;
    ok.assert_has("Choose how to verify it's you");
}

#[tokio::test]
async fn the_operator_can_turn_the_captcha_off() {
    let app = spawn_app_with(|s| s.config.captcha = false).await;
    let mut b = app.browser();
    let page = b.get("/reset").await;
    assert!(!page.has("data:image/png"));
    let next = b.post("/reset", &[("user_id", "alice")]).await;
    next.assert_has("Choose how to verify it's you");
    assert!(captured_logs().contains("the captcha is turned off"));
}

/// The start form of the last page with `token` in place of its own, and the right answer.
async fn post_with_token(b: &mut Browser, answer: &str, token: &str) -> Page {
    let csrf = b.last.as_ref().unwrap().csrf();
    b.post_raw(
        "/reset",
        &[
            ("csrf", &csrf),
            ("captcha_token", token),
            ("user_id", "alice"),
            ("captcha", answer),
        ],
    )
    .await
}

#[tokio::test]
async fn a_picture_expires_after_ten_minutes() {
    let app = spawn_app().await;
    let mut b = app.browser();
    b.get("/reset").await;
    let answer = app.last_captcha();
    app.clock.advance(10 * 60 + 1);
    let page = b
        .post("/reset", &[("user_id", "alice"), ("captcha", &answer)])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("That picture has expired or was already used");
    // The new picture works.
    let fresh = app.last_captcha();
    b.post("/reset", &[("user_id", "alice"), ("captcha", &fresh)])
        .await
        .assert_has("Choose how to verify it's you");
}

#[tokio::test]
async fn a_tampered_token_or_one_from_another_browser_or_tenant_is_refused() {
    let app = spawn_app().await;
    let now = app.clock.now();
    app.state
        .store
        .create_tenant("other", "Other Org", None, now)
        .await
        .unwrap();
    let mut b = app.browser();
    let page = b.get("/reset").await;
    let token = page.captcha_token();
    let answer = app.last_captcha();

    // Any change to the token (here, an issue time moved on) breaks its signature.
    let (issued, rest) = token.split_once('.').unwrap();
    let moved = format!("{}.{rest}", issued.parse::<i64>().unwrap() + 1);
    let refused = post_with_token(&mut b, &answer, &moved).await;
    refused.assert_has("That picture has expired or was already used");

    // Another browser can't use this browser's picture, even with its answer.
    let mut other = app.browser();
    other.get("/reset").await;
    let refused = post_with_token(&mut other, &answer, &token).await;
    refused.assert_has("That picture has expired or was already used");

    // Nor can this browser use a picture issued for another organisation's page.
    let foreign = b
        .get_absolute(&format!("http://{}/t/other/reset", app.addr))
        .await;
    let foreign_answer = app.last_captcha();
    b.get("/reset").await;
    let refused = post_with_token(&mut b, &foreign_answer, &foreign.captcha_token()).await;
    refused.assert_has("That picture has expired or was already used");

    // The untouched token still works where it was issued: refusals spent nothing of it.
    b.get("/reset").await;
    post_with_token(&mut b, &answer, &token)
        .await
        .assert_has("Choose how to verify it's you");
}

#[tokio::test]
async fn one_solved_picture_starts_one_flow_however_many_times_it_is_sent_at_once() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = client.get(app.url("/reset")).send().await.unwrap();
    let cookie = page.headers()["set-cookie"].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_string();
    let body = Page {
        status: StatusCode::OK,
        body: page.text().await.unwrap(),
        url: String::new(),
        location: None,
    };
    let form = [
        ("csrf", body.csrf()),
        ("captcha_token", body.captcha_token()),
        ("user_id", "alice".to_string()),
        ("captcha", app.last_captcha()),
    ];
    let sends: Vec<_> = (0..20)
        .map(|_| {
            let request = client
                .post(app.url("/reset"))
                .header("cookie", &cookie)
                .form(&form);
            tokio::spawn(async move { request.send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut statuses = Vec::new();
    for send in sends {
        statuses.push(send.await.unwrap());
    }
    let started = statuses.iter().filter(|s| **s == 303).count();
    assert_eq!(started, 1, "{statuses:?}");
    let refused = statuses.iter().filter(|s| **s == 422).count();
    assert_eq!(refused, 19, "{statuses:?}");
    let flows = app.audit_activities().await;
    let flows = flows.iter().filter(|a| *a == "flow_started:success");
    assert_eq!(flows.count(), 1);
}

/// The "Listen to the digits instead" recording on a page.
fn audio_link(page: &Page) -> String {
    let re =
        regex::Regex::new(r#"<audio controls preload="none" src="/t/acme(/captcha/audio\?[^"]+)""#)
            .unwrap();
    let found = re
        .captures(&page.body)
        .unwrap_or_else(|| panic!("no recording on the page:\n{}", page.body));
    found[1].replace("&#38;", "&")
}

#[tokio::test]
async fn the_recording_reads_the_pictures_digits_and_answers_the_same_challenge() {
    let app = spawn_app().await;
    let mut b = app.browser_speaking("ja");
    let start = b.get("/reset").await;
    start.assert_has("代わりに数字を音声で聞く");
    let link = audio_link(&start);
    let response = b.fetch(&link).await;
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "audio/wav");
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    let wav = response.bytes().await.unwrap();
    let heard = hear_digits(&wav, sspr::i18n::Lang::Ja);
    assert_eq!(
        heard,
        app.last_captcha(),
        "the recording and the picture differ"
    );

    // Typed as heard (with spaces), it answers the picture's challenge.
    let spaced: String = heard.chars().flat_map(|c| [c, ' ']).collect::<String>();
    let methods = b
        .post(
            "/reset",
            &[("user_id", "alice"), ("captcha", spaced.trim())],
        )
        .await;
    methods.assert_has("ご本人の確認方法を選んでください");

    // One challenge, one answer: once the picture is answered, the recording is gone.
    let spent = b.fetch(&link).await;
    assert_eq!(spent.status(), reqwest::StatusCode::GONE);
}

#[tokio::test]
async fn a_recording_works_only_in_its_browser_and_until_it_expires() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let start = b.get("/reset").await;
    start.assert_has("Listen to the digits instead");
    let link = audio_link(&start);
    let mut stranger = app.browser();
    stranger.get("/reset").await;
    assert_eq!(
        stranger.fetch(&link).await.status(),
        reqwest::StatusCode::GONE
    );
    let other_form = link.replace("form=reset-start", "form=helpdesk");
    assert_eq!(
        b.fetch(&other_form).await.status(),
        reqwest::StatusCode::GONE
    );
    assert_eq!(b.fetch(&link).await.status(), reqwest::StatusCode::OK);

    app.clock
        .advance(sspr::security::captcha::TOKEN_TTL_SECS + 1);
    let expired = b.fetch(&link).await;
    assert_eq!(expired.status(), reqwest::StatusCode::GONE);
    let page = expired.text().await.unwrap();
    assert!(
        page.contains("This recording is no longer available"),
        "{page}"
    );
    // And the picture's answer is refused after expiry too.
    let answer = app.last_captcha();
    let refused = b
        .post("/reset", &[("user_id", "alice"), ("captcha", &answer)])
        .await;
    refused.assert_has("That picture has expired or was already used");
}

#[tokio::test]
async fn pages_allow_their_own_recordings_and_nothing_else() {
    let app = spawn_app().await;
    let response = app.browser().fetch("/reset").await;
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("media-src 'self'"), "{csp}");
    assert!(csp.contains("default-src 'none'"), "{csp}");
}
