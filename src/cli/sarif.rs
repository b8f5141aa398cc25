//! `tsuchi check --format sarif`: SARIF 2.1.0, the format GitHub code scanning and other
//! dashboards read.
//!
//! One run, its tool driver carrying every rule (id, summary, documentation, default
//! level), one result per finding. Columns are Unicode code points (`columnKind`), as in
//! every tsuchi position; an end is exclusive, as SARIF counts it. A PDF page and an e-mail
//! part, which a SARIF region cannot express, are the result's `properties`. The output is
//! validated against the OASIS schema in `tests/check.rs`.

use super::lint::Finding;
use serde_json::{Value, json};
use tsuchi::model::Severity;

/// SARIF's name for a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file name as a relative URI reference: `/` separators, anything but unreserved
/// characters and `/` percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn rules() -> Vec<Value> {
    tsuchi::rules::RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc },
                "help": { "text": format!("{}\n\nExample: {}", r.doc, r.example) },
                "defaultConfiguration": { "level": level(r.severity) },
            })
        })
        .collect()
}

fn result(f: &Finding) -> Value {
    let d = &f.d;
    let rule_index = tsuchi::rules::RULES.iter().position(|r| r.code == d.code);
    let mut r = json!({
        "ruleId": d.code,
        "level": level(d.severity),
        "message": { "text": d.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&f.file) },
                "region": {
                    "startLine": d.line.max(1),
                    "startColumn": d.column.max(1),
                    "endLine": f.end_line.max(d.line.max(1)),
                    "endColumn": f.end_column.max(d.column.max(1) + 1),
                },
            },
        }],
    });
    if let Some(i) = rule_index {
        r["ruleIndex"] = json!(i);
    }
    let mut props = serde_json::Map::new();
    if let Some(page) = d.page {
        props.insert("page".into(), json!(page));
    }
    if let Some(part) = &d.part {
        props.insert("part".into(), json!(part));
    }
    if !props.is_empty() {
        r["properties"] = Value::Object(props);
    }
    r
}

/// The SARIF log of `findings`, pretty, with a final newline.
pub fn log(findings: &[Finding]) -> String {
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "tsuchi",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/tsuchi",
                "rules": rules(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": findings.iter().map(result).collect::<Vec<_>>(),
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris_are_encoded() {
        assert_eq!(super::uri("corpus/a b.txt"), "corpus/a%20b.txt");
        assert_eq!(super::uri("通知.pdf"), "%E9%80%9A%E7%9F%A5.pdf");
    }
}
