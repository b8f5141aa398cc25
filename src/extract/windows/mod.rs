//! Outage windows: which date expressions are windows, and what kind, status and area.
//!
//! The date engine finds every range and point; most of them are not windows. A unit is
//! read as a [`statement::Statement`] when it and its surroundings speak of a stop; each of
//! its expressions is then classified by shape ([`shapes::Stated`]) and read by the file for
//! that shape. This module only walks the units and dispatches:
//!
//! | shape | file | example |
//! |---|---|---|
//! | datetime range, date with a time range, open end | [`shapes::timed`] | `令和8年5月24日(日)2:00~3:00` · `2月1日 22:00以降` |
//! | incident (end only when recovery is announced) | [`shapes::incident`] | `10時頃から…障害が発生…11時30分に復旧` |
//! | start and duration | [`shapes::duration`] | `22時から約8時間` |
//! | labelled lines | [`shapes::labelled`] | `開始:8月2日(土)22時00分` / `終了:8月3日(日)6時00分` · `発生日時:…` / `復旧日時:未定` |
//! | an exception to an incident | [`shapes::exception`] | `ただし、宮城県は同日9時40分に先に復旧しました` |
//! | an incident recovered area by area | [`shapes::by_area`] | `東日本エリアは、同日12時10分に復旧しました` |
//! | work done (or called off) area by area | [`shapes::area_result`] | `(2)関東エリア` / `…7:25に作業を完了しました` |
//! | date range plus a daily time range | [`shapes::days`] | `1月19日(月)~30日(金)` … `各日20時~翌日5時` |
//! | whole day, open day | [`shapes::whole_day`] | `3月1日(土)終日` · `1月31日(土)以降、終日` |
//! | dates sharing times | [`shapes::dates`] | `2月1日(土)・2日(日)の22:00~翌5:00` |
//! | time first, ditto rows | [`shapes::times_first`] | `22時~翌朝6時(9月13日(土))` · `\| 〃 \| 22:00~24:00 \|` |
//!
//! Call-centre hours (no date), deadlines (`まで` with no start), reception periods,
//! document dates, references to earlier notices, lists that only summarise, events,
//! exclusions (`(12月29日~1月3日)を除く`), monthly rules (`毎月1日~4日`) and resumptions
//! (`5時以降は通常どおり`) are not windows. An erratum's wrong window is marked
//! ([`errata`]) so the resolver drops it wherever it is stated. Where a window applies is
//! [`place`]'s, its status [`status`]'s (and [`scope`]'s, for a status said by date in a
//! later sentence). The year of a year-less date is left open here;
//! the resolver fills it in.

pub mod errata;
pub mod narrow;
pub mod partial;
pub mod place;
pub mod regional;
pub mod scope;
pub mod shapes;
pub mod statement;
pub mod status;

use super::Context;
use super::areas::AreaTable;
use super::metadata::DocumentMeta;
use crate::datetime::{Era, TimeTok};
use crate::model::{Diagnostic, Mention, OutageKind, Status};
use crate::prefectures::Prefecture;
use chrono::Weekday;
use place::{Placer, Places};
use statement::Statement;

/// A date as stated, its year possibly still unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    /// Western year, when written (or inherited from the range start).
    pub year: Option<i32>,
    /// Era and era year, when written as an era date.
    pub era: Option<(Era, u32)>,
    /// Month (inherited from the range start when not written).
    pub month: Option<u32>,
    /// Day of month.
    pub day: u32,
    /// Weekday given in brackets.
    pub weekday: Option<Weekday>,
    /// The year was inherited from the start of the range, not written here.
    pub inherited: bool,
}

/// A time of day within a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOfDay {
    /// Hour 0–24.
    pub hour: u32,
    /// Minute.
    pub minute: u32,
    /// On the day after the date it belongs to (`翌日5時`).
    pub next_day: bool,
}

impl From<TimeTok> for TimeOfDay {
    fn from(t: TimeTok) -> Self {
        TimeOfDay { hour: t.hour, minute: t.minute, next_day: t.next_day }
    }
}

