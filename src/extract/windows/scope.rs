//! A status said apart from its window: a later sentence that names the window's date
//! (`上記のうち3月8日(日)分は、実施を見合わせることとなりました`, `先週の5月9日(土)の作業は完了しました`)
//! or the ordinal it was listed under (`②については…行わないこととなりました`, `第3回は…取りやめ`).
//!
//! The windows are listed first and what became of one of them is said afterwards, by its
//! date. So a sentence with a status word and a date changes the status of the windows
//! already read in the same document that start on that day and are still `planned`; its
//! own windows are read by the statement as usual. The sentence is the stretch between two
//! `。` around the date, so one sentence about one day does not speak for the next; and
//! only its first date is what it speaks of (`3月13日(土)の臨時保守は、…3月6日(土)の定期保守で
//! 併せて行うこととしたため、中止します`: the 6th is not cancelled).
//!
//! The same later sentences say more than a status, each read here by one function:
//! - a time the listed window really ended (`①の作業は…1月31日(日)4時10分にすべて終了しました`,
//!   `by_ordinal`), or new times for it (`※第3回は…【午前0時~午前8時】に延長`, `retime`);
//! - an end of its own for part of an area (`愛媛県は、…停止の終了が1月31日(日)10:00となります`,
//!   `part_extended`);
//! - a footnote's end for the row that points at it (`完了(※1)` / `※1 …再開は…4:40となりました`,
//!   `footnote_end`);
//! - the places of the window of a day (`27日(日)の夜間作業は、東北地方(…)のお客様のみが対象です`,
//!   `places_by_day`).
//!
//! A status said before any window of its day is read (a cover letter's `追記` above the
//! attachment that lists the windows) waits for them ([`Ahead`]).

use super::super::Context;
use super::WindowSpec;
use crate::annotate::UnitNotes;
use crate::datetime::{DayRef, MonthRef};
use crate::lexicon::Class;
use crate::model::Status;
use crate::segment::Unit;

/// The status a sentence's words give, the strongest first; `None` when it says the window
/// stands (`予定どおり実施`) or says nothing of what became of it.
fn sentence_status(notes: UnitNotes<'_>, range: std::ops::Range<usize>) -> Option<Status> {
    [(Class::Cancelled, Status::Cancelled), (Class::Completed, Status::Completed)]
        .into_iter()
        .find(|(c, _)| notes.word_in(range.clone(), *c))
        .map(|(_, s)| s)
}

/// An ordinal naming a listed window at the start of `s`, as its number and length: `②`
/// is 2, `第3回` and `第三回` are 3.
fn ordinal_at(s: &str) -> Option<(u32, usize)> {
    let c = s.chars().next()?;
    if let '①'..='⑳' = c {
        return Some((c as u32 - '①' as u32 + 1, c.len_utf8()));
    }
    let rest = s.strip_prefix('第')?;
    let (after, n) = crate::datetime::numerals::number(2)(rest).ok()?;
    let after = after.strip_prefix('回')?;
    Some((n, s.len() - after.len()))
}

/// Whether a line names listed windows by ordinal and not the one `statement` opens with
/// (`第1回は予定どおり作業を終え…` under the row `| 第3回 | … |`): it speaks of those.
pub(super) fn speaks_of_another(line: &str, statement: &str) -> bool {
    let spoken = ordinals(line);
    let own = ordinal_at(statement.trim_start_matches(['|', ' '])).map(|(n, _)| n);
    !spoken.is_empty() && !own.is_some_and(|n| spoken.contains(&n))
}

/// What joins two ordinals spoken of together (`①及び③`, `第一回と第三回`).
const JOINERS: [&str; 5] = ["及び", "および", "と", "、", "・"];
/// The particles that make what precedes them the topic, longest first.
const TOPIC: [&str; 4] = ["につきましては", "につきまして", "については", "は"];

/// The ordinals a sentence makes its topic (`②については`, `第二回の作業につきましては`,
/// `①及び③は`, `第2回分は`), wherever they stand in it; an ordinal used otherwise (`第1回で
/// 全て行える`) is not what the sentence speaks of. Failing that, the ordinal it opens with (`②中止`),
/// when near its start (after `このうち、`, `なお、`).
fn ordinals(sentence: &str) -> Vec<u32> {
    ordinals_by(sentence, ordinal_at)
}

