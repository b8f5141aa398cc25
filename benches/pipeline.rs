//! Speed and memory of the whole pipeline, on the corpus notices.
//!
//! `cargo bench` runs this harness (no criterion: a plain loop is enough to watch the
//! targets, and it keeps the dev-dependencies light). It reports, per notice, the median
//! time of one extraction and the peak heap memory it takes, then checks the targets:
//!
//! - **speed**: every notice extracts in under 20 ms (median, release build), so a folder of
//!   a thousand circulars converts in seconds on one core;
//! - **memory**: peak heap during one extraction stays under 64 × the notice's size plus
//!   4 MiB (the normalised text keeps a byte map back to the original, 8 bytes per byte,
//!   and each stage keeps its own view of the text).
//!
//! - **formats**: reading a PDF, an HTML page or an e-mail (the ingest stage alone, and the
//!   whole extraction) is reported per page or per message for the seed renderings, and a
//!   30-page PDF from five producers (`benches/fixtures/thirty_pages.pdf`) reads in under a
//!   second.
//!
//! - **issue 8's targets** (`pipeline/targets.rs`): extraction against a bare decode + NFKC
//!   pass over the same bytes (at most 5 times), one 2 MB line against the same text in
//!   lines (at most 2 times per byte), 10,000 links or phone numbers on one line against
//!   1,000 (linear), peak heap of one 2 MB extraction (at most 5 times its size), and the
//!   process time of `tsuchi extract` on a 100-byte notice (under 3 ms). These are ratios
//!   measured in one run, so a loaded machine slows both sides alike.
//!
//! It exits 1 when a target is missed.

#[path = "pipeline/targets.rs"]
mod targets;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Peak heap, above what was allocated before, while `f` runs.
fn peak_of(f: &dyn Fn()) -> usize {
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed).saturating_sub(base)
}

const TIME_TARGET: Duration = Duration::from_millis(20);
const THIRTY_PAGES_TARGET: Duration = Duration::from_secs(1);

/// Median of `f` over at least 5 runs (or 2 s).
fn median(mut f: impl FnMut()) -> Duration {
    f();
    let mut times = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(2);
    while times.len() < 5 || (Instant::now() < deadline && times.len() < 200) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

/// Reading each format: per page (PDF) or per message/page (e-mail, HTML).
fn formats(missed: &mut Vec<String>) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<std::path::PathBuf> = ["pdf", "html", "eml"]
        .iter()
        .flat_map(|f| std::fs::read_dir(root.join("corpus/formats/seeds").join(f)).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x != "yaml"))
        .collect();
    files.sort();
    files.push(root.join("benches/fixtures/thirty_pages.pdf"));
    println!();
    println!("{:<40} {:>6} {:>10} {:>10} {:>12}", "rendering", "pages", "read", "extract", "read/page");
    for path in &files {
        let bytes = std::fs::read(path).expect("readable");
        let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_string);
        let read = || tsuchi::ingest::ingest(&bytes, ext.as_deref(), tsuchi::InputFormat::Auto, &Default::default());
        let Ok(first) = read() else {
            missed.push(format!("{name}: cannot be read"));
            continue;
        };
        let pages = first.pages.unwrap_or(1).max(1);
        let t_read = median(|| {
            std::hint::black_box(read().ok());
        });
        let t_all = median(|| {
            std::hint::black_box(tsuchi::extract_bytes(&name, &bytes, &tsuchi::Options::default()).ok());
        });
        println!(
            "{:<40} {pages:>6} {:>8.2}ms {:>8.2}ms {:>10.2}ms",
            name.trim_start_matches("corpus/formats/seeds/"),
            t_read.as_secs_f64() * 1e3,
            t_all.as_secs_f64() * 1e3,
            t_read.as_secs_f64() * 1e3 / f64::from(pages)
        );
        if name.ends_with("thirty_pages.pdf") && t_all > THIRTY_PAGES_TARGET {
            missed.push(format!("{name}: {t_all:?} over {THIRTY_PAGES_TARGET:?}"));
        }
    }
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&root)
        .expect("corpus/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let options = tsuchi::Options::default();
    let mut missed = Vec::new();
    println!("{:<32} {:>8} {:>10} {:>12} {:>10}", "notice", "bytes", "median", "peak heap", "MB/s");
    for path in &paths {
        let bytes = std::fs::read(path).expect("readable");
        // warm up
        let _ = tsuchi::extract_bytes("bench", &bytes, &options);
        let mut times = Vec::new();
        let deadline = Instant::now() + Duration::from_millis(500);
        while times.len() < 20 || (Instant::now() < deadline && times.len() < 1000) {
            let t = Instant::now();
            let n = tsuchi::extract_bytes("bench", &bytes, &options);
            times.push(t.elapsed());
            std::hint::black_box(n.ok());
        }
        times.sort();
        let median = times[times.len() / 2];
        let base = CURRENT.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let n = tsuchi::extract_bytes("bench", &bytes, &options);
        let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
        drop(n);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let mbps = bytes.len() as f64 / median.as_secs_f64() / 1e6;
        println!(
            "{name:<32} {:>8} {:>8.2}ms {:>10}KiB {mbps:>10.1}",
            bytes.len(),
            median.as_secs_f64() * 1e3,
            peak / 1024
        );
        if median > TIME_TARGET {
            missed.push(format!("{name}: median {median:?} over {TIME_TARGET:?}"));
        }
        let memory_target = 64 * bytes.len() + 4 * 1024 * 1024;
        if peak > memory_target {
            missed.push(format!("{name}: peak heap {peak} B over {memory_target} B"));
        }
    }
    formats(&mut missed);
    targets::run(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), peak_of, &mut missed);
    if !missed.is_empty() {
        eprintln!("targets missed:\n{}", missed.join("\n"));
        std::process::exit(1);
    }
    println!("all targets met");
}
