//! Identities from what a notice says: never from its bytes or its file name.
//!
//! * A **notice** is its issuer, number and date when it has a number (the number carries
//!   the issuer's prefix, `日医発`, `北医発`, and the issuer is reduced to its organisation,
//!   so `公益社団法人 日本医師会 常任理事 長島 公之` and `日本医師会 常任理事 長島公之` agree). A
//!   notice with no number is its title and its windows (start, end, status, tentative):
//!   the same text as a PDF, an e-mail or a file re-saved with one word changed is the
//!   same notice, a 第1報 and a 第2報 are not.
//! * A **window**'s UID is its main system, its start as first announced, and its area
//!   (prefecture codes, else area names): `16 hex digits@tsuchi`. It is fixed when the
//!   window is first seen and kept when later notices move its end, cancel it or report
//!   it done.
//!
//! Hashes are 64-bit FNV-1a over fields joined by a unit separator, written out here
//! because `std`'s hasher may change between Rust releases.

use crate::model::{Notice, Outage, System};
use unicode_normalization::UnicodeNormalization;

const SEP: char = '\u{1f}';

/// 64-bit FNV-1a.
///
/// ```
/// assert_eq!(tsuchi::calendar::identity::fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
/// ```
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// `fields` joined by a unit separator, hashed, as 16 hex digits.
///
/// ```
/// assert_eq!(tsuchi::calendar::identity::hash(&["a"]), "af63dc4c8601ec8c");
/// ```
pub fn hash(fields: &[&str]) -> String {
    let mut key = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            key.push(SEP);
        }
        key.push_str(f);
    }
    format!("{:016x}", fnv1a64(key.as_bytes()))
}

