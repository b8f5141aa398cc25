//! Segmentation: a file into documents, and each document into logical units.
//!
//! A circular file usually holds several documents: a cover letter, the 厚生労働省
//! 事務連絡 it forwards (`【別添資料】`), sometimes a forwarding letter around both. Each
//! starts with a *header*: a document number (`日医発第1817号(情シ)(保険)`), a date alone on
//! its line (`令和7年1月30日`, never with a weekday), the word `事務連絡`, or an attachment
//! marker standing alone (`別紙1`, `(別紙)`, `【別添資料】別紙1`). A header starts a new
//! document; a bare `【別添資料】` heading followed by a list is the cover's index of its
//! attachments, not the attachment itself.
//!
//! Within a document, lines become *units*: headings, list items and paragraphs. PDF
//! conversion cuts sentences, ranges and prefecture lists at page breaks, so a line is
//! joined to the next non-blank line when it plainly continues there: it ends with a range
//! connector (`22:00~`) or a list separator (`福島県、`), the next line starts with one, or
//! the line is a long wrapped paragraph line with no sentence end. Each unit keeps the map
//! from its own text back to the normalised text, so positions survive the join.

use crate::lexicon::{self, Class};
use crate::normalize::Normalized;

/// What a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// `# …`, `【…】` alone, or a short numbered heading.
    Heading,
    /// `- …`, `・…`, `1. …`, `(1) …`, `① …`.
    Item,
    /// Anything else.
    Paragraph,
    /// A Markdown table row (`| 開始 | 終了 | 対象 |`), outer pipes removed; cells stay
    /// separated by `|`.
    TableRow,
}

/// One logical line: a heading, a list item or a paragraph, possibly joined from
/// several source lines.
///
/// A unit of one line borrows its text from the normalised text; only a unit joined from
/// several lines owns a copy, so a large notice is not held a second time in its units.
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    /// Normalised text of the unit, markers (`#`, `- ・`) removed.
    pub text: std::borrow::Cow<'a, str>,
    /// Offset in the normalised text of the first byte of `text`.
    start: u32,
    /// (offset in `text`, offset in the normalised text, length) of each line joined to the
    /// first (none for a unit of one line, most units: no list to allocate).
    joins: Box<[(u32, u32, u32)]>,
    /// Kind of unit.
    pub kind: UnitKind,
    /// 0-based index of the first source line.
    pub line: usize,
    /// 0-based index of the last source line.
    pub last_line: usize,
    /// Index of the document this unit belongs to.
    pub doc: usize,
    /// Index (in [`Segmented::units`]) of the heading this unit falls under, if any.
    pub heading: Option<usize>,
}

impl Unit<'_> {
    /// Offset in the normalised text for an offset in [`Unit::text`].
    pub fn to_norm(&self, offset: usize) -> usize {
        let first = self.joins.first().map_or(self.text.len(), |j| j.0 as usize);
        if offset < first || self.joins.is_empty() {
            return self.start as usize + offset.min(first);
        }
        let idx = match self.joins.binary_search_by(|p| (p.0 as usize).cmp(&offset)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        match self.joins.get(idx) {
            Some(&(u, n, len)) => n as usize + (offset - u as usize).min(len as usize),
            None => offset,
        }
    }

    /// Span in the normalised text of `start..end` of [`Unit::text`]; the end maps to the
    /// end of the last byte, so a span across a join stays whole.
    pub fn span_to_norm(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_norm(start);
        let e = if end > start { self.to_norm(end - 1) + 1 } else { s };
        (s, e.max(s))
    }
}

/// Where a document sits in the file.
#[derive(Debug, Clone)]
pub struct DocumentSpan {
    /// 0-based first line.
    pub start_line: usize,
    /// 0-based line after the last one.
    pub end_line: usize,
    /// Header lines (number, date, 事務連絡) found at its start, 0-based.
    pub header_lines: Vec<usize>,
    /// The document number of its header, as written less its spaces
    /// (`日医発第1817号(情シ)(保険)`).
    pub number: Option<String>,
    /// The date of its header (alone on its line, or after the number).
    pub date: Option<chrono::NaiveDate>,
    /// A header line says `事務連絡`.
    pub jimu_renraku: bool,
}

impl DocumentSpan {
    fn new(start_line: usize, end_line: usize, header_lines: Vec<usize>) -> DocumentSpan {
        DocumentSpan { start_line, end_line, header_lines, number: None, date: None, jimu_renraku: false }
    }
}

/// The segmented file.
#[derive(Debug, Clone)]
pub struct Segmented<'a> {
    /// Documents in file order; the first is the outermost (cover) document.
    pub documents: Vec<DocumentSpan>,
    /// Units in file order.
    pub units: Vec<Unit<'a>>,
    /// The date and time tokens of every line, in one list: line `i`'s are
    /// `line_tokens[line_token_starts[i]..line_token_starts[i + 1]]` (one list per line of a
    /// large notice would cost a list header and spare capacity each).
    line_tokens: Vec<crate::datetime::Token>,
    line_token_starts: Vec<usize>,
    /// The date and time tokens of each unit's text, when segmentation already has them (a
    /// unit of one line: the line's own tokens), until the annotation stage takes them; it
    /// scans the others.
    unit_tokens: Vec<Option<Box<[crate::datetime::Token]>>>,
}

