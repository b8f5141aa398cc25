//! Table-driven tests of the date/time engine (`tsuchi::datetime`).
//!
//! Every row is `(input, expected)`, grouped by form. The expected value is one of:
//!
//! - `Date(y, m, d)` / `NoDate`: what [`parse_date`] returns;
//! - `Time(h, m)` / `NoTime`: what [`parse_time`] returns;
//! - `Toks("…")`: every token [`scan`] finds in the normalised input, rendered by
//!   [`render_tokens`] (form, `year(era)-month-day(weekday)`, times as `H:MM` with `+1d`
//!   for next-day and `頃` for approximate); `""` means no token at all;
//! - `Exprs("…")`: every [`expressions`] result on the normalised input, rendered by
//!   [`render_exprs`] (`Shape: point .. point [flags] except{…}`, joined by ` || `);
//! - `Infer(reference, want)`: [`infer_year`] on the first date token of the input
//!   (month, day, weekday) with the document dated `reference`.
//!
//! Weekdays in the expectations were computed with Python's `datetime`, not with the
//! engine. Every row must pass: a form the engine does not read yet is not written here as
//! a row expected to fail, but fixed or left out (with a note in its issue).

use chrono::NaiveDate;
use tsuchi::datetime::{
    DateForm, DateTok, DayRef, Era, Expression, MonthRef, Shape, TimeTok, Token, YearChoice, expressions, infer_year,
    parse_date, parse_time, scan,
};
use tsuchi::normalize::normalize;

