//! Languages: the eight the portal speaks, how a request's language is chosen, and the Fluent
//! catalogs (`locales/<tag>/*.ftl`, embedded at build time) every user-visible word comes from.

#[cfg(test)]
mod catalog_check;
mod dates;
mod negotiate;
mod text;

pub use dates::{format_date, format_date_time};
pub use negotiate::{COOKIE, negotiate};
pub use text::{Arg, Text};

use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static CATALOGS = {
        locales: "./locales",
        fallback_language: "en",
        // Placeables are wrapped in bidi isolation marks only where they help: a Latin user ID
        // or code inside Arabic text. Left-to-right languages get plain text.
        customise: |bundle| {
            let rtl = bundle.locales.iter().any(|l| l.language.as_str() == "ar");
            bundle.set_use_isolating(rtl);
        },
    };
}

/// Each language's messages without arguments, as resolved so far.
static RESOLVED: [std::sync::RwLock<std::collections::BTreeMap<Box<str>, Box<str>>>; 8] =
    [const { std::sync::RwLock::new(std::collections::BTreeMap::new()) }; 8];

/// A language the portal speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    PtBr,
    Nl,
    Ja,
    Ar,
}

/// Each language's identifier, parsed once.
static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| l.tag().parse().unwrap_or_default())
        .collect()
});

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::PtBr,
        Lang::Nl,
        Lang::Ja,
        Lang::Ar,
    ];

    /// The BCP 47 tag (`lang` attribute, cookie, policy value, catalog folder).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Nl => "nl",
            Lang::Ja => "ja",
            Lang::Ar => "ar",
        }
    }

    /// The language of a tag exactly as `tag()` writes it (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Text direction, for `dir=`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// The language TwiML's `<Say language=…>` reads a call in.
    pub fn voice_tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::De => "de-DE",
            Lang::Fr => "fr-FR",
            Lang::Es => "es-ES",
            Lang::PtBr => "pt-BR",
            Lang::Nl => "nl-NL",
            Lang::Ja => "ja-JP",
            Lang::Ar => "arb",
        }
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    fn id(self) -> &'static LanguageIdentifier {
        &IDS[self.index()]
    }

    /// The language's name in itself ("Deutsch"), for the switcher.
    pub fn own_name(self) -> String {
        self.t("language-name")
    }

    /// A catalog message without arguments (resolved once per language, then remembered: a
    /// page asks for a few dozen).
    pub fn t(self, key: &str) -> String {
        let index = self.index();
        if let Ok(known) = RESOLVED[index].read()
            && let Some(text) = known.get(key)
        {
            return text.to_string();
        }
        let text = self.lookup(key, None);
        if let Ok(mut known) = RESOLVED[index].write() {
            known.insert(key.into(), text.as_str().into());
        }
        text
    }

    /// A catalog message with arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let map: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue<'_>> =
            args.iter()
                .map(|(name, value)| (Cow::Borrowed(*name), value.fluent()))
                .collect();
        self.lookup(key, Some(&map))
    }

    /// A message with one argument (what templates call).
    pub fn t1(self, key: &str, name: &'static str, value: impl Into<Arg>) -> String {
        self.t_args(key, &[(name, value.into())])
    }

    /// A message with two arguments.
    pub fn t2(
        self,
        key: &str,
        name: &'static str,
        value: impl Into<Arg>,
        name2: &'static str,
        value2: impl Into<Arg>,
    ) -> String {
        self.t_args(key, &[(name, value.into()), (name2, value2.into())])
    }

    /// Renders a `Text` in this language.
    pub fn text(self, text: &Text) -> String {
        match text {
            Text::Msg { key, args } => self.t_args(key, args),
            Text::Verbatim(words) => words.clone(),
        }
    }

    /// Renders several `Text`s.
    pub fn texts(self, texts: &[Text]) -> Vec<String> {
        texts.iter().map(|t| self.text(t)).collect()
    }

    fn lookup(
        self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue<'_>>>,
    ) -> String {
        match CATALOGS.try_lookup_complete(self.id(), key, args) {
            Some(text) => text,
            None => {
                tracing::warn!(key, lang = self.tag(), "message missing from the catalogs");
                key.to_string()
            }
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        Lang::from_tag(&tag).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown language {tag:?} (one of {})",
                Lang::ALL.map(Lang::tag).join(", ")
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_come_from_each_language() {
        assert_eq!(Lang::De.own_name(), "Deutsch");
        assert_eq!(Lang::Ar.own_name(), "العربية");
        assert_eq!(Lang::Ja.own_name(), "日本語");
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fr.dir(), "ltr");
    }

    #[test]
    fn arguments_and_plurals_are_filled_in() {
        let one = Lang::En.t1("code-tries-left", "count", 1);
        let many = Lang::En.t1("code-tries-left", "count", 3);
        assert_eq!(one, "That code isn't right. You can try 1 more time.");
        assert_eq!(many, "That code isn't right. You can try 3 more times.");
        let german = Lang::De.t1("code-tries-left", "count", 3);
        assert!(german.contains('3') && german.contains("Code"), "{german}");
        // Arabic wraps placeables in isolation marks so a Latin value keeps its order.
        let arabic = Lang::Ar.t1("code-tries-left", "count", 3);
        assert!(arabic.contains('\u{2068}'), "{arabic}");
    }

    #[test]
    fn a_missing_key_shows_the_key_not_another_language() {
        assert_eq!(Lang::De.t("no-such-message"), "no-such-message");
    }

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("PT-br"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt"), None);
    }
}