impl Segmented<'_> {
    /// The date and time tokens segmentation read for each unit (see `unit_tokens`), taken
    /// out: the annotation stage keeps them in its notes.
    pub(crate) fn take_unit_tokens(&mut self) -> Vec<Option<Box<[crate::datetime::Token]>>> {
        std::mem::take(&mut self.unit_tokens)
    }

    /// The date and time tokens of line `i` of the normalised text (untrimmed), read once
    /// when the lines were classified.
    pub fn line_tokens(&self, i: usize) -> &[crate::datetime::Token] {
        match (self.line_token_starts.get(i), self.line_token_starts.get(i + 1)) {
            (Some(&s), Some(&e)) => self.line_tokens.get(s..e).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The indices of the units of document `doc` (units are in file order, so a
    /// document's units are one run of them).
    pub fn doc_units(&self, doc: usize) -> std::ops::Range<usize> {
        let start = self.units.partition_point(|u| u.doc < doc);
        start..start + self.units[start..].partition_point(|u| u.doc == doc)
    }

    /// The full date written alone on line `i` (spaces around it allowed, a weekday too:
    /// `2025年7月25日(金)`).
    pub fn date_alone(&self, norm: &Normalized, i: usize) -> Option<chrono::NaiveDate> {
        let line = norm.line(i);
        let lead = line.len() - line.trim_start().len();
        match self.line_tokens(i) {
            [crate::datetime::Token::Date(d)] if d.start == lead && line[d.end..].trim().is_empty() => {
                crate::datetime::full_date(d)
            }
            _ => None,
        }
    }

    /// The full date that starts at byte `at` of line `i`, if a date token starts there.
    pub fn date_at(&self, i: usize, at: usize) -> Option<chrono::NaiveDate> {
        let toks = self.line_tokens(i);
        let k = toks.partition_point(|t| t.start() < at);
        match toks.get(k) {
            Some(crate::datetime::Token::Date(d)) if d.start == at => crate::datetime::full_date(d),
            _ => None,
        }
    }
}

/// Whether a line is a kind word alone (`情報提供`, `# 周知依頼`).
pub fn is_kind_word(l: &str) -> bool {
    let l = l.trim_start_matches('#').trim();
    // the longest kind is five characters: a longer line (a sentence) is no kind word
    if l.len() > 24 {
        return false;
    }
    let t: String = l.chars().filter(|c| !c.is_whitespace()).collect();
    // `連絡` alone is a heading (`連絡先`'s first line), not the kind of the letter
    lexicon::is(&t, Class::NoticeKind) && t != "連絡"
}

/// What the segmenter needs to know of one line, from one scan of it.
#[derive(Debug, Clone)]
struct LineFacts {
    class: LineClass,
    /// Its date and time tokens (exact size: one list per line of a large notice).
    tokens: Box<[crate::datetime::Token]>,
    /// It holds a date with a day.
    dated: bool,
    /// It ends with a date with a day, nothing after it.
    ends_with_date: bool,
    /// It opens with a time of day (`22:00~`).
    starts_with_time: bool,
}

fn facts(line: &str) -> LineFacts {
    use crate::datetime::Token;
    let toks = crate::datetime::scan(line);
    let end = line.trim_end().len();
    LineFacts {
        class: classify(line, &toks),
        dated: toks.iter().any(|t| matches!(t, Token::Date(d) if d.day.is_some())),
        ends_with_date: matches!(toks.last(), Some(Token::Date(d)) if d.day.is_some() && d.end == end),
        starts_with_time: matches!(toks.first(), Some(Token::Time(t)) if t.start == 0),
        tokens: toks.into(),
    }
}

/// Classification of one normalised line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineClass {
    Blank,
    Header,
    Separator,
    Heading,
    Item,
    Text,
    TableRow,
}

/// Whether a line is a document number line (`日医発第1817号(情シ)(保険)`, `医政発0130第1号`).
pub fn is_number_line(line: &str) -> bool {
    // the number alone, or the number and the date on one line
    number_in(line).is_some_and(|(s, e)| s == 0 && (line[e..].trim().is_empty() || is_date_line(line[e..].trim())))
}

/// The document number in a line, as a byte span: `[発文字]*第N号(...)*`, N perhaps a year and
/// a serial (`医ネ運第2027-031号`).
pub fn number_in(line: &str) -> Option<(usize, usize)> {
    let dai = line.find('第')?;
    let after = &line[dai + '第'.len_utf8()..];
    // ASCII or kanji digits (`第三一二号` in a vertically set letter)
    let digits: usize = after
        .chars()
        .take_while(|c| {
            c.is_ascii_digit()
                || crate::datetime::numerals::kanji_digit(*c).is_some()
                || matches!(c, '十' | '百' | '千')
        })
        .map(char::len_utf8)
        .sum();
    // a year and a serial (`第2027-031号`)
    let serial = after[digits..].strip_prefix('-').map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    let digits = if digits > 0 && serial > 0 { digits + 1 + serial } else { digits };
    if digits == 0 || !after[digits..].starts_with('号') {
        return None;
    }
    let before = &line[..dai];
    // the issuer abbreviation before 第: kanji/kana/ASCII letters and digits, no spaces
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| !c.is_whitespace() && !matches!(c, '、' | '。' | ':' | '(' | ')' | '「' | '」'))
        .last()
        .map(|(i, _)| i)
        .unwrap_or(dai);
    let prefix = &line[start..dai];
    if prefix.is_empty() || !prefix.contains(|c: char| !c.is_ascii_digit()) {
        return None;
    }
    let mut end = dai + '第'.len_utf8() + digits + '号'.len_utf8();
    // parenthesised suffixes: (情シ)(保険)
    while line[end..].starts_with('(') {
        match line[end..].find(')') {
            Some(close) if close <= 24 => end += close + 1,
            _ => break,
        }
    }
    Some((start, end))
}

/// Whether a line is a date alone (a document date): a full date with year, no weekday, no
/// time, optionally followed by `一部改正` / `改正` / `付`.
pub fn is_date_line(line: &str) -> bool {
    date_line_of(line, &crate::datetime::scan(line))
}

/// [`is_date_line`] for a line already scanned.
fn date_line_of(line: &str, toks: &[crate::datetime::Token]) -> bool {
    let [crate::datetime::Token::Date(d)] = toks else {
        return false;
    };
    if d.weekday.is_some() || d.holiday || d.start != 0 || crate::datetime::full_date(d).is_none() {
        return false;
    }
    let rest = line[d.end..].trim();
    rest.is_empty() || matches!(rest, "一部改正" | "改正" | "付" | "付け" | "発出")
}

