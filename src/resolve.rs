//! Resolution: what needs the whole notice.
//!
//! - **Years.** A year-less date takes the year of the first such date on or after its
//!   document's date, confirmed by the weekday ([`crate::datetime::infer_year`]). A
//!   document with no date of its own borrows the nearest dated document in the file; with
//!   none at all, the latest full date written anywhere in the notice stands in, and the
//!   guess is reported (`ambiguous-year`).
//! - **Weekdays.** A weekday that contradicts its date is a `weekday-mismatch` warning; the
//!   date is kept as written.
//! - **Windows.** Statements become concrete windows in Japan time: recurring statements
//!   expand to one window per day (minus exclusions), `翌日5時` and `22:00~5:00` cross
//!   midnight, `24:00` is the next day's midnight, whole days end at the next midnight.
//! - **Merging.** The same window stated in the cover and the attachment comes out once,
//!   with both mentions; a date-range summary that contains detailed windows is dropped
//!   in their favour; an open incident window gives way to a later report of its recovery
//!   (第1報 `復旧時期は未定`, 第3報 `15時10分に復旧`). Windows are ordered by start, end, then area.

use crate::datetime::{YearChoice, infer_year};
use crate::extract::Extraction;
use crate::extract::dates::RawDate;
use crate::extract::metadata::DocumentMeta;
use crate::extract::windows::{PartialDate, TimeOfDay, WindowSpec};
use crate::model::{DateKind, DateMention, Diagnostic, Instant, Mention, Outage, Prefecture, Status};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::HashMap;

/// What resolution produces.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Concrete windows, merged and ordered.
    pub outages: Vec<Outage>,
    /// Every date expression with its value.
    pub dates: Vec<DateMention>,
    /// Findings (weekday, year, conflicts).
    pub diagnostics: Vec<Diagnostic>,
}

/// The reference date of each document for year inference.
fn references(docs: &[DocumentMeta], dates: &[RawDate]) -> Vec<(Option<NaiveDate>, bool)> {
    let fallback_any = dates
        .iter()
        .filter_map(|d| NaiveDate::from_ymd_opt(d.year?, d.month?, d.day?).filter(|_| !d.year_inherited))
        .max();
    (0..docs.len().max(1))
        .map(|i| {
            if let Some(d) = docs.get(i).and_then(|d| d.date) {
                return (Some(d), false);
            }
            // nearest dated document: later ones first (a cover's attachment), then earlier
            let later = docs.iter().skip(i + 1).find_map(|d| d.date);
            let earlier = docs.iter().take(i).rev().find_map(|d| d.date);
            match later.or(earlier) {
                Some(d) => (Some(d), false),
                None => (fallback_any, true),
            }
        })
        .collect()
}

/// Complete a partial date; `None` if it cannot be (no month, no such day, no reference).
fn complete(p: &PartialDate, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    let month = p.month?;
    match p.year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, p.day),
        None => {
            let (y, _) = infer_year(month, p.day, p.weekday, reference?)?;
            NaiveDate::from_ymd_opt(y, month, p.day)
        }
    }
}

/// Complete an end date relative to its start: its year follows the start's, and a year
/// that was not written rolls over when the end would fall before the start
/// (`12月30日~1月3日`).
fn complete_end(p: &PartialDate, start: NaiveDate) -> Option<NaiveDate> {
    let month = p.month?;
    if p.year.is_some() && !p.inherited {
        return NaiveDate::from_ymd_opt(p.year?, month, p.day);
    }
    let d = NaiveDate::from_ymd_opt(start.year(), month, p.day)?;
    // across the year end (`12月30日~1月3日`): only when the end's month comes before the
    // start's, and the weekday, if given, does not object; an earlier day of the same month
    // stays where it is and is reported as end-before-start
    if d < start && month < start.month() {
        let next = NaiveDate::from_ymd_opt(start.year() + 1, month, p.day);
        let weekday_objects = p.weekday.is_some_and(|w| d.weekday() == w && next.is_some_and(|n| n.weekday() != w));
        if !weekday_objects {
            return next;
        }
    }
    Some(d)
}

