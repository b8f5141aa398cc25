//! Tracking: windows followed from notice to notice, oldest notice first.
//!
//! Each window a notice states is matched to a window already known, by these rules in
//! order of strength:
//!
//! 1. **the same window**: the same start, systems in common (or none named by either),
//!    areas that agree (the same prefectures or area names, or one of them not limited
//!    to an area), and the same end (or no end yet, or a notice that settles the window:
//!    a completion report with the actual end);
//! 2. **the notice it refers to**: the notice cites an earlier one (`…付け…号にてお知らせ
//!    した`) and the window overlaps one that notice stated, whatever the systems named;
//! 3. **an incident's follow-up**: both are incidents of a system in common and start
//!    within three hours of each other (`第1報` 8時30分頃, `第2報` 8時25分頃).
//!
//! Within a notice, the old window of a move (cancelled, or planned and marked `変更前`,
//! `当初`, `旧`) is paired with the new one (`rescheduled`): by the same statement, else
//! by areas and nearness in the text. The old window becomes `moved`, linked to the new
//! one, which joins its maintenance. A notice with no window of its own that cites
//! earlier notices and says in its title that it calls them off (`中止`, `取りやめ`,
//! `見送り`), postpones them (`延期`) or reports them done (`完了`) changes their
//! windows.
//!
//! A notice that changes a window (status, end, `(予定)`, whole-day) raises its
//! `SEQUENCE` by one and dates its `LAST-MODIFIED`. A settled window (cancelled, moved,
//! completed, recovered) is not reopened by a later notice that only states it as planned
//! (a late forward of the first announcement); a notice that cites the one that settled
//! it does reopen it.

use super::collate::Record;
use super::ical::jst_day;
use super::identity::{area_key, area_name, hash, window_systems, window_uid};
use super::timeline::{ChangeKind, WindowStatus};
use crate::model::{Instant, Outage, OutageKind, Prefecture, Status};
use chrono::Duration;
use std::collections::{BTreeMap, BTreeSet};

/// The old side of a move: stated in the notice, or a known window the notice cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Old {
    Stated(usize),
    Known(usize),
}

/// How well a known window fits an observation: rule, area agreement, same end, cited
/// notice, closeness of start (higher is better).
type Score = (u8, u8, bool, bool, i64);

/// A window as one notice states it.
#[derive(Debug, Clone)]
pub struct Obs<'a> {
    /// The outage in the notice.
    pub outage: &'a Outage,
    /// Its index in the notice's outages.
    pub index: usize,
    /// Systems, main one first.
    pub systems: Vec<String>,
    /// Area key.
    pub area: String,
}

/// The current state of a window.
#[derive(Debug, Clone)]
pub struct State {
    /// Where it stands.
    pub status: WindowStatus,
    /// End.
    pub end: Option<Instant>,
    /// Whole days.
    pub all_day: bool,
    /// `(予定)`.
    pub tentative: bool,
    /// Area names.
    pub areas: Vec<String>,
    /// Prefectures.
    pub prefectures: Vec<Prefecture>,
}

/// One notice's word on one window.
#[derive(Debug, Clone, Copy)]
pub struct Seen {
    /// Record index.
    pub record: usize,
    /// Outage index in that record's notice; `None` for a change by reference.
    pub outage: Option<usize>,
    /// What it did.
    pub change: ChangeKind,
}

/// A window followed across notices.
#[derive(Debug, Clone)]
pub struct Win {
    /// UID.
    pub uid: String,
    /// Index of its maintenance.
    pub maint: usize,
    /// Systems, main one first.
    pub systems: Vec<String>,
    /// Start (fixed).
    pub start: Instant,
    /// Kind, from the first notice.
    pub kind: OutageKind,
    /// Current state.
    pub state: State,
    /// Notices that changed it after the first.
    pub sequence: u32,
    /// Record that last changed it (or created it).
    pub changed_by: usize,
    /// The window it replaces.
    pub moved_from: Option<usize>,
    /// The window that replaces it.
    pub moved_to: Option<usize>,
    /// Every notice's word on it, in order.
    pub seen: Vec<Seen>,
}

