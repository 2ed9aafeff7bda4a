//! The user ID a person types: trimmed, bounded, printable, compared case-insensitively.

use std::fmt;

/// A syntactically valid user ID (`alice`, `alice@contoso.com`, `CONTOSO\alice` is refused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserId(String);

/// Why a typed user ID was refused, in words shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserIdError {
    #[error("Enter your user ID.")]
    Empty,
    #[error("That user ID is too long (at most 256 characters).")]
    TooLong,
    #[error("A user ID can't contain spaces, control characters or backslashes.")]
    BadCharacter,
}

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
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
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
    }
}