/// [`ordinals`] with another reading of an ordinal (list numbers in brackets, [`numbered`]).
fn ordinals_by(sentence: &str, ordinal_at: fn(&str) -> Option<(u32, usize)>) -> Vec<u32> {
    let mut found = Vec::new();
    for (i, _) in sentence.char_indices() {
        let Some((n, len)) = ordinal_at(&sentence[i..]) else { continue };
        let (mut run, mut at) = (vec![n], i + len);
        while let Some(j) = JOINERS.iter().find_map(|j| sentence[at..].strip_prefix(j)) {
            let Some((n, len)) = ordinal_at(j) else { break };
            run.push(n);
            at = sentence.len() - j.len() + len;
        }
        if is_topic(&sentence[at..]) {
            found.extend(run);
        }
    }
    if found.is_empty() {
        let head: usize = sentence.chars().take(8).map(char::len_utf8).sum();
        let opening = sentence[..head].char_indices().find_map(|(i, _)| Some((ordinal_at(&sentence[i..])?, i)));
        found.extend(opening.filter(|&((_, len), i)| !in_reason(&sentence[i + len..])).map(|((n, _), _)| n));
    }
    found
}

/// Whether the clause right after an ordinal gives a reason (`の作業結果を踏まえた検証のため、`):
/// then the ordinal is the cause of what the sentence says, not what it says it of.
fn in_reason(rest: &str) -> bool {
    let clause = rest.split(['、', '。']).next().unwrap_or(rest);
    crate::lexicon::ends_with(clause, crate::lexicon::Class::ReasonEnd).is_some()
}

/// Whether `rest`, right after an ordinal, makes it the topic: a topic particle, after at
/// most `の` and a short noun (`の作業`, `の保守作業`) or `分`, and an aside in brackets.
fn is_topic(rest: &str) -> bool {
    let mut rest = rest;
    if let Some(r) = rest.strip_prefix('の') {
        let noun: usize = r.chars().take_while(|c| is_noun_char(*c)).take(6).map(char::len_utf8).sum();
        if noun > 0 {
            rest = &r[noun..];
        }
    }
    let rest = rest.strip_prefix('分').unwrap_or(rest);
    // an aside in brackets before the particle (`(2)の工事(二本松市・本宮市の区間)は`)
    let rest = match rest.strip_prefix('(').and_then(|r| r.find(')').filter(|&c| c <= 60).map(|c| &r[c + 1..])) {
        Some(after) => after,
        None => rest,
    };
    TOPIC.iter().any(|t| rest.starts_with(t))
}

/// A character of a short kanji or katakana noun (`作業`, `メンテナンス`).
fn is_noun_char(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{30a0}'..='\u{30ff}')
}

/// Statuses said by ordinal (`②については…行わないこととなりました`): the earlier windows whose
/// statement opens with that ordinal; a sentence that moves it to a time it states
/// (`④は…12:00~14:00に変更します`) cancels the listed one.
fn by_ordinal(ctx: Context<'_>, unit: &Unit, notes: UnitNotes<'_>, out: &mut [WindowSpec], ahead: &mut Vec<Ahead>) {
    let (doc, text) = (unit.doc, &*unit.text);
    let mut at = 0;
    while at < text.len() {
        let range = sentence(text, at);
        let next = range.end + '。'.len_utf8();
        // `④は…12:00~14:00に変更します`: the listed window moves, so it is the old one
        let moved = || {
            let dated =
                notes.exprs.iter().any(|e| range.contains(&e.start) && e.points.iter().any(|p| p.time.is_some()));
            (notes.word_in(range.clone(), Class::Rescheduled) && dated).then_some(Status::Cancelled)
        };
        let status = sentence_status(notes, range.clone()).or_else(moved);
        let from = entry_stamp(text, notes, range.clone()).unwrap_or(range.start);
        // `②`, `第2回`, or a list number in brackets (`(2)`), each matched with its own kind
        let spoken = [ordinals(&text[from..range.end]), ordinals_by(&text[from..range.end], numbered)];
        let opens = |w: &WindowSpec| opens_with(&w.description, &spoken);
        // none listed yet: the status waits for the attachment's items
        let named = spoken.iter().any(|v| !v.is_empty());
        if let Some(status) = status.filter(|_| named && !out.iter().any(|w| w.doc == doc && opens(w))) {
            let from = out.len();
            ahead.push(Ahead { doc, from, status, of: AheadOf::Ordinals(spoken.clone()) });
        }
        let listed = out.iter_mut().filter(|w| w.doc == doc && w.status == Status::Planned && opens(w));
        // `①の作業は予定より早く、1月31日(日)4時10分にすべて終了しました`: done, at that time
        let ended = notes.exprs.iter().find(|e| {
            range.contains(&e.start)
                && e.points.len() == 1
                && e.points[0].time.is_some()
                && super::shapes::incident::recovery_point(text, e)
        });
        match (status, ended) {
            (Some(Status::Completed), Some(e)) => {
                let p = e.points[0];
                for w in listed {
                    w.status = Status::Completed;
                    w.end_at(&p);
                    w.mentions.push(ctx.mention(unit, e.start, e.end));
                }
            }
            (Some(status), _) => listed.for_each(|w| w.status = status),
            (None, _) => retime(ctx, unit, notes, range.clone(), listed),
        }
        at = next;
    }
}

