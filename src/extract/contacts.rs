//! Contacts extractor: phone / fax numbers and the opening hours that follow them.
//!
//! Pure functions over **one normalised logical line** (NFKC applied, dashes → `-`,
//! wave dashes → `~`, CJK–digit spaces removed, markdown `**` removed). Every span is a
//! byte offset into the `&str` that was passed in.
//!
//! * [`find_phones`] finds every Japanese phone or fax number in the line and returns a
//!   [`PhoneHit`] per number: the number re-written half-width and hyphenated, its E.164
//!   form, whether it is a fax, whether it is toll free, an extension (`内線1234`), a
//!   footnote marker right after it (`※1`) and a guess at *who answers* (`name`).
//! * [`find_hours`] finds opening hours (`月曜日~金曜日(祝日を除く)8:00~18:00`,
//!   `平日9時半~20時、土日祝9時半~17時半`) as [`Hours`].
//! * [`footnote_marker`] reads the footnote marker opening a line (`※1受付時間…` → `※1`), so
//!   a caller can attach a footnote's hours to the [`PhoneHit`] whose `note_marker` matches.
//!
//! # Numbering rules used by [`find_phones`]
//!
//! A candidate is a maximal run of ASCII digits joined by `-`, one of the bracketed
//! forms `03(5253)1111` and `(03)5253-1111` / `(03) 5253-1111`, or three groups from a `0`
//! one space apart (`06 6941 0351`, `0120 558 214`). It is a phone number when:
//!
//! * it starts with `0` and the second digit is not `0` (`00…` is the international prefix);
//! * it has 10 digits (landlines, `0120`, `0570`, `0990`, …) or 11 digits, and 11 only for
//!   `0800` and the non-geographic `020`/`050`/`060`/`070`/`080`/`090` ranges (which in turn
//!   must have 11);
//! * it has at most three digit groups; with three groups the first has 2–5 digits, the
//!   middle 1–4 and the last 3–4;
//! * it is not glued to other digits (`103-5253-1111`, `03-5253-1111.5`), not preceded by
//!   a word of Latin letters other than `TEL`/`FAX`/`Phone`/`Ext` (`KB0011769`), by `〒`
//!   or by `第`, not followed by a unit such as `号`/`円`/`年`, and not inside an
//!   `http(s)://…` / `www.…` URL.
//!
//! So dates (`2025-01-30`, `2025/1/30`), times, document numbers (`第1817号`), postal codes
//! (`〒100-8916`), KB ids, amounts and version numbers are not reported.
//!
//! `phone` keeps the grouping **as written** when the number has three groups
//! (`0120-95-0178` stays `0120-95-0178`; `03(5253)1111` becomes `03-5253-1111`). When it is
//! written without separators it is hyphenated as follows:
//!
//! | prefix | grouping | example |
//! | --- | --- | --- |
//! | `0120`, `0570`, `0990` (10 digits) | 4-3-3 | `0120-123-456` |
//! | `0800` (11 digits) | 4-3-4 | `0800-080-4583` |
//! | `020`/`050`/`060`/`070`/`080`/`090` (11 digits) | 3-4-4 | `090-1234-5678` |
//! | landline, area code `03` or `06` | 2-4-4 | `03-1234-5678` |
//! | landline, 3-digit area code from a small table (`011`, `022`, `045`, `052`, `075`, `078`, `082`, `092`, `098`, …) | 3-3-4 | `098-868-7579` |
//! | any other landline (fallback) | 3-3-4 | |
//!
//! Japan has 4- and 5-digit area codes too (`0467-`, `01267-`); without the full area-code
//! table their unseparated numbers get the 3-3-4 fallback, which dials the same number but
//! is not the customary grouping. With two groups (`03-52531111`) the first group is kept as
//! the area code and the rest split so the subscriber part has 4 digits (3-3 after
//! `0120`/`0570`/`0990`).
//!
//! Not supported: `+81` international notation, dots between digit groups
//! (`03.5253.1111`), number ranges (`03-5253-1111~3`).
//!
//! # What is heuristic
//!
//! * [`PhoneHit::name`] is a guess: the text just before the number, back to the previous
//!   number, an opening bracket, Japanese punctuation (`、`, `。`), a bullet symbol (`○`,
//!   `☆`, …) or a hiragana character (particles such as `の`/`は` end a name), after
//!   stripping labels (`電話`, `TEL`, `FAX`, `問合せ先`, …) and trailing `(…)` groups. When
//!   the remaining text has `:`/`/`/`|` separators the first piece that is not a label
//!   (`担当`) is used (`那覇市医師会 事務局:宮城・前泊` → `那覇市医師会 事務局`). Names
//!   containing hiragana (`こころの耳`) are cut; names of one character or longer than 40
//!   characters are dropped.
//!   A fax gets a name only when one is written in front of it.
//! * [`PhoneHit::kind`] is [`PhoneKind::Fax`] only when a fax label is directly in front
//!   (`FAX`, `ファクス`, … possibly followed by `番号`, `:`) or `(FAX)` directly after;
//!   a combined label such as `TEL/FAX` or `電話・FAX` gives [`PhoneKind::Phone`].
//! * [`find_hours`] needs a day expression (`平日`, `月~金`, `土日祝`, `土曜日`, …) in front of
//!   a time range, or in brackets right after it (`9:00~17:00(月~金)`). A time range
//!   without one is still reported, with the previous clause's days when it directly
//!   follows one (`平日9:00~12:00、13:00~17:00`) or with **empty `days`** when the line
//!   has an hours label (`受付時間`, `営業時間`, …) or a day-like exclusion
//!   (`9:00~17:00(土日祝日を除く)`). Day-of-week characters after a date
//!   (`5月24日(日)2:00~3:00`) or inside a word (`東日本`, `各日`) are not day expressions, so
//!   outage windows are not reported as hours.

use std::sync::LazyLock;

use crate::lexicon::{self, Class};
use regex::Regex;
use serde::Serialize;

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/// Whether a number is a voice line or a fax.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    /// A voice line (the default).
    Phone,
    /// Labelled `FAX` / `ファックス` / `ファクス` / `ファクシミリ` just before, or `(FAX)` after.
    Fax,
}

/// One phone or fax number found by [`find_phones`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhoneHit {
    /// Byte offset where the number as written starts (a leading `(` of `(03)5253-1111` included).
    pub start: usize,
    /// Byte offset just past the number as written.
    pub end: usize,
    /// Half-width and hyphenated: `0800-080-4583`, `03-5253-1111`.
    pub phone: String,
    /// E.164: `+818000804583`.
    pub e164: String,
    /// Phone or fax.
    pub kind: PhoneKind,
    /// `0120`/`0800` prefix, or labelled `通話無料` / `フリーダイヤル` / `フリーコール`.
    pub toll_free: bool,
    /// Digits of `内線1234` / `(内線1234)` / `ext. 1234` right after the number.
    pub extension: Option<String>,
    /// Who answers: the text just before the number (heuristic, see the module doc).
    pub name: Option<String>,
    /// A footnote marker right after the number, normalised: `※1`, `*1`.
    pub note_marker: Option<String>,
}

/// Opening hours found by [`find_hours`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hours {
    /// Day expression as written with spaces removed: `月曜日~金曜日`, `平日`, `土日祝`, `土`.
    /// Empty when the line gives none (see the module doc).
    pub days: String,
    /// Opening time, 24h `HH:MM`.
    pub open: String,
    /// Closing time, 24h `HH:MM` (`17時半` → `17:30`, `20時` → `20:00`).
    pub close: String,
    /// Exclusions stated anywhere in the line (`(祝日を除く)` → `祝日`), in order, deduplicated.
    pub except: Vec<String>,
    /// The source text of this clause, `line[start..end]`.
    pub text: String,
    /// Byte offset where the clause starts.
    pub start: usize,
    /// Byte offset just past the clause.
    pub end: usize,
}

// ---------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------

/// `06 6941 0351` (three groups, one space apart, from a `0`) | `(03)5253-1111` |
/// `03(5253)1111` | `03-5253-1111` / `0312345678` (maximal runs).
static PHONE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"0[0-9]{1,4} [0-9]{1,4} [0-9]{3,4}|\([0-9]+\) ?[0-9]+(?:-[0-9]+)*|[0-9]+\([0-9]+\)-?[0-9]+(?:-[0-9]+)*|[0-9]+(?:-[0-9]+)*").unwrap()
});

static URL_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?:https?://|www\.)[^\s<>"'\[\]()]+"#).unwrap());

