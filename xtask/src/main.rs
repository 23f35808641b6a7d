//! The project's build tool, run as `cargo xtask <command>` (see `.cargo/config.toml`).
//! Everything it uses comes from crates.io and npm; it never downloads a binary.

mod build;
mod serve;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <build|serve|test> [--port N] [--base /path/] [--no-build]
  build   release build into dist/
  serve   build, then serve dist/ on http://127.0.0.1:PORT/ (default 8080, or $PORT)
  test    native tests, release build, then Playwright browser tests";

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
    let base = args.iter().position(|a| a == "--base").and_then(|i| args.get(i + 1)).cloned().unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("build") => build::release(),
        Some("serve") => (if flag("--no-build") { Ok(()) } else { build::release() })
            .and_then(|()| serve::serve(&root().join("dist"), port, &base)),
        Some("test") => test(),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn test() -> Result<(), String> {
    run(Command::new("cargo").args(["test", "--workspace"]))?;
    build::release()?;
    run(Command::new(root().join("node_modules/.bin/playwright")).arg("test"))
}

/// The repository root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repo").to_path_buf()
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
