//! The calendar: maintenances followed across notices, as one iCalendar file or a JSON
//! timeline.
//!
//! A maintenance is announced (予告), often moved (延期, 日程変更) or called off (中止),
//! sometimes reported done (完了); an incident is reported (第1報) and followed up
//! (第2報, 復旧), each in a notice of its own, from several senders. [`Calendar::build`]
//! reads any number of extracted notices (a whole inbox) and keeps one calendar that
//! stays right:
//!
//! 1. **collate** (`collate.rs`): inputs that are the same notice (one circular as text,
//!    PDF and e-mail, forwarded, re-saved) become one; identities come from what the
//!    notice says ([`identity`]), never from bytes or file names; notices are put in date
//!    order and the notices each cites (`…付け…号にてお知らせした`) are resolved;
//! 2. **track** (`track.rs`): each window a notice states is matched to a known window (the
//!    same window, a window of a notice it cites, an incident's earlier report) and
//!    updates it, or starts a new maintenance; a move links the old window to the new;
//! 3. **write**: [`Calendar::ics`] gives one `VEVENT` per window with a stable `UID`,
//!    `SEQUENCE`, `STATUS`, `X-MAINTNOTE-*`, `LAST-MODIFIED`, `RELATED-TO` and a history
//!    in its description ([`ics`]); [`Calendar::timeline`] the same as data
//!    ([`timeline`], `schemas/timeline.schema.json`).
//!
//! It is a stage after the pipeline: it reads [`Notice`]s only, never their text, so it
//! runs as well on JSON written by an earlier `tsuchi extract`.
//!
//! ```
//! let a = tsuchi::extract_str("a.txt", "日医発第512号\n令和8年6月5日\n\n電子処方箋管理サービスの計画停止について\n\n令和8年7月11日(土)22:00~7月12日(日)6:00に停止します。\n").unwrap();
//! let b = tsuchi::extract_str("b.txt", "日医発第640号\n令和8年6月26日\n\n電子処方箋管理サービスの計画停止の中止について\n\n令和8年6月5日付け日医発第512号にてお知らせした、令和8年7月11日(土)22:00~7月12日(日)6:00に予定していた停止は、中止となりました。\n").unwrap();
//! let notices = [b, a];
//! let cal = tsuchi::calendar::Calendar::build(&notices);
//! let t = cal.timeline();
//! assert_eq!(t.maintenances.len(), 1);
//! let w = &t.maintenances[0].windows[0];
//! assert_eq!((w.status.as_str(), w.sequence), ("cancelled", 1));
//! assert!(cal.ics().contains("SEQUENCE:1\r\n"));
//! ```

mod collate;
pub mod ical;
pub mod ics;
pub mod identity;
mod text;
pub mod timeline;
mod track;

use crate::model::{Notice, Outage, Status};
use chrono::NaiveDate;
use collate::Record;
use timeline::{Change, Duplicate, Maintenance, NoticeInfo, SourceInfo, Step, Timeline, Window, WindowStatus};
use track::{Maint, Seen, Tracker, Win};

/// Maintenances across notices.
///
/// ```
/// let text = "日医発第512号\n令和8年6月5日\n\n電子処方箋管理サービスの計画停止について\n\n令和8年7月11日(土)22:00~7月12日(日)6:00に停止します。\n";
/// let a = tsuchi::extract_str("a.txt", text).unwrap();
/// let b = tsuchi::extract_str("b.txt", text).unwrap();
/// let notices = [a, b];
/// let cal = tsuchi::calendar::Calendar::build(&notices);
/// assert_eq!(cal.ics().matches("BEGIN:VEVENT").count(), 1, "the same notice twice is one event");
/// assert_eq!(cal.duplicates()[0].merged, ["b.txt"]);
/// ```
#[derive(Debug, Clone)]
pub struct Calendar<'a> {
    records: Vec<Record<'a>>,
    tracker: Tracker,
}

