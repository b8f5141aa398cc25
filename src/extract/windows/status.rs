//! The status of a window: from the statement's words, from where the window stands in a
//! statement that moves one (its old side is cancelled, its new side rescheduled), and
//! from the source's strike-through.

use super::super::Context;
use crate::annotate::UnitNotes;
use crate::datetime::Expression;
use crate::lexicon::{self, Class, Classes};
use crate::model::Status;
use crate::segment::{Unit, UnitKind};

/// The status a statement's words give its windows; the strongest word decides
/// (cancelled, then rescheduled, incident, completed; planned when none is said).
///
/// ```text
/// use tsuchi::extract::windows::status::status_of;
/// use tsuchi::lexicon::classes;
/// use tsuchi::model::Status;
/// assert_eq!(status_of(classes("メンテナンスは中止となりました")), Status::Cancelled);
/// assert_eq!(status_of(classes("作業は完了しました")), Status::Completed);
/// assert_eq!(status_of(classes("停止します")), Status::Planned);
/// ```
pub fn status_of(c: Classes) -> Status {
    if c.has(Class::Cancelled) {
        Status::Cancelled
    } else if c.has(Class::Rescheduled) {
        Status::Rescheduled
    } else if c.has(Class::Incident) || reported_degraded(c) {
        Status::Incident
    } else if c.has(Class::Completed) {
        Status::Completed
    } else {
        Status::Planned
    }
}

/// Whether the section a statement is under says its windows are the new dates of moved
/// work (`【第4回(第2回の振替)】`, `■変更後の日程`, `【延期後】`): a short heading right above or a
/// few units up, with a moving word and no date of its own, that is not the document's title
/// (`メンテナンス日程の変更について` heads old and new windows alike).
pub fn section_rescheduled(ctx: Context<'_>, unit: &Unit, title_line: Option<usize>) -> bool {
    let Some(h) = unit.heading else { return false };
    let (heading, notes) = (&ctx.seg.units[h], ctx.notes(h));
    let short = heading.text.chars().count() <= 30;
    let not_title = title_line.is_none_or(|t| !(heading.line..=heading.last_line).contains(&t));
    let moves = notes.classes.has(Class::Rescheduled) && !notes.classes.has(Class::Cancelled);
    heading.kind == UnitKind::Heading && short && not_title && moves && notes.exprs.is_empty()
}

/// A slow or unreachable service reported as a fact (`11月5日9時頃からつながりにくくなって
/// おります`), not said of planned work or as what may happen
/// (`作業中はつながりにくくなる場合があります`).
fn reported_degraded(c: Classes) -> bool {
    c.has(Class::Degraded) && !c.has(Class::PlannedWork) && !c.has(Class::Possibility)
}

/// The status of one window in a statement. When a statement moves a window
/// (`9月7日(日)22時~翌日2時に予定していたメンテナンスは、9月21日(日)22時~翌日2時に延期`), the
/// window it moves away from is cancelled and the one it moves to is rescheduled.
pub fn expression_status(text: &str, e: &Expression, notes: UnitNotes<'_>, status: Status) -> Status {
    let all: &[Expression] = notes.exprs;
    // `(予定)` may stand between a window and what is said of it
    let after = text[e.end..].trim_start_matches([' ', ')', '(']).trim_start_matches("予定").trim_start_matches(')');
    let before = text[..e.start].trim_end();
    // `old → new`: the arrow moves the window, whatever words the statement has
    if matches!(status, Status::Planned | Status::Rescheduled) {
        if lexicon::starts_with(after, Class::Arrow).is_some() && later_window(e, all) {
            return Status::Cancelled;
        }
        if lexicon::ends_with(before, Class::Arrow).is_some() {
            return Status::Rescheduled;
        }
    }
    if let Some(side) = side_label(before).filter(|_| matches!(status, Status::Planned | Status::Rescheduled)) {
        return side;
    }
    if status != Status::Rescheduled {
        return status;
    }
    // a label in brackets or with a colon (`【変更前】`, `旧日程:`, `(変更後)`): the word decides
    let label = before.trim_end_matches(['】', ')', ']', '>', '》', ':', ' ']);
    if lexicon::ends_with(label, Class::OldLabel).is_some() {
        return Status::Cancelled;
    }
    if lexicon::starts_with(after, Class::MovedTo).is_some() || lexicon::ends_with(label, Class::NewLabel).is_some() {
        return Status::Rescheduled;
    }
    if lexicon::starts_with(after, Class::MovedFrom).is_some() {
        return Status::Cancelled;
    }
    // the earlier of two windows in a moving statement is the old one
    if later_window(e, all) {
        return Status::Cancelled;
    }
    if postponed_only(text, e, notes) { Status::Cancelled } else { Status::Rescheduled }
}

