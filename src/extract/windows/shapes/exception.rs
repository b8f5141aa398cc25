//! An exception to an incident just reported: `ただし、宮城県は同日9時40分に先に復旧しました。`
//!
//! The sentence names prefectures and the time they recovered. They become a window of
//! their own (the incident's start, their recovery) and leave the incident's window, which
//! keeps the other prefectures and its own end.

use super::super::partial::end_of;
use super::super::{Reader, TimeOfDay};
use crate::lexicon::{self, Class};
use crate::model::Status;

impl Reader<'_> {
    /// Read unit `ui` as an exception to the last incident window; whether it was one.
    pub(in super::super) fn exception(&mut self, ui: usize) -> bool {
        let unit = &self.ctx.seg.units[ui];
        let notes = self.ctx.notes(ui);
        if notes.prefectures.is_empty() || lexicon::starts_with(unit.text.trim_start(), Class::ExceptionLead).is_none()
        {
            return false;
        }
        let Some((k, e)) = notes.exprs.iter().enumerate().find(|(_, e)| super::incident::recovery_point(&unit.text, e))
        else {
            return false;
        };
        let _ = k;
        let Some(p) = e.points.last() else { return false };
        let Some(time) = p.time else { return false };
        let Some(w) = self.out.last_mut().filter(|w| w.doc == unit.doc && w.status == Status::Incident) else {
            return false;
        };
        let named = super::super::place::sorted(&notes.prefectures);
        let mut early = w.clone();
        early.prefectures = if w.prefectures.is_empty() {
            named.clone()
        } else {
            named.iter().copied().filter(|p| w.prefectures.contains(p)).collect()
        };
        if early.prefectures.is_empty() {
            return false;
        }
        w.prefectures.retain(|p| !named.contains(p));
        early.end = p.date.and_then(|d| end_of(d, &early.start));
        early.end_time = Some(TimeOfDay::from(time));
        early.open_end = false;
        early.mentions.push(self.ctx.mention(unit, e.start, e.end));
        self.out.push(early);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn an_exception_makes_a_window_of_its_own() {
        let body = "回線の障害についてご報告します。\n\n・発生日時:令和8年2月9日(月)8時05分頃\n・復旧日時:令和8年2月9日(月)11時20分\n・影響範囲:青森県、岩手県、宮城県\n\nただし、宮城県は同日9時40分に先に復旧しました。";
        assert_eq!(
            windows("令和8年2月10日", body),
            ["2026-02-09T08:05..2026-02-09T09:40 incident [04]", "2026-02-09T08:05..2026-02-09T11:20 incident [02,03]"]
        );
    }

    #[test]
    fn an_exception_on_the_line_under_the_places_keeps_the_incident_start() {
        let body = "回線の障害についてご報告します。\n\n・発生日時:令和8年2月9日(月)8時05分頃\n・復旧日時:同日11時20分\n・影響範囲:福岡県、佐賀県、沖縄県\n\u{3000}ただし、沖縄県は10時20分に先行して復旧";
        assert_eq!(
            windows("令和8年2月10日", body),
            ["2026-02-09T08:05..2026-02-09T10:20 incident [47]", "2026-02-09T08:05..2026-02-09T11:20 incident [40,41]"]
        );
    }
}
