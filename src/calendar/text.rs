//! The words of an event: `SUMMARY`, `DESCRIPTION` and `LOCATION`, in Japanese.
//!
//! `SUMMARY` is the state (`【中止】`, `【延期】`, `【完了】`, `【発生中】`, `【復旧】`), the area,
//! the main system and the kind (`メンテナンス`, `通信断`, `アプリケーション配信`, `障害`,
//! `停止`), and `（予定）` while tentative. `DESCRIPTION` says what the latest notice says
//! (title, number, date, systems, state, area, window, its statement, whom to call), then
//! the history, one line per notice (`・2026-06-26 日医発第640号(情シ)(保険)（日本医師会）:
//! 延期 → 2026-07-25 22:00 ～ 2026-07-26 06:00`), then the file and lines it was read from.

use super::View;
use super::ical::{DAY, human_date, human_time, wall_seconds};
use super::timeline::{ChangeKind, WindowStatus};
use crate::model::{Contact, ContactKind, Outage, OutageKind};

/// The kind in Japanese.
pub fn kind_ja(kind: OutageKind) -> &'static str {
    match kind {
        OutageKind::Maintenance => "メンテナンス",
        OutageKind::Network => "通信断",
        OutageKind::Update => "アプリケーション配信",
        OutageKind::Incident => "障害",
        OutageKind::Outage => "停止",
    }
}

/// How the window is shown on the calendar.
#[derive(Debug, Clone, Copy)]
pub enum When {
    /// `DTSTART;VALUE=DATE` / `DTEND;VALUE=DATE` (days since the epoch, end exclusive).
    Dates(i64, i64),
    /// `DTSTART;TZID` / `DTEND;TZID` (Japan wall-clock seconds since the epoch).
    Times(i64, i64),
    /// `DTSTART;TZID` with `DURATION:PT1H`.
    TimeHour(i64),
}

impl When {
    /// How a window with this start, end and whole-day flag is shown. An end not after
    /// the start is dropped (and reported in the description).
    pub fn of(o: &Outage) -> When {
        let start = wall_seconds(&o.start);
        let end = o.end.map(|e| wall_seconds(&e)).filter(|&e| e > start);
        let midnight = |t: i64| t.rem_euclid(DAY) == 0;
        match end {
            Some(e) if o.all_day && midnight(start) && midnight(e) => {
                When::Dates(start.div_euclid(DAY), e.div_euclid(DAY))
            }
            Some(e) => When::Times(start, e),
            None if o.all_day && midnight(start) => When::Dates(start.div_euclid(DAY), start.div_euclid(DAY) + 1),
            None => When::TimeHour(start),
        }
    }
}

