//! The tenant's password rules, checked before a password is written anywhere.
//!
//! Rejections list every rule that failed, in plain words. Banned words and the built-in list of
//! common passwords are compared after Entra-style normalisation (lower-case, 0→o, 1→l, $→s, @→a).

use super::policy_check::Problem;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The 19,640 common passwords shipped with the binary (Django's list, BSD-3-Clause).
static COMMON: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../assets/common-passwords.txt")
        .lines()
        .map(normalise)
        .filter(|p| !p.is_empty())
        .collect()
});

/// Entra-style normalisation: lower-case and common character substitutions undone.
pub fn normalise(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // NFKC first (full-width and styled letters become plain ones), then lower case, then
    // look-alikes from other scripts and digits, with invisible characters dropped.
    s.nfkc()
        .collect::<String>()
        .to_lowercase()
        .chars()
        .filter(|c| !crate::domain::user_id::is_invisible(*c))
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            '$' => 's',
            '@' => 'a',
            other => fold_confusable(other),
        })
        .collect()
}

/// Lower-case Cyrillic and Greek letters that look like Latin ones, as the Latin letter.
fn fold_confusable(c: char) -> char {
    match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'ε' => 'e',
        'һ' => 'h',
        'і' | 'ι' | 'ӏ' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'п' | 'η' => 'n',
        'о' | 'ο' | 'σ' => 'o',
        'р' | 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'υ' | 'ս' => 'u',
        'ν' => 'v',
        'ԝ' | 'ω' => 'w',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        other => other,
    }
}

/// Password rules of one tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PasswordPolicy {
    pub min_length: usize,
    pub max_length: usize,
    pub require_lowercase: bool,
    pub require_uppercase: bool,
    pub require_digit: bool,
    pub require_symbol: bool,
    /// Refuse passwords containing parts (3+ letters) of the user's name or user ID.
    pub forbid_name_parts: bool,
    /// Refuse passwords from the built-in common-password list.
    pub forbid_common: bool,
    /// The tenant's own banned words (e.g. the company name), matched inside the password.
    pub banned_words: Vec<String>,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            min_length: 8,
            max_length: 256,
            require_lowercase: false,
            require_uppercase: false,
            require_digit: false,
            require_symbol: false,
            forbid_name_parts: true,
            forbid_common: true,
            banned_words: Vec::new(),
        }
    }
}

/// Who the password is for: their names must not appear in it.
#[derive(Debug, Clone, Default)]
pub struct NameContext {
    pub login: String,
    pub display_name: String,
    pub given_name: String,
    pub surname: String,
}

impl NameContext {
    /// Name parts of at least three letters, lower-cased.
    fn parts(&self) -> Vec<String> {
        let login_local = self.login.split('@').next().unwrap_or_default();
        [
            login_local,
            &self.display_name,
            &self.given_name,
            &self.surname,
        ]
        .iter()
        .flat_map(|s| s.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_lowercase)
        .filter(|p| p.chars().count() >= 3)
        .collect()
    }

    /// Words zxcvbn should treat as guessable for this user.
    pub fn user_inputs(&self) -> Vec<String> {
        self.parts()
    }
}

impl PasswordPolicy {
    /// What is wrong with the rules themselves, by field.
    pub fn problems(&self) -> Vec<Problem> {
        use super::policy_check::{MAX_LENGTH, MIN_LENGTH};
        let mut out = Vec::new();
        let (min, max) = (self.min_length as i64, self.max_length as i64);
        MIN_LENGTH.check(min, &mut out);
        if MAX_LENGTH.contains(max) && max < min {
            out.push(Problem {
                key: MAX_LENGTH.key,
                message: Text::new("problem-max-below-min"),
            });
        } else {
            MAX_LENGTH.check(max, &mut out);
        }
        if let Some(short) = self
            .banned_words
            .iter()
            .find(|w| w.trim().chars().count() < 3)
        {
            out.push(Problem {
                key: "password.banned_words",
                message: Text::new("problem-banned-word-short").arg("word", short.trim()),
            });
        }
        out
    }

