//! An incident's recovery told area by area: `東日本エリアは、同日12時10分に復旧しました。` /
//! `西日本エリアについては、現在も復旧作業中であり、復旧時期は未定です。`
//!
//! After an incident's start, a sentence that names an area (defined by the notice) or
//! prefectures and either the time they recovered or that they are still down splits the
//! incident: those places get a window of their own with the incident's start, and that end
//! or none. An incident stated with no place becomes the first area's window; one with
//! prefectures keeps those not named.

use super::super::Reader;
use super::super::partial::names_day;
use super::super::place::sorted;
use super::labelled::label_text;
use crate::lexicon::{self, Class};
use crate::model::Status;
use crate::prefectures::Prefecture;

impl Reader<'_> {
    /// Read unit `ui` as the recovery (or not) of some places of the last incident; whether
    /// it was one.
    pub(in super::super) fn recovery_by_area(&mut self, ui: usize) -> bool {
        let unit = &self.ctx.seg.units[ui];
        let notes = self.ctx.notes(ui);
        let (names, named) = match self.places_named(ui) {
            (_, p) if p.is_empty() => self.item_above(ui).map(|k| self.places_named(k)).unwrap_or_default(),
            found => found,
        };
        if named.is_empty() || self.dated_apart(ui) {
            return false;
        }
        // each later time in the line is an exception's (`同日16時30分(ただし、鹿児島県は同日18時05分)`)
        let excepted = |e: &crate::datetime::Expression, x: &crate::datetime::Expression| {
            lexicon::contains(&unit.text[e.end..x.start], Class::ExceptionLead)
        };
        let listed = || match notes.exprs {
            [e, rest @ ..]
                if e.points.len() == 1 && rest.iter().all(|x| excepted(e, x)) && self.in_recovery_list(ui) =>
            {
                Some(e)
            }
            _ => None,
        };
        let recovery = notes.exprs.iter().find(|e| super::incident::recovery_point(&unit.text, e)).or_else(listed);
        // `同日7時55分頃から…発生しておりましたが、8時20分に解消`: a start of its own, an incident
        // of its own
        let own_start = |r: &&crate::datetime::Expression| {
            notes.exprs.iter().any(|x| x.start < r.start && x.points.iter().any(|p| p.time.is_some()))
        };
        if recovery.as_ref().is_some_and(own_start) {
            return false;
        }
        // `復旧日時:未定`: an end label with no time
        let no_end = notes.exprs.is_empty() && lexicon::starts_with(label_text(&unit.text), Class::EndLabel).is_some();
        let still_down =
            recovery.is_none() && (notes.classes.has(Class::Incident) || notes.classes.has(Class::Degraded) || no_end);
        if recovery.is_none() && !still_down {
            return false;
        }
        // `本日19時20分頃から、函館市…で発生しております`: a still-down line with a time of its
        // own states an incident (an earlier report's, below a later one), not the state of
        // the last one's places
        let timed = notes.exprs.iter().any(|x| x.points.iter().any(|p| p.time.is_some()));
        if still_down && timed {
            return false;
        }
        let Some(last) = self.out.iter().rposition(|w| w.doc == unit.doc && w.status == Status::Incident) else {
            return false;
        };
        // the incident as first read, not a part of it split off by an earlier line
        let (start, time) = (self.out[last].start, self.out[last].start_time);
        let same = |w: &&super::super::WindowSpec| w.doc == unit.doc && w.start == start && w.start_time == time;
        let k = self.out.iter().position(|w| same(&w) && w.status == Status::Incident).unwrap_or(last);
        // the incident stated a few lines above, not one from another part of the document
        let near = self.out[k].mentions.last().is_some_and(|m| (unit.line as u32 + 1).saturating_sub(m.line) <= 20);
        // `引き続き復旧作業中` does not reopen an incident stated with its recovery: another
        // one's (`伊達市…22時10分に復旧` above `函館市…については、引き続き復旧作業中`), or the
        // one a newer report above says has recovered (reports newest first)
        // (an incident already split area by area is still the statement of the others)
        let recovered = !self.out[k].open_end && !self.area_parts.contains(&k);
        if !near || (still_down && recovered) {
            return false;
        }
        let mut w = self.out[k].clone();
        w.prefectures = named.clone();
        w.areas = names;
        w.end = None;
        w.end_time = None;
        w.open_end = true;
        w.still_down = still_down;
        if let Some(e) = recovery {
            let Some(p) = e.points.last() else { return false };
            // `同日12時10分`: the incident's day
            w.end_at(p);
            w.mentions.push(self.ctx.mention(unit, e.start, e.end));
        }
        let at = self.split_off(k, w, &named);
        if let Some(e) = recovery {
            self.split_exceptions(ui, e, at);
        }
        true
    }

    /// Whether unit `ui` gives a date of its own (not `同日`, nor the last incident's day
    /// written out: `同日(10月5日)`): it starts something else.
    fn dated_apart(&self, ui: usize) -> bool {
        let doc = self.ctx.seg.units[ui].doc;
        let day = self.out.iter().rev().find(|w| w.doc == doc && w.status == Status::Incident).map(|w| w.start);
        let dated = |p: &crate::datetime::Point| {
            p.date.as_ref().is_some_and(|d| names_day(d) && !day.is_some_and(|s| is_day(d, &s)))
        };
        self.ctx.notes(ui).exprs.iter().any(|e| e.points.iter().any(dated))
    }

    /// Window `w`, the part of incident `k` for the places `named`: the incident leaves them,
    /// or becomes `w` when it had no places or `named` were its last; returns `w`'s index.
    /// An incident that already became the window of an earlier line's places keeps them.
    pub(super) fn split_off(&mut self, k: usize, w: super::super::WindowSpec, named: &[&'static Prefecture]) -> usize {
        if self.area_parts.contains(&k) {
            self.out.push(w);
            return self.out.len() - 1;
        }
        let base = &mut self.out[k];
        let had_places = !(base.prefectures.is_empty() && base.areas.is_empty());
        base.prefectures.retain(|p| !named.contains(p));
        if !had_places || (base.prefectures.is_empty() && base.areas.is_empty()) {
            *base = w;
            self.area_parts.push(k);
            k
        } else {
            self.out.push(w);
            self.out.len() - 1
        }
    }

    /// `| 西日本エリア | 同日16時30分(ただし、鹿児島県は同日18時05分) |`: the prefectures an
    /// exception after recovery `e` names recovered at its own time. They get a window of their
    /// own and leave window `at`, the line's.
    fn split_exceptions(&mut self, ui: usize, e: &crate::datetime::Expression, at: usize) {
        let unit = &self.ctx.seg.units[ui];
        let notes = self.ctx.notes(ui);
        for x in notes.exprs.iter().filter(|x| x.start >= e.end) {
            let between = &unit.text[e.end..x.start];
            let (Some(p), true) = (x.points.last(), lexicon::contains(between, Class::ExceptionLead)) else { continue };
            if p.time.is_none() {
                continue;
            }
            let hits: Vec<_> =
                notes.prefectures.iter().filter(|h| h.start >= e.end && h.end <= x.start).cloned().collect();
            let named = sorted(&hits);
            if named.is_empty() {
                continue;
            }
            let mut part = self.out[at].clone();
            part.prefectures = named.clone();
            part.areas.clear();
            part.end_at(p);
            part.mentions.push(self.ctx.mention(unit, x.start, x.end));
            self.out[at].prefectures.retain(|q| !named.contains(q));
            self.out.push(part);
        }
    }

    /// Whether unit `ui` is a line of a list of recovery times by place: under a short line
    /// that ends with a recovery label (`(3)復旧日時`, `■復旧日時`, `エリア別の復旧日時`, a table's
    /// header row `| エリア | 復旧日時 |`), right after it or after other lines of the list (a
    /// time each, no day of their own).
    fn in_recovery_list(&self, ui: usize) -> bool {
        let doc = self.ctx.seg.units[ui].doc;
        for k in (ui.saturating_sub(12)..ui).rev() {
            let u = &self.ctx.seg.units[k];
            let notes = self.ctx.notes(k);
            if u.doc != doc {
                return false;
            }
            if notes.exprs.is_empty() {
                // `(3)復旧日時`, `■復旧日時:`, `【復旧日時】`, `2.エリア別の復旧日時`, a header row `| エリア | 復旧日時 |`
                let t = label_text(crate::segment::after_markers(&u.text))
                    .trim_end_matches([' ', ':', '|', '】', ']', '》', '>']);
                return lexicon::ends_with(t, Class::EndLabel).is_some() && t.chars().count() <= 20;
            }
            let timed = |e: &crate::datetime::Expression| {
                e.points.iter().all(|p| p.time.is_some() && !p.date.as_ref().is_some_and(names_day))
            };
            if !notes.exprs.iter().all(timed) {
                return false;
            }
        }
        false
    }

    /// The list item or numbered heading right above unit `ui` (or above a line between them
    /// that names neither a place nor a time) that names places and no time: the places the lines under it speak
    /// of (`・新潟県のお客様` over `同日11時05分に復旧いたしました。`).
    pub(super) fn item_above(&self, ui: usize) -> Option<usize> {
        let doc = self.ctx.seg.units[ui].doc;
        for k in (ui.saturating_sub(2)..ui).rev() {
            let (u, notes) = (&self.ctx.seg.units[k], self.ctx.notes(k));
            if u.doc != doc || !notes.exprs.is_empty() {
                return None;
            }
            if !notes.prefectures.is_empty() || !notes.areas.is_empty() {
                use crate::segment::UnitKind;
                // or the `影響範囲:` line of a report's group (`影響範囲:銚子市、旭市…` over
                // `復旧日時:同日11時20分`)
                let target = super::super::place::starts_with_target_label(&u.text);
                return (matches!(u.kind, UnitKind::Item | UnitKind::Heading) || target).then_some(k);
            }
        }
        None
    }

    /// The areas a unit names that the notice defines, and their prefectures with those the
    /// unit names itself.
    pub(super) fn places_named(&self, ui: usize) -> (Vec<String>, Vec<&'static Prefecture>) {
        let notes = self.ctx.notes(ui);
        let doc = self.ctx.seg.units[ui].doc;
        let mut names = Vec::new();
        let mut prefs = sorted(notes.prefectures);
        for (_, _, name) in notes.areas {
            if let Some(def) = self.areas.lookup(name, doc) {
                names.push(name.clone());
                prefs.extend(def.prefectures.iter().copied());
            }
        }
        prefs.sort_by_key(|p| p.code);
        prefs.dedup();
        (names, prefs)
    }
}