/// `(内線1234)`, `(内線:1234、1235)`, `(ext. 12)`.
static EXT_PAREN_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(\s*(?:内線|(?i:ext)\.?)\s*[:.]?\s*([0-9]{1,6})[^()]{0,20}\)").unwrap());
/// `内線1234`, `ext. 1234`.
static EXT_BARE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:内線|(?i:ext)\.?)\s*[:.]?\s*([0-9]{1,6})").unwrap());
/// `(通話無料)`, `(FAX)`, `(代表)` … right after a number.
static ANNOT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\(\s*(?:(通話無料|無料|フリーダイヤル|フリーコール)|((?i:fax)|ファックス|ファクス|ファクシミリ)|代表|代|直通|(?i:tel)|電話|携帯|ダイヤルイン)\s*\)|(通話無料))",
    )
    .unwrap()
});
/// `※1`, `※ 1`, `*1`, `(※1)` right after a number.
static MARKER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\((?:※ ?([0-9]{1,3})|\*([0-9]{1,3}))\)|※ ?([0-9]{1,3})|\*([0-9]{1,3}))").unwrap()
});

/// Every phone/fax number in one logical line, in order.
///
/// See the module doc for the numbering rules and what is heuristic.
///
/// ```text
/// use tsuchi::extract::contacts::{find_phones, PhoneKind};
///
/// let line = "- オンライン資格確認等コールセンター0800-080-4583 (通話無料)";
/// let hits = find_phones(line);
/// assert_eq!(hits.len(), 1);
/// assert_eq!(hits[0].phone, "0800-080-4583");
/// assert_eq!(hits[0].e164, "+818000804583");
/// assert!(hits[0].toll_free);
/// assert_eq!(hits[0].name.as_deref(), Some("オンライン資格確認等コールセンター"));
/// assert_eq!(&line[hits[0].start..hits[0].end], "0800-080-4583");
///
/// let hits = find_phones("TEL:03(5253)1111(内線1234) FAX:03-3501-1234");
/// assert_eq!(hits[0].phone, "03-5253-1111");
/// assert_eq!(hits[0].extension.as_deref(), Some("1234"));
/// assert_eq!(hits[1].kind, PhoneKind::Fax);
///
/// assert!(find_phones("令和7年1月30日 日医発第1817号 〒100-8916 2025-01-30").is_empty());
///
/// // written in kanji numerals, as a letter in kanji writes its dates
/// let hits = find_phones("フリーダイヤル 〇一二〇-三七五-二一八");
/// assert_eq!(hits[0].phone, "0120-375-218");
/// ```
pub fn find_phones(line: &str) -> Vec<PhoneHit> {
    let Some((view, back)) = kanji_digits_view(line) else { return find_phones_in(line) };
    let mut hits = find_phones_in(&view);
    for h in &mut hits {
        h.start = back[h.start];
        h.end = back[h.end];
    }
    hits
}

/// A kanji numeral digit (`〇`, `一` … `九`) as its value.
fn kanji_digit(c: char) -> Option<u8> {
    "〇一二三四五六七八九".chars().position(|k| k == c).map(|p| p as u8)
}

/// `line` with the kanji digits of a number written in them (`〇一二〇-三七五-二一八`: a run
/// that opens with `〇` and holds ten or more digits among separators) as ASCII digits, and
/// for each byte offset of that view, the offset in `line`; `None` when there is none, so
/// the words of a line (`第一回`, `二〇二六年`) are never read as digits.
fn kanji_digits_view(line: &str) -> Option<(String, Vec<usize>)> {
    let runs = kanji_number_runs(line);
    if runs.is_empty() {
        return None;
    }
    let (mut view, mut back) = (String::with_capacity(line.len()), Vec::with_capacity(line.len() + 1));
    for (i, c) in line.char_indices() {
        match kanji_digit(c).filter(|_| runs.iter().any(|r| r.contains(&i))) {
            Some(d) => {
                view.push(char::from(b'0' + d));
                back.push(i);
            }
            None => {
                view.push(c);
                back.extend(std::iter::repeat_n(i, c.len_utf8()));
            }
        }
    }
    back.push(line.len());
    Some((view, back))
}

/// The byte ranges of `line` that are numbers in kanji digits (see [`kanji_digits_view`]).
fn kanji_number_runs(line: &str) -> Vec<std::ops::Range<usize>> {
    let separator = |c: char| matches!(c, '-' | '‐' | '―' | 'ー' | '(' | ')' | ' ');
    let mut runs = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '〇' {
            continue;
        }
        let (mut end, mut digits) = (i + c.len_utf8(), 1);
        while let Some(&(j, d)) = chars.peek() {
            if kanji_digit(d).is_some() {
                digits += 1;
            } else if !separator(d) {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        if digits >= 10 {
            runs.push(i..end);
        }
    }
    runs
}

fn find_phones_in(line: &str) -> Vec<PhoneHit> {
    // a number has ten or eleven digits: most lines are passed over at once
    if !may_hold_number(line) {
        return Vec::new();
    }
    let urls: Vec<(usize, usize)> = if line.contains("://") || line.contains("www.") {
        URL_RE.find_iter(line).map(|m| (m.start(), m.end())).collect()
    } else {
        Vec::new()
    };
    let mut hits = Vec::new();
    // Text before `bound` belongs to the previous number (its trailer) and is not searched
    // for a name or label.
    let mut bound = 0usize;
    // the links are in order: the first that ends after a candidate is the only one that
    // can overlap it
    let mut next_url = 0;
    for m in PHONE_RE.find_iter(line) {
        let (s, e) = (m.start(), m.end());
        while urls.get(next_url).is_some_and(|&(_, ue)| ue <= s) {
            next_url += 1;
        }
        let in_url = urls.get(next_url).is_some_and(|&(us, _)| us < e);
        if s < bound || in_url || is_glued(line, s, e) {
            continue;
        }
        let Some((phone, digits)) = parse_number(m.as_str()) else {
            continue;
        };
        let pre = analyse_prefix(&line[bound..s]);
        let tr = parse_trailer(line, e, pre.opened_paren);
        let toll_free = digits.starts_with("0120") || digits.starts_with("0800") || pre.toll_free || tr.toll_free;
        let kind = if pre.fax || tr.fax { PhoneKind::Fax } else { PhoneKind::Phone };
        hits.push(PhoneHit {
            start: s,
            end: e,
            e164: format!("+81{}", &digits[1..]),
            phone,
            kind,
            toll_free,
            extension: tr.extension,
            name: pre.name,
            note_marker: tr.marker,
        });
        bound = tr.end;
    }
    hits
}

/// Whether some stretch of digits, spaces, brackets and hyphens holds ten digits. A number's
/// match is made of nothing else and needs ten digits (`valid_digits`), so a line without
/// such a stretch (`令和8年5月24日(日)2:00~3:00` has ten digits, in pieces) holds none, and
/// the number pattern need not run on it, nor be compiled for a notice with no number.
fn may_hold_number(line: &str) -> bool {
    let mut digits = 0;
    for b in line.bytes() {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if digits >= 10 {
                    return true;
                }
            }
            b' ' | b'(' | b')' | b'-' => {}
            _ => digits = 0,
        }
    }
    false
}

/// True when the candidate at `s..e` is part of something larger than a phone number.
fn is_glued(line: &str, s: usize, e: usize) -> bool {
    let before = &line[..s];
    let after = &line[e..];
    let mut rb = before.chars().rev();
    match rb.next() {
        Some(c) if c.is_ascii_digit() => return true,
        Some('-' | '.' | '/' | ':' | ',') if rb.next().is_some_and(|c| c.is_ascii_digit()) => {
            return true;
        }
        Some('〒' | '第' | '№' | '#' | '_' | '+' | '=' | '&' | '?' | '%') => return true,
        Some(c) if c.is_ascii_alphabetic() => {
            let word_start = before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
            let word = before[word_start..].to_ascii_lowercase();
            if !matches!(word.as_str(), "tel" | "fax" | "phone" | "telephone" | "ext") {
                return true;
            }
        }
        _ => {}
    }
    let mut ra = after.chars();
    match ra.next() {
        Some(c) if c.is_ascii_digit() => return true,
        Some('-' | '.' | '/' | ',' | ':') if ra.next().is_some_and(|c| c.is_ascii_digit()) => {
            return true;
        }
        Some(
            '号' | '円' | '件' | '年' | '月' | '日' | '時' | '分' | '秒' | '歳' | '%' | '万' | '億' | '桁' | '番'
            | '条' | '項' | '_',
        ) => return true,
        _ => {}
    }
    false
}

