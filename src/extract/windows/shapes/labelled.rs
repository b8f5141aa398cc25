//! Labelled lines: `開始:8月2日(土)22時00分` with `終了:8月3日(日)6時00分` on the line under it.

use super::super::partial::end_of;
use super::super::statement::Statement;
use super::super::{PartialDate, TimeOfDay};
use crate::lexicon::{self, Class};
use crate::model::Mention;

/// The end stated on a `終了:` line right under a `開始:` statement: its date (inheriting
/// from the start), its time, its mention and whether it says `(予定)`.
pub fn end_line(
    st: &Statement<'_>,
    start: &PartialDate,
) -> Option<(Option<PartialDate>, Option<TimeOfDay>, Mention, bool)> {
    lexicon::starts_with(st.unit.text.trim_start(), Class::StartLabel)?;
    let (next, notes) = st.next()?;
    lexicon::starts_with(next.text.trim_start(), Class::EndLabel)?;
    let [x] = notes.exprs.as_slice() else { return None };
    let p = x.points.first().filter(|p| p.time.is_some())?;
    let date = p.date.and_then(|d| end_of(d, start));
    let tentative = x.tentative || lexicon::contains(&next.text, Class::Tentative);
    Some((date, p.time.map(TimeOfDay::from), st.ctx.mention(next, x.start, x.end), tentative))
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
}