/// A window as stated, before dates are completed.
#[derive(Debug, Clone)]
pub struct WindowSpec {
    /// The document the statement is in.
    pub doc: usize,
    /// First (or only) day.
    pub start: PartialDate,
    /// Start time; `None` means the start of the day.
    pub start_time: Option<TimeOfDay>,
    /// Last day when it differs from the start day.
    pub end: Option<PartialDate>,
    /// End time; `None` with `end` set means the end of that day.
    pub end_time: Option<TimeOfDay>,
    /// No end announced.
    pub open_end: bool,
    /// Recurring: the times repeat every day from `start` through this day.
    pub through: Option<PartialDate>,
    /// Days left out of a recurring window.
    pub except: Vec<PartialDate>,
    /// Whole days.
    pub all_day: bool,
    /// `(予定)`.
    pub tentative: bool,
    /// Status.
    pub status: Status,
    /// Kind.
    pub kind: OutageKind,
    /// Area names.
    pub areas: Vec<String>,
    /// Prefectures.
    pub prefectures: Vec<&'static Prefecture>,
    /// The statement, normalised.
    pub description: String,
    /// Where it is stated.
    pub mentions: Vec<Mention>,
    /// A date-only range with no times: a summary that more detailed windows may subsume.
    pub summary: bool,
    /// Stated as wrong by an erratum (`誤` column, `当初お知らせした「22:00~24:00」`): the
    /// resolver drops every statement of this window.
    pub erroneous: bool,
    /// A short time the service comes back inside a longer stop stated in the same document
    /// (`なお、23日(日)9時~12時に限り、オンライン請求を一時的に再開します`): the resolver
    /// splits the stop around it, and it is no window of its own.
    pub resumption: bool,
    /// The report of an incident it is stated in (`第2報` → 2), when the notice numbers its
    /// reports: the resolver keeps the latest report's windows of one incident.
    pub report: Option<u32>,
    /// Only the recovery of an incident stated elsewhere (`…障害は、7月9日(木)6時20分に復旧
    /// いたしました`, its start given by another report): the resolver ends the open
    /// incidents of the document before it with it, and it is no window of its own.
    pub closes: bool,
    /// A part of an incident that one line of a report says is still down while the report
    /// says other parts recovered (`回線B … 復旧日時:未定`): the resolver keeps it open beside
    /// them.
    pub still_down: bool,
}

/// How strongly the surroundings of a unit speak of an outage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Nothing speaks of a stop.
    None,
    /// Only the document's title does.
    Title,
    /// The heading or the lead-in does.
    Nearby,
    /// The statement itself does.
    Own,
}

impl WindowSpec {
    /// End the window at `p`, a time said later (`同日12時10分に復旧`, `…4時10分にすべて終了`):
    /// on the day it names, read after the start (`31日`), else on the start's day.
    fn end_at(&mut self, p: &crate::datetime::Point) {
        self.end = p.date.filter(partial::names_day).and_then(|d| partial::end_of(d, &self.start));
        self.end_time = p.time.map(TimeOfDay::from);
        self.open_end = false;
    }
}

/// A date range waiting for a daily time range (`各日20時~翌日5時`) in the units after it.
pub struct Pending {
    doc: usize,
    unit: usize,
    window: WindowSpec,
}

/// The walk over a notice's units, and what carries from one unit to the next.
pub struct Reader<'a> {
    ctx: Context<'a>,
    areas: &'a AreaTable,
    docs: &'a [DocumentMeta],
    targets: Vec<Option<Vec<&'static Prefecture>>>,
    /// Per document: whether it names a national system (`オンライン資格確認等システム`).
    national: Vec<bool>,
    /// Per document: the issuer's prefecture, and whether the issuer is a prefectural body
    /// (worked out once per document, not per statement).
    homes: Vec<(Option<&'static Prefecture>, bool)>,
    out: Vec<WindowSpec>,
    diags: Vec<Diagnostic>,
    /// A unit already read as the end of the one before (`終了:` under `開始:`).
    skip_unit: Option<usize>,
    /// The last date stated: its document, its line and the date (for `同日` and bare days).
    last_date: Option<(usize, usize, PartialDate)>,
    pending: Option<Pending>,
    /// Expressions of the current unit already read as part of another.
    recovered: Vec<usize>,
    consumed: Vec<usize>,
    /// The numbered report (`【第2報】`) the current unit is in: its document and number.
    report: Option<(usize, u32)>,
    /// Statuses said of days before their windows are read.
    ahead: Vec<scope::Ahead>,
    /// Incident windows that became the window of the places one line names
    /// ([`Reader::recovery_by_area`]): a later line's places do not replace them.
    area_parts: Vec<usize>,
}

