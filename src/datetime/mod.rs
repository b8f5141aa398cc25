//! The date and time engine: Japanese dates, times and ranges as circulars write them.
//!
//! Three layers, each usable alone:
//!
//! 1. [`scan()`] finds date and time *tokens* in a line of normalised text: era years
//!    (`令和7年`, `令和元年`, `R7.1.31`, `H31`), western years (`2026年`, `2025/2/1`,
//!    `二〇二五年`), year-less dates (`2月2日`, `同月30日`, a bare `30日`), weekdays in
//!    brackets (`(日)`, `(日曜日)`, `(月・祝)`), and times (`22:00`, `22時30分`, `9時半`,
//!    `午後10時`, `正午`, `24:00`, `翌日5時`, `頃`). Numerals may be ASCII or kanji.
//! 2. [`expressions`] pairs tokens into points, ranges (`~ - ー`, `から … まで`), lists
//!    (`2月1日・2日`) and exclusions (`ただし25日を除く`), and marks `以降`, `まで`, `終日`,
//!    `各日`, `(予定)`.
//! 3. [`infer_year`] gives a year-less date its year from the document's date.
//!
//! It does not decide what is an outage window: that needs context that only the windows
//! extractor has. Nor does it handle relative words with no date (`明日`, `来週`), which
//! circulars do not use for windows.
//!
//! The engine expects normalised text (see [`crate::normalize`]): ASCII digits, `(` and
//! `)` for brackets, `~` for every wave dash. [`parse_date`] and [`parse_time`] normalise
//! for you and read one expression; they are the quickest way in:
//!
//! ```
//! use chrono::NaiveDate;
//! use tsuchi::datetime::{parse_date, parse_time};
//! assert_eq!(parse_date("令和７年１２月２４日"), NaiveDate::from_ymd_opt(2025, 12, 24));
//! assert_eq!(parse_date("令和元年5月1日"), NaiveDate::from_ymd_opt(2019, 5, 1));
//! assert_eq!(parse_date("二〇二五年十二月二十四日"), NaiveDate::from_ymd_opt(2025, 12, 24));
//! assert_eq!(parse_time("午後10時"), Some((22, 0)));
//! assert_eq!(parse_time("9時半"), Some((9, 30)));
//! ```

pub mod era;
pub mod expr;
pub mod infer;
pub mod numerals;
pub mod scan;

pub use era::Era;
pub use expr::{Expression, Point, Shape, expressions, expressions_of, range_times};
pub use infer::{YearChoice, infer_year};
pub use scan::{DateForm, DateTok, DayRef, MonthRef, TimeTok, Token, Year, scan};

use chrono::NaiveDate;

/// The kanji for a weekday, as circulars write it in brackets (`月` for Monday).
///
/// ```
/// assert_eq!(tsuchi::datetime::weekday_kanji(chrono::Weekday::Sat), "土");
/// ```
pub fn weekday_kanji(w: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match w {
        Mon => "月",
        Tue => "火",
        Wed => "水",
        Thu => "木",
        Fri => "金",
        Sat => "土",
        Sun => "日",
    }
}

/// Read one complete date (with its year) from `s`, normalising it first.
///
/// Returns `None` if `s` holds no dated token with year, month and day, or if the date
/// does not exist. A date past its era's end (`平成31年5月1日`) is converted all the same.
///
/// ```
/// use chrono::NaiveDate;
/// assert_eq!(tsuchi::datetime::parse_date("R7.1.31"), NaiveDate::from_ymd_opt(2025, 1, 31));
/// assert_eq!(tsuchi::datetime::parse_date("2月30日"), None);
/// ```
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let n = crate::normalize::normalize(s);
    scan(n.text()).into_iter().find_map(|t| match t {
        Token::Date(d) => full_date(&d),
        Token::Time(_) => None,
    })
}

/// The calendar date of a token that names year, month and day.
pub fn full_date(d: &DateTok) -> Option<NaiveDate> {
    match (d.year, d.month, d.day) {
        (Some(y), Some(MonthRef::Month(m)), Some(DayRef::Day(day))) => NaiveDate::from_ymd_opt(y.value, m, day),
        _ => None,
    }
}

/// Read one time of day from `s`, normalising it first: `(hour, minute)`, hour 0–24.
///
/// ```
/// assert_eq!(tsuchi::datetime::parse_time("２２：００"), Some((22, 0)));
/// assert_eq!(tsuchi::datetime::parse_time("正午"), Some((12, 0)));
/// assert_eq!(tsuchi::datetime::parse_time("三十秒"), None);
/// ```
pub fn parse_time(s: &str) -> Option<(u32, u32)> {
    let n = crate::normalize::normalize(s);
    scan(n.text()).into_iter().find_map(|t| match t {
        Token::Time(t) => Some((t.hour, t.minute)),
        Token::Date(_) => None,
    })
}
