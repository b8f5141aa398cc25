//! Outage windows: which date expressions are windows, and what kind, status and area.
//!
//! The date engine finds every range and point; most of them are not windows. A
//! statement is read as a window when it says when something stops: the unit itself, its
//! heading, the sentence that leads into it (`以下の時間帯のうち…通信断が生じる見込み`) or
//! the document title speaks of stopping, maintenance, interruption, delivery or failure.
//! Call-centre hours (no date), deadlines (`まで` with no start), reception periods
//! (`受付`, `申請`), document dates, references to earlier notices (`以降の…`, a date
//! with no time) and lists that only summarise (`2月1日・2日の期間において`) are not
//! windows.
//!
//! The shapes read as windows:
//!
//! | shape | example |
//! |---|---|
//! | datetime range | `令和7年2月1日(土) 22:00~2月2日(日) 0:30` |
//! | date with a time range | `令和8年5月24日(日)2:00~3:00` |
//! | date range plus a daily time range | `1月19日(月)~30日(金)` … `各日20時~翌日5時` |
//! | open end | `1月31日(土)以降、終日` · `2月1日 22:00以降` |
//! | whole day | `3月1日(土)終日` · a date range with no times |
//! | incident | `10時頃から…障害が発生` (end only when recovery is announced) |
//! | dates sharing times | `2月1日(土)・2日(日)の22:00~翌5:00` · `【日程】(各日1時~5時)` over `・12月7日(日)` |
//! | time first | `22時~翌朝6時(9月13日(土))` |
//! | start and duration | `22時から約8時間` |
//! | labelled lines | `開始:8月2日(土)22時00分` / `終了:8月3日(日)6時00分` |
//! | table rows | a start column and an end column, a date column and a time column, a ditto row (`〃`) |
//!
//! Events (説明会, webinars), registration openings (`受付開始`), exclusions
//! (`(12月29日~1月3日)を除く`), monthly rules (`毎月1日~4日`) and resumptions
//! (`5時以降は通常どおり`) are not windows either. An erratum's wrong window (`誤` column,
//! `当初お知らせした「…」`) is marked so the resolver drops it wherever it is stated.
//!
//! The year of a year-less date is left open here; the resolver fills it in.

use super::Context;
use super::areas::{AreaTable, area_names};
use super::metadata::DocumentMeta;
use crate::datetime::{DateTok, DayRef, Era, Expression, MonthRef, Point, Shape, TimeTok, expressions};
use crate::model::{Diagnostic, Mention, OutageKind, Status};
use crate::prefectures::{Prefecture, find_prefectures, region};
use crate::segment::{Unit, UnitKind};
use chrono::Weekday;
use regex::Regex;
use std::sync::LazyLock;

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
}

const POSITIVE: [&str; 30] = [
    "停止",
    "通信断",
    "メンテナンス",
    "保守",
    "配信",
    "障害",
    "利用できな",
    "利用不可",
    "ご利用いただけ",
    "休止",
    "切替",
    "切り替え",
    "更改",
    "停電",
    "影響",
    "アップデート",
    "バージョンアップ",
    "不通",
    "つながりにく",
    "接続できな",
    "作業",
    "点検",
    "中断",
    "不具合",
    "閲覧できな",
    "使用できな",
    "使えな",
    "サービス断",
    "計画停止",
    "工事",
];

const NEGATIVE: [&str; 23] = [
    "受付時間",
    "受付期間",
    "受付日",
    "申請",
    "締切",
    "締め切り",
    "期限",
    "提出",
    "開催",
    "説明会",
    "研修",
    "セミナー",
    "受付開始",
    "施行",
    "問い合わせ",
    "問合せ",
    "営業時間",
    "開庁",
    "付け",
    "休業",
    "年末年始",
    "ヘルプデスク",
    "休館",
];

/// Events, not outages: a statement about one is never a window.
const EVENTS: [&str; 13] = [
    "説明会",
    "セミナー",
    "ウェビナー",
    "研修会",
    "講演",
    "視聴",
    "アーカイブ",
    "Zoom",
    "会場",
    "開催",
    "受付開始",
    "受付を開始",
    "申請受付",
];

fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// How strongly the surroundings of a unit speak of an outage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Evidence {
    None,
    Title,
    Nearby,
    Own,
}

