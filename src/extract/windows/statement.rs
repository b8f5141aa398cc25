//! One unit read as a statement that may hold windows: how strongly it and its
//! surroundings speak of a stop, the status and kind its words give, and what every window
//! it states shares (the document, the description, `(予定)`).
//!
//! A statement is read as holding windows when it says what stops: the unit itself, its
//! heading, the sentence that leads into it (`以下の時間帯のうち…通信断が生じる見込み`) or the
//! document title speaks of stopping, maintenance, interruption, delivery or failure. A
//! unit about reception, deadlines or help desks needs that word in its own text; an event
//! (a seminar, a webinar) is never read. All of this comes from the units' notes: the
//! lexicon words found once per unit.

use super::super::Context;
use super::{Evidence, PartialDate, TimeOfDay, WindowSpec};
use crate::annotate::UnitNotes;
use crate::datetime::{TimeTok, range_times};
use crate::lexicon::{Class, Classes};
use crate::model::{Mention, OutageKind, Status};
use crate::segment::{Unit, UnitKind};

/// A unit read as a statement of windows.
pub struct Statement<'a> {
    /// The extraction context.
    pub ctx: Context<'a>,
    /// Index of the unit.
    pub ui: usize,
    /// The unit.
    pub unit: &'a Unit<'a>,
    /// Its notes.
    pub notes: UnitNotes<'a>,
    /// How strongly it and its surroundings speak of a stop.
    pub evidence: Evidence,
    /// The status its words give.
    pub status: Status,
    /// What happens.
    pub kind: OutageKind,
    /// `(予定)` stated for the whole statement.
    pub tentative: bool,
    /// A daily time range stated above a bare date item (`【日程】(各日1時~5時)`).
    pub shared_times: Option<(TimeTok, TimeTok)>,
    /// A rule (`毎月`), not dates.
    pub monthly: bool,
    description: String,
}

