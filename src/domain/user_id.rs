//! The user ID a person types: trimmed, bounded, printable, compared case-insensitively.

use std::fmt;

/// A syntactically valid user ID (`alice`, `alice@contoso.com`, `CONTOSO\alice` is refused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserId(String);

/// Why a typed user ID was refused (shown in the page's language, or in English by `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserIdError {
    Empty,
    TooLong,
    BadCharacter,
}

impl UserIdError {
    /// The catalog message that says what is wrong.
    pub fn message_key(&self) -> &'static str {
        match self {
            UserIdError::Empty => "user-id-empty",
            UserIdError::TooLong => "user-id-too-long",
            UserIdError::BadCharacter => "user-id-bad-character",
        }
    }
}

impl fmt::Display for UserIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::Lang::En.t(self.message_key()))
    }
}

impl std::error::Error for UserIdError {}

impl UserId {
    pub fn parse(raw: &str) -> Result<UserId, UserIdError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(UserIdError::Empty);
        }
        if trimmed.chars().count() > 256 {
            return Err(UserIdError::TooLong);
        }
        if trimmed
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\' || is_invisible(c))
        {
            return Err(UserIdError::BadCharacter);
        }
        Ok(UserId(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key users are looked up and throttled by: lower-cased.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

/// Format characters that change how text is shown without being seen: zero-width spaces and
/// joiners, direction marks and overrides (which can make `alice` in a log read as another
/// name), the soft hyphen and the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}')
}

/// Text from a request made safe to store and show in the audit log: control and invisible
/// characters written as `\u{…}`, and at most 1,024 characters.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(1024));
    for c in text.chars().take(1024) {
        if c.is_control() || is_invisible(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_keys_case_insensitively() {
        let id = UserId::parse("  Alice@Contoso.com ").unwrap();
        assert_eq!(id.as_str(), "Alice@Contoso.com");
        assert_eq!(id.key(), "alice@contoso.com");
    }

    #[test]
    fn refuses_empty_long_and_odd_characters() {
        assert_eq!(UserId::parse("  "), Err(UserIdError::Empty));
        assert_eq!(UserId::parse(&"a".repeat(257)), Err(UserIdError::TooLong));
        assert_eq!(UserId::parse("a b"), Err(UserIdError::BadCharacter));
        assert_eq!(UserId::parse("a\0b"), Err(UserIdError::BadCharacter));
        assert_eq!(UserId::parse("DOM\\a"), Err(UserIdError::BadCharacter));
        assert_eq!(
            UserId::parse("al\u{202E}ice"),
            Err(UserIdError::BadCharacter)
        );
        assert_eq!(
            UserId::parse("al\u{200B}ice"),
            Err(UserIdError::BadCharacter)
        );
        assert_eq!(
            UserId::parse("\u{FEFF}alice"),
            Err(UserIdError::BadCharacter)
        );
    }

    #[test]
    fn audit_text_shows_hidden_characters() {
        assert_eq!(printable("ali\nce\u{202E}"), "ali\\u{a}ce\\u{202e}");
        assert_eq!(printable(&"x".repeat(2000)).len(), 1024);
        assert_eq!(printable("Zoë"), "Zoë");
    }
}