/// Find window statements.
pub fn extract(
    ctx: Context<'_>,
    areas: &AreaTable,
    docs: &[DocumentMeta],
    diags: &mut Vec<Diagnostic>,
) -> Vec<WindowSpec> {
    let units = &ctx.seg.units;
    let targets = document_targets(ctx, docs);
    let mut out: Vec<WindowSpec> = Vec::new();
    // a unit already read as the end of the one before (`終了:` under `開始:`)
    let mut skip_unit: Option<usize> = None;
    // the last date stated in the document, for `同日` and bare days
    let mut last_date: Option<(usize, usize, PartialDate)> = None;
    // a date range waiting for a daily time range (各日20時~翌日5時) in the units after it
    let mut pending: Option<Pending> = None;
    for (ui, unit) in units.iter().enumerate() {
        if let Some(p) = &pending
            && (p.doc != unit.doc || ui > p.unit + 3)
            && let Some(p) = pending.take()
        {
            out.push(p.into_summary());
        }
        if skip_unit == Some(ui) {
            continue;
        }
        let exprs = expressions(&unit.text);
        if exprs.is_empty() {
            continue;
        }
        if last_date.is_some_and(|(doc, _, _)| doc != unit.doc) {
            last_date = None;
        }
        let title = docs.get(unit.doc).and_then(|d| d.title.as_deref()).unwrap_or("");
        let evidence = evidence(ctx, ui, unit, title);
        let negative = has_any(&unit.text, &NEGATIVE);
        // an event (a webinar, a video archive) is never an outage, whatever words it uses
        let event = has_any(&unit.text, &EVENTS) || has_any(heading_text(ctx, unit), &EVENTS);
        if evidence == Evidence::None || (negative && evidence != Evidence::Own) || event {
            remember_dates(&exprs, &mut last_date, unit.doc, unit.line);
            continue;
        }
        let context_text = context_text(ctx, ui, unit, title);
        let mut status = status_of(&unit.text);
        // the outcome stated on the line right under the window (`予定どおり完了いたしました。`)
        if status == Status::Planned
            && let Some(next) = units.get(ui + 1).filter(|n| n.doc == unit.doc && n.kind != UnitKind::Heading)
            && expressions(&next.text).is_empty()
        {
            status = status_of(&next.text);
        }
        // the statement, its heading and its lead-in (not the title: a notice about a past
        // failure may announce a planned fix)
        let near = format!("{}\n{}\n{}", unit.text, heading_text(ctx, unit), lead_texts(ctx, ui, unit).join("\n"));
        let planned_work = has_any(&unit.text, &["メンテナンス", "作業", "保守", "点検", "実施", "予定"]);
        if status == Status::Planned && !planned_work && incident_context(&near) {
            status = Status::Incident;
        }
        let kind = kind_of(&unit.text, &context_text, status);
        // a daily time range stated once for the dates listed under it
        // (`【メンテナンス日程】(各日 午前1時~午前5時)` over `・12月7日(日)`)
        // (only for a list item or table row that is little more than its date)
        let bare_item = matches!(unit.kind, UnitKind::Item | UnitKind::TableRow | UnitKind::Paragraph)
            && exprs.len() == 1
            && unit.text.chars().count() <= exprs[0].end - exprs[0].start + 12;
        let shared_times = if bare_item {
            daily_times(heading_text(ctx, unit))
                .or_else(|| lead_texts(ctx, ui, unit).into_iter().filter(|t| !has_dates(t)).find_map(daily_times))
        } else {
            None
        };
        let mut recovered: Vec<usize> = Vec::new();
        // expressions read as part of the one before (the date of `22時~翌朝6時(9月13日)`)
        let mut consumed: Vec<usize> = Vec::new();
        let places = Places::of(ctx, ui, &unit.text);
        let home = issuer_prefecture(docs, unit.doc);
        let placer =
            Placer { ctx, unit, places: &places, areas, target: targets.get(unit.doc).and_then(|t| t.as_ref()), home };
        // read once per statement, not once per expression (a line may hold thousands)
        let tentative_unit = unit.text.contains("(予定)");
        let description = describe(unit);
        let monthly = has_any(&unit.text, &["毎月", "毎週", "毎年"]);
        for (k, e) in exprs.iter().enumerate() {
            // a date stated a few statements above, not one from another part of the document
            let last = last_date.filter(|(_, line, _)| unit.line.saturating_sub(*line) <= 25).map(|(_, _, d)| d);
            let to_partial = |d: DateTok| date_of(d, last);
            // remembered before the statement is read, so a `continue` cannot skip it
            remember_dates(std::slice::from_ref(e), &mut last_date, unit.doc, unit.line);
            let mention = ctx.mention(unit, e.start, e.end);
            let base = Base {
                doc: unit.doc,
                status,
                kind,
                tentative: e.tentative || tentative_unit,
                description: description.clone(),
                mention: mention.clone(),
            };
            // `(12月29日~1月3日)を除く`: an exclusion, not a window; `毎月1日~4日`: a rule, not a date
            let after = unit.text[e.end..].trim_start_matches([')', ' ']);
            if after.starts_with("を除") || after.starts_with("除く") {
                continue;
            }
            if monthly && e.points.first().and_then(|p| p.date).is_some_and(|d| d.month.is_none()) {
                continue;
            }
            if consumed.contains(&k) {
                continue;
            }
            match classify(e) {
                Some(Stated::Timed { start, end }) => {
                    if evidence == Evidence::Title && e.points.iter().any(|p| p.time.is_none()) {
                        continue;
                    }
                    // the time an incident ended (`同日11時30分に復旧`) starts nothing
                    if recovered.contains(&k) || recovery_point(&unit.text, e) {
                        continue;
                    }
                    let (sd, st) = (start.date.and_then(to_partial), start.time.map(TimeOfDay::from));
                    let Some(sd) = sd else { continue };
                    // the end takes what it lacks from the start (`~翌15日(日)6時`)
                    let mut ed = end.and_then(|p| p.date).and_then(|d| date_of(d, Some(sd))).map(|d| inherit(d, &sd));
                    if let (Some(d), Some(tok)) = (&mut ed, end.and_then(|p| p.date))
                        && tok.month == Some(MonthRef::Same)
                    {
                        d.month = sd.month;
                    }
                    let mut et = end.and_then(|p| p.time).map(TimeOfDay::from);
                    let mut w = base.window(sd, st);
                    w.status = struck_status(ctx, unit, e, &exprs, expression_status(&unit.text, e, &exprs, status));
                    if end.is_none() && status == Status::Incident {
                        // `10時頃から…障害が発生…同日11時30分に復旧しました`
                        if let Some((j, rd, rt)) = recovery(&unit.text, e, &exprs) {
                            ed = rd.and_then(|d| date_of(d, Some(sd))).map(|d| inherit(d, &sd));
                            et = Some(rt.into());
                            recovered.push(j);
                        }
                    }
                    // `開始:8月2日(土)22時00分` / `終了:8月3日(日)6時00分`: labelled lines
                    if end.is_none()
                        && et.is_none()
                        && unit.text.trim_start().starts_with("開始")
                        && let Some(next) =
                            units.get(ui + 1).filter(|n| n.doc == unit.doc && n.text.trim_start().starts_with("終了"))
                        && let [x] = expressions(&next.text).as_slice()
                        && let Some(p) = x.points.first().filter(|p| p.time.is_some())
                    {
                        ed = p.date.and_then(|d| date_of(d, Some(sd))).map(|d| inherit(d, &sd));
                        et = p.time.map(TimeOfDay::from);
                        w.mentions.push(ctx.mention(next, x.start, x.end));
                        w.tentative |= x.tentative || next.text.contains("(予定)");
                        skip_unit = Some(ui + 1);
                    }
                    // `22時から約8時間`: a start and a duration
                    if end.is_none()
                        && et.is_none()
                        && let (Some(s), Some(minutes)) = (st, duration_after(&unit.text[e.end..]))
                    {
                        let total = s.hour * 60 + s.minute + minutes;
                        let days = total / (24 * 60);
                        let rest = total % (24 * 60);
                        et = Some(TimeOfDay {
                            hour: rest / 60 + if days > 1 { 24 * (days - 1) } else { 0 },
                            minute: rest % 60,
                            next_day: days >= 1,
                        });
                    }
                    // `5時以降は通常どおりご利用いただけます`: service comes back, nothing stops
                    if end.is_none() && et.is_none() && resumes(&unit.text[e.end..]) {
                        continue;
                    }
                    w.end = ed;
                    w.end_time = et;
                    w.open_end = e.open_end && et.is_none() && ed.is_none();
                    if st.is_some() && et.is_none() && ed.is_none() && !e.open_end && status != Status::Incident {
                        continue; // a lone datetime is not a window
                    }
                    if w.status == Status::Incident && et.is_none() {
                        w.open_end = true;
                    }
                    placer.place(e, &mut w, diags);
                    w.erroneous = marked_wrong(ctx, ui, unit, e);
                    // `正しくは…。当初お知らせした「22:00~24:00」は…`: the first announcement is wrong
                    if unit.text.contains("正しくは") && !w.erroneous {
                        for q in exprs[k + 1..].iter().filter(|q| quoted_as_old(&unit.text, q)) {
                            if let (Some(a), Some(b)) = (q.points.first(), q.points.get(1))
                                && a.date.is_none()
                            {
                                let mut old = w.clone();
                                old.start_time = a.time.map(TimeOfDay::from);
                                old.end = None;
                                old.end_time = b.time.map(TimeOfDay::from);
                                old.erroneous = true;
                                out.push(old);
                            }
                        }
                    }
                    out.push(w);
                }
                Some(Stated::Days { from, to }) => {
                    // a bare date range is a window only when its own sentence says what stops
                    // (or a daily time range follows it, which the pending logic handles)
                    if evidence != Evidence::Own
                        && !next_is_daily(ctx, ui)
                        && !exprs[k + 1..].iter().any(|x| x.daily)
                        && !e.all_day
                        && unit.kind != UnitKind::TableRow
                    {
                        continue;
                    }
                    let Some(sd) = to_partial(from) else { continue };
                    let Some(ed) = date_of(to, Some(sd)).map(|d| inherit(d, &sd)) else { continue };
                    let ed = if to.month == Some(MonthRef::Same) { PartialDate { month: sd.month, ..ed } } else { ed };
                    let except: Vec<PartialDate> =
                        e.except.iter().filter_map(|d| date_of(*d, Some(sd))).map(|d| inherit(d, &sd)).collect();
                    if let Some(p) = pending.take() {
                        out.push(p.into_summary());
                    }
                    let mut w = base.window(sd, None);
                    w.end = Some(ed);
                    w.except = except;
                    w.all_day = true;
                    w.summary = !e.all_day;
                    placer.place(e, &mut w, diags);
                    pending = Some(Pending { doc: unit.doc, unit: ui, window: w });
                }
                Some(Stated::Daily { start, end }) => {
                    if let Some(mut p) = pending.take() {
                        p.window.start_time = Some(start.into());
                        p.window.end_time = Some(end.into());
                        p.window.through = p.window.end.take();
                        p.window.all_day = false;
                        p.window.summary = false;
                        p.window.tentative |= base.tentative;
                        if p.window.kind == OutageKind::Outage {
                            p.window.kind = base.kind;
                        }
                        p.window.mentions.push(mention);
                        out.push(p.window);
                    }
                }
                Some(Stated::Times { start: s, end: t }) => {
                    // the date in brackets right after the times
                    let next = exprs.get(k + 1).filter(|x| {
                        unit.text[e.end..x.start].trim_start_matches(['ま', 'で']).trim() == "("
                            && x.shape == Shape::Single
                            && x.points.first().is_some_and(|p| p.time.is_none() && p.has_day())
                    });
                    // `| 〃 | 22:00~24:00 |`: the date of the row above
                    let ditto = unit.kind == UnitKind::TableRow
                        && (unit.text[..e.start].contains('〃') || unit.text[..e.start].contains("同上"));
                    let sd = match next {
                        Some(n) => n.points.first().and_then(|p| p.date).and_then(to_partial),
                        None if ditto => last,
                        None => None,
                    };
                    let Some(sd) = sd else { continue };
                    let mut w = base.window(sd, Some(s.into()));
                    w.end_time = Some(t.into());
                    w.mentions = vec![ctx.mention(unit, e.start, next.map_or(e.end, |n| n.end))];
                    placer.place(e, &mut w, diags);
                    out.push(w);
                    if next.is_some() {
                        consumed.push(k + 1);
                    }
                }
                Some(Stated::OpenDay { date }) => {
                    let Some(sd) = to_partial(date) else { continue };
                    let mut w = base.window(sd, None);
                    w.open_end = true;
                    w.all_day = true;
                    placer.place(e, &mut w, diags);
                    out.push(w);
                }
                Some(Stated::WholeDay { date }) => {
                    let Some(sd) = to_partial(date) else { continue };
                    let mut w = base.window(sd, None);
                    w.all_day = true;
                    placer.place(e, &mut w, diags);
                    out.push(w);
                }
                Some(Stated::Dates { dates }) => {
                    // dates with a daily time range after them in the statement, or above them
                    // `2月1日(土)・2月2日(日)の22:00~翌5:00`: the time range of the next date in
                    // the list applies to this one too
                    let listed_with = exprs.get(k + 1).filter(|x| {
                        let gap = unit.text[e.end..x.start].trim();
                        matches!(gap, "・" | "、" | "及び" | "および" | "と" | ",") && x.shape == Shape::Range
                    });
                    let next_times = listed_with.and_then(|x| match (x.points.first(), x.points.get(1)) {
                        (Some(a), Some(b)) if a.date.is_some() && b.date.is_none() => Some((a.time?, b.time?)),
                        _ => None,
                    });
                    let times =
                        exprs[k + 1..].iter().find(|x| x.daily).and_then(range_times).or(next_times).or(shared_times);
                    let Some((s, t)) = times else { continue };
                    let mut first: Option<PartialDate> = None;
                    for d in dates {
                        // later members take what they lack from the list's head
                        let sd = match first {
                            Some(f) => date_of(d, Some(f)).map(|x| inherit(x, &f)),
                            None => to_partial(d),
                        };
                        let Some(sd) = sd else { continue };
                        first.get_or_insert(sd);
                        let mut w = base.window(sd, Some(s.into()));
                        w.end_time = Some(t.into());
                        placer.place(e, &mut w, diags);
                        out.push(w);
                    }
                }
                None => {}
            }
        }
    }
    if let Some(p) = pending.take() {
        out.push(p.into_summary());
    }
    out
}

