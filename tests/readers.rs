//! The readers never panic and never hang, whatever the bytes: random input, and real files
//! damaged at random (bytes flipped, cut short, repeated), as a mutation fuzzer would try.

mod common;

use proptest::prelude::*;
use tsuchi::InputFormat;

fn read_as(bytes: &[u8], format: InputFormat) {
    let options = tsuchi::Options { input_format: format, ..Default::default() };
    if let Ok(n) = tsuchi::extract_bytes("fuzz", bytes, &options) {
        for m in n.outages.iter().flat_map(|o| &o.mentions) {
            assert!(m.line >= 1 && m.column >= 1);
        }
    }
}

fn formats() -> [InputFormat; 4] {
    [InputFormat::Pdf, InputFormat::Html, InputFormat::Eml, InputFormat::Auto]
}

/// A real file of each format, to damage.
fn samples() -> Vec<Vec<u8>> {
    ["seeds/pdf/003_b44a9dc4c443d513.pdf", "seeds/html/002_1d2f8fff1373c4f6.html", "seeds/eml/001_782547caf5a8f269.eml"]
        .iter()
        .map(|f| std::fs::read(common::formats_file(f)).expect("readable"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        for f in formats() {
            read_as(&bytes, f);
        }
    }

    #[test]
    fn markup_alphabet_never_panics(s in "[<>/a-z =\"'&;#!\\-\\n令和7年月日:~|\\r\\t]{0,400}") {
        read_as(s.as_bytes(), InputFormat::Html);
        read_as(s.as_bytes(), InputFormat::Eml);
    }

    #[test]
    fn damaged_files_never_panic(which in 0usize..3, flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12), cut in any::<prop::sample::Index>()) {
        let mut bytes = samples().swap_remove(which);
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        for f in formats() {
            read_as(&bytes, f);
        }
        bytes.truncate(cut.index(bytes.len()));
        for f in formats() {
            read_as(&bytes, f);
        }
    }
}

#[test]
fn deep_nesting_and_long_lines_are_bounded() {
    let deep = format!("<html><body><main>{}令和7年1月30日</main></body></html>", "<div><span>".repeat(50_000));
    read_as(deep.as_bytes(), InputFormat::Html);
    let long = format!("<main><p>{}</p></main>", "令和7年1月30日（木）2:00～3:00、".repeat(20_000));
    read_as(long.as_bytes(), InputFormat::Html);
    let parts: String = (0..2000).map(|i| format!("--b\r\nContent-Type: text/plain\r\n\r\n本文{i}\r\n")).collect();
    let mail = format!("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n{parts}--b--\r\n");
    read_as(mail.as_bytes(), InputFormat::Eml);
}
