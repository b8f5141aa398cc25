//! The targets of issue 8, measured as ratios within one run so a shared, noisy machine
//! moves both sides of each ratio together. Times are this thread's CPU time (or the child's
//! process time), each the best of several rounds, which is the least noisy estimate of
//! what the code costs.

use std::process::Command;
use std::time::Duration;

/// Extraction over the corpus against a bare decode + NFKC pass over the same bytes.
pub const FLOOR_RATIO: f64 = 5.0;
/// Per-byte time of one 2 MB line against the same text in its lines.
pub const LONG_LINE_RATIO: f64 = 2.0;
/// 10,000 items on one line against 1,000 (10 is linear; this allows for noise).
pub const LINEAR_RATIO: f64 = 13.0;
/// 16 copies of the corpus in one file against 2 copies (8 is linear; this allows for
/// noise and for the larger file's cache misses).
pub const MANY_NOTICES_RATIO: f64 = 10.0;
/// Peak heap of one extraction against the file's size.
pub const MEMORY_RATIO: f64 = 5.0;
/// Process time of `tsuchi extract` on a 100-byte notice.
pub const SMALL_NOTICE: Duration = Duration::from_millis(3);

/// CPU time this thread has used.
pub fn thread_cpu() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to write.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// User + system time of the children waited for so far.
fn children_cpu() -> Duration {
    // SAFETY: an all-zero rusage is valid, and getrusage only writes it.
    let mut r: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut r) };
    let us = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(us(r.ru_utime) + us(r.ru_stime))
}

/// Best of `rounds` CPU times of `f`.
pub fn best(rounds: usize, mut f: impl FnMut()) -> Duration {
    (0..rounds)
        .map(|_| {
            let t = thread_cpu();
            f();
            thread_cpu() - t
        })
        .min()
        .unwrap_or_default()
}

fn extract(bytes: &[u8]) {
    std::hint::black_box(tsuchi::extract_bytes("bench", bytes, &tsuchi::Options::default()).ok());
}

/// Every text notice of the corpus, and the same text as one string.
pub fn corpus_text(root: &std::path::Path) -> (Vec<Vec<u8>>, String) {
    let files = super::corpus::corpus_files(root);
    let text = files.iter().map(|f| String::from_utf8_lossy(f)).collect::<Vec<_>>().join("\n");
    (files, text)
}

