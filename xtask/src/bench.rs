//! `cargo xtask bench`: builds the release and writes BENCHMARKS.md — file sizes,
//! Lighthouse (mobile, simulated throttling, median of 3) against dist/ served compressed
//! like a real static host, and interaction timings in Chromium at 47 and 2,000 rows,
//! with and without 4× CPU throttling. Figures only; the test suite has no timing checks.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::build::{release, release_into, Extent, Sheets};
use crate::files::{kb, list_files, with_suffix};
use crate::{root, serve};

const PORT_47: u16 = 4391;
const PORT_2000: u16 = 4392;
const SYNTHETIC_ROWS: usize = 2000;

/// Budgets (brotli bytes): the first paint's files; what a citizen's visit needs to become
/// live; the largest wasm module. Everything shipped is not budgeted: the service worker
/// caches it for offline use, and it is not what a visit downloads.
const FIRST_PAINT_BUDGET: u64 = 20 * 1024;
const APP_LIVE_BUDGET: u64 = 250 * 1024;
const LARGEST_WASM_BUDGET: u64 = 220 * 1024;
/// Navigation → app live on the slow phone of `bench/slow-phone.mjs`, median of the runs.
const SLOW_PHONE_LIVE_BUDGET_MS: f64 = 2000.0;
const SLOW_PHONE_RUNS: usize = 5;
/// Lighthouse runs per bench; the median by performance score is reported.
const LIGHTHOUSE_RUNS: usize = 5;

pub fn bench() -> Result<(), String> {
    let root = root();
    release()?;
    let synthetic = root.join("target/bench/synthetic-2000.json");
    crate::synthetic::write(&synthetic, SYNTHETIC_ROWS)?;
    let dist_2000 = root.join("target/bench/dist-2000");
    release_into(&dist_2000, Sheets::One(&synthetic), Extent::Full)?;
    // Rebuild the real app last so target/ matches dist/ again.
    release()?;

    let dist = root.join("dist");
    spawn_server(dist.clone(), PORT_47);
    spawn_server(dist_2000, PORT_2000);
    std::thread::sleep(std::time::Duration::from_millis(300));

    let mut report = String::new();
    let date = command_output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]);
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let chromium = command_output("/usr/bin/chromium", &["--version"]);
    writeln!(report, "# Benchmarks\n\nWritten by `./x bench` (`cargo xtask bench`) on {date}; {cores} cores, {cpu}; {chromium}.\n").unwrap();

    let sizes = sizes_and_code(&mut report, &dist)?;
    let lighthouse = lighthouse_section(&mut report)?;
    let filter = interactions_section(&mut report)?;
    startup_trace_section(&mut report)?;
    let slow_phone = slow_phone_section(&mut report)?;
    budgets_section(&mut report, sizes, lighthouse, &filter, slow_phone);
    if let Ok(notes) = fs::read_to_string(root.join("bench/notes.md")) {
        report.push('\n');
        report.push_str(&notes);
    }
    fs::write(root.join("BENCHMARKS.md"), &report).map_err(|e| e.to_string())?;
    println!("{report}");
    Ok(())
}

fn spawn_server(dir: PathBuf, port: u16) {
    std::thread::spawn(move || {
        if let Err(e) = serve::serve(&dir, port, "/") {
            eprintln!("bench server: {e}");
        }
    });
}

fn command_output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

/// The sizes and the wasm's code-size profile of a fresh release build, printed and not
/// written: a quick before-and-after for a change meant to shrink the download.
pub fn sizes_only() -> Result<(), String> {
    release()?;
    let mut report = String::new();
    sizes_and_code(&mut report, &root().join("dist"))?;
    println!("{report}");
    Ok(())
}

/// The shipped files' sizes, then the wasm's code-size profile.
fn sizes_and_code(report: &mut String, dist: &Path) -> Result<Sizes, String> {
    let sizes = sizes_section(report, dist)?;
    let shipped_wasm = list_files(dist)?
        .into_iter()
        .find(|p| {
            p.extension().is_some_and(|e| e == "wasm")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("isesaki_kpi."))
        })
        .ok_or("dist/ has no wasm")?;
    crate::code_size::section(
        report,
        &root().join("target/web/isesaki_kpi_bg.wasm"),
        &shipped_wasm,
    )?;
    Ok(sizes)
}

