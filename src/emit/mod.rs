//! Emission: a [`Notice`] as JSON, YAML or iCalendar.
//!
//! JSON is `serde_json`. YAML is `serde-saphyr`, a maintained serde YAML crate that quotes
//! strings a YAML 1.1 reader would take for something else: `"01"`, `"2:00"` (sexagesimal
//! in YAML 1.1), `"2025-01-30"` (a date), `"yes"`. `serde_yaml` is unmaintained and
//! `serde_yml` unsound, so neither is used. A test reads every corpus output back with
//! PyYAML to hold that promise.

pub mod ics;

use crate::Error;
use crate::model::Notice;

/// Pretty JSON with a final newline.
///
/// ```
/// # let notice = tsuchi::extract_str("x.txt", "令和7年1月30日").unwrap();
/// let json = tsuchi::emit::json(&notice).unwrap();
/// assert!(json.starts_with('{'));
/// ```
pub fn json(notice: &Notice) -> Result<String, Error> {
    let mut s =
        serde_json::to_string_pretty(notice).map_err(|e| Error::Emit { format: "json", message: e.to_string() })?;
    s.push('\n');
    Ok(s)
}

/// Compact JSON on one line (for NDJSON).
pub fn json_line(notice: &Notice) -> Result<String, Error> {
    serde_json::to_string(notice).map_err(|e| Error::Emit { format: "json", message: e.to_string() })
}

/// Pretty JSON of several notices: one object when there is one, else an array (what
/// `tsuchi extract --format json` prints for its inputs), with a final newline.
///
/// ```
/// # let notice = tsuchi::extract_str("x.txt", "令和7年1月30日").unwrap();
/// let two = tsuchi::emit::json_all(&[notice.clone(), notice.clone()]).unwrap();
/// assert!(two.starts_with('['));
/// assert_eq!(tsuchi::emit::json_all(std::slice::from_ref(&notice)).unwrap(), tsuchi::emit::json(&notice).unwrap());
/// ```
pub fn json_all(notices: &[Notice]) -> Result<String, Error> {
    if let [one] = notices {
        return json(one);
    }
    let mut s =
        serde_json::to_string_pretty(notices).map_err(|e| Error::Emit { format: "json", message: e.to_string() })?;
    s.push('\n');
    Ok(s)
}

/// The record that stands for an input that could not be read, one line of compact JSON:
/// `{"source":{"name":…},"error":{"kind":…,"message":…}}` (NDJSON's failed lines, and
/// what the WebAssembly build returns for such a file).
///
/// ```
/// let e = tsuchi::extract_bytes("scan.pdf", b"%PDF-1.4 nothing", &Default::default()).unwrap_err();
/// let line = tsuchi::emit::error_record("scan.pdf", &e);
/// assert!(line.starts_with(r#"{"source":{"name":"scan.pdf"},"error":{"kind":"format","#));
/// ```
pub fn error_record(name: &str, error: &Error) -> String {
    let record = serde_json::json!({
        "source": { "name": name },
        "error": { "kind": error.kind(), "message": error.to_string() },
    });
    record.to_string()
}

/// YAML, every ambiguous string quoted.
///
/// ```
/// # let notice = tsuchi::extract_str("x.txt", "令和7年1月30日").unwrap();
/// let yaml = tsuchi::emit::yaml(&notice).unwrap();
/// assert!(yaml.contains("schema_version: \"1.2\"") || yaml.contains("schema_version: '1.2'"));
/// ```
pub fn yaml(notice: &Notice) -> Result<String, Error> {
    serde_saphyr::to_string(notice).map_err(|e| Error::Emit { format: "yaml", message: e.to_string() })
}
