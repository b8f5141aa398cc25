//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("readable corpus directory").flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// The corpus notices (`corpus/**/*.txt`: the real seeds and `corpus/synthetic/`), sorted.
pub fn corpus() -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(&root().join("corpus"), &mut out);
    out.sort();
    assert!(!out.is_empty(), "no notices in corpus/");
    out
}

/// The name a corpus notice is recorded under (as `tsuchi extract corpus/NAME.txt`, run
/// from the project root, prints it).
pub fn source_name(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

/// Extract a corpus notice as the CLI would.
pub fn extract(path: &Path) -> tsuchi::Notice {
    let bytes = std::fs::read(path).expect("readable corpus file");
    tsuchi::extract_bytes(&source_name(path), &bytes, &tsuchi::Options::default()).expect("corpus notices decode")
}