/// The line without its spaces, if it is short enough to be a header word (a longer line is a
/// sentence, and is not copied).
fn squeezed(line: &str, max_bytes: usize) -> Option<String> {
    if line.len() > max_bytes {
        return None;
    }
    Some(line.chars().filter(|c| !c.is_whitespace()).collect())
}

fn is_jimu_renraku(line: &str) -> bool {
    line.contains("事務連絡")
        && squeezed(line, 64).is_some_and(|t| matches!(t.as_str(), "事務連絡" | "【事務連絡】" | "(事務連絡)"))
}

fn is_separator(line: &str) -> bool {
    if !(line.contains('別') || line.contains("参考資料")) {
        return false;
    }
    let Some(t) = squeezed(line, 96) else {
        return false;
    };
    let t = t.trim_start_matches('#');
    let inner = t.trim_start_matches(['(', '【', '[', '〔']).trim_end_matches([')', '】', ']', '〕']);
    let inner = inner.replace(['【', '】'], "");
    let inner = inner.trim_start_matches("別添資料").trim_start_matches("別添");
    let inner = if inner.is_empty() { "別添" } else { inner };
    (inner.starts_with("別紙") || inner.starts_with("別添") || inner.starts_with("参考資料"))
        && inner.chars().count() <= 6
        && inner.chars().skip(2).all(|c| c.is_ascii_digit() || c == '-')
}

fn is_page_number(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c == '-' || c == ' ' || c == '/');
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

/// Markers that open a list item (the lexicon's bullets, repeated: `-・`, `・ ●`): returns
/// the byte length of the markers and the space after them.
fn item_marker(line: &str) -> Option<usize> {
    let mut rest = line;
    while let Some(b) = lexicon::bullet_at(rest) {
        rest = rest[b.len()..].trim_start();
    }
    let n = line.len() - rest.len();
    (n > 0).then_some(n)
}

/// The style of the list number a unit's text opens with, after any bullet: `1.` and `1)`
/// are 0, `(1)` is 1, `①` is 2. A series keeps its style; a heading of another style is
/// of another level.
pub fn number_style(text: &str) -> Option<u8> {
    let t = text.trim_start();
    let t = &t[item_marker(t).unwrap_or(0)..];
    number_marker(t)?;
    Some(match t.chars().next() {
        Some('(') => 1,
        Some(c) if crate::normalize::is_circled_number(c) => 2,
        _ => 0,
    })
}

/// A unit's text after the bullets and the list number it opens with (`■`, `(3)`, `・1.`).
///
/// ```text
/// assert_eq!(after_markers("(3)復旧日時"), "復旧日時");
/// ```
pub fn after_markers(text: &str) -> &str {
    let t = text.trim_start();
    let t = &t[item_marker(t).unwrap_or(0)..];
    t[number_marker(t).unwrap_or(0)..].trim_start()
}

/// Numbered markers (`1.`, `(1)`, `①`, `1)`): byte length, if present.
fn number_marker(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let r = &line[digits..];
        // `1. `, `1)`, `1.` and `1 ` (`１　停止の日時`, the space kept by normalisation)
        if r.starts_with(". ")
            || r.starts_with(')')
            || (r.starts_with('.') && !r[1..].starts_with(|c: char| c.is_ascii_digit()))
            || (r.starts_with(' ') && !r[1..].starts_with(|c: char| c.is_ascii_digit() || c == ' '))
        {
            return Some(digits + 1);
        }
    }
    if let Some(inner) = line.strip_prefix('(') {
        let d = inner.bytes().take_while(u8::is_ascii_digit).count();
        if d > 0 && d <= 2 && inner[d..].starts_with(')') {
            return Some(d + 2);
        }
    }
    let c = line.chars().next()?;
    if crate::normalize::is_circled_number(c) {
        return Some(c.len_utf8());
    }
    None
}

fn classify(line: &str, toks: &[crate::datetime::Token]) -> LineClass {
    let t = line.trim();
    if t.is_empty() || is_page_number(t) {
        return LineClass::Blank;
    }
    if t.starts_with('|') {
        // a table's delimiter row (`|---|:---:|`) carries nothing
        if t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            return LineClass::Blank;
        }
        return LineClass::TableRow;
    }
    // tokens of the untrimmed line: a date line is only trimmed at its ends
    let date_line = line.len() == t.len() && date_line_of(t, toks) || line.len() != t.len() && is_date_line(t);
    if is_number_line(t) || date_line || is_jimu_renraku(t) {
        return LineClass::Header;
    }
    if is_separator(t) {
        return LineClass::Separator;
    }
    if t.starts_with('#') {
        return LineClass::Heading;
    }
    if (t.starts_with('【') && t.ends_with('】')) && t.chars().count() <= 60 {
        return LineClass::Heading;
    }
    if item_marker(t).is_some() || number_marker(t).is_some() {
        return LineClass::Item;
    }
    LineClass::Text
}

/// Segment normalised text into documents and units.
///
/// ```text
/// use tsuchi::{normalize::normalize, segment::segment};
/// let n = normalize("日医発第1号\n令和7年1月30日\n\n本文\n\n事務連絡\n令和7年1月29日\n\n別の本文");
/// let s = segment(&n);
/// assert_eq!(s.documents.len(), 2);
/// // header lines are units too: 事務連絡, its date, and the body
/// assert_eq!(s.units.iter().filter(|u| u.doc == 1).count(), 3);
/// ```
#[cfg(test)]
pub fn segment(norm: &Normalized) -> Segmented<'_> {
    segment_with(norm, &Boundaries::default())
}

/// What a reader knows about where documents start, as 0-based lines of the view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Boundaries {
    /// Lines where a document starts whatever its text (each file attached to an e-mail).
    pub documents: Vec<usize>,
    /// Lines where a quoted or forwarded original starts: what comes before it, when it has
    /// no letterhead, is a note around the original (`転送します`), not a letter of its own.
    pub originals: Vec<usize>,
}