/// Whether a window's statement opens with one of the ordinals `spoken` (`[②/第2回 kind,
/// (2) kind]`), or with a list number and then one (`(3)第3回`).
fn opens_with(description: &str, spoken: &[Vec<u32>; 2]) -> bool {
    let d = description.trim_start_matches(['|', ' ']);
    // `(3)第3回 12月20日(日)`: its list number, then its ordinal
    let after_number = numbered(d).map_or("", |(_, len)| d[len..].trim_start());
    ordinal_at(d).or_else(|| ordinal_at(after_number)).is_some_and(|(n, _)| spoken[0].contains(&n))
        || numbered(d).is_some_and(|(n, _)| spoken[1].contains(&n))
}

/// `※第3回は、作業時間を【午前0時~午前8時】に延長します。`: a sentence that gives the windows it
/// names by ordinal a time range with no date of its own gives them those times; one that
/// gives them only an end (`約5時間(午前5時まで)とします`) gives them that end.
fn retime<'w>(
    ctx: Context<'_>,
    unit: &Unit,
    notes: UnitNotes<'_>,
    range: std::ops::Range<usize>,
    listed: impl Iterator<Item = &'w mut WindowSpec>,
) {
    let in_sentence = notes.exprs.iter().filter(|e| range.contains(&e.start)).collect::<Vec<_>>();
    let [e] = in_sentence[..] else { return };
    if e.points.iter().any(|p| p.date.is_some()) {
        return;
    }
    // `※第3回は、…停止時間を約5時間(午前5時まで)とします。`: a new end, the start kept
    if let ([p], true) = (&e.points[..], e.until) {
        let Some(t) = p.time else { return };
        for w in listed {
            w.end = None;
            w.end_time = Some(t.into());
            w.open_end = false;
            w.mentions.push(ctx.mention(unit, e.start, e.end));
        }
        return;
    }
    let (Some(start), Some(end)) = (e.points.first(), e.points.get(1)) else { return };
    let (Some(s), Some(t)) = (start.time, end.time) else { return };
    for w in listed {
        w.start_time = Some(s.into());
        w.end = None;
        w.end_time = Some(t.into());
        w.open_end = false;
        w.mentions.push(ctx.mention(unit, e.start, e.end));
    }
}

/// Part of the area of a window given its own end: `沖縄県は、…(1)の停止が翌日 2:30 まで延長`,
/// `愛媛県は、停止日は西日本エリアと同じですが、停止の終了が1月31日(日)10:00となります`. The
/// sentence makes prefectures its topic, names the window by its list number or its area,
/// and gives one time (with or without a day) that ends it (`まで`, `終了が`); the part is a
/// window of its own, which `narrow` then takes out of the area's window.
fn part_extended(ctx: Context<'_>, unit: &Unit, notes: UnitNotes<'_>, out: &mut Vec<WindowSpec>) {
    let text = &*unit.text;
    for e in notes.exprs.iter().filter(|e| e.points.len() == 1) {
        let range = sentence(text, e.start);
        let point = e.points[0];
        if point.time.is_none() {
            continue;
        }
        let before = &text[range.start..e.start];
        if !(text[e.end..range.end].trim_start().starts_with("まで") || names_end(before)) {
            continue;
        }
        let topics: Vec<_> = notes
            .prefectures
            .iter()
            .filter(|h| range.start <= h.start && h.start < e.start && is_topic(&text[h.end..]))
            .map(|h| h.prefecture)
            .collect();
        let numbers: Vec<u32> = before
            .char_indices()
            .filter_map(|(i, _)| ordinal_at(&before[i..]).or_else(|| numbered(&before[i..])))
            .map(|(n, _)| n)
            .collect();
        let listed = |w: &WindowSpec| {
            let d = w.description.trim_start_matches(['|', ' ']);
            w.doc == unit.doc
                && (ordinal_at(d).or_else(|| numbered(d)).is_some_and(|(n, _)| numbers.contains(&n))
                    || w.areas.iter().any(|a| !a.is_empty() && before.contains(a.as_str())))
        };
        if topics.is_empty() {
            continue;
        }
        let parts: Vec<WindowSpec> = out.iter().filter(|w| listed(w)).cloned().collect();
        for mut part in parts {
            part.prefectures = topics.clone();
            part.areas.clear();
            part.end_at(&point);
            part.mentions.push(ctx.mention(unit, e.start, e.end));
            out.push(part);
        }
    }
}

