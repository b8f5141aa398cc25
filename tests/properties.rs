//! Property tests of the date/time engine and the normaliser.
//!
//! - Round trip of dates: any date 1900-01-01..=2100-12-31, written in every surface form
//!   the engine supports (era where the era is in force, 元年, abbreviated era, western
//!   `Y年M月D日`, `Y/M/D`, `Y.M.D`, `Y-MM-DD`, full-width digits, kanji numerals), with
//!   and without the correct weekday in brackets, reads back as the same date.
//! - Round trip of times: any time 0:00..=23:59 as `H:MM`, `HH:MM`, `H時M分`, `H時`,
//!   `H時半`, kanji, full-width, 午前/午後 and 正午 reads back as the same time.
//! - `scan`, `expressions`, `normalize` and `extract_str` never panic, on any string and
//!   on strings made of the characters the date grammar cares about.
//! - `Normalized::locate` of every char boundary stays inside the original.

use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use tsuchi::datetime::{Era, Token, expressions, parse_date, parse_time, scan};
use tsuchi::normalize::normalize;

// ---------------------------------------------------------------------------------------
// Writers
// ---------------------------------------------------------------------------------------

const KANJI_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Digit by digit: 2025 → 二〇二五.
fn kanji_digitwise(n: u32) -> String {
    n.to_string().chars().map(|c| KANJI_DIGITS[c.to_digit(10).unwrap_or(0) as usize]).collect()
}

/// Positional, 0..=99: 24 → 二十四, 10 → 十, 0 → 零.
fn kanji_positional(n: u32) -> String {
    assert!(n < 100, "kanji_positional({n})");
    if n == 0 {
        return "零".to_string();
    }
    let (tens, ones) = (n / 10, n % 10);
    let mut s = String::new();
    match tens {
        0 => {}
        1 => s.push('十'),
        t => {
            s.push(KANJI_DIGITS[t as usize]);
            s.push('十');
        }
    }
    if ones > 0 {
        s.push(KANJI_DIGITS[ones as usize]);
    }
    s
}

/// ASCII digits, letters and `/ . - : ( )` to their full-width forms.
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' | 'A'..='Z' | 'a'..='z' | '/' | '.' | '-' | ':' | '(' | ')' => {
                char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

fn wd_kanji(w: Weekday) -> &'static str {
    ["月", "火", "水", "木", "金", "土", "日"][w.num_days_from_monday() as usize]
}

/// Every way the engine supports of writing `d` (without weekday).
fn date_forms(d: NaiveDate) -> Vec<String> {
    let (y, m, day) = (d.year(), d.month(), d.day());
    let mut forms = vec![
        format!("{y}年{m}月{day}日"),
        format!("{y}/{m}/{day}"),
        format!("{y}.{m}.{day}"),
        format!("{y}-{m:02}-{day:02}"),
        format!("{y}/{m:02}/{day:02}"),
    ];
    if let Some(era) = Era::of(d).filter(|e| e.contains(d)) {
        let n = (y - era.first_day().year() + 1) as u32;
        let name = era.name();
        let l = era.letter();
        forms.push(format!("{name}{n}年{m}月{day}日"));
        forms.push(format!("{l}{n}.{m}.{day}"));
        forms.push(format!("{l}{n}/{m}/{day}"));
        forms.push(format!("{l}{n}年{m}月{day}日"));
        if n == 1 {
            forms.push(format!("{name}元年{m}月{day}日"));
            forms.push(format!("{l}元.{m}.{day}"));
            forms.push(format!("{l}元年{m}月{day}日"));
        }
    }
    // full-width digits variant of each form so far
    let fw: Vec<String> = forms.iter().map(|f| full_width(f)).collect();
    forms.extend(fw);
    // kanji numerals
    let (km, kd) = (kanji_positional(m), kanji_positional(day));
    forms.push(format!("{}年{km}月{kd}日", kanji_digitwise(y as u32)));
    if let Some(era) = Era::of(d).filter(|e| e.contains(d)) {
        let n = (y - era.first_day().year() + 1) as u32;
        forms.push(format!("{}{}年{km}月{kd}日", era.name(), kanji_positional(n)));
        if n == 1 {
            forms.push(format!("{}元年{km}月{kd}日", era.name()));
        }
    }
    forms
}

