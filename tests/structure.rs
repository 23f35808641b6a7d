//! The code's structure, checked: no two files import each other (directly or round a
//! loop), and no import runs against the layer order `src/lib.rs` states.
//! Imports are read from the source text: every `crate::…` and `super::…` path.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Lower layers never import higher ones; folders of one rank never import each other.
fn layer(file: &str) -> (u8, &str) {
    let top = file
        .split('/')
        .next()
        .unwrap_or(file)
        .trim_end_matches(".rs");
    let rank = match top {
        "shared_names" | "split_off" => 0,
        "domain" => 1,
        "data" | "web" => 2,
        "state" => 3,
        "ui" => 4,
        "app" | "lib" | "main" => 5,
        other => panic!("src/{other} has no layer: add it to tests/structure.rs and src/lib.rs"),
    };
    (rank, top)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `domain/edits/field.rs` → ["domain", "edits", "field"]; `domain/mod.rs` → ["domain"].
fn module_of(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// The file that defines the longest prefix of `path` (a module path under `crate`).
fn file_of(path: &[String], files: &BTreeSet<String>) -> Option<String> {
    (1..=path.len()).rev().find_map(|n| {
        let stem = path[..n].join("/");
        [format!("{stem}.rs"), format!("{stem}/mod.rs")]
            .into_iter()
            .find(|f| files.contains(f))
    })
}

/// Every module path a file names, with `use a::{b, c::d}` groups expanded.
fn named_paths(source: &str, own_module: &[String]) -> Vec<Vec<String>> {
    let code: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    // A file's own child modules are named bare (`pub use messages::Messages;`).
    let children: Vec<String> = code
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            l.strip_prefix("mod ")?.strip_suffix(';').map(String::from)
        })
        .collect();
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &code[i..];
        let starts_word = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':');
        let base = if !starts_word {
            None
        } else if rest.starts_with("crate::") {
            Some((Vec::new(), "crate::".len()))
        } else if rest.starts_with("super::") {
            // Each `super` is one module up from the file's own module.
            let mut parent = own_module.to_vec();
            let mut skip = 0;
            while code[i + skip..].starts_with("super::") {
                skip += "super::".len();
                parent.pop();
            }
            Some((parent, skip))
        } else if rest.starts_with("self::") {
            Some((own_module.to_vec(), "self::".len()))
        } else if let Some(child) = children
            .iter()
            .find(|c| rest.starts_with(&format!("{c}::")))
        {
            let mut module = own_module.to_vec();
            module.push(child.clone());
            Some((module, child.len() + 2))
        } else {
            None
        };
        let Some((prefix, skip)) = base else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        i += skip;
        let (paths, used) = path_tree(&code[i..]);
        for p in paths {
            let mut full = prefix.clone();
            full.extend(p);
            out.push(full);
        }
        i += used.max(1);
    }
    out
}

/// Reads `a::b::{c, d::e}` at the start of `text`: the paths it names and the bytes used.
fn path_tree(text: &str) -> (Vec<Vec<String>>, usize) {
    let mut segments = Vec::new();
    let mut pos = 0;
    loop {
        let ident: String = text[pos..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            if text[pos..].starts_with('{') {
                let mut depth = 0;
                let mut end = pos;
                for (k, c) in text[pos..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = pos + k;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let inner = &text[pos + 1..end];
                let mut paths = Vec::new();
                for item in split_top_level(inner) {
                    let (sub, _) = path_tree(item.trim());
                    for s in sub {
                        let mut full = segments.clone();
                        full.extend(s);
                        paths.push(full);
                    }
                }
                return (paths, end + 1);
            }
            return (vec![segments], pos);
        }
        pos += ident.len();
        segments.push(ident);
        if text[pos..].starts_with("::") {
            pos += 2;
        } else {
            return (vec![segments], pos);
        }
    }
}

fn split_top_level(text: &str) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0, 0, Vec::new());
    for (k, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&text[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    let files: BTreeSet<String> = paths
        .iter()
        .map(|p| {
            p.strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let source = fs::read_to_string(root.join(file)).unwrap();
        let module = module_of(file);
        let targets: BTreeSet<String> = named_paths(&source, &module)
            .iter()
            .filter_map(|p| file_of(p, &files))
            .filter(|target| target != file)
            .collect();
        graph.insert(file.clone(), targets);
    }
    graph
}

#[test]
fn no_import_runs_against_the_layer_order() {
    let mut wrong = Vec::new();
    for (file, targets) in import_graph() {
        let (rank, top) = layer(&file);
        for target in targets {
            let (target_rank, target_top) = layer(&target);
            if target_top != top && target_rank >= rank {
                wrong.push(format!("{file} -> {target}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layer order:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_two_files_import_each_other_even_round_a_loop() {
    let graph = import_graph();
    // Depth-first search for a back edge; report the loop it closes.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        loops: &mut Vec<String>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = stack.iter().position(|n| n == node) {
            loops.push(format!("{} -> {node}", stack[at..].join(" -> ")));
            return;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done, loops);
        }
        stack.pop();
        done.insert(node.to_string());
    }
    let (mut done, mut loops) = (BTreeSet::new(), Vec::new());
    for file in graph.keys() {
        visit(file, &graph, &mut Vec::new(), &mut done, &mut loops);
    }
    assert!(loops.is_empty(), "import circles:\n{}", loops.join("\n"));
}

#[test]
fn the_checker_sees_imports_of_every_shape() {
    let module: Vec<String> = ["domain", "edits", "input"].map(String::from).to_vec();
    let source = "use super::field::Field;\nuse crate::domain::{format::format_number, i18n::{plain, Lang}};\nfn f() { crate::web::tasks::next_task(); }";
    let paths = named_paths(source, &module);
    let as_text: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert!(
        as_text.contains(&"domain::edits::field::Field".to_string()),
        "{as_text:?}"
    );
    assert!(
        as_text.contains(&"domain::format::format_number".to_string()),
        "{as_text:?}"
    );
    assert!(
        as_text.contains(&"domain::i18n::Lang".to_string()),
        "{as_text:?}"
    );
    assert!(
        as_text.contains(&"web::tasks::next_task".to_string()),
        "{as_text:?}"
    );
}