/// Whitespace removed, NFKC.
///
/// ```
/// assert_eq!(tsuchi::calendar::identity::squash("日医発第 １８１７ 号"), "日医発第1817号");
/// ```
pub fn squash(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// Legal forms written before an organisation's name.
const LEGAL_FORMS: [&str; 8] = [
    "公益社団法人",
    "一般社団法人",
    "公益財団法人",
    "一般財団法人",
    "社会福祉法人",
    "独立行政法人",
    "社会医療法人",
    "医療法人",
];

/// Officers' titles that end an organisation's name in an issuer line.
const TITLES: [&str; 12] =
    ["会長", "副会長", "常任理事", "担当理事", "理事長", "理事", "専務", "常務", "事務局長", "部長", "課長", "室長"];

/// The organisation of an issuer line: legal forms, spaces and the officer dropped
/// (`公益社団法人 日本医師会 常任理事 長島 公之` → `日本医師会`).
///
/// ```
/// use tsuchi::calendar::identity::organisation;
/// assert_eq!(organisation("公益社団法人 日本医師会 常任理事 長島 公之"), "日本医師会");
/// assert_eq!(organisation("一般社団法人 北海道医師会 会長 松家 治道"), "北海道医師会");
/// assert_eq!(organisation("厚生労働省保険局医療介護連携政策課"), "厚生労働省保険局医療介護連携政策課");
/// ```
pub fn organisation(issuer: &str) -> String {
    let mut s = squash(issuer);
    for f in LEGAL_FORMS {
        if let Some(rest) = s.strip_prefix(f) {
            s = rest.to_string();
        }
    }
    let cut = TITLES.iter().filter_map(|t| s.find(t)).filter(|&i| i > 0).min();
    match cut {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The identity key of a notice with a number: organisation, number, date.
///
/// ```
/// use tsuchi::calendar::identity::numbered_key;
/// let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 30);
/// assert_eq!(numbered_key("日本医師会", "日医発第 1817 号", d), numbered_key("日本医師会", "日医発第1817号", d));
/// ```
pub fn numbered_key(organisation: &str, number: &str, date: Option<chrono::NaiveDate>) -> String {
    let date = date.map(|d| d.to_string()).unwrap_or_default();
    format!("n-{}", hash(&["number", organisation, &squash(number), &date]))
}

/// The identity key of a notice without a number: its title and its windows. (A file
/// with neither, which cannot be on a calendar, is told apart by its name.)
///
/// ```
/// let a = tsuchi::extract_str("a.txt", "令和8年6月5日\n\n停止のお知らせ\n\n平素より…\n\n令和8年7月11日(土)22:00~23:00に停止します。\n").unwrap();
/// let b = tsuchi::extract_str("b.pdf.txt", "令和8年6月5日\n\n停止のお知らせ\n\n平素は…\n\n令和8年7月11日(土)22:00~23:00に停止します。\n").unwrap();
/// use tsuchi::calendar::identity::unnumbered_key;
/// assert_eq!(unnumbered_key(&a), unnumbered_key(&b));
/// ```
pub fn unnumbered_key(notice: &Notice) -> String {
    let title = notice.document.title.as_deref().map(squash).unwrap_or_default();
    if title.is_empty() && notice.outages.is_empty() {
        // says nothing a calendar could use: not the same notice as any other
        return format!("n-{}", hash(&["unidentified", &notice.source.name]));
    }
    let mut windows: Vec<String> = notice
        .outages
        .iter()
        .map(|o| {
            let end = o.end.map(|e| e.to_rfc3339()).unwrap_or_default();
            format!("{}/{}/{}/{}", o.start.to_rfc3339(), end, o.status.as_str(), o.tentative)
        })
        .collect();
    windows.sort();
    format!("n-{}", hash(&["title", &title, &windows.join(",")]))
}

/// The area of a window as a key: sorted prefecture codes, else sorted area names, else
/// empty (not limited to an area).
///
/// ```
/// let n = tsuchi::extract_str("a.txt", "令和8年6月5日\n\n停止のお知らせ\n\n東日本エリア:令和8年7月11日(土)22:00~23:00\n").unwrap();
/// assert_eq!(tsuchi::calendar::identity::area_key(&n.outages[0]), "東日本");
/// ```
pub fn area_key(o: &Outage) -> String {
    let mut codes: Vec<&str> = o.prefectures.iter().map(|p| p.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    if !codes.is_empty() {
        return codes.join(",");
    }
    let mut names: Vec<String> = o.areas.iter().map(|a| area_name(a)).collect();
    names.sort();
    names.dedup();
    names.join(",")
}

/// An area name without `エリア` and spaces (`東日本エリア` and `東日本` agree).
///
/// ```
/// assert_eq!(tsuchi::calendar::identity::area_name("東日本 エリア"), "東日本");
/// ```
pub fn area_name(a: &str) -> String {
    let s = squash(a);
    s.strip_suffix("エリア").map(str::to_string).unwrap_or(s)
}

/// A window's UID: main system, first start, area.
///
/// ```
/// let t = chrono::DateTime::parse_from_rfc3339("2026-07-11T22:00:00+09:00").unwrap();
/// let uid = tsuchi::calendar::identity::window_uid(Some("電子処方箋管理サービス"), &t, "");
/// assert!(uid.ends_with("@tsuchi") && uid.len() == 16 + "@tsuchi".len());
/// ```
pub fn window_uid(system: Option<&str>, start: &crate::model::Instant, area: &str) -> String {
    format!("{}@tsuchi", hash(&["window", system.unwrap_or(""), &start.to_rfc3339(), area]))
}

/// Systems that a notice names but that are rarely what stops: terminals, card readers,
/// the portal that publishes the notice, funds. They count as a window's system only when
/// the statement or the title names them, or nothing else is named.
const AUXILIARY: [&str; 5] =
    ["資格確認端末", "顔認証付きカードリーダー", "医療機関等向け総合ポータルサイト", "医療情報化支援基金", "Gビズ ID"];

/// Where the text names a system, by its canonical name or a spelling the notice used.
fn position_in(text: &str, s: &System) -> Option<usize> {
    let text = squash(text);
    let mut spellings: Vec<String> = vec![squash(&s.name)];
    spellings.extend(s.mentions.iter().map(|m| squash(&m.text)).filter(|t| !t.is_empty()));
    spellings.iter().filter_map(|sp| text.find(sp.as_str())).min()
}

/// Systems named in `text`, in the order they are named.
fn named_in(text: &str, systems: &[System]) -> Vec<String> {
    let mut found: Vec<(usize, &str)> =
        systems.iter().filter_map(|s| position_in(text, s).map(|p| (p, s.name.as_str()))).collect();
    found.sort();
    found.into_iter().map(|(_, n)| n.to_string()).collect()
}

/// The systems a window concerns, main one first: those its statement names, else those
/// the titles (cover, then attachments) name, else the notice's systems with terminals,
/// card readers and the portal last.
///
/// ```
/// let n = tsuchi::extract_str("a.txt", "令和8年6月5日\n\n電子処方箋管理サービスの計画停止について\n\n令和8年7月11日(土)22:00~7月12日(日)6:00に停止します。\n").unwrap();
/// assert_eq!(tsuchi::calendar::identity::window_systems(&n, &n.outages[0]), ["電子処方箋管理サービス"]);
/// ```
pub fn window_systems(notice: &Notice, o: &Outage) -> Vec<String> {
    if let Some(d) = o.description.as_deref() {
        let v = named_in(d, &notice.systems);
        if !v.is_empty() {
            return v;
        }
    }
    let titles = std::iter::once(&notice.document).chain(&notice.attachments).filter_map(|d| d.title.as_deref());
    for t in titles {
        let v = named_in(t, &notice.systems);
        if !v.is_empty() {
            return v;
        }
    }
    let mut v: Vec<String> = notice.systems.iter().map(|s| s.name.clone()).collect();
    v.sort_by_key(|n| AUXILIARY.contains(&n.as_str()));
    if v.iter().any(|n| !AUXILIARY.contains(&n.as_str())) {
        v.retain(|n| !AUXILIARY.contains(&n.as_str()));
    }
    v
}

/// The report number of an incident report (`第2報` in a title; `続報` counts as 2).
///
/// ```
/// assert_eq!(tsuchi::calendar::identity::report_number("障害について(第２報)"), Some(2));
/// assert_eq!(tsuchi::calendar::identity::report_number("メンテナンスについて"), None);
/// ```
pub fn report_number(title: &str) -> Option<u32> {
    let t = squash(title);
    for (i, _) in t.match_indices('報') {
        let before = &t[..i];
        let digits: String = before.chars().rev().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && before[..before.len() - digits.len()].ends_with('第') {
            return digits.chars().rev().collect::<String>().parse().ok();
        }
    }
    if t.contains("最終報") {
        return Some(99);
    }
    t.contains("続報").then_some(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations() {
        assert_eq!(organisation("那覇市医師会 会長 友利 博朗 担当理事 平良 直人"), "那覇市医師会");
        assert_eq!(organisation("公益社団法人 日本医師会 常任理事 長島公之"), "日本医師会");
        assert_eq!(organisation("公益社団法人 東京都医師会 理事 佐々木 啓介"), "東京都医師会");
        assert_eq!(organisation(""), "");
    }

    #[test]
    fn report_numbers() {
        assert_eq!(report_number("(第1報)"), Some(1));
        assert_eq!(report_number("第12報"), Some(12));
        assert_eq!(report_number("障害について(続報)"), Some(2));
        assert_eq!(report_number("情報提供"), None);
        assert_eq!(report_number("障害に関する情報提供(第3報)"), Some(3));
    }

    #[test]
    fn hashes_are_stable() {
        // a change here changes every UID a user has imported
        assert_eq!(hash(&["a", "b"]), format!("{:016x}", fnv1a64("a\u{1f}b".as_bytes())));
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        let start = chrono::DateTime::parse_from_rfc3339("2026-07-04T22:00:00+09:00").unwrap();
        assert_eq!(window_uid(Some("電子処方箋管理サービス"), &start, ""), "30d35975897ca99b@tsuchi");
    }
}
