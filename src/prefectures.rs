//! The 47 prefectures of Japan and the named regions built from them.
//!
//! Used by the area extractor: [`find_prefectures`] finds every prefecture named
//! in a (normalised) circular, [`region`] expands a region name such as `関東`
//! or `九州・沖縄` into its prefectures, and [`by_code`] / [`by_name`] look a
//! prefecture up.
//!
//! # Source of the table
//!
//! [`PREFECTURES`] follows JIS X 0401 (都道府県コード): codes `01` 北海道 to
//! `47` 沖縄県, in the standard north-to-south order that every government
//! form and dataset uses. `short` is the name without its 都/府/県 suffix
//! (北海道 keeps its 道, since `北海` is not used alone); `romaji` is the
//! Hepburn spelling without macrons (`Hyogo`, `Kochi`, `Oita`).
//!
//! # Input
//!
//! The text is expected to be normalised already (NFKC, so full-width
//! punctuation such as `，` `／` `　` has become `,` `/` and a space). Spans are
//! byte offsets into the `&str` given, always on `char` boundaries.
//!
//! # Matching
//!
//! The text is scanned once left to right, by one Aho-Corasick automaton over the 47 full
//! names and their short forms in leftmost-longest mode: at each position a full name
//! (`東京都`, `京都府`, `宮城県` …) wins over a short one (`東京`, `宮城` …), and a match
//! consumes its text, so `京都` is never found inside `東京都` and `京都府` is never found
//! inside `東京都府中市`.
//!
//! Full names always match. Short names need more care, because most of them
//! are also ordinary surnames or words: `事務局:宮城・前泊` names two people,
//! `石川様` is a person, `山口` and `三重` are common words. A short name is
//! therefore kept only when
//!
//! 1. it does not run on into a longer word: the next character is not a
//!    kanji or katakana, unless it is one of a few that continue a *place*
//!    (`市 区 駅 圏 内 近 周 方 地 全 以 在 間 発 着 都 府`, e.g. `京都市`,
//!    `東京駅`, `大阪近郊`, `東京・大阪間`) or a list conjunction follows
//!    (`宮城及び福島`). So `東京大学`, `東京ガス`, `宮城様`, `山口課長` never
//!    match; and
//! 2. either it is one of the names commonly written bare — `東京`, `大阪`,
//!    `京都` (and `北海道`, which has no shorter form) — or it stands in a
//!    list of prefectures: directly next to another candidate, full or short,
//!    with only list separators between them (`、` `・` `,` `/` space tab,
//!    `及び` `および` `並びに` `又は` `または`). A whole run of such
//!    neighbours is kept, so `宮城、福島、岩手` gives three prefectures while
//!    `宮城・前泊` gives none.
//!
//! # Not handled
//!
//! - Two surnames that are both prefecture names and written as a list
//!   (`宮城・石川`) are taken for prefectures: there is nothing in the text to
//!   tell them apart.
//! - A bare prefecture name written alone (`開催地:三重`) is missed unless it is
//!   `東京`, `大阪` or `京都`.
//! - The character before a name is not looked at: `新東京` gives 東京, and
//!   `東大阪市` gives 大阪 (which is right).
//! - Cities (`名古屋`, `横浜`, `札幌` …), old province names (`信州`, `尾張`)
//!   and romaji are not recognised by [`find_prefectures`]. A reading in kana
//!   is found only by [`named_by_reading`], which is meant for an organisation's
//!   name (`ふくいケアリンク`), not for running text, where hiragana readings
//!   are ordinary words (`ならびに`, `いちばん`).
//! - Ranges (`東京〜大阪`) and `と` / `や` are not list separators, so two
//!   surname-prone short names joined that way are not kept.
//! - [`region`] takes a region name on its own; finding region names in text
//!   is left to the caller. Vague areas (`東日本`, `西日本`, `首都圏`,
//!   `北関東`, `南関東`) return `None`.

use std::sync::LazyLock;

/// One prefecture, as listed in JIS X 0401.
///
/// Ordering and equality follow `code` first, so sorting gives JIS order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Prefecture {
    /// JIS X 0401 code, 1 to 47.
    pub code: u8,
    /// Full name with its suffix: `北海道`, `青森県`, `東京都`, `京都府`, `大阪府`.
    pub name: &'static str,
    /// Name without suffix: `北海道` (unchanged), `青森`, `東京`, `京都`, `大阪`.
    pub short: &'static str,
    /// Hepburn romanisation without macrons: `Hokkaido`, `Tokyo`, `Hyogo`.
    pub romaji: &'static str,
    /// The name's reading in hiragana, without its suffix: `ほっかいどう`, `とちぎ`, `ふくい`
    /// (regional networks are named so: `とちぎ在宅ケアネット`, `ふくいケアリンク`).
    pub kana: &'static str,
}

