//! Municipalities: every 市区町村 of Japan and the prefecture it belongs to.
//!
//! A window limited to `仙台市` or `浜松市の一部` is limited to a prefecture the notice never
//! names. The table is `src/data/municipalities.csv` (1,916 rows: 市, 町, 村, 特別区 and the
//! wards of designated cities, with their 全国地方公共団体コード), from the open dataset
//! "localgovjp" by code4fukui (CC0 1.0), snapshot of 2026-07-09, which follows 総務省
//! 「全国地方公共団体コード」; see `src/data/README.md`. It is compiled in with `include_str!`
//! and read once.
//!
//! Names are matched once per unit, leftmost-longest, with one automaton: at one position
//! the longest name wins (`札幌市中央区` over `札幌市`), and a name that starts earlier wins
//! over one inside it (`大和郡山市` is not `郡山市`, `北広島町` is not `広島`). The traps of the
//! table are handled here:
//!
//! - **Names in several prefectures** (`伊達市` in 01 and 07, `府中市` in 13 and 34, wards
//!   such as `北区`): a prefecture written right before the name (`福島県伊達市`), else the
//!   nearest prefecture or municipality before it in the same text that is one of the
//!   candidates (`札幌市中央区・北区`), else a candidate prefecture named after it
//!   (`府中市(いずれも広島県)`); otherwise the hit stays unresolved and the caller reports it.
//! - **郡**: the table has no district names; `石狩郡当別町` is found as `当別町`.
//! - **Not an area**: a name that is part of an organisation's name (`札幌市医師会`,
//!   `福岡市役所`) or of an address (`札幌市中央区大通西6丁目`, a line with `〒`) is not a
//!   place the window applies to; [`find`] leaves it out (and [`issuer_prefecture`] reads it).
//! - **Inside words**: a name must start after a non-kanji, a prefecture or another
//!   municipality (`関東区域` holds no `東区`).
//!
//! ```
//! use tsuchi::municipalities::find;
//! use tsuchi::prefectures::find_prefectures;
//! let codes = |t: &str| find(t, &find_prefectures(t)).iter().map(|h| h.prefecture.map(|p| p.code)).collect::<Vec<_>>();
//! assert_eq!(codes("仙台市・名取市"), [Some(4), Some(4)]);
//! assert_eq!(codes("石狩郡当別町、北広島市"), [Some(1), Some(1)]);
//! assert_eq!(codes("大和郡山市"), [Some(29)]);
//! assert_eq!(codes("福島県伊達市"), [Some(7)]);
//! assert_eq!(codes("伊達市"), [None]); // in 北海道 and 福島県: left to the caller
//! assert!(codes("札幌市医師会").is_empty());
//! ```

use crate::lexicon::{self, Class};
use crate::prefectures::{Prefecture, PrefectureHit, by_code};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The table, as shipped.
pub const CSV: &str = include_str!("data/municipalities.csv");

/// A municipality named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityHit {
    /// Byte offset of the name.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// The name as matched (`札幌市中央区`).
    pub name: &'static str,
    /// The prefecture it is in, when known.
    pub prefecture: Option<&'static Prefecture>,
    /// Every prefecture a municipality of that name is in.
    pub candidates: &'static [&'static Prefecture],
}

struct Table {
    names: Vec<&'static str>,
    prefectures: Vec<Vec<&'static Prefecture>>,
    /// Name → its index.
    index: HashMap<&'static str, usize>,
    /// The longest name, in characters.
    longest: usize,
}

/// The characters every municipality's name ends with.
const SUFFIXES: [char; 4] = ['市', '区', '町', '村'];