/// `(phone, digits)` when `text` (a [`PHONE_RE`] match) is a valid Japanese number.
fn parse_number(text: &str) -> Option<(String, String)> {
    let groups: Vec<&str> = text.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let digits: String = groups.concat();
    if !valid_digits(&digits) {
        return None;
    }
    let phone = match groups.as_slice() {
        [_] => hyphenate(&digits),
        [a, rest] => {
            if (2..=5).contains(&a.len()) && rest.len() >= 5 {
                let split = if ["0120", "0570", "0990"].contains(a) && rest.len() == 6 { 3 } else { rest.len() - 4 };
                format!("{a}-{}-{}", &rest[..split], &rest[split..])
            } else {
                hyphenate(&digits)
            }
        }
        [a, b, c] => {
            if !(2..=5).contains(&a.len()) || !(1..=4).contains(&b.len()) || !(3..=4).contains(&c.len()) {
                return None;
            }
            format!("{a}-{b}-{c}")
        }
        _ => return None,
    };
    Some((phone, digits))
}

/// Prefixes whose numbers have 11 digits (all others have 10).
const ELEVEN_DIGIT_PREFIXES: &[&str] = &["0800", "020", "050", "060", "070", "080", "090"];
/// Landline area codes of two digits.
const TWO_DIGIT_AREAS: &[&str] = &["03", "06"];
/// Common three-digit area codes (big cities). Unknown codes fall back to 3 digits too.
const THREE_DIGIT_AREAS: &[&str] = &[
    "011", "022", "025", "043", "044", "045", "048", "052", "054", "058", "075", "078", "082", "086", "087", "088",
    "089", "092", "093", "095", "096", "097", "098", "099",
];

fn valid_digits(d: &str) -> bool {
    let b = d.as_bytes();
    if !(b.len() == 10 || b.len() == 11) || b[0] != b'0' || b[1] == b'0' {
        return false;
    }
    let eleven = ELEVEN_DIGIT_PREFIXES.iter().any(|p| d.starts_with(p));
    eleven == (b.len() == 11)
}

/// Hyphenates a valid digit string written without separators (see the module doc table).
fn hyphenate(d: &str) -> String {
    let (a, b) = if d.len() == 11 {
        if d.starts_with("0800") { (4, 3) } else { (3, 4) }
    } else if ["0120", "0570", "0990"].iter().any(|p| d.starts_with(p)) {
        (4, 3)
    } else {
        let area = match () {
            _ if TWO_DIGIT_AREAS.iter().any(|p| d.starts_with(p)) => 2,
            _ if THREE_DIGIT_AREAS.iter().any(|p| d.starts_with(p)) => 3,
            // Fallback for area codes not in the table: 3-3-4.
            _ => 3,
        };
        (area, 6 - area)
    };
    format!("{}-{}-{}", &d[..a], &d[a..a + b], &d[a + b..])
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    Tel,
    Fax,
    Free,
    Other,
}

/// The label classes of the lexicon, in the order they are tried (a class's words in the
/// data file's order: `電話番号` before `番号`), with what each says of the number.
const LABELS: [(Class, Label); 4] = [
    (Class::TelLabel, Label::Tel),
    (Class::FaxLabel, Label::Fax),
    (Class::FreeLabel, Label::Free),
    (Class::NumberLabel, Label::Other),
];

/// The first label `t` ends with, and `t` without it.
fn strip_any_label(t: &str) -> Option<(&str, Label)> {
    LABELS.iter().find_map(|&(c, l)| lexicon::list(c).iter().find_map(|w| strip_label_suffix(t, w)).map(|r| (r, l)))
}

/// Whether `s` is a label alone (any case).
fn is_label(s: &str) -> bool {
    LABELS.iter().any(|&(c, _)| lexicon::list(c).iter().any(|w| s.eq_ignore_ascii_case(w)))
}

const SEPARATORS: &[char] = &[':', '/', '|', '・', '(', '.', '=', '-', '→', '>', ','];
struct PrefixInfo {
    fax: bool,
    toll_free: bool,
    opened_paren: bool,
    name: Option<String>,
}

/// `s` without `label` at its end, ASCII case-insensitively; a Latin label must not be
/// the tail of a longer Latin word (`HOTEL`).
fn strip_label_suffix<'a>(s: &'a str, label: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(label.len())?;
    if !s.is_char_boundary(cut) || !s[cut..].eq_ignore_ascii_case(label) {
        return None;
    }
    let rest = &s[..cut];
    if label.is_ascii() && rest.chars().next_back().is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(rest)
}

/// Labels, separators and the name in the text before a number.
fn analyse_prefix(prefix: &str) -> PrefixInfo {
    let mut s = prefix;
    let mut labels: Vec<Label> = Vec::new();
    let mut opened_paren = false;
    for _ in 0..64 {
        let t = s.trim_end();
        if let Some(r) = t.strip_suffix(SEPARATORS) {
            if t.ends_with('(') && labels.is_empty() {
                opened_paren = true;
            }
            s = r;
            continue;
        }
        if let Some((r, l)) = strip_any_label(t) {
            labels.push(l);
            s = r;
            continue;
        }
        // A trailing bracketed remark, e.g. `(担当:山田)`.
        if t.ends_with(')')
            && let Some(open) = t.rfind('(')
            && t[open + 1..t.len() - 1].chars().count() <= 30
            && !t[open + 1..].contains('(')
        {
            s = &t[..open];
            continue;
        }
        s = t;
        break;
    }
    let first_label = labels.iter().copied().find(|l| *l != Label::Other);
    let second_label = labels.iter().copied().filter(|l| *l != Label::Other).nth(1);
    let fax = first_label == Some(Label::Fax) && second_label != Some(Label::Tel);
    let toll_free = labels.contains(&Label::Free) || lexicon::ends_with(s, Class::FreeName).is_some();
    PrefixInfo { fax, toll_free, opened_paren, name: guess_name(s) }
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// Characters that end a name when walking back from a number.
const NAME_STOPS: &str = "、。,;!?「」『』()[]【】<>〈〉《》{}\"'“”‘’○●◎◇◆□■☆★※→⇒#*.=~\t";

fn is_name_stop(c: char) -> bool {
    is_hiragana(c) || NAME_STOPS.contains(c)
}

/// The name heuristic: see the module doc.
fn guess_name(s: &str) -> Option<String> {
    let mut t = s;
    if let Some(cut) = lexicon::list(Class::InquiryLabel).iter().filter_map(|l| t.rfind(l).map(|i| i + l.len())).max() {
        t = &t[cut..];
    }
    let from = t.char_indices().rev().find(|&(_, c)| is_name_stop(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let candidate = &t[from..];
    candidate
        .split([':', '/', '|'])
        .map(clean_segment)
        .find(|seg| {
            !seg.is_empty()
                && seg.chars().any(char::is_alphabetic)
                && (2..=40).contains(&seg.chars().count())
                && !lexicon::is(seg, Class::NotAName)
                && !is_label(seg)
        })
        .map(str::to_string)
}

fn clean_segment(seg: &str) -> &str {
    let mut s = seg.trim();
    loop {
        let before = s;
        s = s.trim_start_matches(|c: char| c.is_whitespace() || lexicon::is_mark_char(c));
        // List numbering such as `1 ` or `2. ` (the `.` already stopped the walk back).
        let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && s[digits..].starts_with([' ', '\t']) {
            s = &s[digits..];
        }
        s = s.trim_end_matches(SEPARATORS).trim();
        if s == before {
            return s;
        }
    }
}

struct Trailer {
    end: usize,
    fax: bool,
    toll_free: bool,
    extension: Option<String>,
    marker: Option<String>,
}

/// Reads the annotations right after a number ending at `pos`: a closing `)` when the
/// number was opened by `(`, `(通話無料)`, `(FAX)`, `(代表)`, `内線1234`, `※1`, in any order.
fn parse_trailer(line: &str, mut pos: usize, mut open: bool) -> Trailer {
    let mut tr = Trailer { end: pos, fax: false, toll_free: false, extension: None, marker: None };
    loop {
        let rest = &line[pos..];
        let r = rest.trim_start();
        let at = pos + (rest.len() - r.len());
        if open && r.starts_with(')') {
            open = false;
            pos = at + 1;
        } else if let Some(c) = EXT_PAREN_RE.captures(r).or_else(|| EXT_BARE_RE.captures(r)) {
            tr.extension.get_or_insert_with(|| c[1].to_string());
            pos = at + c[0].len();
        } else if let Some(c) = ANNOT_RE.captures(r) {
            tr.toll_free |= c.get(1).is_some() || c.get(3).is_some();
            tr.fax |= c.get(2).is_some();
            pos = at + c[0].len();
        } else if let Some(c) = MARKER_RE.captures(r) {
            let (star, num) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                (Some(n), ..) | (_, _, Some(n), _) => ("※", n.as_str()),
                (_, Some(n), ..) | (.., Some(n)) => ("*", n.as_str()),
                _ => unreachable!("MARKER_RE always captures a number"),
            };
            tr.marker.get_or_insert_with(|| format!("{star}{num}"));
            pos = at + c[0].len();
        } else {
            break;
        }
        tr.end = pos;
    }
    tr
}

// ---------------------------------------------------------------------------
// Footnotes
// ---------------------------------------------------------------------------

static FOOTNOTE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-・*+]\s+)?(?:\(※\s*([0-9]{1,3})\)|※\s*([0-9]{1,3})|\*([0-9]{1,3}))").unwrap()
});