/// The side of a change a statement opens with, right before its window: `旧:`, `【変更前】`
/// (cancelled), `新:`, `変更後日程:` (rescheduled). Said alone on the window's line, the label
/// needs no moving word of the line's own (the heading above says `日程変更`).
fn side_label(before: &str) -> Option<Status> {
    let label = before.trim();
    let exact = |class| lexicon::ends_with(label, class).is_some_and(|w| w.len() == label.len());
    if label.is_empty() {
        None
    } else if exact(Class::OldLabel) {
        Some(Status::Cancelled)
    } else if exact(Class::NewLabel) {
        Some(Status::Rescheduled)
    } else {
        None
    }
}

/// Whether the only window of a statement is the one put off: the statement says `延期`
/// after it and names no new date (`| 10月31日(土) | 22:00~翌2:00 | 延期(下の振替日に実施) |`,
/// `10月31日(土)の作業は延期となりました。`); a moving word before the window makes it the
/// new one (`延期となった作業は11月14日(土)に実施します`).
fn postponed_only(text: &str, e: &Expression, notes: UnitNotes<'_>) -> bool {
    let dated = |x: &&Expression| x.points.iter().any(|p| p.has_day());
    if notes.exprs.iter().filter(dated).any(|x| x.start != e.start) {
        return false;
    }
    let moving = notes.words.iter().filter(|w| w.classes().has(Class::Rescheduled));
    let (mut before, mut put_off) = (false, false);
    for w in moving {
        before |= w.end <= e.start;
        put_off |= w.start >= e.end && text.get(w.start..w.end).is_some_and(|t| lexicon::is(t, Class::Postponed));
    }
    put_off && !before
}

/// Whether a window with a day is stated after `e`.
fn later_window(e: &Expression, all: &[Expression]) -> bool {
    all.iter().any(|x| x.start > e.end && x.points.iter().any(|p| p.has_day()))
}

/// The status a table row's status cell gives (`| 東北 | 6月6日(土)22:00~翌4:00 | 完了 |`):
/// a cell that is nothing but a status word. With the status comes the class of the cell's
/// word: `振替` (a substitute, the new window) and `延期` (a move, the old one) both say
/// rescheduled.
///
/// ```text
/// let row = |t: &str| segment(&normalize(t)).units.remove(0);
/// assert_eq!(cell_status(&row("| 6月6日(土)22:00~翌4:00 | 中止 |")), Some((Class::CellCancelled, Status::Cancelled)));
/// assert_eq!(cell_status(&row("| 6月6日(土)22:00~翌4:00 | 予定 |")), Some((Class::CellPlanned, Status::Planned)));
/// ```
pub fn cell_status(unit: &Unit) -> Option<(Class, Status)> {
    if unit.kind != crate::segment::UnitKind::TableRow {
        return None;
    }
    const CELLS: [(Class, Status); 5] = [
        (Class::CellCancelled, Status::Cancelled),
        (Class::CellRescheduled, Status::Rescheduled),
        (Class::CellSubstitute, Status::Rescheduled),
        (Class::CellCompleted, Status::Completed),
        (Class::CellPlanned, Status::Planned),
    ];
    let cells: Vec<&str> =
        unit.text.split('|').map(|c| without_note_mark(c.trim()).trim_matches(['【', '】', '(', ')'])).collect();
    // a status word with a remark in brackets (`予定(②の順延分)`) says that status
    fn word(c: &str) -> &str {
        c.split_once('(').map_or(c, |(w, _)| w).trim()
    }
    CELLS
        .iter()
        .find(|(class, _)| cells.iter().any(|c| lexicon::is(c, *class) || lexicon::is(word(c), *class)))
        .copied()
}

