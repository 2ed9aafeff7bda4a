//! Temporary passwords an admin hands to a user: from a CSPRNG, in groups of an alphabet
//! without look-alikes (no 0/O, 1/l/I), easy to read out over the phone.

use rand::Rng;
use secrecy::SecretString;

/// Letters and digits that can't be mistaken for one another.
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
/// Characters per group; groups are joined by `-`.
const GROUP: usize = 4;

/// A temporary password of at least `min_length` characters (never fewer than 24: five
/// groups of four and the hyphens between them), with upper and lower case letters, digits
/// and a symbol, so any character-class rule accepts it.
pub fn generate(min_length: usize) -> SecretString {
    let mut rng = rand::rng();
    let groups = (min_length.max(24) + 1).div_ceil(GROUP + 1);
    loop {
        let chars: Vec<String> = (0..groups)
            .map(|_| {
                (0..GROUP)
                    .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
                    .collect()
            })
            .collect();
        let password = chars.join("-");
        if has_every_class(&password) {
            return SecretString::from(password);
        }
    }
}

fn has_every_class(password: &str) -> bool {
    password.chars().any(|c| c.is_ascii_uppercase())
        && password.chars().any(|c| c.is_ascii_lowercase())
        && password.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn temporary_passwords_are_long_unambiguous_and_different() {
        let a = generate(8);
        let b = generate(8);
        assert_ne!(a.expose_secret(), b.expose_secret());
        let a = a.expose_secret();
        assert_eq!(a.len(), 24, "{a}");
        assert!(has_every_class(a) && a.contains('-'));
        assert!(!a.chars().any(|c| "0O1lI".contains(c)), "{a}");
        assert!(generate(40).expose_secret().len() >= 40);
    }
}
