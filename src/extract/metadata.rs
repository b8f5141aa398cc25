//! Document metadata: number, date, kind, title, issuer, recipients.
//!
//! A Japanese circular opens in a fixed order: number and date (right-aligned), the
//! addressees ending in `殿` / `御中` / `各位`, the issuer (organisation, officer, often
//! `（公印省略）`), then the title, usually ending in its kind (`…について（周知依頼）`), then
//! the greeting (`平素より…`, `日頃より…`). The extractor walks a document's opening lines
//! with that order in mind; anything it cannot place it leaves out rather than guessing.
//! The number and the date come from the header lines the segmenter found.

use super::Context;
use crate::lexicon::{self, Class};
use crate::segment::DocumentSpan;
use chrono::NaiveDate;

/// Metadata of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentMeta {
    /// Number as written, NFKC, spaces removed.
    pub number: Option<String>,
    /// Issue date.
    pub date: Option<NaiveDate>,
    /// Kind (`周知依頼`, `事務連絡`, …).
    pub kind: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// Addressees.
    pub recipients: Vec<String>,
    /// 1-based first line.
    pub line: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// 0-based line of the title's first line, if found.
    pub title_line: Option<usize>,
    /// 0-based line of the report's stamp that dates the document
    /// (`2026年7月14日 13時30分`): a date and time that are no window.
    pub stamp_line: Option<usize>,
}

/// Extract metadata for every document.
pub fn extract(ctx: Context<'_>) -> Vec<DocumentMeta> {
    let mut docs: Vec<DocumentMeta> = ctx.seg.documents.iter().map(|d| document(ctx, d)).collect();
    signed_at_the_end(&mut docs);
    docs
}

/// A vendor notice dated at its end (`以上` / `2026年3月9日` / `株式会社…`): the date and the
/// signature after it read as a document of their own, with no title, recipients or number.
/// Their date is the notice's when it has none, and so is their issuer.
fn signed_at_the_end(docs: &mut [DocumentMeta]) {
    for i in 1..docs.len() {
        let sig = &docs[i];
        let bare = sig.title.is_none() && sig.recipients.is_empty() && sig.number.is_none();
        let lines = sig.end_line.saturating_sub(sig.line);
        if bare && lines <= 6 && docs[i - 1].date.is_none() && sig.date.is_some() {
            docs[i - 1].date = docs[i].date;
            // the signature names who sent it (`一般社団法人 長崎県医師会 常任理事…`)
            if docs[i - 1].issuer.is_none() {
                docs[i - 1].issuer = docs[i].issuer.clone();
            }
        }
    }
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The lines of one document, trimmed, with what segmentation found on them.
#[derive(Clone, Copy)]
struct Doc<'a> {
    ctx: Context<'a>,
    span: &'a DocumentSpan,
}

impl<'a> Doc<'a> {
    fn line(&self, i: usize) -> &'a str {
        self.ctx.norm.line(i).trim()
    }

    fn is_header(&self, i: usize) -> bool {
        self.span.header_lines.contains(&i)
    }

    fn is_blank(&self, i: usize) -> bool {
        self.line(i).is_empty()
    }
}

fn document(ctx: Context<'_>, span: &DocumentSpan) -> DocumentMeta {
    let doc = Doc { ctx, span };
    let (start, end) = (span.start_line, span.end_line);
    let date = span
        .date
        .or_else(|| unlabelled_date(doc))
        .or_else(|| published_date(doc))
        .or_else(|| latest_report_date(doc))
        .or_else(|| issue_date(doc))
        .or_else(|| updated_stamp(doc));
    let stamp_line =
        (start..end.min(start + 8)).find(|&i| stamped(doc, i).is_some()).filter(|&i| stamped(doc, i) == date);
    let body_at = body_start(doc);
    let (recipients, last_recipient_line) = recipients(doc, body_at);
    // title: after the recipients and the issuer, before the greeting
    let after_recipients = last_recipient_line.map_or(start, |l| l + 1);
    let (title, title_line) = title(doc, after_recipients, body_at);
    let issuer = issuer(doc, after_recipients, title_line.unwrap_or(body_at)).or_else(|| signature_issuer(doc));
    let kind = title
        .as_deref()
        .and_then(title_kind)
        .or_else(|| kind_alone(doc, body_at))
        .or_else(|| span.jimu_renraku.then(|| "事務連絡".to_string()));
    DocumentMeta {
        number: span.number.clone(),
        date,
        kind,
        title,
        issuer,
        recipients,
        line: (start..end).find(|&i| !doc.is_blank(i)).map_or(start + 1, |i| i + 1) as u32,
        end_line: (start..end).rev().find(|&i| !doc.is_blank(i)).map_or(start + 1, |i| i + 1) as u32,
        title_line,
        stamp_line,
    }
}