fn at(date: NaiveDate, t: Option<TimeOfDay>) -> NaiveDateTime {
    let t = t.unwrap_or(TimeOfDay { hour: 0, minute: 0, next_day: false });
    let mut d = date;
    if t.next_day {
        d += Duration::days(1);
    }
    let (h, m) = if t.hour >= 24 {
        d += Duration::days(1);
        (t.hour - 24, t.minute)
    } else {
        (t.hour, t.minute)
    };
    d.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN))
}

/// A Japan wall-clock time as an instant (`+09:00`; Japan has no daylight saving time).
pub fn jst(t: NaiveDateTime) -> crate::model::Instant {
    let offset =
        chrono::FixedOffset::east_opt(9 * 3600).unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("UTC"));
    chrono::DateTime::from_naive_utc_and_offset(t - Duration::hours(9), offset)
}

struct Concrete {
    start: NaiveDateTime,
    end: Option<NaiveDateTime>,
    spec: usize,
    /// The statement of a recovery stated alone that gave the end ([`close_open_incidents`]).
    ended_by: Option<usize>,
}

impl Concrete {
    fn new(start: NaiveDateTime, end: Option<NaiveDateTime>, spec: usize) -> Concrete {
        Concrete { start, end, spec, ended_by: None }
    }
}

fn concretise(w: &WindowSpec, reference: Option<NaiveDate>, idx: usize) -> Vec<Concrete> {
    let Some(sd) = complete(&w.start, reference) else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(through) = &w.through {
        let Some(last) = complete_end(through, sd) else { return out };
        let except: Vec<NaiveDate> = w.except.iter().filter_map(|e| complete_end(e, sd)).collect();
        let mut d = sd;
        let mut guard = 0;
        while d <= last && guard < 400 {
            guard += 1;
            if !except.contains(&d) {
                let start = at(d, w.start_time);
                let mut end = at(d, w.end_time);
                if end <= start {
                    end += Duration::days(1);
                }
                out.push(Concrete::new(start, Some(end), idx));
            }
            d += Duration::days(1);
        }
        return out;
    }
    let start = at(sd, w.start_time);
    if w.open_end {
        out.push(Concrete::new(start, None, idx));
        return out;
    }
    let ed = match &w.end {
        Some(e) => match complete_end(e, sd) {
            Some(d) => Some(d),
            None => return out,
        },
        None => None,
    };
    let end = match (ed, w.end_time) {
        (d, Some(t)) => {
            let base = d.unwrap_or(sd);
            let mut end = at(base, Some(t));
            if d.is_none() && end <= start {
                end += Duration::days(1); // 22:00~5:00 crosses midnight
            }
            Some(end)
        }
        (Some(d), None) => Some(at(d + Duration::days(1), None)),
        (None, None) if w.all_day => Some(at(sd + Duration::days(1), None)),
        (None, None) => None,
    };
    if w.all_day && w.start_time.is_none() && !w.except.is_empty() {
        // a whole-day range with days left out: one window per run of days
        let Some(last) = ed else { return out };
        let except: Vec<NaiveDate> = w.except.iter().filter_map(|e| complete_end(e, sd)).collect();
        let mut run_start: Option<NaiveDate> = None;
        let mut d = sd;
        while d <= last + Duration::days(1) {
            let inside = d <= last && !except.contains(&d);
            match (inside, run_start) {
                (true, None) => run_start = Some(d),
                (false, Some(s)) => {
                    out.push(Concrete::new(at(s, None), Some(at(d, None)), idx));
                    run_start = None;
                }
                _ => {}
            }
            d += Duration::days(1);
        }
        return out;
    }
    out.push(Concrete::new(start, end, idx));
    out
}