/// Remember the last date with a month, for `同日` and bare days after it.
fn remember_dates(exprs: &[Expression], last: &mut Option<(usize, usize, PartialDate)>, doc: usize, line: usize) {
    for e in exprs {
        for p in &e.points {
            if let Some(d) = p.date
                && let (Some(MonthRef::Month(_)), Some(DayRef::Day(_))) = (d.month, d.day)
                && let Some(pd) = date_of(d, None)
            {
                *last = Some((doc, line, pd));
            }
        }
    }
}

/// The daily time range in a text (`各日1時~5時`), if any.
fn daily_times(text: &str) -> Option<(TimeTok, TimeTok)> {
    expressions(text).iter().filter(|e| e.daily).find_map(range_times)
}

fn range_times(e: &Expression) -> Option<(TimeTok, TimeTok)> {
    match (e.shape, e.points.first(), e.points.get(1)) {
        (Shape::Range, Some(a), Some(b)) if a.date.is_none() => Some((a.time?, b.time?)),
        _ => None,
    }
}

/// Words that mark an incident around a statement: a failure (`障害`, but not `障害時`, the
/// general case), or the time it began or ended (`発生日時`, `復旧`).
fn incident_context(text: &str) -> bool {
    let failure = text.match_indices("障害").any(|(i, w)| !text[i + w.len()..].starts_with('時'));
    failure || has_any(text, &["発生日時", "発生時刻", "復旧日時", "不具合が発生", "事象が発生"])
}