/// With no header date: a date alone on a line at the top (with a weekday,
/// `2025年7月25日(金)`, or a report's stamp `2026年11月24日 10:30現在`), or after `以上` at the end of the letter, or at the end of a running
/// header line.
fn unlabelled_date(doc: Doc<'_>) -> Option<NaiveDate> {
    let (start, end) = (doc.span.start_line, doc.span.end_line);
    let alone = |i: usize| doc.ctx.seg.date_alone(doc.ctx.norm, i);
    let top = (start..end.min(start + 8)).find_map(|i| alone(i).or_else(|| stamped(doc, i)));
    let after_ijo = || {
        let p = (start..end).position(|i| doc.line(i) == "以上")?;
        (start + p + 1..end.min(start + p + 6)).find_map(alone)
    };
    top.or_else(after_ijo).or_else(|| running_header_date(doc))
}

/// A report's stamp alone on its line: a full date and a time, with or without `現在`
/// (`2026年11月24日 10:30現在`, `2026年7月14日 13時30分`).
fn stamped(doc: Doc<'_>, i: usize) -> Option<NaiveDate> {
    let line = doc.ctx.norm.line(i);
    let lead = line.len() - line.trim_start().len();
    let [crate::datetime::Token::Date(d), crate::datetime::Token::Time(t)] = doc.ctx.seg.line_tokens(i) else {
        return None;
    };
    let rest = line[t.end..].trim_start();
    let word = match lexicon::starts_with(rest, Class::AsOf) {
        Some(w) => w,
        // with no `現在`, an exact time under no label: `発生日時` over `…8時40分頃` is the event
        None if !t.approx && !under_label(doc, i) => "",
        None => return None,
    };
    (d.start == lead && rest[word.len()..].trim().is_empty()).then(|| crate::datetime::full_date(d)).flatten()
}

/// Whether the line above line `i` (the nearest that is not blank) names a start or an end
/// (`1.発生日時`, `■復旧日時`): line `i` is its value.
fn under_label(doc: Doc<'_>, i: usize) -> bool {
    (doc.span.start_line..i).rev().find(|&j| !doc.is_blank(j)).is_some_and(|j| {
        let l = doc.ctx.norm.line(j);
        lexicon::contains(l, Class::StartLabel) || lexicon::contains(l, Class::EndLabel)
    })
}

/// A running header that ends with the date (`株式会社… | サポートニュース | 2026年4月3日`): the
/// last cell of one of the first three lines, when it is a full date and nothing more.
fn running_header_date(doc: Doc<'_>) -> Option<NaiveDate> {
    let (start, end) = (doc.span.start_line, doc.span.end_line);
    (start..end.min(start + 3)).find_map(|i| {
        let l = doc.ctx.norm.line(i).trim_end();
        if l.starts_with('|') {
            return None; // a table row
        }
        let cell = l.rfind('|')? + 1;
        let at = cell + (l.len() - cell - l[cell..].trim_start().len());
        (l.len() - at <= 24).then(|| doc.ctx.seg.date_at(i, at)).flatten()
    })
}

