//! The result of work, on the line under its window: `予定:6月6日(土)22:00 − 翌7日(日)5:00` over
//! `結果:作業は順調に進み、翌7日(日)3時40分にすべての作業を終了しました。`
//!
//! A line that states one time and that the work ended then (the recovery words of an
//! incident's end, [`super::incident::recovery_point`]) reports what became of the window
//! stated right above it: done, and at that time, which is its end.

use super::super::partial::{end_of, names_day};
use super::super::{Reader, TimeOfDay};
use crate::model::Status;

impl Reader<'_> {
    /// Read unit `ui` as the result of the window stated just above; whether it was one.
    pub(in super::super) fn work_result(&mut self, ui: usize) -> bool {
        let unit = &self.ctx.seg.units[ui];
        let notes = self.ctx.notes(ui);
        // the one time the work ended at (`予定の4時を過ぎ、4月11日(日)5時50分にすべての作業を終え`)
        let mut ended = notes.exprs.iter().filter(|e| {
            e.points.len() == 1 && e.points[0].time.is_some() && super::incident::recovery_point(&unit.text, e)
        });
        let (Some(e), None) = (ended.next(), ended.next()) else { return false };
        let p = &e.points[0];
        let Some(w) = self.out.last_mut() else { return false };
        let just_above = w.mentions.first().is_some_and(|m| (unit.line as u32 + 1).saturating_sub(m.line) <= 2);
        if w.doc != unit.doc || !just_above || !matches!(w.status, Status::Planned | Status::Completed) {
            return false;
        }
        // a line that names the window it reports by ordinal (`①の作業は…終了しました`) speaks of
        // that one, which may not be the last
        if super::super::scope::speaks_of_another(&unit.text, &w.description) {
            return false;
        }
        let date = p.date.filter(names_day).and_then(|d| end_of(d, &w.start));
        w.status = Status::Completed;
        w.end = date.or(w.end.filter(|_| p.date.is_none()));
        w.end_time = p.time.map(TimeOfDay::from);
        w.open_end = false;
        w.mentions.push(self.ctx.mention(unit, e.start, e.end));
        true
    }
}

/// The result said after the window in its own statement (`第2回 11月7日(土)22時00分~8日(日)
/// 4時00分(予定) → …作業時間を延長し、8日(日)6時20分に作業を終了…`, or in a later cell of its
/// table row: `| ① | 1月9日(土)20:00~1月10日(日)8:00 | 実施済み(…10日(日)5時45分にサービスを
/// 再開しました) |`): the index of the one later time the work ended at, after a result arrow
/// or a cell border, with no other window between.
pub fn result_in_statement(st: &super::super::statement::Statement<'_>, k: usize) -> Option<usize> {
    let text = &*st.unit.text;
    let e = st.notes.exprs.get(k)?;
    let [x] = &st.notes.exprs[k + 1..] else { return None };
    let timed = x.points.len() == 1 && x.points[0].time.is_some();
    let between = &text[e.end..x.start];
    let row = st.unit.kind == crate::segment::UnitKind::TableRow && between.contains('|');
    let apart = between.contains('→') || row;
    (timed && apart && super::incident::recovery_point(text, x)).then_some(k + 1)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn the_result_under_a_window() {
        let cases: &[(&str, &[&str])] = &[
            (
                "作業の結果をご報告します。\n\n予定:6月6日(土)22:00 - 翌7日(日)5:00\n結果:作業は順調に進み、翌7日(日)3時40分にすべての作業を終了しました。\n\n次回:6月20日(土)22:00 - 翌21日(日)5:00",
                &["2026-06-06T22:00..2026-06-07T03:40 completed", "2026-06-20T22:00..2026-06-21T05:00 planned"],
            ),
            // the remark cell of a result table: earlier, and later than planned
            (
                "作業の実施結果です。作業中は照会機能を停止します。\n\n| 回 | 予定日時 | 結果 | 備考 |\n|---|---|---|---|\n| 第1回 | 令和8年11月14日(土)21:00~翌15日(日)5:00 | 完了 | 予定より早く、翌15日3:25に作業を終えました。 |\n| 第2回 | 令和8年11月28日(土)21:00~翌29日(日)5:00 | 完了 | 確認に時間を要し、翌29日7:40まで延長しました。 |",
                &["2026-11-14T21:00..2026-11-15T03:25 completed", "2026-11-28T21:00..2026-11-29T07:40 completed"],
            ),
            // the result under a rule, later than planned, the planned end named too
            (
                "サーバ移設作業の第1夜の実施結果をお知らせします。\n\n1.第1夜(2026年6月6日(土)22:00~6月7日(日)4:00)の結果\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n検証に時間を要したため、予定の4時を過ぎ、6月7日(日)5時50分にすべての作業を終え、サービスを再開いたしました。",
                &["2026-06-06T22:00..2026-06-07T05:50 completed"],
            ),
            // the result after an arrow, in the window's own item
            (
                "作業の結果をご報告します。\n\n(1)第2回 令和8年6月6日(土)22時00分~7日(日)4時00分(予定)\n→ 作業時間を延長し、7日(日)6時20分に作業を終了、サービスを再開いたしました。",
                &["2026-06-06T22:00..2026-06-07T06:20 completed"],
            ),
            // the result in a later cell of the window's row
            (
                "作業の実施状況をお知らせします。作業中はシステムを停止します。\n\n| 回 | 作業日時 | 状況 |\n|---|---|---|\n| ① | 令和8年6月6日(土)20:00~6月7日(日)8:00 | 実施済み(作業が早く終わったため、7日(日)5時45分にサービスを再開しました) |\n| ② | 令和8年6月20日(土)20:00~6月21日(日)8:00 | 予定どおり実施 |",
                &["2026-06-06T20:00..2026-06-07T05:45 completed", "2026-06-20T20:00..2026-06-21T08:00 planned"],
            ),
            (
                "下記のとおりシステムを停止します。\n\n停止日時:6月13日(土)22:00 - 翌14日(日)5:00\n\n停止中は、紙での運用をお願いします。\n\nなお、前回の作業は6月7日(日)3時40分にすべて終了しました。",
                &["2026-06-13T22:00..2026-06-14T05:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年6月8日", statement), *want, "{statement}");
        }
    }
}
