//! Dates: every date and time expression in the notice, for `dates[]`.
//!
//! Each point the date engine finds (a date, a time, a date with a time, a month) is
//! recorded with its position; the resolver completes year-less dates from the
//! document's date. Two checks belong here because they need only the expression itself:
//! a date written in an era past that era's end (`平成31年5月1日`, `era-out-of-range`), and a
//! date that does not exist (`2月30日`, `invalid-date`). Weekday checks need the year, so
//! the resolver makes them.

use super::Context;
use crate::datetime::{expressions, DateForm, DayRef, Era, MonthRef, TimeTok};
use crate::model::{Diagnostic, Mention, Severity};
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

/// Find every date and time expression.
pub fn extract(ctx: Context<'_>, diags: &mut Vec<Diagnostic>) -> Vec<RawDate> {
    let mut out = Vec::new();
    for unit in &ctx.seg.units {
        for e in expressions(&unit.text) {
            let mut carried: Option<(i32, u32)> = None; // (year, month) of the first point
            for p in &e.points {
                let mention = ctx.mention(unit, p.start, p.end);
                let time = p.time.map(|t: TimeTok| (t.hour, t.minute));
                let Some(d) = p.date else {
                    out.push(RawDate { doc: unit.doc, year: None, year_inherited: false, era: None, month: None, day: None, weekday: None, time, mention });
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
                if let Some((cy, cm)) = carried {
                    if month.is_none() && d.form != DateForm::MonthOnly {
                        month = Some(cm);
                    }
                    if year.is_none() {
                        year = Some(cy);
                        inherited = true;
                    }
                }
                if let (Some(y), Some(m)) = (year, month) {
                    carried.get_or_insert((y, m));
                }
                let era = d.year.and_then(|y| y.era);
                if let (Some(y), Some(m), Some(dd)) = (year, month, day) {
                    match NaiveDate::from_ymd_opt(y, m, dd) {
                        None => diags.push(ctx.diagnostic(unit, p.start, p.end, Severity::Error, "invalid-date", format!("「{}」 is not a date that exists", mention.text))),
                        Some(date) => {
                            if let Some((era, n)) = era {
                                if !era.contains(date) {
                                    let now = Era::of(date).map(|e| e.name()).unwrap_or("?");
                                    diags.push(ctx.diagnostic(
                                        unit,
                                        p.start,
                                        p.end,
                                        Severity::Warning,
                                        "era-out-of-range",
                                        format!("「{}」: {}{}年 is outside the {} era; read as {} ({})", mention.text, era.name(), n, era.name(), date, now),
                                    ));
                                }
                            }
                        }
                    }
                }
                out.push(RawDate { doc: unit.doc, year, year_inherited: inherited, era, month, day, weekday: d.weekday, time, mention });
            }
        }
    }
    out
}