/// Resolve an extraction.
pub fn resolve(x: &Extraction) -> Resolved {
    let refs = references(&x.documents, &x.dates);
    let reference = |doc: usize| refs.get(doc).copied().unwrap_or((None, true));
    let mut diagnostics = Vec::new();
    let dates = resolve_dates(&x.dates, &reference, &mut diagnostics);
    let concrete = concrete_windows(x, &|doc| reference(doc).0);
    let mut outages = merge_statements(x, &concrete, &mut diagnostics);
    let removed = join_statements(&mut outages, &mut diagnostics);
    let mut outages: Vec<Outage> = outages.into_iter().zip(removed).filter(|(_, gone)| !gone).map(|(o, _)| o).collect();
    for o in &mut outages {
        o.mentions.sort();
        o.mentions.dedup();
    }
    outages.sort_by(|a, b| {
        (&a.start, &a.end, a.prefectures.first().map(|p| &p.code), &a.areas).cmp(&(
            &b.start,
            &b.end,
            b.prefectures.first().map(|p| &p.code),
            &b.areas,
        ))
    });
    Resolved { outages, dates, diagnostics }
}

/// Every window statement made concrete (dated, recurring ones expanded), less those an
/// erratum calls wrong and the summaries that detailed windows fill.
fn concrete_windows(x: &Extraction, reference: &dyn Fn(usize) -> Option<NaiveDate>) -> Vec<Concrete> {
    let mut concrete: Vec<Concrete> = Vec::new();
    for (i, w) in x.windows.iter().enumerate() {
        concrete.extend(concretise(w, reference(w.doc), i));
    }
    // summaries give way to the detailed windows inside them
    // windows an erratum calls wrong are dropped wherever they are stated
    let wrong: Vec<(NaiveDateTime, Option<NaiveDateTime>)> =
        concrete.iter().filter(|c| x.windows[c.spec].erroneous).map(|c| (c.start, c.end)).collect();
    concrete.retain(|c| !wrong.contains(&(c.start, c.end)));
    split_at_resumptions(x, &mut concrete);
    close_open_incidents(x, &mut concrete);
    keep_latest_reports(x, &mut concrete);
    drop_superseded(x, &mut concrete);
    drop_open_restatements(x, &mut concrete);
    let detailed: Vec<(NaiveDateTime, Option<NaiveDateTime>)> =
        concrete.iter().filter(|c| !x.windows[c.spec].summary).map(|c| (c.start, c.end)).collect();
    concrete.retain(|c| {
        if !x.windows[c.spec].summary {
            return true;
        }
        let end = c.end.unwrap_or(NaiveDateTime::MAX);
        !detailed.iter().any(|(s, e)| *s < end && e.unwrap_or(NaiveDateTime::MAX) > c.start)
    });

    concrete
}

/// Several numbered reports of one incident (`第1報` … `第3報`, newest or oldest first): the
/// latest decides, so an incident window of an earlier report gives way to the incident
/// windows of a later one in the same document that share its place (or either has none).
fn keep_latest_reports(x: &Extraction, concrete: &mut Vec<Concrete>) {
    let incident = |c: &Concrete| {
        let w = &x.windows[c.spec];
        (w.status == Status::Incident).then_some(w).and_then(|w| w.report.map(|r| (w, r)))
    };
    let reports: Vec<(&WindowSpec, u32)> = concrete.iter().filter_map(incident).collect();
    concrete.retain(|c| {
        let Some((w, r)) = incident(c) else { return true };
        !reports.iter().any(|(o, n)| *n > r && o.doc == w.doc && shares_place(w, o))
    });
}

/// Whether two statements share a prefecture, or either names none.
fn shares_place(a: &WindowSpec, b: &WindowSpec) -> bool {
    a.prefectures.is_empty() || b.prefectures.is_empty() || a.prefectures.iter().any(|p| b.prefectures.contains(p))
}

/// Whether recovery `r` speaks of all of incident `w`'s places: it names none (`障害は…に
/// 復旧`), or every prefecture of an incident that names some. A recovery of some places
/// (`東日本エリアは…に復旧`) does not end an incident that is still down elsewhere.
fn covers(r: &WindowSpec, w: &WindowSpec) -> bool {
    let general = r.prefectures.is_empty() && r.areas.is_empty();
    general || (!w.prefectures.is_empty() && w.prefectures.iter().all(|p| r.prefectures.contains(p)))
}