impl Table {
    /// Every name in `text`, leftmost-longest and not overlapping, as (start, end, index).
    ///
    /// Every name ends in 市, 区, 町 or 村, so the names ending at each of those characters
    /// are looked up by the characters before it (a hash lookup per length), with no
    /// automaton to build: the table is ready in a fraction of a millisecond, which a single
    /// small notice would otherwise pay many times over. Taking the candidates by start,
    /// longest first, gives what a leftmost-longest automaton gives.
    fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for (at, c) in text.char_indices().filter(|(_, c)| SUFFIXES.contains(c)) {
            let end = at + c.len_utf8();
            let starts = text[..at].char_indices().rev().take(self.longest - 1).map(|(i, _)| i);
            for start in starts {
                if let Some(&i) = self.index.get(&text[start..end]) {
                    candidates.push((start, end, i));
                }
            }
        }
        candidates.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for c in candidates {
            if out.last().is_none_or(|l| c.0 >= l.1) {
                out.push(c);
            }
        }
        out
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut names: Vec<&'static str> = Vec::new();
    let mut prefectures: Vec<Vec<&'static Prefecture>> = Vec::new();
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    let mut add = |name: &'static str, p: &'static Prefecture| match index.get(name) {
        Some(&i) => {
            if !prefectures[i].contains(&p) {
                prefectures[i].push(p);
            }
        }
        None => {
            index.insert(name, names.len());
            names.push(name);
            prefectures.push(vec![p]);
        }
    };
    for row in CSV.lines().skip(1) {
        let cols: Vec<&'static str> = row.split(',').collect();
        let (Some(code), Some(city)) = (cols.get(1), cols.get(3)) else { continue };
        let Some(p) = code.parse::<u8>().ok().and_then(by_code) else { continue };
        match city.split_once(' ') {
            // a ward of a designated city: `札幌市中央区`, and the bare ward (`中央区`)
            Some((c, w)) => {
                add(leak(format!("{c}{w}")), p);
                add(w, p);
            }
            None => add(city, p),
        }
    }
    let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(1);
    Table { names, prefectures, index, longest }
});

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Whether the character before a name lets it start there: not inside a kanji word.
fn starts_cleanly(text: &str, start: usize, prefs: &[PrefectureHit], prev_end: Option<usize>) -> bool {
    let Some(c) = text[..start].chars().next_back() else { return true };
    if prefs.iter().any(|p| p.end == start) || prev_end == Some(start) {
        return true;
    }
    !is_han(c) || matches!(c, '郡' | '県' | '都' | '府' | '道')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// Whether the name at `start..end` is part of an organisation's name or an address.
fn not_an_area(text: &str, end: usize) -> bool {
    let after = &text[end..];
    if lexicon::starts_with(after, Class::MunicipalBody).is_some() {
        return true;
    }
    if text.contains('〒') {
        return true;
    }
    // an address: a street and a number follow before any separator (`中央区大通西6丁目`);
    // a date right after the name is no street number (`<dt>沼津市</dt><dd>10月3日…`)
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && after[digits..].starts_with(['月', '年', '/']) {
        return false;
    }
    for c in after.chars().take(14) {
        if c.is_ascii_digit() {
            return true;
        }
        if !(is_han(c) || matches!(c, '\u{3040}'..='\u{30FF}'))
            || matches!(c, 'の' | 'で' | 'は' | 'を' | 'に' | 'と' | 'や')
        {
            return false;
        }
    }
    false
}

/// The municipalities `text` names as places, left to right; `prefs` are the prefectures it
/// names (for names in several prefectures).
pub fn find(text: &str, prefs: &[PrefectureHit]) -> Vec<MunicipalityHit> {
    if !text.contains(['市', '区', '町', '村']) {
        return Vec::new();
    }
    let t = &*TABLE;
    let mut out: Vec<MunicipalityHit> = Vec::new();
    for (start, end, i) in t.find(text) {
        if !starts_cleanly(text, start, prefs, out.last().map(|h| h.end)) || not_an_area(text, end) {
            continue;
        }
        let candidates: &'static [&'static Prefecture] = &TABLE.prefectures[i];
        out.push(MunicipalityHit { start, end, name: t.names[i], prefecture: None, candidates });
    }
    for k in 0..out.len() {
        out[k].prefecture = resolve(&out, k, text, prefs);
    }
    out
}

