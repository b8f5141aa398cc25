//! Collation: the inputs as distinct notices, oldest first, each with the notices it
//! refers to.
//!
//! Inputs with the same identity ([`super::identity`]) are one notice: the same circular
//! as text, PDF and e-mail, or forwarded with a note, or re-saved. Of the copies, the one
//! with the most windows is read (a reader that lost a window reads fewer), then text
//! before HTML, e-mail and PDF, then by name; the others are reported as merged.
//!
//! Notices are ordered by date (undated ones first, so that any dated notice speaks after
//! them), then by report number (`第1報` before `第2報` of one day), number and identity.

use super::identity::{numbered_key, organisation, report_number, squash, unnumbered_key};
use crate::model::{Document, Notice, Reference, SourceFormat};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One distinct notice.
#[derive(Debug, Clone)]
pub struct Record<'a> {
    /// Identity (`n-…`).
    pub id: String,
    /// The copy whose windows are read.
    pub notice: &'a Notice,
    /// Every input that is this notice, the one read first.
    pub copies: Vec<&'a Notice>,
    /// Issue date (the cover's, else the latest attachment's).
    pub date: Option<NaiveDate>,
    /// `第N報`.
    pub report: Option<u32>,
    /// Organisation of the issuer.
    pub organisation: String,
    /// Indices (in the collated list) of the notices it refers to.
    pub refers_to: Vec<usize>,
}

impl Record<'_> {
    /// The cover and the attachments.
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        std::iter::once(&self.notice.document).chain(&self.notice.attachments)
    }

    /// The titles of its documents, cover first.
    pub fn titles(&self) -> impl Iterator<Item = &str> {
        self.documents().filter_map(|d| d.title.as_deref())
    }
}

/// Distinct notices, oldest first, references resolved.
pub fn collate(notices: &[Notice]) -> Vec<Record<'_>> {
    let mut groups: BTreeMap<String, Vec<&Notice>> = BTreeMap::new();
    for (key, n) in keys(notices) {
        groups.entry(key).or_default().push(n);
    }
    let mut records: Vec<Record<'_>> = groups.into_iter().map(|(id, copies)| record(id, copies)).collect();
    records.sort_by(|a, b| {
        let key = |r: &Record<'_>| (r.date, r.report.unwrap_or(0), r.notice.document.number.clone(), r.id.clone());
        key(a).cmp(&key(b))
    });
    let index = Index::of(&records);
    let refs: Vec<Vec<usize>> = (0..records.len()).map(|i| resolve(&records, &index, i)).collect();
    for (r, refs) in records.iter_mut().zip(refs) {
        r.refers_to = refs;
    }
    records
}

/// The identity of each input. Numbered notices agree on number and date; an issuer
/// missing from one copy does not split them.
fn keys(notices: &[Notice]) -> Vec<(String, &Notice)> {
    let mut by_number: BTreeMap<(String, Option<NaiveDate>), Vec<&Notice>> = BTreeMap::new();
    let mut out = Vec::new();
    for n in notices {
        match n.document.number.as_deref().map(squash).filter(|s| !s.is_empty()) {
            Some(number) => by_number.entry((number, n.document.date)).or_default().push(n),
            None => out.push((unnumbered_key(n), n)),
        }
    }
    for ((number, date), copies) in by_number {
        let orgs: Vec<String> = {
            let mut v: Vec<String> = copies.iter().map(|n| org_of(n)).filter(|o| !o.is_empty()).collect();
            v.sort();
            v.dedup();
            v
        };
        for n in copies {
            let own = org_of(n);
            let org = if own.is_empty() { orgs.first().cloned().unwrap_or_default() } else { own };
            out.push((numbered_key(&org, &number, date), n));
        }
    }
    out
}

fn org_of(n: &Notice) -> String {
    n.document.issuer.as_deref().map(organisation).unwrap_or_default()
}

fn format_rank(f: SourceFormat) -> u8 {
    match f {
        SourceFormat::Text => 0,
        SourceFormat::Html => 1,
        SourceFormat::Eml => 2,
        SourceFormat::Pdf => 3,
    }
}

fn record(id: String, mut copies: Vec<&Notice>) -> Record<'_> {
    copies.sort_by(|a, b| {
        let key =
            |n: &Notice| (std::cmp::Reverse(n.outages.len()), format_rank(n.source.format), n.source.name.clone());
        key(a).cmp(&key(b))
    });
    let notice = copies[0];
    let date = notice.document.date.or_else(|| notice.attachments.iter().filter_map(|d| d.date).max());
    let report = std::iter::once(&notice.document)
        .chain(&notice.attachments)
        .filter_map(|d| d.title.as_deref())
        .find_map(report_number);
    Record { id, notice, copies, date, report, organisation: org_of(notice), refers_to: Vec::new() }
}

/// Records by the numbers and dates of their documents, to resolve references without
/// comparing every notice with every other.
struct Index {
    by_number: BTreeMap<String, Vec<usize>>,
    by_date: BTreeMap<NaiveDate, Vec<usize>>,
}

impl Index {
    fn of(records: &[Record<'_>]) -> Index {
        let mut index = Index { by_number: BTreeMap::new(), by_date: BTreeMap::new() };
        for (i, r) in records.iter().enumerate() {
            for d in r.documents() {
                if let Some(n) = d.number.as_deref() {
                    index.by_number.entry(squash(n)).or_default().push(i);
                }
                if let Some(date) = d.date {
                    index.by_date.entry(date).or_default().push(i);
                }
            }
        }
        index
    }

    fn candidates(&self, r: &Reference) -> &[usize] {
        let found = match (&r.number, r.date) {
            (Some(n), _) => self.by_number.get(&squash(n)),
            (None, Some(d)) => self.by_date.get(&d),
            (None, None) => None,
        };
        found.map_or(&[], Vec::as_slice)
    }
}

/// The records that record `i` refers to.
fn resolve(records: &[Record<'_>], index: &Index, i: usize) -> Vec<usize> {
    let me = &records[i];
    let mut out: Vec<usize> = Vec::new();
    let references: Vec<&Reference> = me.documents().flat_map(|d| d.references.iter()).collect();
    for r in references {
        for &j in index.candidates(r) {
            if j != i && !out.contains(&j) && records[j].documents().any(|d| cites(r, d, &me.organisation)) {
                out.push(j);
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether `r` names document `d`: by number (and date when given), or by date with its
/// kind, its quoted title or the same issuer.
fn cites(r: &Reference, d: &Document, referrer: &str) -> bool {
    match (&r.number, r.date) {
        (Some(n), date) => {
            d.number.as_deref().map(squash) == Some(squash(n)) && date.is_none_or(|date| d.date == Some(date))
        }
        (None, Some(date)) => {
            d.date == Some(date)
                && (r.kind.is_some() && r.kind == d.kind
                    || r.title
                        .as_deref()
                        .is_some_and(|t| d.title.as_deref().is_some_and(|dt| squash(dt).contains(&squash(t))))
                    || d.issuer.as_deref().is_some_and(|i| !referrer.is_empty() && organisation(i) == referrer))
        }
        (None, None) => false,
    }
}
