//! A time range with no date of its own: the time first and the date after it in brackets
//! (`22時~翌朝6時(9月13日(土))`) or in the next cell of its table row (`| 22:00~翌6:00 |
//! 令和8年9月12日(土) |`), a table row whose date is the row above (`| 〃 |
//! 22:00~24:00 |`, `同上`, or an empty date cell), or the day as the topic right before it
//! (`12月26日(土)は、22時から翌27日(日)6時まで`).

use super::super::partial::date_of;
use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::{PartialDate, Reader};
use crate::datetime::{Expression, Shape, TimeTok};
use crate::segment::UnitKind;

impl Reader<'_> {
    /// Read a time range whose date stands elsewhere.
    pub(super) fn times_first(
        &mut self,
        st: &Statement<'_>,
        placer: &Placer<'_>,
        k: usize,
        e: &Expression,
        (start, end): (TimeTok, TimeTok),
        last: Option<PartialDate>,
    ) {
        let text = &*st.unit.text;
        // the date in brackets right after the times
        // or in the next cell of its table row (`| 22:00~翌6:00 | 令和8年9月12日(土) |`)
        let row = st.unit.kind == UnitKind::TableRow;
        let next = st.notes.exprs.get(k + 1).filter(|x| {
            let between = text[e.end..x.start].trim_start_matches(['ま', 'で']).trim();
            (between == "(" || (row && between == "|"))
                && x.shape == Shape::Single
                && x.points.first().is_some_and(|p| p.time.is_none() && p.has_day())
        });
        // `| 〃 | 22:00~24:00 |`: the date of the row above
        // or an empty date cell (`| | 2:00~6:00 |`, a merged cell written out as text)
        let ditto = row
            && (crate::lexicon::contains(&text[..e.start], crate::lexicon::Class::Ditto)
                || text[..e.start].split('|').all(|c| c.trim().is_empty()) && text[..e.start].contains('|'));
        // `12月26日(土)は、22時から翌27日(日)6時まで停止します`: the day as the topic, right
        // before its times (when no shared times already made it a window)
        let topic = k.checked_sub(1).and_then(|j| st.notes.exprs.get(j)).filter(|x| {
            let between = text[x.end..e.start].trim_matches(|c: char| matches!(c, ' ' | '、' | ','));
            st.shared_times.is_none()
                && matches!(between, "は" | "の")
                && x.shape == Shape::Single
                && x.points.first().is_some_and(|p| p.time.is_none() && p.has_day())
        });
        let sd = match (next, topic) {
            (Some(n), _) | (None, Some(n)) => n.points.first().and_then(|p| p.date).and_then(|d| date_of(d, last)),
            (None, None) if ditto => last,
            (None, None) => None,
        };
        let Some(sd) = sd else { return };
        let mention = self.ctx.mention(st.unit, e.start, next.map_or(e.end, |n| n.end));
        let mut w = st.window(mention, e.tentative, sd, Some(start.into()));
        w.end_time = Some(end.into());
        placer.place(e, &mut w, &mut self.diags);
        self.out.push(w);
        if next.is_some() {
            self.consumed.push(k + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn the_day_as_the_topic_of_its_times() {
        let cases: &[(&str, &[&str])] = &[
            (
                "システムを停止します。\n\n12月26日(土)は、22時から翌27日(日)6時まで停止します。",
                &["2026-12-26T22:00..2026-12-27T06:00 planned"],
            ),
            // a day listed with shared times, then a remark that gives that day longer times
            (
                "定期保守日は次のとおりです(いずれも22時~翌日2時)。\n\n・12月12日(土)\n・12月26日(土)※\n\n※12月26日(土)は、年末の作業をあわせて行うため、22時から翌27日(日)6時までとします。",
                &["2026-12-12T22:00..2026-12-13T02:00 planned", "2026-12-26T22:00..2026-12-27T06:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年12月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn time_first() {
        let body = "メンテナンスを実施します。\n日時:22時~翌朝6時(令和7年9月13日(土))";
        assert_eq!(windows("令和7年9月1日", body), ["2025-09-13T22:00..2025-09-14T06:00 planned"]);
        let table = "下記の日程でメンテナンスを行います。\n\n| 日付 | 時間 |\n|---|---|\n| 令和7年9月13日(土) | 22:00~24:00 |\n| 〃 | 2:00~3:00 |";
        assert_eq!(
            windows("令和7年9月1日", table),
            ["2025-09-13T02:00..2025-09-13T03:00 planned", "2025-09-13T22:00..2025-09-14T00:00 planned",]
        );
        let time_column_first = "下記のとおり日程を変更いたします。\n\n| 区分 | 停止時間帯 | 実施日 | 備考 |\n|---|---|---|---|\n| 変更前 | 22:00~翌6:00 | 令和7年9月13日(土) | 取りやめ |\n| 変更後 | 22:00~翌6:00 | 令和7年9月27日(土) | |";
        assert_eq!(
            windows("令和7年9月1日", time_column_first),
            ["2025-09-13T22:00..2025-09-14T06:00 cancelled", "2025-09-27T22:00..2025-09-28T06:00 rescheduled"]
        );
        let merged = "下記の日程でシステムを停止します。\n\n| 実施日 | 時間 | 地域 |\n|---|---|---|\n| 令和7年9月13日(土) | 1:00~5:00 | 東日本 |\n| | 2:00~6:00 | 西日本 |\n\n東日本:北海道、宮城県\n西日本:大阪府、沖縄県";
        assert_eq!(
            windows("令和7年9月1日", merged),
            [
                "2025-09-13T01:00..2025-09-13T05:00 planned [01,04]",
                "2025-09-13T02:00..2025-09-13T06:00 planned [27,47]",
            ]
        );
    }
}
