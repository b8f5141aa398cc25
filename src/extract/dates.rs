//! Dates: every date and time expression in the notice, for `dates[]`.
//!
//! Each point the date engine finds (a date, a time, a date with a time, a month) is
//! recorded with its position; the resolver completes year-less dates from the
//! document's date. Two checks belong here because they need only the expression itself:
//! a date written in an era past that era's end (`平成31年5月1日`, `era-out-of-range`), and a
//! date that does not exist (`2月30日`, `invalid-date`). Weekday checks need the year, so
//! the resolver makes them.

use super::Context;
use crate::datetime::{DateForm, DayRef, Era, MonthRef, Point, TimeTok};
use crate::model::{Diagnostic, Mention};
use crate::segment::Unit;
use chrono::{NaiveDate, Weekday};

/// A date expression before its year is completed.
#[derive(Debug, Clone)]
pub struct RawDate {
    /// The document it is in.
    pub doc: usize,
    /// Western year, if written (or carried from the start of the same range).
    pub year: Option<i32>,
    /// The year came from the range's start, not from this expression.
    pub year_inherited: bool,
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

/// Date-like text: a number of one to four digits with 年, 月, 日 or 時 after it (a space
/// allowed between), or a clock time (`22:00`), as byte spans, left to right.
fn date_like(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let digits = i - start;
        // a clock time: one or two digits, a colon, two digits
        if (1..=2).contains(&digits)
            && b.get(i) == Some(&b':')
            && b.get(i + 1..i + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        {
            out.push((start, i + 3));
            i += 3;
            continue;
        }
        // the last one to four digits of the run, then a date or time word
        let from = start.max(i - digits.min(4));
        let after = if b.get(i) == Some(&b' ') { i + 1 } else { i };
        let word = ["年", "月", "日", "時"].iter().find(|w| text.get(after..).is_some_and(|t| t.starts_with(**w)));
        if let Some(w) = word {
            out.push((from, after + w.len()));
        }
    }
    out
}

/// Report date-like text that no token covers (`unparsed-datetime`).
fn unparsed(ctx: Context<'_>, ui: usize, unit: &crate::segment::Unit, diags: &mut Vec<Diagnostic>) {
    let text = &*unit.text;
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let covered: Vec<(usize, usize)> = ctx.notes(ui).tokens.iter().map(|t| (t.start(), t.end())).collect();
    for (ms, me) in date_like(text) {
        let m = &text[ms..me];
        // tokens are in order and do not overlap: the first ending after the match start is
        // the only one that can cover it
        let k = covered.partition_point(|(_, e)| *e <= ms);
        if covered.get(k).is_some_and(|(s, _)| *s < me) {
            continue;
        }
        // inside a longer number, a URL or a phone number: not a date
        let before = text[..ms].chars().next_back();
        if before
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.' | ':' | '_' | '=' | '#' | '第'))
        {
            continue;
        }
        let digits_end = m.trim_end_matches(|c: char| !c.is_ascii_digit()).len();
        // a count of days, never a day of a month (`24時間・365日受付`, `180日間`); `32日`
        // may be a mistyped day and is reported
        let value: u32 = m[..digits_end].trim().parse().unwrap_or(0);
        if m.ends_with('日') && value >= 100 {
            continue;
        }
        let after = &text[ms + digits_end..];
        let after = after.trim_start();
        if crate::lexicon::starts_with(after, crate::lexicon::Class::NotADate).is_some() {
            continue;
        }
        // inside a URL (no space between the scheme and the match)
        let word_start = text[..ms].rfind(' ').map_or(0, |p| p + 1);
        if text[word_start..ms].contains("://") {
            continue;
        }
        diags.push(ctx.diagnostic(
            unit,
            ms,
            me,
            &crate::rules::UNPARSED_DATETIME,
            format!("「{m}」 looks like a date or time but could not be read"),
        ));
    }
}

/// Find every date and time expression.
pub fn extract(ctx: Context<'_>, diags: &mut Vec<Diagnostic>) -> Vec<RawDate> {
    // one date per point: sized exactly, as a list grown by doubling would hold up to twice
    // that (and, while it grows, its old and new buffers at once) in the notice's peak
    let points = |ui: usize| ctx.notes(ui).exprs.iter().map(|e| e.points.len() + e.except.len()).sum::<usize>();
    let mut out = Vec::with_capacity((0..ctx.seg.units.len()).map(points).sum());
    for (ui, unit) in ctx.seg.units.iter().enumerate() {
        unparsed(ctx, ui, unit, diags);
        for e in ctx.notes(ui).exprs {
            // year and month of the first point, for the points after it (`2月1日・2日`,
            // `~30日`, `同月30日`, excluded days)
            let mut carried: (Option<i32>, Option<u32>) = (None, None);
            let excluded = e.except.iter().map(|d| Point { date: Some(*d), time: None, start: d.start, end: d.end });
            for p in e.points.iter().copied().chain(excluded) {
                out.push(read_point(ctx, unit, &p, &mut carried, diags));
            }
        }
    }
    out
}

/// One point of an expression, completed from the points before it (`carried`: their
/// year and month) and checked (a date that does not exist, an era past its end).
fn read_point(
    ctx: Context<'_>,
    unit: &Unit,
    p: &Point,
    carried: &mut (Option<i32>, Option<u32>),
    diags: &mut Vec<Diagnostic>,
) -> RawDate {
    let mention = ctx.mention(unit, p.start, p.end);
    let time = p.time.map(|t: TimeTok| (t.hour, t.minute));
    let raw = RawDate {
        doc: unit.doc,
        year: None,
        year_inherited: false,
        month: None,
        day: None,
        weekday: None,
        time,
        mention,
    };
    let Some(d) = p.date else {
        return raw;
    };
    let (carried_year, carried_month) = *carried;
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
        *carried = (year, month);
    }
    if let (Some(y), Some(m), Some(dd)) = (year, month, day) {
        check_date(ctx, unit, p, &raw.mention.text, (y, m, dd), d.year.and_then(|y| y.era), diags);
    }
    RawDate { year, year_inherited: inherited, month, day, weekday: d.weekday, ..raw }
}

