//! Which language a request gets: the one the user picked (a cookie set by the switcher), else
//! the best match in the browser's `Accept-Language`, else the tenant's default.

use super::Lang;
use fluent_templates::LanguageIdentifier;

/// The cookie the language switcher sets.
pub const COOKIE: &str = "sspr_lang";

/// The request's language.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>, default: Lang) -> Lang {
    cookie
        .and_then(Lang::from_tag)
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(default)
}

/// The browser's most preferred language that the portal speaks (`q=0` means "not this").
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut ranked: Vec<(u16, Lang)> = header
        .split(',')
        .take(32)
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), quality)?;
            (quality > 0).then_some(())?;
            Some((quality, matching(tag)?))
        })
        .collect();
    // Stable: equal weights keep the browser's order.
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    ranked.first().map(|(_, lang)| *lang)
}

/// A q-value as thousandths (`0.8` → 800); None when malformed.
fn quality(raw: &str) -> Option<u16> {
    let value: f32 = raw.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

/// The portal's language for a browser's tag: by language, any region (`de-AT` → German,
/// `pt-PT` → Brazilian Portuguese, the only Portuguese there is).
fn matching(tag: &str) -> Option<Lang> {
    let id: LanguageIdentifier = tag.parse().ok()?;
    let language = id.language.as_str();
    Lang::ALL.into_iter().find(|l| {
        l.tag()
            .split('-')
            .next()
            .is_some_and(|own| own.eq_ignore_ascii_case(language))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_users_choice_wins_then_the_browser_then_the_tenant() {
        assert_eq!(negotiate(Some("ja"), Some("de"), Lang::Fr), Lang::Ja);
        assert_eq!(negotiate(None, Some("de-DE,de;q=0.9"), Lang::Fr), Lang::De);
        assert_eq!(negotiate(None, None, Lang::Fr), Lang::Fr);
        assert_eq!(negotiate(Some("xx"), Some("zz"), Lang::Nl), Lang::Nl);
    }

    #[test]
    fn quality_values_order_the_browsers_list() {
        assert_eq!(from_accept_language("fr;q=0.5, es;q=0.9"), Some(Lang::Es));
        assert_eq!(
            from_accept_language("sv, nl;q=0.7, en;q=0.3"),
            Some(Lang::Nl)
        );
        assert_eq!(from_accept_language("pt-PT"), Some(Lang::PtBr));
        assert_eq!(from_accept_language("ar-EG,en;q=0.1"), Some(Lang::Ar));
        assert_eq!(from_accept_language("de;q=0, en"), Some(Lang::En));
        assert_eq!(from_accept_language("*"), None);
        assert_eq!(from_accept_language("de;q=abc"), None);
        assert_eq!(from_accept_language(""), None);
    }
}
