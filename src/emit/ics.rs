//! iCalendar (RFC 5545) output: one `VCALENDAR` with a `VEVENT` per outage window.
//!
//! [`calendar`] turns any number of notices (a whole folder) into one calendar that a
//! calendar program can import or subscribe to. The output is a pure function of its
//! input: the same notices always give the same bytes, so a calendar file can be kept in
//! version control and re-generated without noise.
//!
//! # Choices
//!
//! * **Time zone.** Every window is in Japan time. The calendar carries one `VTIMEZONE`
//!   for `Asia/Tokyo` (a single `STANDARD` rule, `+0900`, `JST`; Japan has had no daylight
//!   saving since 1951) and timed events use `DTSTART;TZID=Asia/Tokyo:…`, so a program in
//!   another zone converts correctly while the file still shows the times of the notice.
//!   `X-WR-TIMEZONE:Asia/Tokyo` is added for programs that read only that. A start or end
//!   written with another offset (the model promises `+09:00`, but `Z` or `+00:00` are
//!   accepted) is converted to Japan time.
//! * **All-day windows.** An `all_day` window whose start and end are both at 00:00 becomes
//!   a date event: `DTSTART;VALUE=DATE:` and an exclusive `DTEND;VALUE=DATE:` (the model's
//!   all-day end is already the following midnight, which is exactly the exclusive end
//!   RFC 5545 wants). An `all_day` window with a time of day stays a timed event.
//! * **Open-ended windows** (`end` null: `以降`, an incident still going on). RFC 5545
//!   allows a `VEVENT` without an end, but then a timed event lasts zero seconds and many
//!   programs hide it or draw it as a hairline, so:
//!   * an all-day open window becomes a one-day all-day event on its start day
//!     (`DTEND;VALUE=DATE:` the next day);
//!   * a timed open window becomes `DTSTART;TZID=…` with `DURATION:PT1H`: a visible
//!     one-hour block at the start time. `DURATION` rather than `DTEND` keeps the end
//!     visibly nominal instead of inventing an end time that looks announced.
//!
//!   Both carry `X-TSUCHI-OPEN-END:TRUE` and a `DESCRIPTION` line saying that no end was
//!   announced. A window whose end is not after its start (bad input) is shown the same
//!   way, with a line naming the rejected end, but without `X-TSUCHI-OPEN-END`. A window
//!   whose start cannot be read is left out: there is nothing to put on a calendar.
//! * **UID.** `<16 hex digits>@tsuchi`, the 64-bit FNV-1a hash of the document number (or,
//!   when the notice has none, `sha256:` and the file's SHA-256), the start, the end and
//!   the sorted prefecture codes, separated by a unit separator. The number is preferred
//!   because a re-issued notice (a corrected file, another encoding) keeps it, so
//!   re-importing updates the event instead of adding a copy. FNV-1a is written out here
//!   because `std`'s `DefaultHasher` may change between Rust releases. If two events of
//!   one calendar would get the same UID (the same notice twice in a folder), the later
//!   ones get `-2`, `-3`, … before the `@`, in output order.
//! * **DTSTAMP** must be a UTC time; "now" would make the output differ on every run, so
//!   it is the notice's issue date (`document.date`) at 00:00 UTC, or
//!   `19700101T000000Z` when the date is unknown. A later re-issue thus carries a later
//!   stamp.
//! * **Text.** `SUMMARY` is `【中止】` (cancelled) + `[area] ` + the first system (or the
//!   title) + the kind in Japanese (`メンテナンス`, `通信断`, `アプリケーション配信`,
//!   `障害`, `停止`) + `（予定）` (tentative). The area is the areas as written, else up to
//!   three prefecture names (more are shortened to `東京都ほか46都道府県`). `DESCRIPTION`
//!   holds the title, number, date, systems, area with its prefectures, the window, the
//!   statement, contacts and the source lines (`出典: 30行目, 98行目`). `CATEGORIES` is the
//!   schema kind (`maintenance`, …), stable for filtering. `STATUS` is `CANCELLED` for a
//!   cancelled window, `TENTATIVE` for a tentative planned or rescheduled one, else
//!   `CONFIRMED`. Text values are escaped (`\\`, `\;`, `\,`, `\n`); other control
//!   characters are dropped.
//! * **Lines.** Content lines are folded so that no physical line exceeds 75 octets
//!   (bytes, not characters, as RFC 5545 §3.1 says), never inside a UTF-8 character and
//!   never between a backslash and the character it escapes; continuation lines start
//!   with one space. Every line, the last included, ends with CRLF.
//! * **Order.** Events follow the notices in the order given, and within a notice the
//!   order of its outages.
//!
//! ```
//! let ics = tsuchi::emit::ics::calendar(&[]);
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
//! assert!(ics.ends_with("END:VCALENDAR\r\n"));
//! ```

