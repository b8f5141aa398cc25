//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The corpus notices (`corpus/*.txt`), sorted.
pub fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no notices in corpus/");
    out
}

/// The name a corpus notice is recorded under (as `tsuchi extract corpus/NAME.txt` prints it).
pub fn source_name(path: &Path) -> String {
    format!("corpus/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or_default())
}

/// Extract a corpus notice as the CLI would.
pub fn extract(path: &Path) -> tsuchi::Notice {
    let bytes = std::fs::read(path).expect("readable corpus file");
    tsuchi::extract_bytes(&source_name(path), &bytes, &tsuchi::Options::default()).expect("corpus notices decode")
}
