//! Annotation: each unit read once, its findings kept for every extractor.
//!
//! The extractors all need the same facts about a unit: its date and time expressions, the
//! lexicon words in it (does it speak of a stop? of a cancellation? does it name a system?)
//! and the prefectures it names. Each is costly to find (the date grammar, one automaton
//! over several hundred words, one over 94 prefecture names), and each extractor also looks
//! at the units around a statement (its heading, its lead-in, the line after it). So this
//! stage, right after segmentation, reads every unit once and keeps what it found; the
//! extractors read these notes and never scan a unit's text again.
//!
//! ```text
//! use tsuchi::{annotate::annotate, lexicon::Class, normalize::normalize, segment::segment};
//! let n = normalize("東京都のシステムを停止します。\n・令和8年5月24日（日）2:00～3:00");
//! let mut s = segment(&n);
//! let notes = annotate(&mut s);
//! assert!(notes.units[0].classes.has(Class::Outage));
//! assert_eq!(notes.units[0].prefectures.len(), 1);
//! assert_eq!(notes.units[1].exprs.len(), 1);
//! ```

use crate::datetime::{Expression, Token, expressions_of, scan};
use crate::lexicon::{self, Classes, Hit};
use crate::municipalities::MunicipalityHit;
use crate::prefectures::{PrefectureHit, area_names_ending_at, find_prefectures};
use crate::segment::Segmented;

/// What one unit holds.
#[derive(Debug, Clone, Default)]
pub struct UnitNotes {
    /// Date and time tokens of the unit's text.
    pub tokens: Box<[Token]>,
    /// Date expressions (points, ranges, lists) built from the tokens.
    pub exprs: Box<[Expression]>,
    /// Lexicon words, left to right, leftmost-longest.
    pub words: Box<[Hit]>,
    /// The union of the words' classes.
    pub classes: Classes,
    /// Prefectures named, by their own name or by a municipality's (`仙台市` is 宮城県).
    pub prefectures: Box<[PrefectureHit]>,
    /// Municipalities named as places (not as part of an organisation or an address).
    pub municipalities: Box<[MunicipalityHit]>,
    /// Area names (`東日本エリア`, `関東地域`): start, end, name.
    pub areas: Box<[(usize, usize, String)]>,
}

impl UnitNotes {
    /// Read one text.
    pub fn of(text: &str) -> UnitNotes {
        Self::with_tokens(text, scan(text))
    }

    /// Read one text whose date tokens are known.
    fn with_tokens(text: &str, tokens: Vec<Token>) -> UnitNotes {
        let exprs = expressions_of(text, &tokens);
        let mut words = lexicon::words(text);
        words.retain(|w| !(is_home_word(w) && not_limited_after(text, w.end)));
        let classes = lexicon::classes_of(&words);
        let mut prefectures = find_prefectures(text);
        let mut municipalities = crate::municipalities::find(text, &prefectures);
        prefectures.retain(|p| !not_limited_after(text, p.end));
        municipalities.retain(|m| !not_limited_after(text, m.end));
        fill_prefecture_ranges(text, &mut prefectures);
        add_municipal_prefectures(&mut prefectures, &municipalities);
        let suffix_ends: Vec<usize> =
            words.iter().filter(|w| w.classes().has(lexicon::Class::AreaSuffix)).map(|w| w.end).collect();
        let areas = area_names_ending_at(text, &suffix_ends);
        // exact-size lists (a boxed slice, no spare capacity): one per unit of a large notice
        UnitNotes {
            tokens: tokens.into(),
            exprs: exprs.into(),
            words: words.into(),
            classes,
            prefectures: prefectures.into(),
            municipalities: municipalities.into(),
            areas: areas.into(),
        }
    }

    /// Whether a word of `class` starts in `range` (byte offsets of the unit's text).
    pub fn word_in(&self, range: std::ops::Range<usize>, class: lexicon::Class) -> bool {
        let from = self.words.partition_point(|w| w.start < range.start);
        self.words[from..].iter().take_while(|w| w.start < range.end).any(|w| w.classes().has(class))
    }
}

fn is_home_word(w: &Hit) -> bool {
    use lexicon::Class::{Home, HomeHokkaido, HomeTokyo};
    let c = w.classes();
    c.has(Home) || c.has(HomeTokyo) || c.has(HomeHokkaido)
}

/// Whether the text right after a place says a window is not limited to it
/// (`全国の医療機関(秋田県内に限りません)`, `本県だけでなく`): such a place is no area.
fn not_limited_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = ["内", "全域", "域内"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    lexicon::starts_with(rest, lexicon::Class::NotLimited).is_some()
}

/// A range of prefectures in their code order (`新潟県から高知県までの25都府県`,
/// `茨城県~神奈川県`): the prefectures between the two are named too.
fn fill_prefecture_ranges(text: &str, prefs: &mut Vec<PrefectureHit>) {
    let mut added = Vec::new();
    for pair in prefs.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let between = text.get(a.end..b.start).unwrap_or("").trim();
        let ranged = matches!(between, "から" | "~" | "-" | "より") && text[b.end..].trim_start().starts_with("まで")
            || between == "~";
        let (from, to) = (a.prefecture.code, b.prefecture.code);
        if !ranged || to <= from + 1 {
            continue;
        }
        // the names between stand at the range's own place in the text
        added.extend((from + 1..to).filter_map(crate::prefectures::by_code).map(|p| PrefectureHit {
            start: a.end,
            end: a.end,
            prefecture: p,
            with_suffix: true,
        }));
    }
    if !added.is_empty() {
        prefs.extend(added);
        prefs.sort_by_key(|p| (p.start, p.prefecture.code));
    }
}

/// A resolved municipality stands for its prefecture (`仙台市` → 宮城県); a short prefecture
/// name read inside it is dropped (`北広島市` holds no `広島`).
fn add_municipal_prefectures(prefs: &mut Vec<PrefectureHit>, munis: &[MunicipalityHit]) {
    if munis.is_empty() {
        return;
    }
    prefs.retain(|p| !munis.iter().any(|m| p.start < m.end && m.start < p.end));
    for m in munis {
        if let Some(p) = m.prefecture {
            prefs.push(PrefectureHit { start: m.start, end: m.end, prefecture: p, with_suffix: true });
        }
    }
    prefs.sort_by_key(|p| p.start);
}

/// The notes of every unit, in unit order.
#[derive(Debug, Clone, Default)]
pub struct Annotations {
    /// One entry per unit of the segmentation.
    pub units: Vec<UnitNotes>,
}

/// Read every unit once. The date tokens segmentation already found for a unit move into
/// its notes (they are not copied: a large notice holds them once).
pub fn annotate(seg: &mut Segmented) -> Annotations {
    let notes = |u: &mut crate::segment::Unit| match u.tokens.take() {
        Some(t) => UnitNotes::with_tokens(&u.text, t.into_vec()),
        None => UnitNotes::of(&u.text),
    };
    Annotations { units: seg.units.iter_mut().map(notes).collect() }
}

/// The examples of this module's docs, run as unit tests (the module is internal, so
/// rustdoc cannot run them).
#[cfg(test)]
mod doc_examples {
    #[test]
    fn example_1() {
        use crate::{annotate::annotate, lexicon::Class, normalize::normalize, segment::segment};
        let n = normalize("東京都のシステムを停止します。\n・令和8年5月24日（日）2:00～3:00");
        let mut s = segment(&n);
        let notes = annotate(&mut s);
        assert!(notes.units[0].classes.has(Class::Outage));
        assert_eq!(notes.units[0].prefectures.len(), 1);
        assert_eq!(notes.units[1].exprs.len(), 1);
    }
}