use crate::model::{ContactKind, Instant, Notice, Outage, OutageKind, Status};
use chrono::{Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::HashMap;

/// Longest physical line, in octets, excluding the CRLF.
const MAX_LINE: usize = 75;

/// One VCALENDAR holding the events of every notice given (a folder becomes one calendar).
///
/// See the [module documentation](self) for how windows become events.
pub fn calendar(notices: &[Notice]) -> String {
    let mut cal = CalendarWriter::default();
    let mut out = CalendarWriter::header();
    for notice in notices {
        out.push_str(&cal.events(notice));
    }
    out.push_str(&CalendarWriter::footer());
    out
}

/// A calendar written a notice at a time, as `tsuchi extract --format ics` streams a batch:
/// the header, each notice's events, the footer. It remembers the UIDs given so far, so a
/// window stated in two notices gets `-2` as in [`calendar`], which is these three calls.
///
/// ```
/// # let notice = tsuchi::extract_str("x.txt", "令和7年1月30日").unwrap();
/// use tsuchi::emit::ics::CalendarWriter;
/// let mut cal = CalendarWriter::default();
/// let text = CalendarWriter::header() + &cal.events(&notice) + &CalendarWriter::footer();
/// assert_eq!(text, tsuchi::emit::ics::calendar(std::slice::from_ref(&notice)));
/// ```
#[derive(Debug, Default)]
pub struct CalendarWriter {
    seen: HashMap<String, u32>,
}

impl CalendarWriter {
    /// `BEGIN:VCALENDAR`, the calendar's properties and the Asia/Tokyo `VTIMEZONE`.
    pub fn header() -> String {
        let mut w = Writer::default();
        w.line("BEGIN:VCALENDAR");
        w.line("VERSION:2.0");
        w.line(&format!("PRODID:-//tsuchi//tsuchi {}//JA", env!("CARGO_PKG_VERSION")));
        w.line("CALSCALE:GREGORIAN");
        w.line("METHOD:PUBLISH");
        w.line("X-WR-TIMEZONE:Asia/Tokyo");
        w.line("BEGIN:VTIMEZONE");
        w.line("TZID:Asia/Tokyo");
        w.line("BEGIN:STANDARD");
        w.line("DTSTART:19700101T000000");
        w.line("TZOFFSETFROM:+0900");
        w.line("TZOFFSETTO:+0900");
        w.line("TZNAME:JST");
        w.line("END:STANDARD");
        w.line("END:VTIMEZONE");
        w.out
    }

    /// One `VEVENT` per window of `notice`.
    pub fn events(&mut self, notice: &Notice) -> String {
        let mut w = Writer::default();
        for outage in &notice.outages {
            event(&mut w, notice, outage, &mut self.seen);
        }
        w.out
    }

    /// `END:VCALENDAR`.
    pub fn footer() -> String {
        let mut w = Writer::default();
        w.line("END:VCALENDAR");
        w.out
    }
}

/// Collects folded content lines.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    /// Writes one content line, folded, with CRLF.
    fn line(&mut self, content: &str) {
        fold_into(&mut self.out, content);
    }

    /// Writes `NAME:value` with the value escaped as TEXT.
    fn text(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }
}

/// How the window is written on the calendar.
enum When {
    /// `DTSTART;VALUE=DATE` / `DTEND;VALUE=DATE` (days since the epoch, end exclusive).
    Dates(i64, i64),
    /// `DTSTART;TZID` / `DTEND;TZID` (Japan wall-clock seconds since the epoch).
    Times(i64, i64),
    /// `DTSTART;TZID` with `DURATION:PT1H`.
    TimeHour(i64),
}

/// Japan wall-clock seconds since the epoch (what `DTSTART;TZID=Asia/Tokyo` writes).
fn wall_seconds(t: &Instant) -> i64 {
    let jst = FixedOffset::east_opt(9 * 3600).unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC"));
    t.with_timezone(&jst).naive_local().and_utc().timestamp()
}

fn event(w: &mut Writer, notice: &Notice, o: &Outage, seen: &mut HashMap<String, u32>) {
    let start = wall_seconds(&o.start);
    // an end that is not after the start is reported and dropped
    let bad_end = o.end.filter(|e| wall_seconds(e) <= start);
    let end = o.end.map(|e| wall_seconds(&e)).filter(|&e| e > start);
    let open = o.end.is_none();
    let midnight = |t: i64| t.rem_euclid(DAY) == 0;
    let when = match end {
        Some(e) if o.all_day && midnight(start) && midnight(e) => When::Dates(start.div_euclid(DAY), e.div_euclid(DAY)),
        Some(e) => When::Times(start, e),
        None if o.all_day && midnight(start) => When::Dates(start.div_euclid(DAY), start.div_euclid(DAY) + 1),
        None => When::TimeHour(start),
    };

    w.line("BEGIN:VEVENT");
    w.line(&format!("UID:{}", uid(notice, o, seen)));
    w.line(&format!("DTSTAMP:{}", dtstamp(notice)));
    match when {
        When::Dates(s, e) => {
            w.line(&format!("DTSTART;VALUE=DATE:{}", fmt_date(s)));
            w.line(&format!("DTEND;VALUE=DATE:{}", fmt_date(e)));
        }
        When::Times(s, e) => {
            w.line(&format!("DTSTART;TZID=Asia/Tokyo:{}", fmt_datetime(s)));
            w.line(&format!("DTEND;TZID=Asia/Tokyo:{}", fmt_datetime(e)));
        }
        When::TimeHour(s) => {
            w.line(&format!("DTSTART;TZID=Asia/Tokyo:{}", fmt_datetime(s)));
            w.line("DURATION:PT1H");
        }
    }
    w.text("SUMMARY", &summary(notice, o));
    w.text("DESCRIPTION", &description(notice, o, start, end, open, bad_end, &when));
    if let Some(location) = location(o) {
        w.text("LOCATION", &location);
    }
    {
        w.text("CATEGORIES", o.kind.as_str());
    }
    let status = match o.status {
        Status::Cancelled => "CANCELLED",
        Status::Planned | Status::Rescheduled if o.tentative => "TENTATIVE",
        _ => "CONFIRMED",
    };
    w.line(&format!("STATUS:{status}"));
    w.line("TRANSP:OPAQUE");
    if open {
        w.line("X-TSUCHI-OPEN-END:TRUE");
    }
    w.line("END:VEVENT");
}

