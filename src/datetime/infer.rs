//! Year inference for year-less dates (`2月2日(日)`, `1月19日(月)`).
//!
//! The rule: a year-less date takes its year from the enclosing document's date: the
//! first such date on or after it, confirmed by the weekday when one is given (a December
//! notice about January means next year). When the weekday fits another nearby year
//! better (a notice written on 1月10日 about a failure on `1月4日(木)` of the same month),
//! that year is taken and the choice is reported. A date with no weekday that falls in the
//! month before the document is past (a report of what happened, an earlier letter), not
//! eleven months on. When no document date is known at all,
//! the caller gets `None` and reports it.

use chrono::{Datelike, NaiveDate, Weekday};

/// How a year was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearChoice {
    /// The first such date on or after the reference date, and the weekday (if any) agrees.
    Confirmed,
    /// The weekday fits another year better than the first date on or after the reference;
    /// the year that fits the weekday was taken. `first_after` is the one the plain rule gives.
    WeekdayPreferred {
        /// The year the plain "on or after" rule would have given.
        first_after: i32,
    },
    /// The weekday fits no nearby year; the plain rule was used and the weekday is wrong.
    WeekdayMismatch,
}

/// Infer the year of `month`/`day` seen in a document dated `reference`.
///
/// Returns `None` when the month/day exists in no candidate year (e.g. 2月30日).
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use tsuchi::datetime::{infer_year, YearChoice};
/// let dec24 = NaiveDate::from_ymd_opt(2025, 12, 24).unwrap();
/// // a December notice about 1月19日(月) means January 2026
/// assert_eq!(infer_year(1, 19, Some(Weekday::Mon), dec24), Some((2026, YearChoice::Confirmed)));
/// ```
pub fn infer_year(month: u32, day: u32, weekday: Option<Weekday>, reference: NaiveDate) -> Option<(i32, YearChoice)> {
    let ry = reference.year();
    // first such date on or after the reference (Feb 29 may need a leap year)
    let mut first_after = None;
    for y in ry..=ry + 8 {
        if let Some(d) = NaiveDate::from_ymd_opt(y, month, day)
            && d >= reference
        {
            first_after = Some(y);
            break;
        }
    }
    let first = first_after.or_else(|| NaiveDate::from_ymd_opt(ry, month, day).map(|_| ry))?;
    let Some(wd) = weekday else {
        return Some((recent_past(month, day, reference).unwrap_or(first), YearChoice::Confirmed));
    };
    let fits = |y: i32| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd);
    if fits(first) {
        return Some((first, YearChoice::Confirmed));
    }
    // nearby years where the day exists: the one before (a past event in a notice written
    // shortly after), then the one after; for 2月29日 these are the neighbouring leap years
    let before = (1..=8).map(|k| first - k).find(|&y| NaiveDate::from_ymd_opt(y, month, day).is_some());
    let after = (1..=8).map(|k| first + k).find(|&y| NaiveDate::from_ymd_opt(y, month, day).is_some());
    for y in [before, after].into_iter().flatten() {
        if fits(y)
            && let Some(d) = NaiveDate::from_ymd_opt(y, month, day)
        {
            let diff = (d - reference).num_days();
            if (-200..=550).contains(&diff) {
                return Some((y, YearChoice::WeekdayPreferred { first_after: first }));
            }
        }
    }
    Some((first, YearChoice::WeekdayMismatch))
}

/// The year of `month`/`day` when that date falls in the month before `reference`: a
/// report of what happened (`11月16日 19時20分頃から発生`, in a notice of 11月18日), a
/// letter sent a few weeks before, not a date eleven months on.
fn recent_past(month: u32, day: u32, reference: NaiveDate) -> Option<i32> {
    let ry = reference.year();
    [ry, ry - 1].into_iter().find(|&y| {
        NaiveDate::from_ymd_opt(y, month, day)
            .is_some_and(|d| d < reference && (reference - d).num_days() <= RECENT_DAYS)
    })
}

/// How far before its document a year-less date with no weekday is read as past.
const RECENT_DAYS: i64 = 31;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn table() {
        use Weekday::*;
        type Case = (&'static str, u32, u32, Option<Weekday>, NaiveDate, Option<(i32, YearChoice)>);
        let cases: &[Case] = &[
            ("december notice, january date", 1, 19, Some(Mon), d(2025, 12, 24), Some((2026, YearChoice::Confirmed))),
            ("same month later day", 2, 2, Some(Sun), d(2025, 1, 30), Some((2025, YearChoice::Confirmed))),
            ("same day", 1, 30, None, d(2025, 1, 30), Some((2025, YearChoice::Confirmed))),
            ("no weekday, earlier month", 3, 1, None, d(2025, 6, 1), Some((2026, YearChoice::Confirmed))),
            ("no weekday, two days before", 11, 16, None, d(2026, 11, 18), Some((2026, YearChoice::Confirmed))),
            ("no weekday, days before new year", 12, 28, None, d(2027, 1, 6), Some((2026, YearChoice::Confirmed))),
            ("no weekday, five weeks before", 10, 10, None, d(2026, 11, 18), Some((2027, YearChoice::Confirmed))),
            (
                "past event by weekday",
                1,
                4,
                Some(Sat),
                d(2025, 1, 10),
                Some((2025, YearChoice::WeekdayPreferred { first_after: 2026 })),
            ),
            ("weekday wrong everywhere", 1, 19, Some(Thu), d(2025, 12, 24), Some((2026, YearChoice::WeekdayMismatch))),
            ("feb 29 needs a leap year", 2, 29, None, d(2025, 3, 1), Some((2028, YearChoice::Confirmed))),
            ("no such day", 2, 30, None, d(2025, 3, 1), None),
        ];
        for (name, m, day, wd, reference, want) in cases {
            assert_eq!(infer_year(*m, *day, *wd, *reference), *want, "{name}");
        }
    }
}
