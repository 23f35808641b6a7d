//! Release build: cargo (wasm32) → wasm-bindgen (as a library, version-locked by
//! Cargo.lock) → wasm-opt (npm `binaryen`, never whatever is on PATH) → content-hashed
//! files in `dist/` with precompressed `.br`/`.gz` copies for static hosts that serve them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::files::{
    brotli_bytes, copy_dir, fnv1a, gzip_bytes, list_files, read, recreate, with_suffix,
};
use crate::shared_names::{
    js_placeholders, FIRST_SCREEN_CARDS, SPLIT_DETAIL, SPLIT_STORED_EDITS, SPLIT_WORDS_EASY,
    SPLIT_WORDS_EN, TAB_ICON_PX,
};
use crate::timing::phase;
use crate::{root, run};

const CRATE: &str = "isesaki-kpi";
const WASM_NAME: &str = "isesaki_kpi";

/// How much of the release pipeline a build runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// Everything the city ships.
    Full,
    /// The app as it runs, for browser tests of another sheet: no wasm-opt, pre-rendered
    /// first screen, single file or compressed copies, which only make what ships smaller
    /// or faster to paint and cost a minute or more of the test run.
    AppOnly,
}

pub fn release() -> Result<(), String> {
    let editions = root().join("data/editions");
    release_into(
        &root().join("dist"),
        Sheets::Editions(&editions),
        Extent::Full,
    )
}

