//! What `tsuchi check` prints: a finding (a diagnostic with its file, end position and
//! source line), and the text, JSON and GitHub renderings of it.
//!
//! Severities have one vocabulary, the schema's: `error`, `warning`, `info`. Only the
//! formats that name levels themselves translate it: a GitHub annotation writes `info` as
//! `::notice`, SARIF as `"level": "note"`. End positions are exclusive (the column after the
//! last character), as ruff and SARIF count them, and end on the diagnostic's line.

use anstyle::{AnsiColor, Style};
use serde::Serialize;
use tsuchi::model::{Diagnostic, Severity};

/// One diagnostic, ready to print.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The file as named on the command line (or `--stdin-filename`).
    pub file: String,
    /// The diagnostic.
    pub d: Diagnostic,
    /// Line of the character after the span.
    pub end_line: u32,
    /// Column of the character after the span (exclusive).
    pub end_column: u32,
    /// The source line the diagnostic points at (empty when unknown).
    pub source: String,
}

impl Finding {
    /// A finding for `d`, its end computed on `source` (the span is cut at the line's end).
    pub fn new(file: &str, d: Diagnostic, source: &str) -> Finding {
        let chars = source.trim_end_matches(['\n', '\r']).chars().count() as u32;
        let end = d.column.saturating_add(d.length.max(1));
        let end_column = if chars >= d.column { end.min(chars + 1) } else { end };
        Finding { file: file.to_string(), end_line: d.line, end_column, source: source.to_string(), d }
    }
}

/// The JSON form: the diagnostic's fields, the file and the end.
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    file: &'a str,
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    end_line: u32,
    end_column: u32,
}

impl<'a> From<&'a Finding> for JsonFinding<'a> {
    fn from(f: &'a Finding) -> Self {
        JsonFinding { file: &f.file, diagnostic: &f.d, end_line: f.end_line, end_column: f.end_column }
    }
}

/// Styles of the text output (plain when colour is off: anstream strips them).
struct Palette;

impl Palette {
    fn severity(s: Severity) -> Style {
        let c = match s {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
            Severity::Info => AnsiColor::Cyan,
        };
        Style::new().bold().fg_color(Some(c.into()))
    }
    fn location() -> Style {
        Style::new().bold()
    }
    fn gutter() -> Style {
        Style::new().fg_color(Some(AnsiColor::Blue.into())).bold()
    }
}

/// Terminal columns a character takes (wide CJK two, combining marks none, a tab four).
fn width(c: char) -> usize {
    if c == '\t' { 4 } else { unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) }
}

/// Where a diagnostic points, as `file:line:col`; a PDF page and an e-mail part are named as
/// a fragment of the file, as a PDF viewer opens them (`notice.pdf#page=2:14:3`).
pub fn location(file: &str, d: &Diagnostic) -> String {
    let fragment = match (&d.part, d.page) {
        (Some(part), Some(page)) => format!("#part={part}&page={page}"),
        (Some(part), None) => format!("#part={part}"),
        (None, Some(page)) => format!("#page={page}"),
        (None, None) => String::new(),
    };
    format!("{file}{fragment}:{}:{}", d.line, d.column)
}

/// `path:line:col: severity[code]: message`, the line, a caret under the span.
pub fn render_text(f: &Finding) -> String {
    let d = &f.d;
    let (loc, sev, gut) = (Palette::location(), Palette::severity(d.severity), Palette::gutter());
    let mut s = format!(
        "{loc}{}{loc:#}: {sev}{}[{}]{sev:#}: {}\n",
        location(&f.file, d),
        d.severity.as_str(),
        d.code,
        d.message
    );
    let src = f.source.trim_end();
    if !src.is_empty() {
        let gutter = d.line.to_string().len();
        let skip = d.column.saturating_sub(1) as usize;
        let pad: usize = src.chars().take(skip).map(width).sum();
        let span: usize =
            src.chars().skip(skip).take((f.end_column.saturating_sub(d.column)).max(1) as usize).map(width).sum();
        s.push_str(&format!("{gut}{:gutter$} |{gut:#}\n", ""));
        s.push_str(&format!("{gut}{} |{gut:#} {}\n", d.line, src.replace('\t', "    ")));
        s.push_str(&format!(
            "{gut}{:gutter$} |{gut:#} {}{sev}{}{sev:#}\n",
            "",
            " ".repeat(pad),
            "^".repeat(span.max(1))
        ));
    }
    s
}

/// `0 errors, 1 warning, 2 info`.
pub fn summary(errors: usize, warnings: usize, infos: usize) -> String {
    let plural = |n: usize, w: &str| if n == 1 { format!("{n} {w}") } else { format!("{n} {w}s") };
    format!("{}, {}, {infos} info", plural(errors, "error"), plural(warnings, "warning"))
}

/// A GitHub Actions workflow command with start and end; `%`, CR and LF are escaped as the
/// runner expects.
pub fn render_github(f: &Finding) -> String {
    let d = &f.d;
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let esc_data = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let esc_prop = |s: &str| esc_data(s).replace(':', "%3A").replace(',', "%2C");
    format!(
        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        esc_prop(&f.file),
        d.line,
        d.column,
        f.end_line,
        f.end_column,
        esc_prop(&format!("tsuchi {}", d.code)),
        esc_data(&d.message)
    )
}

/// Whether the source line carries a suppression comment for `code`: `tsuchi: ignore`
/// (every rule) or `tsuchi: ignore[code, other-code]`, anywhere on the line, usually in an
/// HTML comment that Markdown and HTML do not show (`<!-- tsuchi: ignore[weekday-mismatch] -->`).
///
/// ```ignore
/// assert!(suppressed("令和7年5月10日（金） <!-- tsuchi: ignore[weekday-mismatch] -->", "weekday-mismatch"));
/// ```
pub fn suppressed(line: &str, code: &str) -> bool {
    let mut rest = line;
    while let Some(at) = rest.find("tsuchi:") {
        let after = rest[at + "tsuchi:".len()..].trim_start();
        if let Some(tail) = after.strip_prefix("ignore") {
            match tail.strip_prefix('[').and_then(|t| t.split_once(']')) {
                Some((codes, _)) if codes.split(',').any(|c| c.trim() == code) => return true,
                Some(_) => {}
                None if !tail.starts_with(|c: char| c.is_alphanumeric() || c == '-') => return true,
                None => {}
            }
        }
        rest = &rest[at + 1..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppression_syntax() {
        assert!(suppressed("x <!-- tsuchi: ignore[weekday-mismatch] -->", "weekday-mismatch"));
        assert!(suppressed("x <!-- tsuchi: ignore[a, weekday-mismatch] -->", "weekday-mismatch"));
        assert!(!suppressed("x <!-- tsuchi: ignore[no-contact] -->", "weekday-mismatch"));
        assert!(suppressed("x # tsuchi: ignore", "weekday-mismatch"));
        assert!(suppressed("x tsuchi:ignore", "no-contact"));
        assert!(!suppressed("x tsuchi: ignored", "no-contact"));
        assert!(!suppressed("令和7年5月10日（金）", "weekday-mismatch"));
    }

    #[test]
    fn end_is_cut_at_the_line() {
        let d = Diagnostic::at_line(3, None, None, &tsuchi::rules::NO_CONTACT, "m".into());
        let d = Diagnostic { column: 2, length: 50, ..d };
        let f = Finding::new("a.txt", d, "abcde");
        assert_eq!((f.end_line, f.end_column), (3, 6));
    }
}
