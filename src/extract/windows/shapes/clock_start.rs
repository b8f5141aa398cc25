//! An incident that starts at a time with no day of its own, on the day of the one above:
//! `また、伊達市の一部においても、19時40分頃から同様の事象が発生しておりましたが、こちらは
//! 同日22時10分に復旧しております。` below the report of an incident on 11月16日.
//!
//! Reports of an incident often give a second, smaller incident (another town, another
//! service) by its time alone, the day being the one the report is about. A time alone is
//! otherwise no window (a deadline, a send time, a desk's hours), so the shape is narrow: the
//! statement is an incident's, the time opens (`から`, `より`, `頃から`), an incident of the
//! document was read above (its day is the day; a send time's day may be the next), what
//! follows the time says something went down (`…接続できない事象が発生`), not that work to
//! restore it began, its recovery follows (`同日22時10分に復旧`), and no incident read above
//! starts at that time (a restatement). An open one stated by its time alone is left: most
//! often it is an earlier report's start, quoted below the later report that corrects it.

use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::{Reader, TimeOfDay};
use crate::datetime::{Expression, TimeTok};
use crate::lexicon::{self, Class};
use crate::model::Status;

impl Reader<'_> {
    /// Read `e`, a time with no day, as the start of an incident on the day of the incident
    /// read above it.
    pub(super) fn clock_start(
        &mut self,
        st: &Statement<'_>,
        placer: &Placer<'_>,
        k: usize,
        e: &Expression,
        time: TimeTok,
    ) {
        if self.recovered.contains(&k) {
            return;
        }
        // the day of the incident read above (the day the report is about), not a send
        // time's or the letter's
        let incident = self.out.iter().rev().find(|w| w.doc == st.unit.doc && w.status == Status::Incident);
        let Some((day, began)) = incident.map(|w| (w.start, w.start_time)) else { return };
        if super::incident::recovery_point(&st.unit.text, e) {
            // `2時45分に復旧` after a start at 19時20分: the next morning
            let next_day = time.next_day || began.is_some_and(|b| (b.hour, b.minute) > (time.hour, time.minute));
            let time = TimeTok { next_day, ..time };
            let point = crate::datetime::Point { date: None, time: Some(time), start: e.start, end: e.end };
            return self.recovery_alone(st, placer, e, point, Some(day));
        }
        if st.status != Status::Incident || !e.open_end {
            return;
        }
        // the incident read above, restated by its time (`19時20分頃から発生しておりました障害は`)
        let t = TimeOfDay::from(time);
        if self.out.iter().any(|w| w.doc == st.unit.doc && w.status == Status::Incident && w.start_time == Some(t)) {
            return;
        }
        // with its recovery: an open one by its time alone is most often an earlier report's
        // start, quoted below the report that corrects it
        let Some((j, date, end)) = super::incident::recovery(&st.unit.text, e, st.notes.exprs) else { return };
        if !down_after(st, e, st.notes.exprs[j].start) {
            return;
        }
        let mention = self.ctx.mention(st.unit, e.start, e.end);
        let mut w = st.window(mention, e.tentative, day, Some(t));
        w.status = Status::Incident;
        self.recovered.push(j);
        w.end = date.and_then(|d| super::super::partial::end_of(d, &day));
        w.end_time = Some(TimeOfDay::from(end));
        placer.place(e, &mut w, &mut self.diags);
        self.out.push(w);
    }
}

/// Whether the sentence after `e` (up to `until`, its recovery) says something went down
/// (`同様の事象が発生`) and not that work to restore it began (`復旧作業を開始`).
fn down_after(st: &Statement<'_>, e: &Expression, until: usize) -> bool {
    let range = super::super::scope::sentence(&st.unit.text, e.start);
    let words = st.notes.words.iter().filter(|w| e.end <= w.start && w.end <= range.end.min(until));
    words.into_iter().any(|w| {
        let c = w.classes();
        let surface = &st.unit.text[w.start..w.end];
        (c.has(Class::Incident) || c.has(Class::IncidentContext)) && !lexicon::contains(surface, Class::Recovery)
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn an_incident_from_a_time_on_the_day_stated_above() {
        let cases: &[(&str, &[&str])] = &[
            (
                "11月16日(月)19時20分頃から障害が発生しております。\n\nまた、20時頃から別の障害が発生しておりましたが、22時10分に復旧しております。",
                &["2026-11-16T19:20..- incident", "2026-11-16T20:00..2026-11-16T22:10 incident"],
            ),
            (
                "11月16日(月)18時50分頃から障害が発生しております。\n\n■第2報(11月16日 23時00分 配信)\n\n函館市の一部においても、19時40分頃から同様の事象が発生しておりましたが、こちらは同日22時10分に復旧しております。",
                // (a regional notice: the unplaced incident is in the one prefecture the other names)
                &["2026-11-16T18:50..- incident [01]", "2026-11-16T19:40..2026-11-16T22:10 incident [01]"],
            ),
            // no incident above to take the day from: a send time's day is not the incident's
            (
                "■第2報(11月17日 9時30分 配信)\n\n19時40分頃から障害が発生しておりましたが、22時10分に復旧しております。",
                &[],
            ),
            // open, by its time alone: an earlier report's start, which the later one corrects
            (
                "■第2報\n\n発生日時:11月16日(月)19時05分頃(第1報の19時20分頃から訂正)\n\n■第1報(11月16日 20時15分 配信)\n\n19時20分頃から、一部の医療機関において接続できない障害が発生しております。",
                &["2026-11-16T19:05..- incident"],
            ),
            // a time alone that is no start: a desk's hours, a time things came back from
            ("11月16日(月)に障害が発生しました。\n\n受付時間は9時から17時までです。", &[]),
            ("11月16日(月)に障害が発生しました。\n\n20時頃から順次復旧しております。", &[]),
            ("11月16日(月)に障害が発生しました。\n\n20時頃から復旧作業を行い、21時10分に復旧しました。", &[]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年11月18日", statement), *want, "{statement}");
        }
    }
}