/// How long before its recovery an open incident may have started, for a recovery stated
/// alone to end it.
const RECOVERY_REACH: Duration = Duration::hours(48);

/// A recovery stated alone (`7月8日(水)夜から発生しておりました障害は、7月9日(木)6時20分に
/// 復旧いたしました`, the newest report above those that give the start): it ends the open
/// incidents of its document that started in the two days before it, when it speaks of all
/// their places, and is no window itself.
fn close_open_incidents(x: &Extraction, concrete: &mut Vec<Concrete>) {
    let closes: Vec<(NaiveDateTime, usize)> =
        concrete.iter().filter(|c| x.windows[c.spec].closes).map(|c| (c.start, c.spec)).collect();
    concrete.retain(|c| !x.windows[c.spec].closes);
    for (at, spec) in closes {
        let r = &x.windows[spec];
        for c in concrete.iter_mut() {
            let w = &x.windows[c.spec];
            // another report's incident: within one report, a recovery said apart from the
            // start is most often a part's (`一部機能は11時30分に復旧しましたが…`)
            let open = w.status == Status::Incident && c.end.is_none() && w.doc == r.doc && w.report != r.report;
            if open && c.start < at && at - c.start <= RECOVERY_REACH && covers(r, w) {
                c.end = Some(at);
                c.ended_by = Some(spec);
            }
        }
    }
}

/// A resumption (`23日(日)9時~12時に限り…再開`) strictly inside a stop of the same document
/// splits the stop in two around it, and is no window itself.
fn split_at_resumptions(x: &Extraction, concrete: &mut Vec<Concrete>) {
    let resumptions: Vec<(usize, NaiveDateTime, NaiveDateTime)> = concrete
        .iter()
        .filter(|c| x.windows[c.spec].resumption)
        .filter_map(|c| Some((x.windows[c.spec].doc, c.start, c.end?)))
        .collect();
    for (doc, from, to) in resumptions {
        let inside = |c: &Concrete| {
            let w = &x.windows[c.spec];
            !w.resumption && !w.summary && w.doc == doc && c.start < from && c.end.is_some_and(|e| to < e)
        };
        let Some(k) = concrete.iter().position(inside) else { continue };
        let end = concrete[k].end;
        concrete[k].end = Some(from);
        let spec = concrete[k].spec;
        concrete.push(Concrete::new(to, end, spec));
        concrete.retain(|c| !(x.windows[c.spec].resumption && c.start == from && c.end == Some(to)));
    }
}

/// One outage per window: the same window stated twice is merged.
fn merge_statements(x: &Extraction, concrete: &[Concrete], diagnostics: &mut Vec<Diagnostic>) -> Vec<Outage> {
    // merge the same window stated twice: the same time and the same prefectures, whether or
    // not both statements name the area (`近畿エリア:` in the cover, `対象:…` in the
    // attachment); two undefined areas with no prefectures stay apart
    let mut outages: Vec<Outage> = Vec::new();
    let mut index: HashMap<(Instant, Option<Instant>, Vec<Prefecture>), Vec<usize>> = HashMap::new();
    for c in concrete {
        let w = &x.windows[c.spec];
        let mut prefectures: Vec<Prefecture> =
            w.prefectures.iter().map(|p| Prefecture { code: p.code_str(), name: p.name.to_string() }).collect();
        prefectures.sort();
        prefectures.dedup();
        let o = Outage {
            start: jst(c.start),
            end: c.end.map(jst),
            all_day: w.all_day,
            tentative: w.tentative,
            status: w.status,
            kind: w.kind,
            areas: w.areas.clone(),
            prefectures,
            description: Some(w.description.clone()),
            mentions: w
                .mentions
                .iter()
                .chain(c.ended_by.iter().flat_map(|&k| &x.windows[k].mentions))
                .cloned()
                .collect(),
        };
        let candidates = index.entry((o.start, o.end, o.prefectures.clone())).or_default();
        let same = candidates.iter().copied().find(|&k| {
            let e = &outages[k];
            e.areas == o.areas || e.areas.is_empty() || o.areas.is_empty() || !o.prefectures.is_empty()
        });
        match same {
            Some(k) => absorb(&mut outages[k], o, diagnostics),
            None => {
                candidates.push(outages.len());
                outages.push(o);
            }
        }
    }
    outages
}

