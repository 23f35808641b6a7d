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
            rows.extend_from_slice(&pixel(x, y, s));
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

/// Samples per pixel side: edges are anti-aliased even at favicon size.
const SAMPLES: u32 = 4;

/// The colour of pixel (`x`, `y`) from SAMPLES² points: coverage becomes alpha, and the
/// colour is averaged over the covered points only (PNG alpha is not premultiplied), so
/// the transparent corners do not darken the edge.
fn pixel(x: u32, y: u32, size: f32) -> [u8; 4] {
    let mut sum = [0.0f32; 4];
    for sy in 0..SAMPLES {
        for sx in 0..SAMPLES {
            let fx = (x as f32 + (sx as f32 + 0.5) / SAMPLES as f32) / size * 64.0;
            let fy = (y as f32 + (sy as f32 + 0.5) / SAMPLES as f32) / size * 64.0;
            if let Some([r, g, b]) = colour_at(fx, fy) {
                sum[0] += f32::from(r);
                sum[1] += f32::from(g);
                sum[2] += f32::from(b);
                sum[3] += 1.0;
            }
        }
    }
    if sum[3] == 0.0 {
        return [0, 0, 0, 0];
    }
    let alpha = sum[3] / (SAMPLES * SAMPLES) as f32;
    [(sum[0] / sum[3]) as u8, (sum[1] / sum[3]) as u8, (sum[2] / sum[3]) as u8, (alpha * 255.0).round() as u8]
}

/// The icon on a 64×64 canvas, as in `public/favicon.svg`; `None` outside it.
fn colour_at(x: f32, y: f32) -> Option<[u8; 3]> {
    if !in_rounded_rect(x, y, 0.0, 0.0, 64.0, 64.0, 12.0) {
        return None;
    }
    Some(if in_rounded_rect(x, y, 12.0, 34.0, 9.0, 18.0, 2.0) || in_rounded_rect(x, y, 27.0, 24.0, 9.0, 28.0, 2.0) {
        [255, 255, 255]
    } else if in_rounded_rect(x, y, 42.0, 12.0, 9.0, 40.0, 2.0) {
        [255, 209, 102]
    } else {
        [11, 92, 171]
    })
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
