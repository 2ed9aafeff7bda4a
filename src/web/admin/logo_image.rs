//! An uploaded logo made safe: only PNG or JPEG, at most 256 KB, decoded within bounds (no
//! decompression bomb), shrunk to fit 512 × 512 and re-encoded as PNG, so nothing but pixels
//! is kept (no metadata, no script, no second file hidden after the picture).

use crate::i18n::Text;
use image::ImageFormat;
use image::io::{Limits, Reader};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// The largest upload accepted.
pub const MAX_BYTES: usize = 256 * 1024;
/// The largest side kept.
const MAX_SIDE: u32 = 512;
/// The largest picture decoded, per side.
const MAX_DECODED_SIDE: u32 = 8192;

/// A logo ready to store: PNG bytes and the hash that names them.
#[derive(Debug)]
pub struct Logo {
    pub png: Vec<u8>,
    pub hash: String,
}

/// Why an upload was refused, as the admin reads it.
pub fn reencode(bytes: &[u8]) -> Result<Logo, Text> {
    if bytes.len() > MAX_BYTES {
        return Err(Text::new("logo-too-big").arg("kb", bytes.len().div_ceil(1024)));
    }
    let format = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        ImageFormat::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        ImageFormat::Jpeg
    } else {
        return Err(Text::new("logo-not-png-or-jpeg"));
    };
    let unreadable = || Text::new("logo-unreadable");
    let mut reader = Reader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODED_SIDE);
    limits.max_image_height = Some(MAX_DECODED_SIDE);
    limits.max_alloc = Some(128 * 1024 * 1024);
    reader.limits(limits);
    let mut picture = reader.decode().map_err(|_| unreadable())?;
    if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture = picture.thumbnail(MAX_SIDE, MAX_SIDE);
    }
    let mut png = Vec::new();
    picture
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| unreadable())?;
    let digest = Sha256::digest(&png);
    Ok(Logo {
        hash: hex::encode(&digest[..8]),
        png,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([10, 95, 180, 255]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgba8(picture)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn a_png_is_kept_as_pixels_and_shrunk_to_fit() {
        let mut upload = png(1024, 256);
        // Bytes after the picture's end (a hidden second file) don't survive.
        upload.extend_from_slice(b"<script>alert(1)</script>");
        let logo = reencode(&upload).unwrap();
        let back = image::load_from_memory(&logo.png).unwrap();
        assert_eq!((back.width(), back.height()), (512, 128));
        assert!(!logo.png.windows(8).any(|w| w == b"<script>"));
        assert_eq!(logo.hash.len(), 16);
    }

    #[test]
    fn anything_but_a_small_png_or_jpeg_is_refused() {
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
        assert_eq!(
            reencode(svg).unwrap_err(),
            Text::new("logo-not-png-or-jpeg")
        );
        assert_eq!(
            reencode(&vec![0; MAX_BYTES + 1]).unwrap_err(),
            Text::new("logo-too-big").arg("kb", 257)
        );
        let mut broken = png(10, 10);
        broken.truncate(40);
        assert_eq!(reencode(&broken).unwrap_err(), Text::new("logo-unreadable"));
    }
}
