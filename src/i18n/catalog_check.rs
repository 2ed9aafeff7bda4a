//! Checks of the catalogs themselves: every language has exactly English's messages with the
//! same placeables, each really translated, and every key the code asks for exists.

use super::{CATALOGS, Lang};
use fluent_templates::fluent_bundle::FluentValue;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A catalog: each message's key and the variables it uses.
type Catalog = BTreeMap<String, (String, BTreeSet<String>)>;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Reads `locales/<tag>/*.ftl`: a message starts at `key =` and goes on over indented lines
/// (and the `}` closing a selector).
fn read(lang: Lang) -> Catalog {
    let var = regex::Regex::new(r"\{\s*\$([a-z_-]+)").unwrap();
    let start = regex::Regex::new(r"^([a-z][a-z0-9-]*)\s*=(.*)$").unwrap();
    let dir = root().join("locales").join(lang.tag());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut catalog = Catalog::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if let Some(m) = start.captures(line) {
                let key = m[1].to_string();
                assert!(
                    !catalog.contains_key(&key),
                    "{}: {key} twice",
                    file.display()
                );
                catalog.insert(key.clone(), (m[2].to_string(), BTreeSet::new()));
                current = Some(key);
            } else if line.starts_with(' ') || (line.starts_with('}') && current.is_some()) {
                let key = current
                    .as_ref()
                    .expect("an indented line belongs to a message");
                let entry = catalog.get_mut(key).unwrap();
                entry.0.push('\n');
                entry.0.push_str(line);
            } else {
                current = None;
            }
        }
    }
    for (text, vars) in catalog.values_mut() {
        *vars = var.captures_iter(text).map(|c| c[1].to_string()).collect();
    }
    catalog
}

#[test]
fn every_language_has_exactly_englishs_messages_and_placeables() {
    let english = read(Lang::En);
    assert!(english.len() > 250, "{}", english.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let other = read(lang);
        for key in english.keys().filter(|k| !other.contains_key(*k)) {
            problems.push(format!("{lang}: missing {key}"));
        }
        for key in other.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{lang}: {key} is not in English"));
        }
        for (key, (_, vars)) in &english {
            if let Some((_, theirs)) = other.get(key)
                && theirs != vars
            {
                problems.push(format!("{lang}: {key} uses {theirs:?}, English {vars:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_resolves_in_its_own_language_and_is_translated() {
    let english = read(Lang::En);
    for lang in Lang::ALL.into_iter().skip(1) {
        let mut same = Vec::new();
        for (key, (_, vars)) in &english {
            // Every variable filled in: a message missing one doesn't resolve.
            let args: std::collections::HashMap<&str, FluentValue<'_>> = vars
                .iter()
                .map(|v| (v.as_str(), FluentValue::from(2)))
                .collect();
            let theirs = CATALOGS.lookup_no_default_fallback(lang.id(), key, Some(&args));
            let Some(theirs) = theirs else {
                panic!("{lang}: {key} doesn't resolve (a syntax error in its catalog?)");
            };
            let ours = CATALOGS.lookup_no_default_fallback(Lang::En.id(), key, Some(&args));
            if Some(&theirs) == ours.as_ref() {
                same.push(key.as_str());
            }
        }
        // A few words are the same in both (a brand, "OK"); a copied catalog is not.
        assert!(
            same.len() * 100 <= english.len() * 3,
            "{lang}: {} messages are the English words: {same:?}",
            same.len()
        );
    }
}

/// Literals in the portal's code that look like keys but aren't messages (element IDs,
/// header names, selector values).
const NOT_KEYS: &[&str] = &[
    "abcd-ef12-3456",
    "by-admin",
    "code-hint",
    "content-type",
    "cross-origin-opener-policy",
    "decoy-destination",
    "granite-kettle-orbit",
    "idempotency-key",
    "no-referrer",
    "no-store",
    "no-such-message",
    "permissions-policy",
    "reset-start",
    "same-origin",
    "sms-voice",
    "svc-secret",
    "upper-case",
    "x-csrf-token",
    "x-forwarded-for",
    "x-sspr-signature",
    "x-sspr-timestamp",
];

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // The API, the CLI and the agent with its protocol speak English to scripts and
        // operators, not through the catalogs.
        if ["api", "cli", "bench", "agent", "agent_api.rs"].contains(&name.as_str()) {
            continue;
        }
        if path.is_dir() {
            sources(&path, out);
        } else if name.ends_with(".rs") || name.ends_with(".html") || name.ends_with(".txt") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_the_portal_asks_for_is_in_the_catalog() {
    let english = read(Lang::En);
    let literal = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    // In a template, what a page asks for (ids and classes are kebab-case too).
    let asked = regex::Regex::new(r#"\bt[0-9]?\("([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    let mut files = Vec::new();
    sources(&root().join("src"), &mut files);
    sources(&root().join("templates"), &mut files);
    let mut unknown = BTreeSet::new();
    let mut allowed = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let pattern = if file.extension().is_some_and(|e| e == "html") {
            &asked
        } else {
            &literal
        };
        for m in pattern.captures_iter(&text) {
            let key = &m[1];
            if NOT_KEYS.contains(&key) {
                allowed.insert(key.to_string());
            } else if !english.contains_key(key) && !is_uuid(key) {
                unknown.insert(format!("{key} ({})", file.display()));
            }
        }
    }
    assert!(unknown.is_empty(), "not in locales/en: {unknown:#?}");
    // The list of exceptions doesn't outlive the literals it excuses.
    let stale: Vec<&&str> = NOT_KEYS.iter().filter(|k| !allowed.contains(**k)).collect();
    assert!(
        stale.is_empty(),
        "NOT_KEYS lists what no source holds: {stale:?}"
    );
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// No template carries words of its own: outside template code, tags and code samples, a
/// page's text and its labelling attributes come from the catalogs.
#[test]
fn templates_hold_no_words_outside_the_catalogs() {
    let code = regex::Regex::new(r"(?s)\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}").unwrap();
    let samples =
        regex::Regex::new(r"(?s)<(code|pre|style|script)\b.*?</(code|pre|style|script)>").unwrap();
    let labels = regex::Regex::new(r#"\b(?:aria-label|alt|title|placeholder)="([^"]*)""#).unwrap();
    let tags = regex::Regex::new(r"(?s)<[^>]*>").unwrap();
    let entities = regex::Regex::new(r"&#?[a-zA-Z0-9]+;").unwrap();
    let mut files = Vec::new();
    sources(&root().join("templates"), &mut files);
    let mut worded = Vec::new();
    for file in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
    {
        let text = std::fs::read_to_string(file).unwrap();
        let bare = code.replace_all(&text, " ");
        for m in labels.captures_iter(&bare) {
            if m[1].chars().any(char::is_alphabetic) {
                worded.push(format!("{}: {}=\"{}\"", file.display(), &m[0], &m[1]));
            }
        }
        let bare = samples.replace_all(&bare, " ");
        let bare = tags.replace_all(&bare, " ");
        let bare = entities.replace_all(&bare, " ");
        for word in bare.split_whitespace() {
            // Time zone abbreviation, the same in every language.
            if word.chars().any(char::is_alphabetic) && word != "UTC" {
                worded.push(format!("{}: {word}", file.display()));
            }
        }
    }
    assert!(worded.is_empty(), "words outside the catalogs: {worded:#?}");
}