    /// Every rule the password breaks, as messages for the page; empty when it is acceptable.
    pub fn check(&self, password: &str, who: &NameContext) -> Vec<Text> {
        let mut reasons = Vec::new();
        let length = password.chars().count();
        if length < self.min_length {
            reasons.push(Text::new("rule-min-length").arg("min", self.min_length));
        }
        if length > self.max_length {
            reasons.push(Text::new("rule-max-length").arg("max", self.max_length));
        }
        let classes = [
            (
                self.require_lowercase,
                password.chars().any(char::is_lowercase),
                "lower",
            ),
            (
                self.require_uppercase,
                password.chars().any(char::is_uppercase),
                "upper",
            ),
            (
                self.require_digit,
                password.chars().any(|c| c.is_ascii_digit()),
                "digit",
            ),
            (
                self.require_symbol,
                password.chars().any(|c| !c.is_alphanumeric()),
                "symbol",
            ),
        ];
        for (required, present, what) in classes {
            if required && !present {
                reasons.push(Text::new("rule-must-contain").arg("class", what));
            }
        }
        let normalised = normalise(password);
        let lower = password.to_lowercase();
        if self.forbid_name_parts
            && who
                .parts()
                .iter()
                .any(|p| lower.contains(p.as_str()) || normalised.contains(&normalise(p)))
        {
            reasons.push(Text::new("rule-name"));
        }
        if self.forbid_common && is_common(&normalised) {
            reasons.push(Text::new("rule-common"));
        }
        let banned: Vec<&str> = self
            .banned_words
            .iter()
            .map(|w| w.trim())
            .filter(|w| normalised.contains(&normalise(w)))
            .collect();
        if !banned.is_empty() {
            reasons.push(Text::new("rule-banned-word"));
        }
        reasons
    }
}

/// Entra's scoring against the common list: each common password found inside (4+ characters,
/// longest first, left to right) scores one point, each other distinct character one point;
/// fewer than five points means the password is built on common passwords.
fn is_common(normalised: &str) -> bool {
    const MIN_POINTS: usize = 5;
    const MIN_WORD: usize = 4;
    let chars: Vec<char> = normalised.chars().collect();
    let longest = 32.min(chars.len());
    let mut points = 0;
    let mut others = HashSet::new();
    let mut i = 0;
    while i < chars.len() {
        let found = (MIN_WORD..=longest.min(chars.len() - i))
            .rev()
            .find(|len| COMMON.contains(&chars[i..i + len].iter().collect::<String>()));
        match found {
            Some(len) => {
                points += 1;
                i += len;
            }
            None => {
                others.insert(chars[i]);
                i += 1;
            }
        }
    }
    points + others.len() < MIN_POINTS
}

/// zxcvbn's score (0–4) and the catalog message of its warning or first suggestion, for the
/// strength meter.
pub fn strength(password: &str, who: &NameContext) -> (u8, Option<&'static str>) {
    if password.is_empty() {
        return (0, None);
    }
    let inputs = who.user_inputs();
    let refs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let estimate = zxcvbn::zxcvbn(password, &refs);
    let hint = estimate.feedback().and_then(|f| {
        f.warning()
            .map(warning_key)
            .or_else(|| f.suggestions().first().map(|s| suggestion_key(*s)))
    });
    (u8::from(estimate.score()), hint)
}

fn warning_key(w: zxcvbn::feedback::Warning) -> &'static str {
    use zxcvbn::feedback::Warning as W;
    match w {
        W::StraightRowsOfKeysAreEasyToGuess => "strength-keyboard-rows",
        W::ShortKeyboardPatternsAreEasyToGuess => "strength-keyboard-short",
        W::RepeatsLikeAaaAreEasyToGuess => "strength-repeats",
        W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "strength-repeated-groups",
        W::ThisIsATop10Password => "strength-top-10",
        W::ThisIsATop100Password => "strength-top-100",
        W::ThisIsACommonPassword => "strength-common",
        W::ThisIsSimilarToACommonlyUsedPassword => "strength-similar-common",
        W::SequencesLikeAbcAreEasyToGuess => "strength-sequences",
        W::RecentYearsAreEasyToGuess => "strength-recent-years",
        W::AWordByItselfIsEasyToGuess => "strength-single-word",
        W::DatesAreOftenEasyToGuess => "strength-dates",
        W::NamesAndSurnamesByThemselvesAreEasyToGuess => "strength-names",
        W::CommonNamesAndSurnamesAreEasyToGuess => "strength-common-names",
    }
}

