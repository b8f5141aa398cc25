//! The text notices the extraction/floor ratio is measured on, shared by the bench
//! (`targets.rs`) and `examples/floor_ratio.rs` (the same ratio in instructions), so the two
//! always measure the same files.

/// Every text notice of `corpus/` and `corpus/synthetic/`, in path order.
pub fn corpus_files(root: &std::path::Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<_> = ["corpus", "corpus/synthetic"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d)).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}
