//! The pages of a PDF as one text view in reading order.
//!
//! Each page contributes its body: the lines that are not furniture, and its ruled
//! tables, in order from the top. Three things make the view read like the notice rather
//! than like the printout:
//!
//! - **Wrapped lines are rejoined.** A line that reaches the right margin continues on the
//!   next when that one starts where a continuation would (at the margin, or under the text
//!   after a bullet) and opens with no list marker: the word processor broke it, not the
//!   author (`…愛` / `媛県`, `21` / `時30分`, a URL). The same holds across a page break,
//!   with the page's furniture already out of the way. Lines are joined with nothing
//!   between them, or a space between two ASCII letters or digits (never inside a URL).
//! - **Tables become Markdown rows** (see [`super::tables`]): `| 日時 | 対象 |`, a merged
//!   cell repeated in each row it spans.
//! - **A two-column letterhead reads number and date first.** When lines carry a chunk at
//!   the left margin and a chunk at the right one, and a right chunk is a document number
//!   or date, the right column is read before the left (`日医発第1817号`, `令和7年1月30日`,
//!   then the addressees), as the letter is meant to be read.
//!
//! Paragraph gaps (a line pitch plus a third of an em or more) and page breaks become
//! blank lines.

use super::columns::{Column, reading_order};
use super::furniture;
use super::glyphs::Glyph;
use super::layout::{Laid, Page, lay};
use super::lines::{Chunk, Line, lines};
use super::tables::{Table, tables};
use crate::ingest::Furniture;
use crate::ingest::map::{Fragment, OriginId, ViewBuilder};

/// One body item of a page.
enum Item {
    Line(Line, Column),
    Table { y: f64, rows: Vec<Vec<Fragment>> },
}

impl Item {
    fn y(&self) -> f64 {
        match self {
            Item::Line(l, _) => l.y - l.size,
            Item::Table { y, .. } => *y,
        }
    }
}

/// The geometry of the page's body and of its columns, if it has any.
struct Geometries {
    full: Geometry,
    left: Geometry,
    right: Geometry,
}

impl Geometries {
    fn of(&self, c: Column) -> &Geometry {
        match c {
            Column::Full => &self.full,
            Column::Left => &self.left,
            Column::Right => &self.right,
        }
    }
}

/// The geometry of a page's body.
struct Geometry {
    left: f64,
    right: f64,
    pitch: f64,
}

/// The last line written, for deciding whether the next continues it.
#[derive(Clone, Copy)]
struct Tail {
    /// The line ends inside a URL that a line break could have cut (`…/csm?`).
    open_url: bool,
    y: f64,
    size: f64,
    full: bool,
    ends_sentence: bool,
    /// Where continuation lines of this paragraph start.
    cont_x0: f64,
    /// Where the line starts.
    x0: f64,
    /// The line ends inside a time (`1:` of `1:00`), which a narrow cell cut.
    cut_time: bool,
}

/// Write the pages into the view; returns the furniture left out.
pub fn write(pages: &[Page], b: &mut ViewBuilder, part: Option<&str>) -> Vec<Furniture> {
    let laid: Vec<Laid> = pages.iter().map(lay).collect();
    let input: Vec<(Vec<Line>, Vec<String>, f64)> =
        laid.iter().zip(pages).map(|(l, p)| (l.lines.clone(), l.texts.clone(), p.height)).collect();
    let furniture = furniture::find(&input);
    let mut left_out = Vec::new();
    let mut tail: Option<Tail> = None;
    for ((page, laid), furn) in pages.iter().zip(&laid).zip(&furniture) {
        let origin = b.origin(part, Some(page.number), laid.text.clone());
        let mut excluded = vec![false; page.glyphs.len()];
        for (li, line) in laid.lines.iter().enumerate() {
            if furn.get(li).copied().unwrap_or(false) {
                left_out.push(Furniture { page: page.number, line: li as u32 + 1, text: laid.texts[li].clone() });
                for c in &line.chunks {
                    c.glyphs.iter().for_each(|&g| excluded[g] = true);
                }
            }
        }
        let items = items(page, laid, origin, &excluded);
        let geometry = geometries(&items, page);
        if tail.is_some() {
            b.blank_line(origin, 0);
        }
        tail = emit_page(&items, &geometry, page, laid, origin, b.body(), tail);
    }
    left_out
}

