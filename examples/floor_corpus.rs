use unicode_normalization::UnicodeNormalization;
fn main() {
    let files: Vec<Vec<u8>> = std::env::args().skip(1).map(|p| std::fs::read(p).unwrap()).collect();
    let n: usize = std::env::var("ITER").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    for _ in 0..n {
        for b in &files {
            let d = tsuchi::decode::decode(b, &Default::default()).unwrap();
            std::hint::black_box(d.text.nfkc().collect::<String>());
        }
    }
}