impl Prefecture {
    /// The code as two digits, `"01"` to `"47"`.
    ///
    /// ```
    /// use tsuchi::prefectures::by_code;
    /// assert_eq!(by_code(1).unwrap().code_str(), "01");
    /// assert_eq!(by_code(47).unwrap().code_str(), "47");
    /// ```
    pub fn code_str(&self) -> String {
        format!("{:02}", self.code)
    }
}

const fn p(code: u8, name: &'static str, short: &'static str, romaji: &'static str, kana: &'static str) -> Prefecture {
    Prefecture { code, name, short, romaji, kana }
}

/// All 47 prefectures in JIS X 0401 order; `PREFECTURES[i].code == i + 1`.
pub static PREFECTURES: [Prefecture; 47] = [
    p(1, "北海道", "北海道", "Hokkaido", "ほっかいどう"),
    p(2, "青森県", "青森", "Aomori", "あおもり"),
    p(3, "岩手県", "岩手", "Iwate", "いわて"),
    p(4, "宮城県", "宮城", "Miyagi", "みやぎ"),
    p(5, "秋田県", "秋田", "Akita", "あきた"),
    p(6, "山形県", "山形", "Yamagata", "やまがた"),
    p(7, "福島県", "福島", "Fukushima", "ふくしま"),
    p(8, "茨城県", "茨城", "Ibaraki", "いばらき"),
    p(9, "栃木県", "栃木", "Tochigi", "とちぎ"),
    p(10, "群馬県", "群馬", "Gunma", "ぐんま"),
    p(11, "埼玉県", "埼玉", "Saitama", "さいたま"),
    p(12, "千葉県", "千葉", "Chiba", "ちば"),
    p(13, "東京都", "東京", "Tokyo", "とうきょう"),
    p(14, "神奈川県", "神奈川", "Kanagawa", "かながわ"),
    p(15, "新潟県", "新潟", "Niigata", "にいがた"),
    p(16, "富山県", "富山", "Toyama", "とやま"),
    p(17, "石川県", "石川", "Ishikawa", "いしかわ"),
    p(18, "福井県", "福井", "Fukui", "ふくい"),
    p(19, "山梨県", "山梨", "Yamanashi", "やまなし"),
    p(20, "長野県", "長野", "Nagano", "ながの"),
    p(21, "岐阜県", "岐阜", "Gifu", "ぎふ"),
    p(22, "静岡県", "静岡", "Shizuoka", "しずおか"),
    p(23, "愛知県", "愛知", "Aichi", "あいち"),
    p(24, "三重県", "三重", "Mie", "みえ"),
    p(25, "滋賀県", "滋賀", "Shiga", "しが"),
    p(26, "京都府", "京都", "Kyoto", "きょうと"),
    p(27, "大阪府", "大阪", "Osaka", "おおさか"),
    p(28, "兵庫県", "兵庫", "Hyogo", "ひょうご"),
    p(29, "奈良県", "奈良", "Nara", "なら"),
    p(30, "和歌山県", "和歌山", "Wakayama", "わかやま"),
    p(31, "鳥取県", "鳥取", "Tottori", "とっとり"),
    p(32, "島根県", "島根", "Shimane", "しまね"),
    p(33, "岡山県", "岡山", "Okayama", "おかやま"),
    p(34, "広島県", "広島", "Hiroshima", "ひろしま"),
    p(35, "山口県", "山口", "Yamaguchi", "やまぐち"),
    p(36, "徳島県", "徳島", "Tokushima", "とくしま"),
    p(37, "香川県", "香川", "Kagawa", "かがわ"),
    p(38, "愛媛県", "愛媛", "Ehime", "えひめ"),
    p(39, "高知県", "高知", "Kochi", "こうち"),
    p(40, "福岡県", "福岡", "Fukuoka", "ふくおか"),
    p(41, "佐賀県", "佐賀", "Saga", "さが"),
    p(42, "長崎県", "長崎", "Nagasaki", "ながさき"),
    p(43, "熊本県", "熊本", "Kumamoto", "くまもと"),
    p(44, "大分県", "大分", "Oita", "おおいた"),
    p(45, "宮崎県", "宮崎", "Miyazaki", "みやざき"),
    p(46, "鹿児島県", "鹿児島", "Kagoshima", "かごしま"),
    p(47, "沖縄県", "沖縄", "Okinawa", "おきなわ"),
];