/// What a build embeds: every edition of a directory (`data/editions/`, see
/// `editions.rs`), or one sheet's JSON (the browser tests' long sheet, the bench's).
#[derive(Clone, Copy)]
pub enum Sheets<'a> {
    Editions(&'a Path),
    One(&'a Path),
}

/// The sheets packed for the app's binary to embed (`isesaki_sheet::packed`: the app reads
/// them without a JSON parser), under target/sheets/. Written only when the content
/// changes: the binary is compiled again whenever the file it embeds is newer.
fn packed_sheets(
    root: &Path,
    sheets: Sheets,
) -> Result<(PathBuf, Vec<isesaki_sheet::model::Dataset>, String), String> {
    let (source, editions) = match sheets {
        Sheets::Editions(dir) => (dir, crate::editions::read_editions(dir)?),
        Sheets::One(json) => {
            let named = |e: &dyn std::fmt::Display| format!("{}: {e}", json.display());
            let text = fs::read_to_string(json).map_err(|e| named(&e))?;
            let sheet: isesaki_sheet::model::Dataset =
                serde_json::from_str(&text).map_err(|e| named(&e))?;
            (json, vec![sheet])
        }
    };
    // The rows' long texts are a data file of their own (src/domain/long_texts.rs).
    use isesaki_kpi::domain::long_texts::{take_texts, unfit_text};
    if let Some((id, text)) = unfit_text(&editions) {
        return Err(format!(
            "{}: a text of {id} holds U+001E, U+001F or '</', which the texts file cannot carry: {text:?}",
            source.display()
        ));
    }
    let mut embedded = editions.clone();
    let texts = take_texts(&mut embedded);
    let packed =
        crate::editions::pack(&embedded).map_err(|e| format!("{}: {e}", source.display()))?;
    let stem = source
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("sheet");
    let parent = source
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|s| s.to_str())
        .unwrap_or("sheets");
    let target = root
        .join("target/sheets")
        .join(format!("{parent}-{stem}.packed.txt"));
    if fs::read_to_string(&target).ok().as_deref() != Some(packed.as_str()) {
        fs::create_dir_all(target.parent().expect("target/sheets")).map_err(|e| e.to_string())?;
        fs::write(&target, packed).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok((target, editions, texts))
}

/// `module` (an ES module) minified by esbuild: the glue wasm-bindgen writes is 68 KB of
/// readable JavaScript that every visit downloads, parses and compiles before the app
/// starts; minified it is 31 KB (7.4 KB brotli instead of 9.7).
fn minify_module(root: &Path, work: &Path, module: &str) -> Result<String, String> {
    let source = work.join("glue.web.js");
    let minified = work.join("glue.web.min.js");
    fs::write(&source, module).map_err(|e| e.to_string())?;
    run(Command::new(root.join("node_modules/.bin/esbuild"))
        .arg(&source)
        .args(["--minify", "--format=esm", "--legal-comments=none"])
        // wasm-bindgen lists the inlined loader once per function it provides, under the same
        // key (the same object each time): esbuild warns about the repeated key.
        .arg("--log-level=error")
        .arg(format!("--outfile={}", minified.display())))?;
    fs::read_to_string(&minified).map_err(|e| format!("{}: {e}", minified.display()))
}

/// Builds into `dist`, embedding `sheets`.
pub fn release_into(dist: &Path, sheets: Sheets, extent: Extent) -> Result<(), String> {
    let full = extent == Extent::Full;
    let root = root();
    let work = root.join("target/web");
    ensure_node_modules(&root)?;

    let mut cargo = Command::new("cargo");
    // `cargo rustc` passes the link argument to the app's binary only (RUSTFLAGS would
    // replace the target's flags in .cargo/config.toml). wasm-split needs the relocations.
    cargo.args([
        "rustc",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        CRATE,
        "--bin",
        CRATE,
    ]);
    cargo.args(["--", "-C", "link-arg=--emit-relocs"]);
    let (packed, editions, texts_text) = packed_sheets(&root, sheets)?;
    cargo.env("ISESAKI_DATASET", packed);
    cargo.env("ISESAKI_BUILD_DATE", build_date());
    phase("cargo build (wasm, release)", || run(&mut cargo))?;
    let wasm_in = root.join(format!(
        "target/wasm32-unknown-unknown/release/{CRATE}.wasm"
    ));

    let classic = work.join("classic");
    recreate(&work)?;
    let split = phase("wasm-split", || {
        crate::split::split(&wasm_in, &work.join("split"))
    })?;
    phase("wasm-bindgen", || {
        wasm_bindgen_cli_support::Bindgen::new()
            .input_path(&split.main)
            .out_name(WASM_NAME)
            .web(true)
            .map_err(|e| e.to_string())?
            .typescript(false)
            .omit_default_module_path(true)
            // The chunks link to the main module's lld exports (table, stack pointer,
            // functions) by their mangled names.
            .keep_lld_exports(true)
            .demangle(false)
            .generate(&work)
            .map_err(|e| format!("wasm-bindgen: {e}"))?;

        // The same module with classic-script glue, for the single-file build.
        fs::create_dir_all(&classic).map_err(|e| e.to_string())?;
        // Its `require("./__wasm_split.js")` is replaced by the inlined loader
        // (split::classic_glue).
        wasm_bindgen_cli_support::Bindgen::new()
            .input_path(&split.main)
            .out_name(WASM_NAME)
            .no_modules(true)
            .map_err(|e| e.to_string())?
            .typescript(false)
            .omit_default_module_path(true)
            .keep_lld_exports(true)
            .demangle(false)
            .generate(&classic)
            .map_err(|e| format!("wasm-bindgen (no-modules): {e}"))?;
        Ok(())
    })?;

    let bindgen_wasm = work.join(format!("{WASM_NAME}_bg.wasm"));
    let optimized = if full {
        work.join(format!("{WASM_NAME}.opt.wasm"))
    } else {
        bindgen_wasm.clone()
    };
    let optimized_chunks: Vec<PathBuf> = if full {
        split
            .chunks
            .iter()
            .map(|c| with_suffix(c, "opt.wasm"))
            .collect()
    } else {
        split.chunks.clone()
    };
    let wasm_opt = |from: &Path, to: &Path| {
        run(Command::new("node")
            .arg(root.join("node_modules/binaryen/bin/wasm-opt"))
            .args([
                "-Oz",
                // Features rustc enables for wasm32 by default; wasm-opt must accept them.
                "--enable-bulk-memory",
                "--enable-mutable-globals",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-reference-types",
                "--enable-multivalue",
                "--strip-debug",
                "--strip-producers",
                // Rust's wasm puts the stack first: nothing lives in the lowest 1 KB of
                // memory, which lets wasm-opt fold address arithmetic into loads and stores
                // (≈ 1.4 KB less brotli in the main module).
                "--low-memory-unused",
            ])
            .arg(from)
            .arg("-o")
            .arg(to))
    };
    if full {
        phase("wasm-opt (chunks)", || {
            split
                .chunks
                .iter()
                .zip(&optimized_chunks)
                .try_for_each(|(c, o)| wasm_opt(c, o))
        })?;
    }
    if full {
        phase("wasm-opt", || wasm_opt(&bindgen_wasm, &optimized))?;
    }

    let echarts = work.join("echarts.js");
    phase("esbuild (ECharts)", || {
        run(Command::new(root.join("node_modules/.bin/esbuild"))
            .args([
                "js/echarts-entry.js",
                "--bundle",
                "--minify",
                "--format=iife",
                "--legal-comments=none",
                "--log-level=warning",
            ])
            .arg(format!("--outfile={}", echarts.display())))
    })?;

    recreate(dist)?;
    let dist = dist.to_path_buf();
    let wasm = emit_hashed(&dist, WASM_NAME, "wasm", &read(&optimized)?)?;
    let glue_text =
        fs::read_to_string(work.join(format!("{WASM_NAME}.js"))).map_err(|e| e.to_string())?;
    let web_glue = crate::split::web_glue(&dist, &glue_text, &split, &optimized_chunks)?;
    let glue_minified = phase("esbuild (glue)", || {
        minify_module(&root, &work, &web_glue.text)
    })?;
    let glue = emit_hashed(&dist, WASM_NAME, "js", glue_minified.as_bytes())?;
    let detail_files = web_glue.files_of(&split, SPLIT_DETAIL)?;
    let stored_edits_files = web_glue.files_of(&split, SPLIT_STORED_EDITS)?;
    let words_en_files = web_glue.files_of(&split, SPLIT_WORDS_EN)?;
    let words_easy_files = web_glue.files_of(&split, SPLIT_WORDS_EASY)?;
    let charts = emit_hashed(&dist, "echarts", "js", &read(&echarts)?)?;
    let styles = concat_styles(&root.join("style"))?;
    let css = emit_hashed(&dist, "app", "css", &styles)?;
    let readings_text = phase("readings of new texts (kuromoji)", || {
        readings_table(&root, &work, &editions)
    })?;
    let readings = emit_hashed(&dist, "readings", "txt", readings_text.as_bytes())?;
    let texts = emit_hashed(&dist, "texts", "txt", texts_text.as_bytes())?;
    let boot_source = shared_js(&root.join("js/boot.js"))?
        .replace("__READINGS__", &readings)
        .replace("__TEXTS__", &texts)
        .replace("__GLUE__", &glue)
        .replace("__WASM__", &wasm)
        .replace("__ECHARTS__", &charts)
        .replace("__DETAIL_FILES__", &format!("{detail_files:?}"))
        .replace("__STORED_EDITS_FILES__", &format!("{stored_edits_files:?}"))
        .replace("__WORDS_EN_FILES__", &format!("{words_en_files:?}"))
        .replace("__WORDS_EASY_FILES__", &format!("{words_easy_files:?}"));
    let boot = emit_hashed(&dist, "boot", "js", boot_source.as_bytes())?;

    let head_script = head_script(&root)?;
    let head_hash = crate::single::csp_hash(&head_script);
    let html = shared_js(&root.join("index.html"))?
        .replace("__CSS__", &css)
        .replace("__BOOT__", &boot)
        .replace("__GLUE__", &glue)
        .replace("__WASM__", &wasm)
        .replace("__READINGS__", &readings)
        .replace("__TEXTS__", &texts)
        .replace("__HEAD_HASH__", &head_hash)
        .replace("__HEAD_SCRIPT__", &head_script)
        // Link previews need an absolute address for the image; with no public URL the
        // relative one still serves crawlers that resolve it against the page.
        .replace(
            "__OG_IMAGE__",
            &format!(
                "{}og-image.png",
                std::env::var("ISESAKI_PUBLIC_URL").unwrap_or_default()
            ),
        )
        .replace(
            "__OG_URL__",
            &std::env::var("ISESAKI_PUBLIC_URL").unwrap_or_else(|_| "./".into()),
        );
    fs::write(dist.join("index.html"), &html).map_err(|e| e.to_string())?;
    copy_dir(&root.join("public"), &dist)?;
    // The tab icon is a PNG, because Chrome fetches and decodes the page icon again after
    // every in-app navigation, and an SVG icon costs a document each time.
    let tab_icon = crate::icons::icon_png(TAB_ICON_PX);
    fs::write(dist.join(format!("icon-{TAB_ICON_PX}.png")), &tab_icon)
        .map_err(|e| e.to_string())?;
    fs::write(dist.join("og-image.png"), crate::icons::og_image_png())
        .map_err(|e| e.to_string())?;
    for size in [192, 512] {
        fs::write(
            dist.join(format!("icon-{size}.png")),
            crate::icons::icon_png(size),
        )
        .map_err(|e| e.to_string())?;
    }
    if !full {
        write_service_worker(&root, &dist)?;
        return report_sizes(&dist);
    }
    let html = phase("pre-render (Chromium)", || {
        crate::prerender::first_screen(&dist, &html, FIRST_SCREEN_CARDS)
    })?;
    fs::write(dist.join("index.html"), &html).map_err(|e| e.to_string())?;

    let classic_wasm = read(&classic.join(format!("{WASM_NAME}_bg.wasm")))?;
    if classic_wasm != read(&bindgen_wasm)? {
        return Err("the no-modules wasm differs from the web one; the single-file build would need its own wasm-opt pass".into());
    }
    let text = |p: &Path| fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    phase("single file", || {
        crate::single::write(
            &dist,
            &html,
            &crate::single::SingleInputs {
                head_hash: &head_hash,
                glue_no_modules: &crate::split::classic_glue(
                    &text(&classic.join(format!("{WASM_NAME}.js")))?,
                    &split,
                    &optimized_chunks,
                )?,
                wasm: &read(&optimized)?,
                readings: &readings_text,
                texts: &texts_text,
                echarts: &text(&echarts)?,
                css: &String::from_utf8_lossy(&styles),
                favicon_png: &tab_icon,
            },
        )
    })?;
    write_service_worker(&root, &dist)?;
    phase("brotli and gzip copies", || precompress(&dist))?;
    report_sizes(&dist)
}

/// The furigana table as the app reads it: the committed marked texts
/// (`src/data/readings.json`, from `node js/readings.mjs`) and those of the texts the
/// embedded editions bring that it lacks (a later year's ①②③, read by the same analyser
/// at build time), joined by the separator, which no text may hold.
fn readings_table(
    root: &Path,
    work: &Path,
    editions: &[isesaki_sheet::model::Dataset],
) -> Result<String, String> {
    use isesaki_kpi::domain::cells::readings::SEPARATOR;
    let path = root.join("src/data/readings.json");
    let json = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut texts: Vec<String> =
        serde_json::from_str(&json).map_err(|e| format!("{}: {e}", path.display()))?;
    let sheets = work.join("editions.json");
    let new_texts = work.join("readings-new.json");
    fs::write(
        &sheets,
        serde_json::to_string(editions).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    run(Command::new("node")
        .arg(root.join("js/readings.mjs"))
        .arg("--new-texts")
        .arg(&sheets)
        .arg(&new_texts))?;
    let added = fs::read_to_string(&new_texts).map_err(|e| e.to_string())?;
    texts.extend(serde_json::from_str::<Vec<String>>(&added).map_err(|e| e.to_string())?);
    if let Some(text) = texts
        .iter()
        .find(|t| t.contains(SEPARATOR) || t.contains("</"))
    {
        return Err(format!(
            "a shown text holds U+001F (the readings table's separator) or '</' (the single file inlines the table): {text:?}"
        ));
    }
    Ok(texts.join(&SEPARATOR.to_string()))
}

/// A JS or HTML source with the names it shares with the app filled in.
fn shared_js(path: &Path) -> Result<String, String> {
    let mut text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    for (placeholder, value) in js_placeholders() {
        text = text.replace(placeholder, &value);
    }
    Ok(text)
}

/// `js/head.js` without its comment lines, to be inlined in `<head>`.
fn head_script(root: &Path) -> Result<String, String> {
    let source = shared_js(&root.join("js/head.js"))?;
    Ok(source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(""))
}

/// `sw.js` with the list of every file of this build and a cache name derived from all of
/// them, so any change to any file makes a new cache (and an update prompt).
fn write_service_worker(root: &Path, dist: &Path) -> Result<(), String> {
    let mut files: Vec<String> = list_files(dist)?
        .iter()
        .map(|p| {
            p.strip_prefix(dist)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .filter(|name| {
            name != "sw.js"
                && !name.ends_with(".br")
                && !name.ends_with(".gz")
                && !name.contains("single")
        })
        .collect();
    files.sort();
    let mut fingerprint = Vec::new();
    for name in &files {
        fingerprint.extend(name.as_bytes());
        fingerprint.extend(read(&dist.join(name))?);
    }
    let cache = format!("isesaki-kpi-{:016x}", fnv1a(&fingerprint));
    let mut urls = vec!["./".to_string()];
    urls.extend(files.iter().map(|f| format!("./{f}")));
    let list = format!(
        "[{}]",
        urls.iter()
            .map(|u| format!("{u:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let source = shared_js(&root.join("js/sw.js"))?
        .replace("__CACHE__", &cache)
        .replace("__FILES__", &list);
    fs::write(dist.join("sw.js"), source).map_err(|e| e.to_string())
}

/// Today (UTC) as YYYY-MM-DD, or SOURCE_DATE_EPOCH's day for reproducible builds.
fn build_date() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0)
        });
    let days = (seconds / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn ensure_node_modules(root: &Path) -> Result<(), String> {
    if root.join("node_modules/binaryen").exists() && root.join("node_modules/echarts").exists() {
        return Ok(());
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

/// Writes `stem.<hash>.ext` and returns its file name. The hash is FNV-1a of the content,
/// so an unchanged file keeps its name and stays cached.
fn emit_hashed(dist: &Path, stem: &str, ext: &str, bytes: &[u8]) -> Result<String, String> {
    let name = format!("{stem}.{:016x}.{ext}", fnv1a(bytes));
    fs::write(dist.join(&name), bytes).map_err(|e| e.to_string())?;
    Ok(name)
}

/// All `style/*.css` in name order, so the cascade is predictable from file names.
fn concat_styles(dir: &Path) -> Result<Vec<u8>, String> {
    let mut files = list_files(dir)?;
    files.retain(|p| p.extension().is_some_and(|e| e == "css"));
    files.sort();
    let mut out = Vec::new();
    for file in files {
        out.extend(read(&file)?);
        out.push(b'\n');
    }
    Ok(out)
}

const COMPRESSIBLE: [&str; 8] = [
    "html",
    "js",
    "css",
    "wasm",
    "svg",
    "json",
    "webmanifest",
    "txt",
];

/// The `.br` and `.gz` copy of every compressible file, on every core: brotli at its best
/// quality is the slowest step of a build after the compilers.
fn precompress(dist: &Path) -> Result<(), String> {
    let mut jobs: Vec<(PathBuf, &str)> = Vec::new();
    for file in list_files(dist)? {
        if file
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e))
        {
            jobs.push((file.clone(), "br"));
            jobs.push((file, "gz"));
        }
    }
    // Largest first, so the big files do not end up last on one core.
    jobs.sort_by_key(|(file, _)| {
        std::cmp::Reverse(fs::metadata(file).map(|m| m.len()).unwrap_or(0))
    });
    let next = AtomicUsize::new(0);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|_| {
                scope.spawn(|| -> Result<(), String> {
                    while let Some((file, suffix)) = jobs.get(next.fetch_add(1, Ordering::Relaxed))
                    {
                        let bytes = read(file)?;
                        let packed = if *suffix == "br" {
                            brotli_bytes(&bytes)
                        } else {
                            gzip_bytes(&bytes)
                        };
                        fs::write(with_suffix(file, suffix), packed).map_err(|e| e.to_string())?;
                    }
                    Ok(())
                })
            })
            .collect();
        workers
            .into_iter()
            .try_for_each(|worker| worker.join().expect("a compression thread panicked"))
    })
}

pub fn report_sizes(dist: &Path) -> Result<(), String> {
    let mut files = list_files(dist)?;
    files.retain(|p| !p.extension().is_some_and(|e| e == "br" || e == "gz"));
    files.sort();
    println!("dist/ (raw / brotli):");
    for file in files {
        let raw = read(&file)?.len();
        let br = fs::metadata(with_suffix(&file, "br"))
            .map(|m| m.len() as usize)
            .unwrap_or(raw);
        println!(
            "  {:<40} {:>9} B {:>9} B",
            file.strip_prefix(dist).unwrap().display(),
            raw,
            br
        );
    }
    Ok(())
}