/// The date a page or bulletin gives itself (`掲載日:令和9年4月16日`, `公開日:2026/09/18`):
/// the first date label (in the lexicon's order) that one of the first 40 lines carries,
/// followed by a full date.
fn published_date(doc: Doc<'_>) -> Option<NaiveDate> {
    let (start, end) = (doc.span.start_line, doc.span.end_line);
    let lines = start..end.min(start + 40);
    let (i, date) = lexicon::list(Class::DateLabel)
        .iter()
        .find_map(|label| lines.clone().find_map(|i| labelled_date(doc, i, label).map(|d| (i, d))))?;
    Some(updated_beside(doc, i).filter(|u| *u > date).unwrap_or(date))
}

/// The date after `label` on line `i`.
fn labelled_date(doc: Doc<'_>, i: usize, label: &str) -> Option<NaiveDate> {
    let l = doc.ctx.norm.line(i);
    let at = l.find(label)? + label.len();
    let rest = l[at..].trim_start_matches([':', ' ', '\u{3000}']);
    doc.ctx.seg.date_at(i, l.len() - rest.len())
}

/// The update date given beside a page's date on line `i` (the same line or the next two:
/// `掲載日:2026年8月20日 更新日:2026年10月5日`): the date the page was last changed, which its
/// statuses reflect. A site's footer `最終更新日`, far from the page's date, is not it.
fn updated_beside(doc: Doc<'_>, i: usize) -> Option<NaiveDate> {
    let lines = i..doc.span.end_line.min(i + 3);
    lexicon::list(Class::UpdateLabel).iter().find_map(|label| lines.clone().find_map(|j| labelled_date(doc, j, label)))
}

/// A date alone on one of the first ten lines but for an update word after it (`2026年11月27日
/// 更新` above `(初版:2026年11月2日)`): the day the notice was last updated, its date.
fn updated_stamp(doc: Doc<'_>) -> Option<NaiveDate> {
    let (start, end) = (doc.span.start_line, doc.span.end_line);
    (start..end.min(start + 10)).find_map(|i| {
        let l = doc.line(i);
        let [crate::datetime::Token::Date(d)] = doc.ctx.seg.line_tokens(i) else { return None };
        let lead = doc.ctx.norm.line(i).len() - doc.ctx.norm.line(i).trim_start().len();
        let rest = l.get(d.end.checked_sub(lead)?..)?.trim();
        let updated = lexicon::list(Class::UpdateLabel).contains(&rest);
        (d.start == lead && updated).then(|| crate::datetime::full_date(d)).flatten()
    })
}

/// The date a bulletin's masthead says it was issued on (`ICT通信 第45号 2027年1月14日発行`,
/// `Vol.27 令和8年6月1日発行`), or a report's stamp (`■第2報(令和8年10月6日(火)14時20分 発信)`):
/// a full date, with or without its time, right before an issue word, on one of the first
/// twenty lines.
fn issue_date(doc: Doc<'_>) -> Option<NaiveDate> {
    use crate::datetime::Token;
    let (start, end) = (doc.span.start_line, doc.span.end_line);
    let issued = |rest: &str| lexicon::starts_with(rest.trim_start(), Class::Issued).is_some();
    (start..end.min(start + 20)).find_map(|i| {
        let l = doc.ctx.norm.line(i);
        let tokens = doc.ctx.seg.line_tokens(i);
        tokens.iter().enumerate().find_map(|(k, t)| {
            let Token::Date(d) = t else { return None };
            let time_end = match tokens.get(k + 1) {
                Some(Token::Time(t)) if l[d.end..t.start].trim().is_empty() => Some(t.end),
                _ => None,
            };
            (issued(&l[d.end..]) || time_end.is_some_and(|e| issued(&l[e..])))
                .then(|| crate::datetime::full_date(d))
                .flatten()
        })
    })
}

/// A page of numbered reports with no date of its own (`## 第3報(令和8年7月9日 7:10)` above
/// `## 第2報(…)`, or oldest first): the full date on the heading of the highest-numbered
/// report, the one the page was last updated with.
fn latest_report_date(doc: Doc<'_>) -> Option<NaiveDate> {
    let (start, end) = (doc.span.start_line, doc.span.end_line);
    let dated = |i: usize| {
        let n = crate::extract::windows::partial::report_number(crate::segment::after_markers(
            doc.line(i).trim_start_matches(['#', ' ']),
        ))?;
        let date = doc.ctx.seg.line_tokens(i).iter().find_map(|t| match t {
            crate::datetime::Token::Date(d) => crate::datetime::full_date(d),
            _ => None,
        })?;
        Some((n, date))
    };
    (start..end).filter_map(dated).max_by_key(|&(n, _)| n).map(|(_, d)| d)
}

