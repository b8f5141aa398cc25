//! The token scanner: every date and time written in a line, with its span.
//!
//! The grammar is small nom parsers, one per surface form, tried at each character
//! boundary that does not sit inside a number. A date token keeps what was *written*
//! (an era year, a year-less `M月D日`, a bare day `30日`, `同月`, `同日`) and leaves what
//! was not to later stages: the year of a year-less date is inferred by the resolver from
//! the enclosing document's date, and a bare day only means something next to another
//! date (`2月1日・2日`, `19日～30日`), which the expression layer decides.
//!
//! The scanner runs on normalised text: digits are ASCII, brackets are `(` `)`, wave
//! dashes are `~`. It never panics and never allocates per character.

use chrono::Weekday;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char as ch, one_of};
use nom::combinator::{opt, value};
use nom::{IResult, Parser};

use super::era::Era;
use super::numerals::{ascii_number, number};

/// A year as written: western, or an era year with its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Year {
    /// The western year.
    pub value: i32,
    /// The era and year-in-era, when written as an era year (`令和7年`, `R7`).
    pub era: Option<(Era, u32)>,
}

/// The month of a date token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum MonthRef {
    /// A month number 1–12.
    Month(u32),
    /// `同月`: the month of the date before it.
    Same,
}

/// The day of a date token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum DayRef {
    /// A day number 1–31.
    Day(u32),
    /// `同日`: the day of the date before it.
    Same,
}

/// Which surface form a date token was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateForm {
    /// `令和7年1月30日`
    Era,
    /// `R7.1.31`, `H31年4月1日`
    EraAbbrev,
    /// `2026年1月19日`, `二〇二五年十二月二十四日`
    Western,
    /// `2025/2/1`, `2025.2.1`, `2025-02-01`
    Numeric,
    /// `2月2日`, `十二月二十四日`
    MonthDay,
    /// `1/19(月)`
    Slash,
    /// `同月30日`
    SameMonth,
    /// `30日`: only meaningful after another date
    DayOnly,
    /// `同日`
    SameDay,
    /// `令和8年5月`, `2026年1月`, `R7.4`: a month, no day
    YearMonth,
    /// `5月`, `6月`: a month alone (after a year-month, in lists)
    MonthOnly,
}

/// A date as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct DateTok {
    /// Byte span in the scanned text.
    pub start: usize,
    /// End of the span (exclusive), including a weekday bracket.
    pub end: usize,
    /// The year, when written.
    pub year: Option<Year>,
    /// The month, when written.
    pub month: Option<MonthRef>,
    /// The day, when written (None for year-month and month-only tokens).
    pub day: Option<DayRef>,
    /// The weekday given in brackets, if any.
    #[serde(skip)]
    pub weekday: Option<Weekday>,
    /// The bracket also named a holiday (`（月・祝）`).
    pub holiday: bool,
    /// The surface form.
    pub form: DateForm,
}

/// A time of day as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct TimeTok {
    /// Byte span in the scanned text.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// Hour 0–24 (24 only as `24:00`, the next day's midnight).
    pub hour: u32,
    /// Minute 0–59.
    pub minute: u32,
    /// `翌日`/`翌朝`/`翌`: the day after the date it belongs to.
    pub next_day: bool,
    /// `頃`/`ごろ`: approximate.
    pub approx: bool,
}

/// One token: a date or a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    /// A date (possibly partial).
    Date(DateTok),
    /// A time of day.
    Time(TimeTok),
}

impl Token {
    /// The same token in a text that starts `by` bytes later (a line's token in a unit whose
    /// marker was cut off).
    pub fn shifted_back(&self, by: usize) -> Token {
        match *self {
            Token::Date(d) => Token::Date(DateTok { start: d.start - by, end: d.end - by, ..d }),
            Token::Time(t) => Token::Time(TimeTok { start: t.start - by, end: t.end - by, ..t }),
        }
    }