/// The prefecture of hit `k`: its only candidate, else the nearest place before it that is
/// a candidate, else a candidate prefecture named after it.
fn resolve(hits: &[MunicipalityHit], k: usize, text: &str, prefs: &[PrefectureHit]) -> Option<&'static Prefecture> {
    let h = &hits[k];
    if let [only] = h.candidates {
        return Some(*only);
    }
    let is_candidate = |p: &&'static Prefecture| h.candidates.contains(p);
    // places before it, nearest first: prefectures and resolved municipalities
    let mut before: Vec<(usize, &'static Prefecture)> =
        prefs.iter().filter(|p| p.end <= h.start).map(|p| (p.end, p.prefecture)).collect();
    before.extend(hits[..k].iter().filter_map(|x| Some((x.end, x.prefecture.or_else(|| single(x))?))));
    before.sort_by_key(|(end, _)| std::cmp::Reverse(*end));
    if let Some((_, p)) = before.iter().find(|(_, p)| is_candidate(p)) {
        return Some(*p);
    }
    // a prefecture after it in the same sentence (`府中市、三次市(いずれも広島県)`)
    let limit = text[h.end..].find('。').map_or(text.len(), |i| h.end + i);
    prefs.iter().filter(|p| p.start >= h.end && p.start <= limit).map(|p| p.prefecture).find(is_candidate)
}

fn single(h: &MunicipalityHit) -> Option<&'static Prefecture> {
    match h.candidates {
        [only] => Some(*only),
        _ => None,
    }
}

/// The prefecture of an organisation named after its city (`札幌市医師会` → 北海道).
///
/// ```
/// assert_eq!(tsuchi::municipalities::issuer_prefecture("一般社団法人 札幌市医師会").map(|p| p.code), Some(1));
/// ```
pub fn issuer_prefecture(name: &str) -> Option<&'static Prefecture> {
    if !name.contains(['市', '区', '町', '村']) {
        return None;
    }
    TABLE.find(name).into_iter().find_map(|(_, _, i)| match TABLE.prefectures[i].as_slice() {
        [only] => Some(*only),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefectures::find_prefectures;

    fn codes(text: &str) -> Vec<Option<u8>> {
        find(text, &find_prefectures(text)).iter().map(|h| h.prefecture.map(|p| p.code)).collect()
    }

    #[test]
    fn statements_and_their_municipalities() {
        let cases: &[(&str, &[Option<u8>])] = &[
            ("仙台市(青葉区、宮城野区)・名取市", &[Some(4), Some(4), Some(4), Some(4)]),
            ("石狩郡当別町・江別市・北広島市", &[Some(1), Some(1), Some(1)]),
            ("山県郡北広島町", &[Some(34)]),
            ("大和郡山市・天理市", &[Some(29), Some(29)]),
            ("福島県伊達市", &[Some(7)]),
            ("府中市、三次市(いずれも広島県)", &[Some(34), Some(34)]),
            ("東京都府中市", &[Some(13)]),
            ("伊達市", &[None]),
            ("札幌市中央区・北区", &[Some(1), Some(1)]),
            ("浜松市の一部・磐田市", &[Some(22), Some(22)]),
            ("札幌市医師会", &[]),
            ("福岡市役所", &[]),
            ("所在地:札幌市中央区大通西6丁目", &[]),
            ("沼津市10月3日(土)20:00~23:00", &[Some(22)]),
            ("関東区域", &[]),
            ("市町村", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(codes(text), *want, "{text}");
        }
    }

    #[test]
    fn the_table_is_read_whole() {
        let rows = CSV.lines().count() - 1;
        assert_eq!(rows, 1916);
        assert!(TABLE.names.contains(&"札幌市中央区"));
        assert_eq!(TABLE.prefectures[TABLE.names.iter().position(|n| *n == "伊達市").unwrap()].len(), 2);
    }
}