/// The page's body lines and tables, top to bottom.
fn items(page: &Page, laid: &Laid, origin: OriginId, excluded: &[bool]) -> Vec<Item> {
    let tables = tables(&page.rules);
    let mut in_table: Vec<Vec<usize>> = vec![Vec::new(); tables.len()];
    let mut free = Vec::new();
    for (i, g) in page.glyphs.iter().enumerate() {
        if excluded[i] || g.text.is_empty() {
            continue;
        }
        let (x, y) = Table::glyph_point(g);
        match tables.iter().position(|t| t.contains(x, y)) {
            Some(t) => in_table[t].push(i),
            None => free.push(i),
        }
    }
    let mut tables: Vec<Item> = tables
        .iter()
        .zip(&in_table)
        .filter(|(_, members)| !members.is_empty())
        .map(|(t, members)| Item::Table { y: t.bbox.1, rows: table_rows(t, members, page, laid, origin) })
        .collect();
    tables.sort_by(|a, b| a.y().total_cmp(&b.y()));
    // lines keep their reading order (a letterhead's right column first); tables go in
    // where they stand on the page
    let mut items = Vec::new();
    let mut tables = tables.into_iter().peekable();
    for (column, block) in reading_order(lines(&page.glyphs, &free), &page.glyphs, page.width) {
        let block = if column == Column::Full { letterheads(block, page) } else { block };
        for line in block {
            while tables.peek().is_some_and(|t| t.y() <= line.y - line.size) {
                items.extend(tables.next());
            }
            items.push(Item::Line(line, column));
        }
    }
    items.extend(tables);
    items
}

fn geometries(items: &[Item], page: &Page) -> Geometries {
    let of = |want: Option<Column>| {
        let lines: Vec<&Line> = items
            .iter()
            .filter_map(|i| match i {
                Item::Line(l, c) if want.is_none_or(|w| w == *c) => Some(l),
                _ => None,
            })
            .collect();
        let mut g = geometry(&lines, page);
        if want.is_some() {
            // a column's right edge is where its wrapped lines end, which a masthead or a
            // heading set further right must not move
            let mut ends: Vec<f64> = lines.iter().map(|l| l.x1()).collect();
            ends.sort_by(|a, b| b.total_cmp(a));
            g.right = ends.get(ends.len() / 4).copied().unwrap_or(g.right);
        }
        g
    };
    let (left, right) = (of(Some(Column::Left)), of(Some(Column::Right)));
    Geometries { full: of(None), left, right }
}

fn geometry(lines: &[&Line], page: &Page) -> Geometry {
    let left = lines.iter().map(|l| l.x0()).fold(f64::INFINITY, f64::min);
    let right = lines.iter().map(|l| l.x1()).fold(f64::NEG_INFINITY, f64::max);
    let mut gaps: Vec<f64> =
        lines.windows(2).map(|w| w[1].y - w[0].y).filter(|&d| d > 0.0 && d < 3.0 * w_size(lines)).collect();
    gaps.sort_by(f64::total_cmp);
    // the usual distance between two lines of a paragraph (paragraph gaps are larger)
    let pitch = gaps.get(gaps.len() * 3 / 10).copied().unwrap_or(1.5 * w_size(lines));
    Geometry {
        left: if left.is_finite() { left } else { 0.0 },
        right: if right.is_finite() { right } else { page.width },
        pitch,
    }
}

fn w_size(lines: &[&Line]) -> f64 {
    let mut sizes: Vec<f64> = lines.iter().map(|l| l.size).collect();
    sizes.sort_by(f64::total_cmp);
    sizes.get(sizes.len() / 2).copied().unwrap_or(10.5)
}

/// Write one chunk's glyphs, each mapped to its place in the page text.
fn push_chunk(out: &mut Fragment, chunk: &Chunk, glyphs: &[Glyph], laid: &Laid, origin: OriginId) {
    for (k, &g) in chunk.glyphs.iter().enumerate() {
        let at = laid.glyph_at[g];
        if chunk.space_before[k] {
            out.push_synthetic(" ", origin, at);
        }
        out.push_verbatim(&glyphs[g].text, origin, at);
    }
}