/// Find window statements.
pub fn extract(
    ctx: Context<'_>,
    areas: &AreaTable,
    docs: &[DocumentMeta],
    diags: &mut Vec<Diagnostic>,
) -> Vec<WindowSpec> {
    let targets = place::document_targets(ctx, docs);
    let mut national = vec![false; docs.len().max(1)];
    for (ui, u) in ctx.seg.units.iter().enumerate() {
        if ctx.notes(ui).classes.has(crate::lexicon::Class::System)
            && let Some(n) = national.get_mut(u.doc)
        {
            *n = true;
        }
    }
    let homes = (0..docs.len().max(1))
        .map(|d| (place::issuer_prefecture(docs, d), place::issuer_is_prefectural_body(docs, d)))
        .collect();
    let mut r = Reader {
        national,
        homes,
        ctx,
        areas,
        docs,
        targets,
        out: Vec::new(),
        diags: Vec::new(),
        skip_unit: None,
        last_date: None,
        pending: None,
        recovered: Vec::new(),
        consumed: Vec::new(),
        report: None,
        ahead: Vec::new(),
        area_parts: Vec::new(),
    };
    let titles: Vec<_> = docs.iter().map(|d| crate::lexicon::classes(d.title.as_deref().unwrap_or(""))).collect();
    for ui in 0..ctx.seg.units.len() {
        r.unit(ui, titles.get(ctx.seg.units[ui].doc).copied().unwrap_or_default());
    }
    if let Some(p) = r.pending.take() {
        r.out.push(p.window);
    }
    scope::apply_ahead(&r.ahead, &mut r.out);
    narrow::apply(&mut r.out);
    regional::apply(&mut r.out, &r.national);
    diags.append(&mut r.diags);
    // kept until the notice is built: no spare capacity
    r.out.shrink_to_fit();
    r.out
}

impl<'a> Reader<'a> {
    /// Read one unit.
    fn unit(&mut self, ui: usize, title: crate::lexicon::Classes) {
        let unit = &self.ctx.seg.units[ui];
        if let Some(p) = self.pending.take_if(|p| p.doc != unit.doc || ui > p.unit + 3) {
            self.out.push(p.window);
        }
        if let Some(n) = partial::report_number(&unit.text) {
            self.report = Some((unit.doc, n));
        }
        let before = self.out.len();
        self.read_unit(ui, title);
        let report = self.report.filter(|(doc, _)| *doc == unit.doc).map(|(_, n)| n);
        let from = before.min(self.out.len());
        for w in &mut self.out[from..] {
            w.report = w.report.or(report);
        }
    }

