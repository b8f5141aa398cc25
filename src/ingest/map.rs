//! The map from a text view back to the source a person can open.
//!
//! Every reader (text, HTML, PDF, e-mail) turns its input into one *text view*: lines of
//! plain text that the rest of the pipeline reads. The view is rarely the source itself:
//! an HTML page loses its tags and gains line breaks, a PDF page is assembled from
//! positioned glyphs, an e-mail body is transfer-decoded and unquoted. So each reader also
//! records, for every stretch of the view, where it came from:
//!
//! - an [`Origin`] is a text a person can look at: the decoded HTML file, one PDF page as
//!   lines of text, one decoded e-mail part. It knows its MIME part and PDF page, if any,
//!   and numbers its own lines and columns.
//! - a *run* says that view bytes from some offset on come from an origin at some offset:
//!   either byte for byte (`verbatim`, for text copied unchanged) or all from one point
//!   (a line break the reader made, an entity it decoded, a separator it wrote).
//!
//! [`SourceMap::locate`] turns a view offset into a [`Position`]: 1-based line and column
//! (columns in characters) in the origin, plus the origin's page and part. Runs are kept
//! sorted, so a lookup is one binary search; line and column come from a [`LineIndex`],
//! which counts characters from checkpoints so that a 3 MB one-line page stays linear.
//!
//! ```
//! use tsuchi::ingest::map::ViewBuilder;
//! let mut b = ViewBuilder::new();
//! let page = b.origin(None, Some(2), "見出し\n本文の行".to_string());
//! b.push_verbatim("本文の行", page, "見出し\n".len());
//! let (text, map) = b.finish();
//! assert_eq!(text, "本文の行");
//! let p = map.locate(text.find("行").unwrap());
//! assert_eq!((p.page, p.line, p.column), (Some(2), 2, 4));
//! ```

use crate::normalize::Position;

/// Line starts and character checkpoints of a text, for 1-based line and column lookups.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    /// Characters before every `CHECKPOINT`-th byte.
    checkpoints: Vec<usize>,
}

const CHECKPOINT: usize = 4096;

/// Characters in `bytes` (its ends need not be character boundaries: continuation bytes
/// are simply not counted).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