/// A line's text as a fragment (chunks joined by a space).
fn line_fragment(line: &Line, page: &Page, laid: &Laid, origin: OriginId) -> Fragment {
    let mut f = Fragment::new();
    for (ci, chunk) in line.chunks.iter().enumerate() {
        if ci > 0 {
            let at = chunk.glyphs.first().map_or(0, |&g| laid.glyph_at[g]);
            f.push_synthetic(" ", origin, at);
        }
        push_chunk(&mut f, chunk, &page.glyphs, laid, origin);
    }
    f
}

fn emit_page(
    items: &[Item],
    geos: &Geometries,
    page: &Page,
    laid: &Laid,
    origin: OriginId,
    out: &mut Fragment,
    mut tail: Option<Tail>,
) -> Option<Tail> {
    let mut same_page = false;
    let mut last_column = None;
    for item in items {
        match item {
            Item::Table { rows, .. } => {
                out.blank_line(origin, 0);
                write_rows(rows, out, origin);
                out.blank_line(origin, 0);
                tail = None;
            }
            Item::Line(line, column) => {
                let geo = geos.of(*column);
                // a new column starts a new paragraph
                if last_column.replace(*column).is_some_and(|c| c != *column) {
                    tail = None;
                    out.blank_line(origin, 0);
                }
                let frag = line_fragment(line, page, laid, origin);
                let at = line.chunks.first().and_then(|c| c.glyphs.first()).map_or(0, |&g| laid.glyph_at[g]);
                let joined = tail.is_some_and(|t| continues(&t, line, frag.text(), geo, same_page));
                if joined {
                    join(out, frag.text(), origin);
                } else if let Some(t) = tail.filter(|_| same_page)
                    && line.y - t.y > geo.pitch + 0.3 * t.size
                {
                    out.blank_line(origin, at);
                } else {
                    out.end_line(origin, at);
                }
                out.push_fragment(&frag);
                tail = Some(next_tail(line, page, frag.text(), geo, tail.filter(|_| joined)));
            }
        }
        same_page = true;
    }
    tail
}

/// The separator before a continuation: a space between two ASCII letters or digits,
/// nothing otherwise (nor inside a URL).
fn join(out: &mut Fragment, next: &str, origin: OriginId) {
    let last = out.text().chars().next_back();
    let first = next.chars().next();
    let tail_token = out.text().rsplit([' ', '\n']).next().unwrap_or("");
    let in_url = tail_token.contains("://") || tail_token.starts_with("www.");
    if !in_url && last.is_some_and(|c| c.is_ascii_alphanumeric()) && first.is_some_and(|c| c.is_ascii_alphanumeric()) {
        out.push_synthetic(" ", origin, 0);
    }
}

fn next_tail(line: &Line, page: &Page, text: &str, geo: &Geometry, joined_to: Option<Tail>) -> Tail {
    let size = line.size.max(1.0);
    let cont_x0 = match joined_to {
        // a continuation that sat left of an indented first line sets the paragraph's edge
        Some(t) => t.cont_x0.max(line.x0()),
        None => match marker_len(text) {
            Some(n) => after_marker(line, page, n),
            None if line.x0() > geo.left + 3.0 * size => line.x0(),
            None => geo.left,
        },
    };
    // a line that reaches the right margin from near the left one: a word processor wrapped
    // it (a right-aligned date also reaches the margin, but it is short)
    // (a line of chunks set apart by wide gaps is laid out in columns, not wrapped)
    let wide = line.x1() - line.x0() >= 0.6 * (geo.right - geo.left) && line.chunks.len() == 1;
    Tail {
        open_url: ends_in_url(text),
        y: line.y,
        size,
        full: wide && line.x1() >= geo.right - 1.2 * size,
        ends_sentence: text.trim_end().ends_with(['。', '.', ':', '：']),
        cont_x0,
        x0: line.x0(),
        cut_time: ends_in_cut_time(text),
    }
}