/// Whether `before` ends by naming the end of a stop (`停止の終了が`, `終了は`, `再開は`).
fn names_end(before: &str) -> bool {
    let t = before.trim_end().trim_end_matches(['が', 'は', ':', ' ']);
    crate::lexicon::ends_with(t, Class::EndLabel).is_some() || crate::lexicon::ends_with(t, Class::Resumes).is_some()
}

/// A later sentence that names a day and places and says they are its target
/// (`27日(日)の夜間作業は、東北地方(青森県・…・福島県)の…お客様のみが対象です`) gives the one window
/// read on that day, placed nowhere yet, those prefectures.
fn places_by_day(unit: &Unit, notes: UnitNotes<'_>, out: &mut [WindowSpec]) {
    let text = &*unit.text;
    for e in notes.exprs.iter().filter(|e| e.points.len() == 1 && e.points[0].time.is_none()) {
        let Some(d) = e.points[0].date else { continue };
        let Some(DayRef::Day(day)) = d.day else { continue };
        let month = match d.month {
            Some(MonthRef::Month(m)) => Some(m),
            _ => None,
        };
        let range = sentence(text, e.start);
        if !crate::lexicon::contains(&text[range.clone()], Class::TargetLabel) {
            continue;
        }
        let hits: Vec<_> = notes.prefectures.iter().filter(|h| range.contains(&h.start)).cloned().collect();
        let named = super::place::sorted(&hits);
        let on_day = |w: &WindowSpec| {
            w.doc == unit.doc
                && w.start.day == day
                && month.is_none_or(|m| w.start.month == Some(m))
                && w.prefectures.is_empty()
                && w.areas.is_empty()
        };
        if named.is_empty() || out.iter().filter(|w| on_day(w)).count() != 1 {
            continue;
        }
        if let Some(w) = out.iter_mut().find(|w| on_day(w)) {
            w.prefectures = named;
        }
    }
}

/// A later sentence whose topic is a day and that gives it times (`※12月26日(土)は、…22時から
/// 翌27日(日)6時までとします。`) gives the one window read on that day those times: its start
/// time and its end. A sentence that names places is another part of that day's work.
fn times_by_day(ctx: Context<'_>, unit: &Unit, notes: UnitNotes<'_>, out: &mut [WindowSpec]) {
    let text = &*unit.text;
    for (i, e) in notes.exprs.iter().enumerate() {
        let ([p], Some(d)) = (&e.points[..], e.points.first().and_then(|p| p.date)) else { continue };
        let (Some(MonthRef::Month(m)), Some(DayRef::Day(day)), None) = (d.month, d.day, p.time) else { continue };
        if !text[e.end..].trim_start().starts_with('は') {
            continue;
        }
        let range = sentence(text, e.start);
        let rest: Vec<_> = notes.exprs[i + 1..].iter().filter(|x| range.contains(&x.start)).collect();
        let [r] = rest[..] else { continue };
        let (Some(s), Some(t)) = (r.points.first(), r.points.get(1)) else { continue };
        if r.shape != crate::datetime::Shape::Range || s.date.is_some() || s.time.is_none() || t.time.is_none() {
            continue;
        }
        if notes.prefectures.iter().any(|h| range.contains(&h.start))
            || notes.areas.iter().any(|a| range.contains(&a.0))
        {
            continue;
        }
        let on_day =
            |w: &WindowSpec| w.doc == unit.doc && w.start.month == Some(m) && w.start.day == day && w.through.is_none();
        if out.iter().filter(|w| on_day(w)).count() != 1 {
            continue;
        }
        if let Some(w) = out.iter_mut().find(|w| on_day(w)) {
            w.start_time = s.time.map(Into::into);
            w.end_at(t);
            w.mentions.push(ctx.mention(unit, r.start, r.end));
        }
    }
}

/// A footnote that gives the window whose row points at it its actual end: `| 第2回 |
/// 11月28日(土)22:00~翌3:00 | 完了(※1) |` over `※1 …サービスの再開は11月29日(日)4:40となりました。`.
fn footnote_end(ctx: Context<'_>, unit: &Unit, notes: UnitNotes<'_>, out: &mut [WindowSpec]) {
    let text = &*unit.text;
    let Some(rest) = text.strip_prefix('※') else { return };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return;
    }
    let mark = &text[..'※'.len_utf8() + digits];
    let Some(e) = notes.exprs.iter().find(|e| {
        e.points.len() == 1 && e.points[0].time.is_some() && names_end(&text[sentence(text, e.start).start..e.start])
    }) else {
        return;
    };
    let point = e.points[0];
    let marked = |w: &&mut WindowSpec| {
        w.doc == unit.doc
            && w.description
                .match_indices(mark)
                .any(|(i, _)| !w.description[i + mark.len()..].starts_with(|c: char| c.is_ascii_digit()))
    };
    for w in out.iter_mut().filter(marked) {
        w.end_at(&point);
        w.mentions.push(ctx.mention(unit, e.start, e.end));
    }
}