/// Segment, with the boundaries a reader found.
pub fn segment_with<'a>(norm: &'a Normalized, bounds: &Boundaries) -> Segmented<'a> {
    let n_lines = norm.line_count();
    let facts: Vec<LineFacts> = (0..n_lines).map(|i| facts(norm.line(i))).collect();
    let classes: Vec<LineClass> = facts.iter().map(|f| f.class).collect();
    let mut documents = find_documents(norm, &classes, bounds);
    read_headers(norm, &facts, &mut documents);
    let mut line_doc = vec![0usize; n_lines];
    for (d, span) in documents.iter().enumerate() {
        for slot in line_doc.iter_mut().take(span.end_line).skip(span.start_line) {
            *slot = d;
        }
    }
    let lines = Lines { norm, facts: &facts, classes: &classes, line_doc: &line_doc };
    let mut units: Vec<Unit<'a>> = Vec::new();
    let mut unit_tokens = Vec::new();
    let mut heading: Option<usize> = None;
    let mut current_doc = 0;
    let mut i = 0;
    while i < n_lines {
        if classes[i] == LineClass::Blank {
            i += 1;
            continue;
        }
        let doc = lines.doc_of(i);
        if doc != current_doc {
            heading = None;
            current_doc = doc;
        }
        let (mut unit, tokens) = lines.unit_at(i);
        unit_tokens.push(tokens);
        unit.heading = if unit.kind == UnitKind::Heading { None } else { heading };
        if unit.kind == UnitKind::Heading {
            heading = Some(units.len());
        }
        i = unit.last_line + 1;
        units.push(unit);
    }
    // kept to the end of extraction: no spare capacity
    units.shrink_to_fit();
    let mut line_tokens = Vec::with_capacity(facts.iter().map(|f| f.tokens.len()).sum());
    let mut line_token_starts = Vec::with_capacity(facts.len() + 1);
    for f in facts {
        line_token_starts.push(line_tokens.len());
        line_tokens.extend(f.tokens);
    }
    line_token_starts.push(line_tokens.len());
    unit_tokens.shrink_to_fit();
    Segmented { documents, units, unit_tokens, line_tokens, line_token_starts }
}

/// The number, date and `事務連絡` of each document's header lines, from the tokens the
/// lines were classified with.
fn read_headers(norm: &Normalized, facts: &[LineFacts], documents: &mut [DocumentSpan]) {
    for d in documents {
        for &h in &d.header_lines {
            let raw = norm.line(h);
            let lead = raw.len() - raw.trim_start().len();
            let l = raw.trim();
            let number = number_in(l);
            if d.number.is_none()
                && let Some((s, e)) = number
            {
                d.number = Some(l[s..e].chars().filter(|c| !c.is_whitespace()).collect());
            }
            // a date alone on its line, or after the number on the same line
            let after = number.map_or(0, |(_, e)| e);
            let rest = &l[after..];
            let from = lead + after + (rest.len() - rest.trim_start().len());
            if d.date.is_none() {
                let toks: Vec<crate::datetime::Token> =
                    facts[h].tokens.iter().filter(|t| t.start() >= from).map(|t| t.shifted_back(from)).collect();
                if date_line_of(rest.trim(), &toks) {
                    d.date = toks.iter().find_map(|t| match t {
                        crate::datetime::Token::Date(x) => crate::datetime::full_date(x),
                        crate::datetime::Token::Time(_) => None,
                    });
                }
            }
            d.jimu_renraku |= l.chars().filter(|c| !c.is_whitespace()).collect::<String>().contains("事務連絡");
        }
    }
}

/// The lines of a file with what segmentation knows of each.
struct Lines<'a, 'f> {
    norm: &'a Normalized,
    facts: &'f [LineFacts],
    classes: &'f [LineClass],
    line_doc: &'f [usize],
}

impl<'a> Lines<'a, '_> {
    fn doc_of(&self, line: usize) -> usize {
        self.line_doc.get(line).copied().unwrap_or(0)
    }

    /// The unit that starts at line `i`, with the lines that continue it joined.
    fn unit_at(&self, i: usize) -> (Unit<'a>, Option<Box<[crate::datetime::Token]>>) {
        let (ls, le) = self.norm.line_range(i);
        let line: &'a str = &self.norm.text()[ls..le];
        let class = self.classes[i];
        let (kind, skip) = kind_and_marker(class, line, &self.facts[i].tokens);
        let body = &line[skip..];
        let body = if kind == UnitKind::TableRow { body.trim_end_matches([' ', '|']) } else { body };
        let mut text = std::borrow::Cow::Borrowed(body);
        let mut joins: Vec<(u32, u32, u32)> = Vec::new();
        let n32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut last = i;
        let mut dated = self.facts[i].dated;
        let joinable = matches!(class, LineClass::Text | LineClass::Item | LineClass::Heading);
        let doc = self.doc_of(i);
        for _ in 0..12 {
            if !joinable {
                break;
            }
            // a range cut by a page break may have a page number and blank lines between
            let reach = if text.trim_end().ends_with('~') { 10 } else { 3 };
            let Some(next) = next_nonblank(self.classes, last + 1, reach).filter(|&n| self.doc_of(n) == doc) else {
                break;
            };
            let (ns, ne) = self.norm.line_range(next);
            let next_line = &self.norm.text()[ns..ne];
            let join =
                Join { kind, adjacent: next == last + 1, dated, ends_with_date: self.facts[last].ends_with_date };
            if !continues(&text, next_line, &self.facts[next], &join) {
                break;
            }
            joins.push((n32(text.len()), n32(ns), n32(ne - ns)));
            text.to_mut().push_str(next_line);
            dated |= self.facts[next].dated;
            last = next;
        }
        // one line: its tokens, moved past the marker, serve the unit as they are
        let tokens = (last == i).then(|| {
            let t = &self.facts[i].tokens;
            t.iter()
                .filter(|k| k.start() >= skip && k.end() <= skip + text.len())
                .map(|k| k.shifted_back(skip))
                .collect()
        });
        let unit = Unit {
            text,
            start: n32(ls + skip),
            joins: joins.into(),
            kind,
            line: i,
            last_line: last,
            doc,
            heading: None,
        };
        (unit, tokens)
    }
}

