//! Labelled lines: `開始:8月2日(土)22時00分` with `終了:8月3日(日)6時00分` on the line under it,
//! and an incident report's `発生日時:` with `復旧日時:` (a list or table rows). A `復旧日時:未定`
//! line gives no end: the incident is still going on.

use super::super::partial::end_of;
use super::super::statement::Statement;
use super::super::{PartialDate, TimeOfDay};
use crate::lexicon::{self, Class};
use crate::model::Mention;

/// What an end line states.
pub struct EndLine {
    /// The index of its unit.
    pub unit: usize,
    /// Its date, inheriting from the start.
    pub date: Option<PartialDate>,
    /// Its time.
    pub time: Option<TimeOfDay>,
    /// Where it is.
    pub mention: Mention,
    /// Whether it says `(予定)`.
    pub tentative: bool,
}

/// The end stated on a `終了:` line under a `開始:` statement (right under it, or after an
/// `影響範囲:` line or a `※` note between them): its unit, its date (inheriting from the start), its time,
/// its mention and whether it says `(予定)`.
pub fn end_line(st: &Statement<'_>, start: &PartialDate) -> Option<EndLine> {
    lexicon::starts_with(label_text(&st.unit.text), Class::StartLabel)?;
    let units = &st.ctx.seg.units;
    let area_line = |k: usize| {
        let u = &units[k];
        st.ctx.notes(k).exprs.is_empty() && lexicon::starts_with(label_text(&u.text), Class::TargetLabel).is_some()
    };
    // a note on the start (`※第1報では「10時05分頃」とお知らせしておりましたが…訂正いたします。`)
    let note = |k: usize| units[k].text.trim_start().starts_with('※');
    let k = (st.ui + 1..units.len().min(st.ui + 4)).find(|&k| !area_line(k) && !note(k))?;
    let (next, notes) = (&units[k], st.ctx.notes(k));
    if next.doc != st.unit.doc {
        return None;
    }
    lexicon::starts_with(label_text(&next.text), Class::EndLabel)?;
    let [x] = notes.exprs else { return None };
    let p = x.points.first().filter(|p| p.time.is_some())?;
    let date = p.date.and_then(|d| end_of(d, start));
    let tentative = x.tentative || lexicon::contains(&next.text, Class::Tentative);
    Some(EndLine {
        unit: k,
        date,
        time: p.time.map(TimeOfDay::from),
        mention: st.ctx.mention(next, x.start, x.end),
        tentative,
    })
}