/// A list number in brackets (`(1)`), as its number and length.
fn numbered(s: &str) -> Option<(u32, usize)> {
    let rest = s.strip_prefix('(')?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let v = rest.get(..n).filter(|_| (1..=2).contains(&n))?.parse().ok()?;
    rest[n..].starts_with(')').then_some((v, n + 2))
}

/// Where the date a change log's entry opens with ends (`2026/11/30 ②12月13日(日)のメンテナンス
/// は…中止いたしました`): a full date at the start of the sentence, followed by a space and not
/// by a particle, with another date after it. The entry's date is when the change was
/// written; the sentence speaks of the date after it.
fn entry_stamp(text: &str, notes: UnitNotes<'_>, range: std::ops::Range<usize>) -> Option<usize> {
    let lead = range.start + (text[range.clone()].len() - text[range.clone()].trim_start().len());
    let mut exprs = notes.exprs.iter().filter(|e| range.contains(&e.start));
    let first = exprs.next().filter(|e| e.start == lead)?;
    let [p] = &first.points[..] else { return None };
    let dated = p.time.is_none() && p.date.is_some_and(|d| d.year.is_some());
    let spaced = text[first.end..].starts_with([' ', '\u{3000}']);
    (dated && spaced && exprs.next().is_some()).then_some(first.end)
}

/// The sentence of `text` around byte `at`.
pub(super) fn sentence(text: &str, at: usize) -> std::ops::Range<usize> {
    let start = text[..at].rfind('。').map_or(0, |i| i + '。'.len_utf8());
    let end = text[at..].find('。').map_or(text.len(), |i| at + i);
    start..end
}

/// A status said of a day before any window of that day is read: a cover letter's `追記`
/// above the attachment that lists the windows (`下記(2)11月22日(日)の作業は中止となりました`).
/// It waits for the windows read after it, in its document or a later one.
pub struct Ahead {
    doc: usize,
    /// How many windows were read before it.
    from: usize,
    status: Status,
    of: AheadOf,
}

/// What a status said ahead names.
enum AheadOf {
    /// A day (month, day): the windows of its document or a later one that start on it.
    Day(u32, u32),
    /// Listed items by their ordinals (`別添の1.(2)の工事は…取りやめ`), of the two kinds of
    /// [`opens_with`]: the windows of a later document (the attachment a cover letter
    /// forwards) whose statement opens with one.
    Ordinals([Vec<u32>; 2]),
}

/// Give the windows read after each status said ahead of them that status, when they are
/// what it names and still `planned`.
pub fn apply_ahead(ahead: &[Ahead], out: &mut [WindowSpec]) {
    for a in ahead {
        let names = |w: &WindowSpec| match a.of {
            AheadOf::Day(m, d) => w.doc >= a.doc && w.start.month == Some(m) && w.start.day == d && w.through.is_none(),
            AheadOf::Ordinals(ref spoken) => w.doc > a.doc && opens_with(&w.description, spoken),
        };
        for w in out.iter_mut().skip(a.from).filter(|w| w.status == Status::Planned && names(w)) {
            w.status = a.status;
        }
    }
}