/// A unit's kind from its first line's class, and the byte length of its marker.
fn kind_and_marker(class: LineClass, line: &str, tokens: &[crate::datetime::Token]) -> (UnitKind, usize) {
    match class {
        LineClass::Heading => {
            let hashes = line.bytes().take_while(|&b| b == b'#').count();
            let rest = &line[hashes..];
            let ws = rest.len() - rest.trim_start().len();
            let inner = &line[hashes + ws..];
            let m = item_marker(inner).unwrap_or(0);
            (UnitKind::Heading, hashes + ws + m)
        }
        LineClass::Item => {
            let m = item_marker(line).unwrap_or(0);
            let numbered = number_marker(&line[m..]).is_some();
            // a short numbered line with no date (`1. 停止の内容`) heads what follows
            let dated = tokens.iter().any(|t| t.end() > m);
            (if numbered && !dated && is_short_heading(&line[m..]) { UnitKind::Heading } else { UnitKind::Item }, m)
        }
        LineClass::TableRow => (UnitKind::TableRow, 1),
        _ => (UnitKind::Paragraph, 0),
    }
}

/// What a join needs to know of the unit so far.
struct Join {
    kind: UnitKind,
    /// The next line follows with no blank line between.
    adjacent: bool,
    /// The unit so far holds a date with a day.
    dated: bool,
    /// Its last line ends with a date.
    ends_with_date: bool,
}

fn is_short_heading(s: &str) -> bool {
    s.chars().count() <= 40 && !s.contains('。')
}

