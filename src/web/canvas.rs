//! A chart image with its title written above it, drawn on a canvas of its own: a PNG
//! passed around still says what it shows, and (through its title) whether it includes
//! values edited on this device. Bound here by hand so the app needs no more `web-sys`
//! features for two canvas calls.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    type Canvas;
    #[wasm_bindgen(method, getter)]
    fn width(this: &Canvas) -> f64;
    #[wasm_bindgen(method, getter)]
    fn height(this: &Canvas) -> f64;
    #[wasm_bindgen(method, setter = width)]
    fn set_width(this: &Canvas, value: f64);
    #[wasm_bindgen(method, setter = height)]
    fn set_height(this: &Canvas, value: f64);
    #[wasm_bindgen(method, js_name = getContext)]
    fn get_context(this: &Canvas, kind: &str) -> Option<Context2d>;
    #[wasm_bindgen(method, js_name = toDataURL)]
    fn to_data_url(this: &Canvas, mime: &str) -> String;

    type Context2d;
    #[wasm_bindgen(method, setter = fillStyle)]
    fn set_fill_style(this: &Context2d, value: &str);
    #[wasm_bindgen(method, setter = font)]
    fn set_font(this: &Context2d, value: &str);
    #[wasm_bindgen(method, setter = textBaseline)]
    fn set_text_baseline(this: &Context2d, value: &str);
    #[wasm_bindgen(method, js_name = fillRect)]
    fn fill_rect(this: &Context2d, x: f64, y: f64, width: f64, height: f64);
    #[wasm_bindgen(method, js_name = fillText)]
    fn fill_text(this: &Context2d, text: &str, x: f64, y: f64);
    #[wasm_bindgen(method, js_name = measureText)]
    fn measure_text(this: &Context2d, text: &str) -> TextMetrics;
    #[wasm_bindgen(method, js_name = drawImage)]
    fn draw_image(this: &Context2d, image: &Canvas, x: f64, y: f64);

    type TextMetrics;
    #[wasm_bindgen(method, getter)]
    fn width(this: &TextMetrics) -> f64;
}

/// `image` (a canvas) under `title`, wrapped to its width, as a PNG data URL. `scale` is
/// the image's pixel ratio, so the title has the same size as the chart's own text.
pub fn png_with_title(
    image: &JsValue,
    title: &str,
    background: &str,
    foreground: &str,
    scale: f64,
) -> Option<String> {
    let image: &Canvas = image.unchecked_ref();
    let canvas: Canvas = leptos::prelude::document()
        .create_element("canvas")
        .ok()?
        .unchecked_into();
    let context = canvas.get_context("2d")?;
    let (padding, line_height) = (12.0 * scale, 20.0 * scale);
    let font = format!(
        "bold {}px system-ui, \"Noto Sans JP\", \"Hiragino Sans\", sans-serif",
        14.0 * scale
    );
    context.set_font(&font);
    let lines = wrap(title, image.width() - 2.0 * padding, |text| {
        context.measure_text(text).width()
    });
    let title_height = padding + line_height * lines.len() as f64;
    canvas.set_width(image.width());
    canvas.set_height(image.height() + title_height);
    // Resizing a canvas resets its context.
    context.set_fill_style(background);
    context.fill_rect(0.0, 0.0, canvas.width(), canvas.height());
    context.set_font(&font);
    context.set_fill_style(foreground);
    context.set_text_baseline("top");
    for (i, line) in lines.iter().enumerate() {
        context.fill_text(line, padding, padding + line_height * i as f64);
    }
    context.draw_image(image, 0.0, title_height);
    Some(canvas.to_data_url("image/png"))
}

/// Breaks `text` into lines no wider than `width`: after a space in English, between any
/// two characters in Japanese (which has no spaces to break at).
fn wrap(text: &str, width: f64, measure: impl Fn(&str) -> f64) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if !c.is_ascii() && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        word.push(c);
        if c == ' ' || !c.is_ascii() {
            words.push(std::mem::take(&mut word));
        }
    }
    words.push(word);
    let mut lines = vec![String::new()];
    for word in words.into_iter().filter(|w| !w.is_empty()) {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && measure(format!("{line}{word}").trim_end()) > width {
            lines.push(word);
        } else {
            line.push_str(&word);
        }
    }
    lines
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect()
}
