//! References to earlier notices: what a notice says it follows up.
//!
//! A change, cancellation or completion notice names the notice it follows up, nearly
//! always in one sentence near its start:
//!
//! | form | example |
//! |---|---|
//! | date and number | `令和7年8月1日付け北医発第301号にてお知らせいたしました` |
//! | date and kind | `令和7年7月30日付け事務連絡にてお知らせした` |
//! | date, kind, title | `令和7年6月30日付け事務連絡「システム障害時の資格確認方法について」でお示しした` |
//! | date only | `令和8年8月21日付けでお知らせいたしました` |
//! | number only | `日医発第1188号にてお知らせした` |
//!
//! A date followed by `付け`/`付` and a number or a kind of document (`事務連絡`, `通知`) is a
//! citation by itself; a date with neither, or a number with no date, counts only when a
//! verb of notifying follows in the same sentence (`お知らせ`, `ご案内`, `周知`, `お示し`,
//! `送付`, `発出`…), so `令和8年4月1日付けで施行` is not a reference. A year-less date takes
//! the latest such date on or before the referring document's date: a reference points to
//! the past. A document's own number is not a reference to itself.
//!
//! The calendar ([`crate::calendar`]) uses references to follow one maintenance across
//! the notices that announce, move, cancel and close it.

use super::Context;
use super::metadata::DocumentMeta;
use crate::datetime::{DayRef, MonthRef, Token};
use crate::model::Reference;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// A reference found in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Index of the referring document.
    pub doc: usize,
    /// The reference.
    pub reference: Reference,
}

/// After `付け`: an optional particle, then a number (`北医発第301号(情シ)`) or a kind of
/// document, then an optional quoted title.
static CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:け)?\s*(?:の|で)?\s*",
        r"(?:(?P<number>[^\s、。,:()「」第]{1,16}\s*第\s*[0-9〇一二三四五六七八九十百千]{1,6}\s*号(?:\s*\([^()]{1,12}\))*)",
        r"|(?P<kind>事務連絡|周知依頼|通知|文書|依頼))?",
        r"\s*(?:「(?P<title>[^」]+)」)?",
    ))
    .expect("the citation pattern compiles")
});

/// A number with no date, followed by a verb of notifying.
static NUMBER_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    let number = r"(?P<number>[^\s、。,:()「」第]{1,16}第[0-9〇一二三四五六七八九十百千]{1,6}号(?:\([^()]{1,12}\))*)";
    Regex::new(&format!(r"{number}\s*(?:「[^」]+」)?\s*(?:にて|で|により|をもって)\s*(?:{VERBS})"))
        .expect("the number pattern compiles")
});

/// Verbs of notifying, as one alternation.
const VERBS: &str = "お知らせ|ご案内|案内|周知|ご連絡|連絡|送付|依頼|お示し|示し|発出|通知|ご報告|報告|掲載|提供";

static VERB: LazyLock<Regex> = LazyLock::new(|| Regex::new(VERBS).expect("the verb pattern compiles"));

/// Find every reference in every document.
pub fn extract(ctx: Context<'_>, documents: &[DocumentMeta]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for (ui, unit) in ctx.seg.units.iter().enumerate() {
        let meta = documents.get(unit.doc);
        let own = meta.and_then(|m| m.number.as_deref());
        let date = meta.and_then(|m| m.date);
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for (start, end, r) in dated(&unit.text, ctx.notes(ui).tokens, date) {
            if r.number.is_some() && r.number.as_deref() == own {
                continue;
            }
            taken.push((start, end));
            let reference = Reference { mention: ctx.mention(unit, start, end), ..r };
            out.push(Found { doc: unit.doc, reference });
        }
        // a number needs its 号 (and the pattern is compiled only for a notice that has one)
        let numbered: &[_] = if unit.text.contains('号') { &[()] } else { &[] };
        for c in numbered.iter().flat_map(|()| NUMBER_ONLY.captures_iter(&unit.text)) {
            let Some(m) = c.name("number") else { continue };
            let number = squash(m.as_str());
            if taken.iter().any(|&(s, e)| m.start() < e && s < m.end()) || Some(number.as_str()) == own {
                continue;
            }
            let reference = Reference {
                number: Some(number),
                date: None,
                kind: None,
                title: None,
                mention: ctx.mention(unit, m.start(), m.end()),
            };
            out.push(Found { doc: unit.doc, reference });
        }
    }
    out
}

