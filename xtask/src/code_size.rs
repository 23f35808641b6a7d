//! Where the wasm's bytes go, for BENCHMARKS.md: every function body of the module as
//! wasm-bindgen writes it (before wasm-opt, while it still has the name section), grouped
//! by the crate its demangled name starts with, and the data segments. Each group is also
//! compressed alone with brotli: that is not its share of the shipped file (brotli finds
//! repeats across groups), but it ranks the groups by what they cost a download.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use wasmparser::{KnownCustom, Name, Parser, Payload};

use crate::files::{brotli_bytes, read};

/// One function body: its name (demangled by wasm-bindgen) and its bytes.
struct Body<'a> {
    name: String,
    bytes: &'a [u8],
}

/// The code-size section of BENCHMARKS.md for `wasm` (wasm-bindgen's output).
pub fn section(report: &mut String, wasm: &Path, shipped: &Path) -> Result<(), String> {
    let bytes = read(wasm)?;
    let (bodies, data) = parse(&bytes)?;
    let code_raw: usize = bodies.iter().map(|b| b.bytes.len()).sum();
    let data_raw: usize = data.iter().map(|d| d.len()).sum();
    let shipped_bytes = read(shipped)?;

    writeln!(report, "## Code size of the wasm\n").unwrap();
    writeln!(
        report,
        "From `{}` (wasm-bindgen's output, before wasm-opt, which keeps the function names): {} functions, \
         code {} raw, data {} raw. The shipped module after wasm-opt is {} raw, {} brotli. \
         Brotli per group compresses that group alone: it ranks the groups by download cost, \
         and the groups' sum is more than the whole file's (brotli also finds repeats across groups).\n",
        wasm.strip_prefix(crate::root()).unwrap_or(wasm).display(),
        bodies.len(),
        kb(code_raw),
        kb(data_raw),
        kb(shipped_bytes.len()),
        kb(brotli_bytes(&shipped_bytes).len()),
    )
    .unwrap();

    let mut by_crate: BTreeMap<String, Vec<&[u8]>> = BTreeMap::new();
    for body in &bodies {
        by_crate
            .entry(crate_of(&body.name))
            .or_default()
            .push(body.bytes);
    }
    let mut groups: Vec<(String, usize, usize, usize)> = by_crate
        .into_iter()
        .map(|(name, parts)| {
            let joined = parts.concat();
            (name, parts.len(), joined.len(), brotli_bytes(&joined).len())
        })
        .collect();
    let data_joined = data.concat();
    groups.push((
        "(data segments: strings, tables, the sheet)".into(),
        data.len(),
        data_joined.len(),
        brotli_bytes(&data_joined).len(),
    ));
    groups.sort_by_key(|g| std::cmp::Reverse(g.2));
    writeln!(
        report,
        "| crate | functions | raw | brotli alone |\n|---|---:|---:|---:|"
    )
    .unwrap();
    for (name, count, raw, br) in groups.iter().take(20) {
        writeln!(
            report,
            "| `{name}` | {count} | {} | {} |",
            kb(*raw),
            kb(*br)
        )
        .unwrap();
    }
    let rest: Vec<_> = groups.iter().skip(20).collect();
    if !rest.is_empty() {
        let (count, raw, br) = rest
            .iter()
            .fold((0, 0, 0), |(c, r, b), g| (c + g.1, r + g.2, b + g.3));
        writeln!(
            report,
            "| {} other crates | {count} | {} | {} |",
            rest.len(),
            kb(raw),
            kb(br)
        )
        .unwrap();
    }

    let mut largest: Vec<&Body> = bodies.iter().collect();
    largest.sort_by_key(|body| std::cmp::Reverse(body.bytes.len()));
    writeln!(
        report,
        "\nThe 15 largest functions (raw):\n\n| function | raw |\n|---|---:|"
    )
    .unwrap();
    for body in largest.iter().take(15) {
        writeln!(
            report,
            "| `{}` | {} |",
            shorten(&body.name),
            kb(body.bytes.len())
        )
        .unwrap();
    }
    report.push('\n');
    Ok(())
}

fn parse(bytes: &[u8]) -> Result<(Vec<Body<'_>>, Vec<&[u8]>), String> {
    let mut imported_functions = 0u32;
    let mut ranges = Vec::new();
    let mut data = Vec::new();
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(
                        import.map_err(|e| e.to_string())?.ty,
                        wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_)
                    ) {
                        imported_functions += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => ranges.push(body.range()),
            Payload::DataSection(reader) => {
                for segment in reader {
                    data.push(segment.map_err(|e| e.to_string())?.data);
                }
            }
            Payload::CustomSection(reader) => {
                if let KnownCustom::Name(section) = reader.as_known() {
                    for name in section {
                        if let Name::Function(map) = name.map_err(|e| e.to_string())? {
                            for naming in map {
                                let naming = naming.map_err(|e| e.to_string())?;
                                // Mangled: the split build keeps lld's names (wasm-bindgen `demangle(false)`).
                                names.insert(
                                    naming.index,
                                    format!("{:#}", rustc_demangle::demangle(naming.name)),
                                );
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let bodies = ranges
        .into_iter()
        .enumerate()
        .map(|(i, range)| {
            let index = imported_functions + i as u32;
            let name = names
                .get(&index)
                .cloned()
                .unwrap_or_else(|| format!("function[{index}]"));
            Body {
                name,
                bytes: &bytes[range],
            }
        })
        .collect();
    Ok((bodies, data))
}

/// The crate a demangled name belongs to: the first path segment, looking through
/// `<T as Trait>` and references, so `<tachys::view::… as …>::build` is `tachys`.
fn crate_of(name: &str) -> String {
    let trimmed = name
        .trim_start_matches(['<', '&', '*', '(', '[', ' '])
        .trim_start_matches("mut ")
        .trim_start_matches("dyn ")
        .trim_start_matches("const ");
    match trimmed.split_once("::") {
        Some((first, _))
            if !first.is_empty() && first.chars().all(|c| c.is_alphanumeric() || c == '_') =>
        {
            first.to_string()
        }
        _ => "(no crate in its name)".into(),
    }
}

/// Long generic names cut to what a table row can hold.
fn shorten(name: &str) -> String {
    let name = name.replace('|', "\\|");
    if name.chars().count() > 140 {
        format!("{}…", name.chars().take(140).collect::<String>())
    } else {
        name
    }
}

fn kb(bytes: usize) -> String {
    crate::files::kb(bytes as u64)
}
