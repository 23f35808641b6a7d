//! The app's PNG icons, drawn here so the repository holds no binary files: a blue
//! rounded square with three rising bars, like `public/favicon.svg`.

use std::io::Write;

/// An RGBA image of `size`×`size` pixels encoded as PNG.
pub fn icon_png(size: u32) -> Vec<u8> {
    let s = size as f32;
    let mut rows = Vec::with_capacity((size * (size * 4 + 1)) as usize);
    for y in 0..size {
        rows.push(0); // filter: none
        for x in 0..size {
            let (fx, fy) = ((x as f32 + 0.5) / s * 64.0, (y as f32 + 0.5) / s * 64.0);
            let pixel = if in_rounded_rect(fx, fy, 0.0, 0.0, 64.0, 64.0, 12.0) {
                if in_rounded_rect(fx, fy, 12.0, 34.0, 9.0, 18.0, 2.0) || in_rounded_rect(fx, fy, 27.0, 24.0, 9.0, 28.0, 2.0) {
                    [255, 255, 255, 255]
                } else if in_rounded_rect(fx, fy, 42.0, 12.0, 9.0, 40.0, 2.0) {
                    [255, 209, 102, 255]
                } else {
                    [11, 92, 171, 255]
                }
            } else {
                [0, 0, 0, 0]
            };
            rows.extend_from_slice(&pixel);
        }
    }
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&rows).expect("in-memory zlib");
    let data = zlib.finish().expect("in-memory zlib");

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]); // 8-bit RGBA, no interlace
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &data);
    chunk(&mut png, b"IEND", &[]);
    png
}

fn in_rounded_rect(x: f32, y: f32, left: f32, top: f32, width: f32, height: f32, radius: f32) -> bool {
    let (right, bottom) = (left + width, top + height);
    if x < left || x > right || y < top || y > bottom {
        return false;
    }
    let cx = x.clamp(left + radius, right - radius);
    let cy = y.clamp(top + radius, bottom - radius);
    (x - cx).powi(2) + (y - cy).powi(2) <= radius * radius
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = png.len();
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let crc = crc32(&png[start..]);
    png.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