/// Apply the statuses unit `notes` (of document `doc`, text `text`) gives by date to the
/// earlier windows `out`; a day none of them starts on, named with no time, waits in `ahead`
/// for the windows read later.
pub fn apply(ctx: Context<'_>, unit: &Unit, notes: UnitNotes<'_>, out: &mut Vec<WindowSpec>, ahead: &mut Vec<Ahead>) {
    let (doc, text) = (unit.doc, &*unit.text);
    let says_status = notes.classes.any(&[Class::Cancelled, Class::Completed, Class::Rescheduled]);
    // new times for a window named by ordinal need an expression, a status needs its word
    if says_status || !notes.exprs.is_empty() {
        by_ordinal(ctx, unit, notes, out, ahead);
    }
    if !notes.exprs.is_empty() && !notes.prefectures.is_empty() {
        part_extended(ctx, unit, notes, out);
    }
    if !notes.exprs.is_empty() {
        footnote_end(ctx, unit, notes, out);
        times_by_day(ctx, unit, notes, out);
    }
    if !notes.exprs.is_empty() && !notes.prefectures.is_empty() {
        places_by_day(unit, notes, out);
    }
    if !says_status {
        return;
    }
    let mut spoken: Vec<usize> = Vec::new();
    for e in notes.exprs {
        let range = sentence(text, e.start);
        if spoken.contains(&range.start) || entry_stamp(text, notes, range.clone()).is_some_and(|end| e.end <= end) {
            continue;
        }
        spoken.push(range.start);
        let Some(status) = sentence_status(notes, range) else { continue };
        for p in &e.points {
            let Some(d) = p.date else { continue };
            let (Some(MonthRef::Month(m)), Some(DayRef::Day(day))) = (d.month, d.day) else { continue };
            let on_day = |w: &WindowSpec| w.start.month == Some(m) && w.start.day == day && w.through.is_none();
            if p.time.is_none() && !out.iter().any(|w| w.doc == doc && on_day(w)) {
                ahead.push(Ahead { doc, from: out.len(), status, of: AheadOf::Day(m, day) });
            }
            for w in out.iter_mut().filter(|w| w.doc == doc && w.status == Status::Planned) {
                if on_day(w) {
                    w.status = status;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::windows;

    #[test]
    fn an_ordinal_in_a_reason_is_not_what_a_status_is_said_of() {
        let cases: &[(&str, &[&str])] = &[
            (
                "夜間メンテナンスを実施しております。各回の状況は次のとおりです。\n\n- 第1回 2027年2月20日(土)23:00~2月21日(日)6:00\n作業は予定どおり完了しました。\n- 第2回 2027年3月13日(土)23:00~3月14日(日)6:00\n第1回の作業結果を踏まえた検証のため、実施を当面見合わせます。",
                &["2027-02-20T23:00..2027-02-21T06:00 completed", "2027-03-13T23:00..2027-03-14T06:00 cancelled"],
            ),
            (
                "保守作業を実施します。\n\n①2027年2月20日(土)23:00~翌6:00\n②2027年3月13日(土)23:00~翌6:00\n\n②は、①で不具合が見つかったので、中止します。",
                &["2027-02-20T23:00..2027-02-21T06:00 planned", "2027-03-13T23:00..2027-03-14T06:00 cancelled"],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(windows("令和9年2月24日", body), *want, "{body}");
        }
    }

    #[test]
    fn a_later_sentence_gives_a_window_its_status() {
        let cases: &[(&str, &[&str])] = &[
            (
                "下記の日時にシステムを停止します。\n\n・令和8年3月7日(土)1:00~5:00\n・令和8年3月8日(日)1:00~5:00\n\n上記のうち3月8日(日)分は、実施を見合わせることとなりました。",
                &["2026-03-07T01:00..2026-03-07T05:00 planned", "2026-03-08T01:00..2026-03-08T05:00 cancelled"],
            ),
            (
                "下記の日時にシステムを停止します。\n\n・令和8年3月7日(土)1:00~5:00\n・令和8年3月14日(土)1:00~5:00\n\n上記のうち、3月7日(土)の作業は完了しました。3月14日(土)は予定どおり実施します。",
                &["2026-03-07T01:00..2026-03-07T05:00 completed", "2026-03-14T01:00..2026-03-14T05:00 planned"],
            ),
            (
                "下記の日時にシステムを停止します。\n\n①令和8年3月7日(土)1:00~5:00\n②令和8年3月14日(土)1:00~5:00\n③令和8年3月21日(土)1:00~5:00\n④令和8年3月28日(土)1:00~5:00\n\nこのうち、①は予定どおり実施し、正常に終了しました。\n②については、行わないこととなりました。\n③は予定どおり実施します。\n④は作業時間を短縮し、3月28日(土)1:00~3:00に変更します。",
                &[
                    "2026-03-07T01:00..2026-03-07T05:00 completed",
                    "2026-03-14T01:00..2026-03-14T05:00 cancelled",
                    "2026-03-21T01:00..2026-03-21T05:00 planned",
                    "2026-03-28T01:00..2026-03-28T03:00 rescheduled",
                    "2026-03-28T01:00..2026-03-28T05:00 cancelled",
                ],
            ),
            (
                "下記の日時にシステムを停止します。\n\n・令和8年3月6日(土)22:00~翌5:00\n・令和8年3月13日(土)1:00~4:00\n\nなお、3月13日(土)の臨時保守は、修正を3月6日(土)の定期保守で併せて行うこととしたため、中止します。",
                &["2026-03-06T22:00..2026-03-07T05:00 planned", "2026-03-13T01:00..2026-03-13T04:00 cancelled"],
            ),
            (
                "次のとおりシステムを停止します。\n\n第一回 令和8年3月7日(土)1:00~5:00\n第二回 令和8年3月14日(土)1:00~5:00\n\n追って、関係機関と調整した結果、第二回の作業につきましては実施を見合わせることとなりました。",
                &["2026-03-07T01:00..2026-03-07T05:00 planned", "2026-03-14T01:00..2026-03-14T05:00 cancelled"],
            ),
            (
                "次のとおりシステムを停止します。\n\n| 第1回 | 3月7日(土)1:00~5:00 |\n| 第2回 | 3月14日(土)1:00~5:00 |\n\n手順を見直した結果、第1回で全ての作業を行えるため、第2回の作業は不要となりました。",
                &["2026-03-07T01:00..2026-03-07T05:00 planned", "2026-03-14T01:00..2026-03-14T05:00 cancelled"],
            ),
            // a change log: each entry opens with the day it was written
            (
                "次のとおりシステムを停止します。\n\n| ① | 2026年11月22日(日) | 0:00~6:00 |\n| ② | 2026年12月13日(日) | 0:00~6:00 |\n\n■更新履歴\n\n- 2026/11/30 ②12月13日(日)のメンテナンスは、中止いたしました。\n- 2026/11/24 ①11月22日(日)のメンテナンスは、予定どおり完了いたしました。",
                &["2026-11-22T00:00..2026-11-22T06:00 completed", "2026-12-13T00:00..2026-12-13T06:00 cancelled"],
            ),
            (
                "次のとおりシステムを停止します。\n\n①令和8年3月7日(土)1:00~5:00\n②令和8年3月14日(土)1:00~5:00\n③令和8年3月21日(土)1:00~5:00\n\nその後、②及び③については中止することとなりました。",
                &[
                    "2026-03-07T01:00..2026-03-07T05:00 planned",
                    "2026-03-14T01:00..2026-03-14T05:00 cancelled",
                    "2026-03-21T01:00..2026-03-21T05:00 cancelled",
                ],
            ),
            (
                "次のとおりシステムを停止します。\n\n①令和9年1月30日(土)20時~翌31日(日)6時\n②令和9年2月13日(土)20時~翌14日(日)6時\n\n①の作業は予定より早く、1月31日(日)4時10分にすべて終了しました。\n②は予定どおり実施いたします。",
                &["2027-01-30T20:00..2027-01-31T04:10 completed", "2027-02-13T20:00..2027-02-14T06:00 planned"],
            ),
            (
                "次のとおりシステムを停止します。\n\n①令和8年3月7日(土)1:00~5:00\n②令和8年3月14日(土)1:00~5:00\n\n本日、事務局より、②の作業については調整のため延期し、3月28日(土)1時から5時までの間に実施するとの連絡がありました。①の日程に変更はございません。",
                &[
                    "2026-03-07T01:00..2026-03-07T05:00 planned",
                    "2026-03-14T01:00..2026-03-14T05:00 cancelled",
                    "2026-03-28T01:00..2026-03-28T05:00 rescheduled",
                ],
            ),
            (
                "■作業時間(各回共通)\n【午前0時~午前6時】\n\n■作業日\n第1回 2026年5月10日(日)\n第2回 2026年8月9日(日)\n第3回 2026年11月8日(日) ※\n第4回 2027年2月14日(日)\n\n※第3回は、作業時間を【午前0時~午前8時】に延長します。",
                &[
                    "2026-05-10T00:00..2026-05-10T06:00 planned",
                    "2026-08-09T00:00..2026-08-09T06:00 planned",
                    "2026-11-08T00:00..2026-11-08T08:00 planned",
                    "2027-02-14T00:00..2027-02-14T06:00 planned",
                ],
            ),
            (
                "下記のとおり回線を切り替えます。\n\n(1)令和8年12月5日(土)[21:00-24:00] 西日本\n(2)令和8年12月12日(土)[21:00-24:00] 東日本\n\n西日本:大阪府、福岡県、沖縄県\n東日本:北海道、宮城県\n\n沖縄県は、中継回線の切替を併せて行うため、(1)の停止が翌日 2:30 まで延長されます。",
                &[
                    "2026-12-05T21:00..2026-12-06T00:00 planned [27,40]",
                    "2026-12-05T21:00..2026-12-06T02:30 planned [47]",
                    "2026-12-12T21:00..2026-12-13T00:00 planned [01,04]",
                ],
            ),
            (
                "下記のとおり停止します。\n\n【東日本エリア】令和8年12月5日(土)21:00~12月6日(日)7:00\n【西日本エリア】令和8年12月12日(土)21:00~12月13日(日)7:00\n\n東日本エリア:北海道、宮城県\n西日本エリア:大阪府、愛媛県、沖縄県\n\n愛媛県は、工事が重なるため、停止日は西日本エリアと同じですが、停止の終了が12月13日(日)10:00となります。",
                &[
                    "2026-12-05T21:00..2026-12-06T07:00 planned [01,04]",
                    "2026-12-12T21:00..2026-12-13T07:00 planned [27,47]",
                    "2026-12-12T21:00..2026-12-13T10:00 planned [38]",
                ],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年3月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_later_sentence_places_the_window_of_its_day() {
        let body = "年末の2夜にわたり、メンテナンスを実施いたします。メンテナンス中はご利用いただけません。\n\n■停止時間帯22:00 ~ 翌5:00\n■対象日2026年12月26日(土)・27日(日)の2夜\n\n※26日(土)の作業は、全国のお客様が対象です。\n\n27日(日)の夜間作業は、東北地方(青森県・岩手県・宮城県)の拠点サーバーをご利用のお客様のみが対象です。";
        assert_eq!(
            windows("令和8年12月10日", body),
            ["2026-12-26T22:00..2026-12-27T05:00 planned", "2026-12-27T22:00..2026-12-28T05:00 planned [02,03,04]"]
        );
    }

    #[test]
    fn a_footnote_gives_its_window_the_actual_end() {
        let body = "計画停止の実施状況をお知らせします。\n\n| 回 | 当初の予定日時 | 状況 |\n|---|---|---|\n| 第1回 | 3月7日(土)22:00~翌3:00 | 完了 |\n| 第2回 | 3月14日(土)22:00~翌3:00 | 完了(※1) |\n\n※1 作業に想定以上の時間を要したため、サービスの再開は3月15日(日)4:40となりました。";
        assert_eq!(
            windows("令和8年3月20日", body),
            ["2026-03-07T22:00..2026-03-08T03:00 completed", "2026-03-14T22:00..2026-03-15T04:40 completed"]
        );
    }

    #[test]
    fn a_status_said_ahead_of_its_window_waits_for_it() {
        let cases: &[(&str, &[&str])] = &[
            (
                "日本医師会より別添のとおり通知がありました。\n\n【追記】\n下記(2)3月14日(土)の作業は中止となりました。(1)は予定どおり行われます。\n\n【別添】\n\nシステムを停止いたします。\n\n(1)令和8年3月7日(土)0:00~5:00\n(2)令和8年3月14日(土)0:00~5:00",
                &["2026-03-07T00:00..2026-03-07T05:00 planned", "2026-03-14T00:00..2026-03-14T05:00 cancelled"],
            ),
            // a day said with its own times is a window of its own, not a status ahead
            (
                "3月14日(土)1:00~2:00の作業は中止となりました。\n\nシステムを停止いたします。\n\n・令和8年3月14日(土)3:00~5:00",
                &["2026-03-14T01:00..2026-03-14T02:00 cancelled", "2026-03-14T03:00..2026-03-14T05:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年3月1日", statement), *want, "{statement}");
        }
    }

    #[test]
    fn a_cover_letter_gives_an_item_of_its_attachment_a_status() {
        let attachment = "別添\n\n県医発第50号\n令和8年9月1日\n\n郡市医師会長 殿\n\n公益社団法人 架空県医師会\n\nネットワーク停止について\n\n下記の日時にネットワークを停止いたします。\n\n(1) 令和8年9月26日(土)22時~翌27日(日)4時\n(2) 令和8年10月3日(土)22時~翌4日(日)4時";
        let cases: &[(&str, &[&str])] = &[
            // `(2)`, an aside in brackets before the particle
            (
                "標記について、県医師会より別添のとおり通知がありました。なお、別添の(2)の工事(北部地区の区間)は、取りやめとなりました。",
                &["2026-09-26T22:00..2026-09-27T04:00 planned", "2026-10-03T22:00..2026-10-04T04:00 cancelled"],
            ),
            // a date, in a quoted message
            (
                "標記について、県医師会より別添のとおり通知がありました。なお、10月3日(土)実施分は、「当日の停止は行わない」との連絡がございました。",
                &["2026-09-26T22:00..2026-09-27T04:00 planned", "2026-10-03T22:00..2026-10-04T04:00 cancelled"],
            ),
            // `第1回` names no `(1)`
            (
                "標記について、県医師会より別添のとおり通知がありました。なお、第1回の工事は中止となりました。",
                &["2026-09-26T22:00..2026-09-27T04:00 planned", "2026-10-03T22:00..2026-10-04T04:00 planned"],
            ),
        ];
        for (cover, want) in cases {
            let text = format!("{cover}\n\n{attachment}");
            assert_eq!(windows("令和8年9月10日", &text), *want, "{cover}");
        }
    }
}