/// Everything one event is written from.
pub(crate) struct View<'c> {
    /// The window.
    pub win: &'c Win,
    /// Its maintenance.
    pub maint: &'c Maint,
    /// The window now, as an outage: the latest statement with the current state.
    pub outage: Outage,
    /// The latest notice that speaks of it.
    pub latest: &'c Record<'c>,
    /// The latest notice that states it (its statement and source lines are shown).
    pub stated_in: &'c Record<'c>,
    /// The first notice that stated it.
    pub first: &'c Record<'c>,
    /// Every notice's word on it, in order.
    pub history: Vec<(&'c Record<'c>, Seen)>,
    /// The window it replaces.
    pub moved_from: Option<&'c Win>,
    /// The window that replaces it.
    pub moved_to: Option<&'c Win>,
    /// Date of the notice that last changed it.
    pub last_modified: Option<NaiveDate>,
    /// Date of the latest dated notice that speaks of it.
    pub last_seen: Option<NaiveDate>,
}

impl<'a> Calendar<'a> {
    /// Collate and track `notices` (any order: the result does not depend on it).
    pub fn build(notices: &'a [Notice]) -> Calendar<'a> {
        let records = collate::collate(notices);
        let tracker = Tracker::run(&records);
        Calendar { records, tracker }
    }

    /// One iCalendar file (see [`ics`]).
    pub fn ics(&self) -> String {
        ics::write(self)
    }

    /// Indices of the records that state or change a window, in order.
    fn used(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self.tracker.wins.iter().flat_map(|w| w.seen.iter().map(|s| s.record)).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Inputs merged as one notice (among the notices on the calendar).
    pub fn duplicates(&self) -> Vec<Duplicate> {
        self.used()
            .into_iter()
            .map(|i| &self.records[i])
            .filter(|r| r.copies.len() > 1)
            .map(|r| Duplicate {
                notice: r.id.clone(),
                read: r.notice.source.name.clone(),
                merged: r.copies.iter().skip(1).map(|n| n.source.name.clone()).collect(),
            })
            .collect()
    }

    /// Windows in calendar order: by start, then UID.
    fn event_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.tracker.wins.len()).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&self.tracker.wins[a], &self.tracker.wins[b]);
            (x.start, &x.uid).cmp(&(y.start, &y.uid))
        });
        order
    }

    /// The event of window `i`.
    fn view(&self, i: usize) -> View<'_> {
        let t = &self.tracker;
        let win = &t.wins[i];
        let history: Vec<(&Record<'a>, Seen)> = win.seen.iter().map(|s| (&self.records[s.record], *s)).collect();
        let (stated_rec, stated) = win
            .seen
            .iter()
            .rev()
            .find_map(|s| s.outage.map(|o| (&self.records[s.record], o)))
            .unwrap_or((&self.records[win.seen[0].record], 0));
        let base = stated_rec.notice.outages.get(stated).cloned();
        let outage = current(win, base);
        let latest = &self.records[win.seen.last().map_or(win.changed_by, |s| s.record)];
        View {
            win,
            maint: &t.maints[win.maint],
            outage,
            latest,
            stated_in: stated_rec,
            first: &self.records[win.seen[0].record],
            history,
            moved_from: win.moved_from.map(|w| &t.wins[w]),
            moved_to: win.moved_to.map(|w| &t.wins[w]),
            last_modified: self.records[win.changed_by].date,
            last_seen: win.seen.iter().filter_map(|s| self.records[s.record].date).max(),
        }
    }

    /// The same as data: notices, maintenances with their windows and history, duplicates.
    pub fn timeline(&self) -> Timeline {
        let t = &self.tracker;
        let notices = self.used().into_iter().map(|r| self.notice_info(r)).collect();
        let mut order: Vec<usize> = (0..t.maints.len()).collect();
        order.sort_by_key(|&m| (t.wins[t.maints[m].windows[0]].start, t.maints[m].id.clone()));
        let maintenances = order.into_iter().map(|m| self.maintenance(m)).collect();
        Timeline {
            timeline_version: timeline::TIMELINE_VERSION.to_string(),
            notices,
            maintenances,
            duplicates: self.duplicates(),
        }
    }

    fn notice_info(&self, r: usize) -> NoticeInfo {
        let rec = &self.records[r];
        let doc = &rec.notice.document;
        NoticeInfo {
            id: rec.id.clone(),
            number: doc.number.clone(),
            date: rec.date,
            issuer: doc.issuer.clone(),
            title: doc.title.clone(),
            report: rec.report,
            refers_to: rec.refers_to.iter().map(|&i| self.records[i].id.clone()).collect(),
            sources: rec
                .copies
                .iter()
                .map(|n| SourceInfo {
                    name: n.source.name.clone(),
                    format: n.source.format,
                    sha256: n.source.sha256.clone(),
                })
                .collect(),
        }
    }

    fn window(&self, i: usize) -> Window {
        let v = self.view(i);
        let w = v.win;
        let mut notices: Vec<String> = Vec::new();
        for (rec, _) in &v.history {
            if !notices.contains(&rec.id) {
                notices.push(rec.id.clone());
            }
        }
        Window {
            uid: w.uid.clone(),
            status: w.state.status,
            maintnote_status: ics::maintnote_status(w.state.status, w.state.tentative).to_string(),
            start: w.start,
            end: w.state.end,
            all_day: w.state.all_day,
            tentative: w.state.tentative,
            areas: w.state.areas.clone(),
            prefectures: w.state.prefectures.clone(),
            sequence: w.sequence,
            last_modified: v.last_modified,
            moved_from: v.moved_from.map(|x| x.uid.clone()),
            moved_to: v.moved_to.map(|x| x.uid.clone()),
            notices,
        }
    }

    fn maintenance(&self, m: usize) -> Maintenance {
        let t = &self.tracker;
        let maint = &t.maints[m];
        let first = &t.wins[maint.windows[0]];
        let mut records: Vec<usize> =
            maint.windows.iter().flat_map(|&w| t.wins[w].seen.iter().map(|s| s.record)).collect();
        records.sort_unstable();
        records.dedup();
        let history = records.into_iter().map(|r| self.step(maint, r)).collect();
        Maintenance {
            id: maint.id.clone(),
            system: first.systems.first().cloned(),
            systems: first.systems.clone(),
            kind: first.kind,
            windows: maint.windows.iter().map(|&w| self.window(w)).collect(),
            history,
        }
    }

    fn step(&self, maint: &Maint, r: usize) -> Step {
        let rec = &self.records[r];
        let mut changes = Vec::new();
        for &w in &maint.windows {
            let win = &self.tracker.wins[w];
            for s in win.seen.iter().filter(|s| s.record == r) {
                changes.push(change(rec, win, s));
            }
        }
        let doc = &rec.notice.document;
        Step { notice: rec.id.clone(), date: rec.date, number: doc.number.clone(), title: doc.title.clone(), changes }
    }
}