/// The prefecture with JIS X 0401 code `code` (1 to 47).
///
/// ```
/// use tsuchi::prefectures::by_code;
/// assert_eq!(by_code(13).unwrap().name, "東京都");
/// assert!(by_code(0).is_none());
/// assert!(by_code(48).is_none());
/// ```
pub fn by_code(code: u8) -> Option<&'static Prefecture> {
    PREFECTURES.get(usize::from(code).checked_sub(1)?)
}

/// The prefecture whose full name or short name is exactly `name`.
///
/// ```
/// use tsuchi::prefectures::by_name;
/// assert_eq!(by_name("東京都").unwrap().code, 13);
/// assert_eq!(by_name("東京").unwrap().code, 13);
/// assert_eq!(by_name("北海道").unwrap().code, 1);
/// assert_eq!(by_name("大阪").unwrap().code, 27);
/// assert!(by_name("名古屋").is_none());
/// ```
pub fn by_name(name: &str) -> Option<&'static Prefecture> {
    PREFECTURES.iter().find(|p| p.name == name || p.short == name)
}

/// The prefecture an organisation's or a network's name opens a word with, written in
/// hiragana as regional networks name themselves: `ふくいケアリンク運用センター` is 福井県's,
/// `とちぎ在宅ケアネット` 栃木県's. The reading must start a word (nothing in hiragana before
/// it) and run on into a name in katakana or kanji, so `いちばん` or `ならびに` name nothing.
/// Full readings only: the longest wins (`ふくしま` over `ふくい` cannot clash, neither is
/// the start of the other).
///
/// ```
/// use tsuchi::prefectures::named_by_reading;
/// assert_eq!(named_by_reading("やまがた医療ネット運用センター").map(|p| p.code), Some(6));
/// assert_eq!(named_by_reading("いちばん早い").map(|p| p.code), None);
/// assert_eq!(named_by_reading("ならびに").map(|p| p.code), None);
/// ```
pub fn named_by_reading(name: &str) -> Option<&'static Prefecture> {
    let hiragana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    let name_char = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{30A1}'..='\u{30FA}' | '\u{30FC}');
    // a reading starts with a kana that does not continue one (`…のふくい` is not a name)
    let starts = |&(i, c): &(usize, char)| hiragana(c) && !name[..i].chars().next_back().is_some_and(hiragana);
    name.char_indices().filter(starts).find_map(|(i, _)| {
        let rest = &name[i..];
        PREFECTURES
            .iter()
            .filter(|p| rest.starts_with(p.kana))
            .max_by_key(|p| p.kana.len())
            .filter(|p| rest[p.kana.len()..].chars().next().is_some_and(name_char))
    })
}

/// One prefecture named in a text: `text[start..end]` is its full name
/// (`with_suffix`) or its short name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrefectureHit {
    /// Byte offset of the first byte of the name.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// The prefecture named.
    pub prefecture: &'static Prefecture,
    /// True when the full name was written (`東京都`, `宮城県`, and always for
    /// `北海道`); false for a short name (`東京`, `宮城`).
    pub with_suffix: bool,
}

/// Codes of the short names that are commonly written bare, and so match
/// without list context.
const BARE_OK: [u8; 3] = [13, 26, 27];

/// Kanji that may follow a short name without making it part of another word.
const PLACE_FOLLOWERS: &[char] =
    &['都', '府', '市', '区', '駅', '圏', '内', '近', '周', '方', '地', '全', '以', '在', '間', '発', '着'];

/// Single characters that separate the items of a list.
const LIST_SEPARATORS: &[char] = &['、', '・', ',', '/', ' ', '\t', '､', '，', '／', '\u{3000}'];

/// Words that join the items of a list.
const LIST_CONJUNCTIONS: &[&str] = &["及び", "および", "並びに", "又は", "または"];

