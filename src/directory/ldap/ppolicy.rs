//! The password-policy response control (draft-behera-ldap-password-policy): which rule
//! slapd says a password broke, in words for the user.

use crate::i18n::Text;
use ldap3::controls::{Control, RawControl};

/// The password policy control (draft-behera-ldap-password-policy).
const PPOLICY_OID: &str = "1.3.6.1.4.1.42.2.27.8.5.1";
/// Errors that mean "the password is right, but must be replaced".
pub(super) const PASSWORD_EXPIRED: u8 = 0;
pub(super) const CHANGE_AFTER_RESET: u8 = 2;

/// The request control: no value, and not critical (a server without ppolicy just ignores it).
pub(super) fn request() -> RawControl {
    RawControl {
        ctype: PPOLICY_OID.to_string(),
        crit: false,
        val: None,
    }
}

/// The error of the password-policy control among a response's controls, if there is one.
pub(super) fn response_error(ctrls: &[Control]) -> Option<u8> {
    ctrls
        .iter()
        .filter(|c| c.1.ctype == PPOLICY_OID)
        .find_map(|c| c.1.val.as_deref().and_then(ppolicy_error))
}

/// The user-facing reason for a password-policy error code.
pub(super) fn ppolicy_reason(code: u8) -> Text {
    Text::new(match code {
        5 => "directory-not-complex",
        6 => "directory-too-short",
        7 => "directory-too-recent",
        8 => "directory-used-before",
        9 => "directory-too-long",
        3 => "directory-not-here",
        _ => "directory-refused",
    })
}

/// The `error` of a password-policy response control, if any (BER: SEQUENCE { [0] warning
/// OPTIONAL, [1] ENUMERATED error OPTIONAL }).
fn ppolicy_error(value: &[u8]) -> Option<u8> {
    let (&tag, rest) = value.split_first()?;
    if tag != 0x30 {
        return None;
    }
    let (&len, mut body) = rest.split_first()?;
    if len & 0x80 != 0 {
        return None;
    }
    while let [tag, len, tail @ ..] = body {
        let len = usize::from(*len);
        let content = tail.get(..len)?;
        if *tag == 0x81 {
            return content.last().copied();
        }
        body = tail.get(len..)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_policy_error_of_a_response_control() {
        // SEQUENCE { [1] passwordTooShort(6) }, as slapd sends it.
        assert_eq!(ppolicy_error(&[0x30, 0x03, 0x81, 0x01, 0x06]), Some(6));
        // A warning first ([0] { [0] timeBeforeExpiration 300 }), then inHistory(8).
        let v = [
            0x30, 0x09, 0xa0, 0x04, 0x80, 0x02, 0x01, 0x2c, 0x81, 0x01, 0x08,
        ];
        assert_eq!(ppolicy_error(&v), Some(8));
        assert_eq!(ppolicy_error(&[0x30, 0x00]), None);
        assert_eq!(ppolicy_error(&[0x04, 0x00]), None);
        assert_eq!(ppolicy_error(&[0x30, 0x05, 0x81]), None);
    }
}
