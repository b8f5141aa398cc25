use std::time::Instant;
use unicode_normalization::UnicodeNormalization;
fn main() {
    let mut files = Vec::new();
    for d in ["corpus", "corpus/synthetic"] {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                files.push(std::fs::read(e.path()).unwrap());
            }
        }
    }
    let total: usize = files.iter().map(|f| f.len()).sum();
    let run = |f: &dyn Fn(&[u8])| {
        let t = Instant::now();
        for _ in 0..20 {
            for b in &files {
                f(b)
            }
        }
        t.elapsed().as_secs_f64() / 20.0
    };
    let floor = run(&|b| {
        let d = tsuchi::decode::decode(b, &Default::default()).unwrap();
        std::hint::black_box(d.text.nfkc().collect::<String>());
    });
    let _ = tsuchi::extract_bytes("x", &files[0], &Default::default());
    let full = run(&|b| {
        std::hint::black_box(tsuchi::extract_bytes("x", b, &Default::default()).ok());
    });
    println!(
        "bytes {total} floor {:.2}ms ({:.1} MB/s) extract {:.2}ms ({:.1} MB/s) ratio {:.1}",
        floor * 1e3,
        total as f64 / floor / 1e6,
        full * 1e3,
        total as f64 / full / 1e6,
        full / floor
    );
}