/// The line the body starts on: the first greeting (`平素より…`, `記`) within the first 120
/// lines, or the end of that stretch.
fn body_start(doc: Doc<'_>) -> usize {
    let limit = doc.span.end_line.min(doc.span.start_line + 120);
    (doc.span.start_line..limit)
        .find(|&i| {
            let l = doc.line(i);
            !doc.is_header(i)
                && lexicon::starts_with(l, Class::Greeting).is_some()
                && (l.contains('。') || l.chars().count() > 20 || l == "記")
        })
        .unwrap_or(limit)
}

/// Addressees: the blocks of lines around a line ending in 殿/御中/各位, before the body;
/// and the last line of the last block.
fn recipients(doc: Doc<'_>, body_at: usize) -> (Vec<String>, Option<usize>) {
    let mut recipients: Vec<String> = Vec::new();
    let mut last_line = None;
    let mut i = doc.span.start_line;
    while i < body_at {
        if lexicon::ends_with(doc.line(i), Class::Addressee).is_none() {
            i += 1;
            continue;
        }
        let (bs, be) = addressee_block(doc, i, body_at);
        for k in bs..be {
            let name = strip_addressee(doc.line(k));
            if !name.is_empty() && !recipients.contains(&name) && !doc.is_header(k) {
                recipients.push(name);
            }
        }
        last_line = Some(be.max(i + 1) - 1);
        i = be.max(i + 1);
    }
    (recipients, last_line)
}

/// The block of addressee lines around line `i`, which ends in 殿/御中/各位. A `御中` alone
/// on its line (centred under the names) closes the block above it.
fn addressee_block(doc: Doc<'_>, i: usize, body_at: usize) -> (usize, usize) {
    let start = doc.span.start_line;
    let block_start = |mut s: usize| {
        while s > start && !doc.is_blank(s - 1) && !doc.is_header(s - 1) {
            s -= 1;
        }
        s
    };
    if lexicon::is(&squash(doc.line(i)), Class::Addressee) {
        let mut e = i;
        while e > start && doc.is_blank(e - 1) {
            e -= 1;
        }
        return (block_start(e), e);
    }
    let mut e = i + 1;
    while e < body_at && !doc.is_blank(e) {
        e += 1;
    }
    (block_start(i), e)
}

/// The title and its first line. A title set on two lines with a hard break (`…に伴う` /
/// `…について（周知）`) reaches the segmenter as two units: the lines right above it, up
/// to a blank line, are taken in.
fn title(doc: Doc<'_>, after_recipients: usize, body_at: usize) -> (Option<String>, Option<usize>) {
    let Some((mut title, line)) = find_title(doc.ctx, after_recipients, body_at, &doc.span.header_lines) else {
        return (None, None);
    };
    let mut k = line;
    let mut prefix: Vec<&str> = Vec::new();
    while k > after_recipients && prefix.len() < 3 {
        let above = doc.line(k - 1);
        if above.is_empty()
            || doc.is_header(k - 1)
            || above.contains('。')
            || lexicon::ends_with(above, Class::Addressee).is_some()
            || looks_like_issuer(above)
            || is_kind_word(above)
        {
            break;
        }
        prefix.insert(0, above.trim_start_matches('#').trim());
        k -= 1;
    }
    if !prefix.is_empty() {
        title = format!("{}{}", prefix.concat(), title);
    }
    (Some(title), Some(k))
}

