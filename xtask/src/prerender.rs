//! The first screen, pre-rendered: `js/prerender.mjs` runs the built app in Chromium (served
//! by `serve.rs`, as a host would) and returns the markup of `#app`, which goes into `index.html` so the first paint shows the
//! overview and cards without waiting for the wasm.

use std::path::Path;
use std::process::Command;

use crate::root;

const APP_OPEN: &str = "<div id=\"app\">";
const APP_CLOSE: &str = "\n  </div>";

/// `html` with its `#app` placeholder replaced by the rendered first screen. Without
/// Chromium the page is left as it is (it still works, it just paints the cards later).
pub fn first_screen(dist: &Path, html: &str, cards: usize) -> Result<String, String> {
    let chromium = std::env::var("CHROMIUM_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).exists() {
        eprintln!("warning: {chromium} not found, so index.html has no pre-rendered first screen (./x installs Chromium)");
        return Ok(html.to_string());
    }
    let origin = crate::serve::serve_in_background(dist)?;
    let output = Command::new("node")
        .arg(root().join("js/prerender.mjs"))
        .arg(&origin)
        .arg(cards.to_string())
        .current_dir(root())
        .output()
        .map_err(|e| format!("prerender: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "prerender failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let markup = String::from_utf8(output.stdout).map_err(|e| format!("prerender output: {e}"))?;
    if !markup.contains("card-list") {
        return Err("prerender output has no card list".into());
    }
    let start = html
        .find(APP_OPEN)
        .ok_or("index.html has no <div id=\"app\">")?;
    let end = start
        + html[start..]
            .find(APP_CLOSE)
            .ok_or("index.html: #app is not closed on its own line")?;
    Ok(format!(
        "{}<div id=\"app\" data-prerendered>{markup}{}",
        &html[..start],
        &html[end..]
    ))
}
