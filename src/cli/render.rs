//! `extract` on standard output: one shape per run, written as results arrive.
//!
//! **The shape** depends only on the command line: a single file argument (or `-`) gives one
//! object (JSON), one document (YAML), one line (NDJSON); anything else (a folder, several
//! paths) gives an array, a stream of documents or of lines, even when a folder holds one
//! notice. In an array or a stream a failed input keeps its place as an error record
//! (`{"source":{"name":…},"error":{"kind":…,"message":…}}`), so position `i` is always input
//! `i`. A single input that fails prints nothing on standard output (its error goes to
//! standard error). ICS is one calendar either way, written at the end (a window's event
//! depends on every notice that states or changes it, see `tsuchi::calendar`); failed
//! inputs have no events.
//!
//! Each item is rendered by the worker that extracted it ([`Item::render`]); this writer
//! only frames items (`[`, `,`, `---`, the calendar's header and footer) and flushes after
//! each, so a consumer sees results as soon as they and their predecessors are done.

use super::Format;
use super::failure::{ErrorRecord, ErrorSource, Failure};
use std::io::Write;
use tsuchi::Notice;

/// One input or many: decides object or array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A single file argument or `-`.
    One,
    /// A folder or several paths.
    Many,
}

/// A notice rendered for the stream (or kept whole for the calendar).
#[derive(Debug)]
pub enum Item {
    /// JSON, YAML or an NDJSON line, framed by [`StdoutWriter`].
    Text(String),
    /// A notice whose events go into the one calendar.
    Notice(Box<Notice>),
}

impl Item {
    /// Render `notice` as `format` for `shape` (JSON in an array is indented by two spaces,
    /// as `serde_json::to_string_pretty` writes an array).
    pub fn render(notice: Notice, format: Format, shape: Shape) -> Result<Item, Failure> {
        Ok(Item::Text(match format {
            Format::Json if shape == Shape::One => tsuchi::emit::json(&notice)?,
            Format::Json => indent(tsuchi::emit::json(&notice)?.trim_end()),
            Format::Yaml => tsuchi::emit::yaml(&notice)?,
            Format::Ndjson => tsuchi::emit::json_line(&notice)? + "\n",
            Format::Ics => return Ok(Item::Notice(Box::new(notice))),
        }))
    }
}

/// Every line indented by two spaces (a pretty JSON string never holds a raw newline).
fn indent(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    out
}

/// Frames items on standard output.
pub struct StdoutWriter {
    out: std::io::BufWriter<std::io::Stdout>,
    format: Format,
    shape: Shape,
    written: usize,
    /// The notices of the one calendar (ICS), written by [`StdoutWriter::finish`].
    notices: Vec<Notice>,
}

impl StdoutWriter {
    /// A writer for one run.
    pub fn new(format: Format, shape: Shape) -> Self {
        StdoutWriter {
            out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
            format,
            shape,
            written: 0,
            notices: Vec::new(),
        }
    }

    fn open(&mut self) -> std::io::Result<()> {
        if self.written == 0 {
            if (self.format, self.shape) == (Format::Json, Shape::Many) {
                self.out.write_all(b"[\n")?;
            }
        } else if self.format == Format::Json {
            self.out.write_all(b",\n")?;
        }
        if self.format == Format::Yaml && self.shape == Shape::Many {
            self.out.write_all(b"---\n")?;
        }
        Ok(())
    }

    /// The next item, in input order.
    pub fn item(&mut self, item: &Item) -> std::io::Result<()> {
        self.open()?;
        match item {
            Item::Text(t) => self.out.write_all(t.as_bytes())?,
            Item::Notice(n) => self.notices.push((**n).clone()),
        }
        self.written += 1;
        self.out.flush()
    }

    /// The next input failed: its error record in its place (nothing for a single input or
    /// a calendar).
    pub fn failure(&mut self, name: &str, failure: &Failure) -> std::io::Result<()> {
        if self.shape == Shape::One || self.format == Format::Ics {
            return Ok(());
        }
        let record = ErrorRecord { source: ErrorSource { name }, error: failure.body() };
        let text = match self.format {
            Format::Json => indent(&serde_json::to_string_pretty(&record).map_err(std::io::Error::other)?),
            Format::Yaml => serde_saphyr::to_string(&record).map_err(std::io::Error::other)?,
            _ => serde_json::to_string(&record).map_err(std::io::Error::other)? + "\n",
        };
        self.item(&Item::Text(text))
    }

    /// Close the array or the calendar.
    pub fn finish(&mut self) -> std::io::Result<()> {
        match (self.format, self.shape) {
            (Format::Json, Shape::Many) if self.written == 0 => self.out.write_all(b"[]\n")?,
            (Format::Json, Shape::Many) => self.out.write_all(b"\n]\n")?,
            (Format::Ics, _) => self.out.write_all(tsuchi::emit::ics::calendar(&self.notices).as_bytes())?,
            _ => {}
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_items_make_the_array_serde_writes() {
        let a = serde_json::json!({"a": [1, {"b": "x\ny"}], "c": {}});
        let b = serde_json::json!({"d": null});
        let want = serde_json::to_string_pretty(&vec![a.clone(), b.clone()]).expect("json");
        let got = format!(
            "[\n{},\n{}\n]",
            indent(&serde_json::to_string_pretty(&a).expect("json")),
            indent(&serde_json::to_string_pretty(&b).expect("json"))
        );
        assert_eq!(got, want);
    }
}