    /// Start of the token's span.
    pub fn start(&self) -> usize {
        match self {
            Token::Date(d) => d.start,
            Token::Time(t) => t.start,
        }
    }
    /// End of the token's span.
    pub fn end(&self) -> usize {
        match self {
            Token::Date(d) => d.end,
            Token::Time(t) => t.end,
        }
    }
}

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

fn sp(i: &str) -> Res<'_, ()> {
    let n = i.bytes().take_while(|&b| b == b' ').count();
    Ok((&i[n..], ()))
}

fn era_name(i: &str) -> Res<'_, Era> {
    alt((
        value(Era::Meiji, tag("明治")),
        value(Era::Taisho, tag("大正")),
        value(Era::Showa, tag("昭和")),
        value(Era::Heisei, tag("平成")),
        value(Era::Reiwa, tag("令和")),
    ))
    .parse(i)
}

/// `元` or a year in the era: 1 to 99 (ASCII or kanji).
fn era_year_number(i: &str) -> Res<'_, u32> {
    let (r, n) = alt((value(1, tag("元")), number(2))).parse(i)?;
    if (1..=99).contains(&n) { Ok((r, n)) } else { fail(i) }
}

fn month_num(i: &str) -> Res<'_, u32> {
    let (r, m) = number(2)(i)?;
    if (1..=12).contains(&m) { Ok((r, m)) } else { fail(i) }
}

fn day_num(i: &str) -> Res<'_, u32> {
    let (r, d) = number(2)(i)?;
    if (1..=31).contains(&d) { Ok((r, d)) } else { fail(i) }
}

/// `日` that ends a date, not the start of `日間`, `日以内`, `日程度`…
fn day_suffix(i: &str) -> Res<'_, ()> {
    let (r, _) = tag("日")(i)?;
    const NOT_AFTER: [&str; 11] = ["間", "以内", "程度", "目", "分", "ごと", "毎", "前", "後", "連続", "弱"];
    if NOT_AFTER.iter().any(|s| r.starts_with(s)) {
        return fail(i);
    }
    Ok((r, ()))
}

/// `月` that ends a month, not the start of `月間`, `月曜`, `月末`…
fn month_suffix(i: &str) -> Res<'_, ()> {
    let (r, _) = tag("月")(i)?;
    const NOT_AFTER: [&str; 5] = ["間", "曜", "以内", "程度", "ごと"];
    if NOT_AFTER.iter().any(|s| r.starts_with(s)) {
        return fail(i);
    }
    Ok((r, ()))
}

/// `(日)`, `(日曜日)`, `(月・祝)`, `(祝)`.
fn weekday_bracket(i: &str) -> Res<'_, (Option<Weekday>, bool)> {
    let (r, _) = sp(i)?;
    let (r, _) = ch('(')(r)?;
    let (r, _) = sp(r)?;
    let (r, wd) = opt(weekday_name).parse(r)?;
    let (r, _) = sp(r)?;
    let (r, holiday) = if wd.is_some() {
        let (r, h) = opt((one_of("・,、 "), sp, holiday_name)).parse(r)?;
        (r, h.is_some())
    } else {
        let (r, _) = holiday_name(r)?;
        (r, true)
    };
    let (r, _) = sp(r)?;
    let (r, _) = ch(')')(r)?;
    Ok((r, (wd, holiday)))
}

fn weekday_name(i: &str) -> Res<'_, Weekday> {
    let (r, wd) = alt((
        value(Weekday::Mon, tag("月")),
        value(Weekday::Tue, tag("火")),
        value(Weekday::Wed, tag("水")),
        value(Weekday::Thu, tag("木")),
        value(Weekday::Fri, tag("金")),
        value(Weekday::Sat, tag("土")),
        value(Weekday::Sun, tag("日")),
    ))
    .parse(i)?;
    let (r, _) = opt(alt((tag("曜日"), tag("曜")))).parse(r)?;
    Ok((r, wd))
}

fn holiday_name(i: &str) -> Res<'_, ()> {
    value((), alt((tag("祝日"), tag("祝"), tag("休日"), tag("振替休日"), tag("振休"), tag("休")))).parse(i)
}

