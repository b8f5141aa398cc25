//! Errata: a window a notice marks as wrong (`誤` column, `当初お知らせした「22:00~24:00」`)
//! is dropped by the resolver wherever it is stated; the corrected one stays.

use super::super::Context;
use crate::datetime::Expression;
use crate::lexicon::{self, Class};
use crate::segment::{Unit, UnitKind};

/// Whether an erratum marks this statement as the wrong one: a `誤` label before it, or a
/// table cell in a column headed `誤`.
pub fn marked_wrong(ctx: Context<'_>, ui: usize, unit: &Unit, e: &Expression) -> bool {
    let before = unit.text[..e.start].trim_end();
    if lexicon::ends_with(before, Class::WrongLabel).is_some() {
        return true;
    }
    if unit.kind != UnitKind::TableRow {
        return false;
    }
    // the header row: the topmost row of this table
    let mut k = ui;
    while k > 0 && ctx.seg.units.get(k - 1).is_some_and(|p| p.kind == UnitKind::TableRow && p.doc == unit.doc) {
        k -= 1;
    }
    let Some(header) = ctx.seg.units.get(k).filter(|_| k != ui) else { return false };
    let column = unit.text[..e.start].matches('|').count();
    // the column's head is a wrong-label's word (`誤`), without its brackets or colon
    let bare = |w: &str| w.trim_matches(['(', ')', ':', '【', '】']).to_string();
    header
        .text
        .split('|')
        .nth(column)
        .is_some_and(|cell| lexicon::list(Class::WrongLabel).iter().any(|w| bare(w) == cell.trim()))
}

/// Whether an expression is quoted as the old, wrong announcement (`当初お知らせした「…」`).
pub fn quoted_as_old(text: &str, e: &Expression) -> bool {
    let before: String = text[..e.start].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    before.ends_with('「') && lexicon::contains(&before, Class::FirstAnnounced)
}

#[cfg(test)]
mod tests {
    use super::super::tests::windows;

    #[test]
    fn the_wrong_window_is_dropped() {
        let table = "メンテナンスの日時を訂正します。\n\n| | 誤 | 正 |\n|---|---|---|\n| 日時 | 令和7年6月7日(土)22:00~24:00 | 令和7年6月7日(土)22:00~翌2:00 |";
        assert_eq!(windows("令和7年6月1日", table), ["2025-06-07T22:00..2025-06-08T02:00 planned"]);
        let quoted = "メンテナンスの日時に誤りがありました。正しくは、令和7年6月7日(土)22:00~翌2:00です。当初お知らせした「22:00~24:00」は誤りです。";
        assert_eq!(windows("令和7年6月1日", quoted), ["2025-06-07T22:00..2025-06-08T02:00 planned"]);
    }
}