impl<'a> Statement<'a> {
    /// Read unit `ui`; `None` when it holds no date or is not about a stop.
    pub fn read(ctx: Context<'a>, ui: usize, title: Classes) -> Option<Statement<'a>> {
        let unit = ctx.seg.units.get(ui)?;
        let notes = ctx.notes(ui);
        if notes.exprs.is_empty() {
            return None;
        }
        // a page's own date (`更新日:2026/06/18 14:30`) is no window
        if crate::lexicon::starts_with(unit.text.trim_start(), Class::DateLabel).is_some() {
            return None;
        }
        let leads = lead_units(ctx, ui, unit);
        let heading = unit.heading.map(|h| ctx.notes(h).classes).unwrap_or_default();
        let around = leads.iter().fold(heading, |acc, &l| acc.union(ctx.notes(l).classes));
        // an incident report's labelled start (`発生時刻:11月24日(火)8時40分頃`) speaks of the
        // failure itself; the section a numbered heading belongs to says whether its windows
        // are stops, not what happened to them
        let starts_labelled = |text: &str, classes: Classes| {
            let t = super::shapes::labelled::label_text(crate::segment::after_markers(text));
            classes.has(Class::IncidentContext) && crate::lexicon::starts_with(t, Class::StartLabel).is_some()
        };
        // the label may head its value (`1.発生日時` over `令和9年7月7日(水)15時10分頃`)
        let label_above =
            unit.heading.filter(|&h| h + 1 == ui).map(|h| (&*ctx.seg.units[h].text, ctx.notes(h).classes));
        let labelled_incident =
            starts_labelled(&unit.text, notes.classes) || label_above.is_some_and(|(t, c)| starts_labelled(t, c));
        let evidence = if labelled_incident {
            Evidence::Own
        } else {
            evidence(notes.classes, around.union(section_classes(ctx, unit)), title)
        };
        // a help desk's closing with the system open (`ヘルプデスクは…休業します。システムは通常どおり
        // ご利用いただけます。`): its one word of the service says it runs
        let stops = labelled_incident
            || notes.classes.has(Class::Incident)
            || notes.words.iter().any(|w| {
                w.classes().has(Class::Outage) && !w.classes().has(Class::Resumes) && !of_help_desk(&unit.text, w)
            });
        let negative = notes
            .words
            .iter()
            .any(|w| w.classes().has(Class::NotOutage) && !letter_date_of_other(&unit.text, notes, w))
            && !(evidence == Evidence::Own && stops);
        // an event (a webinar, a video archive) is never an outage, whatever words it uses
        let event = notes.classes.has(Class::Event) || heading.has(Class::Event) || heads_event(ctx, &leads);
        if evidence == Evidence::None || negative || event {
            return None;
        }
        let status = status(ctx, ui, unit, notes, around);
        let kind = kind_of(notes.classes, around.union(title), status);
        Some(Statement {
            ctx,
            ui,
            unit,
            notes,
            evidence,
            status,
            kind,
            tentative: crate::lexicon::contains(&unit.text, crate::lexicon::Class::Tentative),
            shared_times: shared_times(ctx, ui, unit, notes, &leads),
            monthly: notes.classes.has(Class::RecurringRule),
            description: describe(unit),
        })
    }

    /// A window of this statement starting at `start`, with the evidence `mention`.
    pub fn window(
        &self,
        mention: Mention,
        tentative: bool,
        start: PartialDate,
        start_time: Option<TimeOfDay>,
    ) -> WindowSpec {
        WindowSpec {
            doc: self.unit.doc,
            start,
            start_time,
            end: None,
            end_time: None,
            open_end: false,
            through: None,
            except: Vec::new(),
            all_day: false,
            tentative: tentative || self.tentative,
            status: self.status,
            kind: self.kind,
            areas: Vec::new(),
            prefectures: Vec::new(),
            description: self.description.clone(),
            mentions: vec![mention],
            summary: false,
            erroneous: false,
            resumption: false,
            closes: false,
            still_down: false,
            report: None,
        }
    }

    /// The unit after this one in the same document, with its notes.
    pub fn next(&self) -> Option<(&'a Unit<'a>, UnitNotes<'a>)> {
        let n = self.ctx.seg.units.get(self.ui + 1).filter(|n| n.doc == self.unit.doc)?;
        Some((n, self.ctx.notes(self.ui + 1)))
    }
}

fn evidence(own: Classes, around: Classes, title: Classes) -> Evidence {
    if own.has(Class::Outage) {
        Evidence::Own
    } else if around.has(Class::Outage) {
        Evidence::Nearby
    } else if title.has(Class::Outage) {
        Evidence::Title
    } else {
        Evidence::None
    }
}

/// The status of a statement: a status cell of its table row (`| 完了 |`), its own words,
/// else the words of the line right under it when it names no date or month of its own
/// (`予定どおり完了いたしました。`, not `(2月・3月は定期保守を行いません。)`); planned when
/// it says the window did not move (`(変更なし)`); an incident when a failure is spoken of
/// around it and no planned work is. A table row under a header that pairs old and new
/// dates (`変更前 | 変更後`) moves its window.
fn status(ctx: Context<'_>, ui: usize, unit: &Unit, notes: UnitNotes<'_>, around: Classes) -> Status {
    match super::status::cell_status(unit) {
        // the substitute for a day called off is the new window
        Some((Class::CellSubstitute, s)) => return s,
        Some((_, s)) => return moved_cell(s, notes),
        None => {}
    }
    if unchanged(&unit.text, notes) && !notes.classes.has(Class::Cancelled) {
        return Status::Planned;
    }
    let mut status = super::status::status_of(notes.classes);
    if status == Status::Planned && unit.kind == UnitKind::TableRow && around.has(Class::Rescheduled) {
        let dated = notes.exprs.iter().filter(|e| e.points.iter().any(|p| p.has_day())).count();
        if dated >= 2 {
            status = Status::Rescheduled;
        }
    }
    if status == Status::Planned
        && let Some(below) = note_below(ctx, ui, unit).filter(|n| !n.classes.has(Class::Unchanged))
    {
        status = super::status::status_of(below.classes);
    }
    // the statement, its heading and its lead-in (not the title: a notice about a past
    // failure may announce a planned fix)
    let near = notes.classes.union(around);
    if status == Status::Planned && !notes.classes.has(Class::PlannedWork) && near.has(Class::IncidentContext) {
        status = Status::Incident;
    }
    status
}

/// Whether `w` makes one date the date of a letter (`12月15日付けで`) in a statement that
/// holds another date: that word speaks of the letter, not of the statement's windows
/// (`第2回(12月19日(土)22時~翌20日(日)6時)は、12月15日付けで県医師会から見合わせの連絡があり`).
pub(super) fn letter_date_of_other(text: &str, notes: UnitNotes<'_>, w: &crate::lexicon::Hit) -> bool {
    let marked = |e: &crate::datetime::Expression| text.get(e.end..w.start).is_some_and(|gap| gap.trim().is_empty());
    w.classes().has(Class::LetterDate)
        && notes.exprs.iter().any(marked)
        && notes.exprs.iter().any(|e| !marked(e) && e.points.iter().any(|p| p.date.is_some()))
}

/// Whether expression `e` is the date of a letter (`12月15日付けで`): no window.
pub(super) fn is_letter_date(text: &str, notes: UnitNotes<'_>, e: &crate::datetime::Expression) -> bool {
    let after = text.get(e.end..).unwrap_or("").trim_start();
    notes.words.iter().any(|w| w.classes().has(Class::LetterDate) && text.len() - after.len() == w.start)
}

/// The notes of the line right under a statement when that line is a remark on it: no date
/// or time of its own, not a heading, not about another window (`※日程変更なし`,
/// `予定どおり完了いたしました。`).
fn note_below<'a>(ctx: Context<'a>, ui: usize, unit: &Unit) -> Option<UnitNotes<'a>> {
    let next = ctx.seg.units.get(ui + 1)?;
    let remark = next.doc == unit.doc
        && next.kind != UnitKind::Heading
        && !super::scope::speaks_of_another(&next.text, &unit.text)
        && ctx.notes(ui + 1).tokens.is_empty();
    remark.then(|| ctx.notes(ui + 1))
}

