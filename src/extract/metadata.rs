//! Document metadata: number, date, kind, title, issuer, recipients.
//!
//! A Japanese circular opens in a fixed order: number and date (right-aligned), the
//! addressees ending in `殿` / `御中` / `各位`, the issuer (organisation, officer, often
//! `（公印省略）`), then the title, usually ending in its kind (`…について（周知依頼）`), then
//! the greeting (`平素より…`, `日頃より…`). The extractor walks a document's opening lines
//! with that order in mind; anything it cannot place it leaves out rather than guessing.
//! The number and the date come from the header lines the segmenter found.

use super::Context;
use crate::datetime::{Token, full_date, scan};
use crate::segment::{is_date_line, number_in};
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
}



/// Extract metadata for every document.
pub fn extract(ctx: Context<'_>) -> Vec<DocumentMeta> {
    ctx.seg.documents.iter().map(|d| document(ctx, d.start_line, d.end_line, &d.header_lines)).collect()
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn document(ctx: Context<'_>, start: usize, end: usize, headers: &[usize]) -> DocumentMeta {
    let norm = ctx.norm;
    let line = |i: usize| norm.line(i).trim();
    let mut number = None;
    let mut date = None;
    let mut jimu = false;
    for &h in headers {
        let l = line(h);
        if number.is_none()
            && let Some((s, e)) = number_in(l)
        {
            number = Some(squash(&l[s..e]));
        }
        // a date alone on its line, or after the number on the same line
        let after_number = number_in(l).map_or(l, |(_, e)| l[e..].trim());
        if date.is_none() && is_date_line(after_number) {
            date = scan(after_number).into_iter().find_map(|t| match t {
                Token::Date(d) => full_date(&d),
                Token::Time(_) => None,
            });
        }
        if squash(l).contains("事務連絡") {
            jimu = true;
        }
    }

    // No header date: a date alone on a line at the top (with a weekday, `2025年7月25日(金)`),
    // after `以上` at the end of the letter, or a page's publication date (`掲載日:…`)
    if date.is_none() {
        let top = (start..end.min(start + 8)).find(|&i| date_alone(line(i)).is_some());
        let after_ijo = (start..end)
            .position(|i| line(i) == "以上")
            .and_then(|p| (start + p + 1..end.min(start + p + 6)).find(|&i| date_alone(line(i)).is_some()));
        date = top.or(after_ijo).and_then(|i| date_alone(line(i)));
    }
    if date.is_none() {
        date = published_date((start..end.min(start + 40)).map(line));
    }
    // The opening: lines from the start up to the greeting (at most 40 lines).
    let limit = end.min(start + 120);
    let mut body_at = limit;
    for i in start..limit {
        let l = line(i);
        if headers.contains(&i) {
            continue;
        }
        if crate::segment::GREETINGS.iter().any(|g| l.starts_with(g)) && (l.contains('。') || l.chars().count() > 20 || l == "記") {
            body_at = i;
            break;
        }
    }

    // Recipients: blocks of lines that contain a line ending in 殿/御中/各位.
    let is_blank = |i: usize| line(i).is_empty();
    let mut recipients = Vec::new();
    let mut last_recipient_line = None;
    let mut i = start;
    while i < body_at {
        let l = line(i);
        let ends = ends_addressee(l);
        if ends.is_some() {
            let solo = squash(l) == "御中" || squash(l) == "殿" || squash(l) == "各位";
            // the block around this line
            let (bs, be) = if solo {
                // the block before the blank lines above
                let mut e = i;
                while e > start && is_blank(e - 1) {
                    e -= 1;
                }
                let mut s = e;
                while s > start && !is_blank(s - 1) && !headers.contains(&(s - 1)) {
                    s -= 1;
                }
                (s, e)
            } else {
                let mut s = i;
                while s > start && !is_blank(s - 1) && !headers.contains(&(s - 1)) {
                    s -= 1;
                }
                let mut e = i + 1;
                while e < body_at && !is_blank(e) {
                    e += 1;
                }
                (s, e)
            };
            for k in bs..be {
                let name = strip_addressee(line(k));
                if !name.is_empty() && !recipients.contains(&name) && !headers.contains(&k) {
                    recipients.push(name);
                }
            }
            last_recipient_line = Some(be.max(i + 1) - 1);
            i = be.max(i + 1);
            continue;
        }
        i += 1;
    }

    // Title: after the recipients and the issuer, before the greeting.
    let after_recipients = last_recipient_line.map(|l| l + 1).unwrap_or(start);
    let (mut title, mut title_line, title_end) = find_title(ctx, after_recipients, body_at, headers);
    // A title set on two lines with a hard break (`…に伴う` / `…について（周知）`) reaches
    // the segmenter as two units: take the lines right above it, up to a blank line.
    if let (Some(t), Some(l)) = (title.as_mut(), title_line) {
        let mut k = l;
        let mut prefix: Vec<&str> = Vec::new();
        while k > after_recipients && prefix.len() < 3 {
            let above = line(k - 1);
            if above.is_empty()
                || headers.contains(&(k - 1))
                || above.contains('。')
                || ends_addressee(above).is_some()
                || looks_like_issuer(above)
                || is_kind_word(above)
            {
                break;
            }
            prefix.insert(0, above.trim_start_matches('#').trim());
            k -= 1;
        }
        if !prefix.is_empty() {
            *t = format!("{}{}", prefix.concat(), t);
            title_line = Some(k);
        }
    }

    // Issuer: the lines between the recipients and the title.
    let issuer_end = title_line.unwrap_or(body_at);
    let mut issuer_lines = Vec::new();
    let mut kept_prev: Option<usize> = None;
    for k in after_recipients..issuer_end {
        let l = line(k);
        if l.is_empty() || headers.contains(&k) || l.contains("公印省略") || l.starts_with('#') || is_kind_word(l) {
            continue;
        }
        if l.chars().count() > 40 || l.contains('。') {
            continue;
        }
        // an organisation or officer, or a short name right under one (`長島 公之`)
        let under_kept = k > 0 && kept_prev == Some(k - 1) && l.chars().count() <= 12;
        if looks_like_issuer(l) || under_kept {
            issuer_lines.push(l.to_string());
            kept_prev = Some(k);
        }
    }
    let issuer = if issuer_lines.is_empty() { None } else { Some(issuer_lines.join(" ")) };

    // Kind: from the title's bracket, a kind word alone at the top, or 事務連絡.
    let mut kind = title.as_deref().and_then(title_kind);
    if kind.is_none() {
        for k in start..body_at.min(start + 10) {
            let l = squash(line(k).trim_start_matches('#'));
            if is_kind_word(&l) {
                kind = Some(l);
                break;
            }
        }
    }
    if kind.is_none() && jimu {
        kind = Some("事務連絡".to_string());
    }
    let _ = title_end;
    DocumentMeta {
        number,
        date,
        kind,
        title,
        issuer,
        recipients,
        line: (start..end).find(|&i| !line(i).is_empty()).map_or(start + 1, |i| i + 1) as u32,
        end_line: (start..end).rev().find(|&i| !line(i).is_empty()).map_or(start + 1, |i| i + 1) as u32,
        title_line,
    }
}

/// An organisation or an officer: the issuer block, never part of a title.
fn looks_like_issuer(l: &str) -> bool {
    const ORG_ENDS: [&str; 12] =
        ["会", "課", "局", "省", "部", "室", "庁", "センター", "機構", "協会", "法人", "事務局"];
    const OFFICERS: [&str; 9] = ["会長", "理事", "局長", "課長", "部長", "室長", "所長", "大臣", "担当"];
    let t = l.trim();
    t.contains("公印") || ORG_ENDS.iter().any(|e| t.ends_with(e)) || OFFICERS.iter().any(|o| t.contains(o))
}

/// A full date alone on a line, a weekday allowed (`2025年7月25日(金)`).
/// Labels of a page's or a bulletin's own date, the first preferred.
const DATE_LABELS: [&str; 8] = ["掲載日", "公開日", "配信日", "発行日", "発信日", "作成日", "最終更新日", "更新日"];

/// The date a page or bulletin gives itself (`掲載日:令和9年4月16日`, `公開日:2026/09/18`):
/// the first label in [`DATE_LABELS`] order that some line carries, followed by a full date.
fn published_date<'a>(lines: impl Iterator<Item = &'a str>) -> Option<NaiveDate> {
    let lines: Vec<&str> = lines.collect();
    DATE_LABELS.iter().find_map(|label| {
        lines.iter().find_map(|l| {
            let at = l.find(label)? + label.len();
            let rest = l[at..].trim_start_matches([':', ' ', '\u{3000}']);
            match scan(rest).first() {
                Some(Token::Date(d)) if d.start == 0 => full_date(d),
                _ => None,
            }
        })
    })
}

