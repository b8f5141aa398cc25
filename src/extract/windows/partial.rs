//! Dates as stated: a date token made a [`PartialDate`] whose year may still be open, and
//! the one rule by which a date takes what it does not say from the date before it.

use super::PartialDate;
use crate::datetime::{DateTok, DayRef, Expression, MonthRef};

/// A date token as a partial date; `同日` and a bare day take what they lack from `last`,
/// the last date stated before them.
pub fn date_of(d: DateTok, last: Option<PartialDate>) -> Option<PartialDate> {
    match (d.day?, last) {
        (DayRef::Same, Some(l)) => Some(PartialDate { weekday: d.weekday.or(l.weekday), ..l }),
        (DayRef::Same, None) => None,
        (DayRef::Day(_), _) => {
            let p = to_partial(d)?;
            match (p.month, last) {
                (None, Some(l)) => Some(PartialDate { month: l.month, year: l.year, inherited: l.year.is_some(), ..p }),
                _ => Some(p),
            }
        }
    }
}

/// A date token with a day as a partial date (no inheritance).
pub fn to_partial(d: DateTok) -> Option<PartialDate> {
    let day = match d.day? {
        DayRef::Day(n) => n,
        DayRef::Same => return None,
    };
    Some(PartialDate {
        year: d.year.map(|y| y.value),
        era: d.year.and_then(|y| y.era),
        month: match d.month {
            Some(MonthRef::Month(m)) => Some(m),
            _ => None,
        },
        day,
        weekday: d.weekday,
        inherited: false,
    })
}

/// An end (or a later member of a list) takes what it does not say from the start: its
/// month, and its year (marked as inherited). This is the only place that rule is written.
pub fn inherit(mut d: PartialDate, start: &PartialDate) -> PartialDate {
    if d.month.is_none() {
        d.month = start.month;
    }
    if d.year.is_none() && start.year.is_some() {
        d.year = start.year;
        d.inherited = true;
    }
    d
}

/// Whether a date token names its own day (`3日`), not the day of the date before it (`同日`).
pub fn names_day(d: &DateTok) -> bool {
    matches!(d.day, Some(DayRef::Day(_)))
}

/// The end date of a range from its token: read after the start, inheriting from it, and
/// `同月` taking the start's month.
pub fn end_of(d: DateTok, start: &PartialDate) -> Option<PartialDate> {
    let mut e = date_of(d, Some(*start)).map(|x| inherit(x, start))?;
    if d.month == Some(MonthRef::Same) {
        e.month = start.month;
    }
    Some(e)
}

/// The last date with a month among `exprs`, for `同日` and bare days after them.
pub fn last_full_date(exprs: &[Expression]) -> Option<PartialDate> {
    exprs
        .iter()
        .rev()
        .flat_map(|e| e.points.iter().rev())
        .filter_map(|p| p.date)
        .filter(|d| matches!((d.month, d.day), (Some(MonthRef::Month(_)), Some(DayRef::Day(_)))))
        .find_map(|d| date_of(d, None))
}

/// The number of the report a short line opens or heads (`【第2報】復旧のお知らせ`,
/// `第3報(令和8年7月9日 7:10)`, `■第1報`, `…の障害について(第3報)`).
///
/// ```text
/// assert_eq!(report_number("【第2報】復旧のお知らせ"), Some(2));
/// assert_eq!(report_number("件名:【第2報】通信障害の発生について"), Some(2));
/// assert_eq!(report_number("第1報では発生時刻を8時30分頃とお知らせしましたが、その後の調査で8時20分頃と判明しました。"), None);
/// ```
pub fn report_number(text: &str) -> Option<u32> {
    if text.chars().count() > 40 {
        return None;
    }
    let at = text.find('第')?;
    let head = text[..at].trim_matches(['【', '■', '(', '[', ' ', '・', '<']);
    // a mail's or a quote's label before it (`件名:【第2報】…`, `<参考:第1報(…)の内容>`)
    let labelled = head
        .strip_suffix(':')
        .is_some_and(|label| label.chars().count() <= 6 && !label.contains(|c: char| c.is_ascii_digit()));
    let rest = &text[at + '第'.len_utf8()..];
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九".contains(*c)).collect();
    let after = &rest[digits.len()..];
    if !after.starts_with('報') || digits.is_empty() {
        return None;
    }
    // at the start of the line, or closing it in brackets (a title's `(第3報)`)
    let tail = &after['報'.len_utf8()..];
    let closing = tail.trim_start_matches([')', '】', ']']).trim().is_empty();
    // after a label, the report's own heading: `】`, `(` or nothing follows
    let heads_label = labelled && (tail.is_empty() || tail.starts_with(['】', ')', ']', '(', ' ']));
    if !head.is_empty() && !closing && !heads_label {
        return None;
    }
    digits
        .parse()
        .ok()
        .or_else(|| "一二三四五六七八九".chars().position(|c| digits == c.to_string()).map(|p| p as u32 + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<DateTok> {
        crate::datetime::expressions(text)[0].points.iter().filter_map(|p| p.date).collect()
    }

    #[test]
    fn an_end_inherits_from_its_start() {
        let range = dates("令和7年2月1日(土)~2日(日)");
        let start = to_partial(range[0]).expect("a date");
        let end = end_of(range[1], &start).expect("a date");
        assert_eq!((end.year, end.month, end.day, end.inherited), (Some(2025), Some(2), 2, true));
        assert_eq!(end.weekday, Some(chrono::Weekday::Sun));
    }

    #[test]
    fn report_numbers() {
        let cases: &[(&str, Option<u32>)] = &[
            ("【第2報】復旧のお知らせ", Some(2)),
            ("第3報(令和8年7月9日7:10)", Some(3)),
            ("■第一報", Some(1)),
            ("件名:【第2報】東総・香取メディカルネット 通信障害の発生について", Some(2)),
            ("<参考:第1報(本日9時40分発信)の内容>", Some(1)),
            ("状況:第2報をご覧ください", None),
            ("【復旧】電子処方箋管理サービスの障害について(第3報)", Some(3)),
            ("第1報では発生時刻を8時30分頃とお知らせしましたが、その後の調査で8時20分頃と判明しました。", None),
            ("掲載日:令和8年8月3日(第2報:同日15時掲載)", None),
            ("発生日時:7月8日(水)20時05分頃(第1報の「20時15分頃」から訂正)", None),
        ];
        for (line, want) in cases {
            assert_eq!(report_number(line), *want, "{line}");
        }
    }
}