fn continues(t: &Tail, line: &Line, text: &str, geo: &Geometry, same_page: bool) -> bool {
    // a URL too long for its line is broken where the word processor could (after `?`,
    // `/`, `=`), well before the margin: the next line carries on with more of it
    if t.open_url && url_rest(text) && (!same_page || line.y - t.y <= 1.5 * geo.pitch.max(t.size)) {
        return true;
    }
    // `停止日時 2026年3月8日(日)1:` / `00~6:00`: a time is never split on purpose
    let near = line.y - t.y <= 1.5 * geo.pitch.max(t.size);
    let digits = text.chars().take(2).filter(|&c| c.is_ascii_digit() || ('０'..='９').contains(&c)).count();
    if t.cut_time && digits == 2 && (!same_page || near) {
        return true;
    }
    if !t.full || t.ends_sentence || marker_len(text).is_some() {
        return false;
    }
    let ratio = line.size / t.size;
    if !(0.8..=1.25).contains(&ratio) {
        return false;
    }
    let em = line.size.max(t.size);
    if same_page && line.y - t.y > 1.5 * geo.pitch.max(em) {
        return false;
    }
    // at the paragraph's edge, or left of where an indented first line started
    line.x0() <= t.cont_x0 + 0.6 * em || (line.x0() < t.x0 - 0.5 * em && line.x0() >= geo.left - 0.6 * em)
}

/// Whether a line ends with an hour and its colon (`…(日)1:`), the minutes cut off.
fn ends_in_cut_time(text: &str) -> bool {
    let t = text.trim_end();
    let Some(head) = t.strip_suffix(':').or_else(|| t.strip_suffix('：')) else { return false };
    head.chars().next_back().is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Whether a line ends with a URL (its last word has `://` and URL characters only).
fn ends_in_url(text: &str) -> bool {
    let last = text.trim_end().rsplit([' ', '\u{3000}']).next().unwrap_or("");
    let at = last.find("http").unwrap_or(usize::MAX);
    at != usize::MAX && last[at..].contains("://") && last[at..].bytes().all(is_url_byte)
}

/// Whether a line opens with more of a URL: URL characters up to the end or a space,
/// with some URL punctuation in them (`id=kb_article_view&sysparm_article=KB0013052`).
fn url_rest(text: &str) -> bool {
    let first = text.split([' ', '\u{3000}']).next().unwrap_or("");
    first.len() >= 2
        && first.bytes().all(is_url_byte)
        && first.bytes().any(|b| matches!(b, b'=' | b'&' | b'/' | b'?' | b'#' | b'_' | b'.' | b'%'))
        && !first.contains("://")
}

fn is_url_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
}

/// Where the text after a line's marker (`marker` bytes of its text) starts.
fn after_marker(line: &Line, page: &Page, marker: usize) -> f64 {
    let Some(chunk) = line.chunks.first() else { return line.x0() };
    let mut bytes = 0;
    for &g in &chunk.glyphs {
        if bytes >= marker && !page.glyphs[g].text.trim().is_empty() {
            return page.glyphs[g].x;
        }
        bytes += page.glyphs[g].text.len();
    }
    line.x0()
}

/// Byte length of a list marker or label opening a line (`・`, `1.`, `(1)`, `①`, `※`, `【`).
fn marker_len(text: &str) -> Option<usize> {
    let t = text.trim_start();
    let c = t.chars().next()?;
    if "・●○■□◆◇※*＊-－〇◎▶▷►【〔［[「■◯□✓".contains(c) || ('\u{2460}'..='\u{2473}').contains(&c)
    {
        return Some(c.len_utf8());
    }
    let digits: usize =
        t.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).map(char::len_utf8).sum();
    let rest = &t[digits..];
    if digits > 0 && digits <= 6 && rest.starts_with(['.', ')', '．', '）', '、']) {
        return Some(digits + rest.chars().next().map_or(0, char::len_utf8));
    }
    if let Some(n) = label_len(t) {
        return Some(n);
    }
    if let Some(inner) = t.strip_prefix(['(', '（']) {
        let d: usize =
            inner.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).map(char::len_utf8).sum();
        if d > 0 && inner[d..].starts_with([')', '）']) {
            return Some(d + 2);
        }
    }
    None
}

/// Byte length of a short label and its colon opening a line (`対象：`, `停止日時:`), which
/// starts an item of its own: a continuation line never opens with one. Digits before the
/// colon are a time cut by the wrap (`21` / `:30`), not a label.
fn label_len(t: &str) -> Option<usize> {
    let colon = t.char_indices().take(7).find(|&(_, c)| c == ':' || c == '：')?.0;
    let label = &t[..colon];
    let plain = label.chars().all(|c| !c.is_ascii_digit() && !c.is_whitespace() && !"、。,.()（）「」".contains(c));
    let url = t[colon..].starts_with("://");
    (colon > 0 && plain && !url).then(|| colon + t[colon..].chars().next().map_or(0, char::len_utf8))
}