fn next_nonblank(classes: &[LineClass], from: usize, max_blank: usize) -> Option<usize> {
    let mut blanks = 0;
    let mut j = from;
    while j < classes.len() {
        if classes[j] != LineClass::Blank {
            return Some(j);
        }
        blanks += 1;
        if blanks > max_blank {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether `next` continues the unit whose text so far is `text`. The rules, in order:
///
/// 1. headers, headings, separators, table rows and rule lines (`--`, `────`, `***`:
///    no letter, digit or kana) always start something new; a label alone on its line
///    (`発生日時`) continues with its value on the very next line and never continues what
///    is above it, and a dated line with the
///    next line when that opens with an arrow (`⇒ 2026.11.28(土)22:00~…`);
/// 2. a range or a list cut after its connector (`22:00~`, `福島県、`) continues;
/// 3. a date, a number or a URL cut in the middle (`令和7年6月` / `14日(土)…`,
///    `0800-080-4` / `583`, `…/news/2` / `025/…`) continues, unless the next line is a
///    numbered item or both lines carry a date;
/// 4. a line that opens with a label (`東海北陸エリア:`) or a list marker does not;
/// 5. a line that starts with what cannot start a sentence (`ー`, `、`, small kana) continues;
/// 6. across a blank line, a list item or a labelled line that ends with a time or a
///    prefecture does not continue; an unclosed
///    bracket continues on the very next line;
/// 7. two statements that each carry a date stay apart;
/// 8. a long wrapped line with no sentence end continues.
fn continues(text: &str, next: &str, next_facts: &LineFacts, join: &Join) -> bool {
    let (kind, adjacent, next_class) = (join.kind, join.adjacent, next_facts.class);
    if matches!(next_class, LineClass::Header | LineClass::Separator | LineClass::Heading | LineClass::TableRow) {
        return false;
    }
    if !next.chars().any(char::is_alphanumeric) {
        return false;
    }
    let t = text.trim_end();
    // a label alone on its line and its value on the next (`<dt>発生日時</dt><dd>…</dd>`)
    if adjacent && is_bare_label(t) && next_class != LineClass::Item && !starts_with_label(next) {
        return true;
    }
    // a label alone on its line (`<dt>復旧日時</dt>`) opens an item of its own, as does a
    // labelled line under another (`影響範囲…の参加施設` / `復旧日時2026年12月3日(木)18時50分`)
    if is_bare_label(next.trim()) || (opens_with_report_label(t) && opens_with_report_label(next)) {
        return false;
    }
    // `old window` / `⇒ new window` on the line under it: one move
    if adjacent && lexicon::starts_with(next.trim_start(), Class::Arrow).is_some() && join.dated {
        return true;
    }
    let last = t.chars().next_back();
    let first = next.chars().next();
    if t.ends_with('~') || t.ends_with("から") || t.ends_with('、') || t.ends_with('・') || t.ends_with(',') {
        return next_class != LineClass::Item || t.ends_with('~');
    }
    let numbered_item = number_marker(next).is_some()
        || next.split_once(' ').is_some_and(|(h, _)| !h.is_empty() && h.bytes().all(|b| b.is_ascii_digit()))
        || opens_with_ordinal(next);
    let cut_number = last.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '/'))
        || (t.ends_with('月') || t.ends_with('年')) && t.chars().rev().nth(1).is_some_and(|c| c.is_ascii_digit());
    // two lines that each carry a full date are two statements, even when one ends in a digit
    // and the next opens with one (`…3月21日(日・祝)6:00` / `2回目 2027年4月3日(土)…`)
    let both_dated = join.dated && next_facts.dated && (join.ends_with_date || ends_with_clock(t));
    if cut_number
        && first.is_some_and(|c| c.is_ascii_digit())
        && !numbered_item
        && !both_dated
        && t.chars().nth(19).is_some()
        && kind != UnitKind::Heading
    {
        return true;
    }
    // a date alone on its line and its times on the next (`令和7年8月2日(土)` / `22:00~翌6:00`)
    if join.ends_with_date && next_facts.starts_with_time {
        return true;
    }
    if starts_with_label(next) || next_class == LineClass::Item {
        return false;
    }
    // a blank line, then a greeting: the body begins (the line above is a title)
    if !adjacent && lexicon::starts_with(next, Class::Greeting).is_some() {
        return false;
    }
    // a blank line, then `ただし`/`なお`: a sentence of its own, not the rest of the line above;
    // nor the rest of a labelled line (`影響範囲:…沖縄県` / `ただし、沖縄県は10時20分に先行して復旧`)
    if (!adjacent || starts_with_label(t)) && lexicon::starts_with(next, Class::ExceptionLead).is_some() {
        return false;
    }
    if let Some(f) = first {
        const NOT_A_START: [char; 21] = [
            '~', '、', '。', 'ー', ')', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ァ', 'ィ', 'ゥ', 'ェ',
            'ォ', 'ッ', 'ャ',
        ];
        if NOT_A_START.contains(&f) {
            return true;
        }
        if matches!(f, '※' | '【' | '(' | '「') || numbered_item {
            return false;
        }
    }
    wrapped(t, next, next_facts, join)
}

/// Whether a line opens with an ordinal that heads an item of a schedule (`第3夜 令和8年…`,
/// `第2回:…`, `第1部`): `第`, digits, one counter.
pub(crate) fn opens_with_ordinal(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('第') else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with(['回', '夜', '期', '部', '次', '弾'])
}

/// Whether a line is a rule (`━━━━`, `-----`): four characters or more, no letters or digits
/// (a range sign alone on its line, `~`, is no rule).
pub(crate) fn is_rule(line: &str) -> bool {
    line.trim().chars().nth(3).is_some() && !line.chars().any(char::is_alphanumeric)
}

/// Rules 6 to 8 of [`continues`]: a complete item across a blank line, an unclosed bracket,
/// two dated statements, a long wrapped line.
fn wrapped(t: &str, next: &str, next_facts: &LineFacts, join: &Join) -> bool {
    // a rule is no text: nothing goes on into it or out of it
    if is_rule(t) || is_rule(next) {
        return false;
    }
    let (kind, adjacent) = (join.kind, join.adjacent);
    let last = t.chars().next_back();
    // across a blank line, a list item or a labelled line that ends with a time or a
    // prefecture (`(3)…23時30分~翌0時15分`, `西日本エリア=富山県、…沖縄県`) is complete: the
    // paragraph after it is not its rest
    if !adjacent && (kind == UnitKind::Item || starts_with_label(t)) && ends_complete(t) {
        return false;
    }
    if adjacent && t.matches('(').count() > t.matches(')').count() {
        return true;
    }
    if join.dated && next_facts.dated {
        return false;
    }
    let terminated = last.is_some_and(|c| matches!(c, '。' | ':' | ')' | '」' | '』' | '】' | '!' | '?' | '.' | '>'));
    if kind == UnitKind::Heading {
        return false;
    }
    // a long line cut by the converter; across a blank line, not into a short line that
    // ends no sentence (`お問い合わせ`, a section's heading in a page's markup), but into the
    // tail of a sentence (`…0時~24時の終` / `日とします。`)
    let short_alone = next.chars().nth(11).is_none() && !next.trim_end().ends_with('。');
    // a line that ends in a link goes on only with more of the link (`…/csm?` / `id=kb_…`),
    // never into a markdown link or a sentence after a blank line
    let last_word = t.rsplit([' ', '\u{3000}']).next().unwrap_or("");
    let link_rest = next.starts_with(|c: char| c.is_ascii_alphanumeric() || "/?&=%#_.-".contains(c));
    if last_word.contains("://") && !(adjacent && link_rest) {
        return false;
    }
    !terminated && t.chars().nth(24).is_some() && !next.starts_with("http") && (adjacent || !short_alone)
}

/// Whether a line ends with a time (`0時15分`, `6:00`, `午前8時まで`, `9時頃(予定)`) or a
/// prefecture's name: a whole statement or list, not one cut in the middle of a word.
fn ends_complete(t: &str) -> bool {
    let mut t = t.trim_end();
    while let Some(rest) = ["まで", "頃", "ごろ", "(予定)"].iter().find_map(|w| t.strip_suffix(w)) {
        t = rest.trim_end();
    }
    let mut rev = t.chars().rev();
    let (last, before) = (rev.next(), rev.next());
    let time = matches!(last, Some('分' | '時')) && before.is_some_and(|c| c.is_ascii_digit())
        || last.is_some_and(|c| c.is_ascii_digit())
            && t[..t.len() - 1].trim_end_matches(|c: char| c.is_ascii_digit()).ends_with(':');
    time || crate::prefectures::find_prefectures(t).last().is_some_and(|h| h.end == t.len())
}

/// Whether a unit so far is nothing but the label of an incident report's or a window's
/// line (`発生日時`, `【復旧日時】`, `影響範囲:`), its value on the next line.
fn is_bare_label(t: &str) -> bool {
    let label = t.trim_matches(['【', '】', '■', '[', ']', ' ', ':']);
    [Class::StartLabel, Class::EndLabel, Class::TargetLabel].into_iter().any(|c| lexicon::is(label, c))
}

/// Whether `t` ends with a whole clock time (`6:00`), not a number cut short.
fn ends_with_clock(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 4 && b[b.len() - 3] == b':' && [1, 2, 4].iter().all(|&k| b[b.len() - k].is_ascii_digit())
}

/// Whether a line opens with a label of a report's items (`発生日時`, `復旧日時`, `影響範囲`),
/// with or without a colon.
fn opens_with_report_label(line: &str) -> bool {
    let t = line.trim_start_matches(['【', '■', '[', ' ', '・']);
    [Class::StartLabel, Class::EndLabel, Class::TargetLabel].into_iter().any(|c| lexicon::starts_with(t, c).is_some())
}

/// Whether a line opens with a short label: an area name (`東海北陸エリア …`) or a word and
/// a colon or an equals sign (`日時:`, `西日本=`).
fn starts_with_label(line: &str) -> bool {
    let head = &line[..line.char_indices().nth(16).map_or(line.len(), |(i, _)| i)];
    if let Some(colon) = head.find(':') {
        let label = &head[..colon];
        // a word or an ordinal (`第2回:`), not a date or a time (`14日(土)22:00`, `5月22日22:00`)
        let digits = label.chars().any(|c| c.is_ascii_digit());
        let ordinal = !label.ends_with(|c: char| c.is_ascii_digit()) && !label.contains(['年', '月', '日', '時']);
        if !label.is_empty() && !label.contains(['、', '。', ' ', '(', ')']) && (!digits || ordinal) {
            return true;
        }
    }
    lexicon::contains(head, Class::AreaSuffix)
        && lexicon::list(Class::AreaSuffix)
            .iter()
            .any(|s| head.find(s).is_some_and(|p| p > 0 && !head[..p].contains(['、', '。', ' ', 'の', 'は'])))
}

/// Most content lines before the first letterhead that still only introduce it.
const PREAMBLE_LINES: usize = 4;

/// Documents of a file: where each starts, and its header lines.
struct DocFinder<'a> {
    norm: &'a Normalized,
    classes: &'a [LineClass],
    breaks: &'a [usize],
    originals: &'a [usize],
    docs: Vec<DocumentSpan>,
    /// Content (text or item lines, kind words aside) seen in the current document.
    content_lines: usize,
    /// The last content line seen.
    last_content: Option<usize>,
    /// The first content line at or after each line.
    next_content: Vec<usize>,
}