#[derive(Debug, Clone, Copy)]
enum Want {
    /// `parse_date` gives this date.
    Date(i32, u32, u32),
    /// `parse_date` gives `None`.
    NoDate,
    /// `parse_time` gives this (hour, minute).
    Time(u32, u32),
    /// `parse_time` gives `None`.
    NoTime,
    /// Rendering of every scanned token.
    Toks(&'static str),
    /// Rendering of every expression.
    Exprs(&'static str),
    /// `infer_year` of the input's first date token, the document dated `reference`.
    Infer(&'static str, Option<(i32, YearChoice)>),
}
use Want::*;

const CONFIRMED: YearChoice = YearChoice::Confirmed;
const MISMATCH: YearChoice = YearChoice::WeekdayMismatch;
const fn preferred(first_after: i32) -> YearChoice {
    YearChoice::WeekdayPreferred { first_after }
}

type Row = (&'static str, Want);

// ---------------------------------------------------------------------------------------
// Era dates: every era, 元年, boundaries, numerals ASCII / full-width / kanji, spaces.
// ---------------------------------------------------------------------------------------
const ERA_DATES: &[Row] = &[
    ("令和7年(2025年)12月24日", Date(2025, 12, 24)),
    ("令和七年(二〇二五年)十二月二十四日", Date(2025, 12, 24)),
    ("2025年(令和7年)12月24日", Date(2025, 12, 24)),
    // 明治
    ("明治元年1月25日", Date(1868, 1, 25)),
    ("明治元年10月23日", Date(1868, 10, 23)),
    ("明治元年１月２５日", Date(1868, 1, 25)),
    ("明治10年2月15日", Date(1877, 2, 15)),
    ("明治33年1月1日", Date(1900, 1, 1)),
    ("明治45年7月29日", Date(1912, 7, 29)),
    ("明治四十五年七月二十九日", Date(1912, 7, 29)),
    ("明治45年7月29日(月)", Date(1912, 7, 29)),
    // 大正
    ("大正元年7月30日", Date(1912, 7, 30)),
    ("大正元年7月30日(火)", Date(1912, 7, 30)),
    ("大正元年12月31日", Date(1912, 12, 31)),
    ("大正2年1月1日", Date(1913, 1, 1)),
    ("大正12年9月1日", Date(1923, 9, 1)),
    ("大正15年12月24日", Date(1926, 12, 24)),
    ("大正十五年十二月二十四日", Date(1926, 12, 24)),
    // 昭和
    ("昭和元年12月25日", Date(1926, 12, 25)),
    ("昭和元年12月31日", Date(1926, 12, 31)),
    ("昭和2年1月1日", Date(1927, 1, 1)),
    ("昭和20年8月15日", Date(1945, 8, 15)),
    ("昭和39年10月10日", Date(1964, 10, 10)),
    ("昭和三十九年十月十日", Date(1964, 10, 10)),
    ("昭和64年1月7日", Date(1989, 1, 7)),
    ("昭和64年1月7日(土)", Date(1989, 1, 7)),
    ("昭和六十四年一月七日", Date(1989, 1, 7)),
    // 平成
    ("平成元年1月8日", Date(1989, 1, 8)),
    ("平成元年1月8日(日)", Date(1989, 1, 8)),
    ("平成元年十二月三十一日", Date(1989, 12, 31)),
    ("平成7年1月17日", Date(1995, 1, 17)),
    ("平成12年2月29日", Date(2000, 2, 29)),
    ("平成23年3月11日", Date(2011, 3, 11)),
    ("平成31年4月30日", Date(2019, 4, 30)),
    ("平成三十一年四月三十日", Date(2019, 4, 30)),
    // past the era's end: converted all the same (the diagnostic is the caller's)
    ("平成31年5月1日", Date(2019, 5, 1)),
    ("明治45年7月30日", Date(1912, 7, 30)),
    // 令和
    ("令和元年5月1日", Date(2019, 5, 1)),
    ("令和元年5月1日(水)", Date(2019, 5, 1)),
    ("令和元年五月一日", Date(2019, 5, 1)),
    ("令和1年5月1日", Date(2019, 5, 1)),
    ("令和元年12月31日", Date(2019, 12, 31)),
    ("令和2年1月1日", Date(2020, 1, 1)),
    ("令和2年2月29日", Date(2020, 2, 29)),
    ("令和6年12月2日", Date(2024, 12, 2)),
    ("令和7年1月31日", Date(2025, 1, 31)),
    ("令和7年1月30日(木)", Date(2025, 1, 30)),
    ("令和8年5月24日(日)", Date(2026, 5, 24)),
    ("令和10年1月1日", Date(2028, 1, 1)),
    ("令和七年十二月二十四日", Date(2025, 12, 24)),
    ("令和七年十月十日", Date(2025, 10, 10)),
    ("令和七年十一月十一日", Date(2025, 11, 11)),
    ("令和七年一月二十日", Date(2025, 1, 20)),
    ("令和七年十二月三十一日", Date(2025, 12, 31)),
    ("令和八年二月二十八日", Date(2026, 2, 28)),
    ("令和７年１２月２４日", Date(2025, 12, 24)),
    ("令和５年６月９日", Date(2023, 6, 9)),
    ("令和7年１月３１日", Date(2025, 1, 31)),
    // stray spaces (normalisation removes them)
    ("令和 8 年 5 月 24 日", Date(2026, 5, 24)),
    ("令和　７年　１月　３０日", Date(2025, 1, 30)),
    ("令和 元年 5月1日", Date(2019, 5, 1)),
    ("令和7年 1月 31日", Date(2025, 1, 31)),
    ("令和 ８ 年 ５ 月 ２４ 日（日）", Date(2026, 5, 24)),
    // a wrong weekday does not stop the date from being read
    ("令和7年1月31日(月)", Date(2025, 1, 31)),
    // in running text
    ("日医発第1817号 令和7年1月30日 各都道府県医師会", Date(2025, 1, 30)),
    // dates that do not exist
    ("令和7年2月30日", NoDate),
    ("令和3年2月29日", NoDate),
    ("令和7年4月31日", NoDate),
    ("令和7年13月1日", NoDate),
    ("令和7年0月1日", NoDate),
];

// ---------------------------------------------------------------------------------------
// Abbreviated eras: R7.1.31, H31.4.30, R7年1月31日.
// ---------------------------------------------------------------------------------------
const ABBREV_DATES: &[Row] = &[
    ("R7.1.31", Date(2025, 1, 31)),
    ("R7.1.31(金)", Date(2025, 1, 31)),
    ("R7/1/31", Date(2025, 1, 31)),
    ("r7.1.31", Date(2025, 1, 31)),
    ("R7年1月31日", Date(2025, 1, 31)),
    ("R元年5月1日", Date(2019, 5, 1)),
    ("R元.5.1", Date(2019, 5, 1)),
    ("R7.12.24(水)", Date(2025, 12, 24)),
    ("R8.5.24", Date(2026, 5, 24)),
    ("R2.2.29", Date(2020, 2, 29)),
    ("Ｒ７．１．３１", Date(2025, 1, 31)),
    ("H31.4.30", Date(2019, 4, 30)),
    ("h31.4.30", Date(2019, 4, 30)),
    ("H31年4月30日", Date(2019, 4, 30)),
    ("H元.1.8", Date(1989, 1, 8)),
    ("S64.1.7", Date(1989, 1, 7)),
    ("S元.12.25", Date(1926, 12, 25)),
    ("T元.7.30", Date(1912, 7, 30)),
    ("T15.12.24", Date(1926, 12, 24)),
    ("M45.7.29", Date(1912, 7, 29)),
    ("対象: R7.1.31まで", Date(2025, 1, 31)),
    ("R7.4", NoDate),
    ("R7.2.29", NoDate),
    ("R7.1.32", NoDate),
    ("CH31.4.30", NoDate),
    ("KB0011769", NoDate),
];

// ---------------------------------------------------------------------------------------
// Western years: 2026年1月19日, 2025/2/1, 2025.2.1, 2025-02-01, full-width, kanji.
// ---------------------------------------------------------------------------------------
const WESTERN_DATES: &[Row] = &[
    ("2026年1月19日", Date(2026, 1, 19)),
    ("2026年1月19日(月)", Date(2026, 1, 19)),
    ("2026 年 1 月 19 日", Date(2026, 1, 19)),
    ("2025/2/1", Date(2025, 2, 1)),
    ("2025/02/01", Date(2025, 2, 1)),
    ("2025.2.1", Date(2025, 2, 1)),
    ("2025-02-01", Date(2025, 2, 1)),
    ("2025-2-1", Date(2025, 2, 1)),
    ("２０２５／２／１", Date(2025, 2, 1)),
    ("２０２５．２．１", Date(2025, 2, 1)),
    ("２０２５－０２－０１", Date(2025, 2, 1)),
    ("２０２５年１２月２４日", Date(2025, 12, 24)),
    ("二〇二五年十二月二十四日", Date(2025, 12, 24)),
    ("二〇一九年五月一日", Date(2019, 5, 1)),
    ("二〇二六年一月十九日", Date(2026, 1, 19)),
    ("一九八九年一月八日", Date(1989, 1, 8)),
    ("千九百八十九年一月八日", Date(1989, 1, 8)),
    ("二千二十五年一月三十一日", Date(2025, 1, 31)),
    ("2024年2月29日", Date(2024, 2, 29)),
    ("2000年2月29日", Date(2000, 2, 29)),
    ("1999年12月31日", Date(1999, 12, 31)),
    ("2000年1月1日", Date(2000, 1, 1)),
    ("2025年12月31日(水)", Date(2025, 12, 31)),
    ("2025/12/31 23:59", Date(2025, 12, 31)),
    ("2025-02-01 22:00", Date(2025, 2, 1)),
    ("発行日：2025年12月24日", Date(2025, 12, 24)),
    ("2025年2月29日", NoDate),
    ("2100年2月29日", NoDate),
    ("1900/2/29", NoDate),
    ("2025/13/1", NoDate),
    ("2025/2/30", NoDate),
    ("2025年1月", NoDate),
    ("1月19日", NoDate),
    ("19日", NoDate),
    ("20250201", NoDate),
    ("0120-95-0178", NoDate),
    ("バージョン1.2.3", NoDate),
];

// ---------------------------------------------------------------------------------------
// Tokens: forms of year-less dates, kanji days, words that are not dates.
// ---------------------------------------------------------------------------------------
const DATE_TOKENS: &[Row] = &[
    ("令和7年1月31日", Toks("Era 2025(R7)-1-31")),
    ("令和元年5月1日", Toks("Era 2019(R1)-5-1")),
    ("平成31年5月1日", Toks("Era 2019(H31)-5-1")),
    ("R7.1.31", Toks("EraAbbrev 2025(R7)-1-31")),
    ("R7年1月31日", Toks("EraAbbrev 2025(R7)-1-31")),
    ("2025/2/1", Toks("Numeric 2025-2-1")),
    ("2025-02-01", Toks("Numeric 2025-2-1")),
    ("2026年1月19日", Toks("Western 2026-1-19")),
    ("二〇二五年十二月二十四日", Toks("Western 2025-12-24")),
    ("令和8年5月", Toks("YearMonth 2026(R8)-5-?")),
    ("2026年1月", Toks("YearMonth 2026-1-?")),
    ("R7.4", Toks("YearMonth 2025(R7)-4-?")),
    ("2月2日(日)", Toks("MonthDay ?-2-2(日)")),
    ("1月19日（月）", Toks("MonthDay ?-1-19(月)")),
    ("十二月二十四日", Toks("MonthDay ?-12-24")),
    ("１２月２４日", Toks("MonthDay ?-12-24")),
    ("同月30日(金)", Toks("SameMonth ?-同-30(金)")),
    ("同月三十日", Toks("SameMonth ?-同-30")),
    ("同日", Toks("SameDay ?-?-同")),
    ("30日", Toks("DayOnly ?-?-30")),
    ("三十一日", Toks("DayOnly ?-?-31")),
    ("二十日", Toks("DayOnly ?-?-20")),
    ("1/19(月)", Toks("Slash ?-1-19(月)")),
    ("1/19 22:00", Toks("Slash ?-1-19 | 22:00")),
    ("5月", Toks("MonthOnly ?-5-?")),
    // not dates
    ("1/2", Toks("")),
    ("3日間", Toks("")),
    ("十日間", Toks("")),
    ("月曜日", Toks("")),
    ("毎月", Toks("")),
    ("5日以内", Toks("")),
    ("10日程度", Toks("")),
    ("6月間", Toks("")),
    ("1日目", Toks("")),
    ("3日前", Toks("")),
    ("KB0011769", Toks("")),
];

// ---------------------------------------------------------------------------------------
// Weekdays and holidays in brackets.
// ---------------------------------------------------------------------------------------
const WEEKDAYS: &[Row] = &[
    ("令和8年5月24日（日）", Toks("Era 2026(R8)-5-24(日)")),
    ("2025年2月1日(土)", Toks("Western 2025-2-1(土)")),
    ("2月2日（日曜日）", Toks("MonthDay ?-2-2(日)")),
    ("2月2日(日曜)", Toks("MonthDay ?-2-2(日)")),
    ("2月3日(火曜日)", Toks("MonthDay ?-2-3(火)")),
    ("1月30日（金曜日）", Toks("MonthDay ?-1-30(金)")),
    ("1月29日(木)", Toks("MonthDay ?-1-29(木)")),
    ("1月28日(水)", Toks("MonthDay ?-1-28(水)")),
    ("2026年1月12日（月・祝）", Toks("Western 2026-1-12(月・祝)")),
    ("5月6日（水・振休）", Toks("MonthDay ?-5-6(水・祝)")),
    ("5月4日(月・休日)", Toks("MonthDay ?-5-4(月・祝)")),
    ("5月5日(火,祝)", Toks("MonthDay ?-5-5(火・祝)")),
    ("11月3日(火・祝日)", Toks("MonthDay ?-11-3(火・祝)")),
    ("11月3日(祝)", Toks("MonthDay ?-11-3(祝)")),
    ("2月1日( 土 )", Toks("MonthDay ?-2-1(土)")),
    ("2月1日 (土)", Toks("MonthDay ?-2-1(土)")),
    ("2月1日（土）22:00", Toks("MonthDay ?-2-1(土) | 22:00")),
    ("R7.1.31(金)", Toks("EraAbbrev 2025(R7)-1-31(金)")),
    ("2025/2/1(土)", Toks("Numeric 2025-2-1(土)")),
    // the token keeps what was written, even a wrong weekday
    ("2025年2月1日(日)", Toks("Western 2025-2-1(日)")),
];

// ---------------------------------------------------------------------------------------
// Times of day.
// ---------------------------------------------------------------------------------------
const TIMES: &[Row] = &[
    ("22:00", Time(22, 0)),
    ("２２：００", Time(22, 0)),
    ("0:00", Time(0, 0)),
    ("00:00", Time(0, 0)),
    ("9:05", Time(9, 5)),
    ("09:05", Time(9, 5)),
    ("23:59", Time(23, 59)),
    ("24:00", Time(24, 0)),
    ("２４：００", Time(24, 0)),
    ("22:00:00", Time(22, 0)),
    ("２３：５９：５９", Time(23, 59)),
    ("22時", Time(22, 0)),
    ("22時30分", Time(22, 30)),
    ("２２時３０分", Time(22, 30)),
    ("22 時 30 分", Time(22, 30)),
    ("9時半", Time(9, 30)),
    ("９時半", Time(9, 30)),
    ("午前2時", Time(2, 0)),
    ("午前0時", Time(0, 0)),
    ("午前9時30分", Time(9, 30)),
    ("午前9:30", Time(9, 30)),
    ("午後10時", Time(22, 0)),
    ("午後十時", Time(22, 0)),
    ("午後 10 時", Time(22, 0)),
    ("午後0時", Time(12, 0)),
    ("午後1時", Time(13, 0)),
    ("午後3時半", Time(15, 30)),
    ("午後11時59分", Time(23, 59)),
    ("午後3:00", Time(15, 0)),
    ("正午", Time(12, 0)),
    ("二十二時", Time(22, 0)),
    ("二十時三十分", Time(20, 30)),
    ("十時", Time(10, 0)),
    ("十二時", Time(12, 0)),
    ("零時", Time(0, 0)),
    ("翌日5時", Time(5, 0)),
    ("翌朝6時", Time(6, 0)),
    ("翌5:00", Time(5, 0)),
    ("翌日午前2時", Time(2, 0)),
    ("10時頃", Time(10, 0)),
    ("AM9:00", Time(9, 0)),
    ("PM3:00", Time(15, 0)),
    ("作業時間：22:00～翌5:00", Time(22, 0)),
    ("2月1日(土)の22時", Time(22, 0)),
];

const NOT_TIMES: &[Row] = &[
    ("24時間", NoTime),
    ("24時間対応", NoTime),
    ("30秒", NoTime),
    ("三十秒", NoTime),
    ("2分程度", NoTime),
    ("5分", NoTime),
    ("1~2回", NoTime),
    ("1～2回発生", NoTime),
    ("3日間", NoTime),
    ("月曜日", NoTime),
    ("2時間", NoTime),
    ("1時間半", NoTime),
    ("12時間30分", NoTime),
    ("1時限", NoTime),
    ("3時点", NoTime),
    ("25:00", NoTime),
    ("12:60", NoTime),
    ("24:30", NoTime),
    ("12:345", NoTime),
    ("0120-95-0178", NoTime),
    ("1/2", NoTime),
    ("第3回", NoTime),
    ("2025/2/1", NoTime),
];

const TIME_TOKENS: &[Row] = &[
    ("翌日5時", Toks("5:00+1d")),
    ("翌日の5時", Toks("5:00+1d")),
    ("翌朝6時", Toks("6:00+1d")),
    ("翌5:00", Toks("5:00+1d")),
    ("翌日 5:00", Toks("5:00+1d")),
    ("翌日午前2時", Toks("2:00+1d")),
    ("10時頃", Toks("10:00頃")),
    ("10時ごろ", Toks("10:00頃")),
    ("22:00頃", Toks("22:00頃")),
    ("午後3時頃", Toks("15:00頃")),
    ("24:00", Toks("24:00")),
    ("正午", Toks("12:00")),
    ("22:00~翌日5:00", Toks("22:00 | 5:00+1d")),
    ("24時間", Toks("")),
    ("30秒", Toks("")),
];

// ---------------------------------------------------------------------------------------
// Expressions: ranges, lists, exclusions, qualifiers.
// ---------------------------------------------------------------------------------------
const RANGES: &[Row] = &[
    // every connector, between times
    ("22:00~23:00", Exprs("Range: 22:00 .. 23:00")),
    ("22:00〜23:00", Exprs("Range: 22:00 .. 23:00")),
    ("22:00～23:00", Exprs("Range: 22:00 .. 23:00")),
    ("22:00－23:00", Exprs("Range: 22:00 .. 23:00")),
    ("22:00-23:00", Exprs("Range: 22:00 .. 23:00")),
    ("22:00ー23:00", Exprs("Range: 22:00 .. 23:00")),
    ("22:00 ～ 23:00", Exprs("Range: 22:00 .. 23:00")),
    ("２２：００～２３：００", Exprs("Range: 22:00 .. 23:00")),
    ("22時~23時", Exprs("Range: 22:00 .. 23:00")),
    ("22時から23時まで", Exprs("Range: 22:00 .. 23:00")),
    ("午前0時～午前6時", Exprs("Range: 0:00 .. 6:00")),
    ("22時30分～翌日5時", Exprs("Range: 22:30 .. 5:00+1d")),
    ("午後10時～翌午前5時", Exprs("Range: 22:00 .. 5:00+1d")),
    // between dates
    ("1月19日（月）～30日（金）", Exprs("Range: ?-1-19(月) .. ?-?-30(金)")),
    ("1月19日(月)〜1月30日(金)", Exprs("Range: ?-1-19(月) .. ?-1-30(金)")),
    ("2026年1月19日(月)~30日(金)", Exprs("Range: 2026-1-19(月) .. ?-?-30(金)")),
    ("2026年1月19日(月)－2026年1月30日(金)", Exprs("Range: 2026-1-19(月) .. 2026-1-30(金)")),
    ("1月19日ー30日", Exprs("Range: ?-1-19 .. ?-?-30")),
    ("1月19日-30日", Exprs("Range: ?-1-19 .. ?-?-30")),
    ("R7.1.31～R7.2.28", Exprs("Range: 2025(R7)-1-31 .. 2025(R7)-2-28")),
    ("2025-02-01~2025-02-03", Exprs("Range: 2025-2-1 .. 2025-2-3")),
    ("2月1日から2月3日まで", Exprs("Range: ?-2-1 .. ?-2-3")),
    ("2月1日より2月3日まで", Exprs("Range: ?-2-1 .. ?-2-3")),
    ("2月1日(日)から同月3日(火)まで", Exprs("Range: ?-2-1(日) .. ?-同-3(火)")),
    ("1月19日(月)から配信を開始し、同月30日(金)まで", Exprs("Range: ?-1-19(月) .. ?-同-30(金)")),
    // across midnight
    ("2月1日(土) 22:00~2月2日(日) 0:30", Exprs("Range: ?-2-1(土) 22:00 .. ?-2-2(日) 0:30")),
    ("2月1日(土)22:00～翌日5:00", Exprs("Range: ?-2-1(土) 22:00 .. 5:00+1d")),
    ("2月1日(土)22:00～24:00", Exprs("Range: ?-2-1(土) 22:00 .. 24:00")),
    ("2月1日(土)22時から翌日5時まで", Exprs("Range: ?-2-1(土) 22:00 .. 5:00+1d")),
    // across month end
    ("1月31日(土)~2月1日(日)", Exprs("Range: ?-1-31(土) .. ?-2-1(日)")),
    ("2026年1月31日(土)23:00～2月1日(日)6:00", Exprs("Range: 2026-1-31(土) 23:00 .. ?-2-1(日) 6:00")),
    ("2025年3月31日(月)~4月1日(火)", Exprs("Range: 2025-3-31(月) .. ?-4-1(火)")),
    ("2月1日(土)22時から作業を行い、2月2日(日)5時まで", Exprs("Range: ?-2-1(土) 22:00 .. ?-2-2(日) 5:00")),
    ("2025/2/1-2025/2/3", Exprs("Range: 2025-2-1 .. 2025-2-3")),
    ("22時-23時", Exprs("Range: 22:00 .. 23:00")),
    ("1月19日－30日", Exprs("Range: ?-1-19 .. ?-?-30")),
    // across year end
    ("12月29日(月)～1月3日(土)は休業", Exprs("Range: ?-12-29(月) .. ?-1-3(土)")),
    ("令和7年12月29日(月)～令和8年1月3日(土)", Exprs("Range: 2025(R7)-12-29(月) .. 2026(R8)-1-3(土)")),
    ("2025年12月31日(水)~2026年1月1日(木)", Exprs("Range: 2025-12-31(水) .. 2026-1-1(木)")),
    ("12月31日(水)23:00～1月1日(木)2:00", Exprs("Range: ?-12-31(水) 23:00 .. ?-1-1(木) 2:00")),
    ("2025年12月31日(水)22:00~翌1:00", Exprs("Range: 2025-12-31(水) 22:00 .. 1:00+1d")),
    (
        "令和7年12月31日(水)22:00～令和8年1月1日(木)5:00",
        Exprs("Range: 2025(R7)-12-31(水) 22:00 .. 2026(R8)-1-1(木) 5:00"),
    ),
];

const QUALIFIERS: &[Row] = &[
    // 以降 / 以後: open end; 以降の: attributive
    ("1月31日(土)以降", Exprs("Single: ?-1-31(土) [open_end]")),
    ("2月1日以後", Exprs("Single: ?-2-1 [open_end]")),
    ("2月1日(日)22:00以降", Exprs("Single: ?-2-1(日) 22:00 [open_end]")),
    ("1月31日(土)以降、終日配信されます", Exprs("Single: ?-1-31(土) [open_end all_day]")),
    ("令和6年12月2日以降の医療機関", Exprs("Single: 2024(R6)-12-2 [open_end attributive]")),
    ("2026年1月19日以降の受付分", Exprs("Single: 2026-1-19 [open_end attributive]")),
    ("1月19日(月)から配信を開始", Exprs("Single: ?-1-19(月) [open_end]")),
    ("2026年1月19日(月)10:00から", Exprs("Single: 2026-1-19(月) 10:00 [open_end]")),
    ("2月1日(土)から3日間", Exprs("Single: ?-2-1(土)")),
    // まで alone: until
    ("2026年1月30日(金)まで", Exprs("Single: 2026-1-30(金) [until]")),
    ("2026年1月30日(金)までにバージョンアップ", Exprs("Single: 2026-1-30(金) [until]")),
    ("1月30日迄", Exprs("Single: ?-1-30 [until]")),
    ("22:00まで", Exprs("Single: 22:00 [until]")),
    // 終日
    ("2月1日(日) 終日", Exprs("Single: ?-2-1(日) [all_day]")),
    ("2月1日(日)終日", Exprs("Single: ?-2-1(日) [all_day]")),
    ("終日 2月1日(日)", Exprs("Single: ?-2-1(日) [all_day]")),
    // 各日 / 毎日: daily
    ("各日20時～翌日5時", Exprs("Range: 20:00 .. 5:00+1d [daily]")),
    ("各日 20:00~翌5:00", Exprs("Range: 20:00 .. 5:00+1d [daily]")),
    ("毎日22:00~翌6:00", Exprs("Range: 22:00 .. 6:00+1d [daily]")),
    ("各日20時から翌日5時まで", Exprs("Range: 20:00 .. 5:00+1d [daily]")),
    // (予定)
    ("2月1日(土) 22:00~23:00（予定）", Exprs("Range: ?-2-1(土) 22:00 .. 23:00 [tentative]")),
    ("22:00~23:00予定", Exprs("Range: 22:00 .. 23:00 [tentative]")),
    ("3月20日(金)(予定)", Exprs("Single: ?-3-20(金) [tentative]")),
    (
        "令和7年2月1日(土) 22:00~2月2日(日) 0:30(予定)",
        Exprs("Range: 2025(R7)-2-1(土) 22:00 .. ?-2-2(日) 0:30 [tentative]"),
    ),
    // 頃
    ("2月2日(日)10時頃", Exprs("Single: ?-2-2(日) 10:00頃")),
    ("10時頃", Exprs("Single: 10:00頃")),
    // points
    ("2月2日(日)の10時", Exprs("Single: ?-2-2(日) 10:00")),
    ("正午", Exprs("Single: 12:00")),
    ("5月6日（水・振休）", Exprs("Single: ?-5-6(水・祝)")),
    // nothing
    ("24時間対応", Exprs("")),
    ("1~2回", Exprs("")),
    ("30日", Exprs("")),
];

const LISTS_AND_EXCLUSIONS: &[Row] = &[
    ("2月1日・2日", Exprs("List: ?-2-1, ?-?-2")),
    ("2月1日(日)・2日(月)", Exprs("List: ?-2-1(日), ?-?-2(月)")),
    ("2月1日、2日、3日", Exprs("List: ?-2-1, ?-?-2, ?-?-3")),
    ("2月1日及び2月8日", Exprs("List: ?-2-1, ?-2-8")),
    ("令和8年5月・6月", Exprs("List: 2026(R8)-5-?, ?-6-?")),
    (
        "2026年1月19日(月)~30日(金)(ただし25日(日)を除く)",
        Exprs("Range: 2026-1-19(月) .. ?-?-30(金) except{?-?-25(日)}"),
    ),
    (
        "1月19日（月）～30日（金）（ただし25日（日）を除く）",
        Exprs("Range: ?-1-19(月) .. ?-?-30(金) except{?-?-25(日)}"),
    ),
    ("1月19日(月)~30日(金)ただし25日を除く", Exprs("Range: ?-1-19(月) .. ?-?-30(金) except{?-?-25}")),
    (
        "1月19日(月)~30日(金)(24日(土)・25日(日)を除く)",
        Exprs("Range: ?-1-19(月) .. ?-?-30(金) except{?-?-24(土), ?-?-25(日)}"),
    ),
    (
        "1月19日(月)～30日(金)(ただし、25日(日)及び26日(月)を除く)",
        Exprs("Range: ?-1-19(月) .. ?-?-30(金) except{?-?-25(日), ?-?-26(月)}"),
    ),
    ("1月19日(月)～30日(金)(ただし25日(日)を除く。)", Exprs("Range: ?-1-19(月) .. ?-?-30(金) except{?-?-25(日)}")),
    (
        "1月19日(月)から配信を開始し、同月30日(金)まで(25日(日)を除く。)、各日20時~翌日5時までの間に配信を行います。",
        Exprs("Range: ?-1-19(月) .. ?-同-30(金) except{?-?-25(日)} || Range: 20:00 .. 5:00+1d [daily]"),
    ),
];

// ---------------------------------------------------------------------------------------
// Year inference for year-less dates.
// ---------------------------------------------------------------------------------------
const INFER: &[Row] = &[
    // a failure on 2024-02-29 (a Thursday) reported the next day: the neighbouring leap year
    ("2月29日(木)", Infer("2024-03-01", Some((2024, preferred(2028))))),
    // a December notice about January means next year
    ("1月19日(月)", Infer("2025-12-24", Some((2026, CONFIRMED)))),
    ("1月19日", Infer("2025-12-24", Some((2026, CONFIRMED)))),
    ("1月5日(月)", Infer("2025-12-10", Some((2026, CONFIRMED)))),
    // the weekday confirms the plain rule
    ("2月2日(日)", Infer("2025-01-30", Some((2025, CONFIRMED)))),
    ("12月24日(水)", Infer("2025-12-24", Some((2025, CONFIRMED)))),
    ("2月1日(日)", Infer("2026-01-10", Some((2026, CONFIRMED)))),
    // no weekday, earlier month: next year
    ("3月1日", Infer("2025-06-01", Some((2026, CONFIRMED)))),
    // the weekday prefers the previous year (a past event reported shortly after)
    ("1月4日(土)", Infer("2025-01-10", Some((2025, preferred(2026))))),
    ("12月23日(火)", Infer("2025-12-24", Some((2025, preferred(2026))))),
    ("12月28日(土)", Infer("2025-01-02", Some((2024, preferred(2025))))),
    // the weekday prefers the following year
    ("12月25日(金)", Infer("2025-12-24", Some((2026, preferred(2025))))),
    // the weekday fits no nearby year
    ("1月19日(木)", Infer("2025-12-24", Some((2026, MISMATCH)))),
    ("1月19日(日)", Infer("2025-12-24", Some((2026, MISMATCH)))),
    // 2月29日 needs a leap year
    ("2月29日", Infer("2025-03-01", Some((2028, CONFIRMED)))),
    ("2月29日", Infer("2024-01-15", Some((2024, CONFIRMED)))),
    ("2月29日(木)", Infer("2024-01-15", Some((2024, CONFIRMED)))),
    ("2月29日(土)", Infer("2025-03-01", Some((2028, MISMATCH)))),
    // no such day in any year
    ("2月30日", Infer("2025-03-01", None)),
];

/// Every group of the main table.
const GROUPS: &[(&str, &[Row])] = &[
    ("era dates", ERA_DATES),
    ("abbreviated era dates", ABBREV_DATES),
    ("western dates", WESTERN_DATES),
    ("date tokens", DATE_TOKENS),
    ("weekdays", WEEKDAYS),
    ("times", TIMES),
    ("not times", NOT_TIMES),
    ("time tokens", TIME_TOKENS),
    ("ranges", RANGES),
    ("qualifiers", QUALIFIERS),
    ("lists and exclusions", LISTS_AND_EXCLUSIONS),
    ("year inference", INFER),
];

// ---------------------------------------------------------------------------------------
// Rendering and checking.
// ---------------------------------------------------------------------------------------

fn era_letter(e: Era) -> char {
    e.letter()
}

/// `2025(R7)-1-31(金)`, `?-同-30`, `2026-1-12(月・祝)`.
fn render_date(d: &DateTok) -> String {
    let y = match d.year {
        None => "?".to_string(),
        Some(y) => match y.era {
            Some((e, n)) => format!("{}({}{})", y.value, era_letter(e), n),
            None => y.value.to_string(),
        },
    };
    let m = match d.month {
        None => "?".to_string(),
        Some(MonthRef::Month(m)) => m.to_string(),
        Some(MonthRef::Same) => "同".to_string(),
    };
    let day = match d.day {
        None => "?".to_string(),
        Some(DayRef::Day(x)) => x.to_string(),
        Some(DayRef::Same) => "同".to_string(),
    };
    let wd = match (d.weekday, d.holiday) {
        (Some(w), false) => format!("({})", tsuchi::datetime::weekday_kanji(w)),
        (Some(w), true) => format!("({}・祝)", tsuchi::datetime::weekday_kanji(w)),
        (None, true) => "(祝)".to_string(),
        (None, false) => String::new(),
    };
    format!("{y}-{m}-{day}{wd}")
}

/// `22:30`, `5:00+1d`, `10:00頃`.
fn render_time(t: &TimeTok) -> String {
    format!("{}:{:02}{}{}", t.hour, t.minute, if t.next_day { "+1d" } else { "" }, if t.approx { "頃" } else { "" })
}

fn form_name(f: DateForm) -> String {
    format!("{f:?}")
}

fn render_tokens(text: &str) -> String {
    scan(text)
        .iter()
        .map(|t| match t {
            Token::Date(d) => format!("{} {}", form_name(d.form), render_date(d)),
            Token::Time(t) => render_time(t),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn render_expr(e: &Expression) -> String {
    let points: Vec<String> = e
        .points
        .iter()
        .map(|p| {
            let mut parts = Vec::new();
            if let Some(d) = &p.date {
                parts.push(render_date(d));
            }
            if let Some(t) = &p.time {
                parts.push(render_time(t));
            }
            parts.join(" ")
        })
        .collect();
    let sep = match e.shape {
        Shape::Range => " .. ",
        Shape::List => ", ",
        Shape::Single => " & ",
    };
    let mut s = format!("{:?}: {}", e.shape, points.join(sep));
    let flags: Vec<&str> = [
        (e.open_end, "open_end"),
        (e.until, "until"),
        (e.all_day, "all_day"),
        (e.daily, "daily"),
        (e.tentative, "tentative"),
        (e.attributive, "attributive"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, n)| *n)
    .collect();
    if !flags.is_empty() {
        s += &format!(" [{}]", flags.join(" "));
    }
    if !e.except.is_empty() {
        let ex: Vec<String> = e.except.iter().map(render_date).collect();
        s += &format!(" except{{{}}}", ex.join(", "));
    }
    s
}

fn render_exprs(text: &str) -> String {
    expressions(text).iter().map(render_expr).collect::<Vec<_>>().join(" || ")
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("bad date in table: {y}-{m}-{d}"))
}

/// Check one row; `Err` names the input, the expectation and what the engine returned.
fn check(input: &str, want: Want) -> Result<(), String> {
    let norm = normalize(input);
    let text = norm.text();
    let fail = |got: String| Err(format!("input {input:?} (normalised {text:?}): want {want:?}, got {got}"));
    match want {
        Date(y, m, d) => {
            let got = parse_date(input);
            if got != Some(ymd(y, m, d)) {
                return fail(format!("{got:?}"));
            }
        }
        NoDate => {
            let got = parse_date(input);
            if got.is_some() {
                return fail(format!("{got:?}"));
            }
        }
        Time(h, m) => {
            let got = parse_time(input);
            if got != Some((h, m)) {
                return fail(format!("{got:?}"));
            }
        }
        NoTime => {
            let got = parse_time(input);
            if got.is_some() {
                return fail(format!("{got:?}"));
            }
        }
        Toks(w) => {
            let got = render_tokens(text);
            if got != w {
                return fail(format!("{got:?}"));
            }
        }
        Exprs(w) => {
            let got = render_exprs(text);
            if got != w {
                return fail(format!("{got:?}"));
            }
        }
        Infer(reference, w) => {
            let reference = NaiveDate::parse_from_str(reference, "%Y-%m-%d")
                .unwrap_or_else(|e| panic!("bad reference date {reference:?} for {input:?}: {e}"));
            let tok = scan(text).into_iter().find_map(|t| match t {
                Token::Date(d) => Some(d),
                Token::Time(_) => None,
            });
            let Some(tok) = tok else {
                return fail("no date token".to_string());
            };
            let (Some(MonthRef::Month(m)), Some(DayRef::Day(d))) = (tok.month, tok.day) else {
                return fail(format!("token without month and day: {}", render_date(&tok)));
            };
            let got = infer_year(m, d, tok.weekday, reference);
            if got != w {
                return fail(format!("{got:?}"));
            }
        }
    }
    Ok(())
}

fn main_rows() -> impl Iterator<Item = (&'static str, &'static Row)> {
    GROUPS.iter().flat_map(|(g, rows)| rows.iter().map(move |r| (*g, r)))
}

#[test]
fn table_has_at_least_220_rows() {
    let n = main_rows().count();
    assert!(n >= 220, "the table shrank to {n} rows (want at least 220)");
}

#[test]
fn table() {
    let mut failures = Vec::new();
    for (group, (input, want)) in main_rows() {
        if let Err(msg) = check(input, *want) {
            failures.push(format!("[{group}] {msg}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), main_rows().count(), failures.join("\n"));
}

#[test]
fn no_input_is_duplicated_within_a_group() {
    for (group, rows) in GROUPS {
        for (i, (a, wa)) in rows.iter().enumerate() {
            for (b, wb) in &rows[i + 1..] {
                assert!(!(a == b && format!("{wa:?}") == format!("{wb:?}")), "[{group}] row {a:?} appears twice");
            }
        }
    }
}
