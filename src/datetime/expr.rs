//! Expressions: tokens paired into points, ranges, lists and their qualifiers.
//!
//! The scanner knows `2月1日`, `(土)` and `22:00`; this layer reads the text *between*
//! tokens to know what they make together: a point (`2月1日(土) 22:00`), a range
//! (`~`, `-`, `ー`, `から … まで`), a list (`2月1日・2日`), an exclusion
//! (`(ただし25日(日)を除く)`), and the words around an expression that change its meaning:
//! `以降` (open end), `まで` (a deadline when there is no start), `終日` (whole day), `各日`
//! / `毎日` (a time range that recurs every day of a date range), `(予定)` (tentative) and
//! `頃` (approximate).
//!
//! Nothing here knows what a window *is*: that takes context (is this line about an
//! outage or about call-centre hours?), which is the windows extractor's job.

use super::scan::{DateForm, DateTok, TimeTok, Token, scan};

/// A date, a time, or a date with a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// The date part, if written.
    pub date: Option<DateTok>,
    /// The time part, if written.
    pub time: Option<TimeTok>,
    /// Span start in the scanned text.
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
}

impl Point {
    fn from_date(d: DateTok) -> Point {
        Point { date: Some(d), time: None, start: d.start, end: d.end }
    }
    fn from_time(t: TimeTok) -> Point {
        Point { date: None, time: Some(t), start: t.start, end: t.end }
    }
    /// Whether the point has a date with a day (not just a month).
    pub fn has_day(&self) -> bool {
        self.date.is_some_and(|d| d.day.is_some())
    }
}

/// How the points of an expression relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One point.
    Single,
    /// `points[0]` to `points[1]`.
    Range,
    /// Several dates (`2月1日・2日`).
    List,
}

/// A temporal expression: one or more points with their qualifiers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expression {
    /// Span start in the scanned text.
    pub start: usize,
    /// Span end (exclusive), qualifiers included.
    pub end: usize,
    /// The points: one for `Single`, two for `Range`, several for `List`.
    pub points: Vec<Point>,
    /// How the points relate.
    pub shape: Shape,
    /// Days excluded from a date range (`ただし25日を除く`).
    pub except: Vec<DateTok>,
    /// `以降` / `から` with no end: the window has no announced end.
    pub open_end: bool,
    /// `まで` with no start: a deadline.
    pub until: bool,
    /// `終日` follows.
    pub all_day: bool,
    /// `各日` / `毎日` precedes a time range: it recurs on every day of a date range.
    pub daily: bool,
    /// `(予定)` follows.
    pub tentative: bool,
    /// `以降の…`: the expression qualifies a noun rather than stating a period.
    pub attributive: bool,
}

const CONNECTORS: [&str; 5] = ["~", "-", "ー", "から", "より"];
const LIST_SEPS: [&str; 6] = ["・", "、", ",", "及び", "および", "と"];

fn trim(s: &str) -> &str {
    s.trim_matches(' ')
}

/// Find every expression in a line.
///
/// ```
/// use tsuchi::datetime::{expressions, Shape};
/// let e = expressions("2026年1月19日(月)~30日(金)(ただし25日(日)を除く)");
/// assert_eq!(e.len(), 1);
/// assert_eq!(e[0].shape, Shape::Range);
/// assert_eq!(e[0].except.len(), 1);
/// ```
pub fn expressions(text: &str) -> Vec<Expression> {
    expressions_of(text, &scan(text))
}

/// The time range of an expression that names no date (`22時~翌朝6時`, `各日20時~翌日5時`).
pub fn range_times(e: &Expression) -> Option<(TimeTok, TimeTok)> {
    match (e.shape, e.points.first(), e.points.get(1)) {
        (Shape::Range, Some(a), Some(b)) if a.date.is_none() => Some((a.time?, b.time?)),
        _ => None,
    }
}