/// Extraction against the floor, interleaved round by round.
fn floor_ratio(files: &[Vec<u8>]) -> f64 {
    use unicode_normalization::UnicodeNormalization;
    let floor = || {
        for b in files {
            if let Ok(d) = tsuchi::decode::decode(b, &Default::default()) {
                std::hint::black_box(d.text.nfkc().collect::<String>());
            }
        }
    };
    let full = || files.iter().for_each(|b| extract(b));
    full();
    let (mut f, mut e) = (Duration::MAX, Duration::MAX);
    for _ in 0..15 {
        f = f.min(best(1, floor));
        e = e.min(best(1, full));
    }
    let ratio = e.as_secs_f64() / f.as_secs_f64();
    println!("corpus: floor {:.2} ms, extraction {:.2} ms: {ratio:.2} times (target ≤ {FLOOR_RATIO})", ms(f), ms(e));
    ratio
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// `text` repeated to at least `size` bytes.
fn grown(text: &str, size: usize) -> String {
    let mut big = String::with_capacity(size + text.len());
    while big.len() < size {
        big.push_str(text);
        big.push('\n');
    }
    big
}

/// Extraction of `large` against `small` (each the best of its rounds): both times and their
/// ratio.
fn extraction_ratio(small: &str, small_rounds: usize, large: &str, large_rounds: usize) -> (Duration, Duration, f64) {
    let s = best(small_rounds, || extract(small.as_bytes()));
    let l = best(large_rounds, || extract(large.as_bytes()));
    (s, l, l.as_secs_f64() / s.as_secs_f64())
}

/// One 2 MB line against the same bytes in lines, per byte.
fn long_line_ratio(text: &str) -> f64 {
    let lines = grown(text, 2 << 20);
    let one = lines.replace('\n', " ");
    let (l, o, ratio) = extraction_ratio(&lines, 3, &one, 3);
    println!(
        "2 MB: in lines {:.0} ms, as one line {:.0} ms: {ratio:.2} times per byte (target ≤ {LONG_LINE_RATIO})",
        ms(l),
        ms(o)
    );
    ratio
}

/// 10,000 copies of `item` on one line against 1,000.
fn linear_ratio(name: &str, item: &str) -> f64 {
    let small = item.repeat(1000);
    let large = item.repeat(10_000);
    let (s, l, ratio) = extraction_ratio(&small, 5, &large, 3);
    println!(
        "{name} on one line: 1,000 {:.1} ms, 10,000 {:.1} ms: {ratio:.1} times (linear is 10, target ≤ {LINEAR_RATIO})",
        ms(s),
        ms(l)
    );
    ratio
}

/// One file holding the corpus 16 times against one holding it twice: a file of many
/// documents (a forward of a whole year's circulars) must cost the sum of its documents,
/// so nothing may compare each window or table cell with every other one in the file.
fn many_notices_ratio(text: &str) -> f64 {
    let copies = |n: usize| (0..n).map(|_| text).collect::<Vec<_>>().join("\n");
    let (small, large) = (copies(2), copies(16));
    let (s, l, ratio) = extraction_ratio(&small, 3, &large, 2);
    println!(
        "many notices in one file: 2 copies {:.0} ms, 16 copies {:.0} ms: {ratio:.1} times (linear is 8, target ≤ {MANY_NOTICES_RATIO})",
        ms(s),
        ms(l)
    );
    ratio
}

/// Peak heap of one extraction of a 2 MB notice against its size.
fn memory_ratio(text: &str, peak_of: impl Fn(&dyn Fn()) -> usize) -> f64 {
    let big = grown(text, 2 << 20);
    let peak = peak_of(&|| extract(big.as_bytes()));
    let ratio = peak as f64 / big.len() as f64;
    println!("2 MB notice: peak heap {:.1} MB, {ratio:.2} times its size (target ≤ {MEMORY_RATIO})", peak as f64 / 1e6);
    ratio
}

/// Median process time of `tsuchi extract` on a 100-byte notice.
fn small_notice() -> Option<Duration> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("small.txt");
    let notice = "オンライン資格確認等システム 令和8年5月24日(日)2:00~3:00 停止\n";
    std::fs::write(&path, notice).ok()?;
    let mut times = Vec::new();
    for _ in 0..21 {
        let before = children_cpu();
        let status = Command::new(env!("CARGO_BIN_EXE_tsuchi")).arg("extract").arg(&path).output().ok()?.status;
        if !status.success() {
            return None;
        }
        times.push(children_cpu() - before);
    }
    times.sort();
    let t = times[times.len() / 2];
    println!(
        "{}-byte notice: tsuchi extract {:.2} ms of process time (target < {:?})",
        notice.len(),
        ms(t),
        SMALL_NOTICE
    );
    Some(t)
}

/// Runs every measurement and adds each missed target to `missed`.
pub fn run(root: &std::path::Path, peak_of: impl Fn(&dyn Fn()) -> usize, missed: &mut Vec<String>) {
    println!("\ntargets (ratios within this run; CPU time, best of several rounds)");
    let (files, text) = corpus_text(root);
    let mut check = |what: &str, value: f64, target: f64| {
        if value > target {
            missed.push(format!("{what}: {value:.2} over {target}"));
        }
    };
    check("extraction against the floor", floor_ratio(&files), FLOOR_RATIO);
    check("one long line per byte", long_line_ratio(&text), LONG_LINE_RATIO);
    check("10,000 links", linear_ratio("links", "https://example.jp/a/b?id=KB0012345 "), LINEAR_RATIO);
    check("10,000 phone numbers", linear_ratio("phone numbers", "TEL 03-1234-5678 "), LINEAR_RATIO);
    check("16 copies of the corpus in one file", many_notices_ratio(&text), MANY_NOTICES_RATIO);
    check("peak heap against size", memory_ratio(&text, peak_of), MEMORY_RATIO);
    match small_notice() {
        Some(t) if t >= SMALL_NOTICE => missed.push(format!("small notice: {t:?} over {SMALL_NOTICE:?}")),
        Some(_) => {}
        None => missed.push("small notice: tsuchi extract failed".into()),
    }
}
