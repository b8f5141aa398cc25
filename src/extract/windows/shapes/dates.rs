//! Dates sharing one time range: `2月1日(土)・2日(日)の22:00~翌5:00`,
//! `12月7日(日)、14日(日) 各日1:00~5:00`, or a list item that is only a date under a heading
//! that gives the daily times (`【メンテナンス日程】(各日 午前1時~午前5時)` / `・12月7日(日)`).
//! Later members of a list take what they lack (month, year) from its head.

use super::super::partial::{date_of, inherit};
use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::{PartialDate, Reader};
use crate::datetime::{DateTok, Expression, Shape, TimeTok, range_times};
use crate::lexicon::Class;

impl Reader<'_> {
    /// Read dates with no times of their own.
    pub(super) fn dates(
        &mut self,
        st: &Statement<'_>,
        placer: &Placer<'_>,
        k: usize,
        e: &Expression,
        dates: &[DateTok],
        last: Option<PartialDate>,
    ) {
        let Some((s, t)) = shared_times(st, k, e) else { return };
        // a date moved away from (`2月14日(土)に予定していた作業は、2月28日(土)に延期`) is the old
        // window; dates listed together (`3月7日(土)及び14日(土)`) share one status
        let status = match listed_with(st, k, e) {
            Some(_) => st.status,
            None => super::super::status::expression_status(&st.unit.text, e, st.notes, st.status),
        };
        let mut first: Option<PartialDate> = None;
        for d in dates {
            // later members take what they lack from the list's head
            let sd = match first {
                Some(f) => date_of(*d, Some(f)).map(|x| inherit(x, &f)),
                None => date_of(*d, last),
            };
            let Some(sd) = sd else { continue };
            first.get_or_insert(sd);
            let mention = self.ctx.mention(st.unit, e.start, e.end);
            let mut w = st.window(mention, e.tentative, sd, Some(s.into()));
            w.end_time = Some(t.into());
            w.status = status;
            placer.place(e, &mut w, &mut self.diags);
            self.out.push(w);
        }
    }
}

/// The times the dates of expression `k` share: a daily range after them in the statement,
/// the time range of the next date of the same list (`2月1日(土)・2月2日(日)の22:00~翌5:00`),
/// or the daily times stated above a bare date item.
fn shared_times(st: &Statement<'_>, k: usize, e: &Expression) -> Option<(TimeTok, TimeTok)> {
    let next_times = listed_with(st, k, e).filter(|x| x.shape == Shape::Range).and_then(|x| {
        match (x.points.first(), x.points.get(1)) {
            (Some(a), Some(b)) if a.date.is_some() && b.date.is_none() => Some((a.time?, b.time?)),
            _ => None,
        }
    });
    st.notes.exprs[k + 1..]
        .iter()
        .find(|x| x.daily)
        .and_then(range_times)
        .or(next_times)
        .or(st.shared_times)
        .or_else(|| times_stated_after(st, k))
}

/// The expression listed right after expression `k` (`・`, `、`, `及び`, `と` between them).
fn listed_with<'s>(st: &'s Statement<'_>, k: usize, e: &Expression) -> Option<&'s Expression> {
    st.notes.exprs.get(k + 1).filter(|x| {
        let gap = st.unit.text[e.end..x.start].trim();
        matches!(gap, "・" | "、" | "及び" | "および" | "と" | ",")
    })
}

