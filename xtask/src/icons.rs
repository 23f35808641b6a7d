//! The app's PNG icons, drawn here so the repository holds no binary files: a blue
//! rounded square with three rising bars, like `public/favicon.svg`.

use std::io::Write;

/// An RGBA image of `size`×`size` pixels encoded as PNG.
pub fn icon_png(size: u32) -> Vec<u8> {
    let s = size as f32;
    encode_png(size, size, |x, y| pixel(x, y, s))
}

/// The picture a link preview shows (LINE, X, Facebook: 1200×630): the icon beside the
/// overview's stacked status bars, on the page's light background. No text, so it needs
/// no font and reads in every language.
pub fn og_image_png() -> Vec<u8> {
    const BARS: [[f32; 3]; 6] = [
        [4.0, 5.0, 1.0],
        [2.0, 1.0, 2.0],
        [3.0, 2.0, 3.0],
        [1.0, 0.0, 2.0],
        [2.0, 3.0, 5.0],
        [2.0, 3.0, 0.0],
    ];
    const STATUS: [[u8; 3]; 3] = [[0, 114, 178], [230, 159, 0], [213, 94, 0]];
    encode_png(1200, 630, |x, y| {
        // The icon, 360 px, vertically centred on the left.
        let (ix, iy) = (x as i32 - 110, y as i32 - 135);
        if (0..360).contains(&ix) && (0..360).contains(&iy) {
            let icon = pixel(ix as u32, iy as u32, 360.0);
            if icon[3] > 0 {
                return blend(icon, [244, 246, 248]);
            }
        }
        // Six stacked bars, one per sub-goal, on the right.
        let (bx, by) = (x as f32 - 560.0, y as f32 - 120.0);
        let row = (by / 66.0) as usize;
        if bx >= 0.0 && by >= 0.0 && row < BARS.len() && by % 66.0 < 46.0 {
            let mut end = 0.0;
            for (count, colour) in BARS[row].iter().zip(STATUS) {
                end += count * 50.0;
                if bx < end {
                    return [colour[0], colour[1], colour[2], 255];
                }
            }
        }
        [244, 246, 248, 255]
    })
}

fn blend(top: [u8; 4], under: [u8; 3]) -> [u8; 4] {
    let a = f32::from(top[3]) / 255.0;
    let mix = |t: u8, u: u8| (f32::from(t) * a + f32::from(u) * (1.0 - a)).round() as u8;
    [
        mix(top[0], under[0]),
        mix(top[1], under[1]),
        mix(top[2], under[2]),
        255,
    ]
}

fn encode_png(width: u32, height: u32, colour: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
    let mut rows = Vec::with_capacity((height * (width * 4 + 1)) as usize);
    for y in 0..height {
        rows.push(0); // filter: none
        for x in 0..width {
            rows.extend_from_slice(&colour(x, y));
        }
    }
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&rows).expect("in-memory zlib");
    let data = zlib.finish().expect("in-memory zlib");

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
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
    [
        (sum[0] / sum[3]) as u8,
        (sum[1] / sum[3]) as u8,
        (sum[2] / sum[3]) as u8,
        (alpha * 255.0).round() as u8,
    ]
}

/// The icon on a 64×64 canvas, as in `public/favicon.svg`; `None` outside it.
fn colour_at(x: f32, y: f32) -> Option<[u8; 3]> {
    if !in_rounded_rect(x, y, 0.0, 0.0, 64.0, 64.0, 12.0) {
        return None;
    }
    Some(
        if in_rounded_rect(x, y, 12.0, 34.0, 9.0, 18.0, 2.0)
            || in_rounded_rect(x, y, 27.0, 24.0, 9.0, 28.0, 2.0)
        {
            [255, 255, 255]
        } else if in_rounded_rect(x, y, 42.0, 12.0, 9.0, 40.0, 2.0) {
            [255, 209, 102]
        } else {
            [11, 92, 171]
        },
    )
}

fn in_rounded_rect(
    x: f32,
    y: f32,
    left: f32,
    top: f32,
    width: f32,
    height: f32,
    radius: f32,
) -> bool {
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
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
