//! iCalendar text primitives: content lines folded at 75 octets with CRLF, TEXT escaping,
//! Japan wall-clock times and UTC stamps.
//!
//! * **Lines.** Content lines are folded so that no physical line exceeds 75 octets
//!   (bytes, not characters, as RFC 5545 §3.1 says), never inside a UTF-8 character and
//!   never between a backslash and the character it escapes; continuation lines start
//!   with one space. Every line, the last included, ends with CRLF.
//! * **Text.** `\\`, `;`, `,` and line breaks are escaped (§3.3.11); other control
//!   characters, which TEXT may not hold, are dropped (a tab is kept).
//! * **Times.** Windows are written in Japan time (`DTSTART;TZID=Asia/Tokyo:…`); an
//!   instant with another offset is converted. Stamps (`DTSTAMP`, `LAST-MODIFIED`) are UTC.
//!
//! ```
//! let mut out = String::new();
//! tsuchi::calendar::ical::fold_into(&mut out, &"a".repeat(76));
//! assert_eq!(out, format!("{}\r\n a\r\n", "a".repeat(75)));
//! ```

use crate::model::Instant;
use chrono::{Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

/// Longest physical line, in octets, excluding the CRLF.
pub const MAX_LINE: usize = 75;

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// Collects folded content lines.
///
/// ```
/// let mut w = tsuchi::calendar::ical::Writer::default();
/// w.text("SUMMARY", "停止; 予定");
/// assert_eq!(w.out, "SUMMARY:停止\\; 予定\r\n");
/// ```
#[derive(Default)]
pub struct Writer {
    /// The text so far.
    pub out: String,
}

impl Writer {
    /// Writes one content line, folded, with CRLF.
    pub fn line(&mut self, content: &str) {
        fold_into(&mut self.out, content);
    }

    /// Writes `NAME:value` with the value escaped as TEXT.
    pub fn text(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11). Line breaks of any style become `\n`; other
/// control characters are dropped (a tab is kept).
///
/// ```
/// assert_eq!(tsuchi::calendar::ical::escape_text("a;b,c\n"), "a\\;b\\,c\\n");
/// ```
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets, each physical line ending in CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut len = 0; // octets on the current physical line
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // a backslash escape stays whole on one line
        let mut unit_end = i + c.len_utf8();
        if c == '\\'
            && let Some((j, d)) = chars.next()
        {
            unit_end = j + d.len_utf8();
        }
        let unit = &line[i..unit_end];
        if len + unit.len() > MAX_LINE {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push_str(unit);
        len += unit.len();
    }
    out.push_str("\r\n");
}

fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC"))
}

/// Japan wall-clock seconds since the epoch (what `DTSTART;TZID=Asia/Tokyo` writes).
pub fn wall_seconds(t: &Instant) -> i64 {
    t.with_timezone(&jst()).naive_local().and_utc().timestamp()
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn wall(t: i64) -> NaiveDateTime {
    epoch().and_time(NaiveTime::MIN) + Duration::seconds(t)
}

/// `YYYYMMDD` of a day counted from the epoch.
pub fn fmt_date(days: i64) -> String {
    (epoch() + Duration::days(days)).format("%Y%m%d").to_string()
}

/// `YYYYMMDDTHHMMSS` of Japan wall-clock seconds.
pub fn fmt_datetime(t: i64) -> String {
    wall(t).format("%Y%m%dT%H%M%S").to_string()
}

/// `2025-01-30 21:00` of Japan wall-clock seconds.
pub fn human_time(t: i64) -> String {
    wall(t).format("%Y-%m-%d %H:%M").to_string()
}

/// `2025-01-30` of a day counted from the epoch.
pub fn human_date(days: i64) -> String {
    (epoch() + Duration::days(days)).format("%Y-%m-%d").to_string()
}

/// The UTC stamp of a day's start in Japan (`2026-06-26` → `20260625T150000Z`).
///
/// ```
/// let d = chrono::NaiveDate::from_ymd_opt(2026, 6, 26).unwrap();
/// assert_eq!(tsuchi::calendar::ical::utc_stamp(d), "20260625T150000Z");
/// ```
pub fn utc_stamp(day: NaiveDate) -> String {
    let local = day.and_time(NaiveTime::MIN);
    (local - Duration::hours(9)).format("%Y%m%dT%H%M%SZ").to_string()
}

/// The day of an instant in Japan.
pub fn jst_day(t: &Instant) -> NaiveDate {
    t.with_timezone(&jst()).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut o = String::new();
        fold_into(&mut o, s);
        o
    }

    #[test]
    fn fold_boundaries() {
        let a75 = "a".repeat(75);
        assert_eq!(fold(&a75), format!("{a75}\r\n"));
        assert_eq!(fold(&"a".repeat(76)), format!("{a75}\r\n a\r\n"));
        assert_eq!(fold(&"a".repeat(75 + 74 + 1)), format!("{a75}\r\n {}\r\n a\r\n", "a".repeat(74)));
        // 73 ASCII + a 3-octet character does not fit in 75: it moves whole
        let s = format!("{}あ", "a".repeat(73));
        assert_eq!(fold(&s), format!("{}\r\n あ\r\n", "a".repeat(73)));
        let s = format!("{}あ", "a".repeat(72));
        assert_eq!(fold(&s), format!("{s}\r\n"));
        // an escape is never split
        let s = format!("{}\\,", "a".repeat(74));
        assert_eq!(fold(&s), format!("{}\r\n \\,\r\n", "a".repeat(74)));
        // 4-octet characters
        let s = "𠮷".repeat(40);
        for l in fold(&s).split("\r\n") {
            assert!(l.len() <= MAX_LINE);
        }
        assert_eq!(fold(&s).replace("\r\n ", "").trim_end(), s);
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a;b,c\\d\ne\r\nf\rg"), "a\\;b\\,c\\\\d\\ne\\nf\\ng");
        assert_eq!(escape_text("x\u{7}y\tz"), "xy\tz");
    }

    #[test]
    fn dates_format() {
        assert_eq!(fmt_date(0), "19700101");
        assert_eq!(fmt_date(-1), "19691231");
    }

    #[test]
    fn other_offsets_are_converted() {
        let t = |s: &str| wall_seconds(&chrono::DateTime::parse_from_rfc3339(s).unwrap());
        assert_eq!(t("2025-01-30T12:00:00Z"), t("2025-01-30T21:00:00+09:00"));
        assert_eq!(fmt_datetime(t("2025-01-30T20:00:00-01:00")), "20250131T060000");
    }

    #[test]
    fn stamps_are_utc() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert_eq!(utc_stamp(d), "20251231T150000Z");
    }
}
