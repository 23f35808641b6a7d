//! Wasm splitting: the linked wasm (with `--emit-relocs`) is cut by
//! `wasm_split_cli_support` into the main module, one `split_<name>.wasm` per
//! `#[wasm_split(<name>)]` module (plus shared `chunk_<n>.wasm` if several splits need the
//! same code) and the JS loader `__wasm_split.js`, which the main module imports.
//! wasm-bindgen then runs on the main module only (keeping the exports the chunks link to).
//!
//! The loader is inlined into the glue (it imports the glue's `initSync`, the glue
//! imports it); chunks are named after their content like every other file.

use crate::shared_names::{SPLIT_MODULES, SPLIT_PRINT_QR};
use std::fs;
use std::path::{Path, PathBuf};

use crate::files::{fnv1a, read};

/// What the loader imports `initSync` from, and its own name: both placeholders until
/// the hashed names are known.
pub const GLUE_PLACEHOLDER: &str = "./__isesaki_glue__.js";
pub const LOADER_PLACEHOLDER: &str = "./__wasm_split.js";

pub struct Split {
    /// The main module, for wasm-bindgen.
    pub main: PathBuf,
    /// `split_<name>.wasm` and `chunk_<n>.wasm`, for wasm-opt.
    pub chunks: Vec<PathBuf>,
    /// The JS loader (imports the glue's `initSync`, fetches the chunks).
    pub loader: PathBuf,
    /// Each `#[wasm_split(<name>)]` module's files (stems such as `chunk_6`, `split_detail`).
    pub parts: Vec<(String, Vec<String>)>,
}

/// The web glue with the loader inlined, and the name each chunk was written under.
pub struct WebGlue {
    pub text: String,
    /// (stem, hashed file name), e.g. ("split_detail", "split_detail.0123….wasm").
    pub files: Vec<(String, String)>,
}

impl WebGlue {
    /// The hashed files of the module `name` and the chunks it needs, for a preload.
    pub fn files_of(&self, split: &Split, name: &str) -> Result<Vec<String>, String> {
        let (_, stems) = split
            .parts
            .iter()
            .find(|(n, _)| n == name)
            .ok_or_else(|| format!("no wasm module named {name}"))?;
        stems
            .iter()
            .map(|stem| {
                self.files
                    .iter()
                    .find(|(s, _)| s == stem)
                    .map(|(_, file)| file.clone())
                    .ok_or_else(|| format!("no file for {stem}"))
            })
            .collect()
    }
}

pub fn split(raw_wasm: &Path, out: &Path) -> Result<Split, String> {
    let input = read(raw_wasm)?;
    fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let main = out.join("main.wasm");
    let result = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&input);
        opts.output_dir = out;
        opts.main_out_path = &main;
        opts.main_module = GLUE_PLACEHOLDER;
        opts.link_name = LOADER_PLACEHOLDER;
        opts
    })
    .map_err(|e| format!("wasm-split: {e:?}"))?;
    let mut parts: Vec<(String, Vec<String>)> = result.prefetch_map.into_iter().collect();
    parts.sort();
    check_modules(parts.iter().map(|(name, _)| name.as_str()))?;
    for (split, files) in &parts {
        println!("wasm-split: {split} → {}", files.join(", "));
    }
    Ok(Split {
        main,
        chunks: result.split_modules,
        loader: out.join(LOADER_PLACEHOLDER.trim_start_matches("./")),
        parts,
    })
}

/// The split's modules must be exactly the listed ones: the build and the boot script
/// find a module's files by its listed name.
fn check_modules<'a>(found: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let mut found: Vec<&str> = found.collect();
    let mut listed = SPLIT_MODULES.to_vec();
    // The app reads the address with `option_env!`: set, even empty, it is there.
    if std::env::var_os("ISESAKI_PUBLIC_URL").is_none() {
        listed.retain(|module| *module != SPLIT_PRINT_QR);
    }
    found.sort();
    listed.sort();
    if found == listed {
        Ok(())
    } else {
        Err(format!(
            "wasm-split made the modules {found:?}, but src/shared_names.rs lists {listed:?}: \
             name each `split_off!` module there"
        ))
    }
}

