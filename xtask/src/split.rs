//! Wasm splitting (SPIKE): the linked wasm (with `--emit-relocs`) is cut by
//! `wasm_split_cli_support` into the main module, one `split_<name>.wasm` per
//! `#[wasm_split(<name>)]` module (plus shared `chunk_<n>.wasm` if several splits need the
//! same code) and the JS loader `__wasm_split.js`, which the main module imports.
//! wasm-bindgen then runs on the main module only (keeping the exports the chunks link to).
//!
//! Hashed names: chunks are named after their content; the loader and the glue import
//! each other, so both are named after one hash of both texts (with the other's name as a
//! placeholder): any change to either renames both.

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
    let mut prefetch: Vec<_> = result.prefetch_map.iter().collect();
    prefetch.sort();
    for (split, files) in prefetch {
        println!("wasm-split: {split} → {}", files.join(", "));
    }
    Ok(Split { main, chunks: result.split_modules, loader: out.join(LOADER_PLACEHOLDER.trim_start_matches("./")) })
}

/// Names every chunk after its content and the loader and glue after both of theirs,
/// writes them into `dist`, and returns the glue's and the loader's file names.
/// `optimized_chunks` are the chunks after wasm-opt, in the order of `split.chunks`.
pub fn emit(dist: &Path, wasm_name: &str, split: &Split, optimized_chunks: &[PathBuf], glue: &str) -> Result<(String, String), String> {
    let mut loader = fs::read_to_string(&split.loader).map_err(|e| format!("{}: {e}", split.loader.display()))?;
    for (original, optimized) in split.chunks.iter().zip(optimized_chunks) {
        let stem = original.file_stem().and_then(|s| s.to_str()).ok_or("chunk name")?;
        let bytes = read(optimized)?;
        let name = format!("{stem}.{:016x}.wasm", fnv1a(&bytes));
        fs::write(dist.join(&name), &bytes).map_err(|e| e.to_string())?;
        let quoted = format!("\"./{stem}.wasm\"");
        if !loader.contains(&quoted) {
            return Err(format!("the wasm-split loader does not name {quoted}"));
        }
        loader = loader.replace(&quoted, &format!("\"./{name}\""));
    }
    // wasm-bindgen writes the import of the loader with single or double quotes.
    let glue_imports = [format!("'{LOADER_PLACEHOLDER}'"), format!("\"{LOADER_PLACEHOLDER}\"")];
    let import_from = |q: &str| format!("from {q}");
    let glue_has = glue_imports.iter().find(|q| glue.contains(&import_from(q))).ok_or("the glue does not import the wasm-split loader")?;
    let glue_quote = &glue_has[..1];
    if !loader.contains(&format!("\"{GLUE_PLACEHOLDER}\"")) {
        return Err("the wasm-split loader does not import the glue".into());
    }
    let mut both = glue.as_bytes().to_vec();
    both.extend(loader.as_bytes());
    let hash = fnv1a(&both);
    let glue_name = format!("{wasm_name}.{hash:016x}.js");
    let loader_name = format!("__wasm_split.{hash:016x}.js");
    // Only the `import … from` specifier: the key of the imports object must stay the
    // module name the wasm asks for.
    let glue = glue.replace(&import_from(glue_has), &import_from(&format!("{glue_quote}./{loader_name}{glue_quote}")));
    let loader = loader.replace(&format!("\"{GLUE_PLACEHOLDER}\""), &format!("\"./{glue_name}\""));
    fs::write(dist.join(&glue_name), glue).map_err(|e| e.to_string())?;
    fs::write(dist.join(&loader_name), loader).map_err(|e| e.to_string())?;
    Ok((glue_name, loader_name))
}

/// The no-modules glue for the single file, with the loader inlined where wasm-bindgen
/// wrote `require("./__wasm_split.js")` and every chunk inlined as base64: a file://
/// page has nothing to fetch from. The loader's `initSync` is then the glue's own.
pub fn classic_glue(glue_no_modules: &str, split: &Split, optimized_chunks: &[PathBuf]) -> Result<String, String> {
    use base64::Engine as _;
    let mut loader = fs::read_to_string(&split.loader).map_err(|e| format!("{}: {e}", split.loader.display()))?;
    let import = format!("import {{ initSync }} from \"{GLUE_PLACEHOLDER}\";");
    if !loader.contains(&import) {
        return Err("the wasm-split loader's import of initSync changed".into());
    }
    loader = loader.replace(&import, "");
    for (original, optimized) in split.chunks.iter().zip(optimized_chunks) {
        let stem = original.file_stem().and_then(|s| s.to_str()).ok_or("chunk name")?;
        let b64 = base64::engine::general_purpose::STANDARD.encode(read(optimized)?);
        let fetch = format!("fetch(new URL(\"./{stem}.wasm\", import.meta.url))");
        if !loader.contains(&fetch) {
            return Err(format!("the wasm-split loader does not fetch {stem} as expected"));
        }
        loader = loader.replace(&fetch, &format!(
            "Promise.resolve(Uint8Array.from(atob(\"{b64}\"), (c) => c.charCodeAt(0)))"
        ));
    }
    let streaming = "WebAssembly.instantiateStreaming(src, imports)";
    if !loader.contains(streaming) {
        return Err("the wasm-split loader does not instantiate as expected".into());
    }
    loader = loader.replace(streaming, "WebAssembly.instantiate(await src, imports)");
    let mut exported = Vec::new();
    let loader: String = loader
        .lines()
        .map(|line| match line.strip_prefix("export const ") {
            Some(rest) => {
                exported.push(rest.split(' ').next().unwrap_or_default().to_string());
                format!("const {rest}")
            }
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let require = format!("require(\"{LOADER_PLACEHOLDER}\")");
    if glue_no_modules.matches(&require).count() != 1 {
        return Err("the no-modules glue does not require the wasm-split loader once".into());
    }
    let inlined = format!("(function () {{\n{loader}\nreturn {{ {} }};\n}})()", exported.join(", "));
    Ok(glue_no_modules.replace(&require, &inlined))
}