/// Every prefecture named in `text`, left to right, non-overlapping.
///
/// Full names always count; short names count only in the contexts described
/// in the [module documentation](self): the bare-ok names `東京` `大阪` `京都`,
/// or any short name in a list next to another prefecture.
///
/// ```
/// use tsuchi::prefectures::find_prefectures;
/// let codes = |t: &str| find_prefectures(t).iter().map(|h| h.prefecture.code).collect::<Vec<_>>();
///
/// assert_eq!(codes("東京都、京都府、大阪府"), [13, 26, 27]);
/// assert_eq!(codes("東京都"), [13]);            // not 京都 inside it
/// assert_eq!(codes("宮城、福島、岩手"), [4, 7, 3]); // a list of short names
/// assert_eq!(codes("事務局:宮城・前泊"), Vec::<u8>::new());   // two surnames
/// assert_eq!(codes("石川様"), Vec::<u8>::new());
///
/// let hits = find_prefectures("所在地:大阪府");
/// assert_eq!(&"所在地:大阪府"[hits[0].start..hits[0].end], "大阪府");
/// assert!(hits[0].with_suffix);
/// ```
pub fn find_prefectures(text: &str) -> Vec<PrefectureHit> {
    // Pass 1: leftmost-longest candidates (a full name is longer than its short name).
    let mut candidates: Vec<PrefectureHit> = Vec::new();
    for m in NAMES.find_iter(text) {
        let (pref, with_suffix) = name_of(m.pattern().as_usize());
        let after = &text[m.end()..];
        let runs_on = !with_suffix
            && after.chars().next().is_some_and(continues_word)
            && !LIST_CONJUNCTIONS.iter().any(|w| after.starts_with(w));
        // A rejected short name still consumes its text, so that nothing is found inside a
        // longer word.
        if !runs_on {
            candidates.push(PrefectureHit { start: m.start(), end: m.end(), prefecture: pref, with_suffix });
        }
    }

    // Pass 2: group candidates into runs linked by list separators; keep a
    // run of two or more whole, and a lone candidate only if it needs no
    // context.
    let mut hits = Vec::with_capacity(candidates.len());
    let mut run_start = 0;
    for k in 0..candidates.len() {
        let run_ends = candidates.get(k + 1).is_none_or(|next| !is_list_gap(&text[candidates[k].end..next.start]));
        if run_ends {
            let run = &candidates[run_start..=k];
            if run.len() >= 2 {
                hits.extend_from_slice(run);
            } else if needs_no_context(&run[0]) {
                hits.push(run[0]);
            }
            run_start = k + 1;
        }
    }
    hits
}

/// The 47 full names (patterns 0–46) and the short names that differ from them, matched
/// leftmost-longest in one pass.
static NAMES: LazyLock<crate::matcher::Matcher> = LazyLock::new(|| {
    crate::matcher::Matcher::new(PREFECTURES.iter().map(|p| p.name).chain(SHORT.iter().map(|&i| PREFECTURES[i].short)))
});

/// Indices of the prefectures whose short name differs from the full one.
static SHORT: LazyLock<Vec<usize>> =
    LazyLock::new(|| (0..PREFECTURES.len()).filter(|&i| PREFECTURES[i].short != PREFECTURES[i].name).collect());

/// The prefecture and whether the full name was written, for a pattern of [`NAMES`].
fn name_of(pattern: usize) -> (&'static Prefecture, bool) {
    match pattern.checked_sub(PREFECTURES.len()) {
        None => (&PREFECTURES[pattern], true),
        Some(k) => (&PREFECTURES[SHORT[k]], false),
    }
}

/// Whether a character right after a short name makes it part of a longer
/// word: kanji or katakana other than the place words in [`PLACE_FOLLOWERS`].
fn continues_word(c: char) -> bool {
    let kanji = matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}' | '々' | '〆' | 'ヶ');
    // Katakana block, except the middle dot, which separates list items.
    let katakana = matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}');
    (kanji && !PLACE_FOLLOWERS.contains(&c)) || katakana
}

/// Whether `gap` (the text between two candidates) joins them as list items:
/// non-empty and made only of separators and conjunctions.
pub(crate) fn is_list_gap(mut gap: &str) -> bool {
    if gap.is_empty() {
        return false;
    }
    while !gap.is_empty() {
        if let Some(rest) = gap.strip_prefix(LIST_SEPARATORS) {
            gap = rest;
        } else if let Some(word) = LIST_CONJUNCTIONS.iter().find(|w| gap.starts_with(**w)) {
            gap = &gap[word.len()..];
        } else {
            return false;
        }
    }
    true
}

