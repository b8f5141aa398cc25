//! Window statements by shape: what an expression states, and one file to read each shape.
//!
//! [`classify`] says what an expression can be (a start and an end, a date range, a daily
//! time range, a time range with no date, dates with no times, a whole day, an open day);
//! [`read`] hands it to the file for that shape, which decides whether the statement makes
//! it a window and writes the window. Each file holds its own table test: the statement and
//! the windows it gives.

pub mod area_result;
pub mod by_area;
pub mod clock_start;
pub mod dates;
pub mod days;
pub mod duration;
pub mod exception;
pub mod incident;
pub mod labelled;
pub mod recovered;
pub mod result;
pub mod timed;
pub mod times_first;
pub mod whole_day;

use super::place::Placer;
use super::statement::Statement;
use super::{PartialDate, Reader};
use crate::datetime::{DateTok, Expression, Point, Shape, TimeTok};

/// What an expression states, when it can be a window.
pub enum Stated {
    /// A start with a date (and time), and an end (time, or date and time).
    Timed {
        /// The start.
        start: Point,
        /// The end, when stated.
        end: Option<Point>,
    },
    /// A date range with no times.
    Days {
        /// First day.
        from: DateTok,
        /// Last day.
        to: DateTok,
    },
    /// A time range that recurs daily (`各日20時~翌日5時`).
    Daily {
        /// Daily start.
        start: TimeTok,
        /// Daily end.
        end: TimeTok,
    },
    /// From a date on, all day, with no end (`1月31日以降、終日`).
    OpenDay {
        /// The first day.
        date: DateTok,
    },
    /// A time range with no date (`22時~翌朝6時`): a window when its date follows in brackets
    /// (`22時~翌朝6時(9月13日(土))`) or stands in the row above (`〃`).
    Times {
        /// Start time.
        start: TimeTok,
        /// End time.
        end: TimeTok,
    },
    /// Dates with no times (`12月7日(日)`, `11月22日(土)及び12月13日(土)`): a window each when a
    /// daily time range goes with them.
    Dates {
        /// The dates.
        dates: Vec<DateTok>,
    },
    /// One whole day (`3月1日(土)終日`).
    WholeDay {
        /// The day.
        date: DateTok,
    },
    /// A time with no day (`19時40分頃から`, `11時30分に復旧`): an incident's start or its
    /// recovery on the day of the incident above, when its statement says so ([`clock_start`]).
    Clock {
        /// The time.
        time: TimeTok,
    },
}

/// What `e` can state.
pub fn classify(e: &Expression) -> Option<Stated> {
    match e.shape {
        Shape::Range => {
            let (a, b) = (e.points.first()?, e.points.get(1)?);
            if a.date.is_none() {
                let (s, t) = (a.time?, b.time?);
                return Some(if e.daily {
                    Stated::Daily { start: s, end: t }
                } else {
                    Stated::Times { start: s, end: t }
                });
            }
            if !a.has_day() {
                return None;
            }
            if a.time.is_none() && b.time.is_none() {
                return Some(Stated::Days { from: a.date?, to: b.date? });
            }
            Some(Stated::Timed { start: *a, end: Some(*b) })
        }
        Shape::Single => {
            let a = e.points.first()?;
            if e.attributive || e.until {
                return None;
            }
            if a.date.is_none() {
                return Some(Stated::Clock { time: a.time? });
            }
            if !a.has_day() {
                return None;
            }
            match (a.time, e.open_end, e.all_day) {
                (Some(_), _, _) => Some(Stated::Timed { start: *a, end: None }),
                (None, true, true) => Some(Stated::OpenDay { date: a.date? }),
                (None, false, true) => Some(Stated::WholeDay { date: a.date? }),
                (None, false, false) => Some(Stated::Dates { dates: vec![a.date?] }),
                _ => None,
            }
        }
        Shape::List => {
            let dates: Vec<DateTok> = e.points.iter().filter(|p| p.time.is_none()).filter_map(|p| p.date).collect();
            (dates.len() == e.points.len() && dates.iter().all(|d| d.day.is_some())).then_some(Stated::Dates { dates })
        }
    }
}

/// An exclusion (`(12月29日~1月3日)を除く`), a monthly rule (`毎月1日~4日`), the time a
/// report was sent (`(11月17日 9時30分 配信)`) or the period of something else in brackets
/// after its name: dates, but never a window.
pub fn not_a_window(st: &Statement<'_>, e: &Expression) -> bool {
    if bracketed_after_another(&st.unit.text, e) {
        return true;
    }
    let after = st.unit.text[e.end..].trim_start_matches([')', ' ']);
    if crate::lexicon::starts_with(after, crate::lexicon::Class::Except).is_some() {
        return true;
    }
    // `(11月17日 9時30分 配信)`: when a report was sent, not a window
    if e.shape == crate::datetime::Shape::Single
        && crate::lexicon::starts_with(after, crate::lexicon::Class::Issued).is_some()
    {
        return true;
    }
    st.monthly && e.points.first().and_then(|p| p.date).is_some_and(|d| d.month.is_none()) || reception_sentence(st, e)
}

