//! The result of work told area by area, under the window it reports: `■第1回の結果` /
//! `(1)北海道・東北エリア` / `予定どおり、5月23日(日)5:00に作業を完了しました。` /
//! `(2)関東エリア` / `…作業時間を延長し、5月23日(日)7:25に作業を完了しました。` /
//! `(3)中部エリア` / `…当エリアの作業は取りやめ、次の日程で再実施いたします。`
//!
//! A work report lists the places of one night under their own items and says, for each,
//! when the work ended there or that it was called off. Each such line (the item above it
//! names the places; it gives one time the work ended at, or a cancellation and no date)
//! splits the window it reports: the last maintenance window of the document stated above
//! whose night holds that time. A line that says a part goes ahead as announced (`→ 予定どおり
//! 停止します`) gives that part a planned window of its own. The places get a window of their own with the window's
//! start and that end (`completed`), or its times (`cancelled`); the window keeps the places
//! no line spoke of, and becomes the first part when none are left. An item whose area the
//! notice does not define (`村山・最上・庄内地域`) is a part of the window's own places.
//!
//! An incident's recovery area by area is [`super::by_area`]'s; a result on the line right
//! under its window, with no places, is [`super::result`]'s.

use super::super::partial::{end_of, names_day};
use super::super::{PartialDate, Reader, WindowSpec};
use crate::datetime::Point;
use crate::lexicon::Class;
use crate::model::Status;
use crate::prefectures::Prefecture;

impl Reader<'_> {
    /// Read unit `ui` as what became of one area's part of the window above; whether it was.
    pub(in super::super) fn area_result(&mut self, ui: usize) -> bool {
        let unit = &self.ctx.seg.units[ui];
        let notes = self.ctx.notes(ui);
        let Some(item) = self.place_item_above(ui) else { return false };
        let ended = notes.exprs.iter().find(|e| super::incident::recovery_point(&unit.text, e));
        let point = ended.and_then(|e| e.points.last().filter(|p| p.time.is_some()));
        let cancelled = notes.exprs.is_empty() && notes.classes.has(Class::Cancelled);
        // `→ 予定どおり停止します`: this part goes ahead as announced
        let kept = notes.exprs.is_empty() && !cancelled && notes.classes.has(Class::Unchanged);
        if point.is_none() && !cancelled && !kept {
            return false;
        }
        // a range of its own in the line is a window of its own, not a result
        if notes.exprs.iter().any(|e| e.shape != crate::datetime::Shape::Single) {
            return false;
        }
        let (names, mut named) = self.places_named(item);
        let Some(k) = self.reported_window(ui, point, &named) else { return false };
        let base = &self.out[k];
        if named.is_empty() {
            named = base.prefectures.clone();
        }
        let mut part = base.clone();
        part.prefectures = named.clone();
        part.areas = names;
        match (point, ended) {
            (Some(p), Some(e)) => {
                part.end_at(p);
                part.status = Status::Completed;
                part.mentions.push(self.ctx.mention(unit, e.start, e.end));
            }
            _ if kept => part.status = Status::Planned,
            _ => part.status = Status::Cancelled,
        }
        // the window's area names go with its places: none left, it becomes this part
        if self.out[k].prefectures.iter().all(|p| named.contains(p)) {
            self.out[k].areas.clear();
        }
        self.split_off(k, part, &named);
        true
    }

    /// The item right above unit `ui` that is only a place (`(2)関東・甲信越エリア`,
    /// `・置賜地域(米沢市、南陽市)`): a short list item or heading with no date, naming places
    /// or an area, that defines nothing (no `:`).
    fn place_item_above(&self, ui: usize) -> Option<usize> {
        use crate::segment::UnitKind;
        let k = ui.checked_sub(1)?;
        let (u, notes) = (&self.ctx.seg.units[k], self.ctx.notes(k));
        let place = !notes.prefectures.is_empty() || !notes.areas.is_empty();
        // short once its list of prefectures is left out (`・九州・沖縄エリア(福岡県、…、沖縄県)`)
        let listed: usize = notes.prefectures.iter().map(|p| u.text[p.start..p.end].chars().count()).sum();
        let short = u.text.chars().count().saturating_sub(listed) <= 40 && !u.text.contains(':');
        let item = matches!(u.kind, UnitKind::Item | UnitKind::Heading);
        (u.doc == self.ctx.seg.units[ui].doc && notes.exprs.is_empty() && place && short && item).then_some(k)
    }

    /// The maintenance window a result line `ui` reports: the last one of its document stated
    /// in the 40 lines above, planned or done, whose night holds `point` (its start's day or
    /// its end's) and whose places hold the `named` ones, or a part already split off it.
    fn reported_window(&self, ui: usize, point: Option<&Point>, named: &[&'static Prefecture]) -> Option<usize> {
        let unit = &self.ctx.seg.units[ui];
        let near =
            |w: &WindowSpec| w.mentions.first().is_some_and(|m| (unit.line as u32 + 1).saturating_sub(m.line) <= 40);
        // a part already split off this window stands for it, whatever became of that part
        let parts = &self.area_parts;
        let k = self.out.iter().enumerate().rposition(|(i, w)| {
            w.doc == unit.doc
                && near(w)
                && w.start_time.is_some()
                && point.is_none_or(|p| holds(w, p))
                && (parts.contains(&i) && w.status != Status::Incident
                    || matches!(w.status, Status::Planned | Status::Completed)
                        && (w.prefectures.is_empty() || named.iter().all(|p| w.prefectures.contains(p))))
        })?;
        Some(k)
    }
}