/// Whether a candidate may stand alone, outside a list.
fn needs_no_context(hit: &PrefectureHit) -> bool {
    hit.with_suffix || BARE_OK.contains(&hit.prefecture.code)
}

/// One region: the names it goes by (without `地方` and without `・`) and the
/// codes of its prefectures.
struct Region {
    names: &'static [&'static str],
    first: u8,
    last: u8,
    extra: &'static [u8],
}

const fn r(names: &'static [&'static str], first: u8, last: u8, extra: &'static [u8]) -> Region {
    Region { names, first, last, extra }
}

/// Region table. Each region is the codes `first..=last` plus `extra`.
static REGIONS: [Region; 21] = [
    r(&["北海道"], 1, 1, &[]),
    r(&["東北"], 2, 7, &[]),
    r(&["北海道東北"], 1, 7, &[]),
    r(&["関東"], 8, 14, &[]),
    r(&["関東甲信"], 8, 14, &[19, 20]),
    r(&["関東甲信越"], 8, 15, &[19, 20]),
    r(&["甲信越"], 19, 20, &[15]),
    r(&["甲信"], 19, 20, &[]),
    r(&["信越"], 20, 20, &[15]),
    r(&["北陸"], 16, 18, &[]),
    r(&["東海"], 21, 24, &[]),
    r(&["東海北陸", "北陸東海"], 16, 18, &[21, 22, 23, 24]),
    r(&["中部"], 15, 23, &[]),
    r(&["近畿"], 24, 30, &[]),
    r(&["関西"], 25, 30, &[]),
    r(&["中国"], 31, 35, &[]),
    r(&["四国"], 36, 39, &[]),
    r(&["中国四国", "中四国"], 31, 39, &[]),
    r(&["九州"], 40, 46, &[]),
    r(&["九州沖縄"], 40, 47, &[]),
    r(&["沖縄"], 47, 47, &[]),
];

/// The prefectures of a region with a fixed, widely used meaning, in JIS
/// order; `None` for anything else.
///
/// `name` may carry `地方` (`関東地方`), and the parts of a compound may be
/// joined by `・`, `、` or nothing (`中国・四国`, `中国四国`, `中四国`).
///
/// | region | prefectures |
/// | --- | --- |
/// | 北海道 | 01 |
/// | 東北 | 02–07 |
/// | 北海道・東北 | 01–07 |
/// | 関東 | 08–14 |
/// | 関東甲信 (JMA) | 08–14, 19, 20 |
/// | 関東甲信越 | 08–15, 19, 20 |
/// | 甲信越 | 15, 19, 20 |
/// | 甲信 | 19, 20 |
/// | 信越 | 15, 20 |
/// | 北陸 | 16–18 (富山・石川・福井, the 北陸三県; 新潟 not included) |
/// | 東海 | 21–24 (岐阜・静岡・愛知・三重) |
/// | 東海・北陸 | 16–18, 21–24 |
/// | 中部 | 15–23 (八地方区分: 三重 belongs to 近畿) |
/// | 近畿 | 24–30 (八地方区分, with 三重) |
/// | 関西 | 25–30 (2府4県, without 三重) |
/// | 中国 | 31–35 |
/// | 四国 | 36–39 |
/// | 中国・四国, 中四国 | 31–39 |
/// | 九州 | 40–46 (九州7県; 沖縄 not included) |
/// | 九州・沖縄 | 40–47 |
/// | 沖縄 | 47 |
/// | 全国 | all 47 |
///
/// `東日本`, `西日本`, `首都圏`, `北関東`, `南関東` and the like have no fixed
/// membership and return `None`.
///
/// ```
/// use tsuchi::prefectures::region;
/// let codes = |n: &str| region(n).map(|v| v.iter().map(|p| p.code).collect::<Vec<_>>());
///
/// assert_eq!(codes("関東"), Some(vec![8, 9, 10, 11, 12, 13, 14]));
/// assert_eq!(codes("四国地方"), Some(vec![36, 37, 38, 39]));
/// assert_eq!(codes("九州・沖縄"), Some((40..=47).collect()));
/// assert_eq!(region("全国").unwrap().len(), 47);
/// assert_eq!(region("東日本"), None);
/// ```
pub fn region(name: &str) -> Option<Vec<&'static Prefecture>> {
    let trimmed = name.trim();
    let base = trimmed.strip_suffix("地方").unwrap_or(trimmed);
    let key: String = base.chars().filter(|c| !matches!(c, '・' | '、' | ',' | '/' | ' ')).collect();
    if key.is_empty() {
        return None;
    }
    if key == "全国" {
        return Some(PREFECTURES.iter().collect());
    }
    let reg = REGIONS.iter().find(|r| r.names.contains(&key.as_str()))?;
    let mut prefs: Vec<&'static Prefecture> = PREFECTURES
        .iter()
        .filter(|p| (reg.first..=reg.last).contains(&p.code) || reg.extra.contains(&p.code))
        .collect();
    prefs.sort();
    Some(prefs)
}