/// A maintenance: a window and its replacements.
#[derive(Debug, Clone)]
pub struct Maint {
    /// `m-…`.
    pub id: String,
    /// Window indices, in order of creation.
    pub windows: Vec<usize>,
}

/// All windows and maintenances.
#[derive(Debug, Clone, Default)]
pub struct Tracker {
    /// Windows, in order of creation.
    pub wins: Vec<Win>,
    /// Maintenances, in order of creation.
    pub maints: Vec<Maint>,
    /// Windows by start, to find candidates without scanning every window.
    by_start: BTreeMap<Instant, Vec<usize>>,
    /// Windows each record spoke of.
    by_record: BTreeMap<usize, Vec<usize>>,
    /// UIDs given so far.
    uids: BTreeSet<String>,
}

/// How far apart two starts of one incident may be.
const INCIDENT_GAP: i64 = 180;

/// What a notice's status says a window is.
pub fn status_of(o: &Outage) -> WindowStatus {
    match o.status {
        Status::Planned | Status::Rescheduled => WindowStatus::Planned,
        Status::Cancelled => WindowStatus::Cancelled,
        Status::Completed => WindowStatus::Completed,
        Status::Incident if o.end.is_some() => WindowStatus::Recovered,
        Status::Incident => WindowStatus::InProgress,
    }
}

fn state_of(o: &Outage) -> State {
    State {
        status: status_of(o),
        end: o.end,
        all_day: o.all_day,
        tentative: o.tentative,
        areas: o.areas.clone(),
        prefectures: o.prefectures.clone(),
    }
}

/// A window's shown end: its end, or one hour after its start when none is announced.
fn shown_end(start: Instant, end: Option<Instant>) -> Instant {
    end.filter(|e| *e > start).unwrap_or(start + Duration::hours(1))
}

fn overlaps(a: (Instant, Option<Instant>), b: (Instant, Option<Instant>)) -> bool {
    a.0 < shown_end(b.0, b.1) && b.0 < shown_end(a.0, a.1)
}

fn is_incident(status: WindowStatus, kind: OutageKind) -> bool {
    kind == OutageKind::Incident || matches!(status, WindowStatus::InProgress | WindowStatus::Recovered)
}

/// How well two areas agree: 3 the same, 2 sharing a prefecture or an area name, 1 one of
/// them not limited to an area; `None` when they are different areas.
fn area_agreement(a_pref: &[Prefecture], a_areas: &[String], b: &Outage) -> Option<u8> {
    let unscoped = |p: &[Prefecture], n: &[String]| p.is_empty() && n.is_empty();
    if unscoped(a_pref, a_areas) && unscoped(&b.prefectures, &b.areas) {
        return Some(3);
    }
    if unscoped(a_pref, a_areas) || unscoped(&b.prefectures, &b.areas) {
        return Some(1);
    }
    if !a_pref.is_empty() && !b.prefectures.is_empty() {
        let shared = a_pref.iter().filter(|p| b.prefectures.contains(p)).count();
        return match shared {
            0 => None,
            n if n == a_pref.len() && n == b.prefectures.len() => Some(3),
            _ => Some(2),
        };
    }
    let names = |v: &[String]| v.iter().map(|a| area_name(a)).collect::<Vec<_>>();
    let (x, y) = (names(a_areas), names(&b.areas));
    if x.is_empty() || y.is_empty() {
        return Some(1);
    }
    let shared = x.iter().filter(|n| y.contains(n)).count();
    match shared {
        0 => None,
        n if n == x.len() && n == y.len() => Some(3),
        _ => Some(2),
    }
}

fn systems_agree(a: &[String], b: &[String]) -> bool {
    (a.is_empty() && b.is_empty()) || a.iter().any(|s| b.contains(s))
}

