//! dev: per-byte time of ordinary text vs a single long line, 1k vs 10k URLs/phones
use std::time::Instant;
fn time(b: &[u8]) -> f64 {
    let t = Instant::now();
    std::hint::black_box(tsuchi::extract_bytes("x", b, &Default::default()).ok());
    t.elapsed().as_secs_f64()
}
fn main() {
    let mut text = String::new();
    for d in ["corpus", "corpus/synthetic"] {
        let mut ps: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        ps.sort();
        for p in ps {
            text.push_str(&std::fs::read_to_string(p).unwrap());
            text.push('\n');
        }
    }
    let mb: usize = std::env::var("MB").ok().and_then(|v| v.parse().ok()).unwrap_or(2);
    let mut big = String::new();
    while big.len() < mb << 20 {
        big.push_str(&text);
    }
    let one = big.replace('\n', " ");
    let _ = time(text.as_bytes());
    let t_lines = time(big.as_bytes());
    println!("{} MB lines: {:.3}s ({:.2} MB/s)", big.len() >> 20, t_lines, big.len() as f64 / t_lines / 1e6);
    let which = std::env::args().nth(1).unwrap_or_default();
    if which.is_empty() || which == "line" {
        let t_one = time(one.as_bytes());
        println!("one line: {:.3}s ({:.2} MB/s) ratio {:.2}", t_one, one.len() as f64 / t_one / 1e6, t_one / t_lines);
    }
    for (name, item) in [
        ("urls", "https://example.jp/a/b?id=KB0012345 "),
        ("phones", "TEL 03-1234-5678 "),
        ("dates", "令和8年5月24日(日)2:00~3:00 "),
        ("prefs", "東京都、"),
        ("hours", "平日9:00~17:00、"),
    ] {
        if !which.is_empty() && which != name {
            continue;
        }
        let small: String = std::iter::repeat(item).take(1000).collect();
        let large: String = std::iter::repeat(item).take(10000).collect();
        let (a, b) = (time(small.as_bytes()), time(large.as_bytes()));
        println!("{name}: 1k {:.4}s 10k {:.4}s  ratio {:.1} (linear 10)", a, b, b / a);
    }
}