/// Whether an erratum marks this statement as the wrong one: a `誤` label before it, or a
/// table cell in a column headed `誤`.
fn marked_wrong(ctx: Context<'_>, ui: usize, unit: &Unit, e: &Expression) -> bool {
    let before = unit.text[..e.start].trim_end();
    if before.ends_with("誤:") || before.ends_with("(誤)") || before.ends_with("【誤】") || before.ends_with("誤)")
    {
        return true;
    }
    if unit.kind != UnitKind::TableRow {
        return false;
    }
    // the header row: the topmost row of this table
    let mut k = ui;
    while k > 0 && ctx.seg.units.get(k - 1).is_some_and(|p| p.kind == UnitKind::TableRow && p.doc == unit.doc) {
        k -= 1;
    }
    let Some(header) = ctx.seg.units.get(k).filter(|_| k != ui) else { return false };
    let column = unit.text[..e.start].matches('|').count();
    header.text.split('|').nth(column).is_some_and(|cell| cell.trim() == "誤")
}

/// Whether an expression is quoted as the old, wrong announcement (`当初お知らせした「…」`).
fn quoted_as_old(text: &str, e: &Expression) -> bool {
    let before: String = text[..e.start].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    before.ends_with('「') && (before.contains("当初") || before.contains("誤"))
}

/// A duration right after a start (`から約8時間`, `から2時間程度`, `より30分間`), in minutes.
fn duration_after(text: &str) -> Option<u32> {
    let t = text.trim_start();
    let t = t.strip_prefix("から").or_else(|| t.strip_prefix("より")).unwrap_or(t).trim_start_matches([' ', '、']);
    let t = t.strip_prefix("約").unwrap_or(t);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let n: u32 = t.get(..digits)?.parse().ok()?;
    let unit = t.get(digits..)?.trim_start();
    if unit.starts_with("時間") && n <= 48 {
        Some(n * 60)
    } else if unit.starts_with("分") && !unit.starts_with("分の") && n <= 600 {
        Some(n)
    } else {
        None
    }
}