// ---------------------------------------------------------------------------------------
// UID and DTSTAMP

/// 64-bit FNV-1a.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn uid(notice: &Notice, o: &Outage, seen: &mut HashMap<String, u32>) -> String {
    const SEP: char = '\u{1f}';
    let mut key = match notice.document.number.as_deref().filter(|n| !n.is_empty()) {
        Some(n) => format!("number:{n}"),
        None => format!("sha256:{}", notice.source.sha256),
    };
    key.push(SEP);
    key.push_str(&o.start.to_rfc3339());
    key.push(SEP);
    key.push_str(&o.end.map_or_else(|| "open".to_string(), |e| e.to_rfc3339()));
    key.push(SEP);
    let mut codes: Vec<&str> = o.prefectures.iter().map(|p| p.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    key.push_str(&codes.join(","));
    let base = format!("{:016x}", fnv1a64(key.as_bytes()));
    let n = seen.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 { format!("{base}@tsuchi") } else { format!("{base}-{n}@tsuchi") }
}

fn dtstamp(notice: &Notice) -> String {
    notice
        .document
        .date
        .map(|d| format!("{}T000000Z", d.format("%Y%m%d")))
        .unwrap_or_else(|| "19700101T000000Z".to_string())
}

// ---------------------------------------------------------------------------------------
// Text

fn kind_ja(kind: OutageKind) -> &'static str {
    match kind {
        OutageKind::Maintenance => "メンテナンス",
        OutageKind::Network => "通信断",
        OutageKind::Update => "アプリケーション配信",
        OutageKind::Incident => "障害",
        OutageKind::Outage => "停止",
    }
}

fn status_ja(status: Status) -> &'static str {
    match status {
        Status::Planned => "予定",
        Status::Cancelled => "中止",
        Status::Rescheduled => "日程変更後",
        Status::Incident => "障害発生",
        Status::Completed => "完了",
    }
}

/// The area for the summary: areas as written, else a few prefecture names.
fn area_label(o: &Outage) -> Option<String> {
    if !o.areas.is_empty() {
        return Some(o.areas.join("・"));
    }
    match o.prefectures.len() {
        0 => None,
        1..=3 => Some(o.prefectures.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("・")),
        n => Some(format!("{}ほか{}都道府県", o.prefectures[0].name, n - 1)),
    }
}

fn summary(notice: &Notice, o: &Outage) -> String {
    let mut s = String::new();
    if o.status == Status::Cancelled {
        s.push_str("【中止】");
    }
    if let Some(area) = area_label(o) {
        s.push_str(&format!("[{area}] "));
    }
    let subject =
        notice.systems.first().map(|x| x.name.as_str()).or(notice.document.title.as_deref()).filter(|x| !x.is_empty());
    let kind = kind_ja(o.kind);
    match (subject, kind.is_empty()) {
        (Some(sub), false) => s.push_str(&format!("{sub} {kind}")),
        (Some(sub), true) => s.push_str(sub),
        (None, false) => s.push_str(kind),
        (None, true) => s.push_str("お知らせ"),
    }
    if o.tentative {
        s.push_str("（予定）");
    }
    s
}

fn location(o: &Outage) -> Option<String> {
    if !o.areas.is_empty() {
        Some(o.areas.join("、"))
    } else if !o.prefectures.is_empty() {
        Some(o.prefectures.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("、"))
    } else {
        None
    }
}

/// `2025-01-30 21:00`.
fn human_time(t: i64) -> String {
    wall(t).format("%Y-%m-%d %H:%M").to_string()
}

/// `2025-01-30`.
fn human_date(days: i64) -> String {
    (epoch() + Duration::days(days)).format("%Y-%m-%d").to_string()
}