impl LineIndex {
    /// Index `text` (lines separated by `\n`).
    pub fn new(text: &str) -> Self {
        // sized exactly: kept as long as the text (a list grown by doubling keeps up to twice)
        let lines = text.bytes().filter(|&b| b == b'\n').count();
        let mut line_starts = Vec::with_capacity(lines + 1);
        line_starts.push(0);
        line_starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut chars = 0;
        for chunk in text.as_bytes().chunks(CHECKPOINT) {
            checkpoints.push(chars);
            chars += count_chars(chunk);
        }
        LineIndex { line_starts, checkpoints }
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line and column (in characters) of byte `offset` of `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(idx).copied().unwrap_or(0);
        let at = offset.max(start);
        // a short stretch is counted directly; a long one (a huge single line) from the
        // checkpoints, so the cost never depends on the line's length
        let column = if at - start <= CHECKPOINT {
            count_chars(text.as_bytes().get(start..at).unwrap_or(&[]))
        } else {
            self.chars_before(text, at) - self.chars_before(text, start)
        };
        ((idx + 1) as u32, (column + 1) as u32)
    }

    /// Byte offset in `text` of 1-based `line` and `column`, if the line exists.
    pub fn offset_of(&self, text: &str, line: u32, column: u32) -> Option<usize> {
        let l = self.line(text, line.checked_sub(1)? as usize)?;
        let start = self.line_starts[line as usize - 1];
        let within = l.char_indices().nth(column.saturating_sub(1) as usize).map_or(l.len(), |(i, _)| i);
        Some(start + within)
    }

    /// Line `index` (0-based) of `text`, without its line end.
    pub fn line<'a>(&self, text: &'a str, index: usize) -> Option<&'a str> {
        let start = *self.line_starts.get(index)?;
        let end = self.line_starts.get(index + 1).map_or(text.len(), |n| n.saturating_sub(1));
        text.get(start..end.max(start))
    }

    fn chars_before(&self, text: &str, at: usize) -> usize {
        let at = at.min(text.len());
        let k = at / CHECKPOINT;
        let base = self.checkpoints.get(k).copied().unwrap_or(0);
        base + count_chars(text.as_bytes().get(k * CHECKPOINT..at).unwrap_or(&[]))
    }
}

/// Which origin a run of the view comes from (an index into the map's origins).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OriginId(u32);

/// A text a person can look at, that part of the view comes from.
#[derive(Debug, Clone)]
pub struct Origin {
    /// Index of the e-mail part (into [`SourceMap::part_ids`]), if any.
    pub part: Option<u16>,
    /// 1-based PDF page, if any.
    pub page: Option<u32>,
    text: String,
    index: LineIndex,
}

impl Origin {
    /// The origin's text.
    pub fn text(&self) -> &str {
        &self.text
    }
}

#[derive(Debug, Clone, Copy)]
struct Run {
    view: usize,
    origin: u32,
    src: usize,
    verbatim: bool,
}

/// The map from view offsets to [`Position`]s in the origins.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    origins: Vec<Origin>,
    runs: Vec<Run>,
    part_ids: Vec<String>,
}

impl SourceMap {
    /// The source position of view byte `offset`.
    pub fn locate(&self, offset: usize) -> Position {
        let i = self.runs.partition_point(|r| r.view <= offset).saturating_sub(1);
        let Some(run) = self.runs.get(i) else {
            return Position { line: 1, column: 1, page: None, part: None };
        };
        let Some(origin) = self.origins.get(run.origin as usize) else {
            return Position { line: 1, column: 1, page: None, part: None };
        };
        let src = if run.verbatim { run.src + offset.saturating_sub(run.view) } else { run.src };
        let (line, column) = origin.index.line_col(&origin.text, src);
        Position { line, column, page: origin.page, part: origin.part }
    }

    /// The text of the source line a position points into (to quote it under a diagnostic).
    pub fn source_line(&self, pos: &Position) -> Option<&str> {
        let o = self.origins.iter().find(|o| o.page == pos.page && o.part == pos.part)?;
        o.index.line(&o.text, pos.line.checked_sub(1)? as usize)
    }

    /// The identifier (`"1"`, `"2.1"`) of e-mail part `index`.
    pub fn part_id(&self, index: u16) -> Option<&str> {
        self.part_ids.get(index as usize).map(String::as_str)
    }

    /// Identifiers of the e-mail parts, in index order.
    pub fn part_ids(&self) -> &[String] {
        &self.part_ids
    }

    /// The origins, in the order they were added.
    pub fn origins(&self) -> &[Origin] {
        &self.origins
    }
}

/// A piece of text view with its runs, not yet placed in a view: a table cell rendered once
/// and repeated for each row it spans, a link's text measured before it is written. Its
/// runs point at the origins of the [`ViewBuilder`] it will be pushed into.
#[derive(Debug, Clone, Default)]
pub struct Fragment {
    text: String,
    runs: Vec<Run>,
    /// Byte ranges of `text` that are struck out in the source.
    struck: Vec<(usize, usize)>,
}

impl Fragment {
    /// An empty fragment.
    pub fn new() -> Self {
        Self::default()
    }

    /// The text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Append `s`, copied unchanged from `origin` at byte `src`.
    pub fn push_verbatim(&mut self, s: &str, origin: OriginId, src: usize) {
        self.run(origin.0, src, true);
        self.text.push_str(s);
    }

    /// Append `s`, made by the reader; all of it points at `origin` byte `src`.
    pub fn push_synthetic(&mut self, s: &str, origin: OriginId, src: usize) {
        self.run(origin.0, src, false);
        self.text.push_str(s);
    }

    /// Append another fragment.
    pub fn push_fragment(&mut self, other: &Fragment) {
        let base = self.text.len();
        for r in &other.runs {
            self.run_at(base + r.view, r.origin, r.src, r.verbatim);
        }
        self.struck.extend(other.struck.iter().map(|&(s, e)| (s + base, e + base)));
        self.text.push_str(&other.text);
    }

    /// Mark `start..end` of the text as struck out.
    pub fn mark_struck(&mut self, start: usize, end: usize) {
        if end > start {
            self.struck.push((start, end));
        }
    }

    /// End the current line (nothing when empty or already at a line start).
    pub fn end_line(&mut self, origin: OriginId, src: usize) {
        if !self.at_line_start() {
            self.push_synthetic("\n", origin, src);
        }
    }

    /// End the current line and leave one blank line (never more than one).
    pub fn blank_line(&mut self, origin: OriginId, src: usize) {
        self.end_line(origin, src);
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.push_synthetic("\n", origin, src);
        }
    }

    /// Whether the current line has nothing on it yet.
    pub fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// End the current line and leave a blank line, pointing where the text before ends.
    pub fn paragraph_break(&mut self) {
        if let Some(last) = self.runs.last().copied() {
            let src = if last.verbatim { last.src + (self.text.len() - last.view) } else { last.src };
            self.blank_line(OriginId(last.origin), src);
        }
    }

    fn run(&mut self, origin: u32, src: usize, verbatim: bool) {
        self.run_at(self.text.len(), origin, src, verbatim);
    }

    fn run_at(&mut self, view: usize, origin: u32, src: usize, verbatim: bool) {
        if let Some(last) = self.runs.last() {
            let continues = last.verbatim && verbatim && last.origin == origin && last.src + (view - last.view) == src;
            if continues {
                return;
            }
            if last.view == view {
                self.runs.pop();
            }
        }
        self.runs.push(Run { view, origin, src, verbatim });
    }
}

/// Builds a text view and its [`SourceMap`] together.
#[derive(Debug, Default)]
pub struct ViewBuilder {
    body: Fragment,
    map: SourceMap,
}

impl ViewBuilder {
    /// An empty view.
    pub fn new() -> Self {
        Self::default()
    }

    /// Register an origin text; `part` names the e-mail part (`"2.1"`), `page` the PDF page.
    pub fn origin(&mut self, part: Option<&str>, page: Option<u32>, text: String) -> OriginId {
        let part = part.map(|p| match self.map.part_ids.iter().position(|q| q == p) {
            Some(i) => i as u16,
            None => {
                self.map.part_ids.push(p.to_string());
                (self.map.part_ids.len() - 1) as u16
            }
        });
        let index = LineIndex::new(&text);
        self.map.origins.push(Origin { part, page, text, index });
        OriginId((self.map.origins.len() - 1) as u32)
    }

    /// The text of an origin registered earlier.
    pub fn origin_text(&self, id: OriginId) -> &str {
        self.map.origins.get(id.0 as usize).map_or("", |o| o.text.as_str())
    }

    /// The view being built.
    pub fn body(&mut self) -> &mut Fragment {
        &mut self.body
    }

    /// The view so far.
    pub fn text(&self) -> &str {
        &self.body.text
    }

    /// Append `s`, copied unchanged from `origin` at byte `src`.
    pub fn push_verbatim(&mut self, s: &str, origin: OriginId, src: usize) {
        self.body.push_verbatim(s, origin, src);
    }

    /// Append `s`, made by the reader; all of it points at `origin` byte `src`.
    pub fn push_synthetic(&mut self, s: &str, origin: OriginId, src: usize) {
        self.body.push_synthetic(s, origin, src);
    }

    /// End the current line (nothing when the view is empty or already at a line start).
    pub fn end_line(&mut self, origin: OriginId, src: usize) {
        self.body.end_line(origin, src);
    }

    /// End the current line and leave one blank line (never more than one).
    pub fn blank_line(&mut self, origin: OriginId, src: usize) {
        self.body.blank_line(origin, src);
    }

    /// Whether the current line has nothing on it yet.
    pub fn at_line_start(&self) -> bool {
        self.body.at_line_start()
    }

    /// The view (trailing line ends trimmed), its map and its struck-out ranges.
    pub fn finish(self) -> (String, SourceMap) {
        let (text, map, _) = self.finish_marked();
        (text, map)
    }

    /// The view, its map, and the byte ranges struck out in the source.
    pub fn finish_marked(mut self) -> (String, SourceMap, Vec<(usize, usize)>) {
        while self.body.text.ends_with('\n') {
            self.body.text.pop();
        }
        let len = self.body.text.len();
        self.map.runs = self.body.runs;
        let struck =
            self.body.struck.into_iter().map(|(s, e)| (s.min(len), e.min(len))).filter(|(s, e)| e > s).collect();
        (self.body.text, self.map, struck)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_characters() {
        let t = "ab\n令和7年\n";
        let ix = LineIndex::new(t);
        assert_eq!(ix.line_col(t, t.find('7').unwrap()), (2, 3));
        assert_eq!(ix.line(t, 1), Some("令和7年"));
        assert_eq!(ix.offset_of(t, 2, 3), t.find('7'));
        assert_eq!(ix.line_count(), 3);
    }

    #[test]
    fn runs_map_verbatim_and_synthetic_text() {
        let mut b = ViewBuilder::new();
        let html = "<p>令和&amp;7年</p>";
        let o = b.origin(None, None, html.to_string());
        b.push_verbatim("令和", o, 3);
        b.push_synthetic("&", o, html.find("&amp;").unwrap());
        b.push_verbatim("7年", o, html.find('7').unwrap());
        b.end_line(o, html.find("</p>").unwrap());
        let (text, map) = b.finish();
        assert_eq!(text, "令和&7年");
        assert_eq!(map.locate(0).column, 4);
        assert_eq!(map.locate(text.find('&').unwrap()).column, 6);
        assert_eq!(map.locate(text.find('7').unwrap()).column, 11);
        assert_eq!(map.source_line(&map.locate(0)), Some(html));
    }

    #[test]
    fn parts_are_named_once() {
        let mut b = ViewBuilder::new();
        let a = b.origin(Some("1"), None, "x".into());
        let c = b.origin(Some("2"), Some(1), "y".into());
        b.push_verbatim("x", a, 0);
        b.end_line(a, 1);
        b.push_verbatim("y", c, 0);
        let (text, map) = b.finish();
        let p = map.locate(text.find('y').unwrap());
        assert_eq!((p.part.and_then(|i| map.part_id(i)), p.page), (Some("2"), Some(1)));
    }
}