/// The issuer: the organisation and officer lines between the recipients and the title.
fn issuer(doc: Doc<'_>, from: usize, to: usize) -> Option<String> {
    let mut lines = Vec::new();
    let mut kept_prev: Option<usize> = None;
    for k in from..to {
        let l = doc.line(k);
        if l.is_empty() || doc.is_header(k) || l.contains("公印省略") || l.starts_with('#') || is_kind_word(l) {
            continue;
        }
        if l.chars().count() > 40 || l.contains('。') {
            continue;
        }
        // an organisation or officer, or a short name right under one (`長島 公之`)
        let under_kept = k > 0 && kept_prev == Some(k - 1) && l.chars().count() <= 12;
        if looks_like_issuer(l) || under_kept {
            lines.push(without_issuer_label(l).unwrap_or(l));
            kept_prev = Some(k);
        }
    }
    (!lines.is_empty()).then(|| lines.join(" "))
}

/// The issuer named at the end, when the top names none: a newsletter's or a vendor's
/// signature, labelled (`発行:一般社団法人 愛媛県歯科医師会`) or an organisation's name alone on
/// one of the document's last lines. A contact line (`…事務局(担当:堀)`, `TEL …`) is none.
fn signature_issuer(doc: Doc<'_>) -> Option<String> {
    let lines = (doc.span.start_line..doc.span.end_line).rev().filter(|&k| !doc.line(k).trim().is_empty());
    lines.take(8).find_map(|k| {
        let l = doc.line(k).trim();
        let name = match l.split_once(':') {
            Some(_) => without_issuer_label(l)?,
            // a list item (`・…コールセンター`, in a list of links) is no signature
            None if lexicon::bullet_at(l).is_some() => return None,
            None => l,
        };
        let plain = name.chars().count() <= 40 && !name.contains('。') && !name.chars().any(|c| c.is_ascii_digit());
        (plain && lexicon::ends_with(name, Class::OrgEnd).is_some()).then(|| name.to_string())
    })
}

/// The name after an issuer label (`発行:一般社団法人 愛媛県歯科医師会` → the association).
fn without_issuer_label(l: &str) -> Option<&str> {
    let (label, rest) = l.split_once(':')?;
    lexicon::is(label.trim(), Class::IssuerLabel).then_some(rest.trim())
}

/// A kind word alone on a line at the top (`情報提供`).
fn kind_alone(doc: Doc<'_>, body_at: usize) -> Option<String> {
    let start = doc.span.start_line;
    (start..body_at.min(start + 10)).map(|k| squash(doc.line(k).trim_start_matches('#'))).find(|l| is_kind_word(l))
}

/// An organisation or an officer: the issuer block, never part of a title.
fn looks_like_issuer(l: &str) -> bool {
    let t = l.trim();
    t.contains("公印") || lexicon::ends_with(t, Class::OrgEnd).is_some() || lexicon::contains(t, Class::Officer)
}

fn is_kind_word(l: &str) -> bool {
    crate::segment::is_kind_word(l)
}

fn strip_addressee(l: &str) -> String {
    let mut t = l.trim();
    for s in lexicon::list(Class::Addressee) {
        if let Some(r) = t.strip_suffix(s) {
            t = r.trim_end();
        }
    }
    t.trim_start_matches(['-', '・', ' ']).trim().to_string()
}

/// The kind named in a title's last bracket: `…について(周知依頼)` → `周知依頼`.
fn title_kind(title: &str) -> Option<String> {
    let t = title.trim_end();
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let word = squash(&inner[open + 1..]);
    lexicon::is(&word, Class::NoticeKind).then_some(word)
}

/// The unit's text without leading source lines that name an organisation or officer,
/// and the line the rest starts on.
fn strip_issuer_lines<'u>(ctx: Context<'_>, u: &'u crate::segment::Unit, t: &'u str) -> (&'u str, usize) {
    let mut rest = t;
    let mut line = u.line;
    while line < u.last_line {
        let l = ctx.norm.line(line).trim();
        let stripped = rest.strip_prefix(l).map(str::trim_start);
        match stripped {
            Some(r) if looks_like_issuer(l) && l.chars().count() <= 40 && !r.is_empty() => {
                rest = r;
                line += 1;
            }
            _ => break,
        }
    }
    (rest, line)
}