/// Whether the text after an open start says the service resumes (`以降は通常どおり`).
fn resumes(text: &str) -> bool {
    let head: String = text.chars().take(24).collect();
    has_any(&head, &["通常どおり", "通常通り", "再開", "ご利用いただけます", "利用可能", "ご利用になれます"])
}

/// Whether the unit after `ui` states a daily time range (`各日20時~翌日5時`).
/// A window struck out in the source (`<del>`, `<s>`) is withdrawn; beside a struck one, a
/// window that is not struck is the one that replaces it.
fn struck_status(ctx: Context<'_>, unit: &Unit, e: &Expression, all: &[Expression], status: Status) -> Status {
    let struck = |x: &Expression| ctx.norm.is_struck(unit.to_norm(x.start));
    if struck(e) {
        return Status::Cancelled;
    }
    if status == Status::Planned && all.iter().any(|x| x.start != e.start && x.points.iter().any(|p| p.has_day()) && struck(x)) {
        return Status::Rescheduled;
    }
    status
}

fn next_is_daily(ctx: Context<'_>, ui: usize) -> bool {
    ctx.seg.units.get(ui + 1).is_some_and(|u| expressions(&u.text).iter().any(|e| e.daily))
}

/// The status of one window in a statement. When a statement moves a window
/// (`9月7日(日)22時~翌日2時に予定していたメンテナンスは、9月21日(日)22時~翌日2時に延期`), the
/// window it moves away from is cancelled and the one it moves to is rescheduled.
fn expression_status(text: &str, e: &Expression, all: &[Expression], status: Status) -> Status {
    if status != Status::Rescheduled {
        return status;
    }
    const TO_NEW: [&str; 8] = ["に延期", "へ延期", "まで延期", "に変更", "へ変更", "に日程変更", "(変更後)", "に振替"];
    let after = text[e.end..].trim_start_matches([' ', ')', '(']).trim_start_matches("予定").trim_start_matches(')');
    let before = text[..e.start].trim_end();
    if before.ends_with("(変更前)") || before.ends_with("変更前:") || before.ends_with("旧:") {
        return Status::Cancelled;
    }
    if TO_NEW.iter().any(|w| after.starts_with(w))
        || before.ends_with("変更後:")
        || before.ends_with("(変更後)")
        || before.ends_with("新:")
    {
        return Status::Rescheduled;
    }
    let old_marks = ["予定していた", "(変更前)", "に実施予定の", "を予定しておりました"];
    if old_marks.iter().any(|w| after.starts_with(w))
        || text[..e.start].ends_with("変更前:")
        || text[..e.start].ends_with("旧:")
    {
        return Status::Cancelled;
    }
    // the earlier of two windows in a moving statement is the old one
    let later = all.iter().any(|x| x.start > e.end && x.points.iter().any(|p| p.has_day()));
    if later { Status::Cancelled } else { Status::Rescheduled }
}

/// The recovery time of an incident: a later point in the statement followed by `復旧`
/// (`同日11時30分に復旧しました`). Returns its date (if written) and time.
fn recovery(text: &str, e: &Expression, all: &[Expression]) -> Option<(usize, Option<DateTok>, TimeTok)> {
    all.iter().enumerate().filter(|(_, x)| x.start >= e.end).find_map(|(j, x)| {
        let p = x.points.last()?;
        let t = p.time?;
        recovery_point(text, x).then_some((j, p.date.filter(|d| matches!(d.day, Some(DayRef::Day(_)))), t))
    })
}

/// Whether the expression is the time something was restored (`11時30分に復旧`).
fn recovery_point(text: &str, e: &Expression) -> bool {
    e.shape == Shape::Single && text[e.end..].chars().take(8).collect::<String>().contains("復旧")
}

fn has_dates(text: &str) -> bool {
    expressions(text).iter().any(|e| e.points.iter().any(|p| p.date.is_some()))
}

struct Pending {
    doc: usize,
    unit: usize,
    window: WindowSpec,
}

impl Pending {
    fn into_summary(self) -> WindowSpec {
        self.window
    }
}

struct Base {
    doc: usize,
    status: Status,
    kind: OutageKind,
    tentative: bool,
    description: String,
    mention: Mention,
}

impl Base {
    fn window(&self, start: PartialDate, start_time: Option<TimeOfDay>) -> WindowSpec {
        WindowSpec {
            doc: self.doc,
            start,
            start_time,
            end: None,
            end_time: None,
            open_end: false,
            through: None,
            except: Vec::new(),
            all_day: false,
            tentative: self.tentative,
            status: self.status,
            kind: self.kind,
            areas: Vec::new(),
            prefectures: Vec::new(),
            description: self.description.clone(),
            mentions: vec![self.mention.clone()],
            summary: false,
            erroneous: false,
        }
    }
}

/// What an expression states, when it can be a window.
enum Stated {
    /// A start with a date (and time), and an end (time, or date and time).
    Timed { start: Point, end: Option<Point> },
    /// A date range with no times.
    Days { from: DateTok, to: DateTok },
    /// A time range that recurs daily (`各日20時~翌日5時`).
    Daily { start: TimeTok, end: TimeTok },
    /// From a date on, all day, with no end (`1月31日以降、終日`).
    OpenDay { date: DateTok },
    /// A time range with no date (`22時~翌朝6時`): a window when its date follows in brackets
    /// (`22時~翌朝6時(9月13日(土))`).
    Times { start: TimeTok, end: TimeTok },
    /// Dates with no times (`12月7日(日)`, `11月22日(土)及び12月13日(土)`): a window each when a
    /// daily time range goes with them.
    Dates { dates: Vec<DateTok> },
    /// One whole day (`3月1日(土)終日`).
    WholeDay { date: DateTok },
}

