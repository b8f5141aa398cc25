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
//! assert!(notes.get(0).classes.has(Class::Outage));
//! assert_eq!(notes.get(0).prefectures.len(), 1);
//! assert_eq!(notes.get(1).exprs.len(), 1);
//! ```

use crate::datetime::{Expression, Token, expressions_of, scan};
use crate::lexicon::{self, Classes, Hit};
use crate::municipalities::MunicipalityHit;
use crate::prefectures::{PrefectureHit, area_names_ending_at, find_prefectures};
use crate::segment::Segmented;

/// What one unit holds: a view into the [`Annotations`] (or into an [`OwnedNotes`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct UnitNotes<'a> {
    /// Date and time tokens of the unit's text.
    pub tokens: &'a [Token],
    /// Date expressions (points, ranges, lists) built from the tokens.
    pub exprs: &'a [Expression],
    /// Lexicon words, left to right, leftmost-longest.
    pub words: &'a [Hit],
    /// The union of the words' classes.
    pub classes: Classes,
    /// Prefectures named, by their own name or by a municipality's (`仙台市` is 宮城県).
    pub prefectures: &'a [PrefectureHit],
    /// Municipalities named as places (not as part of an organisation or an address).
    pub municipalities: &'a [MunicipalityHit],
    /// Area names (`東日本エリア`, `関東地域`): start, end, name.
    pub areas: &'a [(usize, usize, String)],
}

impl UnitNotes<'_> {
    /// Whether a word of `class` starts in `range` (byte offsets of the unit's text).
    pub fn word_in(&self, range: std::ops::Range<usize>, class: lexicon::Class) -> bool {
        let from = self.words.partition_point(|w| w.start < range.start);
        self.words[from..].iter().take_while(|w| w.start < range.end).any(|w| w.classes().has(class))
    }
}

/// The notes of one text read on its own (a heading or a line outside the units), owning
/// its lists; [`OwnedNotes::view`] reads them as the notes of a unit.
#[derive(Debug, Clone, Default)]
pub struct OwnedNotes {
    /// Date and time tokens of the text.
    pub tokens: Vec<Token>,
    /// Date expressions built from the tokens.
    pub exprs: Vec<Expression>,
    /// Lexicon words, left to right, leftmost-longest.
    pub words: Vec<Hit>,
    /// The union of the words' classes.
    pub classes: Classes,
    /// Prefectures named.
    pub prefectures: Vec<PrefectureHit>,
    /// Municipalities named as places.
    pub municipalities: Vec<MunicipalityHit>,
    /// Area names: start, end, name.
    pub areas: Vec<(usize, usize, String)>,
}

impl OwnedNotes {
    /// Read one text.
    pub fn of(text: &str) -> OwnedNotes {
        Self::with_tokens(text, scan(text))
    }

    /// Read one text whose date tokens are known.
    fn with_tokens(text: &str, tokens: Vec<Token>) -> OwnedNotes {
        let exprs = expressions_of(text, &tokens);
        let mut words = lexicon::words(text);
        words.retain(|w| !(is_home_word(w) && not_limited_after(text, w.end)));
        let mut prefectures = find_prefectures(text);
        rest_of_country(text, &mut words, &mut prefectures);
        let classes = lexicon::classes_of(&words);
        let mut municipalities = crate::municipalities::find(text, &prefectures);
        prefectures.retain(|p| !not_limited_after(text, p.end));
        municipalities.retain(|m| !not_limited_after(text, m.end));
        fill_prefecture_ranges(text, &mut prefectures);
        add_municipal_prefectures(&mut prefectures, &municipalities);
        let suffix_ends: Vec<usize> =
            words.iter().filter(|w| w.classes().has(lexicon::Class::AreaSuffix)).map(|w| w.end).collect();
        let areas = area_names_ending_at(text, &suffix_ends);
        OwnedNotes { tokens, exprs, words, classes, prefectures, municipalities, areas }
    }