/// `2026-07-25 22:00 ～ 2026-07-26 06:00`, `2025-02-15 ～ 2025-02-16（終日）`, `2025-02-01 22:00 ～`.
pub fn period(o: &Outage) -> String {
    let start = wall_seconds(&o.start);
    let end = o.end.map(|e| wall_seconds(&e)).filter(|&e| e > start);
    match (When::of(o), end) {
        (When::Dates(s, e), Some(_)) if e - s > 1 => format!("{} ～ {}（終日）", human_date(s), human_date(e - 1)),
        (When::Dates(s, _), Some(_)) => format!("{}（終日）", human_date(s)),
        (When::Dates(s, _), None) => format!("{} ～（終日）", human_date(s)),
        (_, Some(e)) => format!("{} ～ {}", human_time(start), human_time(e)),
        (_, None) => format!("{} ～", human_time(start)),
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

fn moved_word(v: &View<'_>) -> &'static str {
    match v.moved_to {
        Some(to) if to.start < v.win.start => "日程変更",
        _ => "延期",
    }
}

/// `SUMMARY`.
pub fn summary(v: &View<'_>) -> String {
    let o = &v.outage;
    let mut s = match v.win.state.status {
        WindowStatus::Planned => String::new(),
        WindowStatus::Cancelled => "【中止】".to_string(),
        WindowStatus::Moved => format!("【{}】", moved_word(v)),
        WindowStatus::Completed => "【完了】".to_string(),
        WindowStatus::InProgress => "【発生中】".to_string(),
        WindowStatus::Recovered => "【復旧】".to_string(),
    };
    if let Some(area) = area_label(o) {
        s.push_str(&format!("[{area}] "));
    }
    let notice = v.latest.notice;
    let subject =
        v.win.systems.first().map(String::as_str).or(notice.document.title.as_deref()).filter(|x| !x.is_empty());
    let kind = kind_ja(o.kind);
    match subject {
        Some(sub) => s.push_str(&format!("{sub} {kind}")),
        None => s.push_str(kind),
    }
    if o.tentative && v.win.state.status == WindowStatus::Planned {
        s.push_str("（予定）");
    }
    s
}

/// `LOCATION`: the areas, else the prefectures.
pub fn location(o: &Outage) -> Option<String> {
    if !o.areas.is_empty() {
        Some(o.areas.join("、"))
    } else if !o.prefectures.is_empty() {
        Some(o.prefectures.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("、"))
    } else {
        None
    }
}

fn state_ja(v: &View<'_>) -> String {
    let mut s = match v.win.state.status {
        WindowStatus::Planned if v.moved_from.is_some() => "予定（日程変更後）".to_string(),
        WindowStatus::Planned => "予定".to_string(),
        WindowStatus::Cancelled => "中止".to_string(),
        WindowStatus::Moved => match v.moved_to {
            Some(to) => format!("{}（変更後: {}）", moved_word(v), period(&to_outage(v, to))),
            None => "延期（新しい日程は未定）".to_string(),
        },
        WindowStatus::Completed => "完了".to_string(),
        WindowStatus::InProgress => "障害発生中（復旧の報告はまだありません）".to_string(),
        WindowStatus::Recovered => "復旧".to_string(),
    };
    if v.outage.tentative && v.win.state.status == WindowStatus::Planned {
        s.push_str("（予定・未確定）");
    }
    s
}

/// Another window of the calendar as an outage, for its period.
fn to_outage(v: &View<'_>, w: &super::track::Win) -> Outage {
    Outage { start: w.start, end: w.state.end, all_day: w.state.all_day, ..v.outage.clone() }
}

fn contact_line(c: &Contact) -> String {
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
    l
}

/// The first lines: what the latest notice says about the window.
fn head(v: &View<'_>, lines: &mut Vec<String>) {
    let doc = &v.latest.notice.document;
    if let Some(t) = doc.title.as_deref().filter(|t| !t.is_empty()) {
        lines.push(format!("件名: {t}"));
    }
    if let Some(n) = doc.number.as_deref().filter(|n| !n.is_empty()) {
        lines.push(format!("文書番号: {n}"));
    }
    if let Some(d) = v.latest.date {
        lines.push(format!("発出日: {d}"));
    }
    if !v.win.systems.is_empty() {
        lines.push(format!("対象システム: {}", v.win.systems.join("、")));
    }
    lines.push(format!("種別: {}", kind_ja(v.outage.kind)));
    lines.push(format!("状態: {}", state_ja(v)));
    let o = &v.outage;
    let prefs: Vec<&str> = o.prefectures.iter().map(|p| p.name.as_str()).collect();
    match (o.areas.is_empty(), prefs.is_empty()) {
        (false, false) => lines.push(format!("対象地域: {}（{}）", o.areas.join("、"), prefs.join("、"))),
        (false, true) => lines.push(format!("対象地域: {}", o.areas.join("、"))),
        (true, false) => lines.push(format!("対象地域: {}", prefs.join("、"))),
        (true, true) => {}
    }
    lines.push(format!("日時: {}", period(o)));
    let start = wall_seconds(&o.start);
    if o.end.is_none() {
        let shown = match When::of(o) {
            When::Dates(..) => "カレンダー上は開始日の終日予定として表示しています",
            _ => "カレンダー上は開始から1時間の予定として表示しています",
        };
        lines.push(format!("※終了日時は告知されていません（{shown}）。"));
    } else if let Some(raw) = o.end.filter(|e| wall_seconds(e) <= start) {
        lines.push(format!("※終了日時 {raw} が開始日時より後ではないため、終了を省略して表示しています。"));
    }
}

/// What a notice did, in words.
fn change_ja(v: &View<'_>, change: ChangeKind, stated: Option<&Outage>) -> String {
    let shown = |o: Option<&Outage>| o.map(period).unwrap_or_default();
    match change {
        ChangeKind::Announced if stated.is_some_and(|o| o.tentative) => format!("予告（予定） {}", shown(stated)),
        ChangeKind::Announced => format!("予告 {}", shown(stated)),
        ChangeKind::Restated => "再掲（変更なし）".to_string(),
        ChangeKind::Confirmed => "実施確定（予定の表記なし）".to_string(),
        ChangeKind::Updated => format!("変更 {}", shown(stated)),
        ChangeKind::Moved => match v.moved_to {
            Some(to) => format!("{} → {}", moved_word(v), period(&to_outage(v, to))),
            None => moved_word(v).to_string(),
        },
        ChangeKind::Replacement => match v.moved_from {
            Some(from) => format!("変更後の日程 {}（{} から）", shown(stated), period(&to_outage(v, from))),
            None => format!("変更後の日程 {}", shown(stated)),
        },
        ChangeKind::Postponed => "延期（新しい日程は未定）".to_string(),
        ChangeKind::Cancelled => "中止".to_string(),
        ChangeKind::Completed => "完了報告".to_string(),
        ChangeKind::Reported => format!("障害発生の報告 {}", shown(stated)),
        ChangeKind::Recovered => match stated.and_then(|o| o.end) {
            Some(e) => format!("復旧の報告（{} 復旧）", human_time(wall_seconds(&e))),
            None => "復旧の報告".to_string(),
        },
        ChangeKind::Reopened => format!("再告知 {}", shown(stated)),
    }
}

/// `経緯:` and one line per notice.
fn history(v: &View<'_>, lines: &mut Vec<String>) {
    lines.push(String::new());
    lines.push("経緯:".to_string());
    for (rec, seen) in &v.history {
        let doc = &rec.notice.document;
        let when = rec.date.map_or_else(|| "日付なし".to_string(), |d| d.to_string());
        let what = doc.number.clone().or_else(|| doc.title.clone()).unwrap_or_else(|| rec.notice.source.name.clone());
        let who = if rec.organisation.is_empty() { String::new() } else { format!("（{}）", rec.organisation) };
        let stated = seen.outage.and_then(|i| rec.notice.outages.get(i));
        lines.push(format!("・{when} {what}{who}: {}", change_ja(v, seen.change, stated)));
    }
}

/// `DESCRIPTION`.
pub fn description(v: &View<'_>) -> String {
    let mut lines: Vec<String> = Vec::new();
    head(v, &mut lines);
    if let Some(text) = v.outage.description.as_deref().filter(|t| !t.is_empty()) {
        lines.push(String::new());
        lines.push(text.to_string());
    }
    history(v, &mut lines);
    let notice = v.latest.notice;
    if !notice.contacts.is_empty() {
        lines.push(String::new());
        lines.push("問い合わせ先:".to_string());
        lines.extend(notice.contacts.iter().map(contact_line));
    }
    lines.push(String::new());
    // the file the statement and its lines come from
    let notice = v.stated_in.notice;
    if !notice.source.name.is_empty() && notice.source.name != "-" {
        let others: Vec<&str> = v.stated_in.copies.iter().skip(1).map(|n| n.source.name.as_str()).collect();
        match others.is_empty() {
            true => lines.push(format!("ファイル: {}", notice.source.name)),
            false => lines.push(format!("ファイル: {}（同じ通知: {}）", notice.source.name, others.join(", "))),
        }
    }
    let mut src: Vec<u32> = v.outage.mentions.iter().map(|m| m.line).collect();
    src.sort_unstable();
    src.dedup();
    if !src.is_empty() {
        let l: Vec<String> = src.iter().map(|n| format!("{n}行目")).collect();
        lines.push(format!("出典: {}", l.join(", ")));
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}