fn with_weekday(i: &str) -> Res<'_, (Option<Weekday>, bool)> {
    match weekday_bracket(i) {
        Ok((r, v)) => Ok((r, v)),
        Err(_) => Ok((i, (None, false))),
    }
}

struct Parsed {
    year: Option<Year>,
    month: Option<MonthRef>,
    day: Option<DayRef>,
    form: DateForm,
}

/// `令和7年1月30日`, `令和元年5月1日`, `平成31年`, `令和8年5月`
fn era_date(i: &str) -> Res<'_, Parsed> {
    let (r, era) = era_name(i)?;
    let (r, _) = sp(r)?;
    let (r, n) = era_year_number(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = tag("年")(r)?;
    let year = Year { value: era.western_year(n), era: Some((era, n)) };
    // 令和7年(2025年)12月24日, 令和八年(二〇二五年)…: the western year in brackets repeats the era year
    let r = match (ch::<_, nom::error::Error<&str>>('('), western_year_value, tag("年"), ch(')')).parse(r) {
        Ok((r2, (_, w, _, _))) if w == year.value => r2,
        _ => r,
    };
    if let Ok((r2, (m, d))) = month_day_body(r) {
        return Ok((
            r2,
            Parsed {
                year: Some(year),
                month: Some(MonthRef::Month(m)),
                day: d,
                form: if d.is_some() { DateForm::Era } else { DateForm::YearMonth },
            },
        ));
    }
    fail(i)
}

/// `M月D日` or `M月` after optional spaces.
fn month_day_body(i: &str) -> Res<'_, (u32, Option<DayRef>)> {
    let (r, _) = sp(i)?;
    let (r, m) = month_num(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = month_suffix(r)?;
    let (r2, _) = sp(r)?;
    match (day_num, sp, day_suffix).parse(r2) {
        Ok((r3, (d, _, _))) => Ok((r3, (m, Some(DayRef::Day(d))))),
        Err(_) => Ok((r, (m, None))),
    }
}

/// `R7.1.31`, `R7.4`, `H31年4月1日`, `R7/1/31`
fn abbrev_era_date(i: &str) -> Res<'_, Parsed> {
    let (r, letter) = one_of("RHSTMrh")(i)?;
    let era = Era::from_name(&letter.to_string())
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))?;
    let (r, n) = alt((value(1, tag("元")), ascii_number(2))).parse(r)?;
    let year = Year { value: era.western_year(n), era: Some((era, n)) };
    // R7年1月31日
    if let Ok((r2, _)) = tag::<_, _, nom::error::Error<&str>>("年")(r) {
        let (r3, (m, d)) = month_day_body(r2)?;
        let form = if d.is_some() { DateForm::EraAbbrev } else { DateForm::YearMonth };
        return Ok((r3, Parsed { year: Some(year), month: Some(MonthRef::Month(m)), day: d, form }));
    }
    let (r, sep) = one_of("./")(r)?;
    let (r, m) = month_num(r)?;
    let (r, d) = opt((ch(sep), day_num)).parse(r)?;
    if r.starts_with(|c: char| c.is_ascii_digit() || c == sep) {
        return fail(i);
    }
    let form = if d.is_some() { DateForm::EraAbbrev } else { DateForm::YearMonth };
    Ok((r, Parsed { year: Some(year), month: Some(MonthRef::Month(m)), day: d.map(|(_, d)| DayRef::Day(d)), form }))
}

fn western_year_value(i: &str) -> Res<'_, i32> {
    let (r, y) = alt((ascii_number(4), super::numerals::kanji_number)).parse(i)?;
    let consumed = i.len() - r.len();
    let four = i[..consumed].chars().count() == 4 || y >= 1000;
    if four && (1800..=2200).contains(&y) { Ok((r, y as i32)) } else { fail(i) }
}