/// The expressions of `text` from its tokens, already scanned (see [`expressions`]).
pub fn expressions_of(text: &str, tokens: &[Token]) -> Vec<Expression> {
    let points = points(text, tokens);
    let mut out: Vec<Expression> = Vec::new();
    let mut i = 0;
    while i < points.len() {
        let p = points[i];
        let mut e = Expression {
            start: p.start,
            end: p.end,
            points: vec![p],
            shape: Shape::Single,
            except: Vec::new(),
            open_end: false,
            until: false,
            all_day: false,
            daily: false,
            tentative: false,
            attributive: false,
        };
        i += 1;
        i += join_next(text, &points, &mut e, i);
        e.daily = e.points.iter().all(|p| p.date.is_none()) && after_daily_word(&text[..e.start]);
        let rest_at = qualify(text, &points, &mut e, &mut i);
        e.all_day = all_day_near(text, e.start, rest_at);
        // a range grew its one point to room for four; every unit of a large notice keeps these
        e.points.shrink_to_fit();
        out.push(e);
    }
    out
}

/// The points after `e`'s first joined to it as a range (`A~B`, `AからBまで`) or a list
/// (`2月1日・8日`, `5月・6月`); how many points it took.
fn join_next(text: &str, points: &[Point], e: &mut Expression, i: usize) -> usize {
    if let Some(used) = overnight_pair(text, points, e, i) {
        return used;
    }
    let p = e.points[0];
    let mut used = 0;
    if let Some(q) = points.get(i + used) {
        let gap = &text[p.end..q.start];
        let g = trim(gap);
        // `|` between two cells of a table row: a start column and an end column
        // `22時から翌27日(日)6時まで`: a time, then the next day by its day and a time
        let to_next_day = p.date.is_none() && p.time.is_some() && q.time.is_some() && text[q.start..].starts_with('翌');
        let simple = (CONNECTORS.contains(&g) || g == "|") && (compatible_range(&p, q) || to_next_day);
        let long_kara = !simple
            && gap.contains("から")
            && !gap.contains('。')
            && gap.len() <= 60
            && text[q.end..].trim_start().starts_with("まで")
            && compatible_range(&p, q);
        if simple || long_kara {
            e.points.push(*q);
            e.shape = Shape::Range;
            e.end = q.end;
            used += 1;
        } else if LIST_SEPS.contains(&g) && p.time.is_none() && q.time.is_none() && p.has_day() && q.has_day() {
            e.shape = Shape::List;
            e.points.push(*q);
            e.end = q.end;
            used += 1;
            while let Some(r) = points.get(i + used) {
                let last = e.end;
                let g = trim(&text[last..r.start]);
                if LIST_SEPS.contains(&g) && r.time.is_none() && r.has_day() {
                    e.points.push(*r);
                    e.end = r.end;
                    used += 1;
                } else {
                    break;
                }
            }
        } else if LIST_SEPS.contains(&g)
            && p.time.is_none()
            && q.time.is_none()
            && p.date.is_some_and(|d| d.day.is_none())
            && q.date.is_some_and(|d| d.form == DateForm::MonthOnly)
        {
            // 令和8年5月・6月: a list of months
            e.shape = Shape::List;
            e.points.push(*q);
            e.end = q.end;
            used += 1;
        }
    }
    used
}

/// Whether the text before a time range says it holds every day (`各日`, `毎日`) or every
/// round of a schedule (`各回とも、午前零時から約3時間`).
fn after_daily_word(before: &str) -> bool {
    let before_t = before.trim_end_matches([' ', '、', ',']);
    ["各日", "毎日", "連日", "毎晩", "毎夜", "各回", "各回とも"].iter().any(|w| before_t.ends_with(w))
}