/// A footnote definition at the start of the line, normalised to `※N` or `*N`, to link with
/// [`PhoneHit::note_marker`]. A bare `※` (a plain note) gives `None`, and so does a marker
/// followed by hiragana (`※1に記載の…` is a cross-reference, not a footnote).
///
/// ```text
/// use tsuchi::extract::contacts::footnote_marker;
///
/// assert_eq!(footnote_marker("※1受付時間(年末年始を除く)平日9時半~20時").as_deref(), Some("※1"));
/// assert_eq!(footnote_marker("*2 土日祝は休み").as_deref(), Some("*2"));
/// assert_eq!(footnote_marker("※影響を受ける時間帯であっても"), None);
/// ```
pub fn footnote_marker(line: &str) -> Option<String> {
    let c = FOOTNOTE_RE.captures(line)?;
    // `※ 1に記載の期間` refers to section 1: a particle right after the number.
    let next = line[c.get(0)?.end()..].chars().next();
    if next.is_some_and(|c| c.is_ascii_digit() || is_hiragana(c)) {
        return None;
    }
    if let Some(n) = c.get(1).or_else(|| c.get(2)) {
        Some(format!("※{}", n.as_str()))
    } else {
        c.get(3).map(|n| format!("*{}", n.as_str()))
    }
}

// ---------------------------------------------------------------------------
// Hours
// ---------------------------------------------------------------------------

/// One day word: `月`, `月曜`, `月曜日`, `祝日`, `平日`, …
const DAY_ATOM: &str = r"(?:[月火水木金土日](?:曜日|曜)?|祝祭日|祝休日|祝日|祝|休日|平日|毎日|全日)";
/// Between day words: nothing (`土日祝`), `~`, `・`, `、`, `から`, `及び`, …
const DAY_CONN: &str = r"(?:\s*(?:~|・|、|,|及び|および|から|と)\s*)?";
/// A time whose unit may be left out when the range's end has one (`9~17時`).
const TIME_LOOSE: &str = r"(?:(?:午前|午後)\s*)?[0-9]{1,2}(?:\s*(?::\s*[0-9]{2}|時\s*(?:半|[0-9]{1,2}\s*分)?))?";
/// A time with its unit: `8:00`, `9時`, `9時半`, `9時30分`, `午後5時`.
const TIME_STRICT: &str = r"(?:(?:午前|午後)\s*)?[0-9]{1,2}\s*(?::\s*[0-9]{2}|時\s*(?:半|[0-9]{1,2}\s*分)?)";

fn days_pattern() -> String {
    format!("{DAY_ATOM}(?:{DAY_CONN}{DAY_ATOM})*")
}

fn range_pattern() -> String {
    format!(r"(?P<open>{TIME_LOOSE})\s*(?:~|-|から)\s*(?P<close>{TIME_STRICT})(?:\s*まで)?")
}

/// Days, then a gap (spaces, `:`, `の`, `は`, a bracketed remark), then a time range.
static HOURS_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?P<days>{})(?:\s|:|の|は|\([^()]{{0,40}}\))*{}", days_pattern(), range_pattern())).unwrap()
});
static RANGE_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&range_pattern()).unwrap());
/// `(月~金)` right after a range.
static DAYS_PAREN_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*\(\s*(?P<days>{})\s*\)", days_pattern())).unwrap());
static DAYS_FULL_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^{}$", days_pattern())).unwrap());
/// `(祝日を除く)`, `(ただし、土日祝日・年末年始を除きます)`.
static EXCL_PAREN_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*(?:ただし[、,]?\s*)?([^()]*?)\s*(?:を|は)?\s*除(?:く|き)[^()]*\)").unwrap());
/// `祝日を除く` without brackets.
static EXCL_BARE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([^\s()、。,:~]+?)(?:を|は)\s*除(?:く|き)").unwrap());
/// A trailing exclusion remark right after a range, included in [`Hours::text`].
static EXCL_TRAIL_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\([^()]*除[^()]*\)").unwrap());
static ENDS_WITH_TIME_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:[0-9]:[0-9]{2}|[0-9]\s*時半?|[0-9]\s*分)\s*$").unwrap());

/// Opening hours stated in one logical line, in order.
///
/// The exclusions of the line (`(祝日を除く)`, `(年末年始を除く)`) are put in the
/// [`Hours::except`] of every clause. See the module doc for when a time range counts.
///
/// ```text
/// use tsuchi::extract::contacts::find_hours;
///
/// let h = find_hours("※1受付時間(年末年始を除く)平日9時半~20時、土日祝9時半~17時半");
/// assert_eq!(h.len(), 2);
/// assert_eq!((h[0].days.as_str(), h[0].open.as_str(), h[0].close.as_str()), ("平日", "09:30", "20:00"));
/// assert_eq!((h[1].days.as_str(), h[1].open.as_str(), h[1].close.as_str()), ("土日祝", "09:30", "17:30"));
/// assert_eq!(h[1].except, vec!["年末年始".to_string()]);
///
/// // An outage window is not opening hours.
/// assert!(find_hours("・令和8年5月24日(日)2:00~3:00(予定)").is_empty());
/// ```
pub fn find_hours(line: &str) -> Vec<Hours> {
    // hours need a time: a digit, and `:` or `時`
    if !line.bytes().any(|b| b.is_ascii_digit()) || !(line.contains(':') || line.contains('時')) {
        return Vec::new();
    }
    let (excl_spans, except) = exclusions(line);
    let with_days = hours_with_days(line, &excl_spans, &except);
    let mut out = ranges_alone(line, &with_days, &except);
    out.extend(with_days);
    out.sort_by_key(|h| h.start);
    out
}

