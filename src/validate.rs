//! Validation: checks on the finished notice, and the schema it must satisfy.
//!
//! The extract and resolve stages report what they see while reading (weekdays, eras,
//! placeholders, undefined areas, conflicting duplicates). What needs the finished result
//! is checked here: a window that ends before it starts, a planned window before the
//! notice's own date, a notice with windows but no one to call, and, last, the JSON Schema.
//!
//! Schema validation ([`schema_errors`]) needs the `schema` feature (on by default, and by
//! the `cli` feature): the WebAssembly build leaves the validator out, since extraction
//! never calls it and it is a large part of the bundle.

use crate::model::{Diagnostic, Mention, Notice, Status};

/// The JSON Schema of the output (2020-12).
pub const SCHEMA: &str = include_str!("../schemas/notice.schema.json");

/// A JSON Schema (2020-12) compiled on first use: the notice's here, the timeline's in
/// `calendar::timeline`.
#[cfg(feature = "schema")]
pub(crate) struct CompiledSchema {
    text: &'static str,
    validator: std::sync::OnceLock<Result<jsonschema::Validator, String>>,
}

#[cfg(feature = "schema")]
impl CompiledSchema {
    /// The schema `text`, compiled when first used.
    pub(crate) const fn new(text: &'static str) -> CompiledSchema {
        CompiledSchema { text, validator: std::sync::OnceLock::new() }
    }

    /// Every way `value` breaks the schema, as `path: message` strings (empty when valid).
    pub(crate) fn errors(&self, value: &serde_json::Value) -> Vec<String> {
        let compiled = self.validator.get_or_init(|| {
            let schema: serde_json::Value = serde_json::from_str(self.text).map_err(|e| e.to_string())?;
            jsonschema::draft202012::new(&schema).map_err(|e| e.to_string())
        });
        match compiled {
            Ok(v) => v.iter_errors(value).map(|e| format!("{}: {}", e.instance_path(), e)).collect(),
            Err(e) => vec![format!("the schema itself is invalid: {e}")],
        }
    }
}

#[cfg(feature = "schema")]
static NOTICE_SCHEMA: CompiledSchema = CompiledSchema::new(SCHEMA);

/// Every way `value` breaks the schema, as `path: message` strings (empty when valid).
///
/// ```
/// let notice = tsuchi::extract_str("x.txt", "令和7年1月30日").unwrap();
/// let value = serde_json::to_value(&notice).unwrap();
/// assert!(tsuchi::validate::schema_errors(&value).is_empty());
/// ```
#[cfg(feature = "schema")]
pub fn schema_errors(value: &serde_json::Value) -> Vec<String> {
    NOTICE_SCHEMA.errors(value)
}

fn at_mention(o: &crate::model::Outage) -> Mention {
    o.mentions.first().cloned().unwrap_or(Mention { line: 1, column: 1, text: String::new(), page: None, part: None })
}

/// Checks on the finished notice (schema validation not included).
pub fn check(notice: &Notice) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let notice_date = std::iter::once(&notice.document).chain(notice.attachments.iter()).filter_map(|d| d.date).min();
    for o in &notice.outages {
        let at = at_mention(o);
        let text = at.text.as_str();
        if let Some(end) = &o.end
            && end < &o.start
        {
            let message = format!("the window 「{text}」 ends ({end}) before it starts ({})", o.start);
            out.push(Diagnostic::at(&at, &crate::rules::END_BEFORE_START, message));
        }
        if let Some(d) = notice_date
            && o.status == Status::Planned
            && o.start.date_naive() < d
        {
            let message = format!(
                "the planned window 「{text}」 starts on {}, before the notice's own date {d}",
                o.start.date_naive()
            );
            out.push(Diagnostic::at(&at, &crate::rules::WINDOW_BEFORE_NOTICE, message));
        }
        if o.status == Status::Incident && o.end.is_none() {
            let message = format!("the incident 「{text}」 has no recovery yet: it is still going on (no end)");
            out.push(Diagnostic::at(&at, &crate::rules::ONGOING_INCIDENT, message));
        }
    }
    // the evidence is the first window that readers will need someone to call about
    if let Some(first) = notice.outages.iter().filter_map(|o| o.mentions.first()).min()
        && notice.contacts.is_empty()
    {
        let message = "the notice announces windows but gives no phone number to call".to_string();
        out.push(Diagnostic::at(first, &crate::rules::NO_CONTACT, message));
    }
    out
}