/// `2026年1月19日`, `2025年12月`, `二〇二五年十二月二十四日`, `2025年(令和7年)12月24日`
fn western_date(i: &str) -> Res<'_, Parsed> {
    let (r, y) = western_year_value(i)?;
    let (r, _) = sp(r)?;
    let (r, _) = tag("年")(r)?;
    // 2025年(令和7年)12月24日: the era year in brackets repeats the western year
    let mut bracketed = (ch::<_, nom::error::Error<&str>>('('), era_name, sp, era_year_number, sp, tag("年"), ch(')'));
    let r = match bracketed.parse(r) {
        Ok((r2, (_, era, _, n, _, _, _))) if era.western_year(n) == y => r2,
        _ => r,
    };
    let (r, (m, d)) = month_day_body(r)?;
    let form = if d.is_some() { DateForm::Western } else { DateForm::YearMonth };
    Ok((r, Parsed { year: Some(Year { value: y, era: None }), month: Some(MonthRef::Month(m)), day: d, form }))
}

/// `2025/2/1`, `2025.2.1`, `2025-02-01`
fn numeric_date(i: &str) -> Res<'_, Parsed> {
    let (r, y) = ascii_number(4)(i)?;
    if !(1800..=2200).contains(&y) || i.len() - r.len() != 4 {
        return fail(i);
    }
    let (r, sep) = one_of("/.-")(r)?;
    let (r, m) = month_num(r)?;
    let (r, _) = ch(sep)(r)?;
    let (r, d) = day_num(r)?;
    if r.starts_with(|c: char| c.is_ascii_digit() || c == sep) {
        return fail(i);
    }
    Ok((
        r,
        Parsed {
            year: Some(Year { value: y as i32, era: None }),
            month: Some(MonthRef::Month(m)),
            day: Some(DayRef::Day(d)),
            form: DateForm::Numeric,
        },
    ))
}

/// `2月2日`, `十二月二十四日`, `5月` (month only)
fn month_day(i: &str) -> Res<'_, Parsed> {
    let (r, (m, d)) = month_day_body(i)?;
    let form = if d.is_some() { DateForm::MonthDay } else { DateForm::MonthOnly };
    Ok((r, Parsed { year: None, month: Some(MonthRef::Month(m)), day: d, form }))
}

/// `同月30日`
fn same_month(i: &str) -> Res<'_, Parsed> {
    let (r, _) = tag("同月")(i)?;
    let (r, _) = sp(r)?;
    let (r, d) = day_num(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = day_suffix(r)?;
    Ok((r, Parsed { year: None, month: Some(MonthRef::Same), day: Some(DayRef::Day(d)), form: DateForm::SameMonth }))
}

/// `同日`
fn same_day(i: &str) -> Res<'_, Parsed> {
    let (r, _) = tag("同日")(i)?;
    Ok((r, Parsed { year: None, month: None, day: Some(DayRef::Same), form: DateForm::SameDay }))
}

/// `30日`
fn day_only(i: &str) -> Res<'_, Parsed> {
    let (r, d) = day_num(i)?;
    let (r, _) = sp(r)?;
    let (r, _) = day_suffix(r)?;
    Ok((r, Parsed { year: None, month: None, day: Some(DayRef::Day(d)), form: DateForm::DayOnly }))
}

/// `1/19(月)`: only with a weekday or a time after it, so ratios and fractions stay out;
/// `10.4(日)` (the end of `2026.10.3(土) 18:00 - 10.4(日) 8:00`) only with a weekday, so
/// decimals and version numbers stay out.
fn slash_date(i: &str) -> Res<'_, Parsed> {
    let (r, m) = month_num(i)?;
    let (r, sep) = one_of("/.")(r)?;
    let (r, d) = day_num(r)?;
    if r.starts_with(|c: char| c.is_ascii_digit() || c == '/' || c == '.') {
        return fail(i);
    }
    let has_weekday = weekday_bracket(r).is_ok();
    let has_time = sep == '/' && {
        let (r2, _) = sp(r)?;
        time(r2).is_ok()
    };
    if !(has_weekday || has_time) {
        return fail(i);
    }
    Ok((r, Parsed { year: None, month: Some(MonthRef::Month(m)), day: Some(DayRef::Day(d)), form: DateForm::Slash }))
}

