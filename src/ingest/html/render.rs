//! The article as lines of text, each character mapped to the HTML source.
//!
//! Rendering follows what a reader of the page sees, in the shapes the rest of tsuchi
//! already reads in text notices:
//!
//! - block elements start a line; paragraphs, headings, lists and tables are set off by a
//!   blank line; `<br>` ends a line; `<pre>` keeps its line breaks;
//! - whitespace is collapsed as a browser does, and a line break in the source between two
//!   Japanese characters disappears (CSS Text's segment-break rule), so a sentence wrapped
//!   in the HTML source is one line again;
//! - list items get `- ` (or `1. ` in an `<ol>`) unless their text already opens with a
//!   marker (`・`, `①`, `(1)`);
//! - a data table becomes Markdown rows (`| 日時 | 対象 |`, then `|---|---|`); a cell's
//!   lines are joined (with a space only between two ASCII letters or digits); a cell that
//!   spans rows is repeated in each row it spans, so every row reads alone; a layout table
//!   (nested tables, one column, long cells) is read as blocks;
//! - a link whose text is not its target is written `[text](target)`, the target resolved
//!   against the page's base; `<del>`, `<s>` and `<strike>` are recorded as struck out;
//!   footnote markers (`<sup>`) and ruby readings (`<rt>`) are left out.
//!
//! Text is copied with its source offsets (character references decoded map to the `&`
//! that wrote them); characters the renderer adds point at the element that caused them.

use super::content::{is_chrome, plain_text};
use super::tree::{NodeId, NodeKind, Tree};
use super::url::resolve;
use crate::ingest::map::{Fragment, OriginId};

/// Elements set off by a blank line.
const PARAGRAPHS: [&str; 18] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "figure",
    "address",
];

/// Elements that start a line.
const LINES: [&str; 16] = [
    "div",
    "li",
    "dt",
    "tr",
    "caption",
    "center",
    "main",
    "details",
    "summary",
    "figcaption",
    "fieldset",
    "legend",
    "header",
    "footer",
    "body",
    "form",
];

/// Whitespace state of the line being written.
#[derive(Debug, Default)]
pub(super) struct Inline {
    /// Collapsed whitespace waiting: its source offset and whether it held a line break.
    pending: Option<(usize, bool)>,
    /// A block boundary inside a table cell: joined, not broken.
    soft: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Ctx {
    pub(super) in_cell: bool,
    pub(super) pre: bool,
}

/// Renders a tree into a [`Fragment`].
pub struct Render<'a> {
    /// The parsed page.
    pub tree: &'a Tree,
    /// The decoded page source.
    pub html: &'a str,
    /// The origin registered for the source.
    pub origin: OriginId,
    /// The base for relative links.
    pub base: Option<String>,
}

fn is_wide(c: char) -> bool {
    let u = c as u32;
    u >= 0x2E80 && !(0xAC00..=0xD7AF).contains(&u) && !(0xFF61..=0xFFDC).contains(&u)
}