/// The ways of writing a time h:m (h 0..=23).
fn time_forms(h: u32, m: u32) -> Vec<String> {
    let mut ascii = vec![format!("{h}:{m:02}"), format!("{h:02}:{m:02}"), format!("{h}時{m}分")];
    if m == 0 {
        ascii.push(format!("{h}時"));
    }
    if m == 30 {
        ascii.push(format!("{h}時半"));
    }
    let (half, h12) = if h < 12 { ("午前", h) } else { ("午後", h - 12) };
    ascii.push(format!("{half}{h12}時{m}分"));
    ascii.push(format!("{half}{h12}:{m:02}"));
    if m == 0 {
        ascii.push(format!("{half}{h12}時"));
    }
    if m == 30 {
        ascii.push(format!("{half}{h12}時半"));
    }
    let mut forms: Vec<String> = ascii.iter().map(|f| full_width(f)).collect();
    forms.extend(ascii);
    // kanji numerals
    let kh = kanji_positional(h);
    if m == 0 {
        forms.push(format!("{kh}時"));
        forms.push(format!("{half}{}時", kanji_positional(h12)));
    } else {
        forms.push(format!("{kh}時{}分", kanji_positional(m)));
        forms.push(format!("{half}{}時{}分", kanji_positional(h12), kanji_positional(m)));
    }
    if (h, m) == (12, 0) {
        forms.push("正午".to_string());
    }
    forms
}

fn first_date_weekday(s: &str) -> Option<Weekday> {
    let n = normalize(s);
    scan(n.text()).into_iter().find_map(|t| match t {
        Token::Date(d) => d.weekday,
        Token::Time(_) => None,
    })
}

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or(NaiveDate::MAX);
    let span = (last - first).num_days();
    (0..=span).prop_map(move |k| first + chrono::Duration::days(k))
}

/// The characters and words the date grammar and the normaliser care about.
const DANGEROUS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "9",
    "12",
    "24",
    "30",
    "31",
    "2025",
    "０",
    "１",
    "２",
    "９",
    "年",
    "月",
    "日",
    "時",
    "分",
    "半",
    "秒",
    "間",
    "元",
    "十",
    "二",
    "三",
    "〇",
    "百",
    "千",
    "~",
    "〜",
    "～",
    "-",
    "ー",
    "－",
    "−",
    "‐",
    ":",
    "：",
    "/",
    ".",
    "・",
    "、",
    ",",
    "。",
    "(",
    ")",
    "（",
    "）",
    "令和",
    "平成",
    "昭和",
    "明治",
    "大正",
    "R",
    "H",
    "S",
    "r",
    "同月",
    "同日",
    "翌日",
    "翌朝",
    "翌",
    "以降",
    "以降の",
    "まで",
    "迄",
    "から",
    "より",
    "各日",
    "毎日",
    "終日",
    "予定",
    "(予定)",
    "ただし",
    "を除く",
    "を除き",
    "頃",
    "ごろ",
    "午前",
    "午後",
    "正午",
    "曜日",
    "曜",
    "祝",
    "土",
    "月・祝",
    "及び",
    "と",
    "の",
    " ",
    "  ",
    "\u{3000}",
    "\n",
    "\t",
    "\\",
    "\\_",
    "**",
    "<sup>",
    "</sup>",
    "<br>",
    "<",
    ">",
    "ｶ",
    "ﾞ",
    "\u{3099}",
    "\u{0301}",
    "\u{200B}",
    "\u{FEFF}",
    "⽇",
    "⻄",
    "é",
    "🙂",
    "\r",
];

fn dangerous_string() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(DANGEROUS), 0..60).prop_map(|v| v.concat())
}

fn any_or_dangerous() -> impl Strategy<Value = String> {
    prop_oneof![".*", dangerous_string()]
}

