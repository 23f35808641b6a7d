//! The project's build tool, run as `cargo xtask <command>` (see `.cargo/config.toml`).
//! Everything it uses comes from crates.io and npm; it never downloads a binary.

mod bench;
mod build;
mod code_size;
mod editions;
mod files;
mod icons;
mod prerender;
mod serve;
/// The names the app and its JS share; the build writes them into the JS.
#[path = "../../src/shared_names.rs"]
mod shared_names;
mod single;
mod split;
mod synthetic;
mod timing;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <build|serve|test|bench> [--port N] [--base /path/] [--dir DIR] [--no-build]
  build   release build into dist/ (or --dir DIR) of every edition in data/editions/
          (--editions DIR reads another directory; --dataset FILE embeds one other sheet,
          e.g. target/bench/synthetic-2000.json written by bench)
  serve   build, then serve dist/ on http://127.0.0.1:PORT/ (default 8080, or $PORT)
  test    native tests, release build, then Playwright browser tests
  bench   release build, then sizes, Lighthouse and interaction timings into BENCHMARKS.md
          (--sizes: the release build's sizes and code-size profile only, printed)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let port = args
        .iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .or_else(|| std::env::var("PORT").ok())
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);
    let value_of = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let base = value_of("--base").unwrap_or_default();
    let dir = value_of("--dir")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    let result = match args.first().map(String::as_str) {
        Some("build") => {
            let editions = value_of("--editions")
                .map(PathBuf::from)
                .unwrap_or_else(|| root().join("data/editions"));
            let one = value_of("--dataset").map(PathBuf::from);
            let sheets = match &one {
                Some(json) => build::Sheets::One(json),
                None => build::Sheets::Editions(&editions),
            };
            build::release_into(&dir, sheets, build::Extent::Full)
        }
        Some("serve") => (if flag("--no-build") {
            Ok(())
        } else {
            build::release()
        })
        .and_then(|()| serve::serve(&dir, port, &base)),
        Some("test") => test(),
        Some("bench") if flag("--sizes") => bench::sizes_only(),
        Some("bench") => bench::bench(),
        _ => Err(USAGE.to_string()),
    };
    timing::print_summary();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The public URL the browser tests' build encodes in kiosk QR codes.
const TEST_PUBLIC_URL: &str = "https://kpi.example.jp/isesaki/";

/// Rows in the long sheet of the browser tests (`tests/e2e/long-list.spec.ts`).
const LONG_SHEET_ROWS: usize = 150;

fn test() -> Result<(), String> {
    // The code is kept as rustfmt writes it: a change that is not fails here, in seconds.
    timing::phase("format check (cargo fmt --all --check)", || {
        run(Command::new("cargo")
            .args(["fmt", "--all", "--check"])
            .current_dir(root()))
    })?;
    // The native tests build for this machine and the release builds for wasm: nothing is
    // shared, so they run side by side (the wasm builds' last step, LTO, uses one core).
    // Their own target directory keeps the two cargo runs from waiting on one lock.
    let native = std::thread::spawn(|| {
        let start = std::time::Instant::now();
        let output = Command::new("cargo")
            .args(["test", "--workspace"])
            .env("CARGO_TARGET_DIR", root().join("target/native"))
            .env_remove("ISESAKI_PUBLIC_URL")
            .current_dir(root())
            .output();
        (start.elapsed(), output)
    });
    // Inherited by the cargo builds below.
    std::env::set_var("ISESAKI_PUBLIC_URL", TEST_PUBLIC_URL);
    // A longer sheet for the tests of paging through a long list; the official build
    // comes last so target/ matches dist/.
    let long = root().join("target/e2e/synthetic-150.json");
    let builds = synthetic::write(&long, LONG_SHEET_ROWS).and_then(|()| {
        timing::phase("150-row build (target/e2e/dist-long)", || {
            build::release_into(
                &root().join("target/e2e/dist-long"),
                build::Sheets::One(&long),
                build::Extent::AppOnly,
            )
        })?;
        // Two editions made the way the city would (`editions::write_test_editions`).
        let editions = root().join("target/e2e/editions");
        editions::write_test_editions(&editions)?;
        timing::phase("two-edition build (target/e2e/dist-editions)", || {
            build::release_into(
                &root().join("target/e2e/dist-editions"),
                build::Sheets::Editions(&editions),
                build::Extent::AppOnly,
            )
        })?;
        timing::phase("release build (dist/)", build::release)
    });
    let (took, output) = native
        .join()
        .map_err(|_| "the native tests' thread panicked".to_string())?;
    let output = output.map_err(|e| format!("cannot start cargo test: {e}"))?;
    // Printed whole once they end, not interleaved with the builds' lines.
    print!("{}", String::from_utf8_lossy(&output.stderr));
    print!("{}", String::from_utf8_lossy(&output.stdout));
    timing::record(
        "native tests (cargo test, beside the builds)",
        took,
        output.status.success(),
    );
    if !output.status.success() {
        return Err(format!(
            "cargo test --workspace failed with {}",
            output.status
        ));
    }
    builds?;
    timing::phase("browser tests (Playwright)", || {
        run(Command::new(root().join("node_modules/.bin/playwright")).arg("test"))
    })
}

/// The repository root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repo")
        .to_path_buf()
}

pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed with {status}"))
    }
}