impl Render<'_> {
    /// Render the subtree at `root` into `out`.
    pub fn render(&self, root: NodeId, out: &mut Fragment) {
        let mut st = Inline::default();
        for &c in &self.tree.nodes[root].children {
            self.node(c, out, &mut st, Ctx::default());
        }
    }

    pub(super) fn node(&self, id: NodeId, out: &mut Fragment, st: &mut Inline, ctx: Ctx) {
        match &self.tree.nodes[id].kind {
            NodeKind::Text(t) => self.text(id, t, out, st, ctx),
            NodeKind::Element { .. } => {
                if !is_chrome(self.tree, id) {
                    self.element(id, out, st, ctx);
                }
            }
            NodeKind::Root => self.children(id, out, st, ctx),
        }
    }

    pub(super) fn children(&self, id: NodeId, out: &mut Fragment, st: &mut Inline, ctx: Ctx) {
        for &c in &self.tree.nodes[id].children {
            self.node(c, out, st, ctx);
        }
    }

    fn element(&self, id: NodeId, out: &mut Fragment, st: &mut Inline, ctx: Ctx) {
        let n = &self.tree.nodes[id];
        let name = n.name();
        match name {
            "br" => return self.boundary(out, st, ctx, false, n.start),
            "sup" | "rt" | "rp" | "img" | "input" => return,
            "table" if !ctx.in_cell && !self.is_layout_table(id) => return self.table(id, out, st),
            "a" => return self.link(id, out, st, ctx),
            "ul" | "ol" if !ctx.in_cell => return self.list(id, out, st, ctx),
            _ => {}
        }
        let para = PARAGRAPHS.contains(&name);
        let line = para || LINES.contains(&name) || matches!(name, "td" | "th");
        // a term and its description share a line (`<dt>発生日時</dt><dd>…</dd>` reads as
        // `発生日時 …`, `<dt>静岡市葵区</dt><dd>9月12日…完了</dd>` as one statement)
        let (opens, closes) = match name {
            "dt" => (true, false),
            "dd" => (false, true),
            _ => (line, line),
        };
        if opens {
            self.boundary(out, st, ctx, para, n.start);
        }
        let ctx = Ctx { pre: ctx.pre || name == "pre", ..ctx };
        let before = out.text().len();
        if name == "hr" {
            return;
        }
        self.children(id, out, st, ctx);
        if matches!(name, "del" | "s" | "strike") {
            out.mark_struck(before, out.text().len());
        }
        if closes {
            self.boundary(out, st, ctx, para, n.end);
        }
    }

    /// A block boundary: a line break (a blank line for paragraphs), or inside a table cell
    /// a join.
    pub(super) fn boundary(&self, out: &mut Fragment, st: &mut Inline, ctx: Ctx, blank: bool, src: usize) {
        st.pending = None;
        if ctx.in_cell {
            st.soft = !out.text().is_empty();
        } else if blank {
            out.blank_line(self.origin, src);
        } else {
            out.end_line(self.origin, src);
        }
    }

    fn text(&self, id: NodeId, text: &str, out: &mut Fragment, st: &mut Inline, ctx: Ctx) {
        let n = &self.tree.nodes[id];
        let src = self.html.get(n.start..n.end).unwrap_or("");
        for (c, at, verbatim) in align(text, src, n.start) {
            if ctx.pre && c == '\n' {
                out.push_synthetic("\n", self.origin, at);
                continue;
            }
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') && !ctx.pre {
                let newline = st.pending.is_some_and(|p| p.1) || c == '\n';
                st.pending = Some((st.pending.map_or(at, |p| p.0), newline));
                continue;
            }
            self.before_char(out, st, c);
            let mut buf = [0u8; 4];
            if ctx.in_cell && c == '|' {
                out.push_synthetic("/", self.origin, at);
            } else if verbatim {
                out.push_verbatim(c.encode_utf8(&mut buf), self.origin, at);
            } else {
                out.push_synthetic(c.encode_utf8(&mut buf), self.origin, at);
            }
        }
    }

    /// Write the collapsed whitespace or the cell join that comes before `next`.
    fn before_char(&self, out: &mut Fragment, st: &mut Inline, next: char) {
        let last = out.text().chars().next_back();
        if std::mem::take(&mut st.soft) {
            st.pending = None;
            if last.is_some_and(|l| l.is_ascii_alphanumeric()) && next.is_ascii_alphanumeric() {
                out.push_synthetic(" ", self.origin, 0);
            }
            return;
        }
        let Some((at, newline)) = st.pending.take() else { return };
        if out.at_line_start() {
            return;
        }
        let cjk_break = newline && last.is_some_and(is_wide) && is_wide(next);
        if !cjk_break {
            out.push_synthetic(" ", self.origin, at);
        }
    }

    fn list(&self, id: NodeId, out: &mut Fragment, st: &mut Inline, ctx: Ctx) {
        let n = &self.tree.nodes[id];
        self.boundary(out, st, ctx, true, n.start);
        let ordered = n.name() == "ol";
        let mut number: i64 = n.attr("start").and_then(|a| a.value.trim().parse().ok()).unwrap_or(1);
        for &c in &n.children {
            let item = &self.tree.nodes[c];
            if item.name() != "li" || is_chrome(self.tree, c) {
                self.node(c, out, st, ctx);
                continue;
            }
            self.boundary(out, st, ctx, false, item.start);
            if !opens_with_marker(&plain_text(self.tree, c)) {
                let marker = if ordered { format!("{number}. ") } else { "- ".to_string() };
                out.push_synthetic(&marker, self.origin, item.start);
            }
            number += 1;
            self.children(c, out, st, ctx);
            self.boundary(out, st, ctx, false, item.end);
        }
        self.boundary(out, st, ctx, true, n.end);
    }

    fn link(&self, id: NodeId, out: &mut Fragment, st: &mut Inline, ctx: Ctx) {
        let n = &self.tree.nodes[id];
        let target = n.attr("href").and_then(|h| resolve(self.base.as_deref(), &h.value).map(|t| (t, h.at)));
        let Some((target, at)) = target else {
            return self.children(id, out, st, ctx);
        };
        let mut inner = Fragment::new();
        self.children(id, &mut inner, &mut Inline::default(), ctx);
        let visible = inner.text().trim();
        let Some(first) = visible.chars().next() else { return };
        self.before_char(out, st, first);
        let shows_target =
            visible.contains(target.as_str()) || (visible.starts_with("http") && target.contains(visible));
        if shows_target {
            out.push_fragment(&inner);
            return;
        }
        out.push_synthetic("[", self.origin, n.start);
        out.push_fragment(&inner);
        out.push_synthetic("](", self.origin, at);
        out.push_synthetic(&target, self.origin, at);
        out.push_synthetic(")", self.origin, at);
    }
}