/// The qualifiers after `e` (`(予定)`, `~終了次第`, `以降`, an exclusion, `まで`, `から`),
/// read into its flags; where the text after them starts.
fn qualify(text: &str, points: &[Point], e: &mut Expression, i: &mut usize) -> usize {
    let mut rest_at = e.end;
    loop {
        let rest = &text[rest_at..];
        let r = rest.trim_start_matches(' ');
        let skipped = rest.len() - r.len();
        if let Some(n) = strip_prefix_any(r, &["(予定)", "予定"]) {
            e.tentative = true;
            rest_at += skipped + n;
            continue;
        }
        // `22:00~作業終了次第`, `20:00~(終了時刻未定)`: a start with no end yet
        if e.shape == Shape::Single
            && let Some(after) = r.strip_prefix('~')
            && let Some(n) = strip_prefix_any(
                after.trim_start(),
                &[
                    "作業終了次第",
                    "終了次第",
                    "(終了時刻未定)",
                    "終了時刻未定",
                    "(未定)",
                    "未定",
                    "作業終了まで",
                    "終了まで",
                    "復旧まで",
                ],
            )
        {
            e.open_end = true;
            rest_at += skipped + 1 + (after.len() - after.trim_start().len()) + n;
            continue;
        }
        if let Some(n) = strip_prefix_any(r, &["以降", "以後"]) {
            e.open_end = true;
            rest_at += skipped + n;
            let after = &text[rest_at..];
            if after.starts_with('の') {
                e.attributive = true;
            }
            continue;
        }
        if let Some((n, ex)) = exclusion(text, rest_at + skipped, points, i) {
            e.except.extend(ex);
            rest_at += skipped + n;
            continue;
        }
        if r.starts_with("まで") || r.starts_with("迄") {
            if e.shape == Shape::Single {
                e.until = true;
            }
            rest_at += skipped + if r.starts_with("まで") { "まで".len() } else { "迄".len() };
            continue;
        }
        if e.shape == Shape::Single
            && (r.starts_with("から") || r.starts_with("より"))
            && !r[6..].trim_start().starts_with(|c: char| c.is_ascii_digit())
        {
            // "1月19日(月)から配信を開始" with no end on this line
            let later_until = points.get(*i).is_some_and(|q| text[q.end..].trim_start().starts_with("まで"));
            if !later_until {
                e.open_end = true;
            }
            rest_at += skipped + 6;
            continue;
        }
        break;
    }
    rest_at
}

/// `終日` close before or after an expression (`以降、終日`, `終日配信`).
fn all_day_near(text: &str, start: usize, rest_at: usize) -> bool {
    let tail: String = text[rest_at..].chars().take(6).collect();
    if tail.contains("終日") {
        return true;
    }
    let head: String = text[..start].chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    if head.contains("終日") {
        return true;
    }
    false
}

fn strip_prefix_any(s: &str, prefixes: &[&str]) -> Option<usize> {
    prefixes.iter().find(|p| s.starts_with(**p)).map(|p| p.len())
}

/// Whether `q` can end a range that `p` starts (a date-only start with a time-only end is
/// not a range: `1月19日~` then `20時` belong to different statements).
/// Two consecutive days and a time range across the night between them (`8月8日(土)~8月9日
/// (日) 22:00~翌6:00`, `8月8日~9日 22時~6時`): one night, from the first day's start time to
/// the end time the morning after. The second date only confirms the night, so the range
/// is written as `8月8日 22:00~翌6:00`. Returns the points taken.
fn overnight_pair(text: &str, points: &[Point], e: &mut Expression, i: usize) -> Option<usize> {
    use super::scan::{DayRef, MonthRef};
    let (p, q, r) = (e.points[0], *points.get(i)?, *points.get(i + 1)?);
    let (pd, qd, qt, rt) = (p.date?, q.date?, q.time?, r.time?);
    if p.time.is_some() || r.date.is_some() || !CONNECTORS.contains(&trim(&text[p.end..q.start])) {
        return None;
    }
    if !CONNECTORS.contains(&trim(&text[q.end..r.start])) {
        return None;
    }
    let day = |d: &DateTok| match d.day {
        Some(DayRef::Day(n)) => Some(n),
        _ => None,
    };
    let month = |d: &DateTok| match d.month {
        Some(MonthRef::Month(m)) => Some(m),
        _ => None,
    };
    let (pday, qday) = (day(&pd)?, day(&qd)?);
    let same_month = qd.month.is_none() || month(&qd) == month(&pd);
    let next_day =
        (same_month && qday == pday + 1) || (qday == 1 && pday >= 28 && month(&qd)? % 12 == month(&pd)? % 12 + 1);
    let crosses = rt.next_day || (rt.hour, rt.minute) < (qt.hour, qt.minute);
    if !next_day || !crosses {
        return None;
    }
    let start = Point { date: Some(pd), time: Some(qt), start: p.start, end: q.end };
    let end = Point { date: None, time: Some(TimeTok { next_day: true, ..rt }), start: r.start, end: r.end };
    e.points = vec![start, end];
    e.shape = Shape::Range;
    e.end = r.end;
    Some(2)
}