/// A cell without the mark of the footnote it points at (`完了(※1)`, `中止※2`, `延期(注1)`).
fn without_note_mark(cell: &str) -> &str {
    let t = cell.trim_end_matches(')').trim_end_matches(|c: char| c.is_ascii_digit());
    let t = ["※", "注", "*"].iter().find_map(|m| t.strip_suffix(m)).unwrap_or(cell);
    if t.len() == cell.len() { cell } else { t.trim_end_matches('(').trim_end() }
}

/// A window struck out in the source (`<del>`, `<s>`) is withdrawn; beside a struck one, a
/// window that is not struck is the one that replaces it.
pub fn struck_status(ctx: Context<'_>, unit: &Unit, e: &Expression, notes: UnitNotes<'_>, status: Status) -> Status {
    let struck = |x: &Expression| ctx.norm.is_struck(unit.to_norm(x.start));
    if struck(e) {
        return Status::Cancelled;
    }
    let other_struck =
        notes.exprs.iter().any(|x| x.start != e.start && x.points.iter().any(|p| p.has_day()) && struck(x));
    if status == Status::Planned && other_struck {
        return Status::Rescheduled;
    }
    status
}

#[cfg(test)]
mod tests {
    use super::super::tests::windows;

    #[test]
    fn a_section_of_new_dates() {
        let cases: &[(&str, &[&str])] = &[
            (
                "下記のとおりシステムを停止します。\n\n| 第1回 | 令和8年12月5日(土)22:00~翌6日(日)5:00 | 中止 |\n\n【第4回(第1回の振替)】\n作業日時:令和9年1月9日(土)22:00~翌10日(日)5:00",
                &["2026-12-05T22:00..2026-12-06T05:00 cancelled", "2027-01-09T22:00..2027-01-10T05:00 rescheduled"],
            ),
            // a window said to stand, in a list of the dates after the change
            (
                "下記のとおりシステムを停止します。\n\n■変更後の日程\n・令和8年12月12日(土)22:00~翌13日(日)5:00(変更なし)",
                &["2026-12-12T22:00..2026-12-13T05:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年11月20日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn statuses_as_stated() {
        let cases: &[(&str, &[&str])] = &[
            (
                "令和7年9月7日(日)22時~翌日2時に予定していたメンテナンスは、令和7年9月21日(日)22時~翌日2時に延期します。",
                &["2025-09-07T22:00..2025-09-08T02:00 cancelled", "2025-09-21T22:00..2025-09-22T02:00 rescheduled"],
            ),
            (
                "令和7年10月4日(土)22:00~23:00の作業は中止となりました。",
                &["2025-10-04T22:00..2025-10-04T23:00 cancelled"],
            ),
            ("令和7年10月4日(土)22:00~23:00の作業は完了しました。", &["2025-10-04T22:00..2025-10-04T23:00 completed"]),
            (
                "定期保守の日程\n\n第3回 2025/12/19(土) 21:00 ~ 2025/12/20(日) 07:00\n第4回 2026/01/16(土) 21:00 ~ 2026/01/17(日) 07:00\n\n(2月・3月は請求の集中を避けるため、定期保守を行いません。)",
                &["2025-12-19T21:00..2025-12-20T07:00 planned", "2026-01-16T21:00..2026-01-17T07:00 planned"],
            ),
            (
                "停止日を変更します。\n\n| 区分 | 当初の予定 | 変更後 |\n|---|---|---|\n| ① | 令和7年8月29日(土)19:00~24:00 | → 令和7年9月5日(土)同時刻 |",
                &["2025-08-29T19:00..2025-08-30T00:00 cancelled", "2025-09-05T19:00..2025-09-06T00:00 rescheduled"],
            ),
            (
                "停止日を変更します。\n\n令和7年10月4日(土)22:00~10月5日(日)5:00 → 令和7年10月11日(土)同時間帯",
                &["2025-10-04T22:00..2025-10-05T05:00 cancelled", "2025-10-11T22:00..2025-10-12T05:00 rescheduled"],
            ),
            (
                "メンテナンスの日程を変更します。\n\n【変更前】 令和7年10月4日(土)22:00~23:00\n《変更後》令和7年10月11日(土)22:00~23:00",
                &["2025-10-04T22:00..2025-10-04T23:00 cancelled", "2025-10-11T22:00..2025-10-11T23:00 rescheduled"],
            ),
            (
                "定期メンテナンスを延期いたします。\n\n【延期前】2025年10月5日(日)0:00~6:00\n【延期後】2025年10月19日(日)0:00~6:00",
                &["2025-10-05T00:00..2025-10-05T06:00 cancelled", "2025-10-19T00:00..2025-10-19T06:00 rescheduled"],
            ),
            (
                "メンテナンスの日程:令和7年10月4日(土)22:00~23:00 ⇒ 令和7年10月11日(土)22:00~23:00",
                &["2025-10-04T22:00..2025-10-04T23:00 cancelled", "2025-10-11T22:00..2025-10-11T23:00 rescheduled"],
            ),
            (
                "メンテナンスの日程を変更します。\n\n・令和7年10月4日(土)22:00~23:00\n\u{3000}⇒ 令和7年10月11日(土)22:00~23:00",
                &["2025-10-04T22:00..2025-10-04T23:00 cancelled", "2025-10-11T22:00..2025-10-11T23:00 rescheduled"],
            ),
            (
                "メンテナンスの日程を変更します。\n\n| 回 | 旧日程 | 新日程 |\n|---|---|---|\n| 第1回 | 令和7年10月4日(土)22:00~23:00 | 令和7年10月11日(土)22:00~23:00 |\n| 第2回 | 令和7年10月18日(土)22:00~23:00 | (変更なし) |",
                &[
                    "2025-10-04T22:00..2025-10-04T23:00 cancelled",
                    "2025-10-11T22:00..2025-10-11T23:00 rescheduled",
                    "2025-10-18T22:00..2025-10-18T23:00 planned",
                ],
            ),
            // the window put off, with no new date in its statement, is the old one
            (
                "回線の切替を行います。\n\n| 回 | 作業日 | 作業時間 | 備考 |\n|---|---|---|---|\n| 第3回 | 10月31日(金) | 22:00~翌2:00 | 延期(下の振替日に実施) |\n| 第3回(振替) | 11月14日(金) | 22:00~翌2:00 | 10月31日分の振替 |",
                &["2025-10-31T22:00..2025-11-01T02:00 cancelled", "2025-11-14T22:00..2025-11-15T02:00 rescheduled"],
            ),
            (
                "令和7年10月4日(土)22:00~23:00の作業は延期となりました。",
                &["2025-10-04T22:00..2025-10-04T23:00 cancelled"],
            ),
            (
                "システムを停止します。\n\n| 7 | 令和7年10月25日(土)23:00~翌5:00 | 第3回の延期分 |",
                &["2025-10-25T23:00..2025-10-26T05:00 rescheduled"],
            ),
            (
                "延期となっていた作業は、令和7年10月11日(土)22:00~23:00に実施します。",
                &["2025-10-11T22:00..2025-10-11T23:00 rescheduled"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年9月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_status_cell_of_a_row_with_one_window() {
        let table = "下記のとおりシステムを停止します。\n\n| No. | 作業日時 | 状況 | 備考 |\n|---|---|---|---|\n| 1 | 6月7日(日) 1:00~5:00 | 延期 | No.2の日程に振替 |\n| 2 | 7月5日(日) 1:00~5:00 | 予定 | No.1の振替日 |";
        assert_eq!(
            windows("令和8年5月1日", table),
            ["2026-06-07T01:00..2026-06-07T05:00 cancelled", "2026-07-05T01:00..2026-07-05T05:00 rescheduled"]
        );
    }
}

/// The examples of this module's docs, run as unit tests (the module is internal, so
/// rustdoc cannot run them).
#[cfg(test)]
mod doc_examples {
    #[test]
    fn cell_status_example() {
        use crate::extract::windows::status::cell_status;
        use crate::model::Status;
        let row = |t: &str| {
            let n = crate::normalize::normalize(t);
            cell_status(&crate::segment::segment(&n).units.remove(0)).map(|(_, s)| s)
        };
        assert_eq!(row("| 6月6日(土)22:00~翌4:00 | 中止 |"), Some(Status::Cancelled));
        assert_eq!(row("| 6月6日(土)22:00~翌4:00 | 予定 |"), Some(Status::Planned));
        // a cell that points at a footnote
        assert_eq!(row("| 6月6日(土)22:00~翌4:00 | 完了(※1) |"), Some(Status::Completed));
        assert_eq!(row("| 6月6日(土)22:00~翌4:00 | 中止※2 |"), Some(Status::Cancelled));
    }

    #[test]
    fn a_line_that_opens_with_a_side_of_a_change_has_its_status() {
        let statuses = |t: &str| {
            let n = crate::normalize::normalize(t);
            let seg = crate::segment::segment(&n);
            seg.units
                .iter()
                .flat_map(|u| {
                    let owned = crate::annotate::OwnedNotes::of(&u.text);
                    let notes = owned.view();
                    let st = super::status_of(notes.classes);
                    notes.exprs.iter().map(|e| super::expression_status(&u.text, e, notes, st)).collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        use crate::model::Status::*;
        for (text, want) in [
            (
                "旧:令和9年1月16日(土)20:00~1月17日(日)8:00\n新:令和9年1月30日(土)20:00~1月31日(日)8:00",
                vec![Cancelled, Rescheduled],
            ),
            ("【変更前】1月16日(土)20時~24時\n【変更後】1月30日(土)20時~24時", vec![Cancelled, Rescheduled]),
            ("変更後日程:1月30日(土)20時~24時", vec![Rescheduled]),
            // a label is the whole opening, not a word inside it
            ("旧システムの停止:1月16日(土)20時~24時", vec![Planned]),
            ("1月16日(土)20時~24時", vec![Planned]),
        ] {
            assert_eq!(statuses(text), want, "{text}");
        }
    }

    #[test]
    fn a_slow_service_is_an_incident_only_when_reported_as_a_fact() {
        use crate::lexicon::classes;
        use crate::model::Status;
        for (statement, want) in [
            ("11月5日9時頃からオンライン資格確認がつながりにくくなっております", Status::Incident),
            ("一部の医療機関でつながりにくい状態が続いております", Status::Incident),
            ("→ 作業中、アプリからの取り込みがつながりにくくなる場合があります。", Status::Planned),
            ("メンテナンスの間は画面がつながりにくくなります", Status::Planned),
            ("アクセスの集中により、つながりにくくなる可能性がございます", Status::Planned),
            ("復旧作業を行い、つながりにくい状態は解消しました", Status::Incident),
        ] {
            assert_eq!(super::status_of(classes(statement)), want, "{statement}");
        }
    }

    #[test]
    fn example_1() {
        use crate::extract::windows::status::status_of;
        use crate::lexicon::classes;
        use crate::model::Status;
        assert_eq!(status_of(classes("メンテナンスは中止となりました")), Status::Cancelled);
        assert_eq!(status_of(classes("作業は完了しました")), Status::Completed);
        assert_eq!(status_of(classes("停止します")), Status::Planned);
    }
}