fn no_panic(s: &str) {
    let n = normalize(s);
    let _ = scan(n.text());
    let _ = expressions(n.text());
    // the engine must not panic on raw (unnormalised) text either
    let _ = scan(s);
    let _ = expressions(s);
    let _ = parse_date(s);
    let _ = parse_time(s);
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    // 256 cases each keeps the whole file near a second in debug. No failure persistence:
    // an integration test has no lib.rs beside it, and a failure prints its minimal input.
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// Every surface form of every date reads back as the same date, with or without the
    /// correct weekday in brackets (and the weekday is read).
    #[test]
    fn every_date_form_reads_back(d in any_date()) {
        let wd = wd_kanji(d.weekday());
        for form in date_forms(d) {
            prop_assert_eq!(parse_date(&form), Some(d), "form {:?}", form);
            for bracket in [format!("({wd})"), format!("（{wd}）"), format!("({wd}曜日)"), format!("（{wd}曜日）")] {
                let s = format!("{form}{bracket}");
                prop_assert_eq!(parse_date(&s), Some(d), "form {:?}", s);
                prop_assert_eq!(first_date_weekday(&s), Some(d.weekday()), "weekday of {:?}", s);
            }
        }
    }

    /// Every surface form of every time of day reads back as the same time.
    #[test]
    fn every_time_form_reads_back(h in 0u32..24, m in 0u32..60) {
        for form in time_forms(h, m) {
            prop_assert_eq!(parse_time(&form), Some((h, m)), "form {:?}", form);
        }
    }

    /// The engine, the normaliser and the whole pipeline never panic on arbitrary text.
    #[test]
    fn nothing_panics_on_any_string(s in ".*") {
        no_panic(&s);
        let _ = tsuchi::extract_str("x", &s);
    }

    /// … nor on text made of the date grammar's own alphabet.
    #[test]
    fn nothing_panics_on_date_alphabet(s in dangerous_string()) {
        no_panic(&s);
        let _ = tsuchi::extract_str("x", &s);
    }

    /// Every char boundary of the normalised text locates inside the original: a line
    /// within the original's line count and a column of at least 1.
    #[test]
    fn locate_stays_inside_the_original(s in any_or_dangerous()) {
        let n = normalize(&s);
        let lines = s.split('\n').count() as u32;
        let text = n.text();
        let boundaries = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
        for i in boundaries {
            let p = n.locate(i);
            prop_assert!(p.line >= 1 && p.line <= lines, "offset {} of {:?} (from {:?}): line {} of {}", i, text, s, p.line, lines);
            prop_assert!(p.column >= 1, "offset {} of {:?} (from {:?}): column {}", i, text, s, p.column);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The writers themselves (so a property cannot pass by writing nothing)
// ---------------------------------------------------------------------------------------

#[test]
fn writers_write_what_the_brief_says() {
    assert_eq!(kanji_digitwise(2025), "二〇二五");
    assert_eq!(kanji_positional(24), "二十四");
    assert_eq!(kanji_positional(10), "十");
    assert_eq!(kanji_positional(7), "七");
    assert_eq!(kanji_positional(31), "三十一");
    assert_eq!(full_width("2025/2/1"), "２０２５／２／１");
    assert_eq!(full_width("R7.1.31"), "Ｒ７．１．３１");
    let d = NaiveDate::from_ymd_opt(2025, 12, 24).unwrap();
    let forms = date_forms(d);
    for want in [
        "令和7年12月24日",
        "R7.12.24",
        "2025年12月24日",
        "2025/12/24",
        "2025.12.24",
        "二〇二五年十二月二十四日",
        "令和七年十二月二十四日",
        "２０２５年１２月２４日",
    ] {
        assert!(forms.iter().any(|f| f == want), "{want} missing from {forms:?}");
    }
    let d = NaiveDate::from_ymd_opt(2019, 5, 1).unwrap();
    let forms = date_forms(d);
    assert!(forms.iter().any(|f| f == "令和元年5月1日"), "{forms:?}");
    assert!(!forms.iter().any(|f| f.starts_with("平成")), "平成 is not in force on 2019-05-01: {forms:?}");
    let times = time_forms(22, 30);
    for want in ["22:30", "22時30分", "22時半", "午後10時30分", "２２：３０", "二十二時三十分", "午後十時三十分"]
    {
        assert!(times.iter().any(|f| f == want), "{want} missing from {times:?}");
    }
    assert!(time_forms(12, 0).iter().any(|f| f == "正午"));
}
