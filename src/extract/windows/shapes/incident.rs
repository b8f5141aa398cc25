//! An incident's end: a later point in the statement followed by `復旧`
//! (`10時頃から…障害が発生…同日11時30分に復旧しました`). Without one, an incident has no end yet.

use super::super::partial::names_day;
use crate::datetime::{DateTok, Expression, Shape, TimeTok};

/// The recovery of an incident stated after `e`: the index of that expression, its date
/// (when written with a day) and its time.
pub fn recovery(text: &str, e: &Expression, all: &[Expression]) -> Option<(usize, Option<DateTok>, TimeTok)> {
    all.iter().enumerate().filter(|(_, x)| x.start >= e.end).find_map(|(j, x)| {
        let p = x.points.last()?;
        let t = p.time?;
        recovery_point(text, x).then_some((j, p.date.filter(names_day), t))
    })
}

/// Whether the expression is the time something was restored: `復旧` right after it
/// (`11時30分に復旧`), or later in the clause the time opens with `に`, nothing else timed in
/// between (`翌17日(火)2時45分に設備交換が完了し、全面的に復旧いたしました`).
pub fn recovery_point(text: &str, e: &Expression) -> bool {
    let after = &text[e.end..];
    let near = &after[..after.char_indices().nth(8).map_or(after.len(), |(i, _)| i)];
    if e.shape != Shape::Single {
        return false;
    }
    if crate::lexicon::contains(near, crate::lexicon::Class::Recovery) {
        return true;
    }
    // the time something happened at (`2時45分に…`, not `(24:00まで)より早く終了し`), then the
    // rest of the sentence, up to a time of its own
    if !after.starts_with('に') {
        return false;
    }
    let clause = &after[..after.find(['。', '\n']).unwrap_or(after.len())];
    let clause = &clause[..clause.find(|c: char| c.is_ascii_digit()).unwrap_or(clause.len())];
    // `復旧の見込みは未定`, `復旧作業中`: not restored yet
    use crate::lexicon::{Class, contains};
    clause.chars().count() <= 40 && contains(clause, Class::Recovery) && !contains(clause, Class::Incident)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn incidents() {
        let cases: &[(&str, &[&str])] = &[
            (
                "令和7年3月4日(火)10時頃から障害が発生し、同日11時30分に復旧しました。",
                &["2025-03-04T10:00..2025-03-04T11:30 incident"],
            ),
            ("令和7年3月4日(火)10時頃から障害が発生しております。", &["2025-03-04T10:00..- incident"]),
            (
                "3月8日(土)20:00から実施しておりましたシステムメンテナンスは、同日23:15に完了いたしました。",
                &["2025-03-08T20:00..2025-03-08T23:15 completed"],
            ),
            ("令和7年3月8日(土)22:00~作業終了次第、システムを停止します。", &["2025-03-08T22:00..- planned"]),
            (
                "3月4日(火)19時20分頃から発生しておりました通信障害は、翌5日(水)2時45分に回線事業者の設備交換が完了し、全面的に復旧いたしました。",
                &["2025-03-04T19:20..2025-03-05T02:45 incident"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年3月4日", statement), *want, "{statement}");
        }
    }
}