/// The observations of a record, in the notice's order.
pub fn observations<'a>(rec: &Record<'a>) -> Vec<Obs<'a>> {
    let n = rec.notice;
    n.outages
        .iter()
        .enumerate()
        .map(|(index, o)| Obs { outage: o, index, systems: window_systems(n, o), area: area_key(o) })
        .collect()
}

impl Tracker {
    /// Follow every record, oldest first.
    pub fn run(records: &[Record<'_>]) -> Tracker {
        let mut t = Tracker::default();
        for (ri, rec) in records.iter().enumerate() {
            t.apply(ri, rec);
        }
        t
    }

    fn apply(&mut self, ri: usize, rec: &Record<'_>) {
        let obs = observations(rec);
        if obs.is_empty() {
            self.by_reference(ri, rec);
            return;
        }
        let mut matched: Vec<Option<usize>> = Vec::with_capacity(obs.len());
        for ob in &obs {
            let taken: Vec<usize> = matched.iter().flatten().copied().collect();
            matched.push(self.find(rec, ob, &taken));
        }
        let mut pairs: Vec<(Old, usize)> = pair_moves(&obs).into_iter().map(|(o, n)| (Old::Stated(o), n)).collect();
        self.moves_by_reference(rec, &obs, &matched, &mut pairs);
        let mut done = vec![false; obs.len()];
        for &(old, new) in &pairs {
            let (wo, known, outage) = match old {
                Old::Stated(i) => {
                    done[i] = true;
                    match matched[i] {
                        Some(w) => (w, true, Some(obs[i].index)),
                        None => (self.create(ri, &obs[i], None, ChangeKind::Moved), false, Some(obs[i].index)),
                    }
                }
                Old::Known(w) => (w, true, None),
            };
            let wn = match matched[new] {
                Some(w) => {
                    self.update(ri, w, &obs[new], rec);
                    w
                }
                None => self.create(ri, &obs[new], Some(self.wins[wo].maint), ChangeKind::Replacement),
            };
            self.link_move(ri, wo, wn, outage, known);
            done[new] = true;
        }
        for (i, ob) in obs.iter().enumerate().filter(|(i, _)| !done[*i]) {
            match matched[i] {
                Some(w) => self.update(ri, w, ob, rec),
                None => {
                    let first = first_change(ob.outage);
                    self.create(ri, ob, None, first);
                }
            }
        }
    }

    /// Windows spoken of by the records `rec` cites.
    fn cited(&self, rec: &Record<'_>) -> Vec<usize> {
        let mut v: Vec<usize> = rec.refers_to.iter().filter_map(|r| self.by_record.get(r)).flatten().copied().collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Records that `w` was spoken of by `seen`.
    fn note(&mut self, w: usize, seen: Seen) {
        let ws = self.by_record.entry(seen.record).or_default();
        if !ws.contains(&w) {
            ws.push(w);
        }
        self.wins[w].seen.push(seen);
    }

    /// The best known window for an observation, by the rules of the module doc.
    fn find(&self, rec: &Record<'_>, ob: &Obs<'_>, taken: &[usize]) -> Option<usize> {
        let o = ob.outage;
        let gap = Duration::minutes(INCIDENT_GAP);
        let mut candidates: Vec<usize> =
            self.by_start.range(o.start - gap..=o.start + gap).flat_map(|(_, ws)| ws.iter().copied()).collect();
        candidates.extend(self.cited(rec));
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(Score, usize)> = None;
        for w in candidates {
            let win = &self.wins[w];
            if taken.contains(&w) {
                continue;
            }
            let Some(area) = area_agreement(&win.state.prefectures, &win.state.areas, o) else { continue };
            let systems = systems_agree(&win.systems, &ob.systems);
            let referenced = win.seen.iter().any(|s| rec.refers_to.contains(&s.record));
            let gap = (win.start - o.start).num_minutes().abs();
            // a different end from another sender is another stop on the same night,
            // unless the notice settles the window (a completion with the actual end)
            let ends =
                win.state.end == o.end || win.state.end.is_none() || o.end.is_none() || status_of(o).is_settled();
            let rank = if win.start == o.start && systems && (ends || referenced) {
                3
            } else if referenced && overlaps((win.start, win.state.end), (o.start, o.end)) {
                2
            } else if systems
                && gap <= INCIDENT_GAP
                && is_incident(win.state.status, win.kind)
                && is_incident(status_of(o), o.kind)
            {
                1
            } else {
                continue;
            };
            let key = (rank, area, win.state.end == o.end, referenced, -gap);
            if best.as_ref().is_none_or(|(k, _)| key > *k) {
                best = Some((key, w));
            }
        }
        best.map(|(_, w)| w)
    }

    /// A rescheduled window with no old window of its own (`…は、7月25日に延期します`) moves
    /// the one window of the notices it cites that it can be: unsettled, of its systems
    /// and area, not stated by this notice; among several, the one on the same day.
    fn moves_by_reference(
        &self,
        rec: &Record<'_>,
        obs: &[Obs<'_>],
        matched: &[Option<usize>],
        pairs: &mut Vec<(Old, usize)>,
    ) {
        for (new, ob) in obs.iter().enumerate() {
            if ob.outage.status != Status::Rescheduled || matched[new].is_some() || pairs.iter().any(|p| p.1 == new) {
                continue;
            }
            let candidates: Vec<usize> = self
                .cited(rec)
                .into_iter()
                .filter(|w| {
                    let win = &self.wins[*w];
                    win.seen.iter().any(|s| rec.refers_to.contains(&s.record))
                        && !win.state.status.is_settled()
                        && !matched.contains(&Some(*w))
                        && !pairs.iter().any(|p| p.0 == Old::Known(*w))
                        && systems_agree(&win.systems, &ob.systems)
                        && area_agreement(&win.state.prefectures, &win.state.areas, ob.outage).is_some()
                })
                .collect();
            let same_day: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|w| jst_day(&self.wins[*w].start) == jst_day(&ob.outage.start))
                .collect();
            let pick = match (candidates.as_slice(), same_day.as_slice()) {
                ([only], _) | (_, [only]) => Some(*only),
                _ => None,
            };
            if let Some(w) = pick {
                pairs.push((Old::Known(w), new));
            }
        }
    }

    fn new_uid(&self, ob: &Obs<'_>) -> String {
        let base = window_uid(ob.systems.first().map(String::as_str), &ob.outage.start, &ob.area);
        let mut uid = base.clone();
        let mut n = 2;
        while self.uids.contains(&uid) {
            uid = base.replace("@tsuchi", &format!("-{n}@tsuchi"));
            n += 1;
        }
        uid
    }

    fn create(&mut self, ri: usize, ob: &Obs<'_>, maint: Option<usize>, change: ChangeKind) -> usize {
        let uid = self.new_uid(ob);
        let w = self.wins.len();
        let maint = maint.unwrap_or_else(|| {
            self.maints.push(Maint { id: format!("m-{}", hash(&["maintenance", &uid])), windows: Vec::new() });
            self.maints.len() - 1
        });
        self.maints[maint].windows.push(w);
        self.uids.insert(uid.clone());
        self.by_start.entry(ob.outage.start).or_default().push(w);
        let mut state = state_of(ob.outage);
        if change == ChangeKind::Moved {
            state.status = WindowStatus::Moved;
        }
        self.wins.push(Win {
            uid,
            maint,
            systems: ob.systems.clone(),
            start: ob.outage.start,
            kind: ob.outage.kind,
            state,
            sequence: 0,
            changed_by: ri,
            moved_from: None,
            moved_to: None,
            seen: Vec::new(),
        });
        self.note(w, Seen { record: ri, outage: Some(ob.index), change });
        w
    }

    /// A later notice's word on a known window.
    fn update(&mut self, ri: usize, w: usize, ob: &Obs<'_>, rec: &Record<'_>) {
        let o = ob.outage;
        let new = state_of(o);
        let win = &self.wins[w];
        let cur = &win.state;
        let reopen = cur.status.is_settled() && !new.status.is_settled();
        if reopen && !rec.refers_to.contains(&win.changed_by) {
            self.note(w, Seen { record: ri, outage: Some(ob.index), change: ChangeKind::Restated });
            return;
        }
        let changed = new.status != cur.status
            || new.end != cur.end
            || new.tentative != cur.tentative
            || new.all_day != cur.all_day;
        let change = match (changed, reopen, new.status) {
            (false, _, _) => ChangeKind::Restated,
            (true, true, _) => ChangeKind::Reopened,
            (true, false, WindowStatus::Cancelled) => ChangeKind::Cancelled,
            (true, false, WindowStatus::Completed) => ChangeKind::Completed,
            (true, false, WindowStatus::Recovered) => ChangeKind::Recovered,
            (true, false, WindowStatus::Planned) if cur.tentative && !new.tentative && new.end == cur.end => {
                ChangeKind::Confirmed
            }
            (true, false, _) => ChangeKind::Updated,
        };
        self.note(w, Seen { record: ri, outage: Some(ob.index), change });
        let win = &mut self.wins[w];
        if changed {
            win.sequence += 1;
            win.changed_by = ri;
            let (areas, prefectures) =
                (std::mem::take(&mut win.state.areas), std::mem::take(&mut win.state.prefectures));
            win.state = new;
            if win.state.areas.is_empty() {
                win.state.areas = areas;
            }
            if win.state.prefectures.is_empty() {
                win.state.prefectures = prefectures;
            }
        }
    }

    /// The old window of a move points to the new one.
    fn link_move(&mut self, ri: usize, wo: usize, wn: usize, outage: Option<usize>, known: bool) {
        if self.wins[wn].moved_from.is_none() && wn != wo {
            self.wins[wn].moved_from = Some(wo);
        }
        let old = &mut self.wins[wo];
        if !known {
            old.moved_to = Some(wn);
            return;
        }
        if old.moved_to == Some(wn) && old.state.status == WindowStatus::Moved {
            self.note(wo, Seen { record: ri, outage, change: ChangeKind::Restated });
            return;
        }
        old.moved_to = Some(wn);
        old.state.status = WindowStatus::Moved;
        old.sequence += 1;
        old.changed_by = ri;
        self.note(wo, Seen { record: ri, outage, change: ChangeKind::Moved });
    }

    /// A notice with no window that cites earlier ones and says in its title what became
    /// of them.
    fn by_reference(&mut self, ri: usize, rec: &Record<'_>) {
        if rec.refers_to.is_empty() {
            return;
        }
        let Some((status, change)) = title_cue(rec) else { return };
        for w in self.cited(rec) {
            let win = &self.wins[w];
            let stated_by_cited = win.seen.iter().any(|s| rec.refers_to.contains(&s.record) && s.outage.is_some());
            if !stated_by_cited || win.state.status.is_settled() {
                continue;
            }
            let win = &mut self.wins[w];
            win.state.status = status;
            win.sequence += 1;
            win.changed_by = ri;
            self.note(w, Seen { record: ri, outage: None, change });
        }
    }
}

/// What a title says became of the windows it refers to.
fn title_cue(rec: &Record<'_>) -> Option<(WindowStatus, ChangeKind)> {
    let titles: Vec<&str> = rec.titles().collect();
    let has = |words: &[&str]| titles.iter().any(|t| words.iter().any(|w| t.contains(w)));
    if has(&["中止", "取りやめ", "取止め", "取り止め", "見送り", "見合わせ"]) {
        Some((WindowStatus::Cancelled, ChangeKind::Cancelled))
    } else if has(&["延期"]) {
        Some((WindowStatus::Moved, ChangeKind::Postponed))
    } else if has(&["完了", "終了しました", "実施結果"]) {
        Some((WindowStatus::Completed, ChangeKind::Completed))
    } else {
        None
    }
}

/// What the first notice to state a window did.
fn first_change(o: &Outage) -> ChangeKind {
    match status_of(o) {
        WindowStatus::Planned => ChangeKind::Announced,
        WindowStatus::Cancelled => ChangeKind::Cancelled,
        WindowStatus::Moved => ChangeKind::Moved,
        WindowStatus::Completed => ChangeKind::Completed,
        WindowStatus::InProgress => ChangeKind::Reported,
        WindowStatus::Recovered => ChangeKind::Recovered,
    }
}

/// Words that mark the old side of a move in a statement.
const OLD_SIDE: [&str; 7] = ["変更前", "当初", "旧日程", "旧:", "予定していた", "予定しておりました", "延期"];

/// Pairs (old, new) of a move within one notice.
pub fn pair_moves(obs: &[Obs<'_>]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let desc = |i: usize| obs[i].outage.description.as_deref().unwrap_or("");
    for (new, nob) in obs.iter().enumerate().filter(|(_, o)| o.outage.status == Status::Rescheduled) {
        let candidates = obs.iter().enumerate().filter(|(old, oob)| {
            *old != new
                && !pairs.iter().any(|p| p.0 == *old)
                && match oob.outage.status {
                    Status::Cancelled => desc(*old) == desc(new) || OLD_SIDE.iter().any(|w| desc(*old).contains(w)),
                    Status::Planned => OLD_SIDE[..4].iter().any(|w| desc(*old).contains(w)),
                    _ => false,
                }
                && area_agreement(&oob.outage.prefectures, &oob.outage.areas, nob.outage).is_some()
        });
        let line = |o: &Obs<'_>| o.outage.mentions.first().map_or(0, |m| i64::from(m.line));
        let best = candidates.min_by_key(|(old, oob)| {
            let same = desc(*old) == desc(new);
            let area = area_agreement(&oob.outage.prefectures, &oob.outage.areas, nob.outage).unwrap_or(0);
            (!same, std::cmp::Reverse(area), (line(nob) - line(oob)).abs(), *old)
        });
        if let Some((old, _)) = best {
            pairs.push((old, new));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use crate::calendar::Calendar;
    use crate::calendar::timeline::{ChangeKind, Timeline, WindowStatus};
    use crate::model::Notice;

    fn notice(name: &str, number: &str, date: &str, title: &str, body: &str) -> Notice {
        let text = format!(
            "{number}\n{date}\n\n都道府県医師会 担当理事 殿\n\n公益社団法人 日本医師会\n常任理事 長島 公之\n\n{title}\n\n{body}\n"
        );
        crate::extract_str(name, &text).expect("reads")
    }

    fn announced() -> Notice {
        notice(
            "a.txt",
            "日医発第100号",
            "令和8年6月1日",
            "電子処方箋管理サービスのメンテナンスについて(周知依頼)",
            "令和8年7月4日(土)22:00～7月5日(日)6:00に電子処方箋管理サービスを停止します。",
        )
    }

    fn cancelled_by_reference() -> Notice {
        notice(
            "b.txt",
            "日医発第120号",
            "令和8年6月20日",
            "電子処方箋管理サービスのメンテナンスの中止について(周知依頼)",
            "令和8年6月1日付け日医発第100号にてお知らせしたメンテナンスは、中止となりました。",
        )
    }

    fn timeline(notices: &[Notice]) -> Timeline {
        Calendar::build(notices).timeline()
    }

    fn changes(t: &Timeline) -> Vec<Vec<ChangeKind>> {
        t.maintenances[0].history.iter().map(|s| s.changes.iter().map(|c| c.change).collect()).collect()
    }

    #[test]
    fn a_title_cancels_the_windows_of_the_notice_it_cites() {
        let b = cancelled_by_reference();
        assert!(b.outages.is_empty(), "the cancellation states no window of its own");
        let t = timeline(&[announced(), b]);
        let w = &t.maintenances[0].windows[0];
        assert_eq!((w.status, w.sequence), (WindowStatus::Cancelled, 1));
        assert_eq!(changes(&t), [vec![ChangeKind::Announced], vec![ChangeKind::Cancelled]]);
        assert_eq!(t.maintenances[0].history[1].changes[0].source.line, None);
        // the event shows the latest notice's title, and the statement with its own file and line
        let ics = Calendar::build(&[announced(), cancelled_by_reference()]).ics().replace("\r\n ", "");
        assert!(ics.contains("件名: 電子処方箋管理サービスのメンテナンスの中止について(周知依頼)"), "{ics}");
        assert!(ics.contains("ファイル: a.txt\\n出典: 11行目"), "{ics}");
        // without the cited notice among the inputs there is nothing to cancel
        assert!(timeline(&[cancelled_by_reference()]).maintenances.is_empty());
    }

    #[test]
    fn a_new_date_alone_moves_the_window_of_the_notice_it_cites() {
        let c = notice(
            "c.txt",
            "日医発第130号",
            "令和8年6月20日",
            "電子処方箋管理サービスのメンテナンスの延期について(周知依頼)",
            "令和8年6月1日付け日医発第100号にてお知らせしたメンテナンスは、7月18日(土)22:00～7月19日(日)6:00に延期します。",
        );
        let t = timeline(&[announced(), c]);
        assert_eq!(t.maintenances.len(), 1);
        let ws = &t.maintenances[0].windows;
        assert_eq!(ws.len(), 2);
        assert_eq!((ws[0].status, ws[0].sequence), (WindowStatus::Moved, 1));
        assert_eq!(ws[0].moved_to.as_deref(), Some(ws[1].uid.as_str()));
        assert_eq!(ws[1].moved_from.as_deref(), Some(ws[0].uid.as_str()));
        assert_eq!(ws[1].start.to_rfc3339(), "2026-07-18T22:00:00+09:00");
    }

    #[test]
    fn a_late_forward_does_not_reopen_a_cancelled_window() {
        let forward = notice(
            "d.txt",
            "福医発第7号",
            "令和8年6月25日",
            "電子処方箋管理サービスのメンテナンスについて(周知依頼)",
            "令和8年7月4日(土)22:00～7月5日(日)6:00に電子処方箋管理サービスを停止します。",
        );
        let t = timeline(&[announced(), cancelled_by_reference(), forward]);
        let w = &t.maintenances[0].windows[0];
        assert_eq!((w.status, w.sequence), (WindowStatus::Cancelled, 1));
        assert_eq!(changes(&t)[2], [ChangeKind::Restated]);
    }

    #[test]
    fn a_notice_citing_the_cancellation_reopens_the_window() {
        let reinstated = notice(
            "e.txt",
            "日医発第140号",
            "令和8年6月28日",
            "電子処方箋管理サービスのメンテナンスの実施について(周知依頼)",
            "令和8年6月20日付け日医発第120号にてお知らせしたメンテナンスについて、予定どおり実施することとなりました。\n\n【停止日時】\n令和8年7月4日(土)22:00～7月5日(日)6:00",
        );
        let t = timeline(&[announced(), cancelled_by_reference(), reinstated]);
        let w = &t.maintenances[0].windows[0];
        assert_eq!((w.status, w.sequence), (WindowStatus::Planned, 2));
        assert_eq!(changes(&t)[2], [ChangeKind::Reopened]);
    }

    #[test]
    fn another_end_from_another_sender_is_another_window() {
        let other = notice(
            "f.txt",
            "東医発第9号",
            "令和8年6月10日",
            "電子処方箋管理サービスのメンテナンスについて(周知依頼)",
            "令和8年7月4日(土)22:00～7月5日(日)2:00に電子処方箋管理サービスを停止します。",
        );
        let t = timeline(&[announced(), other]);
        assert_eq!(t.maintenances.len(), 2);
        let uids: Vec<&str> = t.maintenances.iter().map(|m| m.windows[0].uid.as_str()).collect();
        assert_ne!(uids[0], uids[1]);
        assert!(uids.iter().any(|u| u.ends_with("-2@tsuchi")), "same system, start and area: told apart {uids:?}");
    }
}