/// Whether a list item's text already opens with a marker of its own.
fn opens_with_marker(text: &str) -> bool {
    let t = text.trim_start();
    let Some(c) = t.chars().next() else { return false };
    if "・●○■□◆◇※-*+〇◎▶▷►".contains(c) || ('\u{2460}'..='\u{2473}').contains(&c) {
        return true;
    }
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).collect();
    let rest = &t[digits.len()..];
    (c == '(' || c == '（') || (!digits.is_empty() && rest.starts_with(['.', ')', '．', '）', '、']))
}

/// Each character of a text node with the source offset it was written at, and whether it
/// was written as itself (a decoded character reference points at its `&`).
fn align(decoded: &str, src: &str, base: usize) -> Vec<(char, usize, bool)> {
    let mut out = Vec::with_capacity(decoded.len());
    let mut p = 0usize;
    let mut entity_at: Option<usize> = None;
    for c in decoded.chars() {
        let rest = src.get(p..).unwrap_or("");
        let reference = rest.starts_with('&') && (c != '&' || is_amp_reference(rest));
        if reference {
            let len = entity_len(rest);
            out.push((c, base + p, false));
            entity_at = Some(base + p);
            p += len;
        } else if rest.starts_with(c) {
            out.push((c, base + p, true));
            entity_at = None;
            p += c.len_utf8();
        } else if let Some(at) = entity_at {
            // the second character of a reference that decodes to two
            out.push((c, at, false));
        } else {
            out.push((c, base + p.min(src.len()), false));
            p += rest.chars().next().map_or(0, char::len_utf8);
        }
    }
    out
}

/// Whether `s` opens with a reference that writes `&` itself.
fn is_amp_reference(s: &str) -> bool {
    let head = s.as_bytes()[..s.len().min(6)].to_ascii_lowercase();
    head.starts_with(b"&amp") || head.starts_with(b"&#38") || head.starts_with(b"&#x26")
}

/// Length of a character reference at the start of `s` (`&amp;`, `&#12354;`, `&nbsp`).
fn entity_len(s: &str) -> usize {
    let body = &s[1..];
    let n = if let Some(num) = body.strip_prefix('#') {
        1 + num.bytes().take_while(|b| b.is_ascii_hexdigit() || *b == b'x' || *b == b'X').count()
    } else {
        body.bytes().take_while(u8::is_ascii_alphanumeric).take(32).count()
    };
    let semi = usize::from(body[n..].starts_with(';'));
    1 + n + semi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alignment_through_references() {
        let src = "令和&amp;7年&#x3042;x";
        let got = align("令和&7年あx", src, 0);
        let offsets: Vec<usize> = got.iter().map(|g| g.1).collect();
        let a = src.find('&').unwrap();
        let seven = src.find('7').unwrap();
        assert_eq!(offsets, [0, 3, a, seven, seven + 1, src.find("&#").unwrap(), src.len() - 1]);
        assert!(got[0].2 && !got[2].2);
    }

    #[test]
    fn markers() {
        for t in ["・令和7年", "①停止", "(1) 日時", "1. 日時", "１．日時"] {
            assert!(opens_with_marker(t), "{t}");
        }
        for t in ["令和7年", "2025年"] {
            assert!(!opens_with_marker(t), "{t}");
        }
    }
}
