//! tsuchi in the browser: the library compiled to WebAssembly, behind four functions the
//! page in `web/` calls.
//!
//! Everything is exchanged as text, because the page needs text anyway (the JSON it offers
//! for download must be byte for byte what `tsuchi extract --format json` prints, the
//! calendar is a file), and because one JSON string crosses the boundary in one copy where
//! a tree of JS objects would take thousands of calls. Files arrive as bytes with their name
//! (the extension is a hint to the format detector, as on the command line).
//!
//! Errors are values: a file that cannot be read gives the same error record as a failed
//! line of `--format ndjson` (`{"source":{"name":…},"error":{"kind":…,"message":…}}`); only
//! [`calendar`] and [`json`] throw, and only when what they are given is not notice JSON
//! (a bug in the caller, not a property of a notice).
//!
//! The functions are plain Rust, so they are tested natively (`cargo test -p tsuchi-wasm`);
//! `#[wasm_bindgen]` exports them to JavaScript.

use tsuchi::Notice;
use wasm_bindgen::prelude::*;

/// One file, extracted: the JSON `tsuchi extract --format json NAME` prints for it, or the
/// error record when it cannot be read.
///
/// ```
/// let json = tsuchi_wasm::extract("a.txt".as_bytes(), "a.txt");
/// assert!(json.starts_with("{\n  \"schema_version\""));
/// ```
#[wasm_bindgen]
pub fn extract(bytes: &[u8], name: &str) -> String {
    match tsuchi::extract_bytes(name, bytes, &tsuchi::Options::default()) {
        Ok(notice) => tsuchi::emit::json(&notice).unwrap_or_else(|e| tsuchi::emit::error_record(name, &e)),
        Err(e) => tsuchi::emit::error_record(name, &e),
    }
}

/// One file, read for the page: `{"notice": …, "quotes": […]}`, where `quotes[i]` is the
/// source line `notice.diagnostics[i]` points at (the text file's or HTML source's line, the
/// PDF page's line, the e-mail part's line; null when there is none), or the error record.
///
/// ```
/// let text = "件名\n令和7年2月30日（月）にメンテナンスを行います。\n";
/// let out: serde_json::Value = serde_json::from_str(&tsuchi_wasm::read(text.as_bytes(), "a.txt")).unwrap();
/// let first = &out["notice"]["diagnostics"][0];
/// assert_eq!(first["code"], "invalid-date");
/// assert_eq!(out["quotes"][0], "令和7年2月30日（月）にメンテナンスを行います。");
/// ```
#[wasm_bindgen]
pub fn read(bytes: &[u8], name: &str) -> String {
    let reading = match tsuchi::read(name, bytes, &tsuchi::Options::default()) {
        Ok(r) => r,
        Err(e) => return tsuchi::emit::error_record(name, &e),
    };
    let quotes: Vec<Option<&str>> =
        reading.notice.diagnostics.iter().map(|d| reading.source_line(d.line, d.page, d.part.as_deref())).collect();
    let out = serde_json::json!({ "notice": &reading.notice, "quotes": quotes });
    out.to_string()
}

/// One iCalendar file for notices given as JSON (one notice, or an array of them, as
/// [`extract`] and [`json`] write them): what `tsuchi extract --format ics` prints for the
/// same files.
///
/// ```
/// let notice = tsuchi_wasm::extract("令和7年1月30日\n令和7年2月1日（土）22:00～23:00にメンテナンスを行います。".as_bytes(), "a.txt");
/// let ics = tsuchi_wasm::calendar_of(&notice).unwrap();
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
/// ```
#[wasm_bindgen]
pub fn calendar(notices: &str) -> Result<String, JsError> {
    calendar_of(notices).map_err(|e| JsError::new(&e))
}

/// [`calendar`] with its error as a Rust string (what the native tests call).
pub fn calendar_of(notices: &str) -> Result<String, String> {
    parse(notices).map(|n| tsuchi::emit::ics::calendar(&n))
}

/// Notices given as JSON, written again as `tsuchi extract --format json` prints them: one
/// notice as an object, several as an array.
#[wasm_bindgen]
pub fn json(notices: &str) -> Result<String, JsError> {
    json_of(notices).map_err(|e| JsError::new(&e))
}

/// [`json`] with its error as a Rust string.
///
/// ```
/// let one = tsuchi_wasm::extract("令和7年1月30日".as_bytes(), "a.txt");
/// assert_eq!(tsuchi_wasm::json_of(&one).unwrap(), one);
/// let two = tsuchi_wasm::json_of(&format!("[{one},{one}]")).unwrap();
/// assert!(two.starts_with("[\n  {\n    \"schema_version\""));
/// ```
pub fn json_of(notices: &str) -> Result<String, String> {
    parse(notices).and_then(|n| tsuchi::emit::json_all(&n).map_err(|e| e.to_string()))
}

/// The version of tsuchi inside (`0.1.0`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// One notice or an array of notices.
fn parse(notices: &str) -> Result<Vec<Notice>, String> {
    let value: serde_json::Value = serde_json::from_str(notices).map_err(|e| format!("not JSON: {e}"))?;
    let list = match value {
        serde_json::Value::Array(items) => items,
        one => vec![one],
    };
    list.into_iter()
        .enumerate()
        .map(|(i, v)| serde_json::from_value(v).map_err(|e| format!("notice {}: not a tsuchi notice: {e}", i + 1)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/formats/seeds/pdf/001_782547caf5a8f269.pdf");

    #[test]
    fn extract_is_what_the_library_emits() {
        let bytes = std::fs::read(SEED).expect("the seed PDF");
        let notice = tsuchi::extract_bytes("x.pdf", &bytes, &Default::default()).expect("reads");
        assert_eq!(extract(&bytes, "x.pdf"), tsuchi::emit::json(&notice).expect("json"));
    }

    #[test]
    fn an_unreadable_file_is_an_error_record() {
        let out: serde_json::Value = serde_json::from_str(&read(b"%PDF-1.4\n%%EOF", "broken.pdf")).expect("json");
        assert_eq!(out["source"]["name"], "broken.pdf");
        assert_eq!(out["error"]["kind"], "format");
        assert!(out.get("notice").is_none());
    }

    #[test]
    fn quotes_name_the_pdf_line() {
        let bytes = std::fs::read(SEED).expect("the seed PDF");
        let out: serde_json::Value = serde_json::from_str(&read(&bytes, "x.pdf")).expect("json");
        let diagnostics = out["notice"]["diagnostics"].as_array().expect("diagnostics");
        assert!(!diagnostics.is_empty());
        assert_eq!(out["quotes"].as_array().map(Vec::len), Some(diagnostics.len()));
        assert!(out["quotes"][0].as_str().is_some_and(|q| q.contains("22:00")), "{}", out["quotes"]);
    }

    #[test]
    fn json_and_calendar_refuse_what_is_not_a_notice() {
        assert!(json_of("{").is_err());
        assert!(calendar_of(r#"[{"a": 1}]"#).unwrap_err().starts_with("notice 1:"));
        assert_eq!(calendar_of("[]").map(|c| c.contains("BEGIN:VEVENT")), Ok(false));
    }
}
