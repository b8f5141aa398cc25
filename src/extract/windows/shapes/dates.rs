//! Dates sharing one time range: `2月1日(土)・2日(日)の22:00~翌5:00`,
//! `12月7日(日)、14日(日) 各日1:00~5:00`, or a list item that is only a date under a heading
//! that gives the daily times (`【メンテナンス日程】(各日 午前1時~午前5時)` / `・12月7日(日)`).
//! Later members of a list take what they lack (month, year) from its head.

use super::super::partial::{date_of, inherit};
use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::{PartialDate, Reader};
use crate::datetime::{DateTok, Expression, Shape, TimeTok, range_times};

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
            placer.place(e, &mut w, &mut self.diags);
            self.out.push(w);
        }
    }
}

/// The times the dates of expression `k` share: a daily range after them in the statement,
/// the time range of the next date of the same list (`2月1日(土)・2月2日(日)の22:00~翌5:00`),
/// or the daily times stated above a bare date item.
fn shared_times(st: &Statement<'_>, k: usize, e: &Expression) -> Option<(TimeTok, TimeTok)> {
    let text = &*st.unit.text;
    let listed_with = st.notes.exprs.get(k + 1).filter(|x| {
        let gap = text[e.end..x.start].trim();
        matches!(gap, "・" | "、" | "及び" | "および" | "と" | ",") && x.shape == Shape::Range
    });
    let next_times = listed_with.and_then(|x| match (x.points.first(), x.points.get(1)) {
        (Some(a), Some(b)) if a.date.is_some() && b.date.is_none() => Some((a.time?, b.time?)),
        _ => None,
    });
    st.notes.exprs[k + 1..].iter().find(|x| x.daily).and_then(range_times).or(next_times).or(st.shared_times)
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