/// Within each time: a statement with no area joins the one placed statement of the same
/// window; the same area given different prefecture lists is a conflict. Which outages
/// were absorbed (and are to be removed).
fn join_statements(outages: &mut [Outage], diagnostics: &mut Vec<Diagnostic>) -> Vec<bool> {
    // the statements of one time, grouped
    let mut by_time: HashMap<(Instant, Option<Instant>), Vec<usize>> = HashMap::new();
    for (k, o) in outages.iter().enumerate() {
        by_time.entry((o.start, o.end)).or_default().push(k);
    }
    let mut groups: Vec<Vec<usize>> = by_time.into_values().collect();
    groups.sort();
    let unplaced = |o: &Outage| o.areas.is_empty() && o.prefectures.is_empty();
    let mut removed = vec![false; outages.len()];
    for g in &groups {
        // a statement with no area joins the one placed statement of the same window
        let placed: Vec<usize> = g.iter().copied().filter(|&k| !unplaced(&outages[k])).collect();
        if let [p] = placed[..] {
            for &k in g {
                if k != p && unplaced(&outages[k]) {
                    let o = outages[k].clone();
                    absorb(&mut outages[p], o, diagnostics);
                    removed[k] = true;
                }
            }
        }
        // the same area given different prefecture lists: the statements disagree
        for (i, &a) in g.iter().enumerate() {
            for &b in &g[i + 1..] {
                let (a, b) = (&outages[a], &outages[b]);
                if a.areas == b.areas && !a.areas.is_empty() && a.prefectures != b.prefectures {
                    let mut ms = a.mentions.clone();
                    ms.extend(b.mentions.iter().cloned());
                    let what = format!("area {} is given different prefecture lists", a.areas.join("・"));
                    diagnostics.push(conflict(&ms, &what));
                }
            }
        }
    }
    removed
}

/// Several reports of one incident (第1報 `復旧時期は未定`, 第2報 `15時10分に復旧`): the
/// report that gives the recovery is the latest, so an open incident window gives way to
/// the ended ones that start within half an hour of it when they cover all its places (or
/// it, or one of them, has none). An open window with a place they do not cover
/// (`西日本は復旧時期未定`, `上越市…および長野県飯山市は未定` beside `長岡市…12時35分に復旧`) stays,
/// as does a part said to be still down beside the ones that recovered in the same report
/// (`回線B … 復旧日時:未定` under `回線A … 復旧日時:同日11時20分`, both in 千葉県).
fn drop_superseded(x: &Extraction, concrete: &mut Vec<Concrete>) {
    let near = |a: NaiveDateTime, b: NaiveDateTime| (a - b).num_minutes().abs() <= 30;
    let incident = |c: &Concrete| x.windows[c.spec].status == Status::Incident;
    let ended: Vec<(NaiveDateTime, usize)> =
        concrete.iter().filter(|c| incident(c) && c.end.is_some()).map(|c| (c.start, c.spec)).collect();
    concrete.retain(|o| {
        if !incident(o) || o.end.is_some() {
            return true;
        }
        let w = &x.windows[o.spec];
        let near_ended: Vec<&WindowSpec> =
            ended.iter().filter(|(start, _)| near(o.start, *start)).map(|(_, spec)| &x.windows[*spec]).collect();
        if near_ended.is_empty() || (w.still_down && near_ended.iter().all(|c| c.doc == w.doc && c.report == w.report))
        {
            return true;
        }
        let unplaced = w.prefectures.is_empty() || near_ended.iter().any(|c| c.prefectures.is_empty());
        let covered = w.prefectures.iter().all(|p| near_ended.iter().any(|c| c.prefectures.contains(p)));
        !(unplaced || covered)
    });
}

