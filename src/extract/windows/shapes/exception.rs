//! An exception to an incident just reported: `ただし、宮城県は同日9時40分に先に復旧しました。`
//!
//! The sentence names prefectures and the time they recovered. They become a window of
//! their own (the incident's start, their recovery) and leave the incident's window, which
//! keeps the other prefectures and its own end.

use super::super::Reader;
use crate::lexicon::{self, Class};
use crate::model::Status;
use crate::prefectures::Prefecture;

impl Reader<'_> {
    /// Read unit `ui` as an exception to the last incident window; whether it was one.
    pub(in super::super) fn exception(&mut self, ui: usize) -> bool {
        let unit = &self.ctx.seg.units[ui];
        let notes = self.ctx.notes(ui);
        let aside = self.aside_to_recovery(ui);
        if notes.prefectures.is_empty()
            || !(aside || lexicon::starts_with(unit.text.trim_start(), Class::ExceptionLead).is_some())
        {
            return false;
        }
        let recovery = |e: &&crate::datetime::Expression| super::incident::recovery_point(&unit.text, e);
        // an aside says only the time: `(佐賀県有田町の参加施設のみ15時25分)`
        let Some(e) = notes.exprs.iter().find(recovery).or_else(|| notes.exprs.last().filter(|_| aside)) else {
            return false;
        };
        let Some(p) = e.points.last() else { return false };
        if p.time.is_none() {
            return false;
        }
        let Some(w) = self.out.last_mut().filter(|w| w.doc == unit.doc && w.status == Status::Incident) else {
            return false;
        };
        let named = super::super::place::sorted(notes.prefectures);
        let mut early = w.clone();
        early.prefectures = if w.prefectures.is_empty() {
            named.clone()
        } else {
            named.iter().copied().filter(|p| w.prefectures.contains(p)).collect()
        };
        if early.prefectures.is_empty() {
            return false;
        }
        // a prefecture named only by its municipalities (`別府市・由布市`, `宮城県仙台市`) is
        // excepted in part: the rest of it stays in the incident's window, unless the report
        // named it above by its municipalities alone (`影響範囲:岡山県倉敷市・総社市`)
        let partial = partial_prefectures(notes);
        let above = (ui.saturating_sub(8)..ui).filter(|&i| self.ctx.seg.units[i].doc == unit.doc);
        let (mut whole_above, mut part_above) = (Vec::new(), Vec::new());
        for i in above {
            whole_above.extend(whole_prefectures(self.ctx.notes(i)));
            part_above.extend(partial_prefectures(self.ctx.notes(i)));
        }
        let has = |list: &[&'static Prefecture], p: &Prefecture| list.iter().any(|x| std::ptr::eq(*x, p));
        let stays = |p: &Prefecture| has(&partial, p) && (has(&whole_above, p) || !has(&part_above, p));
        w.prefectures.retain(|p| !named.contains(p) || stays(p));
        early.end_at(p);
        early.mentions.push(self.ctx.mention(unit, e.start, e.end));
        self.out.push(early);
        true
    }
}

impl Reader<'_> {
    /// Whether unit `ui` is an aside in brackets right under a recovery line
    /// (`復旧日時:同日14時40分` over `(佐賀県有田町の参加施設のみ15時25分)`): the places it names
    /// recovered at its time.
    fn aside_to_recovery(&self, ui: usize) -> bool {
        let text = self.ctx.seg.units[ui].text.trim();
        let bracketed = text.starts_with('(') && text.ends_with(')');
        bracketed && ui > 0 && self.ctx.seg.units[ui - 1].doc == self.ctx.seg.units[ui].doc && {
            let above = crate::segment::after_markers(&self.ctx.seg.units[ui - 1].text);
            let label = super::labelled::label_text(above);
            lexicon::starts_with(label, Class::EndLabel).is_some() && !self.ctx.notes(ui - 1).exprs.is_empty()
        }
    }
}

/// The prefectures a unit names by their own name, not only as the prefecture of a
/// municipality (`別府市`) or before one (`宮城県仙台市`).
fn whole_prefectures(notes: crate::annotate::UnitNotes<'_>) -> impl Iterator<Item = &'static Prefecture> + '_ {
    notes
        .prefectures
        .iter()
        .filter(|h| !notes.municipalities.iter().any(|m| m.start == h.start || m.start == h.end))
        .map(|h| h.prefecture)
}

/// The prefectures a unit names only by (or before) their municipalities.
fn partial_prefectures(notes: crate::annotate::UnitNotes<'_>) -> Vec<&'static Prefecture> {
    let whole: Vec<_> = whole_prefectures(notes).collect();
    notes.prefectures.iter().map(|h| h.prefecture).filter(|p| !whole.iter().any(|x| std::ptr::eq(*x, *p))).collect()
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
    fn an_exception_for_some_municipalities_leaves_their_prefecture_in_the_incident() {
        let body = "回線の障害についてご報告します。\n\n発生日時 令和8年8月20日(木)10時15分頃\n復旧日時 同日16時40分\nただし、別府市・由布市の参加施設は、同日17時55分の復旧となりました。\n影響範囲 大分県内の全参加施設";
        assert_eq!(
            windows("令和8年8月20日", body),
            ["2026-08-20T10:15..2026-08-20T16:40 incident [44]", "2026-08-20T10:15..2026-08-20T17:55 incident [44]"]
        );
        let body = "回線の障害についてご報告します。\n\n・発生日時:令和8年2月9日(月)8時05分頃\n・復旧日時:同日11時20分\n・影響範囲:宮城県、山形県\n\nただし、宮城県仙台市は同日9時40分に先に復旧しました。";
        assert_eq!(
            windows("令和8年2月10日", body),
            ["2026-02-09T08:05..2026-02-09T09:40 incident [04]", "2026-02-09T08:05..2026-02-09T11:20 incident [04,06]"]
        );
        // named above by the same municipalities alone: all of its part is excepted
        let body = "回線の障害についてご報告します。\n\n発生日時 令和8年12月3日(木)14時25分頃\n影響範囲 山口県下関市、岡山県倉敷市・総社市の参加施設\n復旧日時 同日18時50分\nただし、岡山県倉敷市・総社市は、同日16時10分に先行して復旧しました。";
        assert_eq!(
            windows("令和8年12月3日", body),
            ["2026-12-03T14:25..2026-12-03T16:10 incident [33]", "2026-12-03T14:25..2026-12-03T18:50 incident [35]"]
        );
    }

    #[test]
    fn an_aside_under_the_recovery_line_is_an_exception() {
        let body = "接続障害は復旧いたしました。\n\n発生日時 2026年6月3日(水)10時15分頃\n復旧日時 同日14時40分\n(佐賀県有田町の参加施設のみ15時25分)\n影響範囲 長崎県全域、佐賀県の一部(伊万里市、有田町)の参加施設";
        assert_eq!(
            windows("令和8年6月3日", body),
            ["2026-06-03T10:15..2026-06-03T14:40 incident [41,42]", "2026-06-03T10:15..2026-06-03T15:25 incident [41]"]
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
