//! How long each phase of a build or test run took: a line as each phase ends and a table
//! at the end, so a CI log shows where its minutes went without re-running anything. Each
//! phase also shows the CPU time it used (this process and the programs it ran): on a
//! shared machine the wall time grows with the load, the CPU time hardly does.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A phase: its nesting depth, name, wall time and CPU seconds.
type Phase = (usize, String, Duration, Option<f64>);

/// Phases in the order they ended.
static PHASES: Mutex<Vec<Phase>> = Mutex::new(Vec::new());
static DEPTH: AtomicUsize = AtomicUsize::new(0);

/// Runs `work` as the phase `name`, timing it whether or not it succeeds.
pub fn phase<T>(name: &str, work: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    let depth = DEPTH.fetch_add(1, Ordering::SeqCst);
    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let result = work();
    let took = start.elapsed();
    let cpu = cpu_seconds().zip(cpu_start).map(|(end, start)| end - start);
    DEPTH.fetch_sub(1, Ordering::SeqCst);
    let outcome = if result.is_ok() { "" } else { " (failed)" };
    println!("xtask: {name}: {}{}{outcome}", seconds(took), cpu_note(cpu));
    PHASES
        .lock()
        .unwrap()
        .push((depth, name.to_string(), took, cpu));
    result
}

/// Records a phase timed elsewhere (on another thread): its wall time only, since the
/// CPU this process counts is shared by everything running at once.
pub fn record(name: &str, took: Duration, succeeded: bool) {
    let outcome = if succeeded { "" } else { " (failed)" };
    println!("xtask: {name}: {}{outcome}", seconds(took));
    PHASES
        .lock()
        .unwrap()
        .push((DEPTH.load(Ordering::SeqCst), name.to_string(), took, None));
}

/// The table of every phase so far, outer phases after the steps they contain.
pub fn print_summary() {
    let phases = PHASES.lock().unwrap();
    if phases.is_empty() {
        return;
    }
    println!(
        "xtask: time per phase (wall, CPU), load average now {}",
        load_average()
    );
    for (depth, name, took, cpu) in phases.iter() {
        let indent = "  ".repeat(depth + 1);
        let width = 44usize.saturating_sub(indent.len());
        let cpu = cpu.map(|c| format!("{c:.1} s")).unwrap_or_default();
        println!("{indent}{name:<width$} {:>8} {cpu:>9}", seconds(*took));
    }
}

fn seconds(took: Duration) -> String {
    format!("{:.1} s", took.as_secs_f64())
}

fn cpu_note(cpu: Option<f64>) -> String {
    cpu.map(|c| format!(" (CPU {c:.1} s)")).unwrap_or_default()
}

/// CPU seconds used so far by this process and by the programs it has run and waited for,
/// from Linux's `/proc/self/stat`; `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the program's name (in parentheses, which may hold spaces) start at
    // the third; utime, stime, cutime and cstime are the 14th to the 17th, in 1/100 s.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: Option<f64> = fields
        .get(11..15)?
        .iter()
        .map(|f| f.parse::<f64>().ok())
        .sum();
    Some(ticks? / 100.0)
}

/// The 1-, 5- and 15-minute load averages, so a slow run can be told from a busy machine.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
