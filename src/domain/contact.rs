//! Contact data: email addresses and E.164 phone numbers, parsed, compared and masked for display.

use std::fmt;

/// A plausible email address (one `@`, a dotted domain, no spaces), trimmed, with the domain
/// in lower case (domains are case-insensitive; the local part is kept as typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, String> {
        let s = raw.trim();
        let ok = s.len() <= 254
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:\\[]".contains(c))
            && match s.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                }
                None => false,
            };
        if let (true, Some((local, domain))) = (ok, s.split_once('@')) {
            Ok(Email(format!("{local}@{}", domain.to_lowercase())))
        } else {
            Err(crate::i18n::Lang::En.t(EMAIL_PROBLEM))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `j•••@c•••.com`: first letter of the local part and of the domain, then the top-level domain.
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.split_once('@').unwrap_or((&self.0, ""));
        let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
        format!("{}•••@{}•••.{}", first_char(local), first_char(host), tld)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn first_char(s: &str) -> String {
    s.chars().next().map(String::from).unwrap_or_default()
}

/// A phone number in E.164 form (`+14255550167`), validated against libphonenumber's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    e164: String,
    country_code: u16,
}

/// The phone-number region of an ISO 3166 code (`US`, `de`), or why it isn't one.
pub fn region_id(code: &str) -> Result<phonenumber::country::Id, String> {
    let upper = code.trim().to_ascii_uppercase();
    if upper.len() != 2 {
        return Err(format!(
            "{code:?} isn't a two-letter country code like US or DE"
        ));
    }
    upper
        .parse()
        .map_err(|_| format!("{code:?} isn't a country code phone numbers know, like US or DE"))
}

/// The catalog message for an email address that isn't one.
pub const EMAIL_PROBLEM: &str = "email-format";

/// Why a typed phone number was refused: the catalog message that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneProblem {
    /// Not written in international form (or too long).
    Format,
    /// Written right, but no such number exists.
    Invalid,
    /// The configured region isn't a country code (an admin's mistake, in English).
    Region(String),
}

impl PhoneProblem {
    pub fn message_key(&self) -> &'static str {
        match self {
            PhoneProblem::Invalid => "phone-invalid",
            PhoneProblem::Format | PhoneProblem::Region(_) => "phone-format",
        }
    }

    fn english(self) -> String {
        match self {
            PhoneProblem::Region(why) => why,
            other => crate::i18n::Lang::En.t(other.message_key()),
        }
    }
}

impl Phone {
    /// Parses an international number; spaces, dashes, dots and brackets are ignored.
    pub fn parse(raw: &str) -> Result<Phone, String> {
        Phone::parse_in(raw, None)
    }

    /// Parses a number, reading one without `+` as a national number of `region` (an
    /// ISO 3166 code such as `US` or `DE`) when there is one.
    pub fn parse_in(raw: &str, region: Option<&str>) -> Result<Phone, String> {
        Phone::parse_checked(raw, region).map_err(PhoneProblem::english)
    }

    /// `parse_in`, saying why a number was refused in a form a page can translate.
    pub fn parse_checked(raw: &str, region: Option<&str>) -> Result<Phone, PhoneProblem> {
        let trimmed = raw.trim();
        let region = match region {
            Some(code) if !trimmed.starts_with('+') => {
                Some(region_id(code).map_err(PhoneProblem::Region)?)
            }
            _ => None,
        };
        if (region.is_none() && !trimmed.starts_with('+')) || trimmed.len() > 32 {
            return Err(PhoneProblem::Format);
        }
        let number = phonenumber::parse(region, trimmed).map_err(|_| PhoneProblem::Format)?;
        if !phonenumber::is_valid(&number) {
            return Err(PhoneProblem::Invalid);
        }
        let e164 = number.format().mode(phonenumber::Mode::E164).to_string();
        Ok(Phone {
            e164,
            country_code: number.code().value(),
        })
    }

    pub fn e164(&self) -> &str {
        &self.e164
    }

    pub fn country_code(&self) -> u16 {
        self.country_code
    }

    /// `+1 650-253-0001`: the international form, for the user's own pages.
    pub fn display(&self) -> String {
        phonenumber::parse(None, &self.e164)
            .map(|n| {
                n.format()
                    .mode(phonenumber::Mode::International)
                    .to_string()
            })
            .unwrap_or_else(|_| self.e164.clone())
    }

    /// `+1 ••• ••• ••67`: the country code and the last two digits.
    pub fn masked(&self) -> String {
        let digits = &self.e164[1..];
        let national = &digits[self.country_code.to_string().len()..];
        let last_two = &national[national.len().saturating_sub(2)..];
        format!("+{} ••• ••• ••{}", self.country_code, last_two)
    }

    /// Whether a number the user typed is this one (any formatting accepted).
    pub fn matches_typed(&self, typed: &str) -> bool {
        Phone::parse(typed).is_ok_and(|p| p.e164 == self.e164)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_email_like_entra() {
        let e = Email::parse(" jane.doe@contoso.com ").unwrap();
        assert_eq!(e.masked(), "j•••@c•••.com");
    }

    #[test]
    fn refuses_bad_email() {
        for bad in [
            "",
            "jane",
            "jane@",
            "@contoso.com",
            "ja ne@contoso.com",
            "a@b@c.com",
            "a@localhost",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_and_masks_phone() {
        let p = Phone::parse("+1 650-253-0067").unwrap();
        assert_eq!(p.e164(), "+16502530067");
        assert_eq!(p.masked(), "+1 ••• ••• ••67");
        assert!(p.matches_typed("+1 (650) 253 0067"));
        assert!(!p.matches_typed("+1 650 253 0068"));
        let uk = Phone::parse("+44 20 7946 0958").unwrap();
        assert_eq!(uk.masked(), "+44 ••• ••• ••58");
    }

    #[test]
    fn national_numbers_are_read_in_the_default_region() {
        let us = Phone::parse_in("(650) 253-0000", Some("US")).unwrap();
        assert_eq!(us.e164(), "+16502530000");
        let de = Phone::parse_in("030 901820", Some("de")).unwrap();
        assert_eq!(de.e164(), "+4930901820");
        // An international number ignores the region; no region, no national numbers.
        let intl = Phone::parse_in("+44 20 7946 0958", Some("US")).unwrap();
        assert_eq!(intl.country_code(), 44);
        assert!(Phone::parse_in("650 253 0000", None).is_err());
        assert!(Phone::parse_in("253", Some("US")).is_err());
        assert!(Phone::parse_in("650 253 0000", Some("XX")).is_err());
        assert!(Phone::parse_in("650 253 0000", Some("USA")).is_err());
    }

    #[test]
    fn refuses_national_and_invalid_numbers() {
        assert!(Phone::parse("650 253 0067").is_err());
        assert!(Phone::parse("+1 123").is_err());
        assert!(Phone::parse("+hello").is_err());
    }
}
