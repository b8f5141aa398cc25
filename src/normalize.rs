//! Normalisation: the text as the extractors see it, with a map back to the original.
//!
//! Circulars arrive as PDF turned into Markdown-ish text, so the same fact is written
//! with full-width and half-width digits, three kinds of wave dash, stray spaces inside
//! dates (`令和 8 年 5 月`), Markdown escapes (`kb\\_article`) and bold markers. Every
//! later stage would have to know all of that; instead this stage rewrites the text once:
//!
//! - NFKC (`unicode-normalization`), applied per grapheme-ish cluster (a starter and the
//!   combining marks after it) so half-width `ｶﾞ` still composes to `ガ`. NFKC also maps
//!   the Kangxi radicals that PDF conversion leaves (`⽇` U+2F47 → `日`).
//! - What NFKC leaves alone: `〜` (U+301C) and `⁓` become `~` (NFKC already maps `～`
//!   U+FF5E); `−` (U+2212), `‐` `‑` `‒` `–` `—` `―` become `-`; the CJK Radicals Supplement
//!   characters that look like common kanji (`⻄` → `西`) become those kanji; PDF readers'
//!   stand-ins are folded back (U+0332 → `_`, U+FFE8 → `|`, U+2011 → `-`), and variation
//!   selectors (`茨` + U+E0100) are dropped.
//! - Markdown: backslash escapes before ASCII punctuation are undone (`\_`, `\\_`),
//!   `**` bold markers and HTML-ish inline tags (`<sup>1</sup>`, `<br>`) are dropped.
//! - Spaces: a run of spaces between a digit and a CJK character is dropped
//!   (`令和 8 年` → `令和8年`), and so is letter-spacing (`事 務 連 絡` → `事務連絡`); other
//!   spaces are folded to one; lines are trimmed.
//!
//! The line structure is kept: line *n* of the normalised text comes from line *n* of the
//! original, so a line number never needs mapping. Columns do: [`Normalized::locate`]
//! maps any byte offset of the normalised text to a 1-based line and character column in
//! the original, and [`Normalized::original_text`] returns the original slice behind a
//! span. That map is what lets every extracted value cite its evidence.
//!
//! ```
//! use tsuchi::normalize::normalize;
//! let n = normalize("日医発第 1817 号\n令和 ７ 年 １ 月 30 日（木）2:00〜3:00");
//! assert_eq!(n.text(), "日医発第1817号\n令和7年1月30日(木)2:00~3:00");
//! let at = n.text().find("30日").unwrap();
//! let pos = n.locate(at);
//! assert_eq!((pos.line, pos.column), (2, 12));
//! assert_eq!(n.original_text(at, at + "30日".len()), "30 日");
//! ```

use crate::ingest::map::{LineIndex, SourceMap};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// A place in the source: 1-based line, 1-based column counted in characters, and for
/// sources with pages or parts, which page of a PDF and which part of an e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Position {
    /// 1-based line number in the source (for a PDF, on its page; for an e-mail, in its part).
    pub line: u32,
    /// 1-based column, in Unicode scalar values, in that line.
    pub column: u32,
    /// 1-based PDF page, when the text comes from a PDF.
    pub page: Option<u32>,
    /// Index of the e-mail part (see [`crate::ingest::map::SourceMap::part_id`]).
    pub part: Option<u16>,
}

/// Normalised text plus the map back to the decoded original.
#[derive(Debug, Clone)]
pub struct Normalized {
    original: String,
    /// Lines and character checkpoints of `original`.
    index: LineIndex,
    text: String,
    /// The map from `text` to `original` as runs: from `text` byte `.0` on, bytes map one
    /// to one to `original` from byte `.1` (a character NFKC left alone keeps its run; one
    /// it changed starts a run of its own, all its bytes pointing at the original
    /// character). Eight bytes per changed character instead of eight per byte.
    runs: Vec<(u32, u32)>,
    /// Byte offset of the start of each normalised line.
    norm_line_starts: Vec<usize>,
    /// When `original` is a reader's text view rather than the source itself (HTML, PDF,
    /// e-mail), the map from the view to the source.
    map: Option<SourceMap>,
    /// Byte ranges of `original` that are struck out in the source (HTML `<del>`), sorted.
    struck: Vec<(usize, usize)>,
}