fn find_documents(norm: &Normalized, classes: &[LineClass], bounds: &Boundaries) -> Vec<DocumentSpan> {
    let breaks = bounds.documents.as_slice();
    let n = classes.len();
    let mut next_content = vec![n; n + 1];
    for l in (0..n).rev() {
        next_content[l] = if matches!(classes[l], LineClass::Text | LineClass::Item) { l } else { next_content[l + 1] };
    }
    let mut f = DocFinder {
        norm,
        classes,
        breaks,
        originals: &bounds.originals,
        docs: vec![DocumentSpan::new(0, n, Vec::new())],
        content_lines: 0,
        last_content: None,
        next_content,
    };
    let mut i = 0;
    while i < n {
        if breaks.contains(&i) && (f.content_lines > 0 || !f.current().header_lines.is_empty()) {
            f.start(i, Vec::new());
        }
        // a note before a forwarded original, with no letterhead of its own, is outside it
        if f.originals.contains(&i) && f.docs.len() == 1 && f.current().header_lines.is_empty() {
            f.docs[0].start_line = i;
            f.content_lines = 0;
        }
        let c = classes[i];
        if matches!(c, LineClass::Text | LineClass::Item) && !is_kind_word(norm.line(i)) {
            f.content_lines += 1;
            f.last_content = Some(i);
        }
        i = match c {
            LineClass::Header | LineClass::Separator => f.header_cluster(i),
            _ => i + 1,
        };
    }
    f.docs
}

impl DocFinder<'_> {
    fn current(&self) -> &DocumentSpan {
        &self.docs[self.docs.len() - 1]
    }

    fn start(&mut self, line: usize, headers: Vec<usize>) {
        let n = self.classes.len();
        if let Some(last) = self.docs.last_mut() {
            last.end_line = line;
        }
        self.docs.push(DocumentSpan::new(line, n, headers));
        self.content_lines = 0;
    }

    /// Header lines within 3 lines of each other, from line `i` on; returns the line after.
    fn gather(&self, i: usize) -> (Vec<usize>, usize) {
        let mut headers = Vec::new();
        if self.classes[i] == LineClass::Header {
            headers.push(i);
        }
        let mut j = i;
        while let Some(k) = next_nonblank(self.classes, j + 1, 3) {
            if self.classes[k] != LineClass::Header || k - j > 4 {
                break;
            }
            headers.push(k);
            j = k;
        }
        (headers, j)
    }

    /// A header (number, date, 事務連絡) or separator (別紙) at line `i`: a new document, or
    /// more header lines of the current one. Returns the line to go on from.
    fn header_cluster(&mut self, i: usize) -> usize {
        let c = self.classes[i];
        // a bare 【別添資料】 with a list after it is an index, not a document
        if c == LineClass::Separator
            && let Some(next) = next_nonblank(self.classes, i + 1, 3)
            && self.classes[next] == LineClass::Item
            && !is_separator_with_number(self.norm.line(i))
        {
            return i + 1;
        }
        let (headers, j) = self.gather(i);
        // a header with nothing after it (a date under `以上`) closes the current document
        let content_after = self.next_content.get(j + 1).is_some_and(|&l| l < self.classes.len());
        // a few lines before the first letterhead (`会員各位` / `下記の通知がありました`,
        // an e-mail's greeting) introduce that letter; they are not a letter of their own
        let cur = self.current();
        let first_or_attached = self.docs.len() == 1 || self.breaks.contains(&cur.start_line);
        let preamble = first_or_attached && cur.header_lines.is_empty() && self.content_lines <= PREAMBLE_LINES;
        let seen = self.content_lines > 0;
        if seen && content_after && !(preamble && c == LineClass::Header) {
            self.start(i, headers);
            return j + 1;
        }
        if preamble && seen && c == LineClass::Header && self.docs.len() == 1 {
            // the letter starts after the preamble (a kind word such as 情報提供 above the
            // letterhead is the letter's); the preamble stays outside it
            self.docs[0].start_line = self.last_content.map_or(i, |l| l + 1).min(i);
            self.content_lines = 0;
        }
        if let Some(last) = self.docs.last_mut() {
            last.header_lines.extend(headers);
        }
        j + 1
    }
}