/// A line's text from its label on (a table row's first `|` and spaces left out).
pub fn label_text(text: &str) -> &str {
    text.trim_start_matches([' ', '|', '【', '■'])
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn start_and_end_lines() {
        let body =
            "下記のとおりメンテナンスを行います。\n\n開始:令和7年8月2日(土)22時00分\n終了:令和7年8月3日(日)6時00分";
        assert_eq!(windows("令和7年7月1日", body), ["2025-08-02T22:00..2025-08-03T06:00 planned"]);
    }

    #[test]
    fn incident_reports_as_labelled_lists() {
        let cases: &[(&str, &[&str])] = &[
            (
                "回線の障害についてご報告します。\n\n・発生日時:令和8年2月9日(月)8時05分頃\n・復旧日時:令和8年2月9日(月)11時20分\n・影響範囲:岐阜県、愛知県",
                &["2026-02-09T08:05..2026-02-09T11:20 incident [21,23]"],
            ),
            (
                "回線の障害についてご報告します。\n\n・発生:2月9日(月)8時30分頃\n・復旧:同日9時15分\n・影響地域:三重県",
                &["2026-02-09T08:30..2026-02-09T09:15 incident [24]"],
            ),
            (
                "回線の障害についてご報告します。\n\n・発生日時:令和8年2月9日(月)8時05分頃\n・復旧日時:未定(復旧作業中)\n・影響範囲:宮城県",
                &["2026-02-09T08:05..- incident [04]"],
            ),
            (
                "回線の障害についてご報告します。\n\n| 発生日時 | 令和8年2月9日(月)8時05分頃 |\n| 復旧日時 | 令和8年2月9日(月)11時20分 |",
                &["2026-02-09T08:05..2026-02-09T11:20 incident"],
            ),
            (
                "回線の障害についてご報告します。\n\n発生日時\n令和8年2月9日(月)8時05分頃\n復旧日時\n令和8年2月9日(月)11時20分\n影響範囲\n岐阜県、愛知県の医療機関",
                &["2026-02-09T08:05..2026-02-09T11:20 incident [21,23]"],
            ),
            (
                "接続できない障害が発生しております。\n\n(1)宮城県仙台市青葉区\n発生時刻:11月24日(火)8時40分頃\n状況:継続中(復旧見込み時刻は未定)",
                &["2026-11-24T08:40..- incident [04]"],
            ),
            // a note on the start between the two lines
            (
                "回線の障害についてご報告します。\n\n影響地域:岐阜県\n発生日時:令和8年2月9日(月)8時05分頃\n※第1報の「8時20分頃」から訂正しました。\n復旧日時:同日11時20分",
                &["2026-02-09T08:05..2026-02-09T11:20 incident [21]"],
            ),
            // groups headed by their areas, one still going on
            (
                "回線の障害についてご報告します。\n\n<1>\n対象地域:岐阜県、愛知県\n発生日時:令和8年2月9日(月)8時05分頃\n復旧日時:同日11時20分\n\n<2>\n対象地域:三重県\n発生日時:同日9時10分頃\n状況:復旧の見込みは立っておりません。",
                &["2026-02-09T08:05..2026-02-09T11:20 incident [21,23]", "2026-02-09T09:10..- incident [24]"],
            ),
            // a report's send time is no window
            (
                "2月9日(月)に通信障害が発生いたしました。\n\n■復旧のお知らせ(2月9日 12時30分 配信)\n\n2月9日(月)8時05分頃から発生しておりました通信障害は、同日11時20分に復旧いたしました。",
                &["2026-02-09T08:05..2026-02-09T11:20 incident"],
            ),
            // nor is the time a report was posted
            (
                "2月9日(月)午前に発生した通信障害について、第1報(同日12時30分掲載)でお知らせしたとおり復旧作業を進めてまいりました。\n\n発生日時 2月9日(月)8時05分頃\n復旧日時 同日11時20分",
                &["2026-02-09T08:05..2026-02-09T11:20 incident"],
            ),
            (
                "回線の障害についてご報告します。\n\n・発生日時:令和8年2月9日(月)8時05分頃\n・影響範囲:岐阜県、愛知県\n・復旧日時:令和8年2月9日(月)11時20分",
                &["2026-02-09T08:05..2026-02-09T11:20 incident [21,23]"],
            ),
            (
                "回線の障害についてご報告します。\n\n発生日時令和8年2月9日(月)8時05分頃\n影響範囲岐阜県、愛知県の参加施設\n復旧日時令和8年2月9日(月)11時20分",
                &["2026-02-09T08:05..2026-02-09T11:20 incident [21,23]"],
            ),
            (
                "障害の概要をお知らせします。\n\n1.発生日時\n令和8年2月9日(月)8時05分頃(第1報の「8時30分頃」から訂正)\n\n2.エリア別の復旧日時\n| エリア | 復旧日時 |\n|---|---|\n| 東日本エリア | 同日11時20分 |\n| 西日本エリア | 同日9時40分 |\n\n東日本エリア:北海道、青森県\n西日本エリア:大阪府、沖縄県",
                &[
                    "2026-02-09T08:05..2026-02-09T09:40 incident [27,47]",
                    "2026-02-09T08:05..2026-02-09T11:20 incident [01,02]",
                ],
            ),
            (
                "【第2報】\n\n・発生日時:令和8年2月9日(月)8時05分頃\n・復旧日時:同日11時20分\n\n【第1報】\n\n令和8年2月9日(月)8時30分頃からシステムに接続できない障害が発生しております。",
                &["2026-02-09T08:05..2026-02-09T11:20 incident"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年2月10日", statement), *want, "{statement}");
        }
    }
}