/// The area name that ends at or before `text[..end]`'s end, if the text there ends with
/// an area suffix: returns (start, name).
pub fn area_name_before(text: &str, end: usize) -> Option<(usize, String)> {
    let head = text.get(..end)?;
    let suffix = crate::lexicon::ends_with(head, crate::lexicon::Class::AreaSuffix)?;
    let stem_end = head.len() - suffix.len();
    let start = head[..stem_end]
        .char_indices()
        .rev()
        // an area name is kanji, katakana, Latin letters and an inner `・` (九州・沖縄エリア):
        // a particle (における) ends it
        .take_while(|(_, c)| is_name_char(*c) || *c == '・')
        .take(12)
        .last()
        .map(|(i, _)| i)?;
    // not led by digits (`3:00東海北陸エリア`) or a separator
    let start = start + head[start..].find(|c: char| !c.is_ascii_digit() && c != '・').unwrap_or(0);
    let name = &head[start..];
    if name.chars().count() <= suffix.chars().count() || name.starts_with("の") {
        return None;
    }
    Some((start, name.to_string()))
}

fn is_name_char(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC | 0x4E00..=0x9FFF | 0x3005) || c.is_ascii_alphanumeric()
}

/// Every area name in a text: (start, end, name).
pub fn area_names(text: &str) -> Vec<(usize, usize, String)> {
    let ends: Vec<usize> = crate::lexicon::words(text)
        .iter()
        .filter(|w| w.classes().has(crate::lexicon::Class::AreaSuffix))
        .map(|w| w.end)
        .collect();
    area_names_ending_at(text, &ends)
}