fn classify(e: &Expression) -> Option<Stated> {
    match e.shape {
        Shape::Range => {
            let (a, b) = (e.points.first()?, e.points.get(1)?);
            if a.date.is_none() {
                if let (Some(s), Some(t)) = (a.time, b.time) {
                    return Some(if e.daily {
                        Stated::Daily { start: s, end: t }
                    } else {
                        Stated::Times { start: s, end: t }
                    });
                }
                return None;
            }
            if !a.has_day() {
                return None;
            }
            if a.time.is_none() && b.time.is_none() {
                return Some(Stated::Days { from: a.date?, to: b.date? });
            }
            Some(Stated::Timed { start: *a, end: Some(*b) })
        }
        Shape::Single => {
            let a = e.points.first()?;
            if !a.has_day() || e.attributive || e.until {
                return None;
            }
            match (a.time, e.open_end, e.all_day) {
                (Some(_), _, _) => Some(Stated::Timed { start: *a, end: None }),
                (None, true, true) => Some(Stated::OpenDay { date: a.date? }),
                (None, false, true) => Some(Stated::WholeDay { date: a.date? }),
                (None, false, false) => Some(Stated::Dates { dates: vec![a.date?] }),
                _ => None,
            }
        }
        Shape::List => {
            let dates: Vec<DateTok> = e.points.iter().filter(|p| p.time.is_none()).filter_map(|p| p.date).collect();
            (dates.len() == e.points.len() && dates.iter().all(|d| d.day.is_some())).then_some(Stated::Dates { dates })
        }
    }
}

/// A date token as a partial date; `同日` and a bare day take what they lack from `last`,
/// the last date stated before them.
fn date_of(d: DateTok, last: Option<PartialDate>) -> Option<PartialDate> {
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

fn to_partial(d: DateTok) -> Option<PartialDate> {
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

/// An end date takes what it does not say from the start date.
fn inherit(mut d: PartialDate, start: &PartialDate) -> PartialDate {
    if d.month.is_none() {
        d.month = start.month;
    }
    if d.year.is_none() && start.year.is_some() {
        d.year = start.year;
        d.inherited = true;
    }
    d
}

fn heading_text<'a>(ctx: Context<'a>, unit: &Unit) -> &'a str {
    unit.heading.and_then(|h| ctx.seg.units.get(h)).map(|u| u.text.as_str()).unwrap_or("")
}

/// The units just before `ui` under the same heading (the lead-in sentence). For a table
/// row, the rows above it are passed over: its lead is the table's header row and the
/// sentence before the table.
fn lead_texts<'a>(ctx: Context<'a>, ui: usize, unit: &Unit) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut k = ui;
    let mut header: Option<&'a str> = None;
    let mut in_table = unit.kind == UnitKind::TableRow;
    let mut row_line = unit.line;
    while k > 0 && out.len() < 2 {
        k -= 1;
        let Some(prev) = ctx.seg.units.get(k) else { break };
        if prev.doc != unit.doc || prev.kind == UnitKind::Heading {
            break;
        }
        // rows of the same table: adjacent lines, or one delimiter row between
        // items of the same list: the lead-in is above the list
        if unit.kind == UnitKind::Item && prev.kind == UnitKind::Item && ui - k < 40 {
            continue;
        }
        if in_table && prev.kind == UnitKind::TableRow && prev.last_line + 2 >= row_line {
            header = Some(prev.text.as_str()); // the topmost row is the header
            row_line = prev.line;
            continue;
        }
        in_table = false;
        out.push(prev.text.as_str());
    }
    out.extend(header);
    out
}

fn evidence(ctx: Context<'_>, ui: usize, unit: &Unit, title: &str) -> Evidence {
    if has_any(&unit.text, &POSITIVE) {
        return Evidence::Own;
    }
    if has_any(heading_text(ctx, unit), &POSITIVE) || lead_texts(ctx, ui, unit).iter().any(|t| has_any(t, &POSITIVE)) {
        return Evidence::Nearby;
    }
    if has_any(title, &POSITIVE) {
        return Evidence::Title;
    }
    Evidence::None
}

fn context_text(ctx: Context<'_>, ui: usize, unit: &Unit, title: &str) -> String {
    let mut s = String::new();
    s.push_str(heading_text(ctx, unit));
    for t in lead_texts(ctx, ui, unit) {
        s.push('\n');
        s.push_str(t);
    }
    s.push('\n');
    s.push_str(title);
    s
}

/// The status a statement gives its windows.
pub fn status_of(text: &str) -> Status {
    if has_any(text, &["中止", "取りやめ", "取り止め", "見合わせ", "見送", "キャンセル"]) {
        Status::Cancelled
    } else if has_any(
        text,
        &["延期", "日程変更", "変更前", "変更後", "変更となりました", "変更いたします", "変更します", "振替"],
    ) {
        Status::Rescheduled
    } else if has_any(
        text,
        &[
            "障害が発生",
            "障害発生",
            "通信障害が",
            "不具合が発生",
            "つながりにくい",
            "つながりにくく",
            "発生しております",
            "発生しました",
            "復旧作業中",
            "復旧の見込み",
            "できない状態となって",
            "できない状態が続",
        ],
    ) {
        Status::Incident
    } else if has_any(
        text,
        &[
            "完了しました",
            "終了しました",
            "完了いたしました",
            "終了いたしました",
            "実施済",
            "(完了)",
            "(終了)",
            "完了済",
        ],
    ) {
        Status::Completed
    } else {
        Status::Planned
    }
}