fn description(
    notice: &Notice,
    o: &Outage,
    start: i64,
    end: Option<i64>,
    open: bool,
    bad_end: Option<Instant>,
    when: &When,
) -> String {
    let doc = &notice.document;
    let mut lines: Vec<String> = Vec::new();
    if let Some(t) = doc.title.as_deref().filter(|t| !t.is_empty()) {
        lines.push(format!("件名: {t}"));
    }
    if let Some(n) = doc.number.as_deref().filter(|n| !n.is_empty()) {
        lines.push(format!("文書番号: {n}"));
    }
    if let Some(d) = doc.date {
        lines.push(format!("発出日: {d}"));
    }
    if !notice.systems.is_empty() {
        let names: Vec<&str> = notice.systems.iter().map(|s| s.name.as_str()).collect();
        lines.push(format!("対象システム: {}", names.join("、")));
    }
    let kind = kind_ja(o.kind);
    if !kind.is_empty() {
        lines.push(format!("種別: {kind}"));
    }
    let mut state = status_ja(o.status).to_string();
    if o.tentative {
        state.push_str("（予定・未確定）");
    }
    lines.push(format!("状態: {state}"));
    let prefs: Vec<&str> = o.prefectures.iter().map(|p| p.name.as_str()).collect();
    match (o.areas.is_empty(), prefs.is_empty()) {
        (false, false) => lines.push(format!("対象地域: {}（{}）", o.areas.join("、"), prefs.join("、"))),
        (false, true) => lines.push(format!("対象地域: {}", o.areas.join("、"))),
        (true, false) => lines.push(format!("対象地域: {}", prefs.join("、"))),
        (true, true) => {}
    }
    let period = match (when, end) {
        (When::Dates(s, e), Some(_)) if *e - *s > 1 => format!("{} ～ {}（終日）", human_date(*s), human_date(*e - 1)),
        (When::Dates(s, _), Some(_)) => format!("{}（終日）", human_date(*s)),
        (When::Dates(s, _), None) => format!("{} ～（終日）", human_date(*s)),
        (_, Some(e)) => format!("{} ～ {}", human_time(start), human_time(e)),
        (_, None) => format!("{} ～", human_time(start)),
    };
    lines.push(format!("日時: {period}"));
    if open {
        let shown = match when {
            When::Dates(..) => "カレンダー上は開始日の終日予定として表示しています",
            _ => "カレンダー上は開始から1時間の予定として表示しています",
        };
        lines.push(format!("※終了日時は告知されていません（{shown}）。"));
    } else if let Some(raw) = bad_end {
        lines.push(format!("※終了日時 {raw} が開始日時より後ではないため、終了を省略して表示しています。"));
    }
    if let Some(text) = o.description.as_deref().filter(|t| !t.is_empty()) {
        lines.push(String::new());
        lines.push(text.to_string());
    }
    if !notice.contacts.is_empty() {
        lines.push(String::new());
        lines.push("問い合わせ先:".to_string());
        for c in &notice.contacts {
            let mut l = String::from("・");
            if let Some(name) = c.name.as_deref().filter(|n| !n.is_empty()) {
                l.push_str(name);
                l.push(' ');
            }
            if c.kind == ContactKind::Fax {
                l.push_str("FAX ");
            }
            l.push_str(&c.phone);
            if let Some(ext) = c.extension.as_deref().filter(|x| !x.is_empty()) {
                l.push_str(&format!(" 内線{}", ext.trim_start_matches("内線")));
            }
            let mut notes: Vec<String> = Vec::new();
            if c.toll_free {
                notes.push("通話無料".to_string());
            }
            for h in &c.hours {
                let mut n = format!("{} {}～{}", h.days, h.open, h.close);
                if !h.except.is_empty() {
                    n.push_str(&format!("（{}を除く）", h.except.join("・")));
                }
                notes.push(n);
            }
            if !notes.is_empty() {
                l.push_str(&format!("（{}）", notes.join("、")));
            }
            lines.push(l);
        }
    }
    let mut src: Vec<u32> = o.mentions.iter().map(|m| m.line).collect();
    src.sort_unstable();
    src.dedup();
    lines.push(String::new());
    if !notice.source.name.is_empty() && notice.source.name != "-" {
        lines.push(format!("ファイル: {}", notice.source.name));
    }
    if !src.is_empty() {
        let l: Vec<String> = src.iter().map(|n| format!("{n}行目")).collect();
        lines.push(format!("出典: {}", l.join(", ")));
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Escapes a TEXT value (RFC 5545 §3.3.11). Line breaks of any style become `\n`; other
/// control characters, which TEXT may not hold, are dropped (a tab is kept).
fn escape_text(s: &str) -> String {
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
fn fold_into(out: &mut String, line: &str) {
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

// ---------------------------------------------------------------------------------------
// Dates: Japan wall-clock seconds since 1970-01-01T00:00 (chrono does the calendar).

const DAY: i64 = 86_400;

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn wall(t: i64) -> NaiveDateTime {
    epoch().and_time(NaiveTime::MIN) + Duration::seconds(t)
}

fn fmt_date(days: i64) -> String {
    (epoch() + Duration::days(days)).format("%Y%m%d").to_string()
}

fn fmt_datetime(t: i64) -> String {
    wall(t).format("%Y%m%dT%H%M%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Document, Hours, Mention, Prefecture, Source, SourceFormat, System};

    const LONG: &str = "オンライン資格確認等システムの定期メンテナンスに伴い、下記の日時において同システムが利用できなくなります。\
        メンテナンス中は資格確認端末からのオンライン資格確認、薬剤情報・特定健診情報の閲覧、電子処方箋の受付等が行えませんので、\
        医療機関・薬局の皆様におかれましては、あらかじめ紙の保険証等による確認をご準備くださいますようお願い申し上げます; 詳細は\\別紙を参照。";

    fn mention(line: u32) -> Mention {
        Mention { line, column: 1, text: "x".into(), page: None, part: None }
    }

    fn pref(code: &str, name: &str) -> Prefecture {
        Prefecture { code: code.into(), name: name.into() }
    }

    fn at(s: &str) -> Instant {
        chrono::DateTime::parse_from_rfc3339(s).expect("a test instant")
    }

    fn outage(start: &str, end: Option<&str>) -> Outage {
        Outage {
            start: at(start),
            end: end.map(at),
            all_day: false,
            tentative: false,
            status: Status::Planned,
            kind: OutageKind::Maintenance,
            areas: vec![],
            prefectures: vec![],
            description: None,
            mentions: vec![mention(30)],
        }
    }

    fn notice() -> Notice {
        let mut timed = outage("2025-01-30T21:00:00+09:00", Some("2025-01-31T05:00:00+09:00"));
        timed.areas = vec!["東日本エリア".into()];
        timed.prefectures = vec![pref("02", "青森県"), pref("01", "北海道")];
        timed.description = Some(LONG.into());
        timed.mentions = vec![mention(98), mention(30), mention(98)];

        let mut all_day_open = outage("2025-02-01T00:00:00+09:00", None);
        all_day_open.all_day = true;
        all_day_open.kind = OutageKind::Incident;
        all_day_open.status = Status::Incident;

        let mut tentative = outage("2025-02-10T22:00:00+09:00", Some("2025-02-11T06:00:00+09:00"));
        tentative.tentative = true;
        tentative.kind = OutageKind::Update;

        let mut cancelled = outage("2025-02-15T00:00:00+09:00", Some("2025-02-17T00:00:00+09:00"));
        cancelled.all_day = true;
        cancelled.status = Status::Cancelled;
        cancelled.kind = OutageKind::Network;
        cancelled.prefectures = vec![pref("13", "東京都")];

        let timed_open = outage("2025-03-01T02:00:00+09:00", None);

        Notice {
            schema_version: "1.0".into(),
            source: Source {
                name: "notice.txt".into(),
                sha256: "ab".repeat(32),
                bytes: 1234,
                format: SourceFormat::Text,
                encoding: Some("shift_jis".into()),
                bom: false,
                pages: None,
                parts: vec![],
            },
            document: Document {
                number: Some("日医発第1817号(情シ)(保険)".into()),
                date: NaiveDate::from_ymd_opt(2025, 1, 20),
                kind: Some("周知依頼".into()),
                title: Some("オンライン資格確認等システムのメンテナンスについて".into()),
                issuer: Some("日本医師会".into()),
                recipients: vec!["都道府県医師会".into()],
                line: 1,
                end_line: 120,
                page: None,
                part: None,
            },
            attachments: vec![],
            systems: vec![System {
                name: "オンライン資格確認等システム".into(), mentions: vec![mention(5)]
            }],
            outages: vec![timed, all_day_open, tentative, cancelled, timed_open],
            contacts: vec![Contact {
                name: Some("オンライン資格確認等コールセンター".into()),
                phone: "0800-080-4583".into(),
                e164: "+81800804583".into(),
                kind: ContactKind::Phone,
                toll_free: true,
                extension: None,
                hours: vec![Hours {
                    days: "月曜日~金曜日".into(),
                    open: "08:00".into(),
                    close: "18:00".into(),
                    except: vec!["祝日".into()],
                    text: "月曜日~金曜日 8:00~18:00(祝日を除く)".into(),
                    line: 110,
                    page: None,
                    part: None,
                }],
                mentions: vec![mention(109)],
            }],
            urls: vec![],
            prefectures: vec![],
            dates: vec![],
            diagnostics: vec![],
        }
    }

    /// Unfolded logical lines.
    fn logical(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(String::from).collect()
    }

    /// The logical lines of each VEVENT.
    fn events(ics: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let mut cur: Option<Vec<String>> = None;
        for l in logical(ics) {
            match l.as_str() {
                "BEGIN:VEVENT" => cur = Some(Vec::new()),
                "END:VEVENT" => out.push(cur.take().unwrap()),
                _ => {
                    if let Some(c) = cur.as_mut() {
                        c.push(l);
                    }
                }
            }
        }
        out
    }

    fn prop<'a>(ev: &'a [String], name: &str) -> Option<&'a str> {
        ev.iter().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k == name || k.split(';').next() == Some(name)).then_some(v)
        })
    }

    fn full<'a>(ev: &'a [String], name: &str) -> Option<&'a str> {
        ev.iter().map(String::as_str).find(|l| l.starts_with(&format!("{name}:")) || l.starts_with(&format!("{name};")))
    }

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c == '\\' {
                match it.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(d) => out.push(d),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn header_and_timezone() {
        let ics = calendar(&[notice()]);
        let lines = logical(&ics);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert_eq!(lines[1], "VERSION:2.0");
        assert_eq!(lines[2], format!("PRODID:-//tsuchi//tsuchi {}//JA", env!("CARGO_PKG_VERSION")));
        for l in ["CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Asia/Tokyo"] {
            assert!(lines.iter().any(|x| x == l), "{l}");
        }
        let tz = "BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
        assert_eq!(ics.matches(tz).count(), 1);
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        assert_eq!(events(&ics).len(), 5);
    }

    #[test]
    fn crlf_everywhere() {
        let ics = calendar(&[notice(), notice()]);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let b = ics.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' {
                assert!(i > 0 && b[i - 1] == b'\r', "bare LF at {i}");
            }
            if c == b'\r' {
                assert_eq!(b.get(i + 1), Some(&b'\n'), "bare CR at {i}");
            }
        }
    }

    #[test]
    fn timed_window() {
        let ev = &events(&calendar(&[notice()]))[0];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20250130T210000"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;TZID=Asia/Tokyo:20250131T050000"));
        assert_eq!(prop(ev, "DTSTAMP"), Some("20250120T000000Z"));
        assert_eq!(prop(ev, "SUMMARY"), Some("[東日本エリア] オンライン資格確認等システム メンテナンス"));
        assert_eq!(prop(ev, "STATUS"), Some("CONFIRMED"));
        assert_eq!(prop(ev, "TRANSP"), Some("OPAQUE"));
        assert_eq!(prop(ev, "CATEGORIES"), Some("maintenance"));
        assert_eq!(prop(ev, "LOCATION"), Some("東日本エリア"));
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), None);
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        for want in [
            "件名: オンライン資格確認等システムのメンテナンスについて",
            "文書番号: 日医発第1817号(情シ)(保険)",
            "発出日: 2025-01-20",
            "対象地域: 東日本エリア（青森県、北海道）",
            "日時: 2025-01-30 21:00 ～ 2025-01-31 05:00",
            "・オンライン資格確認等コールセンター 0800-080-4583（通話無料、月曜日~金曜日 08:00～18:00（祝日を除く））",
            "ファイル: notice.txt",
            "出典: 30行目, 98行目",
        ] {
            assert!(d.contains(want), "{want:?} not in {d}");
        }
        assert!(d.contains(LONG));
    }

    #[test]
    fn all_day_open_window() {
        let ev = &events(&calendar(&[notice()]))[1];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;VALUE=DATE:20250201"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;VALUE=DATE:20250202"));
        assert_eq!(prop(ev, "DURATION"), None);
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), Some("TRUE"));
        assert_eq!(prop(ev, "SUMMARY"), Some("オンライン資格確認等システム 障害"));
        assert_eq!(prop(ev, "STATUS"), Some("CONFIRMED"));
        assert_eq!(prop(ev, "LOCATION"), None);
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(d.contains("終了日時は告知されていません"), "{d}");
        assert!(d.contains("日時: 2025-02-01 ～（終日）"), "{d}");
    }

    #[test]
    fn timed_open_window() {
        let ev = &events(&calendar(&[notice()]))[4];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20250301T020000"));
        assert_eq!(prop(ev, "DTEND"), None);
        assert_eq!(prop(ev, "DURATION"), Some("PT1H"));
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), Some("TRUE"));
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(
            d.contains("終了日時は告知されていません（カレンダー上は開始から1時間の予定として表示しています）"),
            "{d}"
        );
    }

    #[test]
    fn tentative_window() {
        let ev = &events(&calendar(&[notice()]))[2];
        assert_eq!(prop(ev, "STATUS"), Some("TENTATIVE"));
        assert_eq!(prop(ev, "SUMMARY"), Some("オンライン資格確認等システム アプリケーション配信（予定）"));
    }

    #[test]
    fn cancelled_all_day_window() {
        let ev = &events(&calendar(&[notice()]))[3];
        assert_eq!(prop(ev, "STATUS"), Some("CANCELLED"));
        assert_eq!(prop(ev, "SUMMARY"), Some("【中止】[東京都] オンライン資格確認等システム 通信断"));
        // exclusive end: the 15th and the 16th
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;VALUE=DATE:20250215"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;VALUE=DATE:20250217"));
        assert_eq!(prop(ev, "LOCATION"), Some("東京都"));
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(d.contains("日時: 2025-02-15 ～ 2025-02-16（終日）"), "{d}");
        assert!(d.contains("状態: 中止"), "{d}");
    }

    #[test]
    fn all_day_with_time_stays_timed() {
        let mut n = notice();
        let mut o = outage("2025-04-01T09:00:00+09:00", Some("2025-04-02T00:00:00+09:00"));
        o.all_day = true;
        n.outages = vec![o];
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20250401T090000"));
        assert_eq!(full(ev, "DTEND"), Some("DTEND;TZID=Asia/Tokyo:20250402T000000"));
    }

    #[test]
    fn end_not_after_start_is_dropped() {
        let mut n = notice();
        n.outages = vec![outage("2025-04-01T09:00:00+09:00", Some("2025-04-01T09:00:00+09:00"))];
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(prop(ev, "DTEND"), None);
        assert_eq!(prop(ev, "DURATION"), Some("PT1H"));
        assert_eq!(prop(ev, "X-TSUCHI-OPEN-END"), None);
        assert!(unescape(prop(ev, "DESCRIPTION").unwrap()).contains("終了を省略"));
    }

    #[test]
    fn other_offsets_are_converted() {
        let t = |s: &str| wall_seconds(&chrono::DateTime::parse_from_rfc3339(s).unwrap());
        assert_eq!(t("2025-01-30T12:00:00Z"), t("2025-01-30T21:00:00+09:00"));
        assert_eq!(fmt_datetime(t("2025-01-30T20:00:00-01:00")), "20250131T060000");
    }

    #[test]
    fn dates_format() {
        assert_eq!(fmt_date(0), "19700101");
        assert_eq!(fmt_date(-1), "19691231");
    }

    #[test]
    fn folding_long_japanese_text() {
        let ics = calendar(&[notice()]);
        for l in ics.as_bytes().split(|&b| b == b'\n') {
            let l = l.strip_suffix(b"\r").unwrap_or(l);
            assert!(l.len() <= MAX_LINE, "{} octets: {}", l.len(), String::from_utf8_lossy(l));
            assert!(std::str::from_utf8(l).is_ok());
        }
        assert!(ics.contains("\r\n "), "something is folded");
        // unfolding restores the text exactly
        let ev = &events(&ics)[0];
        let d = unescape(prop(ev, "DESCRIPTION").unwrap());
        assert!(d.contains(LONG));
    }

    #[test]
    fn fold_boundaries() {
        let fold = |s: &str| {
            let mut o = String::new();
            fold_into(&mut o, s);
            o
        };
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
        assert_eq!(unescape(&escape_text("件名; 1,2\\3\n次")), "件名; 1,2\\3\n次");
    }

    fn uids(ics: &str) -> Vec<String> {
        events(ics).iter().map(|e| prop(e, "UID").unwrap().to_string()).collect()
    }

    #[test]
    fn uid_stability() {
        let a = calendar(&[notice()]);
        let b = calendar(&[notice()]);
        assert_eq!(a, b, "output is reproducible");
        let u = uids(&a);
        assert_eq!(u, uids(&b));
        let mut sorted = u.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), u.len(), "different windows, different UIDs");
        for x in &u {
            let (hex, host) = x.split_once('@').unwrap();
            assert_eq!(host, "tsuchi");
            assert!(hex.len() == 16 && hex.bytes().all(|c| c.is_ascii_hexdigit()), "{x}");
        }

        // a re-issue (another file, same number) keeps the UIDs; prefecture order is irrelevant
        let mut re = notice();
        re.source.sha256 = "cd".repeat(32);
        re.source.name = "reissue.txt".into();
        re.outages[0].prefectures.reverse();
        re.outages[0].description = Some("訂正版".into());
        re.outages[1].status = Status::Cancelled;
        assert_eq!(uids(&calendar(&[re])), u);

        // a moved window is another event
        let mut moved = notice();
        moved.outages[0].end = Some(at("2025-01-31T06:00:00+09:00"));
        let mu = uids(&calendar(&[moved]));
        assert_ne!(mu[0], u[0]);
        assert_eq!(mu[1..], u[1..]);

        // other prefectures, another event
        let mut other = notice();
        other.outages[0].prefectures.push(pref("03", "岩手県"));
        assert_ne!(uids(&calendar(&[other]))[0], u[0]);

        // no number: the file hash is used
        let mut anon = notice();
        anon.document.number = None;
        let au = uids(&calendar(&[anon.clone()]));
        assert_ne!(au[0], u[0]);
        anon.source.sha256 = "ef".repeat(32);
        assert_ne!(uids(&calendar(&[anon]))[0], au[0]);
    }

    #[test]
    fn duplicate_uids_in_one_calendar_are_disambiguated() {
        let u = uids(&calendar(&[notice(), notice()]));
        assert_eq!(u.len(), 10);
        let mut s = u.clone();
        s.sort();
        s.dedup();
        assert_eq!(s.len(), 10);
        assert!(u[5].ends_with("-2@tsuchi"), "{}", u[5]);
        assert_eq!(u[5].replace("-2@", "@"), u[0]);
    }

    #[test]
    fn fnv_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn dtstamp_fallback() {
        let mut n = notice();
        n.document.date = None;
        assert_eq!(prop(&events(&calendar(&[n]))[0], "DTSTAMP"), Some("19700101T000000Z"));
    }

    #[test]
    fn order_follows_notices_then_outages() {
        let mut second = notice();
        second.document.number = Some("第2号".into());
        second.outages = vec![outage("2024-01-01T10:00:00+09:00", Some("2024-01-01T11:00:00+09:00"))];
        let evs = events(&calendar(&[notice(), second]));
        let starts: Vec<&str> = evs.iter().map(|e| prop(e, "DTSTART").unwrap()).collect();
        assert_eq!(
            starts,
            ["20250130T210000", "20250201", "20250210T220000", "20250215", "20250301T020000", "20240101T100000"]
        );
    }

    #[test]
    fn summary_fallbacks() {
        let mut n = notice();
        n.systems.clear();
        let mut o = outage("2025-04-01T09:00:00+09:00", Some("2025-04-01T10:00:00+09:00"));
        o.kind = OutageKind::Outage;
        o.prefectures = (1..=5).map(|i| pref(&format!("{i:02}"), &format!("県{i}"))).collect();
        n.outages = vec![o];
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(
            prop(ev, "SUMMARY"),
            Some("[県1ほか4都道府県] オンライン資格確認等システムのメンテナンスについて 停止")
        );
        assert_eq!(prop(ev, "LOCATION"), Some("県1、県2、県3、県4、県5"));
    }

    #[test]
    fn empty_input_is_a_valid_calendar() {
        let ics = calendar(&[]);
        assert!(events(&ics).is_empty());
        let unfolded = icalendar::parser::unfold(&ics);
        let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
        assert_eq!(cal.components.len(), 1);
        assert_eq!(cal.components[0].name.as_str(), "VTIMEZONE");
    }

    #[test]
    fn from_json() {
        let json = r#"{
          "schema_version": "1.0",
          "source": {"name": "x.txt", "sha256": "00", "bytes": 1, "encoding": "utf-8", "bom": false},
          "document": {"number": null, "date": "2025-12-25", "kind": null, "title": "保守作業のお知らせ",
                       "issuer": null, "recipients": [], "line": 1, "end_line": 9},
          "attachments": [], "systems": [], "contacts": [], "urls": [], "prefectures": [], "dates": [], "diagnostics": [],
          "outages": [{"start": "2026-01-31T00:00:00+09:00", "end": null, "all_day": false, "tentative": false,
                       "status": "planned", "kind": "maintenance", "areas": [], "prefectures": [],
                       "description": "1月31日以降", "mentions": [{"line": 4, "column": 1, "text": "1月31日以降"}]}]
        }"#;
        let n: Notice = serde_json::from_str(json).unwrap();
        let ev = &events(&calendar(&[n]))[0];
        assert_eq!(full(ev, "DTSTART"), Some("DTSTART;TZID=Asia/Tokyo:20260131T000000"));
        assert_eq!(prop(ev, "DURATION"), Some("PT1H"));
        assert_eq!(prop(ev, "DTSTAMP"), Some("20251225T000000Z"));
        assert_eq!(prop(ev, "SUMMARY"), Some("保守作業のお知らせ メンテナンス"));
        assert!(unescape(prop(ev, "DESCRIPTION").unwrap()).ends_with("出典: 4行目"));
    }

    /// Reads the output back with an independent parser (the `icalendar` crate).
    #[test]
    fn independent_parser_reads_it_back() {
        use icalendar::{Component as _, DatePerhapsTime};
        let n = notice();
        let ics = calendar(std::slice::from_ref(&n));

        // the raw component tree
        let unfolded = icalendar::parser::unfold(&ics);
        let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
        assert_eq!(cal.properties.iter().find(|p| p.name == "VERSION").unwrap().val.as_str(), "2.0");
        let tz: Vec<_> = cal.components.iter().filter(|c| c.name == "VTIMEZONE").collect();
        assert_eq!(tz.len(), 1);
        assert_eq!(tz[0].find_prop("TZID").unwrap().val.as_str(), "Asia/Tokyo");
        let vevents: Vec<_> = cal.components.iter().filter(|c| c.name == "VEVENT").collect();
        assert_eq!(vevents.len(), n.outages.len());
        let expected = [
            ("20250130T210000", Some("Asia/Tokyo")),
            ("20250201", None),
            ("20250210T220000", Some("Asia/Tokyo")),
            ("20250215", None),
            ("20250301T020000", Some("Asia/Tokyo")),
        ];
        for (ev, (value, tzid)) in vevents.iter().zip(expected) {
            let p = ev.find_prop("DTSTART").unwrap();
            assert_eq!(p.val.as_str(), value);
            let param = |k: &str| {
                p.params.iter().find(|x| x.key == k).and_then(|x| x.val.as_ref()).map(|v| v.as_str().to_string())
            };
            assert_eq!(param("TZID").as_deref(), tzid);
            assert_eq!(param("VALUE").as_deref(), if tzid.is_none() { Some("DATE") } else { None });
        }

        // the typed model
        let parsed: icalendar::Calendar = ics.parse().unwrap();
        let evs: Vec<_> = parsed.events().collect();
        assert_eq!(evs.len(), 5);
        let show = |d: Option<DatePerhapsTime>| match d {
            Some(DatePerhapsTime::Date(d)) => d.to_string(),
            Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::WithTimezone { date_time, tzid })) => {
                format!("{date_time} {tzid}")
            }
            other => format!("{other:?}"),
        };
        assert_eq!(show(evs[0].get_start()), "2025-01-30 21:00:00 Asia/Tokyo");
        assert_eq!(show(evs[0].get_end()), "2025-01-31 05:00:00 Asia/Tokyo");
        assert_eq!(show(evs[1].get_start()), "2025-02-01");
        assert_eq!(show(evs[1].get_end()), "2025-02-02");
        assert_eq!(show(evs[3].get_end()), "2025-02-17");
        assert_eq!(evs[3].get_status(), Some(icalendar::EventStatus::Cancelled));
        assert_eq!(evs[2].get_status(), Some(icalendar::EventStatus::Tentative));
        assert_eq!(evs[0].get_summary(), Some("[東日本エリア] オンライン資格確認等システム メンテナンス"));
        let uids: Vec<&str> = evs.iter().map(|e| e.get_uid().unwrap()).collect();
        assert!(uids.iter().all(|u| u.ends_with("@tsuchi")));
        let desc = evs[0].get_description().unwrap();
        assert!(unescape(desc).contains(LONG) || desc.contains(LONG), "{desc}");
    }
}