/// `invalid-date` for a date that does not exist, `era-out-of-range` for an era year past
/// the era's end.
fn check_date(
    ctx: Context<'_>,
    unit: &Unit,
    p: &Point,
    text: &str,
    (y, m, d): (i32, u32, u32),
    era: Option<(Era, u32)>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else {
        let message = format!("「{text}」 is not a date that exists");
        diags.push(ctx.diagnostic(unit, p.start, p.end, &crate::rules::INVALID_DATE, message));
        return;
    };
    if let Some((era, n)) = era
        && !era.contains(date)
    {
        let now = Era::of(date).map(|e| e.name()).unwrap_or("?");
        let name = era.name();
        let message = format!("「{text}」: {name}{n}年 is outside the {name} era; read as {date} ({now})");
        diags.push(ctx.diagnostic(unit, p.start, p.end, &crate::rules::ERA_OUT_OF_RANGE, message));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn date_like_spans() {
        let t = "12345年、2 月、22:00と3:5、10000";
        let got: Vec<&str> = super::date_like(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(got, ["2345年", "2 月", "22:00"]);
    }

    #[test]
    fn a_count_of_days_is_no_unparsed_date() {
        let unparsed = |body: &str| {
            let n = crate::extract_str("t.txt", &format!("事務連絡\n令和8年5月1日\n\n{body}\n")).expect("reads");
            n.diagnostics.iter().filter(|d| d.code == "unparsed-datetime").count()
        };
        assert_eq!(unparsed("コールセンター 0120-123-456(24時間・365日受付)"), 0);
        assert_eq!(unparsed("保存期間は180日間です。"), 0);
        assert_eq!(unparsed("令和8年5月32日(土)に停止します。"), 1);
    }
}
