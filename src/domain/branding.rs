//! Branding checks: the accent colour must keep white text on it readable (WCAG 2.2 AA, 4.5:1),
//! and the sign-in message is short plain text.

use crate::i18n::Text;

/// WCAG's contrast needed for normal-size text.
pub const AA_CONTRAST: f64 = 4.5;
/// The longest sign-in page message, in characters.
pub const MESSAGE_MAX: usize = 300;
/// The longest organisation name, in characters.
pub const NAME_MAX: usize = 80;

/// The relative luminance of `#rrggbb` (WCAG 2.2), or `None` for anything else.
pub fn luminance(hex: &str) -> Option<f64> {
    if !super::policy_check::is_hex_colour(hex) {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(1)? + 0.7152 * channel(3)? + 0.0722 * channel(5)?)
}

/// The contrast of white text on `#rrggbb`, from 1 to 21.
pub fn white_text_contrast(hex: &str) -> Option<f64> {
    luminance(hex).map(|l| 1.05 / (l + 0.05))
}

/// What is wrong with a sign-in message, if anything.
pub fn message_problem(message: &str) -> Option<Text> {
    if message.chars().count() > MESSAGE_MAX {
        return Some(Text::new("problem-message-long").arg("max", MESSAGE_MAX));
    }
    if message
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        return Some(Text::new("problem-message-plain"));
    }
    None
}

/// What is wrong with an organisation name, if anything.
pub fn name_problem(name: &str) -> Option<Text> {
    let name = name.trim();
    if name.is_empty() {
        return Some(Text::new("problem-org-name"));
    }
    if name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
        return Some(Text::new("problem-org-name-long").arg("max", NAME_MAX));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        let white = white_text_contrast("#ffffff").unwrap();
        assert!((white - 1.0).abs() < 1e-9);
        let black = white_text_contrast("#000000").unwrap();
        assert!((black - 21.0).abs() < 1e-9);
        // The default accent passes; a light yellow doesn't.
        assert!(white_text_contrast("#0a5fb4").unwrap() >= AA_CONTRAST);
        assert!(white_text_contrast("#ffd700").unwrap() < AA_CONTRAST);
        // #767676 is the well-known lightest grey passing AA on white (4.54:1).
        let grey = white_text_contrast("#767676").unwrap();
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
        assert!(white_text_contrast("red").is_none());
    }
}
