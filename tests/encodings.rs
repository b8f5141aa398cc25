//! The same notice saved as Shift_JIS, EUC-JP, ISO-2022-JP and UTF-16 gives the same
//! output but for `source`.

mod common;

fn without_source(mut n: tsuchi::Notice) -> tsuchi::Notice {
    n.source = tsuchi::model::Source::default();
    n
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut out = if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        let b = if little { u.to_le_bytes() } else { u.to_be_bytes() };
        out.extend_from_slice(&b);
    }
    out
}

#[test]
fn every_encoding_gives_the_same_notice() {
    let opts = tsuchi::Options::default();
    for path in common::corpus() {
        let text = std::fs::read_to_string(&path).expect("utf-8 corpus");
        let reference = without_source(tsuchi::extract_bytes("x", text.as_bytes(), &opts).expect("utf-8"));
        let mut variants: Vec<(&str, Vec<u8>)> = Vec::new();
        // The real seeds must be representable in every legacy encoding; a synthetic notice
        // may use a character one of them lacks (〜 U+301C has no Shift_JIS form in the
        // WHATWG table), and that pair is skipped with a note.
        let seed = path.parent().is_some_and(|p| p.ends_with("corpus"));
        for enc in [encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP, encoding_rs::ISO_2022_JP] {
            let (bytes, _, unmappable) = enc.encode(&text);
            if unmappable {
                assert!(!seed, "{}: not representable in {}", path.display(), enc.name());
                eprintln!("{}: skipped {}: not representable", path.display(), enc.name());
                continue;
            }
            variants.push((enc.name(), bytes.into_owned()));
        }
        variants.push(("UTF-16LE", utf16(&text, true)));
        variants.push(("UTF-16BE", utf16(&text, false)));
        let crlf = text.replace('\n', "\r\n");
        variants.push(("UTF-8 CRLF", crlf.into_bytes()));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        variants.push(("UTF-8 BOM", bom));
        for (name, bytes) in variants {
            let n =
                tsuchi::extract_bytes("x", &bytes, &opts).unwrap_or_else(|e| panic!("{}: {name}: {e}", path.display()));
            let want = name.split(' ').next().unwrap_or(name).to_ascii_lowercase();
            assert_eq!(n.source.encoding.as_deref(), Some(want.as_ref()), "{}: detected encoding", path.display());
            assert_eq!(without_source(n), reference, "{}: {name} gives another notice", path.display());
        }
    }
}