    /// These notes as the notes of a unit.
    #[cfg(test)]
    pub fn view(&self) -> UnitNotes<'_> {
        UnitNotes {
            tokens: &self.tokens,
            exprs: &self.exprs,
            words: &self.words,
            classes: self.classes,
            prefectures: &self.prefectures,
            municipalities: &self.municipalities,
            areas: &self.areas,
        }
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

/// `沖縄県を除く全国`, `北海道及び沖縄県以外の都道府県`, `全国(沖縄県を除く)`: the prefectures
/// named with an `except` word beside the whole country are the ones left out, so the text
/// names every other prefecture (placed where the whole-country word stands) and that word is
/// used up: the window is not nationwide.
fn rest_of_country(text: &str, words: &mut Vec<Hit>, prefs: &mut Vec<PrefectureHit>) {
    let Some((run, word)) = (0..prefs.len()).find_map(|i| excepted_run(text, words, prefs, i)) else {
        return;
    };
    let (start, end) = (words[word].start, words[word].end);
    let left_out: Vec<u8> = prefs[run.clone()].iter().map(|p| p.prefecture.code).collect();
    prefs.drain(run);
    words.remove(word);
    let rest = crate::prefectures::PREFECTURES.iter().filter(|p| !left_out.contains(&p.code));
    prefs.extend(rest.map(|prefecture| PrefectureHit { start, end, prefecture, with_suffix: true }));
    prefs.sort_by_key(|p| (p.start, p.prefecture.code));
}

/// The run of listed prefectures starting with hit `first` that an except word follows, with a
/// whole-country word after that word or right before the run's bracket, and the index of the
/// whole-country word.
fn excepted_run(
    text: &str,
    words: &[Hit],
    prefs: &[PrefectureHit],
    first: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    // the prefectures' own list separators (`、` `・` `及び` …), and `と` or nothing between
    let listed = |a: &PrefectureHit, b: &PrefectureHit| {
        text.get(a.end..b.start).is_some_and(|gap| matches!(gap, "" | "と") || crate::prefectures::is_list_gap(gap))
    };
    if first > 0 && listed(&prefs[first - 1], &prefs[first]) {
        return None;
    }
    let mut last = first;
    while last + 1 < prefs.len() && listed(&prefs[last], &prefs[last + 1]) {
        last += 1;
    }
    let after = text.get(prefs[last].end..)?;
    let after = ["内", "全域"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let except = lexicon::starts_with(after, lexicon::Class::LeftOut)?;
    let tail = after[except.len()..].trim_start_matches(['く', 'き', 'い', 'た', 'の', '、', ',', ' ']);
    let whole = |w: &Hit| {
        let c = w.classes();
        c.has(lexicon::Class::Nationwide) || c.has(lexicon::Class::AllPrefectures)
    };
    let before = text.get(..prefs[first].start)?.strip_suffix('(').map(str::trim_end);
    let word = words
        .iter()
        .position(|w| whole(w) && (w.start == text.len() - tail.len() || before.is_some_and(|b| w.end == b.len())))?;
    // `沖縄県以外の都道府県への影響はありません`: the rest is what is not affected
    let rest = &text[words[word].end..];
    let clause = &rest[..rest.find(['。', ')']).unwrap_or(rest.len())];
    if lexicon::contains(clause, lexicon::Class::Unaffected) {
        return None;
    }
    Some((first..last + 1, word))
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

/// The notes of every unit, in unit order. Each kind of note of all units is one list (a
/// large notice has tens of thousands of units, and a list per unit and kind would cost a
/// header each and an allocation each); unit `i`'s are the run from its start to the next
/// unit's.
#[derive(Debug, Clone, Default)]
pub struct Annotations {
    /// Where each unit's run starts in each list, one entry more than there are units.
    starts: Vec<[u32; 6]>,
    classes: Vec<Classes>,
    tokens: Vec<Token>,
    exprs: Vec<Expression>,
    words: Vec<Hit>,
    prefectures: Vec<PrefectureHit>,
    municipalities: Vec<MunicipalityHit>,
    areas: Vec<(usize, usize, String)>,
}

impl Annotations {
    /// The notes of unit `i` (empty notes past the end).
    pub fn get(&self, i: usize) -> UnitNotes<'_> {
        let (Some(s), Some(e), Some(&classes)) = (self.starts.get(i), self.starts.get(i + 1), self.classes.get(i))
        else {
            return UnitNotes::default();
        };
        let r = |k: usize| s[k] as usize..e[k] as usize;
        UnitNotes {
            tokens: &self.tokens[r(0)],
            exprs: &self.exprs[r(1)],
            words: &self.words[r(2)],
            classes,
            prefectures: &self.prefectures[r(3)],
            municipalities: &self.municipalities[r(4)],
            areas: &self.areas[r(5)],
        }
    }

    fn mark(&mut self) {
        let n = |l: usize| u32::try_from(l).unwrap_or(u32::MAX);
        let lens = [
            self.tokens.len(),
            self.exprs.len(),
            self.words.len(),
            self.prefectures.len(),
            self.municipalities.len(),
            self.areas.len(),
        ];
        self.starts.push(lens.map(n));
    }

    fn push(&mut self, mut n: OwnedNotes) {
        self.classes.push(n.classes);
        self.tokens.append(&mut n.tokens);
        self.exprs.append(&mut n.exprs);
        self.words.append(&mut n.words);
        self.prefectures.append(&mut n.prefectures);
        self.municipalities.append(&mut n.municipalities);
        self.areas.append(&mut n.areas);
        self.mark();
    }

    fn shrink_to_fit(&mut self) {
        self.starts.shrink_to_fit();
        self.classes.shrink_to_fit();
        self.tokens.shrink_to_fit();
        self.exprs.shrink_to_fit();
        self.words.shrink_to_fit();
        self.prefectures.shrink_to_fit();
        self.municipalities.shrink_to_fit();
        self.areas.shrink_to_fit();
    }
}

/// Read every unit once. The date tokens segmentation already found for a unit move into
/// its notes (they are not copied: a large notice holds them once).
pub fn annotate(seg: &mut Segmented) -> Annotations {
    let mut all = Annotations { classes: Vec::with_capacity(seg.units.len()), ..Annotations::default() };
    all.mark();
    let mut tokens = seg.take_unit_tokens().into_iter();
    for u in &seg.units {
        all.push(match tokens.next().flatten() {
            Some(t) => OwnedNotes::with_tokens(&u.text, t.into_vec()),
            None => OwnedNotes::of(&u.text),
        });
    }
    // kept to the end of extraction: no spare capacity
    all.shrink_to_fit();
    all
}

#[cfg(test)]
mod tests {
    use super::OwnedNotes;

    fn codes(text: &str) -> Vec<u8> {
        let mut c: Vec<u8> = OwnedNotes::of(text).prefectures.iter().map(|p| p.prefecture.code).collect();
        c.sort();
        c.dedup();
        c
    }

    fn nationwide(text: &str) -> bool {
        OwnedNotes::of(text).classes.has(crate::lexicon::Class::Nationwide)
    }

    #[test]
    fn the_rest_of_the_country() {
        let all_but = |left: &[u8]| (1..=47).filter(|c| !left.contains(c)).collect::<Vec<u8>>();
        for (text, left_out) in [
            ("沖縄県を除く全国(46都道府県)", &[47][..]),
            ("北海道及び沖縄県を除く全国では6月5日に実施します", &[1, 47]),
            ("東京都、大阪府以外の都道府県", &[13, 27]),
            ("・対象:宮城県を除いた全国の医療機関", &[4]),
            ("静岡県以外の全国", &[22]),
        ] {
            assert_eq!(codes(text), all_but(left_out), "{text}");
            assert!(!nationwide(text), "{text}");
        }
    }

    #[test]
    fn an_exception_of_something_else_names_only_its_places() {
        assert_eq!(codes("沖縄県では6月12日に実施し、全国では6月5日に実施します"), [47]);
        assert!(nationwide("沖縄県では6月12日に実施し、全国では6月5日に実施します"));
        assert_eq!(codes("宮城県を除く東北地方"), [4]);
        assert_eq!(codes("沖縄県内の医療機関・薬局(沖縄県以外の都道府県への影響はありません。)"), [47]);
        assert_eq!(codes("沖縄県を除く全国では通常どおりご利用いただけます"), [47]);
    }

    #[test]
    fn the_rest_of_the_country_after_it() {
        let all_but_47: Vec<u8> = (1..=46).collect();
        assert_eq!(codes("全国(沖縄県を除く)"), all_but_47);
        assert_eq!(codes("全国 (沖縄県は除く)"), all_but_47);
    }
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
        assert!(notes.get(0).classes.has(Class::Outage));
        assert_eq!(notes.get(0).prefectures.len(), 1);
        assert_eq!(notes.get(1).exprs.len(), 1);
    }
}
