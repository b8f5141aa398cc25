//! An incident's end: a later point in the statement followed by `復旧`
//! (`10時頃から…障害が発生…同日11時30分に復旧しました`). Without one, an incident has no end yet.

use crate::datetime::{DateTok, DayRef, Expression, Shape, TimeTok};

/// The recovery of an incident stated after `e`: the index of that expression, its date
/// (when written with a day) and its time.
pub fn recovery(text: &str, e: &Expression, all: &[Expression]) -> Option<(usize, Option<DateTok>, TimeTok)> {
    all.iter().enumerate().filter(|(_, x)| x.start >= e.end).find_map(|(j, x)| {
        let p = x.points.last()?;
        let t = p.time?;
        recovery_point(text, x).then_some((j, p.date.filter(|d| matches!(d.day, Some(DayRef::Day(_)))), t))
    })
}

/// Whether the expression is the time something was restored (`11時30分に復旧`).
pub fn recovery_point(text: &str, e: &Expression) -> bool {
    let after = &text[e.end..];
    let near = &after[..after.char_indices().nth(8).map_or(after.len(), |(i, _)| i)];
    e.shape == Shape::Single && crate::lexicon::contains(near, crate::lexicon::Class::Recovery)
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
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年3月4日", statement), *want, "{statement}");
        }
    }
}
