//! iCalendar (RFC 5545) output: one `VCALENDAR`, one `VEVENT` per window.
//!
//! The output is a pure function of the notices: the same inputs always give the same
//! bytes, and adding a notice changes only the events it concerns (events are ordered by
//! start, then UID; nothing in the calendar counts or dates the run).
//!
//! # Choices
//!
//! * **Time zone.** One `VTIMEZONE` for `Asia/Tokyo` (a single `STANDARD` rule, `+0900`,
//!   `JST`; Japan has had no daylight saving since 1951); timed events use
//!   `DTSTART;TZID=Asia/Tokyo:…`, and `X-WR-TIMEZONE:Asia/Tokyo` is added for programs
//!   that read only that.
//! * **All-day windows** whose start and end are at 00:00 become date events with an
//!   exclusive `DTEND;VALUE=DATE`; an all-day window with a time of day stays timed.
//! * **Open-ended windows** (`以降`, an incident not yet recovered): an all-day one becomes
//!   a one-day event on its start day, a timed one `DURATION:PT1H`; both carry
//!   `X-TSUCHI-OPEN-END:TRUE` and a line saying no end was announced. A window whose end is
//!   not after its start is shown the same way, with a line naming the rejected end.
//! * **Updates.** `UID` is the window's identity ([`super::identity`]), `SEQUENCE` the
//!   number of later notices that changed it, `LAST-MODIFIED` the start (in UTC) of the
//!   day of the notice that last changed it, `DTSTAMP` that of the latest notice that
//!   speaks of it (a forward that changes nothing dates the event but keeps its
//!   `SEQUENCE`); with no dated notice, `DTSTAMP` is the start of the window's own day and
//!   there is no `LAST-MODIFIED`. A calendar program that keeps the event with the higher
//!   `SEQUENCE` (then the later `DTSTAMP`, RFC 5546 §2.1.5) follows the notices.
//! * **Status.** `STATUS` is `TENTATIVE` for a window still `(予定)`, `CANCELLED` for a
//!   cancelled or moved one, else `CONFIRMED`; cancelled and moved windows are
//!   `TRANSP:TRANSPARENT`. `X-MAINTNOTE-STATUS` (the maintenance-notification convention
//!   network operators use) is `TENTATIVE`, `CONFIRMED`, `CANCELLED`, `IN-PROCESS` (an
//!   incident not yet recovered) or `COMPLETED`.
//! * **Links.** A moved window and its replacement name each other in
//!   `RELATED-TO;RELTYPE=SIBLING` (RFC 5545 §3.8.4.5) and share
//!   `X-MAINTNOTE-MAINTENANCE-ID`; `X-MAINTNOTE-PROVIDER` is the organisation of the first
//!   notice, `X-MAINTNOTE-OBJECT-ID` each system, `X-MAINTNOTE-IMPACT` `DEGRADED` for a
//!   software delivery and `OUTAGE` otherwise. `X-MAINTNOTE-ACCOUNT` (a customer's
//!   account with the provider) has no counterpart in a circular and is left out.
//! * **Text.** See `text.rs`; `CATEGORIES` is the kind (`maintenance`, …).
//!

//! ```
//! let ics = tsuchi::calendar::Calendar::build(&[]).ics();
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
//! ```

use super::ical::{Writer, fmt_date, fmt_datetime, jst_day, utc_stamp};
use super::text::{When, description, location, summary};
use super::timeline::WindowStatus;
use super::{Calendar, View};
use crate::model::OutageKind;

/// The calendar: header, time zone, every window (what [`Calendar::ics`] returns).
pub fn write(cal: &Calendar<'_>) -> String {
    let mut w = Writer::default();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:-//tsuchi//tsuchi {}//JA", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-TIMEZONE:Asia/Tokyo",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Tokyo",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900",
        "TZNAME:JST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ] {
        w.line(l);
    }
    for i in cal.event_order() {
        event(&mut w, &cal.view(i));
    }
    w.line("END:VCALENDAR");
    w.out
}

/// `STATUS` of a window.
///
/// ```
/// use tsuchi::calendar::{ics::ical_status, timeline::WindowStatus};
/// assert_eq!(ical_status(WindowStatus::Moved, false), "CANCELLED");
/// ```
pub fn ical_status(status: WindowStatus, tentative: bool) -> &'static str {
    match status {
        WindowStatus::Planned if tentative => "TENTATIVE",
        WindowStatus::Cancelled | WindowStatus::Moved => "CANCELLED",
        _ => "CONFIRMED",
    }
}

/// `X-MAINTNOTE-STATUS` of a window.
///
/// ```
/// use tsuchi::calendar::{ics::maintnote_status, timeline::WindowStatus};
/// assert_eq!(maintnote_status(WindowStatus::InProgress, false), "IN-PROCESS");
/// ```
pub fn maintnote_status(status: WindowStatus, tentative: bool) -> &'static str {
    match status {
        WindowStatus::Planned if tentative => "TENTATIVE",
        WindowStatus::Planned => "CONFIRMED",
        WindowStatus::Cancelled | WindowStatus::Moved => "CANCELLED",
        WindowStatus::InProgress => "IN-PROCESS",
        WindowStatus::Completed | WindowStatus::Recovered => "COMPLETED",
    }
}

fn when_lines(w: &mut Writer, when: When) {
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
}

fn event(w: &mut Writer, v: &View<'_>) {
    let o = &v.outage;
    let status = v.win.state.status;
    w.line("BEGIN:VEVENT");
    w.line(&format!("UID:{}", v.win.uid));
    w.line(&format!("DTSTAMP:{}", utc_stamp(v.last_seen.unwrap_or_else(|| jst_day(&o.start)))));
    if let Some(day) = v.last_modified {
        w.line(&format!("LAST-MODIFIED:{}", utc_stamp(day)));
    }
    w.line(&format!("SEQUENCE:{}", v.win.sequence));
    when_lines(w, When::of(o));
    w.text("SUMMARY", &summary(v));
    w.text("DESCRIPTION", &description(v));
    if let Some(location) = location(o) {
        w.text("LOCATION", &location);
    }
    w.text("CATEGORIES", o.kind.as_str());
    w.line(&format!("STATUS:{}", ical_status(status, o.tentative)));
    let transparent = matches!(status, WindowStatus::Cancelled | WindowStatus::Moved);
    w.line(if transparent { "TRANSP:TRANSPARENT" } else { "TRANSP:OPAQUE" });
    for other in [v.moved_from, v.moved_to].into_iter().flatten() {
        w.line(&format!("RELATED-TO;RELTYPE=SIBLING:{}", other.uid));
    }
    if !v.first.organisation.is_empty() {
        w.text("X-MAINTNOTE-PROVIDER", &v.first.organisation);
    }
    w.line(&format!("X-MAINTNOTE-MAINTENANCE-ID:{}", v.maint.id));
    for s in &v.win.systems {
        w.text("X-MAINTNOTE-OBJECT-ID", s);
    }
    let impact = if o.kind == OutageKind::Update { "DEGRADED" } else { "OUTAGE" };
    w.line(&format!("X-MAINTNOTE-IMPACT:{impact}"));
    w.line(&format!("X-MAINTNOTE-STATUS:{}", maintnote_status(status, o.tentative)));
    if o.end.is_none() {
        w.line("X-TSUCHI-OPEN-END:TRUE");
    }
    w.line("END:VEVENT");
}