/// A planned window with no end that starts when a window with an end of the same document
/// and place starts is that window named by its start (`2月20日(土)23:00から実施する作業は、…
/// 終了時刻を延長します。` over `変更前:…3:00` / `変更後:…5:00`): it gives way.
fn drop_open_restatements(x: &Extraction, concrete: &mut Vec<Concrete>) {
    let not_incident = |c: &Concrete| x.windows[c.spec].status != Status::Incident;
    let ended: Vec<(NaiveDateTime, usize)> =
        concrete.iter().filter(|c| not_incident(c) && c.end.is_some()).map(|c| (c.start, c.spec)).collect();
    concrete.retain(|o| {
        if !not_incident(o) || o.end.is_some() || x.windows[o.spec].status != Status::Planned {
            return true;
        }
        let w = &x.windows[o.spec];
        !ended.iter().any(|&(start, spec)| {
            let c = &x.windows[spec];
            start == o.start && c.doc == w.doc && (c.prefectures == w.prefectures || w.prefectures.is_empty())
        })
    });
}

/// Fold statement `o` of a window into `e`, the statement already kept.
fn absorb(e: &mut Outage, o: Outage, diagnostics: &mut Vec<Diagnostic>) {
    for a in o.areas {
        if !e.areas.contains(&a) {
            e.areas.push(a);
        }
    }
    e.mentions.extend(o.mentions);
    e.tentative |= o.tentative;
    // a statement that says more (cancelled, incident…) wins over a plain `planned`; two
    // statements that say different things disagree
    if e.status != o.status {
        if e.status == Status::Planned {
            e.status = o.status;
        } else if o.status != Status::Planned {
            let what = format!("status {} here, {} elsewhere", o.status.as_str(), e.status.as_str());
            diagnostics.push(conflict(&e.mentions, &what));
        }
    }
}

fn conflict(mentions: &[Mention], what: &str) -> Diagnostic {
    let m = mentions.iter().max().cloned().unwrap_or(Mention {
        line: 1,
        column: 1,
        text: String::new(),
        page: None,
        part: None,
    });
    let message = format!("the window 「{}」 is stated more than once and the statements disagree: {}", m.text, what);
    Diagnostic::at(&m, &crate::rules::CONFLICTING_DUPLICATE, message)
}

fn resolve_dates(
    raw: &[RawDate],
    reference: &dyn Fn(usize) -> (Option<NaiveDate>, bool),
    diags: &mut Vec<Diagnostic>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    for r in raw {
        let m = &r.mention;
        let time = r.time.map(|(h, mi)| format!("{h:02}:{mi:02}"));
        let (kind, value, inferred) = match (r.month, r.day) {
            (Some(month), Some(day)) => {
                let (year, inferred) = match r.year {
                    Some(y) => (Some(y), false),
                    None => infer(r, month, day, reference, diags),
                };
                let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
                if let (Some(d), Some(w)) = (date, r.weekday) {
                    check_weekday(m, d, w, diags);
                }
                let kind = if time.is_some() { DateKind::Datetime } else { DateKind::Date };
                // `24:00` is the next day's 00:00, as in the windows
                let value = date.map(|d| match r.time {
                    Some((h, mi)) => {
                        let t = at(d, Some(TimeOfDay { hour: h, minute: mi, next_day: false }));
                        t.format("%Y-%m-%dT%H:%M").to_string()
                    }
                    None => d.format("%Y-%m-%d").to_string(),
                });
                (kind, value, inferred)
            }
            (Some(month), None) => {
                let year = r.year.or_else(|| reference(r.doc).0.map(|d| d.year()));
                (DateKind::Month, year.map(|y| format!("{y:04}-{month:02}")), r.year.is_none())
            }
            _ => (DateKind::Time, time.clone(), false),
        };
        out.push(DateMention {
            text: m.text.clone(),
            value,
            kind,
            year_inferred: inferred,
            line: m.line,
            column: m.column,
            page: m.page,
            part: m.part.clone(),
        });
    }
    out
}