fn size(path: &Path) -> u64 {
    fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// Brotli bytes of the shipped sets the budgets are about.
#[derive(Clone, Copy, Default)]
struct Sizes {
    first_paint: u64,
    app_live: u64,
    largest_wasm: u64,
}

fn sizes_section(report: &mut String, dist: &Path) -> Result<Sizes, String> {
    let mut files = list_files(dist)?;
    files.retain(|p| !p.extension().is_some_and(|e| e == "br" || e == "gz"));
    files.sort();
    writeln!(report, "## Shipped files\n\nThe first paint needs only `index.html` (which holds the pre-rendered overview and \
        cards) and the stylesheet; the app's glue and main wasm module download from the first moment beside it (preloaded, \
        the wasm at low priority), and the boot script starts them once the page has painted.\n").unwrap();
    writeln!(
        report,
        "| file | raw | gzip | brotli | first paint | app live |\n|---|---:|---:|---:|:-:|:-:|"
    )
    .unwrap();
    let (
        mut first,
        mut total,
        mut first_raw,
        mut total_raw,
        mut live,
        mut live_raw,
        mut largest_wasm,
    ) = (0, 0, 0, 0, 0, 0, 0);
    for file in &files {
        let name = file.strip_prefix(dist).unwrap().display().to_string();
        let raw = size(file);
        let gz = if with_suffix(file, "gz").exists() {
            size(&with_suffix(file, "gz"))
        } else {
            raw
        };
        let br = if with_suffix(file, "br").exists() {
            size(&with_suffix(file, "br"))
        } else {
            raw
        };
        let first_paint = name == "index.html" || name.ends_with(".css");
        // What the running app needs beyond that: everything but ECharts (loaded after the
        // app runs), icons, the manifest, the service worker and the single-file copy.
        let app_live = first_paint || name.starts_with("boot.") || name.starts_with("isesaki_kpi.");
        if first_paint {
            first += br;
            first_raw += raw;
        }
        if app_live {
            live += br;
            live_raw += raw;
        }
        if !name.contains("single") {
            total += br;
            total_raw += raw;
        }
        if name.ends_with(".wasm") {
            largest_wasm = largest_wasm.max(br);
        }
        let mark = |yes: bool| if yes { "yes" } else { "" };
        writeln!(
            report,
            "| {name} | {} | {} | {} | {} | {} |",
            kb(raw),
            kb(gz),
            kb(br),
            mark(first_paint),
            mark(app_live)
        )
        .unwrap();
    }
    writeln!(
        report,
        "| **first paint (HTML with the first screen, CSS)** | {} | | **{}** | | |",
        kb(first_raw),
        kb(first)
    )
    .unwrap();
    writeln!(
        report,
        "| **app live (+ boot, glue, wasm)** | {} | | **{}** | | |",
        kb(live_raw),
        kb(live)
    )
    .unwrap();
    writeln!(
        report,
        "| **total (app, without the single-file copy)** | {} | | **{}** | | |\n",
        kb(total_raw),
        kb(total)
    )
    .unwrap();
    Ok(Sizes {
        first_paint: first,
        app_live: live,
        largest_wasm,
    })
}

#[derive(Clone, Copy, Default)]
struct LighthouseRun {
    performance: f64,
    accessibility: f64,
    best_practices: f64,
    fcp: f64,
    lcp: f64,
    tbt: f64,
    cls: f64,
    /// Lighthouse's measure of this machine's speed at the time of the run.
    benchmark_index: f64,
    /// Main-thread tasks over 50 ms in the run (Lighthouse's `long-tasks` audit): where
    /// the task's work was attributed, its start and its length in ms.
    long_tasks: usize,
    longest_task: f64,
}

fn lighthouse_section(report: &mut String) -> Result<Option<LighthouseRun>, String> {
    let cli = root().join("node_modules/lighthouse/cli/index.js");
    if !cli.exists() {
        writeln!(
            report,
            "## Lighthouse\n\nnot run: `node_modules/lighthouse` missing (run `npm ci`).\n"
        )
        .unwrap();
        return Ok(None);
    }
    let mut runs = Vec::new();
    let mut all_tasks = Vec::new();
    for _ in 0..LIGHTHOUSE_RUNS {
        let output = Command::new("node")
            .arg(&cli)
            .arg(format!("http://127.0.0.1:{PORT_47}/"))
            .args([
                "--output=json",
                "--output-path=stdout",
                "--quiet",
                "--only-categories=performance,accessibility,best-practices",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync",
            ])
            .env("CHROME_PATH", "/usr/bin/chromium")
            .output()
            .map_err(|e| format!("lighthouse: {e}"))?;
        let json: Value = serde_json::from_slice(&output.stdout).map_err(|e| {
            format!(
                "lighthouse output: {e}: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
        let score = |c: &str| json["categories"][c]["score"].as_f64().unwrap_or(0.0) * 100.0;
        let audit = |a: &str| {
            json["audits"][a]["numericValue"]
                .as_f64()
                .unwrap_or(f64::NAN)
        };
        let tasks: Vec<(String, f64, f64)> = json["audits"]["long-tasks"]["details"]["items"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|t| {
                        (
                            t["url"]
                                .as_str()
                                .unwrap_or("")
                                .rsplit('/')
                                .next()
                                .unwrap_or("")
                                .to_string(),
                            t["startTime"].as_f64().unwrap_or(0.0),
                            t["duration"].as_f64().unwrap_or(0.0),
                        )
                    })
                    .filter(|t| t.2 > 50.0)
                    .collect()
            })
            .unwrap_or_default();
        all_tasks.push(tasks.clone());
        runs.push(LighthouseRun {
            long_tasks: tasks.len(),
            longest_task: tasks.iter().map(|t| t.2).fold(0.0, f64::max),
            benchmark_index: json["environment"]["benchmarkIndex"]
                .as_f64()
                .unwrap_or(f64::NAN),
            performance: score("performance"),
            accessibility: score("accessibility"),
            best_practices: score("best-practices"),
            fcp: audit("first-contentful-paint"),
            lcp: audit("largest-contentful-paint"),
            tbt: audit("total-blocking-time"),
            cls: audit("cumulative-layout-shift"),
        });
    }
    let mut order: Vec<usize> = (0..runs.len()).collect();
    order.sort_by(|a, b| {
        runs[*a]
            .performance
            .partial_cmp(&runs[*b].performance)
            .unwrap()
            .then(runs[*b].tbt.partial_cmp(&runs[*a].tbt).unwrap())
    });
    let median_index = order[runs.len() / 2];
    let median = runs[median_index];
    let median_tasks = &all_tasks[median_index];
    writeln!(report, "## Lighthouse (mobile, simulated throttling, median of {LIGHTHOUSE_RUNS} by performance score)\n").unwrap();
    writeln!(
        report,
        "Served by `cargo xtask serve` (precompressed brotli, as a static host would).\n"
    )
    .unwrap();
    writeln!(report, "| performance | accessibility | best practices | FCP | LCP | TBT | CLS |\n|---:|---:|---:|---:|---:|---:|---:|").unwrap();
    writeln!(
        report,
        "| {:.0} | {:.0} | {:.0} | {:.2} s | {:.2} s | {:.0} ms | {:.3} |",
        median.performance,
        median.accessibility,
        median.best_practices,
        median.fcp / 1000.0,
        median.lcp / 1000.0,
        median.tbt,
        median.cls
    )
    .unwrap();
    writeln!(report, "\nEvery run, in order, with the machine's speed as Lighthouse measured it (`benchmarkIndex`; \
        higher is faster) and the main-thread tasks over 50 ms at Lighthouse's 4× CPU slowdown:\n").unwrap();
    writeln!(report, "| run | performance | TBT | benchmarkIndex | tasks > 50 ms | longest |\n|---:|---:|---:|---:|---:|---:|").unwrap();
    for (i, r) in runs.iter().enumerate() {
        writeln!(
            report,
            "| {} | {:.0} | {:.0} ms | {:.0} | {} | {:.0} ms |",
            i + 1,
            r.performance,
            r.tbt,
            r.benchmark_index,
            r.long_tasks,
            r.longest_task
        )
        .unwrap();
    }
    if !median_tasks.is_empty() {
        writeln!(report, "\nThe median run's long tasks (the script their work is attributed to, start, length):\n").unwrap();
        for (url, start, duration) in median_tasks {
            writeln!(
                report,
                "- `{}` at {:.0} ms: {:.0} ms",
                if url.is_empty() { "(page)" } else { url },
                start,
                duration
            )
            .unwrap();
        }
    }
    report.push('\n');
    Ok(Some(median))
}

/// Filter toggle timings as (rows, CPU slowdown, ms).
/// Per measured run (rows, CPU slowdown): the filter toggle and the first opening of edit
/// mode, in ms.
type FilterTimings = Vec<(u64, u64, f64, Option<f64>)>;

fn interactions_section(report: &mut String) -> Result<FilterTimings, String> {
    let mut filter = Vec::new();
    writeln!(
        report,
        "## Interaction timings (Chromium, phone viewport, median of 5)\n"
    )
    .unwrap();
    writeln!(report, "First paint: navigation → first contentful paint (the pre-rendered overview and cards). \
        App live: navigation → the running app has replaced the static copy. Filter toggle and search: \
        the change made at the start of a frame, until that frame is painted (main-thread work; \
        ≤ 16 ms means the next frame shows it). Frame-aligned: the same toggle from just after a painted \
        frame until the next one, which includes waiting for the display's refresh. Open detail: click \
        until its chart has drawn, then the next painted frame. First edit mode: a tap on 編集モード on a \
        fresh load with the HTTP cache off, until its panel (from the staff module, downloaded then) is \
        painted. See `bench/interactions.mjs`.\n").unwrap();
    writeln!(report, "| rows | CPU | wasm fetch + instantiate | first paint | app live | filter toggle | filter toggle, frame-aligned | search | open detail with chart | first edit mode |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|").unwrap();
    for port in [PORT_47, PORT_2000] {
        let output = Command::new("node")
            .arg(root().join("bench/interactions.mjs"))
            .arg(format!("http://127.0.0.1:{port}/"))
            .output()
            .map_err(|e| format!("interactions: {e}"))?;
        let json: Value = serde_json::from_slice(&output.stdout).map_err(|e| {
            format!(
                "interactions output: {e}: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
        for run in json.as_array().cloned().unwrap_or_default() {
            if let (Some(rows), Some(cpu), Some(ms)) = (
                run["rows"].as_u64(),
                run["throttle"].as_u64(),
                run["filter_ms"].as_f64(),
            ) {
                filter.push((rows, cpu, ms, run["edit_mode_ms"].as_f64()));
            }
            let ms = |k: &str| run[k].as_f64().map_or("—".into(), |v| format!("{v:.1} ms"));
            writeln!(
                report,
                "| {} | {}× | {} | {} | {} | {} | {} | {} | {} | {} |",
                run["rows"],
                run["throttle"],
                ms("wasm_instantiate_ms"),
                ms("first_paint_ms"),
                ms("live_ms"),
                ms("filter_ms"),
                ms("filter_aligned_ms"),
                ms("search_ms"),
                ms("detail_ms"),
                ms("edit_mode_ms")
            )
            .unwrap();
        }
    }
    report.push('\n');
    Ok(filter)
}

/// The start-up's main-thread tasks over 50 ms at 4× CPU, from Chromium traces
/// (`bench/startup-trace.mjs`): the run with the median number of them, each task named by
/// what it spent its time on.
fn startup_trace_section(report: &mut String) -> Result<(), String> {
    let output = Command::new("node")
        .arg(root().join("bench/startup-trace.mjs"))
        .arg(format!("http://127.0.0.1:{PORT_47}/"))
        .output()
        .map_err(|e| format!("start-up trace: {e}"))?;
    let runs: Vec<Vec<Value>> = serde_json::from_slice(&output.stdout).map_err(|e| {
        format!(
            "start-up trace output: {e}: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    let mut order: Vec<&Vec<Value>> = runs.iter().collect();
    order.sort_by_key(|r| r.len());
    let Some(median) = order.get(order.len() / 2) else {
        return Ok(());
    };
    writeln!(
        report,
        "## Start-up tasks over 50 ms (Chromium trace, 4× CPU, phone viewport)\n"
    )
    .unwrap();
    writeln!(report, "Loading the page until the app is live and settled, traced {} times (tasks over 50 ms per run: {}); \
        the run with the median count, each task with what it spent its time on. See `bench/startup-trace.mjs`.\n",
        runs.len(), runs.iter().map(|r| r.len().to_string()).collect::<Vec<_>>().join(", ")).unwrap();
    writeln!(
        report,
        "| start | length | spent on | script |\n|---:|---:|---|---|"
    )
    .unwrap();
    for task in median.iter() {
        let mut spent: Vec<(String, f64)> = task["spent"]
            .as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), v.as_f64().unwrap_or(0.0)))
                    .collect()
            })
            .unwrap_or_default();
        spent.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
        let spent = spent
            .iter()
            .filter(|(_, ms)| *ms >= 1.0)
            .map(|(k, ms)| format!("{k} {ms:.0} ms"))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            report,
            "| {:.0} ms | {:.0} ms | {} | {} |",
            task["start_ms"].as_f64().unwrap_or(0.0),
            task["duration_ms"].as_f64().unwrap_or(0.0),
            if spent.is_empty() {
                "(not attributed)".to_string()
            } else {
                spent
            },
            task["script"]
                .as_str()
                .filter(|s| !s.is_empty())
                .map_or(String::new(), |s| format!("`{s}`")),
        )
        .unwrap();
    }
    report.push('\n');
    Ok(())
}

/// A resident's first visit on a slow phone (`bench/slow-phone.mjs`): each run's first
/// paint and app live, and the median run's waterfall. Returns the median app-live time.
fn slow_phone_section(report: &mut String) -> Result<Option<f64>, String> {
    let output = Command::new("node")
        .arg(root().join("bench/slow-phone.mjs"))
        .arg(format!("http://127.0.0.1:{PORT_47}/"))
        .arg(SLOW_PHONE_RUNS.to_string())
        .output()
        .map_err(|e| format!("slow phone: {e}"))?;
    let runs: Vec<Value> = serde_json::from_slice(&output.stdout).map_err(|e| {
        format!(
            "slow phone output: {e}: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    let live = |run: &Value| run["appLive"].as_f64().unwrap_or(f64::MAX);
    let mut order: Vec<&Value> = runs.iter().collect();
    order.sort_by(|a, b| live(a).total_cmp(&live(b)));
    let Some(median) = order.get(order.len() / 2) else {
        return Ok(None);
    };
    writeln!(
        report,
        "## A first visit on a slow phone
"
    )
    .unwrap();
    writeln!(report, "4× CPU slowdown, 1.6 Mbps down / 750 kbps up, 150 ms latency, 390×844, empty cache, no service worker;         {} runs (`bench/slow-phone.mjs`). App live: navigation until the running app has replaced the pre-rendered first screen.
", runs.len()).unwrap();
    writeln!(report, "| run | first paint | app live |\n|---:|---:|---:|").unwrap();
    for (i, run) in runs.iter().enumerate() {
        writeln!(
            report,
            "| {} | {:.0} ms | {:.0} ms |",
            i + 1,
            run["firstPaint"].as_f64().unwrap_or(0.0),
            live(run)
        )
        .unwrap();
    }
    writeln!(report, "\nThe median run's requests (from navigation, ms; bytes on the wire):\n\n| file | start | end | bytes |\n|---|---:|---:|---:|").unwrap();
    for request in median["requests"].as_array().into_iter().flatten() {
        writeln!(
            report,
            "| {} | {} | {} | {} |",
            request["file"].as_str().unwrap_or(""),
            request["start"],
            request["end"],
            request["bytes"]
        )
        .unwrap();
    }
    report.push('\n');
    Ok(Some(live(median)))
}

fn budgets_section(
    report: &mut String,
    sizes: Sizes,
    lighthouse: Option<LighthouseRun>,
    filter: &FilterTimings,
    slow_phone_live: Option<f64>,
) {
    writeln!(
        report,
        "## Budgets\n\n| budget | target | measured | |\n|---|---:|---:|---|"
    )
    .unwrap();
    let verdict = |ok: bool| if ok { "met" } else { "**missed**" };
    for (name, budget, measured) in [
        (
            "first paint set, brotli",
            FIRST_PAINT_BUDGET,
            sizes.first_paint,
        ),
        (
            "citizen's app-live set (HTML, CSS, boot, glue, wasm), brotli",
            APP_LIVE_BUDGET,
            sizes.app_live,
        ),
        (
            "largest wasm module, brotli",
            LARGEST_WASM_BUDGET,
            sizes.largest_wasm,
        ),
    ] {
        let over = if measured > budget {
            format!(" (over by {})", kb(measured - budget))
        } else {
            String::new()
        };
        writeln!(
            report,
            "| {name} | ≤ {} | {}{over} | {} |",
            kb(budget),
            kb(measured),
            verdict(measured <= budget)
        )
        .unwrap();
    }
    if let Some(l) = lighthouse {
        writeln!(
            report,
            "| Lighthouse performance (median of {LIGHTHOUSE_RUNS}) | ≥ 98 | {:.0} | {} |",
            l.performance,
            verdict(l.performance >= 98.0)
        )
        .unwrap();
        writeln!(
            report,
            "| Lighthouse accessibility | 100 | {:.0} | {} |",
            l.accessibility,
            verdict(l.accessibility >= 100.0)
        )
        .unwrap();
        writeln!(
            report,
            "| Total Blocking Time (median run) | ≤ 150 ms | {:.0} ms | {} |",
            l.tbt,
            verdict(l.tbt <= 150.0)
        )
        .unwrap();
        writeln!(
            report,
            "| start-up tasks over 50 ms at 4× CPU (median run) | 0 | {} | {} |",
            l.long_tasks,
            verdict(l.long_tasks == 0)
        )
        .unwrap();
    }
    if let Some(ms) = slow_phone_live {
        writeln!(
            report,
            "| app live on a slow phone (median of {SLOW_PHONE_RUNS}) | ≤ {:.1} s | {:.2} s{} | {} |",
            SLOW_PHONE_LIVE_BUDGET_MS / 1000.0,
            ms / 1000.0,
            if ms > SLOW_PHONE_LIVE_BUDGET_MS {
                format!(" (over by {:.2} s)", (ms - SLOW_PHONE_LIVE_BUDGET_MS) / 1000.0)
            } else {
                String::new()
            },
            verdict(ms <= SLOW_PHONE_LIVE_BUDGET_MS)
        )
        .unwrap();
    }
    for (rows, cpu, budget) in [(47, 4, 16.0), (SYNTHETIC_ROWS as u64, 4, 30.0)] {
        if let Some((_, _, ms, _)) = filter.iter().find(|(r, c, _, _)| *r == rows && *c == cpu) {
            writeln!(report, "| filter → next paint, {rows} rows, {cpu}× CPU | ≤ {budget:.0} ms | {ms:.1} ms | {} |", verdict(*ms <= budget)).unwrap();
        }
    }
    if let Some(ms) = filter
        .iter()
        .find(|(r, c, _, _)| *r == 47 && *c == 4)
        .and_then(|t| t.3)
    {
        writeln!(report, "| opening edit mode the first time, 4× CPU, with its download | ≤ 300 ms | {ms:.1} ms | {} |", verdict(ms <= 300.0)).unwrap();
    }
}