/// Writes every chunk into `dist`, named after its content, and returns the ES-module glue
/// with the loader inlined (no loader file: no extra request before the app starts, and
/// no naming cycle between a glue and a loader that import each other).
/// `optimized_chunks` are the chunks after wasm-opt, in the order of `split.chunks`.
pub fn web_glue(
    dist: &Path,
    glue: &str,
    split: &Split,
    optimized_chunks: &[PathBuf],
) -> Result<WebGlue, String> {
    let mut loader = loader_text(split)?;
    let mut files = Vec::new();
    for (original, optimized) in split.chunks.iter().zip(optimized_chunks) {
        let stem = chunk_stem(original)?;
        let bytes = read(optimized)?;
        let name = format!("{stem}.{:016x}.wasm", fnv1a(&bytes));
        fs::write(dist.join(&name), &bytes).map_err(|e| e.to_string())?;
        loader = replace_once(
            &loader,
            &format!("\"./{stem}.wasm\""),
            &format!("\"./{name}\""),
        )?;
        files.push((stem.to_string(), name));
    }
    // wasm-bindgen imports the loader once per function it provides (`import * as import1
    // from "./__wasm_split.js"`, `import2`, …): the first becomes the inlined loader, the
    // others name the same object.
    let module = loader_module(&loader);
    let text = alias_loader_imports(
        glue,
        |line| {
            let rest = line.strip_prefix("import * as ")?;
            rest.ends_with(&format!("from \"{LOADER_PLACEHOLDER}\""))
                .then(|| rest.split(' ').next().unwrap_or_default().to_string())
        },
        &module,
    )?;
    Ok(WebGlue { text, files })
}

/// `glue` with each line that `binding_of` recognises as an import of the loader replaced:
/// the first by `const <binding> = <module>;`, the others by aliases of it.
fn alias_loader_imports(
    glue: &str,
    binding_of: impl Fn(&str) -> Option<String>,
    module: &str,
) -> Result<String, String> {
    let mut first: Option<String> = None;
    let lines: Vec<String> = glue
        .lines()
        .map(|line| match binding_of(line.trim()) {
            Some(binding) => {
                let indent = &line[..line.len() - line.trim_start().len()];
                match &first {
                    None => {
                        first = Some(binding.clone());
                        format!("{indent}const {binding} = {module};")
                    }
                    Some(first) => format!("{indent}const {binding} = {first};"),
                }
            }
            None => line.to_string(),
        })
        .collect();
    if first.is_none() {
        return Err("the glue does not import the wasm-split loader".into());
    }
    Ok(lines.join("\n") + if glue.ends_with('\n') { "\n" } else { "" })
}

/// The no-modules glue for the single file, with the loader inlined where wasm-bindgen
/// wrote `require("./__wasm_split.js")` and every chunk inlined as base64: a file://
/// page has nothing to fetch from.
pub fn classic_glue(
    glue_no_modules: &str,
    split: &Split,
    optimized_chunks: &[PathBuf],
) -> Result<String, String> {
    use base64::Engine as _;
    let mut loader = loader_text(split)?;
    for (original, optimized) in split.chunks.iter().zip(optimized_chunks) {
        let stem = chunk_stem(original)?;
        let b64 = base64::engine::general_purpose::STANDARD.encode(read(optimized)?);
        loader = replace_once(
            &loader,
            &format!("fetch(new URL(\"./{stem}.wasm\", import.meta.url))"),
            &format!("Promise.resolve(Uint8Array.from(atob(\"{b64}\"), (c) => c.charCodeAt(0)))"),
        )?;
    }
    // Bytes, not a response, to instantiate.
    let loader = loader.replace(
        "WebAssembly.instantiateStreaming(src, imports)",
        "WebAssembly.instantiate(await src, imports)",
    );
    // `const importN = require("./__wasm_split.js");`, once per function, as in the web glue.
    let module = loader_module(&loader);
    alias_loader_imports(
        glue_no_modules,
        |line| {
            let rest = line.strip_prefix("const ")?;
            let (binding, source) = rest.split_once(" = ")?;
            (source == format!("require(\"{LOADER_PLACEHOLDER}\");")).then(|| binding.to_string())
        },
        &module,
    )
}

/// The loader wasm-split wrote, without its import of the glue's `initSync`: inlined in
/// the glue, it calls the glue's own.
fn loader_text(split: &Split) -> Result<String, String> {
    let loader = fs::read_to_string(&split.loader)
        .map_err(|e| format!("{}: {e}", split.loader.display()))?;
    replace_once(
        &loader,
        &format!("import {{ initSync }} from \"{GLUE_PLACEHOLDER}\";"),
        "",
    )
}

/// The loader as an expression: its `export const`s as the properties of an object.
fn loader_module(loader: &str) -> String {
    let mut exported = Vec::new();
    let body: Vec<String> = loader
        .lines()
        .map(|line| match line.strip_prefix("export const ") {
            Some(rest) => {
                exported.push(rest.split(' ').next().unwrap_or_default().to_string());
                format!("const {rest}")
            }
            None => line.to_string(),
        })
        .collect();
    format!(
        "(function () {{\n{}\nreturn {{ {} }};\n}})()",
        body.join("\n"),
        exported.join(", ")
    )
}

fn chunk_stem(path: &Path) -> Result<&str, String> {
    path.file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{}: no name", path.display()))
}

/// `text` with `from` replaced, which must occur exactly once: the generated code this
/// edits is checked, not assumed.
fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!(
            "wasm-split: expected `{from}` once in generated code, found it {n} times"
        )),
    }
}