/// Each row of a table as cell fragments (a merged cell repeated down the rows it spans,
/// empty after itself across the columns it spans).
fn table_rows(t: &Table, members: &[usize], page: &Page, laid: &Laid, origin: OriginId) -> Vec<Vec<Fragment>> {
    let (rows, cols) = (t.rows(), t.cols());
    let mut by_owner: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for &g in members {
        let (x, y) = Table::glyph_point(&page.glyphs[g]);
        if let Some((r, c)) = t.cell_at(x, y) {
            by_owner.entry(t.owner[r * cols + c]).or_default().push(g);
        }
    }
    let cell_text = |owner: usize| -> Fragment {
        let mut f = Fragment::new();
        for line in lines(&page.glyphs, by_owner.get(&owner).map_or(&[][..], Vec::as_slice)) {
            let part = line_fragment(&line, page, laid, origin);
            if !f.text().is_empty() {
                join(&mut f, part.text(), origin);
            }
            f.push_fragment(&part);
        }
        f
    };
    let mut out = Vec::new();
    for r in 0..rows {
        let row: Vec<Fragment> = (0..cols)
            .map(|c| {
                let owner = t.owner[r * cols + c];
                let spans_left = c > 0 && t.owner[r * cols + c - 1] == owner;
                if spans_left { Fragment::new() } else { cell_text(owner) }
            })
            .collect();
        if row.iter().any(|f| !f.text().trim().is_empty()) {
            out.push(row);
        }
    }
    out
}

fn write_rows(rows: &[Vec<Fragment>], out: &mut Fragment, origin: OriginId) {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for (i, row) in rows.iter().enumerate() {
        out.push_synthetic("| ", origin, 0);
        for (j, cell) in row.iter().enumerate() {
            if j > 0 {
                out.push_synthetic(" | ", origin, 0);
            }
            out.push_fragment(&cell_without_pipes(cell, origin));
        }
        out.push_synthetic(" |\n", origin, 0);
        if i == 0 && rows.len() > 1 {
            out.push_synthetic(&format!("|{}\n", "---|".repeat(width.max(1))), origin, 0);
        }
    }
}

/// A cell's text with `|` written as `/`, so it cannot split the row.
fn cell_without_pipes(cell: &Fragment, origin: OriginId) -> Fragment {
    if !cell.text().contains('|') {
        return cell.clone();
    }
    let mut f = Fragment::new();
    f.push_synthetic(&cell.text().replace('|', "/"), origin, 0);
    f
}

/// Lines of a two-column letterhead, the right column (number, date) first.
fn letterheads(lines: Vec<Line>, page: &Page) -> Vec<Line> {
    let right = lines.iter().map(Line::x1).fold(f64::NEG_INFINITY, f64::max);
    let is_pair = |l: &Line| l.chunks.len() >= 2 && l.x1() >= right - 1.5 * l.size;
    let header_chunk = |c: &Chunk| is_header_text(&c.text(&page.glyphs));
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // a block: pair lines and the lines between them, no paragraph gap inside
        let mut j = i;
        while j < lines.len() && (is_pair(&lines[j]) || (j > i && j + 1 < lines.len() && is_pair(&lines[j + 1]))) {
            if j > i && lines[j].y - lines[j - 1].y > 2.5 * lines[j].size {
                break;
            }
            j += 1;
        }
        let block = &lines[i..j];
        let letterhead = block.iter().any(|l| is_pair(l) && l.chunks.last().is_some_and(header_chunk));
        if !letterhead {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        let split = |l: &Line, c: &Chunk| Line { y: l.y, size: l.size, chunks: vec![c.clone()] };
        out.extend(block.iter().filter(|l| is_pair(l)).filter_map(|l| l.chunks.last().map(|c| split(l, c))));
        for l in block {
            let n = if is_pair(l) { l.chunks.len() - 1 } else { l.chunks.len() };
            let mut left = l.clone();
            left.chunks.truncate(n);
            out.push(left);
        }
        i = j;
    }
    out
}

/// Whether a chunk is a document number, a date alone or 事務連絡.
fn is_header_text(text: &str) -> bool {
    let n = crate::normalize::normalize(text);
    let t = n.text().trim();
    crate::segment::is_number_line(t) || crate::segment::is_date_line(t) || t == "事務連絡"
}
