//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn texts_in(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("readable corpus directory").flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// The text corpus notices with full expected output (`corpus/*.txt`: the real seeds, and
/// `corpus/synthetic/`), sorted. The blind batches (`corpus/blind10/`, `corpus/formats/`)
/// are scored by `.ci/run` with `score.py` instead.
pub fn corpus() -> Vec<PathBuf> {
    let mut out = Vec::new();
    texts_in(&root().join("corpus"), &mut out);
    texts_in(&root().join("corpus/synthetic"), &mut out);
    out.sort();
    assert!(!out.is_empty(), "no notices in corpus/");
    out
}

/// The five seed notices rendered as PDF, HTML and e-mail (`corpus/formats/seeds/`), sorted.
pub fn renderings() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for fmt in ["pdf", "html", "eml"] {
        let dir = root().join("corpus/formats/seeds").join(fmt);
        for e in std::fs::read_dir(&dir).expect("readable renderings directory").flatten() {
            if e.path().extension().is_some_and(|x| x == fmt) {
                out.push(e.path());
            }
        }
    }
    out.sort();
    assert_eq!(out.len(), 15, "five seeds in three formats");
    out
}

/// The text seed a rendering was made from (`corpus/NAME.txt`).
pub fn seed_of(rendering: &Path) -> PathBuf {
    let stem = rendering.file_stem().expect("a file name").to_string_lossy().into_owned();
    root().join("corpus").join(format!("{stem}.txt"))
}

/// A file under `corpus/formats/`.
pub fn formats_file(rel: &str) -> PathBuf {
    root().join("corpus/formats").join(rel)
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