/// One notice's word on a window, as data.
fn change(rec: &Record<'_>, win: &Win, s: &Seen) -> Change {
    let stated = s.outage.and_then(|i| rec.notice.outages.get(i));
    let m = stated.and_then(|o| o.mentions.first());
    let source = timeline::Position {
        name: rec.notice.source.name.clone(),
        line: m.map(|m| m.line),
        page: m.and_then(|m| m.page),
        part: m.and_then(|m| m.part.clone()),
    };
    let status = match (stated, win.state.status) {
        (Some(o), _) => o.status,
        (None, WindowStatus::Completed) => Status::Completed,
        (None, _) => Status::Cancelled,
    };
    Change {
        uid: win.uid.clone(),
        change: s.change,
        status,
        start: stated.map_or(win.start, |o| o.start),
        end: stated.map_or(win.state.end, |o| o.end),
        tentative: stated.is_some_and(|o| o.tentative),
        source,
    }
}

/// The window now: the latest statement of it, with the tracked state.
fn current(win: &Win, base: Option<Outage>) -> Outage {
    let s = &win.state;
    let mut o = base.unwrap_or(Outage {
        start: win.start,
        end: None,
        all_day: false,
        tentative: false,
        status: Status::Planned,
        kind: win.kind,
        areas: Vec::new(),
        prefectures: Vec::new(),
        description: None,
        mentions: Vec::new(),
    });
    o.start = win.start;
    o.end = s.end;
    o.all_day = s.all_day;
    o.tentative = s.tentative;
    o.kind = win.kind;
    o.areas.clone_from(&s.areas);
    o.prefectures.clone_from(&s.prefectures);
    o
}