/// References that start with a date followed by `付け`: (start, end, reference without
/// its mention) in byte offsets of `text`.
fn dated(text: &str, tokens: &[Token], doc_date: Option<NaiveDate>) -> Vec<(usize, usize, Reference)> {
    let mut out = Vec::new();
    for tok in tokens {
        let Token::Date(d) = tok else { continue };
        let (Some(MonthRef::Month(month)), Some(DayRef::Day(day))) = (d.month, d.day) else { continue };
        let rest = &text[d.end..];
        let Some(after) = rest.strip_prefix('付') else { continue };
        let Some(c) = CITED.captures(after) else { continue };
        let number = c.name("number").map(|m| squash(m.as_str()));
        let kind = c.name("kind").map(|m| m.as_str().to_string());
        let title = c.name("title").map(|m| m.as_str().to_string());
        let cited_end = d.end + '付'.len_utf8() + c.get(0).map_or(0, |m| m.end());
        if number.is_none() && kind.is_none() && title.is_none() && !verb_follows(&text[cited_end..]) {
            continue;
        }
        let date = match d.year {
            Some(y) => NaiveDate::from_ymd_opt(y.value, month, day),
            None => doc_date.and_then(|ref_date| latest_on_or_before(month, day, ref_date)),
        };
        if date.is_none() && number.is_none() {
            continue;
        }
        let mention = crate::model::Mention { line: 0, column: 0, text: String::new(), page: None, part: None };
        out.push((d.start, cited_end, Reference { number, date, kind, title, mention }));
    }
    out
}

/// Whether a verb of notifying follows within the sentence (and within 40 characters).
fn verb_follows(rest: &str) -> bool {
    let sentence: String = rest.chars().take_while(|&c| c != '。').take(40).collect();
    VERB.is_match(&sentence)
}

/// The latest `month`/`day` on or before `reference`.
fn latest_on_or_before(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    (0..8)
        .map(|k| reference.year() - k)
        .find_map(|y| NaiveDate::from_ymd_opt(y, month, day).filter(|d| *d <= reference))
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str) -> Vec<Reference> {
        let n = crate::extract_str("a.txt", text).expect("reads");
        std::iter::once(&n.document).chain(&n.attachments).flat_map(|d| d.references.clone()).collect()
    }

    fn doc(body: &str) -> String {
        format!("北医発第389号\n令和7年8月29日\n\n会員 各位\n\n北海道医師会\n\n日程の変更について\n\n{body}\n")
    }

    #[test]
    fn date_and_number() {
        let r = refs(&doc("令和7年8月1日付け北医発第 301 号にてお知らせいたしました、作業について。"));
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].number.as_deref(), Some("北医発第301号"));
        assert_eq!(r[0].date, NaiveDate::from_ymd_opt(2025, 8, 1));
        assert_eq!(r[0].mention.line, 10);
        assert_eq!(r[0].mention.text, "令和7年8月1日付け北医発第 301 号");
    }

    #[test]
    fn number_with_suffixes() {
        let r = refs(&doc("令和7年9月5日付け日医発第1188号(情シ)(保険)にてお知らせいたしました。"));
        assert_eq!(r[0].number.as_deref(), Some("日医発第1188号(情シ)(保険)"));
    }

    #[test]
    fn date_and_kind_and_title() {
        let r = refs(&doc("令和7年6月30日付け事務連絡「システム障害時の資格確認方法について」でお示しした取扱い。"));
        assert_eq!(r[0].kind.as_deref(), Some("事務連絡"));
        assert_eq!(r[0].title.as_deref(), Some("システム障害時の資格確認方法について"));
        assert_eq!(r[0].number, None);
    }

    #[test]
    fn date_only_needs_a_verb() {
        let r = refs(&doc("令和7年8月21日付けでお知らせいたしました計画停止について。"));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].date, NaiveDate::from_ymd_opt(2025, 8, 21));
        assert!(refs(&doc("令和7年10月1日付けで施行されます。")).is_empty());
    }

    #[test]
    fn year_less_dates_point_to_the_past() {
        let r = refs(&doc("12月10日付け事務連絡にてお知らせした件。"));
        assert_eq!(r[0].date, NaiveDate::from_ymd_opt(2024, 12, 10));
        let r = refs(&doc("8月1日付け事務連絡にてお知らせした件。"));
        assert_eq!(r[0].date, NaiveDate::from_ymd_opt(2025, 8, 1));
    }

    #[test]
    fn number_only() {
        let r = refs(&doc("先般、日医発第1188号(情シ)にてお知らせした作業について。"));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].number.as_deref(), Some("日医発第1188号(情シ)"));
        assert_eq!(r[0].date, None);
    }

    #[test]
    fn not_references() {
        // the document's own number, a number with no verb, a window
        assert!(refs(&doc("本通知(北医発第389号)にてお知らせします。")).is_empty());
        assert!(refs(&doc("日医発第1188号を参照。")).is_empty());
        assert!(refs(&doc("令和7年9月6日(土)8時~9時半に予定していたメンテナンスは中止します。")).is_empty());
    }
}