    /// Read one unit's statement.
    fn read_unit(&mut self, ui: usize, title: crate::lexicon::Classes) {
        let unit = &self.ctx.seg.units[ui];
        if self.skip_unit == Some(ui) {
            return;
        }
        if self.last_date.is_some_and(|(doc, _, _)| doc != unit.doc) {
            self.last_date = None;
        }
        // what a later sentence says of the windows above it, by their dates
        scope::apply(self.ctx, unit, self.ctx.notes(ui), &mut self.out, &mut self.ahead);
        // `ただし、宮城県は同日9時40分に先に復旧`: part of the incident above recovered earlier
        if self.exception(ui) {
            return;
        }
        // `東日本エリアは、同日12時10分に復旧しました。`: some places of the incident above recovered
        if self.recovery_by_area(ui) {
            return;
        }
        // `(2)関東エリア` / `…5月23日(日)7:25に作業を完了しました。`: what became of one area's part
        if self.area_result(ui) {
            return;
        }
        // `結果:…翌7日(日)3時40分にすべての作業を終了しました。`: what became of the window above
        if self.work_result(ui) {
            return;
        }
        let Some(mut st) = Statement::read(self.ctx, ui, title) else {
            self.remember(ui, partial::last_full_date(self.ctx.notes(ui).exprs));
            return;
        };
        let title_line = self.docs.get(unit.doc).and_then(|d| d.title_line);
        let unchanged = statement::told_unchanged(self.ctx, ui, unit, st.notes);
        if st.status == crate::model::Status::Planned
            && !unchanged
            && status::section_rescheduled(self.ctx, unit, title_line)
        {
            st.status = crate::model::Status::Rescheduled;
        }
        let places = Places::of(self.ctx, ui);
        let target = self.targets.get(unit.doc).cloned().flatten();
        let placer = Placer {
            ctx: self.ctx,
            unit,
            ui,
            notes: st.notes,
            places: &places,
            areas: self.areas,
            target: target.as_ref(),
            home: self.homes.get(unit.doc).and_then(|h| h.0),
            // a 国保連's systems, or a prefectural body's own system (a network, not a national one)
            home_body: self.homes.get(unit.doc).is_some_and(|h| h.1)
                || !self.national.get(unit.doc).copied().unwrap_or(true),
            title,
        };
        self.recovered.clear();
        self.consumed.clear();
        for (k, e) in st.notes.exprs.iter().enumerate() {
            // a date stated a few statements above, not one from another part of the document
            let last = self.last_date.filter(|(_, line, _)| unit.line.saturating_sub(*line) <= 25).map(|(_, _, d)| d);
            // remembered before the expression is read, so a `continue` cannot skip it
            self.remember(ui, partial::last_full_date(std::slice::from_ref(e)));
            if self.consumed.contains(&k) || shapes::not_a_window(&st, e) || self.is_stamp(unit, e) {
                continue;
            }
            shapes::read(self, &st, &placer, k, e, last);
        }
    }

    /// Whether expression `e` of `unit` is the report's stamp that dates its document
    /// (`2026年7月14日 13時30分` under the title): when the report was written, not when
    /// anything stopped.
    fn is_stamp(&self, unit: &crate::segment::Unit, e: &crate::datetime::Expression) -> bool {
        let Some(line) = self.docs.get(unit.doc).and_then(|d| d.stamp_line) else { return false };
        let (from, to) = self.ctx.norm.line_range(line);
        let at = unit.to_norm(e.start);
        from <= at && at < to
    }

    fn remember(&mut self, ui: usize, date: Option<PartialDate>) {
        let unit = &self.ctx.seg.units[ui];
        if let Some(d) = date {
            self.last_date = Some((unit.doc, unit.line, d));
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    /// The windows of a one-statement notice dated `date`, as `start..end status [prefs]`.
    pub fn windows(date: &str, body: &str) -> Vec<String> {
        let text = format!("事務連絡\n{date}\n\n{body}\n");
        let n = crate::extract_str("t.txt", &text).expect("reads");
        n.outages
            .iter()
            .map(|o| {
                let end = o.end.map_or("-".to_string(), |e| e.to_rfc3339()[..16].to_string());
                let prefs: Vec<&str> = o.prefectures.iter().map(|p| p.code.as_str()).collect();
                let s = format!("{}..{} {}", &o.start.to_rfc3339()[..16], end, o.status.as_str());
                if prefs.is_empty() { s } else { format!("{s} [{}]", prefs.join(",")) }
            })
            .collect()
    }

    #[test]
    fn the_stamp_that_dates_a_report_is_no_window() {
        let report = "【第2報】ネットワークの通信障害について\n\n2026年7月14日 13時30分\n運営協議会 事務局\n\n本日発生している通信障害について、第2報をお知らせいたします。\n\n■発生日時\n2026年7月14日(火)9時05分頃\n\n■現在の状況\n復旧見込みは未定です。\n";
        let n = crate::extract_str("t.txt", report).expect("reads");
        assert_eq!(n.document.date, chrono::NaiveDate::from_ymd_opt(2026, 7, 14));
        let starts: Vec<String> = n.outages.iter().map(|o| o.start.to_rfc3339()[..16].to_string()).collect();
        assert_eq!(starts, ["2026-07-14T09:05"]);
    }
}
