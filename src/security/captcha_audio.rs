//! The captcha read aloud: the challenge's digits as a WAV, built from one recorded clip per
//! digit in the page's language (`assets/captcha-audio`, see its README), each at a random
//! loudness, with random pauses and background noise throughout.

use crate::i18n::Lang;
use rand::Rng;

/// Samples per second of the clips and of the recording.
pub const RATE: u32 = 8000;

macro_rules! digit_clips {
    ($tag:literal) => {
        [
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/0.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/1.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/2.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/3.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/4.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/5.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/6.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/7.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/8.wav")).as_slice(),
            include_bytes!(concat!("../../assets/captcha-audio/", $tag, "/9.wav")).as_slice(),
        ]
    };
}

/// Every language's ten clips, in `Lang::ALL`'s order.
static CLIPS: [[&[u8]; 10]; 8] = [
    digit_clips!("en"),
    digit_clips!("de"),
    digit_clips!("fr"),
    digit_clips!("es"),
    digit_clips!("pt-BR"),
    digit_clips!("nl"),
    digit_clips!("ja"),
    digit_clips!("ar"),
];

/// The 8-bit samples of a clip (what follows its `data` chunk header).
pub fn samples(wav: &[u8]) -> &[u8] {
    let mut at = 12;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let size = u32::from_le_bytes([wav[at + 4], wav[at + 5], wav[at + 6], wav[at + 7]]);
        let start = at + 8;
        let end = start.saturating_add(size as usize).min(wav.len());
        if id == b"data" {
            return &wav[start..end];
        }
        at = end + (size as usize & 1);
    }
    &[]
}

/// A language's clip for a digit.
pub fn clip(lang: Lang, digit: char) -> &'static [u8] {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let digit = digit.to_digit(10).unwrap_or(0) as usize;
    samples(CLIPS[index][digit])
}

/// The spoken challenge as a WAV file: a pause, each digit, a pause, over noise.
pub fn render(lang: Lang, digits: &str) -> Vec<u8> {
    let mut rng = rand::rng();
    let ms = |n: u32| (RATE * n / 1000) as usize;
    let mut signal: Vec<f32> = vec![0.0; ms(500)];
    for digit in digits.chars().filter(char::is_ascii_digit) {
        let gain: f32 = rng.random_range(0.7..1.0);
        signal.extend(
            clip(lang, digit)
                .iter()
                .map(|s| (f32::from(*s) - 128.0) * gain),
        );
        let pause = ms(rng.random_range(350..700));
        signal.extend(std::iter::repeat_n(0.0, pause));
    }
    signal.extend(std::iter::repeat_n(0.0, ms(300)));
    let pcm: Vec<u8> = signal
        .into_iter()
        .map(|s| {
            let noise: f32 = rng.random_range(-5.0..5.0);
            (s + noise + 128.0).clamp(0.0, 255.0) as u8
        })
        .collect();
    wav(&pcm)
}

/// 8-bit mono PCM in a RIFF/WAVE container.
fn wav(pcm: &[u8]) -> Vec<u8> {
    let data_len = pcm.len() as u32;
    let mut out = Vec::with_capacity(pcm.len() + 44);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&RATE.to_le_bytes()); // bytes per second
    out.extend_from_slice(&1u16.to_le_bytes()); // block align
    out.extend_from_slice(&8u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    out.extend_from_slice(pcm);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_clip_for_every_digit() {
        for lang in Lang::ALL {
            for digit in '0'..='9' {
                let len = clip(lang, digit).len();
                // A spoken digit: between a tenth of a second and two seconds.
                assert!(
                    (800..16_000).contains(&len),
                    "{lang} {digit}: {len} samples"
                );
            }
        }
    }

    #[test]
    fn a_recording_is_a_wav_with_every_digit_and_varies() {
        let one = render(Lang::De, "123456");
        assert_eq!(&one[..4], b"RIFF");
        assert_eq!(&one[8..16], b"WAVEfmt ");
        let spoken: usize = "123456".chars().map(|d| clip(Lang::De, d).len()).sum();
        assert!(samples(&one).len() > spoken, "{}", samples(&one).len());
        assert_ne!(
            one,
            render(Lang::De, "123456"),
            "noise and pauses differ each time"
        );
    }
}