/// Whether `d` names day `s` (its month, when written, and its day).
fn is_day(d: &crate::datetime::DateTok, s: &super::super::PartialDate) -> bool {
    use crate::datetime::{DayRef, MonthRef};
    let month = match d.month {
        Some(MonthRef::Month(m)) => Some(m),
        _ => None,
    };
    matches!(d.day, Some(DayRef::Day(n)) if n == s.day) && month.is_none_or(|m| s.month == Some(m))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn a_report_by_group_with_one_group_still_down() {
        let body = "件名:【第2報】メディカルネット 通信障害の発生について\n\n本日朝から発生しております通信障害について、状況をお知らせいたします。\n\n1.発生日時\n令和8年9月14日(月)8時50分頃\n\n2.影響範囲及び復旧状況\n(1)回線A\n影響範囲:銚子市、旭市の参加施設、及び茨城県神栖市の参加施設\n復旧日時:同日11時20分(復旧済み)\n(2)回線B\n影響範囲:香取市、香取郡多古町の参加施設\n復旧日時:未定\n\n<参考:第1報(本日9時40分発信)の内容>\n発生日時:9月14日(月)9時00分頃\n影響範囲:銚子市、旭市の参加施設";
        assert_eq!(
            windows("令和8年9月14日", body),
            ["2026-09-14T08:50..- incident [12]", "2026-09-14T08:50..2026-09-14T11:20 incident [08,12]"]
        );
    }

    #[test]
    fn an_incident_recovered_area_by_area() {
        let body = "令和8年11月24日(火)11時05分頃から、システムに接続できない障害が発生しております。\n\n東日本エリアは、同日12時10分に復旧しました。\n西日本エリアについては、現在も復旧作業中であり、復旧時期は未定です。\n\n東日本エリア:北海道、青森県、岩手県\n\n西日本エリア:福岡県、佐賀県、長崎県";
        assert_eq!(
            windows("令和8年11月24日", body),
            ["2026-11-24T11:05..- incident [40,41,42]", "2026-11-24T11:05..2026-11-24T12:10 incident [01,02,03]"]
        );
    }

    #[test]
    fn an_exception_inside_a_recovery_row() {
        let body = "障害の概要をお知らせします。\n\n1.発生日時\n令和9年7月7日(水)15時10分頃\n\n2.エリア別の復旧日時\n| エリア | 復旧日時 |\n|---|---|\n| 東日本エリア | 同日17時45分 |\n| 西日本エリア | 同日16時30分(ただし、鹿児島県は同日18時05分) |\n\n東日本エリア:北海道、青森県\n西日本エリア:大阪府、鹿児島県、沖縄県";
        assert_eq!(
            windows("令和9年7月8日", body),
            [
                "2027-07-07T15:10..2027-07-07T16:30 incident [27,47]",
                "2027-07-07T15:10..2027-07-07T17:45 incident [01,02]",
                "2027-07-07T15:10..2027-07-07T18:05 incident [46]"
            ]
        );
    }

    #[test]
    fn an_incident_of_its_own_in_an_area() {
        let body = "下記のとおり通信障害が発生しております。\n\n・発生日時:令和9年1月18日(月)8時40分頃\n・復旧日時:未定\n・影響範囲:青森県、岩手県\n\n同日7時55分頃から、北海道エリアの一部で接続が遅くなる事象が発生しておりましたが、8時20分に解消しております。\n\n北海道エリア:北海道";
        assert_eq!(
            windows("令和9年1月18日", body),
            ["2027-01-18T07:55..2027-01-18T08:20 incident [01]", "2027-01-18T08:40..- incident [02,03]"]
        );
    }

    #[test]
    fn recovery_times_listed_by_place_under_the_label() {
        let cases: &[(&str, &[&str])] = &[
            (
                "システムに接続できない障害が発生しました。\n\n(1)発生日時\n令和8年2月9日(月)22時15分頃\n\n(2)影響地域\n宮城県:仙台市、石巻市\n山形県:山形市\n\n(3)復旧日時\n仙台市、石巻市の医療機関:翌日 4時05分\n山形市の医療機関:翌日 1時30分",
                &[
                    "2026-02-09T22:15..2026-02-10T01:30 incident [06]",
                    "2026-02-09T22:15..2026-02-10T04:05 incident [04]",
                ],
            ),
            (
                "回線の障害についてご報告します。\n\n■発生日時:2月9日(月)8時30分頃\n■復旧日時\n・青森県:同日9時15分\n・秋田県、岩手県:同日10時40分",
                &[
                    "2026-02-09T08:30..2026-02-09T09:15 incident [02]",
                    "2026-02-09T08:30..2026-02-09T10:40 incident [03,05]",
                ],
            ),
            // each place an item, what became of it on the lines under it
            (
                "サービス障害について、第2報をお知らせいたします。\n\n■ 発生日時\n2027年1月14日(木)9時12分頃\n\n■ 影響範囲・現在の状況\n・富山県、石川県、福井県のお客様\nストレージ障害により、参照ができない状態が続いています。\n現時点で復旧見込みは未定です。\n・新潟県のお客様\n別系統への切り替えを行い、同日11時05分に復旧いたしました。",
                &["2027-01-14T09:12..- incident [16,17,18]", "2027-01-14T09:12..2027-01-14T11:05 incident [15]"],
            ),
            (
                "接続障害について、第2報をお知らせします。\n\n1.発生日時\n令和8年10月6日(火)8時40分頃\n\n2.影響範囲と復旧状況\n(1)長岡市、柏崎市、小千谷市の参加施設\n同日12時35分に復旧しました。現在は通常どおりご利用いただけます。\n(2)上越市、妙高市の参加施設および長野県飯山市の参加施設\n現在も閲覧・送信ができない状態が続いています。復旧見込みは未定です。",
                &["2026-10-06T08:40..- incident [15,20]", "2026-10-06T08:40..2026-10-06T12:35 incident [15]"],
            ),
            // an earlier report's open window gives way when the later ones cover its places
            (
                "【第2報】\n\n■発生日時\n令和8年10月6日(火)8時40分頃\n\n■復旧日時\n・新潟県:同日11時20分\n・長野県:同日12時05分\n\n【第1報】\n\n令和8年10月6日(火)8時40分頃から新潟県、長野県で接続できない障害が発生しております。復旧の見込みは未定です。",
                &[
                    "2026-10-06T08:40..2026-10-06T11:20 incident [15]",
                    "2026-10-06T08:40..2026-10-06T12:05 incident [20]",
                ],
            ),
            // reports newest first: the first report's own start, below the recovery, is not
            // the recovered incident still going on in its places
            (
                "■復旧のお知らせ(11月17日 9時30分 配信)\n\n11月16日(月)19時20分頃から発生しておりました通信障害は、翌17日(火)2時45分に全面的に復旧いたしました。\n\n■第1報(11月16日 20時15分 配信)\n\n本日19時20分頃から、函館市及び北斗市の一部の医療機関において接続できない事象が発生しております。",
                &["2026-11-16T19:20..2026-11-17T02:45 incident"],
            ),
            // the incident's day written out beside `同日` is no date of its own
            (
                "令和8年2月9日(月)16時05分頃から、宮城県及び山形県で接続できない障害が発生しておりましたが、翌2月10日(火)0時50分に復旧いたしました。\n山形県の医療機関については、同日(2月9日)21時30分に先行して復旧しております。",
                &[
                    "2026-02-09T16:05..2026-02-09T21:30 incident [06]",
                    "2026-02-09T16:05..2026-02-10T00:50 incident [04]",
                ],
            ),
            // the label in brackets
            (
                "通信障害について、第3報をお送りします。\n\n【発生日時】\n2026年11月12日(木)8時50分頃\n\n【復旧日時】\n・鳥取県:11時20分\n・島根県(松江市、出雲市):12時05分",
                &[
                    "2026-11-12T08:50..2026-11-12T11:20 incident [31]",
                    "2026-11-12T08:50..2026-11-12T12:05 incident [32]",
                ],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年2月10日", statement), *want, "{statement}");
        }
    }
}