/// Whether time `p` falls on the night of window `w`: no day of its own, or its start's day
/// or its end's.
fn holds(w: &WindowSpec, p: &Point) -> bool {
    let Some(d) = p.date.filter(names_day) else { return true };
    let Some(day) = end_of(d, &w.start) else { return false };
    let same = |a: &PartialDate, b: &PartialDate| a.day == b.day && a.month == b.month;
    same(&day, &w.start) || w.end.as_ref().is_some_and(|e| same(&day, e))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn a_result_area_by_area() {
        let cases: &[(&str, &[&str])] = &[
            (
                "網設備更新作業の結果をご報告します。\n\n■作業予定\n第1回:5月22日(土)23:00~5月23日(日)5:00\n対象:北海道エリア、関東エリア、近畿エリア\n\n■第1回の結果\n(1)北海道エリア\n予定どおり、5月23日(日)5:00に作業を完了しました。\n(2)関東エリア\n作業時間を延長し、5月23日(日)7:25に作業を完了しました。\n(3)近畿エリア\n当エリアの作業は取りやめ、次の日程で再実施いたします。\n再実施日時:6月5日(土)23:00~翌6日(日)5:00\n\n北海道エリア:北海道、青森県\n関東エリア:茨城県、東京都\n近畿エリア:大阪府、京都府",
                &[
                    "2027-05-22T23:00..2027-05-23T05:00 completed [01,02]",
                    "2027-05-22T23:00..2027-05-23T05:00 cancelled [26,27]",
                    "2027-05-22T23:00..2027-05-23T07:25 completed [08,13]",
                    "2027-06-05T23:00..2027-06-06T05:00 rescheduled [26,27]",
                ],
            ),
            // areas the notice does not define: parts of the window's own places
            (
                "やまがた医療ネット運用センターです。5月15日(土)22:00~翌16日(日)5:00に予定しておりましたネットワーク機器の更新作業は、下記のとおり完了いたしました。作業中は通信が停止しました。\n\n■作業結果\n・村山・最上地域\n5月16日(日)3時12分に作業を完了し、通信を再開しました。\n・置賜地域(米沢市、南陽市)\n機器の設定確認に時間を要し、5月16日(日)4時40分に作業を完了しました。",
                &[
                    "2027-05-15T22:00..2027-05-16T03:12 completed [06]",
                    "2027-05-15T22:00..2027-05-16T04:40 completed [06]",
                ],
            ),
            // one area called off (its prefectures listed, a long item), the rest as planned
            (
                "一部のエリアで作業を中止することとなりました。\n\n■ 2027.5.22(土)20:00 ~ 5.23(日)6:00の停止\n\n・九州・沖縄エリア(福岡県、佐賀県、長崎県、熊本県、大分県、宮崎県、鹿児島県、沖縄県)\n→ 中止します。同エリアの作業日は現在調整中です。\n\n・上記以外のエリア(北海道から高知県まで)\n→ 予定どおり停止します。",
                &[
                    "2027-05-22T20:00..2027-05-23T06:00 planned [01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39]",
                    "2027-05-22T20:00..2027-05-23T06:00 cancelled [40,41,42,43,44,45,46,47]",
                ],
            ),
            // a time on another day is not this night's result
            (
                "作業の結果をご報告します。\n\n作業日時:5月22日(土)23:00~5月23日(日)5:00\n対象:北海道エリア\n\n■結果\n(1)北海道エリア\n5月30日(日)5:00に作業を完了しました。\n\n北海道エリア:北海道、青森県",
                &["2027-05-22T23:00..2027-05-23T05:00 planned [01,02]"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和9年5月23日", statement), *want, "{statement}");
        }
    }
}
