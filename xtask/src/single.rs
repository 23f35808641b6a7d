//! The single-file build: one HTML file with the wasm (base64), its glue, the CSS, ECharts
//! and the dataset inside, for a kiosk PC or USB stick opened from `file://`. Inline
//! scripts are allowed by their SHA-256 hashes only, so the CSP stays strict.

use std::fs;
use std::path::Path;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::shared_names::{EVENT_ECHARTS_READY, TAB_ICON_PX};

pub const FILE_NAME: &str = "isesaki-kpi-single.html";

pub struct SingleInputs<'a> {
    /// CSP source for the inline script already in the template's `<head>`.
    pub head_hash: &'a str,
    pub glue_no_modules: &'a str,
    pub wasm: &'a [u8],
    /// The furigana table, inline in place of the page's link to its file.
    pub readings: &'a str,
    /// The rows' long texts (src/domain/long_texts.rs), `</` already escaped.
    pub texts: &'a str,
    pub echarts: &'a str,
    pub css: &'a str,
    pub favicon_png: &'a [u8],
}

pub fn write(dist: &Path, template: &str, inputs: &SingleInputs) -> Result<(), String> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let boot = format!(
        "(function(){{var s=atob('{}');var b=new Uint8Array(s.length);for(var i=0;i<s.length;i++)b[i]=s.charCodeAt(i);\
         performance.mark('wasm-start');\
         wasm_bindgen({{module_or_path:b}}).then(function(){{performance.mark('wasm-ready');}}).catch(function(e){{\
         var m=document.getElementById('boot-message');if(m){{m.setAttribute('role','alert');m.className='boot-message boot-error';\
         m.textContent='アプリを読み込めませんでした。 / The app could not be loaded. ('+e+')';}}console.error(e);}});}})();",
        b64.encode(inputs.wasm)
    );
    let charts = format!(
        "{}\n;window.dispatchEvent(new Event('{EVENT_ECHARTS_READY}'));",
        inputs.echarts
    );
    let scripts = [
        script_safe(inputs.glue_no_modules),
        script_safe(&boot),
        script_safe(&charts),
    ];
    let mut hashes: Vec<String> = scripts.iter().map(|s| csp_hash(s)).collect();
    hashes.push(inputs.head_hash.to_string());

    let mut html = template.to_string();
    html = replace_line(&html, "Content-Security-Policy", &format!(
        "  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src {} 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'\">",
        hashes.join(" ")
    ));
    html = replace_line(
        &html,
        "rel=\"stylesheet\"",
        &format!(
            "  <style>{}</style>",
            inputs.css.replace("</style", "<\\/style")
        ),
    );
    html = replace_line(&html, "rel=\"icon\"", &format!(
        "  <link rel=\"icon\" href=\"data:image/png;base64,{}\" type=\"image/png\" sizes=\"{TAB_ICON_PX}x{TAB_ICON_PX}\">",
        b64.encode(inputs.favicon_png)
    ));
    // Text, not a script: the browser never runs it, so the CSP needs no hash for it.
    html = replace_line(
        &html,
        "name=\"isesaki-file-readings\"",
        &format!(
            "  <script type=\"text/plain\" id=\"isesaki-file-readings\">{}</script>",
            inputs.readings
        ),
    );
    html = replace_line(
        &html,
        "name=\"isesaki-file-texts\"",
        &format!(
            "  <script type=\"text/plain\" id=\"isesaki-file-texts\">{}</script>",
            inputs.texts
        ),
    );
    for dropped in [
        "rel=\"manifest\"",
        "rel=\"apple-touch-icon\"",
        "rel=\"modulepreload\"",
        "rel=\"preload\"",
        "type=\"module\"",
    ] {
        html = replace_line(&html, dropped, "");
    }
    let body_scripts: String = scripts
        .iter()
        .map(|s| format!("<script>{s}</script>\n"))
        .collect();
    html = html.replacen("</body>", &format!("{body_scripts}</body>"), 1);
    fs::write(dist.join(FILE_NAME), html).map_err(|e| e.to_string())
}

/// The CSP source (`'sha256-…'`) that allows exactly this inline script.
pub fn csp_hash(script: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()))
    )
}

/// Keeps inline script text from closing its own `<script>` element.
fn script_safe(js: &str) -> String {
    js.replace("</script", "<\\/script")
        .replace("<!--", "<\\!--")
}

/// Replaces the template line containing `marker` (dropped when `with` is empty).
fn replace_line(html: &str, marker: &str, with: &str) -> String {
    html.lines()
        .filter_map(|line| {
            if line.contains(marker) {
                (!with.is_empty()).then(|| with.to_string())
            } else {
                Some(line.to_string())
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
