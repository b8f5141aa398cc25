//! A recovery stated alone: `7月8日(水)夜から発生しておりました電子処方箋管理サービスの障害は、
//! 7月9日(木)6時20分に復旧いたしました。`, `障害は、11時30分に解消しました。`
//!
//! The final report of an incident often says only when it recovered: its start is vague
//! (`夜から`, `未明より`) or left to the earlier reports below or above it. Such a time starts
//! nothing; it is kept as a statement that [`closes`](super::super::WindowSpec::closes) the
//! incident: the resolver ends with it the open incidents of the document that another report
//! states, that started in the two days before, and whose places it speaks of all of. With no
//! such incident it gives nothing. Within one report a recovery said apart from the start is
//! most often a part's (`一部の機能は11時30分に復旧しましたが…`), and ends nothing.

use super::super::partial::date_of;
use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::{PartialDate, Reader, TimeOfDay};
use crate::datetime::{Expression, Point};
use crate::model::Status;

impl Reader<'_> {
    /// Keep `e`, the time an incident recovered (`point`), as the end of the incident it
    /// speaks of. A time with no day takes the day of the last incident read (`day`).
    pub(super) fn recovery_alone(
        &mut self,
        st: &Statement<'_>,
        placer: &Placer<'_>,
        e: &Expression,
        point: Point,
        day: Option<PartialDate>,
    ) {
        if st.status != Status::Incident {
            return;
        }
        let Some(time) = point.time else { return };
        let Some(date) = point.date.map_or(day, |d| date_of(d, day)) else { return };
        let mention = self.ctx.mention(st.unit, e.start, e.end);
        let mut w = st.window(mention, false, date, Some(TimeOfDay::from(time)));
        w.closes = true;
        placer.place(e, &mut w, &mut self.diags);
        self.out.push(w);
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn a_recovery_stated_alone_ends_the_open_incident() {
        let cases: &[(&str, &[&str])] = &[
            // the newest report first: its recovery ends the start an older report gives
            (
                "## 第2報\n\n7月8日(水)夜から発生しておりました障害は、7月9日(木)6時20分に復旧いたしました。\n\n## 第1報\n\n- 発生日時:7月8日(水)20時05分頃\n- 復旧見込み:未定",
                &["2026-07-08T20:05..2026-07-09T06:20 incident"],
            ),
            // oldest first, the recovery in a report of its own, by its time alone
            (
                "【第1報】\n\n7月10日(金)10時頃から、システムに接続できない障害が発生しております。\n\n【第2報】\n\n障害は、11時30分に解消しました。",
                &["2026-07-10T10:00..2026-07-10T11:30 incident"],
            ),
            // within one report, a recovery said apart from the start is a part's
            (
                "7月10日(金)10時頃から、システムに接続できない障害が発生しております。\n\n一部の機能は、11時30分に復旧しました。",
                &["2026-07-10T10:00..- incident"],
            ),
            // no open incident: a recovery gives no window
            ("7月8日(水)に発生した障害は、7月9日(木)6時20分に復旧いたしました。", &[]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年7月10日", statement), *want, "{statement}");
        }
    }
}
