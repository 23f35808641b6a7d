//! How long each phase of a build or test run took: a line as each phase ends and a table
//! at the end, so a CI log shows where its minutes went without re-running anything.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Phases in the order they ended, each with its nesting depth.
static PHASES: Mutex<Vec<(usize, String, Duration)>> = Mutex::new(Vec::new());
static DEPTH: AtomicUsize = AtomicUsize::new(0);

/// Runs `work` as the phase `name`, timing it whether or not it succeeds.
pub fn phase<T>(name: &str, work: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    let depth = DEPTH.fetch_add(1, Ordering::SeqCst);
    let start = Instant::now();
    let result = work();
    let took = start.elapsed();
    DEPTH.fetch_sub(1, Ordering::SeqCst);
    let outcome = if result.is_ok() { "" } else { " (failed)" };
    println!("xtask: {name}: {}{outcome}", seconds(took));
    PHASES.lock().unwrap().push((depth, name.to_string(), took));
    result
}

/// The table of every phase so far, outer phases after the steps they contain.
pub fn print_summary() {
    let phases = PHASES.lock().unwrap();
    if phases.is_empty() {
        return;
    }
    println!("xtask: time per phase");
    for (depth, name, took) in phases.iter() {
        let indent = "  ".repeat(depth + 1);
        let width = 44usize.saturating_sub(indent.len());
        println!("{indent}{name:<width$} {:>8}", seconds(*took));
    }
}

fn seconds(took: Duration) -> String {
    format!("{:.1} s", took.as_secs_f64())
}
