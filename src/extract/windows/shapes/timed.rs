//! A start with a date and an end: `令和7年2月1日(土) 22:00~2月2日(日) 0:30`,
//! `令和8年5月24日(日)2:00~3:00`, an open end (`2月1日 22:00以降`), or a start alone whose end
//! comes from elsewhere: an incident's recovery ([`super::incident`]), a labelled end line
//! ([`super::labelled`]), a duration ([`super::duration`]). A lone date and time with none of
//! these is a moment, not a window; a start followed by `以降は通常どおり` is a resumption.

use super::super::errata::{marked_wrong, quoted_as_old};
use super::super::partial::{date_of, end_of, names_day};
use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::status::{expression_status, struck_status};
use super::super::{Evidence, PartialDate, Reader, TimeOfDay, WindowSpec};
use crate::datetime::{Expression, Point};
use crate::lexicon::Class;
use crate::model::Status;

impl Reader<'_> {
    /// Read a start with a date (and maybe time) and its end.
    pub(super) fn timed(
        &mut self,
        st: &Statement<'_>,
        placer: &Placer<'_>,
        k: usize,
        e: &Expression,
        (start, end): (Point, Option<Point>),
        last: Option<PartialDate>,
    ) {
        if st.evidence == Evidence::Title && e.points.iter().any(|p| p.time.is_none()) {
            return;
        }
        // the time an incident ended (`同日11時30分に復旧`) starts nothing; stated alone, it
        // ends the incident it speaks of
        if self.recovered.contains(&k) {
            return;
        }
        if super::incident::recovery_point(&st.unit.text, e) {
            return self.recovery_alone(st, placer, e, start, last);
        }
        let Some(sd) = start.date.and_then(|d| date_of(d, last)) else { return };
        let s_time = start.time.map(TimeOfDay::from);
        let mut ed = end.and_then(|p| p.date).and_then(|d| end_of(d, &sd));
        let mut et = end.and_then(|p| p.time).map(TimeOfDay::from);
        let mention = self.ctx.mention(st.unit, e.start, e.end);
        let mut w = st.window(mention, e.tentative, sd, s_time);
        let status = expression_status(&st.unit.text, e, st.notes, st.status);
        w.status = struck_status(self.ctx, st.unit, e, st.notes, status);
        if end.is_none() && et.is_none() {
            match self.end_elsewhere(st, k, e, &sd, s_time, &mut w) {
                Some((d, t)) => (ed, et) = (d, t),
                None if resumes(st, e) => return,
                None => {}
            }
        }
        // `→ …8日(日)6時20分に作業を終了`: done, and then
        if let Some(j) = super::result::result_in_statement(st, k) {
            let p = st.notes.exprs[j].points[0];
            self.recovered.push(j);
            (ed, et) = (p.date.filter(names_day).and_then(|d| end_of(d, &sd)), p.time.map(TimeOfDay::from));
            w.status = Status::Completed;
            w.mentions.push(self.ctx.mention(st.unit, st.notes.exprs[j].start, st.notes.exprs[j].end));
        }
        w.end = ed;
        w.end_time = et;
        w.open_end = e.open_end && et.is_none() && ed.is_none();
        if s_time.is_some() && et.is_none() && ed.is_none() && !e.open_end && st.status != Status::Incident {
            return; // a lone datetime is not a window
        }
        if w.status == Status::Incident && et.is_none() {
            w.open_end = true;
        }
        placer.place(e, &mut w, &mut self.diags);
        self.same_place_as_above(st, e, &mut w);
        w.erroneous = marked_wrong(self.ctx, st.ui, st.unit, e);
        w.resumption = w.status == Status::Planned && et.is_some() && resumes_in_sentence(st, e);
        self.quoted_old_windows(st, k, &w);
        self.out.push(w);
    }

    /// The end of a window whose statement gives only its start: an incident's recovery, a
    /// labelled end line under it, or a duration after it.
    fn end_elsewhere(
        &mut self,
        st: &Statement<'_>,
        k: usize,
        e: &Expression,
        sd: &PartialDate,
        s_time: Option<TimeOfDay>,
        w: &mut WindowSpec,
    ) -> Option<(Option<PartialDate>, Option<TimeOfDay>)> {
        // an incident's recovery, or the end of work reported done (`4時30分に完了し`)
        if matches!(st.status, Status::Incident | Status::Completed)
            && let Some((j, date, time)) = super::incident::recovery(&st.unit.text, e, st.notes.exprs)
        {
            self.recovered.push(j);
            return Some((date.and_then(|d| end_of(d, sd)), Some(time.into())));
        }
        if let Some(end) = super::labelled::end_line(st, sd) {
            w.mentions.push(end.mention);
            w.tentative |= end.tentative;
            self.skip_unit = Some(end.unit);
            return Some((end.date, end.time));
        }
        let _ = k;
        let minutes = super::duration::after(&st.unit.text[e.end..])?;
        Some((None, Some(super::duration::end_time(s_time?, minutes))))
    }

    /// `新日程 2026.10.24(土)23:00~… 同上`: a window whose place is a ditto mark after it is
    /// placed as the window stated above it.
    fn same_place_as_above(&self, st: &Statement<'_>, e: &Expression, w: &mut WindowSpec) {
        if !w.prefectures.is_empty() || !crate::lexicon::contains(&st.unit.text[e.end..], Class::Ditto) {
            return;
        }
        if let Some(above) = self.out.last().filter(|a| a.doc == w.doc) {
            w.prefectures = above.prefectures.clone();
            if w.areas.is_empty() {
                w.areas = above.areas.clone();
            }
        }
    }

    /// `正しくは…。当初お知らせした「22:00~24:00」は…`: the first announcement is wrong.
    fn quoted_old_windows(&mut self, st: &Statement<'_>, k: usize, w: &WindowSpec) {
        if !crate::lexicon::contains(&st.unit.text, crate::lexicon::Class::Correction) || w.erroneous {
            return;
        }
        for q in st.notes.exprs[k + 1..].iter().filter(|q| quoted_as_old(&st.unit.text, q)) {
            if let (Some(a), Some(b)) = (q.points.first(), q.points.get(1))
                && a.date.is_none()
            {
                let mut old = w.clone();
                old.start_time = a.time.map(TimeOfDay::from);
                old.end = None;
                old.end_time = b.time.map(TimeOfDay::from);
                old.erroneous = true;
                self.out.push(old);
            }
        }
    }
}

