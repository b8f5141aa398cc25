//! The fuzz targets' properties (`fuzz/invariants.rs`) on the stable toolchain: over every
//! crasher kept in `fuzz/regressions/` and over the corpus, so a fixed crash stays fixed
//! and the properties hold on real notices.

#[path = "../fuzz/invariants.rs"]
mod invariants;

mod common;

use std::path::Path;

type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 5] = [
    ("bytes_to_notice", invariants::bytes_to_notice),
    ("provenance", invariants::provenance),
    ("ics", invariants::ics),
    ("normalize_map", invariants::normalize_map),
    ("readers", invariants::readers),
];

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    out.sort();
    out
}

#[test]
fn kept_crashers_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut n = 0;
    for (target, check) in TARGETS {
        for f in files(&root.join(target)) {
            let bytes = std::fs::read(&f).expect("readable crasher");
            check(&bytes);
            n += 1;
        }
    }
    eprintln!("{n} kept crashers replayed");
}

#[test]
fn properties_hold_on_the_corpus() {
    let mut inputs = common::corpus();
    inputs.extend(common::renderings());
    for path in inputs {
        let bytes = std::fs::read(&path).expect("readable");
        let mut tagged = vec![0u8];
        tagged.extend_from_slice(&bytes);
        for (name, check) in TARGETS {
            let data = if matches!(name, "provenance" | "normalize_map") { &bytes[..] } else { &tagged[..] };
            if std::panic::catch_unwind(|| check(data)).is_err() {
                panic!("{name} fails on {}", path.display());
            }
        }
    }
}