fn is_separator_with_number(line: &str) -> bool {
    line.contains("別紙") && line.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    #[test]
    fn a_rule_line_does_not_continue_a_link() {
        let n = normalize("TEL: 03-5978-6301\nhttps://www.orca.med.or.jp/cloud/support/\n--\n日本医師会ORCA管理機構");
        let s = segment(&n);
        assert!(s.units.iter().any(|u| u.text == "https://www.orca.med.or.jp/cloud/support/"), "{:?}", s.units);
    }

    #[test]
    fn number_lines() {
        let cases = [
            ("日医発第1817号(情シ)(保険)", true),
            ("那医発第103号", true),
            ("医政発0130第1号", true),
            ("第5章", false),
            ("第1817号", false),
            ("日医発第1576号(情シ)(保険) 令和7年", false),
            ("日医発第1817号 令和7年1月30日", true),
            ("医ネ運第2027-031号", true),
            ("運セ発第2027-004号 令和9年1月18日", true),
            ("第2027-031号", false),
        ];
        for (s, want) in cases {
            assert_eq!(is_number_line(s), want, "{s}");
        }
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("令和7年1月30日"));
        assert!(is_date_line("令和5年6月9日一部改正"));
        assert!(!is_date_line("令和7年2月1日(土)"));
        assert!(!is_date_line("2月2日"));
        assert!(!is_date_line("令和7年1月30日に実施"));
    }

    #[test]
    fn a_rule_line_stands_alone() {
        let rule = "━".repeat(28);
        let n = normalize(&format!(
            "1.第1夜の結果\n{rule}\nデータ移行の検証に想定以上の時間を要したため、作業を延長いたしました。"
        ));
        let texts: Vec<_> = segment(&n).units.iter().map(|u| u.text.to_string()).collect();
        assert_eq!(
            texts[1..],
            [rule, "データ移行の検証に想定以上の時間を要したため、作業を延長いたしました。".to_string()]
        );
    }

    #[test]
    fn joins_range_cut_by_page_break() {
        let n = normalize("東日本エリア:令和7年2月1日(土) 22:00~\n\n2月2日(日) 0:30(予定)\n\n次の段落。");
        let s = segment(&n);
        assert_eq!(s.units.len(), 2);
        assert_eq!(s.units[0].text, "東日本エリア:令和7年2月1日(土) 22:00~2月2日(日) 0:30(予定)");
        let at = s.units[0].text.find("2月2日").unwrap();
        assert_eq!(n.locate(s.units[0].to_norm(at)).line, 3);
    }

    #[test]
    fn two_dated_lines_stay_apart_across_digits() {
        let n = normalize(
            "1回目(データ移行)令和9年3月20日(土)22:00 ~ 3月21日(日・祝)6:00\n2回目(最終確認)2027年4月3日(土)23:00 ~ 翌4日(日)5:00",
        );
        assert_eq!(segment(&n).units.len(), 2);
        // a date cut after its month still continues
        let n = normalize("停止日時は、令和7年12月13日(土)20時00分から12月\n14日(日)8時00分までです。");
        assert_eq!(segment(&n).units.len(), 1);
    }

    #[test]
    fn an_item_that_ends_with_a_time_is_complete_across_a_blank_line() {
        for item in [
            "◇2回目11月7日(土)午後8時から翌日午前8時まで",
            "・11月7日(土)20時~翌8時頃(予定)",
            "・11月7日(土)20:00~24:00",
        ] {
            let n = normalize(&format!("{item}\n\n対象は富山県内の参加医療機関です。"));
            assert_eq!(segment(&n).units.len(), 2, "{item}");
        }
        // an item cut inside a word goes on
        let n = normalize("・11月7日(土)20時から翌日8時までシステムを停\n\n止します。");
        assert_eq!(segment(&n).units.len(), 1);
    }

    #[test]
    fn a_line_that_opens_with_an_ordinal_label_starts_a_unit() {
        let n = normalize(
            "第1回:5月22日(土)23:00~5月23日(日)5:00\n対象:北海道・東北エリア、関東・甲信越エリア、中部・近畿エリア\n第2回:5月29日(土)23:00~5月30日(日)5:00",
        );
        assert_eq!(segment(&n).units.len(), 3);
        let n = normalize(
            "第2夜 令和8年10月24日(土)23時 ~ 翌25日(日)4時\n対象:三島市、駿東郡清水町、駿東郡長泉町の参加施設\n\n第3夜 令和8年11月7日(土)22時 ~ 24時",
        );
        assert_eq!(segment(&n).units.len(), 3);
        // a long line cut before its time still goes on
        let n = normalize(
            "停止日時は次のとおりで、それぞれ作業の状況により前後することがありますので5月22日\n22:00からです。",
        );
        assert_eq!(segment(&n).units.len(), 1);
    }

    #[test]
    fn joins_prefecture_list() {
        let n = normalize("・東日本エリア:北海道、青森県、\n\n茨城県、栃木県");
        let s = segment(&n);
        assert_eq!(s.units.len(), 1);
        assert_eq!(s.units[0].text, "東日本エリア:北海道、青森県、茨城県、栃木県");
    }

    #[test]
    fn separators() {
        assert!(is_separator("別紙"));
        assert!(is_separator("(別紙)"));
        assert!(is_separator("【別添資料】別紙 1"));
        assert!(is_separator("### 【別添資料】"));
        assert!(!is_separator("別紙のとおり一部改正"));
    }
}

/// The examples of this module's docs, run as unit tests (the module is internal, so
/// rustdoc cannot run them).
#[cfg(test)]
mod doc_examples {
    #[test]
    fn example_1() {
        use crate::{normalize::normalize, segment::segment};
        let n = normalize("日医発第1号\n令和7年1月30日\n\n本文\n\n事務連絡\n令和7年1月29日\n\n別の本文");
        let s = segment(&n);
        assert_eq!(s.documents.len(), 2);
        // header lines are units too: 事務連絡, its date, and the body
        assert_eq!(s.units.iter().filter(|u| u.doc == 1).count(), 3);
    }

    #[test]
    fn doc_units() {
        use crate::{normalize::normalize, segment::segment};
        let n = normalize("日医発第1号\n令和7年1月30日\n\n本文\n\n事務連絡\n令和7年1月29日\n\n別の本文");
        let s = segment(&n);
        let first = s.doc_units(0);
        let second = s.doc_units(1);
        assert_eq!((first.end, second.start, second.end), (second.start, first.end, s.units.len()));
        assert!(first.clone().all(|k| s.units[k].doc == 0) && second.clone().all(|k| s.units[k].doc == 1));
        assert_eq!(second.len(), 3);
        assert!(s.doc_units(5).is_empty());
    }
}