/// Whether the words after an open start say the service resumes (`以降は通常どおり`).
fn resumes(st: &Statement<'_>, e: &Expression) -> bool {
    let text = &st.unit.text[e.end..];
    let span: usize = text.chars().take(24).map(char::len_utf8).sum();
    st.notes.word_in(e.end..e.end + span, Class::Resumes)
}

/// Whether the sentence of a closed window says the service comes back during it
/// (`23日(日)9時~12時に限り、オンライン請求を一時的に再開します`) and speaks of no stop
/// (`22:00~翌5:00まで停止し、それ以降は通常どおり`, `停止期間は…6時までであり、…通常どおり` are stops).
fn resumes_in_sentence(st: &Statement<'_>, e: &Expression) -> bool {
    let text = &st.unit.text;
    let start = text[..e.start].rfind('。').map_or(0, |i| i + '。'.len_utf8());
    let end = e.end + text[e.end..].find('。').unwrap_or(text.len() - e.end);
    st.notes.word_in(e.end..end, Class::Resumes) && !st.notes.word_in(start..end, Class::Outage)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn starts_and_ends() {
        let cases: &[(&str, &[&str])] = &[
            (
                "・令和8年5月24日(日)2:00~3:00(予定)の間、システムを停止します。",
                &["2026-05-24T02:00..2026-05-24T03:00 planned"],
            ),
            (
                "東日本エリア:令和7年2月1日(土) 22:00~2月2日(日) 0:30 通信断",
                &["2025-02-01T22:00..2025-02-02T00:30 planned"],
            ),
            ("令和7年2月1日(土) 22:00以降、システムを停止します。", &["2025-02-01T22:00..- planned"]),
            ("令和7年2月1日(土) 22:00に停止の予定をお知らせします。", &[]),
            ("令和7年2月1日(土) 5:00以降は通常どおりご利用いただけます。", &[]),
            (
                "夜間メンテナンスの日程変更をお知らせします。\n\n■A回\n\u{3000}2026.11.14(土)22:00~2026.11.15(日)5:00 ⇒ 2026.11.28(土)22:00~2026.11.29(日)5:00\n\n■B回\n\u{3000}2026.11.21(土)1:00~4:00",
                &[
                    "2026-11-14T22:00..2026-11-15T05:00 cancelled",
                    "2026-11-21T01:00..2026-11-21T04:00 planned",
                    "2026-11-28T22:00..2026-11-29T05:00 rescheduled",
                ],
            ),
            (
                "システムが停止します。\n\n| 令和7年2月1日(土)22:00~翌5:00 | 青森県 |\n| 令和7年2月8日(土)22:00~翌5:00 | 同上 |",
                &["2025-02-01T22:00..2025-02-02T05:00 planned [02]", "2025-02-08T22:00..2025-02-09T05:00 planned [02]"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年1月10日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_resumption_splits_the_stop_around_it() {
        let body = "オンライン請求を停止します。\n\n令和7年11月22日(土)17時から11月24日(月・祝)8時まで\n\nなお、23日(日)9時~12時に限り、オンライン請求を一時的に再開します。";
        assert_eq!(
            windows("令和7年10月20日", body),
            ["2025-11-22T17:00..2025-11-23T09:00 planned", "2025-11-23T12:00..2025-11-24T08:00 planned"]
        );
    }

    #[test]
    fn places_defined_apart_or_named_before_the_date() {
        let cases: &[(&str, &[&str])] = &[
            (
                "下記のとおりシステムを停止します。\n\n(1)西日本エリア 令和8年8月9日(日) 1:00~6:00\n(2)東日本エリア 令和8年8月23日(日) 1:00~6:00\n\n東日本:北海道、青森、岩手\n\n西日本エリア=富山県、石川県、福井県",
                &[
                    "2026-08-09T01:00..2026-08-09T06:00 planned [16,17,18]",
                    "2026-08-23T01:00..2026-08-23T06:00 planned [01,02,03]",
                ],
            ),
            (
                "メンテナンスの実施状況です。\n\n静岡市葵区9月12日(土)20:00~22:00 完了しました\n沼津市10月3日(土)20:00~23:00 中止",
                &[
                    "2026-09-12T20:00..2026-09-12T22:00 completed [22]",
                    "2026-10-03T20:00..2026-10-03T23:00 cancelled [22]",
                ],
            ),
            (
                "下記のとおりシステムを停止します。\n\n神奈川県横浜市港北区(新横浜地区)では、9月5日(土)0時~3時の停止となります。",
                &["2026-09-05T00:00..2026-09-05T03:00 planned [14]"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年7月21日", statement), *want, "{statement}");
        }
    }
}