fn kind_of(own: &str, context: &str, status: Status) -> OutageKind {
    if status == Status::Incident {
        return OutageKind::Incident;
    }
    const TABLE: [(OutageKind, &[&str]); 4] = [
        (OutageKind::Network, &["通信断", "ネットワーク", "回線"]),
        (OutageKind::Update, &["配信", "バージョンアップ", "アップデート", "更新プログラム"]),
        (OutageKind::Maintenance, &["メンテナンス", "保守", "点検", "作業", "更改", "工事"]),
        (OutageKind::Outage, &["停止", "休止", "停電", "利用できな"]),
    ];
    for text in [own, context] {
        for (kind, words) in TABLE {
            if has_any(text, words) {
                return kind;
            }
        }
    }
    OutageKind::Outage
}

fn describe(unit: &Unit) -> String {
    let t = unit.text.trim();
    let mut s: String = t.chars().take(200).collect();
    if t.chars().count() > 200 {
        s.push('…');
    }
    s
}

/// Fill in areas and prefectures for a window stated at `e` in `unit`.
const TARGET_WORDS: [&str; 7] =
    ["対象地域", "対象エリア", "対象となる地域", "対象都道府県", "影響範囲", "対象区域", "影響を受ける地域"];

/// Per document, the prefectures of a section that states the affected area for the whole
/// document (`2. 対象地域` then `東京都、愛知県、大阪府…`), when there is exactly one.
fn document_targets(ctx: Context<'_>, docs: &[DocumentMeta]) -> Vec<Option<Vec<&'static Prefecture>>> {
    let mut out = vec![None; ctx.seg.documents.len().max(1)];
    let mut count = vec![0usize; out.len()];
    for unit in &ctx.seg.units {
        let own = has_any(&unit.text, &TARGET_WORDS) || unit.text.trim_start().starts_with("対象:");
        let heading = heading_text(ctx, unit);
        let heading_says = has_any(heading, &TARGET_WORDS)
            || heading
                .trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, '.' | ' ' | '(' | ')' | '【' | '■' | '○')
                })
                .starts_with("対象");
        if !(own || heading_says) || !expressions(&unit.text).is_empty() {
            continue;
        }
        let mut prefs: Vec<&'static Prefecture> =
            find_prefectures(&unit.text).into_iter().map(|h| h.prefecture).collect();
        // `全国(本県に限りません。)`: the whole country, stated
        let nationwide = prefs.is_empty() && says_nationwide(&unit.text);
        if prefs.is_empty() && !nationwide {
            prefs = home_prefecture(&unit.text, issuer_prefecture(docs, unit.doc)).into_iter().collect();
        }
        if prefs.is_empty() && !nationwide {
            continue;
        }
        prefs.sort_by_key(|p| p.code);
        prefs.dedup();
        if let (Some(slot), Some(n)) = (out.get_mut(unit.doc), count.get_mut(unit.doc)) {
            *n += 1;
            // several target sections must agree, or none applies
            *slot = if *n == 1 || slot.as_ref() == Some(&prefs) { Some(prefs) } else { None };
        }
    }
    // an attachment that states no target of its own is about the cover's
    let cover = out.first().cloned().flatten();
    for (d, slot) in out.iter_mut().enumerate().skip(1) {
        if slot.is_none() && count.get(d).copied().unwrap_or(0) == 0 {
            *slot = cover.clone();
        }
    }
    out
}

/// What a unit says about places, read once per unit: its area names and the prefectures
/// it names.
struct Places {
    nationwide: bool,
    areas: Vec<(usize, usize, String)>,
    prefectures: Vec<&'static Prefecture>,
    /// The prefectures of a `対象:` line right under the statement.
    below: Vec<&'static Prefecture>,
}

fn sorted_prefectures(text: &str) -> Vec<&'static Prefecture> {
    let mut p: Vec<&'static Prefecture> = find_prefectures(text).into_iter().map(|h| h.prefecture).collect();
    p.sort_by_key(|p| p.code);
    p.dedup();
    p
}

impl Places {
    fn of(ctx: Context<'_>, ui: usize, text: &str) -> Places {
        let doc = ctx.seg.units.get(ui).map(|u| u.doc);
        let below = ctx
            .seg
            .units
            .get(ui + 1)
            .filter(|n| Some(n.doc) == doc)
            .filter(|n| {
                n.text.trim_start_matches([' ', '・', '-']).starts_with("対象") && expressions(&n.text).is_empty()
            })
            .map(|n| sorted_prefectures(&n.text))
            .unwrap_or_default();
        let below_nationwide = ctx
            .seg
            .units
            .get(ui + 1)
            .filter(|n| Some(n.doc) == doc && n.text.trim_start_matches([' ', '・', '-']).starts_with("対象"))
            .is_some_and(|n| says_nationwide(&n.text) && find_prefectures(&n.text).is_empty());
        Places {
            nationwide: says_nationwide(text) || below_nationwide,
            areas: area_names(text),
            prefectures: sorted_prefectures(text),
            below,
        }
    }
}

/// What placing a window needs, fixed for one unit.
struct Placer<'a> {
    ctx: Context<'a>,
    unit: &'a Unit,
    places: &'a Places,
    areas: &'a AreaTable,
    target: Option<&'a Vec<&'static Prefecture>>,
    home: Option<&'static Prefecture>,
}