fn date_alone(l: &str) -> Option<NaiveDate> {
    let toks = scan(l);
    match toks.as_slice() {
        [Token::Date(d)] if d.start == 0 && l[d.end..].trim().is_empty() => full_date(d),
        _ => None,
    }
}

fn is_kind_word(l: &str) -> bool {
    crate::segment::is_kind_word(l)
}

fn ends_addressee(l: &str) -> Option<&'static str> {
    ["殿", "御中", "各位"].into_iter().find(|s| l.ends_with(s))
}

fn strip_addressee(l: &str) -> String {
    let mut t = l.trim();
    for s in ["殿", "御中", "各位"] {
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
    crate::segment::KINDS.iter().any(|k| *k == word).then_some(word)
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

fn find_title(
    ctx: Context<'_>,
    from: usize,
    to: usize,
    headers: &[usize],
) -> (Option<String>, Option<usize>, Option<usize>) {
    // Candidate units starting in from..to; prefer one that looks like a title.
    let mut best: Option<(i32, String, usize, usize)> = None;
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
        if t.is_empty() || t.contains("公印省略") || ends_addressee(t).is_some() || is_kind_word(t) {
            continue;
        }
        let mut score = 0;
        if title_kind(t).is_some() {
            score += 3;
        }
        if t.ends_with("について") || t.contains("について(") || t.ends_with("のお知らせ") || t.ends_with("のご案内")
        {
            score += 2;
        }
        if u.kind == crate::segment::UnitKind::Heading {
            score += 1;
        }
        if t.contains('。') {
            score -= 3;
        }
        if score >= 2 && best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, t.to_string(), first_line, u.last_line));
        }
    }
    match best {
        Some((_, t, l, e)) => (Some(t), Some(l), Some(e)),
        None => (None, None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn meta(src: &str) -> Vec<DocumentMeta> {
        let n = normalize(src);
        let s = segment(&n);
        let notes = crate::annotate::annotate(&s);
        extract(Context { norm: &n, seg: &s, notes: &notes })
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