/// The year of a date written without one, from its document's date (and whether it was
/// inferred), with `ambiguous-year` or `invalid-date` when that says so.
fn infer(
    r: &RawDate,
    month: u32,
    day: u32,
    reference: &dyn Fn(usize) -> (Option<NaiveDate>, bool),
    diags: &mut Vec<Diagnostic>,
) -> (Option<i32>, bool) {
    let m = &r.mention;
    let diag = |rule: &crate::rules::Rule, message: String| Diagnostic::at(m, rule, message);
    let (refd, guessed) = reference(r.doc);
    let Some(((y, choice), rd)) = refd.and_then(|rd| infer_year(month, day, r.weekday, rd).map(|x| (x, rd))) else {
        if refd.is_none() {
            let message = format!("「{}」 has no year and the notice gives no date to infer it from", m.text);
            diags.push(diag(&crate::rules::AMBIGUOUS_YEAR, message));
        } else {
            diags.push(diag(&crate::rules::INVALID_DATE, format!("「{}」 is not a date that exists", m.text)));
        }
        return (None, false);
    };
    if let YearChoice::WeekdayPreferred { first_after } = choice
        && !guessed
    {
        diags.push(diag(
            &crate::rules::AMBIGUOUS_YEAR,
            format!("「{}」 has no year: the first such date after the document date ({rd}) is in {first_after}, but the weekday fits {y}; read as {y}", m.text),
        ));
    }
    if guessed {
        diags.push(diag(
            &crate::rules::AMBIGUOUS_YEAR,
            format!("「{}」 has no year and no document in the file is dated; the year {y} is inferred from the latest date in the notice ({rd})", m.text),
        ));
    }
    (Some(y), true)
}

/// `weekday-mismatch` when the weekday written beside date `d` is not its weekday.
fn check_weekday(m: &crate::model::Mention, d: NaiveDate, w: chrono::Weekday, diags: &mut Vec<Diagnostic>) {
    if d.weekday() == w {
        return;
    }
    let (is, written) = (crate::datetime::weekday_kanji(d.weekday()), crate::datetime::weekday_kanji(w));
    let message = format!("「{}」: {d} is a {is}曜日, not a {written}曜日", m.text);
    diags.push(Diagnostic::at(m, &crate::rules::WEEKDAY_MISMATCH, message));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pd(year: Option<i32>, month: u32, day: u32) -> PartialDate {
        PartialDate { year, era: None, month: Some(month), day, weekday: None, inherited: false }
    }

    #[test]
    fn a_window_named_by_its_start_gives_way_to_the_window_stated_in_full() {
        let windows = crate::extract::windows::tests::windows;
        let body = "計画停止の予定を一部変更します。\n\n令和9年2月20日(土)23:00から実施する作業は、対象件数が増えたことから、終了時刻を延長します。\n変更前:2月20日(土)23:00 ~ 2月21日(日)3:00\n変更後:2月20日(土)23:00 ~ 2月21日(日)5:00";
        assert_eq!(
            windows("令和9年1月20日", body),
            ["2027-02-20T23:00..2027-02-21T03:00 cancelled", "2027-02-20T23:00..2027-02-21T05:00 rescheduled"]
        );
        // a window with no end of its own stays
        let open = "システムを停止します。\n\n令和9年2月20日(土)23:00から停止します。";
        assert_eq!(windows("令和9年1月20日", open), ["2027-02-20T23:00..- planned"]);
    }

    #[test]
    fn end_rolls_over_the_year() {
        let s = NaiveDate::from_ymd_opt(2025, 12, 30).unwrap();
        assert_eq!(complete_end(&pd(None, 1, 3), s), NaiveDate::from_ymd_opt(2026, 1, 3));
        assert_eq!(complete_end(&pd(None, 12, 31), s), NaiveDate::from_ymd_opt(2025, 12, 31));
    }

    #[test]
    fn times() {
        let d = NaiveDate::from_ymd_opt(2025, 2, 1).unwrap();
        let rfc = |t| jst(t).to_rfc3339();
        assert_eq!(rfc(at(d, Some(TimeOfDay { hour: 24, minute: 0, next_day: false }))), "2025-02-02T00:00:00+09:00");
        assert_eq!(rfc(at(d, Some(TimeOfDay { hour: 5, minute: 0, next_day: true }))), "2025-02-02T05:00:00+09:00");
    }
}