/// Whether the statement, or the remark right under it, says its window did not move
/// (`(1)第1回 11月1日(日)2時~5時` over `※日程変更なし`, under a heading `日程(変更後)`).
pub fn told_unchanged(ctx: Context<'_>, ui: usize, unit: &Unit, notes: UnitNotes<'_>) -> bool {
    notes.classes.has(Class::Unchanged) || note_below(ctx, ui, unit).is_some_and(|n| n.classes.has(Class::Unchanged))
}

/// Whether the statement says its window did not move: an unchanged word in the sentence of
/// one of its dates. One said of other windows in a sentence of its own (`…延期し、11月7日(土)
/// 23時から…実施します。①及び③の日程に変更はございません。`) leaves this one as its words say,
/// and so does one said of times with no date (`作業時間(22時から翌日5時まで)に変更はありません`:
/// the times of a job that moved).
fn unchanged(text: &str, notes: UnitNotes<'_>) -> bool {
    let dated = |e: &&crate::datetime::Expression| e.points.iter().any(|p| p.date.is_some());
    let sentences: Vec<_> = notes.exprs.iter().filter(dated).map(|e| super::scope::sentence(text, e.start)).collect();
    notes
        .words
        .iter()
        .filter(|w| w.classes().has(Class::Unchanged))
        .any(|w| sentences.is_empty() || sentences.iter().any(|r| r.start <= w.start && w.start <= r.end))
}

/// A status cell in a row that states one window: `延期` moves that window away, so it is
/// the old one (cancelled); `予定` beside a remark that makes it the new date of another
/// (`| 7月5日(日) 1:00~5:00 | 予定 | No.2の振替日 |`) is the new one (rescheduled). A row
/// with both dates is read by where each stands ([`super::status::expression_status`]).
fn moved_cell(s: Status, notes: UnitNotes<'_>) -> Status {
    let dated = notes.exprs.iter().filter(|e| e.points.iter().any(|p| p.has_day())).count();
    match s {
        Status::Rescheduled if dated == 1 => Status::Cancelled,
        Status::Planned if dated == 1 && notes.classes.has(Class::Rescheduled) => Status::Rescheduled,
        s => s,
    }
}

/// What happens during the windows: from the statement's own words, else its surroundings.
fn kind_of(own: Classes, context: Classes, status: Status) -> OutageKind {
    if status == Status::Incident {
        return OutageKind::Incident;
    }
    const TABLE: [(OutageKind, Class); 4] = [
        (OutageKind::Network, Class::KindNetwork),
        (OutageKind::Update, Class::KindUpdate),
        (OutageKind::Maintenance, Class::KindMaintenance),
        (OutageKind::Outage, Class::KindStop),
    ];
    for c in [own, context] {
        if let Some((kind, _)) = TABLE.iter().find(|(_, class)| c.has(*class)) {
            return *kind;
        }
    }
    OutageKind::Outage
}

/// A daily time range stated once for the dates listed under it (`【メンテナンス日程】(各日
/// 午前1時~午前5時)` over `・12月7日(日)`): only for a list item or table row that is little
/// more than its date.
fn shared_times(
    ctx: Context<'_>,
    ui: usize,
    unit: &Unit,
    notes: UnitNotes<'_>,
    leads: &[usize],
) -> Option<(TimeTok, TimeTok)> {
    let bare = matches!(unit.kind, UnitKind::Item | UnitKind::TableRow | UnitKind::Paragraph)
        && (only_expression(unit, notes, 12).is_some() || only_dates(unit, notes, 12));
    // the letter's own date line is no date of a window (`令和8年9月28日` over its title)
    let letterhead = ctx.seg.documents.get(unit.doc).is_some_and(|d| d.header_lines.contains(&unit.line));
    if !bare || letterhead {
        return None;
    }
    let daily = |n: UnitNotes<'_>| n.exprs.iter().filter(|e| e.daily).find_map(range_times);
    let dated = |n: UnitNotes<'_>| n.exprs.iter().any(|e| e.points.iter().any(|p| p.date.is_some()));
    unit.heading
        .and_then(|h| daily(ctx.notes(h)))
        .or_else(|| leads.iter().map(|&l| ctx.notes(l)).filter(|n| !dated(*n)).find_map(daily))
        .or_else(|| times_line_near(ctx, ui, unit))
}