/// `翌16日`: the next day, named by its day of month.
fn next_day_only(i: &str) -> Res<'_, Parsed> {
    let (r, _) = tag("翌")(i)?;
    day_only(r)
}

/// `翌11月1日`: the next day, named by its month and day (the `翌` says nothing more).
fn next_day_month_day(i: &str) -> Res<'_, Parsed> {
    let (r, _) = tag("翌")(i)?;
    month_day(r)
}

fn date(i: &str) -> Res<'_, Parsed> {
    alt((
        era_date,
        abbrev_era_date,
        western_date,
        numeric_date,
        same_month,
        same_day,
        month_day,
        slash_date,
        next_day_only,
        next_day_month_day,
        day_only,
    ))
    .parse(i)
}

/// A time of day with its prefixes and suffix; returns (hour, minute, next_day, approx).
pub(crate) fn time(i: &str) -> Res<'_, (u32, u32, bool, bool)> {
    let (r, next) = opt(alt((tag("翌日の"), tag("翌朝の"), tag("翌日"), tag("翌朝"), tag("翌")))).parse(i)?;
    let (r, _) = sp(r)?;
    let (r, half) = opt(alt((
        value(0u8, alt((tag("午前"), tag("AM"), tag("am"), tag("a.m.")))),
        value(1u8, alt((tag("午後"), tag("PM"), tag("pm"), tag("p.m.")))),
        // 深夜0時, 深夜2時: the small hours; 夜10時: the evening; 朝6時, 早朝5時: the morning
        value(2u8, alt((tag("深夜"), tag("未明")))),
        value(3u8, alt((tag("夜間"), tag("夜")))),
        value(4u8, alt((tag("早朝"), tag("朝")))),
    )))
    .parse(r)?;
    // `未明の4時`, `深夜の2時`: a part of the night, then its hour
    let (r, _) = match half {
        Some(2..) => opt(tag("の")).parse(r)?,
        _ => (r, None),
    };
    let (r, _) = sp(r)?;
    let (r, (mut h, m)) = alt((clock, kanji_clock, value((12, 0), tag("正午")))).parse(r)?;
    // 午前12時 is noon and 午後12時 midnight (the 24:00 that ends a day), as the legal
    // convention has it; 午前0時 and 午後0時 are midnight and noon
    match half {
        Some(1) if h < 12 => h += 12,
        Some(1) if h == 12 => h = 24,
        Some(0 | 1) if h > 12 => return fail(i),
        Some(2) if h == 12 || h == 24 => h = 0,
        Some(3) if (6..12).contains(&h) => h += 12,
        _ => {}
    }
    if h > 24 || (h == 24 && m != 0) || m > 59 {
        return fail(i);
    }
    let (r2, _) = sp(r)?;
    let (r, approx) = match alt((tag::<_, _, nom::error::Error<&str>>("頃"), tag("ごろ"))).parse(r2) {
        Ok((r3, _)) => (r3, true),
        Err(_) => (r, false),
    };
    Ok((r, (h, m, next.is_some(), approx)))
}

/// `22:00`, `9:05:00`
fn clock(i: &str) -> Res<'_, (u32, u32)> {
    let (r, h) = ascii_number(2)(i)?;
    let (r, _) = ch(':')(r)?;
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 2 {
        return fail(i);
    }
    let (r, m) = ascii_number(2)(r)?;
    // optional seconds
    let r = match (ch::<_, nom::error::Error<&str>>(':'), ascii_number(2)).parse(r) {
        Ok((r2, _)) => r2,
        Err(_) => r,
    };
    if r.starts_with(|c: char| c.is_ascii_digit() || c == ':') {
        return fail(i);
    }
    Ok((r, (h, m)))
}