/// The work's times stated once after its dates, in a sentence of their own (`…11月14日(土)に
/// 予定しておりました作業は、11月28日(土)に延期いたします。作業時間(22時00分から翌日5時00分まで)
/// に変更はありません。`): the one time range with no date in a statement whose dates have no
/// times, in the dates' sentence (`6月6日(土)及び6月13日(土)の各日、22時から翌日2時まで`) or in
/// one that speaks of the work (`作業時間`, `停止時間`), not of a help desk's hours or of
/// anything else (`当院は…救急外来(20時~翌8時)を行っているため`).
fn times_stated_after(st: &Statement<'_>, k: usize) -> Option<(TimeTok, TimeTok)> {
    let exprs = &st.notes.exprs;
    let dated = |x: &&Expression| x.points.iter().any(|p| p.date.is_some());
    if exprs.iter().filter(dated).any(|x| x.points.iter().any(|p| p.time.is_some())) {
        return None;
    }
    let mut ranges = exprs[k + 1..].iter().filter(|x| range_times(x).is_some());
    let (Some(x), None) = (ranges.next(), ranges.next()) else { return None };
    let range = super::super::scope::sentence(&st.unit.text, x.start);
    let hours = [Class::HoursLabel, Class::NotOutage, Class::HelpDesk];
    let same_sentence = range.contains(&exprs[k].start);
    if x.daily
        || hours.iter().any(|c| st.notes.word_in(range.clone(), *c))
        || !(same_sentence || st.notes.word_in(range.clone(), Class::Outage))
    {
        return None;
    }
    range_times(x)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn dates_sharing_times() {
        let cases: &[(&str, &[&str])] = &[
            (
                "令和7年2月1日(土)・2日(日)の22:00~翌5:00にメンテナンスを行います。",
                &["2025-02-01T22:00..2025-02-02T05:00 planned", "2025-02-02T22:00..2025-02-03T05:00 planned"],
            ),
            (
                "12月7日(日)、14日(日) 各日1:00~5:00 システムを停止します。",
                &["2025-12-07T01:00..2025-12-07T05:00 planned", "2025-12-14T01:00..2025-12-14T05:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年1月10日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_bare_date_whose_times_the_sentence_under_it_gives() {
        let cases: &[(&str, &[&str])] = &[
            (
                "計画メンテナンスの実施結果をお知らせします。\n\n1.2月6日(土)のメンテナンス\n当初22時~翌4時の予定で実施いたしましたが、作業は7日(日)3時20分に完了しました。",
                &["2027-02-06T22:00..2027-02-07T03:20 completed"],
            ),
            (
                "システムを停止します。\n\n■3月6日(土)の作業\n作業時間は21時から翌日5時までを予定しています。",
                &["2027-03-06T21:00..2027-03-07T05:00 planned"],
            ),
            // an office's hours under its closing days are no times of a stop
            (
                "システムは復旧しておりません。\n\nなお、本会事務局は2月6日(土)・7日(日)は休業します。\n\n事務局 TEL 024-000-0000(平日9:00-17:00)",
                &[],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(windows("令和9年2月1日", body), *want, "{body}");
        }
    }

    #[test]
    fn dates_whose_times_follow_in_a_sentence_of_their_own() {
        let cases: &[(&str, &[&str])] = &[
            (
                "2月14日(土)に予定していた保守作業は、機器の納入遅れのため2月28日(土)に延期します。作業時間(22時から翌日5時まで)に変更はありません。",
                &["2026-02-14T22:00..2026-02-15T05:00 cancelled", "2026-02-28T22:00..2026-03-01T05:00 rescheduled"],
            ),
            (
                "2月14日(土)22時~翌5時に予定していた保守作業は、機器の納入遅れのため2月28日(土)22時~翌5時に延期します。",
                &["2026-02-14T22:00..2026-02-15T05:00 cancelled", "2026-02-28T22:00..2026-03-01T05:00 rescheduled"],
            ),
            (
                "システム停止は3月7日(土)及び3月14日(土)に行います。停止時間はいずれも23:00~翌4:00です。",
                &["2026-03-07T23:00..2026-03-08T04:00 planned", "2026-03-14T23:00..2026-03-15T04:00 planned"],
            ),
            // a help desk's hours after the date are no times of the stop
            ("3月7日(土)にシステムを停止します。お問い合わせの受付時間は9:00~17:00です。", &[]),
            (
                "システムの停止日時は以下のとおりです。\n\n6月6日(土)及び6月13日(土)の各日、22時から翌日2時まで",
                &["2026-06-06T22:00..2026-06-07T02:00 planned", "2026-06-13T22:00..2026-06-14T02:00 planned"],
            ),
            // nor the hours of anything else
            ("3月7日(土)の停止は予定どおりでしょうか。当院は夜間に救急外来(20時~翌8時)を行っています。", &[]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年1月10日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn dates_under_a_line_of_times() {
        let cases: &[(&str, &[&str])] = &[
            (
                "サーバーの保守を行います。

■作業時間帯 23:00~翌4:00
■作業日 2025年2月8日(土)・15日(土)",
                &["2025-02-08T23:00..2025-02-09T04:00 planned", "2025-02-15T23:00..2025-02-16T04:00 planned"],
            ),
            (
                "システムを停止します。

## 停止時間(各回共通)

1:00~5:00

## 停止日

1. 2025年3月1日(土)
2. 2025年3月8日(土)",
                &["2025-03-01T01:00..2025-03-01T05:00 planned", "2025-03-08T01:00..2025-03-08T05:00 planned"],
            ),
            (
                "システムを停止します。

■停止日 2025年3月1日(土)
■停止時間 0:30~6:00",
                &["2025-03-01T00:30..2025-03-01T06:00 planned"],
            ),
            // a move of dates only, its times on the line under it
            (
                "計画停止の日程を下記のとおり変更いたします。

第2回 2025年3月1日(土)21:00~3月2日(日)6:00(変更ありません)
第3回 3月8日(土)→3月15日(土)
※時間帯(21:00~翌6:00)は変更なし",
                &[
                    "2025-03-01T21:00..2025-03-02T06:00 planned",
                    "2025-03-08T21:00..2025-03-09T06:00 cancelled",
                    "2025-03-15T21:00..2025-03-16T06:00 rescheduled",
                ],
            ),
            // a help desk's hours are no times of a stop
            (
                "システムを停止します。

■受付時間 9:00~17:00
■停止日 2025年3月1日(土)",
                &[],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年1月10日", statement), *want, "{statement}");
        }
    }
}
