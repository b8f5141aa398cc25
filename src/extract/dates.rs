//! Dates: every date and time expression in the notice, for `dates[]`.
//!
//! Each point the date engine finds (a date, a time, a date with a time, a month) is
//! recorded with its position; the resolver completes year-less dates from the
//! document's date. Two checks belong here because they need only the expression itself:
//! a date written in an era past that era's end (`平成31年5月1日`, `era-out-of-range`), and a
//! date that does not exist (`2月30日`, `invalid-date`). Weekday checks need the year, so
//! the resolver makes them.

use super::Context;
use crate::datetime::{DateForm, DayRef, Era, MonthRef, Point, TimeTok, expressions, scan};
use crate::model::{Diagnostic, Mention};
use chrono::{NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// A date expression before its year is completed.
#[derive(Debug, Clone)]
pub struct RawDate {
    /// The document it is in.
    pub doc: usize,
    /// Western year, if written (or carried from the start of the same range).
    pub year: Option<i32>,
    /// The year came from the range's start, not from this expression.
    pub year_inherited: bool,
    /// Era and era year, if written that way.
    pub era: Option<(Era, u32)>,
    /// Month, if known.
    pub month: Option<u32>,
    /// Day, if written.
    pub day: Option<u32>,
    /// Weekday in brackets.
    pub weekday: Option<Weekday>,
    /// Time, if written.
    pub time: Option<(u32, u32)>,
    /// Where, with the original text.
    pub mention: Mention,
}

/// Date-like text: a number with 年, 月, 日 or 時, or a clock time.
static DATE_LIKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]{1,4} ?(?:年|月|日|時)|[0-9]{1,2}:[0-9]{2}").expect("a valid literal regex"));

/// Words after which a number with 年/月/日/時 is a duration or a count, not a date.
const NOT_A_DATE_AFTER: [&str; 24] = [
    "年度",
    "年間",
    "年以上",
    "年以内",
    "年前",
    "年後",
    "年目",
    "年ぶり",
    "か月",
    "ヶ月",
    "カ月",
    "ケ月",
    "月間",
    "月末",
    "月頃",
    "月中",
    "日間",
    "日以内",
    "日程度",
    "日目",
    "日前",
    "時間",
    "時点",
    "歳",
];

/// Report date-like text that no token covers (`unparsed-datetime`).
fn unparsed(ctx: Context<'_>, unit: &crate::segment::Unit, diags: &mut Vec<Diagnostic>) {
    let text = unit.text.as_str();
    let covered: Vec<(usize, usize)> = scan(text).iter().map(|t| (t.start(), t.end())).collect();
    for m in DATE_LIKE.find_iter(text) {
        // tokens are in order and do not overlap: the first ending after the match start is
        // the only one that can cover it
        let k = covered.partition_point(|(_, e)| *e <= m.start());
        if covered.get(k).is_some_and(|(s, _)| *s < m.end()) {
            continue;
        }
        // inside a longer number, a URL or a phone number: not a date
        let before = text[..m.start()].chars().next_back();
        if before
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.' | ':' | '_' | '=' | '#' | '第'))
        {
            continue;
        }
        let digits_end = m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit()).len();
        let after = &text[m.start() + digits_end..];
        let after = after.trim_start();
        if NOT_A_DATE_AFTER.iter().any(|w| after.starts_with(w)) {
            continue;
        }
        // inside a URL (no space between the scheme and the match)
        let word_start = text[..m.start()].rfind(' ').map_or(0, |p| p + 1);
        if text[word_start..m.start()].contains("://") {
            continue;
        }
        diags.push(ctx.diagnostic(
            unit,
            m.start(),
            m.end(),
            &crate::rules::UNPARSED_DATETIME,
            format!("「{}」 looks like a date or time but could not be read", m.as_str()),
        ));
    }
}

/// Find every date and time expression.
pub fn extract(ctx: Context<'_>, diags: &mut Vec<Diagnostic>) -> Vec<RawDate> {
    let mut out = Vec::new();
    for unit in &ctx.seg.units {
        unparsed(ctx, unit, diags);
        for e in expressions(&unit.text) {
            // year and month of the first point, for the points after it (`2月1日・2日`,
            // `~30日`, `同月30日`, excluded days)
            let mut carried_year: Option<i32> = None;
            let mut carried_month: Option<u32> = None;
            let excluded = e.except.iter().map(|d| Point { date: Some(*d), time: None, start: d.start, end: d.end });
            let points: Vec<Point> = e.points.iter().copied().chain(excluded).collect();
            for p in &points {
                let mention = ctx.mention(unit, p.start, p.end);
                let time = p.time.map(|t: TimeTok| (t.hour, t.minute));
                let Some(d) = p.date else {
                    out.push(RawDate {
                        doc: unit.doc,
                        year: None,
                        year_inherited: false,
                        era: None,
                        month: None,
                        day: None,
                        weekday: None,
                        time,
                        mention,
                    });
                    continue;
                };
                let mut month = match d.month {
                    Some(MonthRef::Month(m)) => Some(m),
                    _ => None,
                };
                let day = match d.day {
                    Some(DayRef::Day(n)) => Some(n),
                    _ => None,
                };
                let mut year = d.year.map(|y| y.value);
                let mut inherited = false;
                if month.is_none() && d.form != DateForm::MonthOnly {
                    month = carried_month;
                }
                if year.is_none()
                    && let Some(cy) = carried_year
                {
                    // a later month before the first one is in the next year (`12月30日~1月3日`)
                    let rolls = matches!((month, carried_month), (Some(m), Some(cm)) if m < cm);
                    year = Some(if rolls { cy + 1 } else { cy });
                    inherited = true;
                }
                if carried_month.is_none() {
                    carried_month = month;
                    carried_year = year;
                }
                let era = d.year.and_then(|y| y.era);
                if let (Some(y), Some(m), Some(dd)) = (year, month, day) {
                    match NaiveDate::from_ymd_opt(y, m, dd) {
                        None => diags.push(ctx.diagnostic(
                            unit,
                            p.start,
                            p.end,
                            &crate::rules::INVALID_DATE,
                            format!("「{}」 is not a date that exists", mention.text),
                        )),
                        Some(date) => {
                            if let Some((era, n)) = era
                                && !era.contains(date)
                            {
                                let now = Era::of(date).map(|e| e.name()).unwrap_or("?");
                                diags.push(ctx.diagnostic(
                                    unit,
                                    p.start,
                                    p.end,
                                    &crate::rules::ERA_OUT_OF_RANGE,
                                    format!(
                                        "「{}」: {}{}年 is outside the {} era; read as {} ({})",
                                        mention.text,
                                        era.name(),
                                        n,
                                        era.name(),
                                        date,
                                        now
                                    ),
                                ));
                            }
                        }
                    }
                }
                out.push(RawDate {
                    doc: unit.doc,
                    year,
                    year_inherited: inherited,
                    era,
                    month,
                    day,
                    weekday: d.weekday,
                    time,
                    mention,
                });
            }
        }
    }
    out
}