fn compatible_range(p: &Point, q: &Point) -> bool {
    match (p.date.is_some(), p.time.is_some(), q.date.is_some(), q.time.is_some()) {
        // date ~ date, datetime ~ datetime, datetime ~ time, time ~ time
        (true, false, true, false) => p.has_day() && q.has_day(),
        (true, true, _, true) => true,
        (false, true, false, true) => true,
        (true, true, true, false) => false,
        _ => false,
    }
}

/// An exclusion right after an expression: `(ただし25日(日)を除く)`, `(25日(日)を除く。)`,
/// `ただし25日を除く`. Consumes the excluded points. Returns (bytes consumed, dates).
fn exclusion(text: &str, at: usize, points: &[Point], i: &mut usize) -> Option<(usize, Vec<DateTok>)> {
    // an exclusion is short: look no further than 80 characters
    let window_end = text[at..].char_indices().nth(80).map_or(text.len(), |(i, _)| at + i);
    let rest = &text[at..window_end];
    let close = rest.find("を除く").or_else(|| rest.find("を除き"))?;
    let span_end = close + "を除く".len();
    let inner = &rest[..close];
    let inner_t = inner
        .trim_start_matches(['(', ' '])
        .trim_start_matches("ただし")
        .trim_start_matches("但し")
        .trim_start_matches(['、', ' ']);
    if inner.len() > 80 || inner_t.is_empty() {
        return None;
    }
    // all the points inside must be dates, separated only by list separators
    let mut dates = Vec::new();
    let mut j = *i;
    let mut last = at + (inner.len() - inner_t.len());
    while let Some(p) = points.get(j) {
        if p.start >= at + close {
            break;
        }
        let gap = trim(&text[last..p.start]);
        if !(gap.is_empty() || LIST_SEPS.contains(&gap)) {
            return None;
        }
        match p.date {
            Some(d) if p.time.is_none() => dates.push(d),
            _ => return None,
        }
        last = p.end;
        j += 1;
    }
    if dates.is_empty() || !trim(&text[last..at + close]).is_empty() {
        return None;
    }
    *i = j;
    // swallow a closing "。)" / ")"
    let mut end = span_end;
    let after = &rest[end..];
    for s in ["。)", ")", "。"] {
        if after.starts_with(s) {
            end += s.len();
            break;
        }
    }
    Some((end, dates))
}

