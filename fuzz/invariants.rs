//! The properties the fuzz targets check, shared with `tests/fuzz_regressions.rs`, which
//! runs every kept crasher and seed through them on the stable toolchain.
//!
//! Each function panics when its property fails: that is what libFuzzer records as a
//! crash.

#![allow(dead_code)]

use tsuchi::{InputFormat, Options};

/// The reader a fuzz input asks for: its first byte picks one, the rest is the file.
pub fn split(data: &[u8]) -> (InputFormat, &[u8]) {
    let formats = [InputFormat::Auto, InputFormat::Text, InputFormat::Pdf, InputFormat::Html, InputFormat::Eml];
    match data.split_first() {
        Some((b, rest)) => (formats[usize::from(*b) % formats.len()], rest),
        None => (InputFormat::Auto, data),
    }
}

/// Bytes → notice with any reader never panics (errors are values).
pub fn bytes_to_notice(data: &[u8]) {
    let (format, bytes) = split(data);
    let options = Options { input_format: format, ..Options::default() };
    let _ = tsuchi::extract_bytes("fuzz.txt", bytes, &options);
}

/// Every reader alone never panics, and reports an error rather than an empty success
/// for a file it refuses.
pub fn readers(data: &[u8]) {
    let (format, bytes) = split(data);
    for ext in [None, Some("pdf"), Some("html"), Some("eml"), Some("txt")] {
        let _ = tsuchi::ingest::ingest(bytes, ext, format, &tsuchi::EncodingChoice::Auto);
    }
}

/// Text input: every mention's line and column point at its text in the decoded source
/// (all of it, or up to the end of that line when it continues on a later one), and the
/// JSON of the notice validates against the schema.
pub fn provenance(data: &[u8]) {
    let options = Options { input_format: InputFormat::Text, ..Options::default() };
    let Ok(decoded) = tsuchi::decode::decode(data, &options.encoding) else { return };
    let Ok(notice) = tsuchi::extract_bytes("fuzz.txt", data, &options) else { return };
    let lines: Vec<&str> = decoded.text.split('\n').collect();
    let mut mentions: Vec<&tsuchi::model::Mention> = Vec::new();
    mentions.extend(notice.outages.iter().flat_map(|o| &o.mentions));
    mentions.extend(notice.contacts.iter().flat_map(|c| &c.mentions));
    mentions.extend(notice.urls.iter().flat_map(|u| &u.mentions));
    mentions.extend(notice.systems.iter().flat_map(|s| &s.mentions));
    mentions.extend(notice.prefectures.iter().flat_map(|p| &p.mentions));
    for m in mentions {
        let line =
            lines.get(m.line.saturating_sub(1) as usize).unwrap_or_else(|| panic!("mention {m:?} past the last line"));
        let rest: Vec<char> = line.chars().skip(m.column.saturating_sub(1) as usize).collect();
        let text: Vec<char> = m.text.chars().collect();
        let common = rest.iter().zip(&text).take_while(|(a, b)| a == b).count();
        let to_line_end = rest.iter().skip(common).all(|c| c.is_whitespace());
        assert!(
            common >= 1 && (common == text.len() || to_line_end),
            "mention {m:?} does not point at its text: line {} is {line:?}",
            m.line
        );
    }
    let value = serde_json::to_value(&notice).expect("a notice serialises");
    let errors = tsuchi::validate::schema_errors(&value);
    assert!(errors.is_empty(), "schema errors: {errors:?}");
}

/// The calendar of a notice: CRLF line ends, lines folded at 75 octets (continuations
/// start with a space), balanced BEGIN/END, one VEVENT per window.
pub fn ics(data: &[u8]) {
    let (format, bytes) = split(data);
    let options = Options { input_format: format, ..Options::default() };
    let Ok(notice) = tsuchi::extract_bytes("fuzz.txt", bytes, &options) else { return };
    let cal = tsuchi::emit::ics::calendar(std::slice::from_ref(&notice));
    assert!(cal.ends_with("\r\n"), "ends with CRLF");
    let body = &cal[..cal.len() - 2];
    let mut depth: Vec<&str> = Vec::new();
    let mut events = 0;
    for line in body.split("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "bare line end in {line:?}");
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        if let Some(name) = line.strip_prefix("BEGIN:") {
            depth.push(name);
            events += usize::from(name == "VEVENT");
        } else if let Some(name) = line.strip_prefix("END:") {
            assert_eq!(depth.pop(), Some(name), "unbalanced END:{name}");
        }
    }
    assert!(depth.is_empty(), "unclosed {depth:?}");
    assert_eq!(events, notice.outages.len(), "one VEVENT per window");
}

/// The normalisation map: every char boundary of the normalised text maps into the
/// original, at a char boundary, on a line that exists, monotonically.
pub fn normalize_map(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let n = tsuchi::normalize::normalize(s);
    let lines = s.split('\n').count() as u32;
    let text = n.text();
    let mut last = 0;
    for i in text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())) {
        let o = n.origin_of(i);
        assert!(o <= s.len() && s.is_char_boundary(o), "offset {i} maps to {o}, not a boundary of the original");
        assert!(o >= last, "the map goes backwards at {i}: {o} < {last}");
        last = o;
        let p = n.locate(i);
        assert!(p.line >= 1 && p.line <= lines && p.column >= 1, "offset {i}: {p:?} outside {lines} lines");
    }
}