/// Hours stated as a day expression followed by a time range (`平日9時半~20時`), in order.
fn hours_with_days(line: &str, excl_spans: &[(usize, usize)], except: &[String]) -> Vec<Hours> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos <= line.len() {
        let Some(c) = HOURS_RE.captures_at(line, pos) else {
            break;
        };
        let days = c.name("days").expect("days group");
        let whole = c.get(0).expect("group 0");
        let times = parse_range(line, &c);
        if let Some((open, close)) = times.filter(|_| days_ok(line, days.start(), days.as_str(), excl_spans)) {
            let end = extend_with_exclusion(line, whole.end());
            out.push(Hours {
                days: strip_spaces(days.as_str()),
                open,
                close,
                except: except.to_vec(),
                text: line[days.start()..end].to_string(),
                start: days.start(),
                end,
            });
            pos = end;
        } else {
            pos = days.start() + line[days.start()..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// Time ranges with no day expression in front: hours when the line says so (a label such as
/// `受付時間`, an exclusion of days), when days follow in brackets, or when they continue a
/// clause of `with_days` (`平日9時~17時、10時~12時`).
fn ranges_alone(line: &str, with_days: &[Hours], except: &[String]) -> Vec<Hours> {
    let dayish_exclusion =
        except.iter().any(|e| DAYS_FULL_RE.is_match(e) || e.contains("年末") || e.contains("年始") || e.contains('休'));
    let qualifies = dayish_exclusion || lexicon::contains(line, Class::HoursLabel);
    let mut out: Vec<Hours> = Vec::new();
    let mut pos = 0;
    while pos <= line.len() {
        let Some(c) = RANGE_RE.captures_at(line, pos) else {
            break;
        };
        let m = c.get(0).expect("group 0");
        pos = m.end();
        // the clauses with days are in order and apart: only the first ending after the
        // range's start can overlap it
        let k = with_days.partition_point(|h| h.end <= m.start());
        if with_days.get(k).is_some_and(|h| h.start < m.end()) {
            continue;
        }
        let prev = line[..m.start()].chars().next_back();
        if prev.is_some_and(|p| p.is_ascii_digit() || p == ':') {
            continue;
        }
        let Some((open, close)) = parse_range(line, &c) else {
            continue;
        };
        let mut end = m.end();
        // the clause just before (the last ending before the range), of either kind
        let before = [k.checked_sub(1).map(|i| &with_days[i]), out.last()].into_iter().flatten().max_by_key(|h| h.end);
        let days = if let Some(d) = DAYS_PAREN_RE.captures(&line[end..]) {
            end += d.get(0).expect("group 0").end();
            Some(strip_spaces(&d["days"]))
        } else if let Some(prev) = before.filter(|h| {
            let gap = &line[h.end..m.start()];
            gap.len() <= 9 && gap.chars().all(|c| c.is_whitespace() || matches!(c, '、' | ',' | '/' | '・' | ';'))
        }) {
            Some(prev.days.clone())
        } else if qualifies {
            Some(String::new())
        } else {
            None
        };
        let Some(days) = days else { continue };
        let end = extend_with_exclusion(line, end);
        out.push(Hours {
            days,
            open,
            close,
            except: except.to_vec(),
            text: line[m.start()..end].to_string(),
            start: m.start(),
            end,
        });
        pos = end;
    }
    out
}

fn strip_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Includes a `(…を除く)` remark directly after `end`.
fn extend_with_exclusion(line: &str, end: usize) -> usize {
    EXCL_TRAIL_RE.find(&line[end..]).map_or(end, |m| end + m.end())
}

/// Both times of a range capture, and the range is not glued to what follows
/// (`1~2時間`, `8:00~18:000`).
fn parse_range(line: &str, c: &regex::Captures<'_>) -> Option<(String, String)> {
    let whole = c.get(0)?;
    let next = line[whole.end()..].chars().next();
    if next.is_some_and(|n| n.is_ascii_digit() || n == '間' || n == ':') {
        return None;
    }
    Some((parse_time(&c["open"])?, parse_time(&c["close"])?))
}

/// `8:00` → `08:00`, `9時半` → `09:30`, `午後5時` → `17:00`: the date engine's time grammar,
/// so opening hours and windows read times the same way.
/// A bare hour is allowed too, as the start of `9~17時`.
fn parse_time(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) {
        let h: u32 = s.parse().ok()?;
        return (h <= 24).then(|| format!("{h:02}:00"));
    }
    let (rest, (h, m, _, _)) = crate::datetime::scan::time(s).ok()?;
    rest.trim().is_empty().then(|| format!("{h:02}:{m:02}"))
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// Whether a day-expression match at `start` is a real day expression.
fn days_ok(line: &str, start: usize, days: &str, excl_spans: &[(usize, usize)]) -> bool {
    if excl_spans.iter().any(|&(s, e)| start >= s && start < e) {
        return false;
    }
    let before = &line[..start];
    // `5月24日(日)`: the day of week of a date.
    if let Some(b) = before.trim_end().strip_suffix('(')
        && b.trim_end().chars().next_back().is_some_and(|c| c == '日' || c.is_ascii_digit())
    {
        return false;
    }
    match before.chars().next_back() {
        // `4月`, but `18:00土曜日` (lines joined after a range) is fine.
        Some(c) if c.is_ascii_digit() => ENDS_WITH_TIME_RE.is_match(before),
        // `東日本`, `各日`, `料金`: a day character inside a word.
        Some(c) if is_kanji(c) => {
            let multi =
                ["平日", "毎日", "全日", "祝日", "休日", "祝祭日", "祝休日"].iter().any(|w| days.starts_with(w));
            multi || matches!(c, '間' | '週' | '付') || ENDS_WITH_TIME_RE.is_match(before)
        }
        _ => true,
    }
}

/// Spans of exclusion remarks and their items (`祝日`, `年末年始`), deduplicated.
fn exclusions(line: &str) -> (Vec<(usize, usize)>, Vec<String>) {
    let mut spans = Vec::new();
    let mut raw: Vec<(usize, &str)> = Vec::new();
    for c in EXCL_PAREN_RE.captures_iter(line) {
        let m = c.get(0).expect("group 0");
        spans.push((m.start(), m.end()));
        raw.push((m.start(), c.get(1).map_or("", |x| x.as_str())));
    }
    for c in EXCL_BARE_RE.captures_iter(line) {
        let m = c.get(0).expect("group 0");
        if spans.iter().any(|&(s, e)| m.start() < e && m.end() > s) {
            continue;
        }
        spans.push((m.start(), m.end()));
        raw.push((m.start(), c.get(1).map_or("", |x| x.as_str())));
    }
    raw.sort_by_key(|r| r.0);
    let mut items: Vec<String> = Vec::new();
    for (_, content) in raw {
        let content = content.trim().trim_start_matches("ただし").trim_start_matches(['、', ',']);
        for item in content
            .split(['・', '、', ','])
            .flat_map(|s| s.split("及び"))
            .flat_map(|s| s.split("および"))
            .flat_map(|s| s.split("並びに"))
        {
            let item = strip_spaces(item);
            if !item.is_empty() && !items.contains(&item) {
                items.push(item);
            }
        }
    }
    (spans, items)
}

// ---------------------------------------------------------------------------
// The extractor: phones found in every unit, with the hours stated after them.

/// Every phone and fax number in the notice, one entry per number with all its mentions,
/// in order of first mention. Opening hours come from the same unit, the units right
/// after it, or a footnote (`※1受付時間…`) the number points to.
pub fn extract(ctx: super::Context<'_>) -> Vec<crate::model::Contact> {
    let units = &ctx.seg.units;
    let mut found = Found::default();
    let mut footnotes: Option<Vec<(usize, String)>> = None;
    for (ui, unit) in units.iter().enumerate() {
        let phones = find_phones(&unit.text);
        if phones.is_empty() {
            continue;
        }
        // the unit's hours, read once for all its numbers (sorted by start)
        let unit_hours = find_hours(&unit.text);
        for (k, hit) in phones.iter().enumerate() {
            // hours in the same unit, after this number and before the next one
            let until = phones.get(k + 1).map_or(unit.text.len(), |p| p.start);
            let from = unit_hours.partition_point(|h| h.start < hit.end);
            let mut hours: Vec<crate::model::Hours> = unit_hours[from..]
                .iter()
                .take_while(|h| h.start < until)
                .filter(|h| h.end <= until)
                .map(|h| to_model(ctx, unit, h.clone()))
                .collect();
            if hours.is_empty() && k + 1 == phones.len() {
                hours = hours_after(ctx, ui);
            }
            if hours.is_empty()
                && let Some(marker) = &hit.note_marker
            {
                let notes = footnotes.get_or_insert_with(|| footnote_units(units));
                if let Some(&(ni, _)) = notes.iter().find(|(ni, m)| units[*ni].doc == unit.doc && m == marker) {
                    let note = &units[ni];
                    hours.extend(find_hours(&note.text).into_iter().map(|h| to_model(ctx, note, h)));
                }
            }
            found.add(hit, ctx.mention(unit, hit.start, hit.end), hours);
        }
    }
    found.contacts
}

/// Hours stated in the units right after unit `ui`, while they state hours and no other
/// number.
fn hours_after(ctx: super::Context<'_>, ui: usize) -> Vec<crate::model::Hours> {
    let units = &ctx.seg.units;
    let mut hours = Vec::new();
    for next in units.iter().skip(ui + 1).take(3) {
        if next.doc != units[ui].doc || !find_phones(&next.text).is_empty() {
            break;
        }
        let found = find_hours(&next.text);
        if found.is_empty() {
            break;
        }
        hours.extend(found.into_iter().map(|h| to_model(ctx, next, h)));
    }
    hours
}

/// The units that define a footnote (`※1受付時間…`), with their marker, in order.
fn footnote_units(units: &[crate::segment::Unit]) -> Vec<(usize, String)> {
    units.iter().enumerate().filter_map(|(i, u)| footnote_marker(&u.text).map(|m| (i, m))).collect()
}

/// Contacts gathered so far: one per number and kind, found by a map, not a search.
#[derive(Default)]
struct Found {
    contacts: Vec<crate::model::Contact>,
    index: std::collections::HashMap<(String, bool), usize>,
}

impl Found {
    /// A mention of `hit`: a new contact, or one more mention of a known one (which takes
    /// what it lacked: hours, a name, an extension).
    fn add(&mut self, hit: &PhoneHit, mention: crate::model::Mention, hours: Vec<crate::model::Hours>) {
        use crate::model::{Contact, ContactKind};
        let kind = match hit.kind {
            PhoneKind::Phone => ContactKind::Phone,
            PhoneKind::Fax => ContactKind::Fax,
        };
        let key = (hit.phone.clone(), kind == ContactKind::Fax);
        if let Some(&i) = self.index.get(&key) {
            let c = &mut self.contacts[i];
            c.mentions.push(mention);
            if c.hours.is_empty() {
                c.hours = hours;
            }
            if c.name.is_none() {
                c.name = hit.name.clone();
            }
            c.toll_free |= hit.toll_free;
            if c.extension.is_none() {
                c.extension = hit.extension.clone();
            }
            return;
        }
        self.index.insert(key, self.contacts.len());
        self.contacts.push(Contact {
            name: hit.name.clone(),
            phone: hit.phone.clone(),
            e164: hit.e164.clone(),
            kind,
            toll_free: hit.toll_free,
            extension: hit.extension.clone(),
            hours,
            mentions: vec![mention],
        });
    }
}

fn to_model(ctx: super::Context<'_>, unit: &crate::segment::Unit, h: Hours) -> crate::model::Hours {
    let pos = ctx.position(unit, h.start);
    crate::model::Hours {
        days: h.days,
        open: h.open,
        close: h.close,
        except: h.except,
        text: h.text,
        line: pos.line,
        page: pos.page,
        part: ctx.part_id(&pos),
    }
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    // ----- phones -----------------------------------------------------------

    #[test]
    fn only_a_stretch_of_ten_digits_is_searched_for_a_number() {
        // ten digits in pieces: no number can be there
        assert!(!may_hold_number("令和8年5月24日(日)2:00~3:00"));
        for line in ["TEL 03-1234-5678", "フリーダイヤル 0120-95-0178(平日)"] {
            assert!(may_hold_number(line), "{line}");
            assert_eq!(find_phones(line).len(), 1, "{line}");
        }
        assert!(may_hold_number("(03) 1234 5678") && may_hold_number("0120(95)0178"));
    }

    #[test]
    fn numbers_written_in_kanji_digits() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("フリーダイヤル 〇一二〇-三七五-二一八", &[("〇一二〇-三七五-二一八", "0120-375-218")]),
            (
                "電話 〇三(三五〇一)一二三四 FAX 03-3501-1235",
                &[("〇三(三五〇一)一二三四", "03-3501-1234"), ("03-3501-1235", "03-3501-1235")],
            ),
            // kanji numerals that are no number: a year, an ordinal, too few digits
            ("二〇二六年十月一日 第一回", &[]),
            ("〇一二〇-三七五", &[]),
        ];
        for (line, want) in cases {
            let got: Vec<(&str, String)> =
                find_phones(line).iter().map(|h| (&line[h.start..h.end], h.phone.clone())).collect();
            let want: Vec<(&str, String)> = want.iter().map(|(w, p)| (*w, p.to_string())).collect();
            assert_eq!(got, want, "{line}");
        }
    }

    /// Expected values of one [`PhoneHit`] (spans are checked by `as_written`).
    struct P {
        as_written: &'static str,
        phone: &'static str,
        e164: &'static str,
        kind: PhoneKind,
        toll_free: bool,
        extension: Option<&'static str>,
        name: Option<&'static str>,
        note_marker: Option<&'static str>,
    }

    fn p(as_written: &'static str, phone: &'static str, e164: &'static str) -> P {
        P {
            as_written,
            phone,
            e164,
            kind: PhoneKind::Phone,
            toll_free: false,
            extension: None,
            name: None,
            note_marker: None,
        }
    }

    impl P {
        fn fax(mut self) -> Self {
            self.kind = PhoneKind::Fax;
            self
        }
        fn free(mut self) -> Self {
            self.toll_free = true;
            self
        }
        fn ext(mut self, e: &'static str) -> Self {
            self.extension = Some(e);
            self
        }
        fn name(mut self, n: &'static str) -> Self {
            self.name = Some(n);
            self
        }
        fn marker(mut self, m: &'static str) -> Self {
            self.note_marker = Some(m);
            self
        }
    }

    fn check_phones(line: &str, expected: &[P]) {
        let hits = find_phones(line);
        assert_eq!(hits.len(), expected.len(), "line {line:?}: got {hits:#?}");
        for (h, e) in hits.iter().zip(expected) {
            assert_eq!(&line[h.start..h.end], e.as_written, "span, line {line:?}");
            assert_eq!(h.phone, e.phone, "phone, line {line:?}");
            assert_eq!(h.e164, e.e164, "e164, line {line:?}");
            assert_eq!(h.kind, e.kind, "kind, line {line:?}");
            assert_eq!(h.toll_free, e.toll_free, "toll_free, line {line:?}");
            assert_eq!(h.extension.as_deref(), e.extension, "extension, line {line:?}");
            assert_eq!(h.name.as_deref(), e.name, "name, line {line:?}");
            assert_eq!(h.note_marker.as_deref(), e.note_marker, "note_marker, line {line:?}");
        }
    }

    #[test]
    fn phone_table() {
        let table: Vec<(&str, Vec<P>)> = vec![
            // seed 000, normalised (the space before `(` stays)
            (
                "- オンライン資格確認等コールセンター0800-080-4583 (通話無料)",
                vec![
                    p("0800-080-4583", "0800-080-4583", "+818000804583")
                        .free()
                        .name("オンライン資格確認等コールセンター"),
                ],
            ),
            // seed 000, that list item joined with its hours lines
            (
                "- オンライン資格確認等コールセンター0800-080-4583 (通話無料) 月曜日~金曜日 (祝日を除く) 8:00~18:00土曜日 (祝日を除く) 8:00~16:00",
                vec![
                    p("0800-080-4583", "0800-080-4583", "+818000804583")
                        .free()
                        .name("オンライン資格確認等コールセンター"),
                ],
            ),
            // seed 002 heading
            (
                "### ○オンライン資格確認等コールセンター0800-080-4583(通話無料)",
                vec![
                    p("0800-080-4583", "0800-080-4583", "+818000804583")
                        .free()
                        .name("オンライン資格確認等コールセンター"),
                ],
            ),
            // seed 002 prose
            (
                "上記の対応を行った上で、万一、それでもなおエラーが表示されるという場合には、オンライン資格確認等コールセンター0800-080-4583(通話無料)までご連絡いただくとともに、",
                vec![
                    p("0800-080-4583", "0800-080-4583", "+818000804583")
                        .free()
                        .name("オンライン資格確認等コールセンター"),
                ],
            ),
            // seed 003
            (
                "☆ 問合せ先 (那覇市医師会 事務局:宮城・前泊 /電話098-868-7579)",
                vec![p("098-868-7579", "098-868-7579", "+81988687579").name("那覇市医師会 事務局")],
            ),
            // seed 004
            (
                "・ 別添Q&Aに示されているような事案が生じた場合には、マイナンバーカードの健康保険証利用に関する問い合わせ先のマイナンバー総合フリーダイヤル(0120-95-0178)※1でお問い合わせを受け付けていること",
                vec![
                    p("0120-95-0178", "0120-95-0178", "+81120950178")
                        .free()
                        .name("マイナンバー総合フリーダイヤル")
                        .marker("※1"),
                ],
            ),
            (
                "・ 医療機関等の問い合わせについては、オンライン資格確認等コールセンター(0800-080-4583)※2でも受け付けていること。",
                vec![
                    p("0800-080-4583", "0800-080-4583", "+818000804583")
                        .free()
                        .name("オンライン資格確認等コールセンター")
                        .marker("※2"),
                ],
            ),
            // bracketed area / local exchange
            ("03(5253)1111", vec![p("03(5253)1111", "03-5253-1111", "+81352531111")]),
            ("電話:(03)5253-1111", vec![p("(03)5253-1111", "03-5253-1111", "+81352531111")]),
            ("(03) 5253-1111", vec![p("(03) 5253-1111", "03-5253-1111", "+81352531111")]),
            ("TEL:03-5253-1111(内線1234)", vec![p("03-5253-1111", "03-5253-1111", "+81352531111").ext("1234")]),
            (
                "厚生労働省保険局医療介護連携政策課 電話:03-5253-1111(代表) 内線3150",
                vec![
                    p("03-5253-1111", "03-5253-1111", "+81352531111")
                        .ext("3150")
                        .name("厚生労働省保険局医療介護連携政策課"),
                ],
            ),
            ("Tel. 03-5253-1111 ext. 1234", vec![p("03-5253-1111", "03-5253-1111", "+81352531111").ext("1234")]),
            ("FAX 03-3501-1234", vec![p("03-3501-1234", "03-3501-1234", "+81335011234").fax()]),
            ("ファクス番号:03-3501-1234", vec![p("03-3501-1234", "03-3501-1234", "+81335011234").fax()]),
            ("03-3501-1234(FAX)", vec![p("03-3501-1234", "03-3501-1234", "+81335011234").fax()]),
            ("TEL/FAX 098-868-7579", vec![p("098-868-7579", "098-868-7579", "+81988687579")]),
            ("0120-123-456", vec![p("0120-123-456", "0120-123-456", "+81120123456").free()]),
            ("0570-000-123", vec![p("0570-000-123", "0570-000-123", "+81570000123")]),
            ("090-1234-5678", vec![p("090-1234-5678", "090-1234-5678", "+819012345678")]),
            ("フリーダイヤル 0570-000-123", vec![p("0570-000-123", "0570-000-123", "+81570000123").free()]),
            // no separators: hyphenated by the numbering rules
            ("0312345678", vec![p("0312345678", "03-1234-5678", "+81312345678")]),
            ("0668765432", vec![p("0668765432", "06-6876-5432", "+81668765432")]),
            ("0988687579", vec![p("0988687579", "098-868-7579", "+81988687579")]),
            ("0120123456", vec![p("0120123456", "0120-123-456", "+81120123456").free()]),
            ("08000804583", vec![p("08000804583", "0800-080-4583", "+818000804583").free()]),
            ("09012345678", vec![p("09012345678", "090-1234-5678", "+819012345678")]),
            ("05012345678", vec![p("05012345678", "050-1234-5678", "+815012345678")]),
            ("0467123456", vec![p("0467123456", "046-712-3456", "+81467123456")]), // fallback 3-3-4
            // two groups
            ("03-52531111", vec![p("03-52531111", "03-5253-1111", "+81352531111")]),
            ("0120-123456", vec![p("0120-123456", "0120-123-456", "+81120123456").free()]),
            // phone and fax on one line
            (
                "那覇市医師会 TEL:098-868-7579 FAX:098-868-7580",
                vec![
                    p("098-868-7579", "098-868-7579", "+81988687579").name("那覇市医師会"),
                    p("098-868-7580", "098-868-7580", "+81988687580").fax(),
                ],
            ),
            (
                "電話03-5253-1111、ファクシミリ03-3501-1234",
                vec![
                    p("03-5253-1111", "03-5253-1111", "+81352531111"),
                    p("03-3501-1234", "03-3501-1234", "+81335011234").fax(),
                ],
            ),
            (
                "問合せ先:日本医師会 情報システム課 (担当:山田) TEL 03-3946-2121",
                vec![p("03-3946-2121", "03-3946-2121", "+81339462121").name("日本医師会 情報システム課")],
            ),
            // a name is cut at hiragana and a one-character name is dropped
            (
                "ー(0800-080-4583)※2でも受け付けていること。",
                vec![p("0800-080-4583", "0800-080-4583", "+818000804583").free().marker("※2")],
            ),
            ("HOTEL 0312345678", vec![p("0312345678", "03-1234-5678", "+81312345678").name("HOTEL")]),
            (
                "Aセンター0120-111-222 平日9:00~17:00 Bセンター0120-333-444",
                vec![
                    p("0120-111-222", "0120-111-222", "+81120111222").free().name("Aセンター"),
                    p("0120-333-444", "0120-333-444", "+81120333444").free().name("Bセンター"),
                ],
            ),
            ("0120-95-0178 ※2", vec![p("0120-95-0178", "0120-95-0178", "+81120950178").free().marker("※2")]),
            ("0570-000-123*1", vec![p("0570-000-123", "0570-000-123", "+81570000123").marker("*1")]),
            // groups one space apart, and area codes in brackets
            ("TEL 06 6941 0351", vec![p("06 6941 0351", "06-6941-0351", "+81669410351")]),
            ("フリーダイヤル 0120 558 214", vec![p("0120 558 214", "0120-558-214", "+81120558214").free()]),
            ("事務局 050 3852 1177", vec![p("050 3852 1177", "050-3852-1177", "+815038521177").name("事務局")]),
            ("電話:011(611)4181", vec![p("011(611)4181", "011-611-4181", "+81116114181")]),
            ("(073)421-8311", vec![p("(073)421-8311", "073-421-8311", "+81734218311")]),
        ];
        for (line, expected) in &table {
            check_phones(line, expected);
        }
    }

    #[test]
    fn phone_negatives() {
        let table = [
            "2025-01-30",
            "2025/1/30",
            "令和7年1月30日",
            "日医発第1817号(情シ)(保険)",
            "第0312345678号",
            "〒100-8916 東京都千代田区霞が関1-2-2",
            "〒060-0001",
            "KB0011769",
            "sysparm_article=KB0011769",
            "10,000円",
            "0,312,345,678",
            "v1.2.3 / 0.12.345",
            "2:00~3:00 / 22:00~0:30",
            "https://example.go.jp/tel/0312345678.html",
            "[https://example.jp/03-5253-1111](https://example.jp/03-5253-1111)",
            "1234567890",
            "0012345678",
            "03-5253-111",
            "03-5253-11111",
            "031234567890",
            "0312345678901",
            "0901234567",
            "0800-80-4583",
            "103-5253-1111",
            "03-5253-1111-2",
            "03-5253-1111.5",
            "ID03-5253-1111",
            "1(1)・(2)",
            "1 (2) の時間帯については、毎時間当たり1分程度の通信断が1~2回発生",
            "2026年1月19日(月)~30日(金)(ただし25日(日)を除く)",
            "2026 03 07 1,000円",
            "〒540 8570 大阪市中央区",
            "登録番号 0123 4567 8901",
            "ver. 02 10 345",
        ];
        for line in table {
            let hits = find_phones(line);
            assert!(hits.is_empty(), "line {line:?} gave {hits:#?}");
        }
    }

    #[test]
    fn hyphenation_rules() {
        let table = [
            ("0312345678", "03-1234-5678"),
            ("0612345678", "06-1234-5678"),
            ("0112345678", "011-234-5678"),
            ("0452345678", "045-234-5678"),
            ("0522345678", "052-234-5678"),
            ("0120950178", "0120-950-178"),
            ("0570000123", "0570-000-123"),
            ("08000804583", "0800-080-4583"),
            ("07012345678", "070-1234-5678"),
            ("08012345678", "080-1234-5678"),
            ("09012345678", "090-1234-5678"),
        ];
        for (digits, phone) in table {
            assert_eq!(hyphenate(digits), phone, "digits {digits}");
        }
    }

    // ----- hours ------------------------------------------------------------

    /// (days, open, close, text)
    type H = (&'static str, &'static str, &'static str, &'static str);

    fn check_hours(line: &str, expected: &[H], except: &[&str]) {
        let got = find_hours(line);
        assert_eq!(got.len(), expected.len(), "line {line:?}: got {got:#?}");
        for (h, e) in got.iter().zip(expected) {
            assert_eq!(h.days, e.0, "days, line {line:?}");
            assert_eq!(h.open, e.1, "open, line {line:?}");
            assert_eq!(h.close, e.2, "close, line {line:?}");
            assert_eq!(h.text, e.3, "text, line {line:?}");
            assert_eq!(&line[h.start..h.end], h.text, "span, line {line:?}");
            assert_eq!(h.except, except, "except, line {line:?}");
        }
    }

    #[test]
    fn hours_table() {
        let table: Vec<(&str, Vec<H>, Vec<&str>)> = vec![
            (
                "月曜日~金曜日(祝日を除く)8:00~18:00",
                vec![("月曜日~金曜日", "08:00", "18:00", "月曜日~金曜日(祝日を除く)8:00~18:00")],
                vec!["祝日"],
            ),
            (
                "土曜日(祝日を除く)8:00~16:00",
                vec![("土曜日", "08:00", "16:00", "土曜日(祝日を除く)8:00~16:00")],
                vec!["祝日"],
            ),
            // seed 000 as normalised (spaces around the brackets stay)
            (
                "月曜日~金曜日 (祝日を除く) 8:00~18:00",
                vec![("月曜日~金曜日", "08:00", "18:00", "月曜日~金曜日 (祝日を除く) 8:00~18:00")],
                vec!["祝日"],
            ),
            // seed 000: phone list item and both hours lines joined into one logical line
            (
                "- オンライン資格確認等コールセンター0800-080-4583 (通話無料) 月曜日~金曜日 (祝日を除く) 8:00~18:00土曜日 (祝日を除く) 8:00~16:00",
                vec![
                    ("月曜日~金曜日", "08:00", "18:00", "月曜日~金曜日 (祝日を除く) 8:00~18:00"),
                    ("土曜日", "08:00", "16:00", "土曜日 (祝日を除く) 8:00~16:00"),
                ],
                vec!["祝日"],
            ),
            (
                "※1受付時間(年末年始を除く)平日9時半~20時、土日祝9時半~17時半",
                vec![("平日", "09:30", "20:00", "平日9時半~20時"), ("土日祝", "09:30", "17:30", "土日祝9時半~17時半")],
                vec!["年末年始"],
            ),
            (
                "※2受付時間(年末年始を除く)平日8時~18時、 土8時~16時",
                vec![("平日", "08:00", "18:00", "平日8時~18時"), ("土", "08:00", "16:00", "土8時~16時")],
                vec!["年末年始"],
            ),
            (
                "9:00~17:00(土日祝日を除く)",
                vec![("", "09:00", "17:00", "9:00~17:00(土日祝日を除く)")],
                vec!["土日祝日"],
            ),
            ("平日9時~17時", vec![("平日", "09:00", "17:00", "平日9時~17時")], vec![]),
            (
                "受付時間:平日9:00~12:00、13:00~17:00",
                vec![("平日", "09:00", "12:00", "平日9:00~12:00"), ("平日", "13:00", "17:00", "13:00~17:00")],
                vec![],
            ),
            ("受付時間 9:00~17:00(月~金)", vec![("月~金", "09:00", "17:00", "9:00~17:00(月~金)")], vec![]),
            ("受付時間 午前9時~午後5時30分", vec![("", "09:00", "17:30", "午前9時~午後5時30分")], vec![]),
            (
                "月~金 9~17時(祝日・年末年始を除く)",
                vec![("月~金", "09:00", "17:00", "月~金 9~17時(祝日・年末年始を除く)")],
                vec!["祝日", "年末年始"],
            ),
            ("平日は9時から17時まで", vec![("平日", "09:00", "17:00", "平日は9時から17時まで")], vec![]),
            ("日曜・祝日 10:00~15:00", vec![("日曜・祝日", "10:00", "15:00", "日曜・祝日 10:00~15:00")], vec![]),
        ];
        for (line, expected, except) in &table {
            check_hours(line, expected, except);
        }
    }

    #[test]
    fn hours_negatives() {
        let table = [
            // outage windows from the seeds
            "・令和8年5月24日(日)2:00~3:00(予定)",
            "東日本エリア:令和7年2月1日(土)22:00~2月2日(日)0:30(予定)",
            "東日本エリア:令和7年2月2日(日)3:00~22:00(予定)",
            "西日本エリア:令和7年2月2日(日)7:00~8:00(予定)",
            "2026年1月19日(月)~30日(金)(ただし25日(日)を除く)",
            "各日20時~翌日5時までの間に配信を行います。",
            "(2) 数分間の通信断(当該時間帯のうち、毎時間1分程度、1~2回発生)",
            "1月30日(金) 9:00~17:00",
            // a time range alone, or days alone
            "2:00~3:00",
            "平日",
            "月曜日~金曜日(祝日を除く)",
            "- オンライン資格確認等コールセンター0800-080-4583 (通話無料)",
            "平日1~2時間程度",
        ];
        for line in table {
            let got = find_hours(line);
            assert!(got.is_empty(), "line {line:?} gave {got:#?}");
        }
    }

    #[test]
    fn time_parsing() {
        let table = [
            ("8:00", Some("08:00")),
            ("18:00", Some("18:00")),
            ("9時半", Some("09:30")),
            ("17時半", Some("17:30")),
            ("20時", Some("20:00")),
            ("20 時", Some("20:00")),
            ("9時30分", Some("09:30")),
            ("午後5時", Some("17:00")),
            ("24:00", Some("24:00")),
            ("25:00", None),
            ("9:75", None),
        ];
        for (s, want) in table {
            assert_eq!(parse_time(s).as_deref(), want, "time {s:?}");
        }
    }

    // ----- footnotes --------------------------------------------------------

    #[test]
    fn footnote_table() {
        let table = [
            ("※1受付時間(年末年始を除く)平日9時半~20時、土日祝9時半~17時半", Some("※1")),
            ("※2受付時間(年末年始を除く)平日8時~18時、 土8時~16時", Some("※2")),
            ("※ 3 土日祝は休み", Some("※3")),
            ("(※1)平日のみ", Some("※1")),
            ("*1 平日のみ", Some("*1")),
            ("- ※1 平日のみ", Some("※1")),
            ("※影響を受ける時間帯であっても、", None),
            ("※エリアの詳細:", None),
            ("* 1. 箇条書き", None),
            ("本文※1", None),
            ("※ 1に記載の期間にバージョンアップが完了しない場合には、", None),
        ];
        for (line, want) in table {
            assert_eq!(footnote_marker(line).as_deref(), want, "line {line:?}");
        }
    }

    /// A phone's note marker links to the footnote line that carries its hours.
    #[test]
    fn marker_links_phone_to_footnote_hours() {
        let phone_line =
            "問い合わせ先のマイナンバー総合フリーダイヤル(0120-95-0178)※1でお問い合わせを受け付けていること";
        let note_line = "※1受付時間(年末年始を除く)平日9時半~20時、土日祝9時半~17時半";
        let hit = &find_phones(phone_line)[0];
        assert_eq!(hit.note_marker, footnote_marker(note_line));
        assert_eq!(find_hours(note_line).len(), 2);
    }

    // ----- properties -------------------------------------------------------

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        fn check(line: &str) {
            for h in find_phones(line) {
                assert!(h.start < h.end && h.end <= line.len());
                assert!(line.is_char_boundary(h.start) && line.is_char_boundary(h.end));
            }
            for h in find_hours(line) {
                assert!(h.start < h.end && h.end <= line.len());
                assert!(line.is_char_boundary(h.start) && line.is_char_boundary(h.end));
                assert_eq!(&line[h.start..h.end], h.text);
            }
            let _ = footnote_marker(line);
        }

        proptest! {
            #[test]
            fn any_string(line in any::<String>()) {
                check(&line);
            }

            #[test]
            fn phone_and_hours_alphabet(
                line in "[0-9()\\- ~:.,/※*a-zA-Z時半分日月火水木金土祝平曜除をく内線電話問合せ先のは、。〒第号TELFAXext]{0,60}"
            ) {
                check(&line);
            }
        }
    }
}