/// The times of a line that is only a time range (`■停止時間帯 22:00~翌5:00`, under
/// `■メンテナンス時間` a bare `21:00~翌6:00`), stated for the dates listed next to it: the
/// nearest such line above the date (past headings, lines with no date, and the dates listed
/// with it), else the line right after it. Opening hours (`受付時間`) are no such line.
fn times_line_near(ctx: Context<'_>, ui: usize, unit: &Unit) -> Option<(TimeTok, TimeTok)> {
    let same_doc = |k: &usize| ctx.seg.units.get(*k).is_some_and(|u| u.doc == unit.doc);
    let dated = |k: usize| ctx.notes(k).exprs.iter().any(|e| e.points.iter().any(|p| p.date.is_some()));
    let above = (ui.saturating_sub(8)..ui).rev().take_while(same_doc).filter(|&k| !ctx.notes(k).exprs.is_empty());
    for k in above {
        if let Some(t) = times_only(ctx, k) {
            return Some(t);
        }
        // a remark under the times (`※日曜日の午前零時は、前日(土曜日)の24時と同じ時刻です。`)
        if !dated(k) && is_remark(ctx, k) {
            continue;
        }
        // a sibling date (`(2) 1月23日(土)`) is passed over; any other statement ends the
        // search above (the line under the date may still give its times)
        if !dated(k) || !is_bare_dates(ctx, k) {
            break;
        }
    }
    let under = (ui + 1..ui + 4).take_while(same_doc).find(|&k| !ctx.notes(k).exprs.is_empty())?;
    times_only(ctx, under).or_else(|| times_told_under(ctx, under))
}

/// Whether unit `k` is a remark on the line above it (`※…`, `(注)…`).
fn is_remark(ctx: Context<'_>, k: usize) -> bool {
    ctx.seg.units.get(k).is_some_and(|u| crate::lexicon::starts_with(u.text.trim_start(), Class::NoteMark).is_some())
}

/// The times a sentence under a bare date gives its work (`1.2月6日(土)のメンテナンス` /
/// `当初22時~翌4時の予定で実施いたしましたが、作業は7日(日)3時20分に完了し…`): its one time range,
/// with no date and not daily, in a sentence that speaks of the work (`作業`, `メンテナンス`)
/// and is no one's opening hours (`事務局…(平日9:00-17:00)`).
fn times_told_under(ctx: Context<'_>, k: usize) -> Option<(TimeTok, TimeTok)> {
    let n = ctx.notes(k);
    if [Class::HoursLabel, Class::NotOutage, Class::HelpDesk].iter().any(|c| n.classes.has(*c))
        || !n.classes.has(Class::Outage)
    {
        return None;
    }
    let mut ranges = n.exprs.iter().filter(|e| e.shape == crate::datetime::Shape::Range);
    let (Some(e), None) = (ranges.next(), ranges.next()) else { return None };
    if e.daily || e.points.iter().any(|p| p.date.is_some()) {
        return None;
    }
    range_times(e)
}

/// The one expression of a unit that is little more than it (at most `slack` characters
/// besides: a label, a bullet, `の2夜`).
fn only_expression<'n>(unit: &Unit, notes: UnitNotes<'n>, slack: usize) -> Option<&'n crate::datetime::Expression> {
    let [e] = notes.exprs else { return None };
    (unit.text.chars().count() <= e.end - e.start + slack).then_some(e)
}

/// Whether a unit is little more than its dates, with no times (`3月6日(土)→3月13日(土)`):
/// at most `slack` characters besides them.
fn only_dates(unit: &Unit, notes: UnitNotes<'_>, slack: usize) -> bool {
    let covered: usize = notes.exprs.iter().map(|e| unit.text[e.start..e.end].chars().count()).sum();
    !notes.exprs.is_empty()
        && notes.exprs.iter().all(|e| e.points.iter().all(|p| p.time.is_none() && p.date.is_some()))
        && unit.text.chars().count() <= covered + slack
}