impl Placer<'_> {
    /// Fill in areas and prefectures for a window stated at `e`.
    fn place(&self, e: &Expression, w: &mut WindowSpec, diags: &mut Vec<Diagnostic>) {
        let Placer { ctx, unit, places, areas, target, home } = *self;
        if places.nationwide {
            return;
        }
        // the closest area name before the expression in the unit, else in its heading
        let all = &places.areas;
        let own: Vec<_> = all.iter().filter(|(_, end, _)| *end <= e.start).collect();
        // after the expression, only when the statement names that one area
        let only_after = all.iter().filter(|(s, _, _)| *s >= e.end).collect::<Vec<_>>();
        let single_after = match only_after.first() {
            Some(first) if own.is_empty() && only_after.iter().all(|x| x.2 == first.2) => Some(*first),
            _ => None,
        };
        // a fixed region as the statement's label (`・関東:7月12日…`, `北海道・東北:…`)
        if own.is_empty() && single_after.is_none() {
            let text = unit.text.as_str();
            if let Some(colon) = text.find(':').filter(|&c| c <= e.start) {
                let label = text[..colon].trim();
                if let Some(list) = region(label).filter(|l| l.len() < 47) {
                    w.areas.push(label.to_string());
                    w.prefectures = list;
                    return;
                }
            }
        }
        let (name, at) = match own.last().copied().or(single_after) {
            Some((s, end, n)) => (Some(n.clone()), Some((*s, *end))),
            None => {
                let h = heading_text(ctx, unit);
                (area_names(h).last().map(|x| x.2.clone()), None)
            }
        };
        if let Some(name) = name {
            w.areas.push(name.clone());
            if let Some(def) = areas.lookup(&name, unit.doc) {
                w.prefectures = def.prefectures.clone();
            } else {
                let stem = crate::prefectures::AREA_SUFFIXES.iter().find_map(|s| name.strip_suffix(s)).unwrap_or(&name);
                match region(stem) {
                    Some(list) if list.len() < 47 => w.prefectures = list,
                    Some(_) => {}
                    None => {
                        let (s, end) = at.unwrap_or((e.start, e.end));
                        diags.push(ctx.diagnostic(
                        unit,
                        s,
                        end,
                        &crate::rules::UNDEFINED_AREA,
                        format!("area 「{name}」 is not defined by a prefecture list in this notice and has no fixed meaning"),
                    ));
                    }
                }
            }
            return;
        }
        // prefectures named in the statement itself, or on a `対象:` line right under it, else the
        // document's target area
        let mut prefs = places.prefectures.clone();
        if prefs.is_empty() {
            prefs = places.below.clone();
        }
        // a document that states it is about the whole country
        if prefs.is_empty() && target.is_some_and(|t| t.is_empty()) {
            return;
        }
        // the issuer's own prefecture (`県内全域`, `本県`, `都内`), then the heading's prefectures
        if prefs.is_empty() {
            prefs = home_prefecture(&unit.text, home)
                .or_else(|| home_prefecture(heading_text(ctx, unit), home))
                .into_iter()
                .collect();
        }
        if prefs.is_empty() {
            prefs = sorted_prefectures(heading_text(ctx, unit));
        }
        if prefs.is_empty()
            && let Some(t) = target
        {
            prefs = t.clone();
        }
        w.prefectures = prefs;
    }
}
/// The issuing body's prefecture (`沖縄県医師会`, `岡山県保健医療部長`), for `県内` and `本県`:
/// the document's own issuer, else the outermost document's.
fn issuer_prefecture(docs: &[DocumentMeta], doc: usize) -> Option<&'static Prefecture> {
    docs.get(doc)
        .into_iter()
        .chain(docs.first())
        .filter_map(|d| d.issuer.as_deref())
        .find_map(|i| find_prefectures(i).first().map(|h| h.prefecture))
}

/// The prefecture a statement means by `県内`, `本県`, `都内`, `道内`, `府内`: Tokyo and
/// Hokkaido by the word itself, otherwise the prefecture of the issuing association.
fn home_prefecture(text: &str, home: Option<&'static Prefecture>) -> Option<&'static Prefecture> {
    if has_any(text, &["都内"]) && !text.contains("都道府県") {
        return crate::prefectures::by_code(13);
    }
    if text.contains("道内") {
        return crate::prefectures::by_code(1);
    }
    if has_any(text, &["県内", "本県", "府内", "本府", "管内"]) || names_municipality(text) {
        home
    } else {
        None
    }
}

/// Whether a text says the whole country (`全国`), not as part of a name
/// (`全国医療情報プラットフォーム`, `全国健康保険協会`).
fn says_nationwide(text: &str) -> bool {
    const NAMES: [&str; 4] = ["全国医療情報プラットフォーム", "全国健康保険協会", "全国保険医団体", "全国知事会"];
    text.match_indices("全国").any(|(i, _)| !NAMES.iter().any(|n| text[i..].starts_with(n)))
}

/// Whether a statement names cities, towns or villages (`那覇市・浦添市の一部地域`), which a
/// prefectural notice means within its own prefecture. `市町村`, `郡市区` are not names.
fn names_municipality(text: &str) -> bool {
    static MUNICIPALITY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\p{Han}{1,5}[市町村](?:・|、|の|内|全域|及び)").expect("a valid literal regex"));
    MUNICIPALITY.find_iter(text).any(|m| {
        let s = m.as_str();
        !(s.contains("市町村") || s.contains("郡市") || s.contains("市区") || s.contains("都市") || s.contains("町村"))
    })
}
