fn main() {
    let paths: Vec<_> = std::env::args().skip(1).collect();
    let files: Vec<(String, Vec<u8>)> = paths.iter().map(|p| (p.clone(), std::fs::read(p).unwrap())).collect();
    let n: usize = std::env::var("ITER").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    for _ in 0..n {
        for (p, b) in &files {
            std::hint::black_box(tsuchi::extract_bytes(p, b, &Default::default()).ok());
        }
    }
}