/// `22時`, `22時30分`, `9時半`, `二十時`
fn kanji_clock(i: &str) -> Res<'_, (u32, u32)> {
    let (r, h) = number(2)(i)?;
    let (r, _) = sp(r)?;
    let (r, _) = tag("時")(r)?;
    if r.starts_with('間') || r.starts_with('点') || r.starts_with("限") {
        return fail(i);
    }
    let (r2, _) = sp(r)?;
    if let Ok((r3, _)) = tag::<_, _, nom::error::Error<&str>>("半")(r2) {
        return Ok((r3, (h, 30)));
    }
    match (number(2), sp, tag("分")).parse(r2) {
        Ok((r3, (m, _, _))) if !r3.starts_with('間') => Ok((r3, (h, m))),
        _ => Ok((r, (h, 0))),
    }
}

fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit() || super::numerals::kanji_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

/// Scan a line for date and time tokens, left to right, without overlap.
///
/// ```
/// use tsuchi::datetime::{scan, Token};
/// let toks = scan("令和7年2月1日(土) 22:00~2月2日(日) 0:30(予定)");
/// assert_eq!(toks.len(), 4);
/// match toks[0] {
///     Token::Date(d) => assert_eq!(d.year.map(|y| y.value), Some(2025)),
///     _ => panic!(),
/// }
/// ```
pub fn scan(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut pos = 0;
    // what the character before `pos` was: a numeral, an ASCII letter or digit
    let (mut prev_numeral, mut prev_alnum) = (false, false);
    // the character before is the dot of an abbreviation (`Ver.`, `No.`)
    let (mut prev_letter, mut after_abbrev) = (false, false);
    while pos < text.len() {
        let rest = &text[pos..];
        let Some(c) = rest.chars().next() else { break };
        let (numeral, start) = char_facts(c);
        // never start inside a number or a Latin word (KB0011769, H31 inside "CH31"), nor
        // right after an abbreviation's dot (`Ver.2.1`)
        let inside = (prev_numeral && numeral) || (prev_alnum && c.is_ascii_alphabetic()) || after_abbrev;
        (after_abbrev, prev_letter) = (c == '.' && prev_letter, c.is_ascii_alphabetic());
        if !inside
            && start
            && let Some((len, tok)) = try_at(rest, pos)
        {
            out.push(tok);
            let last = text[..pos + len].chars().next_back();
            prev_numeral = last.is_some_and(is_numeral_char);
            prev_alnum = last.is_some_and(|p| p.is_ascii_alphanumeric());
            pos += len;
            continue;
        }
        (prev_numeral, prev_alnum) = (numeral, c.is_ascii_alphanumeric());
        pos += c.len_utf8();
    }
    out
}

/// Whether `c` is a numeral, and whether a token can begin with it, decided once per
/// character; kana (most of a Japanese line) are neither, at the cost of one comparison.
fn char_facts(c: char) -> (bool, bool) {
    if c.is_ascii() {
        let digit = c.is_ascii_digit();
        return (digit, digit || matches!(c, 'R' | 'H' | 'S' | 'T' | 'M' | 'r' | 'h' | 'A' | 'P' | 'a' | 'p'));
    }
    if ('\u{3040}'..='\u{30FF}').contains(&c) {
        return (false, false);
    }
    let numeral = is_numeral_char(c);
    (numeral, numeral || can_start(c))
}

/// Whether a token can begin with `c`: a numeral, an era, an era letter, or a word that
/// opens a date or time (同月, 同日, 翌日, 午前, 正午, AM). Checking this first spares the
/// parsers almost every position of a line.
fn can_start(c: char) -> bool {
    is_numeral_char(c)
        || matches!(
            c,
            '明' | '大'
                | '昭'
                | '平'
                | '令'
                | 'R'
                | 'H'
                | 'S'
                | 'T'
                | 'M'
                | 'r'
                | 'h'
                | '同'
                | '翌'
                | '午'
                | '正'
                | 'A'
                | 'P'
                | 'a'
                | 'p'
                | '元'
                | '深'
                | '未'
                | '夜'
                | '早'
                | '朝'
        )
}