/// A line that is little more than one time range with no date, and no opening hours.
fn times_only(ctx: Context<'_>, k: usize) -> Option<(TimeTok, TimeTok)> {
    let n = ctx.notes(k);
    let e = only_expression(ctx.seg.units.get(k)?, n, 16)?;
    if e.points.iter().any(|p| p.date.is_some()) || n.classes.has(Class::HoursLabel) || n.classes.has(Class::NotOutage)
    {
        return None;
    }
    range_times(e)
}

/// A line that is little more than its dates (no times).
fn is_bare_dates(ctx: Context<'_>, k: usize) -> bool {
    let Some(u) = ctx.seg.units.get(k) else { return false };
    only_expression(u, ctx.notes(k), 12).is_some_and(|e| e.points.iter().all(|p| p.time.is_none()))
}

/// Whether units `k` and `ui` are both little more than one window with its times (`■ 第1回` /
/// `2026年6月20日(土)午後9時 ~ 6月21日(日)午前7時` over `■ 第2回` / `2026年7月4日(土)…`):
/// entries of one schedule, which share the lead-in above the first.
fn sibling_windows(ctx: Context<'_>, k: usize, ui: usize) -> bool {
    let timed = |i: usize| {
        ctx.seg
            .units
            .get(i)
            .and_then(|u| only_expression(u, ctx.notes(i), 12))
            .is_some_and(|e| e.shape == crate::datetime::Shape::Range && e.points.iter().all(|p| p.time.is_some()))
    };
    timed(k) && timed(ui)
}

/// Whether the short line with no date heading a statement names an event
/// (`■新機能の操作説明会(オンライン)` over `日時:2026年4月22日(水)19:00~20:00`).
fn heads_event(ctx: Context<'_>, leads: &[usize]) -> bool {
    leads.first().is_some_and(|&k| {
        let (u, n) = (&ctx.seg.units[k], ctx.notes(k));
        n.exprs.is_empty()
            && u.text.chars().count() <= 30
            && n.classes.has(Class::Event)
            && !n.classes.has(Class::Outage)
    })
}

/// The units just before `ui` under the same heading (the lead-in sentence). For a table
/// row, the rows above it are passed over: its lead is the table's header row and the
/// sentence before the table.
pub fn lead_units(ctx: Context<'_>, ui: usize, unit: &Unit) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = ui;
    let mut header: Option<usize> = None;
    let mut in_table = unit.kind == UnitKind::TableRow;
    let mut row_line = unit.line;
    // a short item with no date (`■日程が変わらない回`) heads what follows: it leads in, and
    // does not count among the two
    let mut heads = 0;
    while k > 0 && out.len() < 2 + heads {
        k -= 1;
        let Some(prev) = ctx.seg.units.get(k) else { break };
        if prev.doc != unit.doc || prev.kind == UnitKind::Heading {
            break;
        }
        if prev.kind == UnitKind::Item && ctx.notes(k).exprs.is_empty() && prev.text.chars().count() <= 20 {
            heads += 1;
            out.push(k);
            continue;
        }
        // the `対象:` line under the window above (`第1回:…` / `対象:北海道・東北エリア` over
        // `第2回:…`) is part of that window's item
        let under_window = k > 0 && !ctx.notes(k - 1).exprs.is_empty();
        if out.is_empty()
            && under_window
            && ctx.notes(k).exprs.is_empty()
            && super::place::starts_with_target_label(&prev.text)
        {
            continue;
        }
        // items of the same list (or lines that open with ordinals: `第2夜 …` over `第3夜 …`), or
        // lines of the same list of dates (`第3回 2026年11月8日(日)`):
        // the lead-in is above the list
        let listed = unit.kind == UnitKind::Item && prev.kind == UnitKind::Item
            || crate::segment::opens_with_ordinal(&unit.text) && crate::segment::opens_with_ordinal(&prev.text);
        if (listed || (is_bare_dates(ctx, k) && is_bare_dates(ctx, ui)) || sibling_windows(ctx, k, ui)) && ui - k < 40 {
            continue;
        }
        // a rule between the lead-in and the schedule (`━━━━`, `-----`) says nothing
        if ctx.notes(k).exprs.is_empty() && crate::segment::is_rule(&prev.text) {
            continue;
        }
        // rows of the same table: adjacent lines, or one delimiter row between
        if in_table && prev.kind == UnitKind::TableRow && prev.last_line + 2 >= row_line {
            header = Some(k); // the topmost row is the header
            row_line = prev.line;
            continue;
        }
        in_table = false;
        out.push(k);
    }
    out.extend(header);
    out
}

