//! Instructions of extraction against the bench's floor (a bare decode + NFKC pass over the
//! same bytes), for `valgrind --tool=callgrind`, which counts instructions where the bench
//! counts CPU time (a stable proxy on a shared machine):
//!
//! ```sh
//! cargo build --release --example floor_ratio
//! for m in floor extract; do
//!   valgrind --tool=callgrind --toggle-collect='floor_ratio::measured' --callgrind-out-file=/tmp/cg.$m \
//!     target/release/examples/floor_ratio $m 2>&1 | grep refs
//! done
//! ```
//!
//! Each mode reads every text notice of `corpus/` and `corpus/synthetic/` (as the bench's
//! floor ratio does), runs once unmeasured (statics built, automata grown as in the bench's
//! warm loop), then `rounds()` times inside `measured`.

#[path = "../benches/pipeline/corpus.rs"]
mod corpus;

use unicode_normalization::UnicodeNormalization;

/// Rounds inside `measured`; `FLOOR_ROUNDS=300` gives `perf record` enough samples.
fn rounds() -> usize {
    std::env::var("FLOOR_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(3)
}

fn floor(files: &[Vec<u8>]) {
    for b in files {
        if let Ok(d) = tsuchi::decode::decode(b, &Default::default()) {
            std::hint::black_box(d.text.nfkc().collect::<String>());
        }
    }
}

fn extract(files: &[Vec<u8>]) {
    for b in files {
        std::hint::black_box(tsuchi::extract_bytes("bench", b, &tsuchi::Options::default()).ok());
    }
}

#[inline(never)]
fn measured(f: fn(&[Vec<u8>]), files: &[Vec<u8>]) {
    for _ in 0..rounds() {
        f(files);
    }
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = corpus::corpus_files(root);
    let f: fn(&[Vec<u8>]) = match std::env::args().nth(1).as_deref() {
        Some("floor") => floor,
        Some("extract") => extract,
        _ => {
            eprintln!("usage: floor_ratio floor|extract");
            std::process::exit(2);
        }
    };
    // warm: statics built; for extraction, run as often as the bench's loop before it
    // measures, so the matchers have grown to the automata the bench searches with
    for _ in 0..8 {
        f(&files);
    }
    measured(f, &files);
}