fn suggestion_key(s: zxcvbn::feedback::Suggestion) -> &'static str {
    use zxcvbn::feedback::Suggestion as S;
    match s {
        S::UseAFewWordsAvoidCommonPhrases => "strength-use-words",
        S::NoNeedForSymbolsDigitsOrUppercaseLetters => "strength-no-need-symbols",
        S::AddAnotherWordOrTwo => "strength-add-word",
        S::CapitalizationDoesntHelpVeryMuch => "strength-capitals",
        S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "strength-all-capitals",
        S::ReversedWordsArentMuchHarderToGuess => "strength-reversed",
        S::PredictableSubstitutionsDontHelpVeryMuch => "strength-substitutions",
        S::UseALongerKeyboardPatternWithMoreTurns => "strength-longer-pattern",
        S::AvoidRepeatedWordsAndCharacters => "strength-avoid-repeats",
        S::AvoidSequences => "strength-avoid-sequences",
        S::AvoidRecentYears => "strength-avoid-recent-years",
        S::AvoidYearsThatAreAssociatedWithYou => "strength-avoid-your-years",
        S::AvoidDatesAndYearsThatAreAssociatedWithYou => "strength-avoid-your-dates",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn alice() -> NameContext {
        NameContext {
            login: "alice.doe@contoso.com".into(),
            display_name: "Alice Doe".into(),
            given_name: "Alice".into(),
            surname: "Doe".into(),
        }
    }

    #[test]
    fn list_is_large_enough() {
        assert!(COMMON.len() >= 10_000, "{}", COMMON.len());
    }

    #[test]
    fn accepts_a_good_password() {
        let p = PasswordPolicy::default();
        assert!(p.check("Granite-Kettle-Orbit-42", &alice()).is_empty());
    }

    #[test]
    fn lists_every_failed_rule() {
        let p = PasswordPolicy {
            min_length: 12,
            require_uppercase: true,
            require_digit: true,
            require_symbol: true,
            ..PasswordPolicy::default()
        };
        let reasons = Lang::En.texts(&p.check("alice", &alice())).join(" ");
        for expected in [
            "at least 12",
            "upper-case",
            "a digit",
            "a symbol",
            "your name",
            "too common",
        ] {
            assert!(
                reasons.contains(expected),
                "{expected} missing from {reasons}"
            );
        }
    }

    #[test]
    fn normalises_common_and_banned() {
        let p = PasswordPolicy {
            banned_words: vec!["contoso".into()],
            ..PasswordPolicy::default()
        };
        assert!(!p.check("P@$$w0rd", &alice()).is_empty());
        assert!(!p.check("Passw0rd1!", &alice()).is_empty());
        assert!(!p.check("P@$$w0rd-Qwerty1", &alice()).is_empty());
        // A common word padded with enough other characters scores enough points (as in Entra).
        assert!(p.check("password-Granite-Kettle-7", &alice()).is_empty());
        assert_eq!(p.check("C0nt0$o-rocks-hard", &alice()).len(), 1);
    }

    #[test]
    fn look_alikes_and_hidden_characters_don_t_slip_past_the_lists() {
        let p = PasswordPolicy {
            banned_words: vec!["contoso".into()],
            ..PasswordPolicy::default()
        };
        // Full-width letters, Cyrillic а and о, a zero-width space.
        for sneaky in [
            "Ｐａｓｓｗｏｒｄ１２３",
            "Pаsswоrd123!",
            "Pass\u{200B}word123!",
        ] {
            let reasons = Lang::En.texts(&p.check(sneaky, &alice()));
            assert!(
                reasons.iter().any(|r| r.contains("too common")),
                "{sneaky}: {reasons:?}"
            );
        }
        let reasons = Lang::En.texts(&p.check("Ѕоme-Соntоsо-Lantern-9", &alice()));
        assert!(
            reasons.iter().any(|r| r.contains("doesn't allow")),
            "{reasons:?}"
        );
        // Letters of other scripts that aren't look-alikes are left alone.
        assert!(p.check("Ζήτω-Κρητη-Φως-Λίμνη-42", &alice()).is_empty());
    }

    #[test]
    fn refuses_name_parts() {
        let p = PasswordPolicy::default();
        let reasons = Lang::En.texts(&p.check("x-D0E-and-friends-77", &alice()));
        assert!(reasons.iter().any(|r| r.contains("name")), "{reasons:?}");
    }
}