/// Join date tokens with the time right after them into points; drop bare days and
/// bare months that are not next to another date.
fn points(text: &str, tokens: &[Token]) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        match tokens[k] {
            Token::Date(d) => {
                if let Some(Token::Time(t)) = tokens.get(k + 1) {
                    let gap = trim(&text[d.end..t.start]);
                    // `3月14日(土)は20時から`, `同日11時30分に`, `本日(11月16日(日))9時頃`
                    let bracketed = gap == ")" && text[..d.start].ends_with('(');
                    // `| 4月13日(日) | 0:00~6:00 |`: a date column and a time column;
                    // `12月5日(土)[21:00-24:00]`, `12月5日(土)(21時~24時)`: the times in brackets
                    let opens = matches!(gap, "[" | "(" | "【" | "〔" | "<" | "〈");
                    if d.day.is_some()
                        && (matches!(gap, "" | "の" | "、" | "," | "は" | "に" | "|") || bracketed || opens)
                    {
                        out.push(Point { date: Some(d), time: Some(*t), start: d.start, end: t.end });
                        k += 2;
                        continue;
                    }
                }
                out.push(Point::from_date(d));
            }
            Token::Time(t) => out.push(Point::from_time(t)),
        }
        k += 1;
    }
    // A bare day (30日) or bare month (6月) stands only after another date.
    let mut kept: Vec<Point> = Vec::with_capacity(out.len());
    for p in out {
        // kept when it follows another date, or carries a weekday or a time (`16日(日)午前0時`,
        // `同日2:00`), which no count of days has
        let bare =
            p.date.is_some_and(|d| matches!(d.form, DateForm::DayOnly | DateForm::MonthOnly | DateForm::SameDay));
        if bare {
            let prev_date = kept.last().is_some_and(|q| q.date.is_some());
            let dated = p.time.is_some() || p.date.is_some_and(|d| d.weekday.is_some());
            if !prev_date && !dated {
                continue;
            }
        }
        kept.push(p);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_brackets_after_the_date() {
        for text in ["令和8年12月5日(土)[21:00-24:00]", "令和8年12月5日(土)(21時~24時)", "12月5日(土)【21:00~24:00】"]
        {
            let e = expressions(text);
            assert_eq!(e.len(), 1, "{text}: {e:?}");
            assert_eq!(e[0].shape, Shape::Range, "{text}");
            assert!(e[0].points[0].date.is_some() && e[0].points[0].time.is_some(), "{text}");
        }
    }

    #[test]
    fn a_time_then_the_next_day_by_its_day() {
        let e = expressions("22時から翌27日(日)6時までとします");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].shape, Shape::Range);
        assert!(e[0].points[0].date.is_none() && e[0].points[1].date.is_some());
        // without `翌` a time and a later date are two statements
        assert_eq!(expressions("22時から27日(日)6時").len(), 2);
    }

    #[test]
    fn split_range_over_page_break() {
        let e = expressions("東日本エリア:令和7年2月1日(土) 22:00~2月2日(日) 0:30(予定)");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].shape, Shape::Range);
        assert!(e[0].tentative);
    }

    #[test]
    fn kara_made() {
        let e = expressions(
            "1月19日(月)から配信を開始し、同月30日(金)まで(25日(日)を除く。)、各日20時~翌日5時までの間に配信を行います。",
        );
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[0].shape, Shape::Range);
        assert_eq!(e[0].except.len(), 1);
        assert!(e[1].daily);
        assert_eq!(e[1].shape, Shape::Range);
    }

    #[test]
    fn open_end_all_day() {
        let e = expressions("1月31日(土)以降、終日配信されます");
        assert_eq!(e.len(), 1);
        assert!(e[0].open_end && e[0].all_day && !e[0].attributive);
        let e = expressions("令和6年12月2日以降の医療機関等の窓口における資格確認方法");
        assert!(e[0].open_end && e[0].attributive);
    }

    #[test]
    fn deadline() {
        let e = expressions("2026年1月30日(金)までにバージョンアップが完了しなかった場合");
        assert!(e[0].until);
    }

    #[test]
    fn lists() {
        let e = expressions("2月1日・2日のネットワーク更改");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].shape, Shape::List);
        assert_eq!(e[0].points.len(), 2);
        let e = expressions("令和8年5月・6月のメンテナンス");
        assert_eq!(e[0].shape, Shape::List);
    }
}