/// The words of the section a numbered heading belongs to: the unnumbered heading above
/// the series and the sentence that leads into it (`システム停止のお知らせ` / `下記の停止が予定
/// されています。` over `① マイナポータル` / `1月23日(土)21時~翌24日(日)9時`).
fn section_classes(ctx: Context<'_>, unit: &Unit) -> Classes {
    let units = &ctx.seg.units;
    let style = |k: usize| units.get(k).and_then(|u| crate::segment::number_style(&u.text));
    let Some(h) = unit.heading.filter(|&h| style(h).is_some()) else { return Classes::default() };
    // a heading of the same series, numbered the same way
    let numbered = |k: usize| style(k) == style(h);
    let (mut parent, mut lead) = (Classes::default(), Classes::default());
    let mut k = h;
    while k > 0 && h - k < 60 {
        k -= 1;
        let u = &units[k];
        if u.doc != unit.doc {
            break;
        }
        match u.kind {
            // an earlier heading of the series: what came before it led into the series (a
            // heading numbered otherwise is the section's own: `1. 停止日時` over `(1)`, `(2)`)
            UnitKind::Heading if numbered(k) => lead = Classes::default(),
            UnitKind::Heading => {
                parent = ctx.notes(k).classes;
                break;
            }
            UnitKind::Paragraph => lead = lead.union(ctx.notes(k).classes),
            _ => {}
        }
    }
    parent.union(lead)
}

fn describe(unit: &Unit) -> String {
    let t = unit.text.trim();
    let mut s: String = t.chars().take(200).collect();
    if t.chars().count() > 200 {
        s.push('…');
    }
    s
}

