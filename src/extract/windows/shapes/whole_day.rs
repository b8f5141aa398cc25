//! A whole day (`3月1日(土)終日`), or every day from a date on (`1月31日(土)以降、終日`:
//! no end announced).

use super::super::partial::date_of;
use super::super::place::Placer;
use super::super::statement::Statement;
use super::super::{PartialDate, Reader};
use crate::datetime::{DateTok, Expression};

impl Reader<'_> {
    /// Read one whole day, or an open run of whole days.
    pub(super) fn whole_day(
        &mut self,
        st: &Statement<'_>,
        placer: &Placer<'_>,
        e: &Expression,
        date: DateTok,
        open: bool,
        last: Option<PartialDate>,
    ) {
        let Some(sd) = date_of(date, last) else { return };
        let mention = self.ctx.mention(st.unit, e.start, e.end);
        let mut w = st.window(mention, e.tentative, sd, None);
        w.open_end = open;
        w.all_day = true;
        placer.place(e, &mut w, &mut self.diags);
        self.out.push(w);
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn whole_days() {
        let cases: &[(&str, &[&str])] = &[
            ("令和7年3月1日(土)終日、システムを停止します。", &["2025-03-01T00:00..2025-03-02T00:00 planned"]),
            ("令和7年3月1日(土)以降、終日配信されます。", &["2025-03-01T00:00..- planned"]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年2月1日", statement), *want, "{statement}");
        }
    }
}