impl Normalized {
    /// The normalised text; lines are separated by `\n`, one per original line.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The decoded original text (line ends already `\n`).
    pub fn original(&self) -> &str {
        &self.original
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.norm_line_starts.len()
    }

    /// The normalised text of line `index` (0-based), without its line end.
    pub fn line(&self, index: usize) -> &str {
        let (s, e) = self.line_range(index);
        &self.text[s..e]
    }

    /// Byte range of normalised line `index` (0-based) within [`Self::text`].
    pub fn line_range(&self, index: usize) -> (usize, usize) {
        let start = self.norm_line_starts.get(index).copied().unwrap_or(self.text.len());
        let end = self.norm_line_starts.get(index + 1).map(|n| n.saturating_sub(1)).unwrap_or(self.text.len());
        (start, end.max(start))
    }

    /// Byte offset in the original text for a byte offset in the normalised text.
    ///
    /// Offsets at or past the end map to the end of the original.
    pub fn origin_of(&self, offset: usize) -> usize {
        if offset >= self.text.len() {
            return self.original.len();
        }
        let i = self.runs.partition_point(|r| r.0 as usize <= offset).saturating_sub(1);
        let Some(&(n, o)) = self.runs.get(i) else { return 0 };
        // every byte of a changed character points at the original character; within a
        // verbatim run a byte points at its own copy, brought back to a character boundary
        if o & CHANGED != 0 {
            return (o & !CHANGED) as usize;
        }
        let mut at = (o as usize + (offset - n as usize)).min(self.original.len());
        while at > 0 && !self.original.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    /// Whether the character at normalised `offset` was a non-ASCII character originally
    /// (a full-width form, Japanese text): URL and number scanners use it to find ends that
    /// NFKC has hidden. The typographic hyphens and dashes (U+2010–U+2015, U+2212) are not
    /// wide: PDF fonts write them for the `-` of a host name or a path
    /// (`toyama‒med.or.jp` with a figure dash).
    pub fn was_wide(&self, offset: usize) -> bool {
        if offset >= self.text.len() {
            return false;
        }
        let origin = self.origin_of(offset);
        match self.original.get(origin..).and_then(|o| o.chars().next()) {
            Some(c) if c.is_ascii() => false,
            Some('\u{2010}'..='\u{2015}' | '\u{2212}') => false,
            Some(_) => true,
            None => false,
        }
    }

    /// Source position (line, column, page, part) for a byte offset of the normalised text.
    pub fn locate(&self, offset: usize) -> Position {
        self.locate_original(self.origin_of(offset))
    }

    /// Source position for a byte offset of the original text (the reader's view).
    pub fn locate_original(&self, orig: usize) -> Position {
        match &self.map {
            Some(map) => map.locate(orig),
            None => {
                let (line, column) = self.index.line_col(&self.original, orig);
                Position { line, column, page: None, part: None }
            }
        }
    }

    /// The same text with these byte ranges of the original marked as struck out.
    pub fn with_struck(mut self, mut struck: Vec<(usize, usize)>) -> Self {
        struck.sort_unstable();
        self.struck = struck;
        self
    }

    /// Whether the character at normalised `offset` is struck out in the source.
    pub fn is_struck(&self, offset: usize) -> bool {
        let o = self.origin_of(offset);
        let i = self.struck.partition_point(|&(s, _)| s <= o);
        i > 0 && self.struck[i - 1].1 > o
    }

    /// Source position of the start of normalised line `index` (0-based).
    pub fn line_position(&self, index: usize) -> Position {
        self.locate(self.line_range(index).0)
    }

    /// The map to the source, when the original is a reader's view of it.
    pub fn source_map(&self) -> Option<&SourceMap> {
        self.map.as_ref()
    }

    /// The identifier of e-mail part `index` (`"2.1"`).
    pub fn part_id(&self, index: u16) -> Option<&str> {
        self.map.as_ref().and_then(|m| m.part_id(index))
    }

    /// The source line a position points into, to quote it (the decoded file's line for
    /// text, the HTML source line, the PDF page's text line, the e-mail part's line).
    pub fn source_line(&self, pos: &Position) -> Option<&str> {
        match &self.map {
            Some(map) => map.source_line(pos),
            None => self.index.line(&self.original, pos.line.checked_sub(1)? as usize),
        }
    }

    /// The original text behind the normalised span `start..end`, with line breaks inside
    /// it folded to one space (a span may cross a page break that the segmenter joined).
    pub fn original_text(&self, start: usize, end: usize) -> String {
        if end <= start {
            return String::new();
        }
        let o_start = self.origin_of(start);
        // The end is the end of the original character behind the last normalised byte.
        let last = self.origin_of(end - 1);
        let o_end = self
            .original
            .get(last..)
            .and_then(|s| s.chars().next())
            .map(|c| last + c.len_utf8())
            .unwrap_or(self.original.len());
        let raw = self.original.get(o_start..o_end.max(o_start)).unwrap_or("");
        fold_breaks(raw)
    }
}

fn fold_breaks(raw: &str) -> String {
    if !raw.contains('\n') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    for (i, part) in raw.split('\n').map(str::trim).filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// One output character with the original byte offset it came from.
#[derive(Clone, Copy)]
struct Ch {
    c: char,
    origin: u32,
}

/// Normalise decoded text (line ends must already be `\n`).
///
/// ```
/// let n = tsuchi::normalize::normalize("０１２０－９５－０１７８");
/// assert_eq!(n.text(), "0120-95-0178");
/// ```
pub fn normalize(original: &str) -> Normalized {
    normalize_text(original.to_string(), None)
}

/// [`normalize`] for text the caller owns: the text is kept as the original, not copied
/// (a reader's view of a large notice is not held twice).
///
/// ```
/// let n = tsuchi::normalize::normalize_owned("令和 7 年".to_string());
/// assert_eq!((n.text(), n.original()), ("令和7年", "令和 7 年"));
/// ```
pub fn normalize_owned(original: String) -> Normalized {
    normalize_text(original, None)
}

/// Normalise a reader's text view, keeping its map to the source: positions then refer to
/// the HTML file, the PDF page or the e-mail part the view was read from.
///
/// ```
/// use tsuchi::ingest::map::ViewBuilder;
/// let mut b = ViewBuilder::new();
/// let o = b.origin(None, Some(3), "令和 7 年".to_string());
/// b.push_verbatim("令和 7 年", o, 0);
/// let (view, map) = b.finish();
/// let n = tsuchi::normalize::normalize_view(view, map);
/// assert_eq!(n.text(), "令和7年");
/// assert_eq!(n.locate(n.text().find('年').unwrap()).page, Some(3));
/// ```
pub fn normalize_view(view: String, map: SourceMap) -> Normalized {
    normalize_text(view, Some(map))
}

fn normalize_text(original: String, map: Option<SourceMap>) -> Normalized {
    let index = LineIndex::new(&original);
    let mut text = String::with_capacity(original.len());
    let mut runs: Vec<(u32, u32)> = Vec::new();
    let mut norm_line_starts = Vec::with_capacity(index.line_count());
    let mut offset = 0usize;
    // where the current verbatim run would continue (text byte, original byte)
    let mut expect: Option<(usize, usize)> = None;
    // the characters of one line, and a second buffer for the passes over them (reused)
    let mut scratch: (Vec<Ch>, Vec<Ch>) = (Vec::new(), Vec::new());
    for (i, line) in original.split('\n').enumerate() {
        if i > 0 {
            // the '\n' separating lines maps to the original '\n'
            push_mapped(&mut text, &mut runs, &mut expect, "\n", offset - 1, true);
        }
        norm_line_starts.push(text.len());
        if is_normal(line) {
            // most lines of a notice are already normal: copied as one run
            push_mapped(&mut text, &mut runs, &mut expect, line, offset, true);
            offset += line.len() + 1;
            continue;
        }
        normalize_line(line, offset, &mut scratch);
        for ch in &scratch.0 {
            let mut buf = [0u8; 4];
            let s = ch.c.encode_utf8(&mut buf);
            let origin = ch.origin as usize;
            let same = original.get(origin..).and_then(|o| o.chars().next()) == Some(ch.c);
            push_mapped(&mut text, &mut runs, &mut expect, s, origin, same);
        }
        offset += line.len() + 1;
    }
    // kept for the whole extraction: no spare capacity
    runs.shrink_to_fit();
    text.shrink_to_fit();
    Normalized { original, index, text, runs, norm_line_starts, map, struck: Vec::new() }
}

/// The bit of a run's original offset that marks a character NFKC (or the folding after
/// it) changed.
const CHANGED: u32 = 1 << 31;

/// Append `s` (from the original at `origin`; `same` when it is the original's own bytes),
/// extending the current run when it continues it.
fn push_mapped(
    text: &mut String,
    runs: &mut Vec<(u32, u32)>,
    expect: &mut Option<(usize, usize)>,
    s: &str,
    origin: usize,
    same: bool,
) {
    if !(same && *expect == Some((text.len(), origin))) {
        let o = origin as u32 | if same { 0 } else { CHANGED };
        runs.push((text.len() as u32, o));
    }
    text.push_str(s);
    // a changed character is a run of its own: whatever follows starts a new one
    *expect = same.then_some((text.len(), origin + s.len()));
}

/// Normalise one line (starting at byte `base` of the original) into `scratch.0`.
fn normalize_line(line: &str, base: usize, scratch: &mut (Vec<Ch>, Vec<Ch>)) {
    let (chars, other) = scratch;
    chars.clear();
    fold_chars(line, base, chars);
    // the katakana long vowel between digits is a dash in a PDF (`0120ー123ー456`)
    for i in 1..chars.len().saturating_sub(1) {
        if chars[i].c == 'ー' && chars[i - 1].c.is_ascii_digit() && chars[i + 1].c.is_ascii_digit() {
            chars[i].c = '-';
        }
    }
    other.clear();
    strip_markdown(chars, other, line.as_bytes(), base);
    chars.clear();
    fix_spaces(other, chars);
}

/// Character-level folding: NFKC plus the mappings NFKC leaves out.
fn fold_chars(line: &str, base: usize, out: &mut Vec<Ch>) {
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        // Group a starter with the combining marks after it, so NFKC can compose them.
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = iter.peek() {
            if starts_with_nonstarter(n) {
                end = j + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let cluster = &line[i..end];
        let origin = (base + i) as u32;
        if let Some(m) = special(c) {
            out.push(Ch { c: m, origin });
            continue;
        }
        // circled numbers mark list items (①, ②): NFKC would make them plain digits; and the
        // common scripts are their own NFKC, a lookup saved per character
        if is_circled_number(c) || (cluster.len() == c.len_utf8() && nfkc_stable(c)) {
            out.push(Ch { c, origin });
            continue;
        }
        // full-width ASCII (`２０２６`, `（`, `：`), the commonest change, is NFKC's plain
        // offset: no decomposition to look up
        if cluster.len() == c.len_utf8() && ('\u{FF01}'..='\u{FF5E}').contains(&c) {
            let n = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            out.push(Ch { c: n, origin });
            continue;
        }
        for n in cluster.nfkc() {
            let n = special(n).unwrap_or(n);
            out.push(Ch { c: n, origin });
        }
    }
}

/// Whether a line is its own normal form: NFKC-stable characters with none of the foldings
/// after NFKC to apply (no space to fix or trim, no Markdown or tag to strip, no long vowel
/// after a digit).
fn is_normal(line: &str) -> bool {
    let mut prev_digit = false;
    for c in line.chars() {
        let stable = match c {
            ' ' | '\\' | '*' | '<' => false,
            'ー' => !prev_digit,
            // 、。〃 and the CJK brackets 〈〉《》「」『』【】 are their own NFKC
            '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' => true,
            _ => nfkc_stable(c),
        };
        if !stable {
            return false;
        }
        prev_digit = c.is_ascii_digit();
    }
    true
}

/// Characters that NFKC leaves as they are, alone: printable ASCII, hiragana and katakana
/// (not the voicing marks, which compose), CJK ideographs.
fn nfkc_stable(c: char) -> bool {
    matches!(c as u32, 0x20..=0x7E | 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x30FC..=0x30FE | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

fn starts_with_nonstarter(c: char) -> bool {
    // Half-width voiced marks (U+FF9E, U+FF9F) decompose to combining marks.
    if c == '\u{FF9E}' || c == '\u{FF9F}' {
        return true;
    }
    // a PDF reader's underscore (U+0332 COMBINING LOW LINE) is a character of its own
    if c == '\u{0332}' {
        return false;
    }
    // no combining mark below U+0300, nor among the scripts NFKC leaves alone
    if (c as u32) < 0x300 || nfkc_stable(c) {
        return false;
    }
    canonical_combining_class(c) != 0
}

/// Mappings applied on top of NFKC.
fn special(c: char) -> Option<char> {
    Some(match c {
        '\u{301C}' | '\u{2053}' | '\u{FF5E}' | '\u{223C}' | '\u{223E}' => '~',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' | '\u{2500}' => '-',
        '\u{3000}' | '\u{00A0}' | '\t' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{200B}' | '\u{FEFF}' => return None, // handled by caller as removal below
        // PDF readers' stand-ins: U+0332 for `_`, U+FFE8 (NFKC: U+2502) for `|`
        '\u{0332}' => '_',
        '\u{FFE8}' | '\u{2502}' | '\u{FF5C}' => '|',
        // CJK Radicals Supplement forms that PDF extraction emits for ordinary kanji.
        '\u{2E8C}' => '小',
        '\u{2E97}' => '心',
        '\u{2EA0}' => '民',
        '\u{2EA9}' => '王',
        '\u{2EAD}' => '示',
        '\u{2EB2}' => '网',
        '\u{2EBC}' => '肉',
        '\u{2EC4}' => '西',
        '\u{2EC6}' => '角',
        '\u{2EC8}' => '言',
        '\u{2EC9}' => '貝',
        '\u{2ECC}' | '\u{2ECD}' => '辶',
        '\u{2ED1}' => '長',
        '\u{2ED7}' => '雨',
        '\u{2ED8}' => '青',
        '\u{2EDD}' => '食',
        '\u{2EE4}' => '鬼',
        '\u{2EE9}' => '黄',
        '\u{2EEB}' => '斉',
        '\u{2EED}' => '歯',
        '\u{2EF2}' => '亀',
        _ => return None,
    })
}

/// Circled numbers `①`–`⑳`, which mark list items (NFKC would make them plain digits).
pub fn is_circled_number(c: char) -> bool {
    ('\u{2460}'..='\u{2473}').contains(&c)
}

fn is_zero_width(c: char) -> bool {
    // variation selectors (`茨` + U+E0100 from a PDF's Adobe-Japan1 map) choose a glyph, not
    // a character
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Undo Markdown: backslash escapes, `**` bold markers, inline HTML tags (`line` is the
/// original line, which starts at byte `base`: a tag is one written with an ASCII `<`).
fn strip_markdown(chars: &[Ch], out: &mut Vec<Ch>, line: &[u8], base: usize) {
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].c;
        if is_zero_width(c) {
            i += 1;
            continue;
        }
        if c == '\\' {
            // a run of backslashes followed by ASCII punctuation: drop the run
            let mut j = i;
            while j < chars.len() && chars[j].c == '\\' {
                j += 1;
            }
            if j < chars.len() && chars[j].c.is_ascii_punctuation() && chars[j].c != '\\' {
                i = j;
                continue;
            }
            out.extend_from_slice(&chars[i..j]);
            i = j;
            continue;
        }
        if c == '*' && chars.get(i + 1).map(|n| n.c) == Some('*') {
            i += 2;
            continue;
        }
        // a tag is written with `<`: `＜B＞` is a label (a group of an incident report)
        let ascii = line.get((chars[i].origin as usize).wrapping_sub(base)) == Some(&b'<');
        if c == '<'
            && ascii
            && let Some(skip) = html_tag_len(&chars[i..])
        {
            i += skip;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
}

/// Length in chars of an inline HTML tag (or a whole `<sup>…</sup>` footnote marker)
/// starting at `chars[0] == '<'`, if it is one.
fn html_tag_len(chars: &[Ch]) -> Option<usize> {
    const TAGS: [&str; 9] = ["sup", "sub", "br", "b", "i", "u", "span", "strong", "em"];
    // tags are short: never look further than 40 characters for the `>`
    let close = chars.iter().take(41).position(|c| c.c == '>')?;
    let inner: String = chars[1..close].iter().map(|c| c.c).collect();
    let name = inner.trim_start_matches('/').trim_end_matches('/');
    let name = name.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    if !TAGS.contains(&name.as_str()) {
        return None;
    }
    if name == "sup" && !inner.starts_with('/') {
        // drop the whole footnote marker <sup>1</sup> (a marker is short)
        let window: String = chars.iter().take(40).map(|c| c.c).collect();
        if let Some(end) = window.find("</sup>") {
            return Some(window[..end].chars().count() + "</sup>".len());
        }
    }
    Some(close + 1)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3005..=0x3007   // 々 〆 〇
        | 0x3041..=0x30FF // kana
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x3001..=0x3003 // 、。
        | 0x3008..=0x3011 // brackets 〈〉《》「」『』【】
        | 0x3014..=0x301B
    )
}

/// Drop spaces inside numbers and dates and inside letter-spaced words; fold the rest.
fn fix_spaces(chars: &[Ch], out: &mut Vec<Ch>) {
    // trim
    let start = chars.iter().position(|c| c.c != ' ').unwrap_or(chars.len());
    let end = chars.iter().rposition(|c| c.c != ' ').map(|e| e + 1).unwrap_or(start);
    let chars = &chars[start..end];
    let mut i = 0;
    while i < chars.len() {
        if chars[i].c != ' ' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].c == ' ' {
            j += 1;
        }
        // chars[i..j] is a run of spaces between chars[i-1] and chars[j] (both exist: trimmed)
        let (a, b) = (chars[i - 1].c, chars[j].c);
        // `２　本県の…`: a list number at the start of the line keeps its space
        let numbering = i <= 2 && chars[..i].iter().all(|c| c.c.is_ascii_digit());
        let digit_cjk = !numbering && ((a.is_ascii_digit() && is_cjk(b)) || (is_cjk(a) && b.is_ascii_digit()));
        let letter_spaced = is_letter_spaced(chars, i, j);
        if !(digit_cjk || letter_spaced) {
            out.push(chars[i]);
        }
        i = j;
    }
}

/// Whether the spaces `chars[i..j]` sit between two single CJK characters of a letter-spaced
/// line (`事 務 連 絡`). Brackets bound a word like spaces, and the space may stand outside
/// one: `号 (情 シ)(保 険)` is `号(情シ)(保険)`.
fn is_letter_spaced(chars: &[Ch], i: usize, j: usize) -> bool {
    let bracket = |c: char| matches!(c, '(' | ')' | '[' | ']' | '「' | '」' | '【' | '】' | '『' | '』' | '〔' | '〕');
    let boundary = |k: Option<&Ch>| k.is_none_or(|c| c.c == ' ' || bracket(c.c));
    // the letters either side, past any brackets next to the spaces
    let Some(a) = (0..i).rev().find(|&k| !bracket(chars[k].c)) else { return false };
    let Some(b) = (j..chars.len()).find(|&k| !bracket(chars[k].c)) else { return false };
    // only brackets between a letter and the spaces, on one side at most
    if (i - 1 - a > 0) && (b - j > 0) {
        return false;
    }
    is_cjk(chars[a].c)
        && is_cjk(chars[b].c)
        && chars[a].c != ' '
        && chars[b].c != ' '
        && boundary(a.checked_sub(1).map(|k| &chars[k]))
        && boundary(chars.get(b + 1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_typographic_dash_is_not_wide_a_full_width_form_is() {
        let n = super::normalize("https://www.toyama\u{2012}med.or.jp/（参照）");
        let dash = n.text().find("-med").unwrap();
        assert!(!n.was_wide(dash), "{:?}", n.text());
        let paren = n.text().find("(参照").unwrap();
        assert!(n.was_wide(paren));
        assert!(!n.was_wide(0));
    }

    use super::*;

    fn n(s: &str) -> String {
        normalize(s).text().to_string()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str)] = &[
            ("令和 8 年 5 月 24 日（日）2:00～3:00（予定）", "令和8年5月24日(日)2:00~3:00(予定)"),
            ("令和５年６月９日", "令和5年6月9日"),
            ("2:00〜3:00", "2:00~3:00"),
            ("０１２０－９５－０１７８", "0120-95-0178"),
            ("10−12", "10-12"),
            ("A‐B", "A-B"),
            ("事 務 連 絡", "事務連絡"),
            ("会 長 友利 博朗", "会長 友利 博朗"),
            ("公益社団法人 日本医師会  ", "公益社団法人 日本医師会"),
            ("日医発第 1817 号(情シ)(保険)", "日医発第1817号(情シ)(保険)"),
            ("日 医 発 第 1590 号 (情 シ)(保 険)", "日医発第1590号(情シ)(保険)"),
            ("kb\\\\_article\\\\_view", "kb_article_view"),
            ("kb\\_article", "kb_article"),
            ("**令和 8 年の影響**", "令和8年の影響"),
            ("マイナポータル<sup>1</sup>の被保険者", "マイナポータルの被保険者"),
            ("重要<b>な</b>お知らせ", "重要なお知らせ"),
            // a full-width bracket is no tag: `＜B＞` labels a group
            ("＜B＞の地域", "<B>の地域"),
            ("⽇本", "日本"),
            ("⻄日本", "西日本"),
            ("ｶﾞｲﾄﾞ", "ガイド"),
            ("富士通 Japan", "富士通 Japan"),
            ("0800-080-4583 (通話無料)", "0800-080-4583 (通話無料)"),
            ("平日 9時半～20 時", "平日9時半~20時"),
            ("a  b", "a b"),
            ("\u{3000}令和\u{3000}7年", "令和7年"),
            ("<https://example.jp/a>", "<https://example.jp/a>"),
            ("x\u{200B}y", "xy"),
            ("kb\u{0332}article", "kb_article"),
            ("a\u{FFE8}b", "a|b"),
            ("茨\u{E0100}城県", "茨城県"),
            ("0120\u{2011}95", "0120-95"),
        ];
        for (input, want) in cases {
            assert_eq!(&n(input), want, "input {input:?}");
        }
    }

    #[test]
    fn lines_are_kept() {
        let s = "a\n\n令和 7 年\n";
        let norm = normalize(s);
        assert_eq!(norm.line_count(), 4);
        assert_eq!(norm.line(2), "令和7年");
        assert_eq!(norm.line(3), "");
    }

    #[test]
    fn locate_maps_back_through_removed_spaces() {
        let src = "x\n令和 8 年 5 月 24 日（日）";
        let norm = normalize(src);
        let t = norm.text();
        let at = t.find("24日").unwrap();
        assert_eq!(norm.locate(at), Position { line: 2, column: 12, page: None, part: None });
        let paren = t.find("(日)").unwrap();
        assert_eq!(norm.locate(paren), Position { line: 2, column: 16, page: None, part: None });
        assert_eq!(norm.original_text(paren, paren + "(日)".len()), "（日）");
    }

    #[test]
    fn wide_flags() {
        let norm = normalize("ab）");
        assert!(!norm.was_wide(0));
        assert!(norm.was_wide(2));
    }

    #[test]
    fn original_text_folds_breaks() {
        let src = "22:00～\n\n2月2日";
        let norm = normalize(src);
        let t = norm.text();
        assert_eq!(norm.original_text(0, t.len()), "22:00～ 2月2日");
    }
}