/// The unit between `from` and `to` that reads most like a title (a kind in its last
/// bracket, `…について`, a heading; no sentence), and its first line.
fn find_title(ctx: Context<'_>, from: usize, to: usize, headers: &[usize]) -> Option<(String, usize)> {
    // Candidate units starting in from..to; prefer one that looks like a title.
    let mut best: Option<(i32, String, usize)> = None;
    // units are in line order: take the slice that starts in from..to
    let units = &ctx.seg.units;
    let lo = units.partition_point(|u| u.line < from);
    let hi = units.partition_point(|u| u.line < to).max(lo);
    for u in &units[lo..hi] {
        if headers.contains(&u.line) {
            continue;
        }
        let t = u.text.trim();
        let t = t.trim_start_matches('#').trim();
        // an issuer line that a hard wrap joined to the title (`…参事官室` / `…について`)
        let (t, first_line) = strip_issuer_lines(ctx, u, t);
        if t.is_empty()
            || t.contains("公印省略")
            || lexicon::ends_with(t, Class::Addressee).is_some()
            || is_kind_word(t)
        {
            continue;
        }
        let mut score = 0;
        if title_kind(t).is_some() {
            score += 3;
        }
        if lexicon::ends_with(t, Class::TitleEnd).is_some() || t.contains("について(") {
            score += 2;
        }
        if u.kind == crate::segment::UnitKind::Heading {
            score += 1;
        }
        if t.contains('。') {
            score -= 3;
        }
        if score >= 2 && best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, t.to_string(), first_line));
        }
    }
    best.map(|(_, t, l)| (t, l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn meta(src: &str) -> Vec<DocumentMeta> {
        let n = normalize(src);
        let mut s = segment(&n);
        let notes = crate::annotate::annotate(&mut s);
        extract(Context { norm: &n, seg: &s, notes: &notes })
    }

    /// A notice and the date it is dated (year, month, day).
    type DatedCase = (&'static str, Option<(i32, u32, u32)>);

    #[test]
    fn document_dates_written_otherwise() {
        let cases: &[DatedCase] = &[
            (
                "株式会社ミドリ | サポートニュース | 2026年4月3日\n\n# メンテナンスのお知らせ\n\n本文です。\n",
                Some((2026, 4, 3)),
            ),
            ("# お知らせ\n\n掲載日:2026年9月28日\n\n本文です。\n", Some((2026, 9, 28))),
            (
                "サービス停止のお知らせ\n 2026年11月27日 更新\n (初版:2026年11月2日)\n\n本文です。\n",
                Some((2026, 11, 27)),
            ),
            // updated beside its date: the update; a site footer's far below: not
            ("# お知らせ\n\n掲載日:2026年8月20日 更新日:2026年10月5日\n\n本文です。\n", Some((2026, 10, 5))),
            (
                "# お知らせ\n\n公開日:2026年9月28日\n\n本文です。\n\n本文です。\n\n最終更新日:2026年9月30日\n",
                Some((2026, 9, 28)),
            ),
            (
                "# 障害のお知らせ\n\n初回掲載:2026年12月3日(木)15時30分 最終更新:2026年12月3日(木)19時40分\n\n本文です。\n",
                Some((2026, 12, 3)),
            ),
            ("# お知らせ\n\n掲載 2026/11/02\n\n本文です。\n", Some((2026, 11, 2))),
            ("お客様各位\n\n本文です。\n\n以上\n\n2026年3月9日\n\n株式会社ソラメディカル\n", Some((2026, 3, 9))),
            ("| 回 | 日時 |\n|---|---|\n| 第1回 | 2026年4月18日 |\n", None),
            // numbered reports, newest first or oldest first: the latest report's heading
            (
                "# 障害について(第3報)\n\n## 第3報(令和8年7月9日 7:10)\n\n復旧しました。\n\n## 第2報(令和8年7月8日 23:30)\n\n調査中です。\n",
                Some((2026, 7, 9)),
            ),
            (
                "# 障害について\n\n【第1報】2026年7月8日 21:00\n\n調査中です。\n\n【第2報】2026年7月9日 7:10\n\n復旧しました。\n",
                Some((2026, 7, 9)),
            ),
            (
                "件名:【第2報】接続障害について\n\n参加医療機関 各位\n\n運用事務局です。\n\n■第2報(令和8年10月6日(火)14時20分 発信)\n\n本文です。\n",
                Some((2026, 10, 6)),
            ),
            ("# 障害のお知らせ\n\n第1報(11月17日 9時30分 配信)\n\n本文です。\n", None),
            (
                "【第2報】ネットワークの通信障害について\n\n2026年7月14日 13時30分\n運営協議会 事務局\n\n本日発生している通信障害について、第2報をお知らせいたします。\n",
                Some((2026, 7, 14)),
            ),
            // the value of a label is the event, not a stamp
            ("【第2報】接続障害について\n\n1.発生日時\n2026年10月6日(火)8時40分\n", None),
            ("【第2報】接続障害について\n\n2026年10月6日(火)8時40分頃\n", None),
        ];
        for (text, want) in cases {
            let m = meta(text);
            let want = want.and_then(|(y, mo, d)| NaiveDate::from_ymd_opt(y, mo, d));
            assert_eq!(m[0].date, want, "{text}");
        }
    }

    #[test]
    fn issuer_signed_at_the_end() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "会員メールマガジン 第214号\n配信日:2027年1月8日\n\n本文です。\n\n発行:一般社団法人 愛媛県歯科医師会\n",
                Some("一般社団法人 愛媛県歯科医師会"),
            ),
            (
                "サービス停止のお知らせ\n\n本文です。\n\n以上\n\n株式会社サンプル メディカル事業部\n",
                Some("株式会社サンプル メディカル事業部"),
            ),
            // a contact line is not a signature
            ("サービス停止のお知らせ\n\n本文です。\n\n問合せ:サンプル事務局(担当:堀)\nTEL 076-432-1190\n", None),
            ("サービス停止のお知らせ\n\n本文です。\n\n(参考)\n・医療機関等向けコールセンター\n", None),
        ];
        for (text, want) in cases {
            assert_eq!(meta(text)[0].issuer.as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn cover_letter() {
        let m = meta(
            "日医発第 1817 号(情シ)(保険)\n令和 7 年 1 月 30 日\n\n都道府県医師会 担当理事 殿\n郡市区等医師会 担当理事 殿\n\n公益社団法人 日本医師会\n常任理事 長島 公之\n(公印省略)\n\n**2月1日・2日のネットワーク更改に伴う\nオンライン資格確認等システムへの影響について(周知依頼)**\n\n平素より本会会務の運営に特段のご理解を賜り厚く御礼申し上げます。\n",
        );
        let d = &m[0];
        assert_eq!(d.number.as_deref(), Some("日医発第1817号(情シ)(保険)"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2025, 1, 30));
        assert_eq!(d.recipients, vec!["都道府県医師会 担当理事", "郡市区等医師会 担当理事"]);
        assert_eq!(d.issuer.as_deref(), Some("公益社団法人 日本医師会 常任理事 長島 公之"));
        assert_eq!(
            d.title.as_deref(),
            Some("2月1日・2日のネットワーク更改に伴うオンライン資格確認等システムへの影響について(周知依頼)")
        );
        assert_eq!(d.kind.as_deref(), Some("周知依頼"));
    }

    #[test]
    fn jimu_renraku_with_centred_onchu() {
        let m = meta(
            "事 務 連 絡\n令和8年4月27日\n\n公益社団法人 日本医師会\n公益社団法人 日本歯科医師会 御中\n公益社団法人 日本薬剤師会\n\n厚生労働省保険局医療介護連携政策課\n\nシステムの\nメンテナンスに伴う影響について（周知依頼）\n\n日頃より、医療保険行政の推進にご協力いただき、厚く御礼を申し上げます。\n",
        );
        let d = &m[0];
        assert_eq!(d.number, None);
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 4, 27));
        assert_eq!(d.recipients.len(), 3);
        assert_eq!(d.issuer.as_deref(), Some("厚生労働省保険局医療介護連携政策課"));
        assert_eq!(d.kind.as_deref(), Some("周知依頼"));
    }
}