/// The area names whose suffix ends at one of `ends` (the ends of the lexicon's
/// `area-suffix` words in `text`).
pub fn area_names_ending_at(text: &str, ends: &[usize]) -> Vec<(usize, usize, String)> {
    // generic words are no names: 各地域, 当該地域, 対象地域, 一部地域, 全地域, 離島地域
    const GENERIC: [&str; 7] = ["各", "当該", "対象", "一部", "全", "離島", "その他"];
    ends.iter()
        .filter_map(|&end| area_name_before(text, end).map(|(s, name)| (s, end, name)))
        .filter(|(_, _, name)| !GENERIC.iter().any(|g| name.starts_with(g)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<u8> {
        find_prefectures(text).iter().map(|h| h.prefecture.code).collect()
    }

    fn region_codes(name: &str) -> Option<Vec<u8>> {
        region(name).map(|v| v.iter().map(|p| p.code).collect())
    }

    #[test]
    fn table_round_trip() {
        for (i, p) in PREFECTURES.iter().enumerate() {
            assert_eq!(usize::from(p.code), i + 1, "{}", p.name);
            assert_eq!(p.code_str(), format!("{:02}", i + 1));
            assert_eq!(p.code_str().len(), 2);
            assert_eq!(by_code(p.code), Some(p));
            assert_eq!(by_name(p.name), Some(p), "{}", p.name);
            assert_eq!(by_name(p.short), Some(p), "{}", p.short);
            if p.code == 1 {
                assert_eq!(p.short, p.name);
            } else {
                let suffix = &p.name[p.short.len()..];
                assert!(p.name.starts_with(p.short), "{}", p.name);
                assert!(["都", "府", "県"].contains(&suffix), "{}", p.name);
            }
            assert!(p.romaji.is_ascii() && !p.romaji.is_empty());
        }
        assert_eq!(by_code(13).unwrap().short, "東京");
        assert_eq!(by_code(26).unwrap().name, "京都府");
        assert_eq!(by_code(27).unwrap().name, "大阪府");
        assert_eq!(by_code(1).unwrap().romaji, "Hokkaido");
        assert_eq!(by_code(13).unwrap().romaji, "Tokyo");
        assert_eq!(by_code(47).unwrap().romaji, "Okinawa");
        assert_eq!(by_code(0), None);
        assert_eq!(by_code(48), None);
        assert_eq!(by_code(255), None);
        assert_eq!(by_name(""), None);
        assert_eq!(by_name("東京都 "), None);
        assert_eq!(by_name("Tokyo"), None);
    }

    #[test]
    fn every_full_name_alone() {
        for p in &PREFECTURES {
            let hits = find_prefectures(p.name);
            assert_eq!(hits.len(), 1, "{}", p.name);
            let h = hits[0];
            assert_eq!((h.start, h.end), (0, p.name.len()), "{}", p.name);
            assert_eq!(h.prefecture, p);
            assert!(h.with_suffix);
            // Also inside a sentence.
            let text = format!("対象地域は{}の一部です。", p.name);
            assert_eq!(codes(&text), [p.code], "{text}");
        }
    }

    #[test]
    fn every_full_name_in_one_list() {
        let text: Vec<&str> = PREFECTURES.iter().map(|p| p.name).collect();
        let text = text.join("、");
        assert_eq!(codes(&text), (1..=47).collect::<Vec<_>>());
        let all_short: Vec<&str> = PREFECTURES.iter().map(|p| p.short).collect();
        assert_eq!(codes(&all_short.join("・")), (1..=47).collect::<Vec<_>>());
    }

    #[test]
    fn table_cases() {
        let east: Vec<u8> = (1..=15).chain([19, 20]).collect();
        let cases: &[(&str, &[u8])] = &[
            ("東京都", &[13]),
            ("京都府", &[26]),
            ("大阪府", &[27]),
            ("東京都、京都府、大阪府", &[13, 26, 27]),
            (
                "北海道、青森県、岩手県、宮城県、秋田県、山形県、福島県、茨城県、栃木県、群馬県、埼玉県、千葉県、東京都、神奈川県、新潟県、山梨県、長野県",
                &east,
            ),
            ("事務局:宮城・前泊", &[]),
            ("東京、大阪、名古屋", &[13, 27]),
            ("宮城、福島、岩手", &[4, 7, 3]),
            ("石川様", &[]),
            ("三重県", &[24]),
            // Surnames and words.
            ("三重", &[]),
            ("三重の確認", &[]),
            ("山口", &[]),
            ("担当:山口", &[]),
            ("山口課長", &[]),
            ("山口県", &[35]),
            ("宮城様、石川様", &[]),
            ("福島さん", &[]),
            ("長野、", &[]),
            // Lists of short names, mixed lists, conjunctions.
            ("愛知、三重", &[23, 24]),
            ("愛知県・三重", &[23, 24]),
            ("宮城県及び福島県", &[4, 7]),
            ("宮城及び福島", &[4, 7]),
            ("山口 岡山", &[35, 33]),
            ("広島,岡山/山口", &[34, 33, 35]),
            ("宮城と福島", &[]),
            // 京都 inside 東京都, 京都府 inside 東京都府中市.
            ("東京都府中市", &[13]),
            ("東京都港区", &[13]),
            ("京都市", &[26]),
            ("京都", &[26]),
            // Bare big-city names.
            ("東京", &[13]),
            ("大阪で開催", &[27]),
            ("東京駅", &[13]),
            ("東京23区", &[13]),
            ("東大阪市", &[27]),
            ("東京・大阪間", &[13, 27]),
            // Bare names running on into another word.
            ("東京大学", &[]),
            ("東京ガス", &[]),
            ("大阪医科大学", &[]),
            // 北海道 needs no suffix.
            ("北海道", &[1]),
            ("北海道大学病院", &[1]),
            ("北海道で停電", &[1]),
            // Neighbouring hits separated by text are not a list.
            ("東京都の宮城", &[13]),
            ("宮城県の福島", &[4]),
            // Nothing.
            ("", &[]),
            ("名古屋", &[]),
            ("中国", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(codes(text), *want, "input: {text:?}");
        }
    }

    #[test]
    fn spans_and_suffix_flags() {
        let text = "対象:東京、宮城県";
        let hits = find_prefectures(text);
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].start..hits[0].end], "東京");
        assert!(!hits[0].with_suffix);
        assert_eq!(&text[hits[1].start..hits[1].end], "宮城県");
        assert!(hits[1].with_suffix);
        assert_eq!(hits[0].start, "対象:".len());
    }

    #[test]
    fn regions() {
        let cases: &[(&str, Option<Vec<u8>>)] = &[
            ("北海道", Some(vec![1])),
            ("北海道地方", Some(vec![1])),
            ("東北", Some((2..=7).collect())),
            ("東北地方", Some((2..=7).collect())),
            ("関東", Some((8..=14).collect())),
            ("関東地方", Some((8..=14).collect())),
            ("関東甲信", Some((8..=14).chain([19, 20]).collect())),
            ("関東甲信越", Some((8..=15).chain([19, 20]).collect())),
            ("甲信越", Some(vec![15, 19, 20])),
            ("甲信越地方", Some(vec![15, 19, 20])),
            ("北陸", Some(vec![16, 17, 18])),
            ("東海", Some(vec![21, 22, 23, 24])),
            ("東海地方", Some(vec![21, 22, 23, 24])),
            ("中部", Some((15..=23).collect())),
            ("中部地方", Some((15..=23).collect())),
            ("近畿", Some((24..=30).collect())),
            ("近畿地方", Some((24..=30).collect())),
            ("関西", Some((25..=30).collect())),
            ("中国", Some((31..=35).collect())),
            ("中国地方", Some((31..=35).collect())),
            ("四国", Some((36..=39).collect())),
            ("中国・四国", Some((31..=39).collect())),
            ("中国・四国地方", Some((31..=39).collect())),
            ("中四国", Some((31..=39).collect())),
            ("九州", Some((40..=46).collect())),
            ("九州地方", Some((40..=46).collect())),
            ("九州・沖縄", Some((40..=47).collect())),
            ("九州沖縄地方", Some((40..=47).collect())),
            ("沖縄", Some(vec![47])),
            ("沖縄地方", Some(vec![47])),
            (" 関東 ", Some((8..=14).collect())),
            ("全国", Some((1..=47).collect())),
            ("東日本", None),
            ("西日本", None),
            ("首都圏", None),
            ("北関東", None),
            ("地方", None),
            ("", None),
            ("・", None),
            ("関東関西", None),
        ];
        for (name, want) in cases {
            assert_eq!(region_codes(name), *want, "region {name:?}");
        }
    }

    #[test]
    fn region_parts_cover_the_whole() {
        // 八地方区分 (with 九州・沖縄) partitions the 47 prefectures.
        let mut all: Vec<u8> = ["北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州・沖縄"]
            .iter()
            .flat_map(|n| region_codes(n).unwrap())
            .collect();
        all.sort();
        assert_eq!(all, (1..=47).collect::<Vec<_>>());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in [
            "県",
            "都",
            "東",
            "京都府県",
            "東京都都",
            "\u{0}",
            "🎌東京🎌",
            "a東京b",
            "、、、",
            "・宮城・",
            "及び",
            "宮城及び",
            "東京\u{301}",
            "\u{FEFF}大阪",
            "\u{200D}",
        ] {
            let _ = find_prefectures(text);
            let _ = region(text);
            let _ = by_name(text);
        }
    }
}

#[cfg(test)]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "東京都",
        "東京",
        "京都",
        "京都府",
        "大阪",
        "大阪府",
        "北海道",
        "宮城",
        "宮城県",
        "石川",
        "山口",
        "三重",
        "和歌山",
        "鹿児島",
        "、",
        "・",
        ",",
        "/",
        " ",
        "及び",
        "様",
        "市",
        "大学",
        "ガス",
        "a",
        "1",
        "\n",
        "の",
        "都",
        "府",
        "県",
        "🎌",
        "é",
    ];

    fn check(text: &str) {
        let hits = find_prefectures(text);
        let mut last_end = 0;
        for h in &hits {
            assert!(h.start >= last_end && h.start < h.end && h.end <= text.len());
            assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
            let s = &text[h.start..h.end];
            if h.with_suffix {
                assert_eq!(s, h.prefecture.name);
            } else {
                assert_eq!(s, h.prefecture.short);
            }
            last_end = h.end;
        }
    }

    proptest! {
        #[test]
        fn any_string(text in any::<String>()) {
            check(&text);
            let _ = region(&text);
            let _ = by_name(&text);
        }

        #[test]
        fn pieces(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..12)) {
            let text = parts.concat();
            check(&text);
            let _ = region(&text);
        }
    }
}
