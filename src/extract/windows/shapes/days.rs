//! A date range with no times, and the daily time range that may follow it:
//! `1月19日(月)~30日(金)(ただし25日(日)を除く)` … `各日20時~翌日5時` is one window per day,
//! 20:00 to 5:00, less the 25th. A date range alone is a window of whole days only when its
//! own statement says what stops (or it is a table row, or a daily range follows); until
//! then it waits, and if no daily range comes it stands as a summary that more detailed
//! windows may subsume.

use super::super::partial::{date_of, end_of};
use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::{Evidence, PartialDate, Pending, Reader};
use crate::datetime::{DateTok, Expression, TimeTok};
use crate::model::OutageKind;
use crate::segment::UnitKind;

impl Reader<'_> {
    /// Read a date range with no times.
    pub(super) fn days(
        &mut self,
        st: &Statement<'_>,
        placer: &Placer<'_>,
        k: usize,
        e: &Expression,
        (from, to): (DateTok, DateTok),
        last: Option<PartialDate>,
    ) {
        let next_is_daily = st.next().is_some_and(|(_, n)| n.exprs.iter().any(|x| x.daily));
        let daily_after = st.notes.exprs[k + 1..].iter().any(|x| x.daily);
        // a bare date range is a window only when its own sentence says what stops
        if st.evidence != Evidence::Own
            && !next_is_daily
            && !daily_after
            && !e.all_day
            && st.unit.kind != UnitKind::TableRow
        {
            return;
        }
        let Some(sd) = date_of(from, last) else { return };
        let Some(ed) = end_of(to, &sd) else { return };
        if let Some(p) = self.pending.take() {
            self.out.push(p.window);
        }
        let mention = self.ctx.mention(st.unit, e.start, e.end);
        let mut w = st.window(mention, e.tentative, sd, None);
        w.end = Some(ed);
        w.except = e.except.iter().filter_map(|d| end_of(*d, &sd)).collect();
        w.all_day = true;
        w.summary = !e.all_day;
        placer.place(e, &mut w, &mut self.diags);
        self.pending = Some(Pending { doc: st.unit.doc, unit: st.ui, window: w });
    }

    /// Read a daily time range: it gives its times to the date range waiting for them.
    pub(super) fn daily(&mut self, st: &Statement<'_>, e: &Expression, (start, end): (TimeTok, TimeTok)) {
        let Some(mut p) = self.pending.take() else { return };
        p.window.start_time = Some(start.into());
        p.window.end_time = Some(end.into());
        p.window.through = p.window.end.take();
        p.window.all_day = false;
        p.window.summary = false;
        p.window.tentative |= e.tentative || st.tentative;
        if p.window.kind == OutageKind::Outage {
            p.window.kind = st.kind;
        }
        p.window.mentions.push(self.ctx.mention(st.unit, e.start, e.end));
        self.out.push(p.window);
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn date_ranges_and_daily_times() {
        let body = "○アプリケーションの配信期間\n2026年1月19日(月)~22日(木)(ただし21日(水)を除く)\n各日20時~翌日5時までの間に配信を行います。";
        assert_eq!(
            windows("令和7年12月25日", body),
            [
                "2026-01-19T20:00..2026-01-20T05:00 planned",
                "2026-01-20T20:00..2026-01-21T05:00 planned",
                "2026-01-22T20:00..2026-01-23T05:00 planned",
            ]
        );
        assert_eq!(
            windows("令和7年12月25日", "2026年1月19日(月)~20日(火)はシステムを停止します。"),
            ["2026-01-19T00:00..2026-01-21T00:00 planned"]
        );
    }

    #[test]
    fn periods_of_something_else_are_no_windows() {
        let cases: &[(&str, &[&str])] = &[
            // a reception period in brackets after its name, in a sentence about the stop
            ("計画停止は請求受付期間(7月は7月5日(月)から7月10日(土)まで)を避けて設定しております。", &[]),
            ("計画停止は請求受付期間外です。3月の請求受付は3月1日から10日までです。", &[]),
            ("下記のとおり停止します。6月診療分のレセプト請求(7月1日(木)~7月10日(土))には影響ございません。", &[]),
            // an office or a help desk closes
            ("年末年始の業務について\n本会は12月29日(火)から1月3日(日)まで業務を休止します。", &[]),
            ("12月29日(火)~1月3日(日)は、薬局サポートデスクの電話受付を休止し、メールのみの受付となります。", &[]),
            // a stop in brackets is still a stop
            ("システムを停止します(7月5日(月)から7月10日(土)まで)。", &["2027-07-05T00:00..2027-07-11T00:00 planned"]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年6月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn two_days_and_the_night_between_them() {
        let cases: &[(&str, &[&str])] = &[
            (
                "システムを停止します。\n8月8日(土)~8月9日(日) 22:00~翌6:00",
                &["2026-08-08T22:00..2026-08-09T06:00 planned"],
            ),
            ("| 5 | 8月8日(土)~8月9日(日) | 22:00~翌6:00 | 停止 |", &["2026-08-08T22:00..2026-08-09T06:00 planned"]),
            (
                "システムを停止します。\n8月31日(月)~9月1日(火) 23時~5時",
                &["2026-08-31T23:00..2026-09-01T05:00 planned"],
            ),
            // not one night: each day has its hours
            (
                "システムを停止します。\n8月8日(土)~8月9日(日) 各日9:00~17:00",
                &["2026-08-08T09:00..2026-08-08T17:00 planned", "2026-08-09T09:00..2026-08-09T17:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年7月1日", statement), *want, "{statement}");
        }
    }
}