/// The examples of this module's docs, run as unit tests (the module is internal, so
/// rustdoc cannot run them).
#[cfg(test)]
mod doc_examples {
    #[test]
    fn example_1() {
        use crate::extract::contacts::{PhoneKind, find_phones};

        let line = "- オンライン資格確認等コールセンター0800-080-4583 (通話無料)";
        let hits = find_phones(line);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].phone, "0800-080-4583");
        assert_eq!(hits[0].e164, "+818000804583");
        assert!(hits[0].toll_free);
        assert_eq!(hits[0].name.as_deref(), Some("オンライン資格確認等コールセンター"));
        assert_eq!(&line[hits[0].start..hits[0].end], "0800-080-4583");

        let hits = find_phones("TEL:03(5253)1111(内線1234) FAX:03-3501-1234");
        assert_eq!(hits[0].phone, "03-5253-1111");
        assert_eq!(hits[0].extension.as_deref(), Some("1234"));
        assert_eq!(hits[1].kind, PhoneKind::Fax);

        assert!(find_phones("令和7年1月30日 日医発第1817号 〒100-8916 2025-01-30").is_empty());
    }

    #[test]
    fn example_2() {
        use crate::extract::contacts::footnote_marker;

        assert_eq!(footnote_marker("※1受付時間(年末年始を除く)平日9時半~20時").as_deref(), Some("※1"));
        assert_eq!(footnote_marker("*2 土日祝は休み").as_deref(), Some("*2"));
        assert_eq!(footnote_marker("※影響を受ける時間帯であっても"), None);
    }

    #[test]
    fn example_3() {
        use crate::extract::contacts::find_hours;

        let h = find_hours("※1受付時間(年末年始を除く)平日9時半~20時、土日祝9時半~17時半");
        assert_eq!(h.len(), 2);
        assert_eq!((h[0].days.as_str(), h[0].open.as_str(), h[0].close.as_str()), ("平日", "09:30", "20:00"));
        assert_eq!((h[1].days.as_str(), h[1].open.as_str(), h[1].close.as_str()), ("土日祝", "09:30", "17:30"));
        assert_eq!(h[1].except, vec!["年末年始".to_string()]);

        // An outage window is not opening hours.
        assert!(find_hours("・令和8年5月24日(日)2:00~3:00(予定)").is_empty());
    }
}