/// Whether `e` stands in brackets right after the name of something that is no stop
/// (`計画停止は請求受付期間(7月は7月5日(月)から7月10日(土)まで)を避けて設定`, `申込締切(3月5日)`):
/// that thing's dates, though the sentence speaks of a stop.
fn bracketed_after_another(text: &str, e: &Expression) -> bool {
    let before = &text[..e.start];
    let Some(open) = before.rfind('(').filter(|&o| !before[o..].contains(')')) else { return false };
    crate::lexicon::ends_with(before[..open].trim_end(), crate::lexicon::Class::NotOutage).is_some()
}

/// A date followed by `同時刻` (`8月29日(土)19:00~24:00 → 9月5日(土)同時刻`): the start and end
/// of the window stated before it in the statement, moved to that date.
fn same_times(st: &Statement<'_>, k: usize, e: &Expression) -> Option<(Point, Point)> {
    let [p] = &e.points[..] else { return None };
    let date = p.date.filter(|d| d.day.is_some() && p.time.is_none())?;
    let after = st.unit.text[e.end..].trim_start_matches([' ', ')']);
    crate::lexicon::starts_with(after, crate::lexicon::Class::SameTime)?;
    let before =
        st.notes.exprs[..k].iter().rev().find(|x| x.points.len() == 2 && x.points.iter().all(|p| p.time.is_some()))?;
    let (from, to) = (before.points[0], before.points[1]);
    let (Some(mut s), Some(mut t)) = (from.time, to.time) else { return None };
    // an end on the next day stays on the day after the new date
    let day = |p: &Point| p.date.and_then(|d| d.day);
    t.next_day |= to.date.is_some() && day(&to) != day(&from);
    (s.start, s.end, t.start, t.end) = (e.start, e.end, e.end, e.end);
    Some((
        Point { date: Some(date), time: Some(s), start: e.start, end: e.end },
        Point { date: None, time: Some(t), start: e.end, end: e.end },
    ))
}

/// Whether the sentence of `e` speaks of reception, a deadline or a help desk and not of a
/// stop, though the statement does in another sentence (`受付期間は、2月1日(月)~2月10日(水)です。
/// 計画停止は受付期間の終了後に実施いたします`).
fn reception_sentence(st: &Statement<'_>, e: &Expression) -> bool {
    use crate::lexicon::Class;
    // an incident report's lines (`令和9年7月7日(水)15時10分頃(第1報の「15時20分頃」から訂正)`)
    if st.status == crate::model::Status::Incident {
        return false;
    }
    let range = super::scope::sentence(&st.unit.text, e.start);
    let words = st.notes.words.iter().filter(|w| range.start <= w.start && w.end <= range.end);
    let (mut negative, mut stops) = (false, false);
    for w in words {
        let c = w.classes();
        negative |= c.has(Class::NotOutage) && !super::statement::letter_date_of_other(&st.unit.text, st.notes, w);
        stops |= (c.has(Class::Outage)
            && !c.has(Class::Resumes)
            && !c.has(Class::NotOutage)
            && !super::statement::of_help_desk(&st.unit.text, w))
            || c.has(Class::Incident)
            || c.has(Class::IncidentContext);
    }
    negative && !stops
}

/// Read expression `k` of a statement by its shape. `last` is the last date stated a few
/// statements above (for `同日` and bare days).
pub fn read(
    r: &mut Reader<'_>,
    st: &Statement<'_>,
    placer: &Placer<'_>,
    k: usize,
    e: &Expression,
    last: Option<PartialDate>,
) {
    if super::statement::is_letter_date(&st.unit.text, st.notes, e) {
        return;
    }
    if let Some((start, end)) = same_times(st, k, e) {
        return r.timed(st, placer, k, e, (start, Some(end)), last);
    }
    match classify(e) {
        Some(Stated::Timed { start, end }) => r.timed(st, placer, k, e, (start, end), last),
        Some(Stated::Days { from, to }) => r.days(st, placer, k, e, (from, to), last),
        Some(Stated::Daily { start, end }) => r.daily(st, e, (start, end)),
        Some(Stated::Times { start, end }) => r.times_first(st, placer, k, e, (start, end), last),
        Some(Stated::OpenDay { date }) => r.whole_day(st, placer, e, date, true, last),
        Some(Stated::WholeDay { date }) => r.whole_day(st, placer, e, date, false, last),
        Some(Stated::Dates { dates }) => r.dates(st, placer, k, e, &dates, last),
        Some(Stated::Clock { time }) => r.clock_start(st, placer, k, e, time),
        None => {}
    }
}