fn try_at(rest: &str, pos: usize) -> Option<(usize, Token)> {
    // A time first when it is prefixed (翌日5時 would otherwise not be a date anyway);
    // dates first otherwise, since `2月2日` must not read as a time.
    if let Ok((r, p)) = date(rest) {
        let (r, (weekday, holiday)) = with_weekday(r).ok()?;
        let len = rest.len() - r.len();
        // A bare day or month needs something after or before it to be a date;
        // a year-less 5月 alone is still a month token (lists like 5月・6月).
        let tok = DateTok {
            start: pos,
            end: pos + len,
            year: p.year,
            month: p.month,
            day: p.day,
            weekday,
            holiday,
            form: p.form,
        };
        return Some((len, Token::Date(tok)));
    }
    if let Ok((r, (hour, minute, next_day, approx))) = time(rest) {
        let len = rest.len() - r.len();
        return Some((len, Token::Time(TimeTok { start: pos, end: pos + len, hour, minute, next_day, approx })));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    type Seen = (Option<i32>, Option<MonthRef>, Option<DayRef>, DateForm);

    fn dates(s: &str) -> Vec<Seen> {
        scan(s)
            .into_iter()
            .filter_map(|t| match t {
                Token::Date(d) => Some((d.year.map(|y| y.value), d.month, d.day, d.form)),
                _ => None,
            })
            .collect()
    }

    fn times(s: &str) -> Vec<(u32, u32, bool, bool)> {
        scan(s)
            .into_iter()
            .filter_map(|t| match t {
                Token::Time(t) => Some((t.hour, t.minute, t.next_day, t.approx)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn no_dates_inside_words_or_numbers() {
        assert!(dates("KB0011769").is_empty());
        assert!(dates("0120-95-0178").is_empty());
        assert!(times("1~2回発生").is_empty());
        assert!(times("24時間対応").is_empty());
        assert!(times("30秒程度").is_empty());
        assert!(dates("3日間").is_empty());
        assert!(dates("毎月").is_empty());
        assert!(dates("月曜日").is_empty());
    }

    #[test]
    fn a_part_of_the_night_then_its_hour() {
        assert_eq!(times("23日(日)未明の4時まで"), [(4, 0, false, false)]);
        assert_eq!(times("深夜の2時30分"), [(2, 30, false, false)]);
        assert_eq!(times("深夜23時から"), [(23, 0, false, false)]);
        assert_eq!(times("夜の10時"), [(22, 0, false, false)]);
        // only a part of the night takes `の`: `午前の` opens no time
        assert!(times("午前の部").is_empty());
    }

    #[test]
    fn month_and_day_with_a_dot_need_a_weekday() {
        let day = |m, d| (None, Some(MonthRef::Month(m)), Some(DayRef::Day(d)), DateForm::Slash);
        assert_eq!(dates("10.4(日) 8:00"), [day(10, 4)]);
        assert_eq!(dates("1/19(月)"), [day(1, 19)]);
        assert_eq!(dates("1/19 10:00"), [day(1, 19)]);
        assert!(dates("10.4 8:00").is_empty(), "a decimal before a time");
        assert!(dates("Ver.2.1(土)").is_empty(), "a version number");
        assert!(dates("1.5倍").is_empty());
    }

    #[test]
    fn the_next_day_named_by_its_month_and_day() {
        let seen = dates("10月31日(土)22:00~翌11月1日(日)6:00");
        let days: Vec<_> = seen.iter().map(|d| (d.1, d.2)).collect();
        assert_eq!(
            days,
            [(Some(MonthRef::Month(10)), Some(DayRef::Day(31))), (Some(MonthRef::Month(11)), Some(DayRef::Day(1)))]
        );
        let t = scan("~翌11月1日(日)");
        assert!(matches!(t[..], [Token::Date(d)] if d.start == 1), "{t:?}");
    }

    #[test]
    fn weekday_spans() {
        let t = scan("令和8年5月24日(日)2:00");
        match t[0] {
            Token::Date(d) => {
                assert_eq!(d.weekday, Some(Weekday::Sun));
                assert_eq!(&"令和8年5月24日(日)2:00"[d.start..d.end], "令和8年5月24日(日)");
            }
            _ => panic!("{t:?}"),
        }
    }
}