/// Whether a stop word is said of a help desk, not of a system (`9月21日(月・祝)~23日(水・祝)は
/// 窓口を休止します`, `サポートセンターは休業`): its object or topic right before it is a desk.
pub(super) fn of_help_desk(text: &str, w: &crate::lexicon::Hit) -> bool {
    let before = text[..w.start].trim_end().trim_end_matches(['を', 'は', 'が', 'も']);
    crate::lexicon::ends_with(before, Class::HelpDesk).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::tests::windows;

    #[test]
    fn windows_under_the_numbered_headings_of_a_stop_section() {
        let cases: &[(&str, &[&str])] = &[
            (
                "システム停止のお知らせ\n国の各システムで、下記の停止が予定されています。\n\n① マイナポータル\n1月23日(土)21時~\n翌24日(日)9時\n\n② 公的個人認証サービス(JPKI)\n1月31日(日)0時~8時",
                &["2027-01-23T21:00..2027-01-24T09:00 planned", "2027-01-31T00:00..2027-01-31T08:00 planned"],
            ),
            (
                "作業のお知らせ\n次のとおりサーバの保守を行います。\n\n(1) 電子処方箋管理サービス\n1月30日(土)22時~翌6時\n\n(2) オンライン資格確認等システム\n1月31日(日)1時~5時",
                &["2027-01-30T22:00..2027-01-31T06:00 planned", "2027-01-31T01:00..2027-01-31T05:00 planned"],
            ),
            (
                "1. 停止日時\n\n(1) 電子証明書発行システム\n令和9年1月30日(土)23時から翌31日(日)午前5時まで\n\n(2) 利用者ポータル\n令和9年2月6日(土)9時~17時",
                &["2027-01-30T23:00..2027-01-31T05:00 planned", "2027-02-06T09:00..2027-02-06T17:00 planned"],
            ),
            // the section speaks of a seminar, not of a stop
            ("研修会のご案内\n下記のとおり開催します。\n\n① 第1回\n1月23日(土)14時~16時", &[]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和9年1月10日", statement), *want, "{statement}");
        }
    }
    #[test]
    fn the_lead_in_above_a_schedule_of_ordinal_lines() {
        let body = "下記のとおり地域ごとに夜間の利用停止を行います。\n\n■ 地域ごとの停止日時\n\n第1夜 令和8年10月17日(土)23時 ~ 翌18日(日)4時\n対象:掛川市の参加施設\n\n第2夜 令和8年10月24日(土)23時 ~ 翌25日(日)4時\n対象:三島市の参加施設\n\n第3夜 令和8年11月7日(土)22時 ~ 24時\n対象:全地域";
        assert_eq!(
            windows("令和8年10月2日", body),
            [
                "2026-10-17T23:00..2026-10-18T04:00 planned [22]",
                "2026-10-24T23:00..2026-10-25T04:00 planned [22]",
                "2026-11-07T22:00..2026-11-08T00:00 planned [22]"
            ]
        );
    }

    #[test]
    fn a_short_line_heading_an_event() {
        let cases: &[(&str, &[&str])] = &[
            (
                "作業中はすべての機能がご利用いただけません。\n\n■新機能の操作説明会(オンライン)\n日時:2026年4月22日(水)19:00~20:00",
                &[],
            ),
            (
                "作業中はすべての機能がご利用いただけません。\n\n■サーバ停止\n日時:2026年4月22日(水)19:00~20:00",
                &["2026-04-22T19:00..2026-04-22T20:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年4月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn the_line_under_a_row_that_names_another_round_is_not_its_status() {
        let body = "工事により接続できない時間帯が生じます。\n\n| 回 | 日時 | 対象地域 |\n|---|---|---|\n| 第1回 | 1月10日(土)22時~翌11日(日)5時 | 湖西市 |\n| 第2回 | 1月31日(土)22時~翌2月1日(日)5時 | 静岡市葵区 |\n\n第1回は予定どおり作業を終え、現在は通常どおりご利用いただけます。\n\n第2回は、工程見直しにより取りやめとなりました。";
        assert_eq!(
            windows("令和8年1月16日", body),
            ["2026-01-10T22:00..2026-01-11T05:00 completed [22]", "2026-01-31T22:00..2026-02-01T05:00 cancelled [22]"]
        );
    }

    #[test]
    fn a_remark_under_a_moved_schedule_keeps_its_window() {
        // under `(変更後)` every window moved, except those whose remark says they did not;
        // the old date said not to stop is called off
        let body = "計画停止の日程を一部変更します。\n\n1.計画停止の日程(変更後)\n\n(1)第1回 令和8年11月1日(日)午前2時~午前5時\n※日程変更なし\n\n(2)第2回 令和8年11月15日(日)午前0時~午前6時\n※1週間前倒し。当初お知らせした11月22日(日)午前0時~午前6時には停止を行わず、通常どおりご利用いただけます。\n\n(3)第3回 令和8年12月6日(日)午前1時~午前5時\n※日程変更はありません";
        assert_eq!(
            windows("令和8年10月14日", body),
            [
                "2026-11-01T02:00..2026-11-01T05:00 planned",
                "2026-11-15T00:00..2026-11-15T06:00 rescheduled",
                "2026-11-22T00:00..2026-11-22T06:00 cancelled",
                "2026-12-06T01:00..2026-12-06T05:00 planned"
            ]
        );
    }

    #[test]
    fn the_date_of_a_letter_inside_a_statement_is_no_window_and_does_not_hide_it() {
        let cases: &[(&str, &[&str])] = &[
            (
                "作業の実施状況をお知らせします。\n\n・第2回(12月19日(土)22時~翌20日(日)6時)は、12月15日付けで県医師会から見合わせの連絡があり、実施されませんでした。\n・見合わせていた第2回の作業を再開し、令和9年1月16日(土)22時から翌17日(日)6時までに実施するとのことです。",
                &["2026-12-19T22:00..2026-12-20T06:00 cancelled", "2027-01-16T22:00..2027-01-17T06:00 rescheduled"],
            ),
            // a letter's date alone, with no window of its own, is still no statement
            ("作業の実施状況をお知らせします。\n\n11月20日付けで通知しました件について、別紙のとおり補足します。", &[]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年12月21日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn times_stated_once_for_the_rounds_of_another_section() {
        // the times, a remark under them, the rounds under their own heading, and a remark
        // that gives one round (by its ordinal, after its list number) a later end
        let body = "システムの計画停止について\n\n1.停止時間\n\n各回とも、午前零時から約3時間(午前3時まで)\n※日曜日の午前零時は、前日(土曜日)の24時と同じ時刻です。\n\n2.停止日\n\n(1)第1回 令和8年10月18日(日)\n(2)第2回 令和8年11月15日(日)\n(3)第3回 令和8年12月20日(日)\n※第3回は、年末の作業をあわせて行うため、停止時間を約5時間(午前5時まで)とします。";
        assert_eq!(
            windows("令和8年9月28日", body),
            [
                "2026-10-18T00:00..2026-10-18T03:00 planned",
                "2026-11-15T00:00..2026-11-15T03:00 planned",
                "2026-12-20T00:00..2026-12-20T05:00 planned"
            ]
        );
    }

    #[test]
    fn a_service_withheld_after_a_failure_is_an_incident() {
        // `提供を見合わせ` withholds a service (a stop), it calls off no work; `不具合が確認` is a failure
        let body = "機能の提供見合わせについて\n\n機能に不具合が確認されたため、12月8日(火)10時30分から12月9日(水)17時00分まで、当該機能の提供を見合わせておりました。";
        assert_eq!(windows("令和8年12月10日", body), ["2026-12-08T10:30..2026-12-09T17:00 incident"]);
    }

    #[test]
    fn a_closed_help_desk_is_no_stop() {
        let cases: &[(&str, &[&str])] = &[
            (
                "下記のとおりシステムを停止します。\n\n停止日時:令和8年12月19日(土)21:00~翌20日(日)7:00\n\nヘルプデスクは12月29日(火)から1月3日(日)まで休業します。システムは通常どおりご利用いただけます。",
                &["2026-12-19T21:00..2026-12-20T07:00 planned"],
            ),
            (
                "計画停止のお知らせです。\n\n停止日時:令和9年2月13日(土)20時~2月14日(日)8時\n\nなお、1月診療分の請求の受付期間は、2月1日(月)~2月10日(水)です。計画停止は受付期間の終了後に実施いたしますので、請求業務への影響はございません。",
                &["2027-02-13T20:00..2027-02-14T08:00 planned"],
            ),
            (
                "受付期間中ですが、2月8日(月)22:00~翌6:00はシステムを停止します。",
                &["2027-02-08T22:00..2027-02-09T06:00 planned"],
            ),
            (
                "ヘルプデスクの休業に合わせて、令和8年12月29日(火)10:00~12:00はシステムもご利用いただけません。",
                &["2026-12-29T10:00..2026-12-29T12:00 planned"],
            ),
            // a desk's shortened hours over the holidays, under a title about a stop
            (
                "12月の定期メンテナンスは中止します。\n\n■ 年末年始のサポート体制\n・12月28日(月) 9:00~17:00(短縮受付)\n・12月29日(火)~1月3日(日) 休業",
                &[],
            ),
            // the stop word's object is the desk
            (
                "下記のとおりシステムを停止します。\n\n停止日時:令和8年9月26日(土)23時00分~9月27日(日)6時00分\n\n問合せ先\n電子処方箋等サポート窓口\n受付時間:月曜日~金曜日 9:00~18:00\n※9月21日(月・祝)~23日(水・祝)は窓口を休止します。",
                &["2026-09-26T23:00..2026-09-27T06:00 planned"],
            ),
            ("12月29日(火)~1月3日(日)はサポートセンターも休止いたします。", &[]),
            // a stop said of the system beside the desk's counter is a stop
            (
                "12月5日(土)22時~24時はシステムを停止しますので、窓口で保険証を確認してください。",
                &["2026-12-05T22:00..2026-12-06T00:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和9年2月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn entries_of_one_schedule_share_the_lead_in_above_the_first() {
        let cases: &[(&str, &[&str])] = &[
            (
                "サーバの定期メンテナンスを下記の日程で実施します。\nメンテナンス中はすべての機能がご利用になれません。\n\n━━━━━━━━━━\n■ 第1回\n2026年6月20日(土)午後9時 ~ 6月21日(日)午前7時\n\n■ 第2回\n2026年7月4日(土)午後9時 ~ 7月5日(日)午前7時\n━━━━━━━━━━",
                &["2026-06-20T21:00..2026-06-21T07:00 planned", "2026-07-04T21:00..2026-07-05T07:00 planned"],
            ),
            // a rule alone leads into nothing
            ("受付のご案内\n\n-----\n2026年6月20日(土)9時~17時", &[]),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年6月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_status_cell_with_a_remark_in_brackets() {
        let table = "保守作業の日程です。\n\n| 回 | 作業日時 | 状況 |\n|---|---|---|\n| ① | 2026年9月12日(土)22:00~翌13日(日)5:00 | 延期 |\n| ② | 2026年10月17日(土)22:00~翌18日(日)5:00 | 予定(①の延期分) |";
        assert_eq!(
            windows("令和8年9月1日", table),
            ["2026-09-12T22:00..2026-09-13T05:00 cancelled", "2026-10-17T22:00..2026-10-18T05:00 rescheduled"]
        );
    }

    #[test]
    fn a_status_column_moves_or_substitutes() {
        let table = "保守作業の日程と実施状況です。\n\n| 回 | 作業日 | 作業時間 | 状況 |\n|---|---|---|---|\n| ① | 2026年10月31日(土) | 22:00~翌2:00 | 延期 |\n| ② | 2026年11月7日(土) | 22:00~翌2:00 | 予定 |\n| ③ | 2026年12月5日(土) | 22:00~翌3:00 | 振替 |";
        assert_eq!(
            windows("令和8年10月1日", table),
            [
                "2026-10-31T22:00..2026-11-01T02:00 cancelled",
                "2026-11-07T22:00..2026-11-08T02:00 planned",
                "2026-12-05T22:00..2026-12-06T03:00 rescheduled",
            ]
        );
    }
}
