//! tsuchi (通知, "notice") reads Japanese maintenance and outage circulars and turns them
//! into validated structured data.
//!
//! 厚生労働省, 日本医師会 and the prefectural and city 医師会 send circulars (周知依頼,
//! 事務連絡) saying when national systems (オンライン資格確認等システム, 電子処方箋管理サービス,
//! レセプトオンライン請求, マイナポータル…) will stop. tsuchi reads one and returns a
//! [`model::Notice`]: document metadata, outage windows with areas and prefectures,
//! contacts, links, every date expression, and diagnostics, each value with the line and
//! column of the source text it came from.
//!
//! ```
//! let text = "事務連絡\n令和8年4月27日\n\n以下の時間帯に、システムが停止します。\n\n・令和8年5月24日（日）2:00～3:00（予定）\n";
//! let notice = tsuchi::extract_str("notice.txt", text).unwrap();
//! assert_eq!(notice.document.date.map(|d| d.to_string()).as_deref(), Some("2026-04-27"));
//! let w = &notice.outages[0];
//! assert_eq!(w.start.to_rfc3339(), "2026-05-24T02:00:00+09:00");
//! assert_eq!(w.end.map(|e| e.to_rfc3339()).as_deref(), Some("2026-05-24T03:00:00+09:00"));
//! assert!(w.tentative);
//! assert_eq!(w.mentions[0].line, 6);
//! ```
//!
//! # The pipeline
//!
//! Data flows one way through stages, each a module with a small typed interface:
//!
//! [`ingest`] (PDF, HTML, e-mail or text → a text view with a map back to the source) →
//! [`decode`] (bytes → text, encoding detected) → [`normalize`] (NFKC and the rest, with a
//! map back to the original) → `segment` (documents, headings, units; page breaks
//! rejoined) → `annotate` (each unit's dates, lexicon words and places, read once) →
//! `extract` (one extractor per file, window statements one shape per file) → `resolve`
//! (years, merging, ordering) → [`validate`] (checks and the JSON Schema) → [`emit`] (JSON, YAML,
//! iCalendar).
//!
//! # What it guarantees, and what not
//!
//! - It never panics on input, and reading never fails on content: a notice with nothing
//!   recognisable gives empty lists. Only unreadable or undecodable bytes are errors.
//! - Every outage, contact, URL, system and prefecture carries at least one mention whose
//!   line and column point at its evidence in the decoded source.
//! - The output is meant to validate against `schemas/notice.schema.json`
//!   ([`validate::SCHEMA`]): the test suite validates every corpus output in JSON and YAML,
//!   and `tsuchi check` validates at run time (`schema-invalid`). Extraction itself does not
//!   pay for validation; call [`validate::schema_errors`] to do it.
//! - It reads what circulars write; it does not know the systems' real schedules, and a
//!   window written in a form it does not understand is missed (and, when it looks
//!   date-like, reported).

#![deny(missing_docs)]

pub(crate) mod annotate;
pub mod calendar;
pub mod datetime;
pub mod decode;
pub mod emit;
mod error;
pub(crate) mod extract;
pub mod ingest;
pub(crate) mod lexicon;
mod matcher;
pub mod model;
pub mod municipalities;
pub mod normalize;
pub mod prefectures;
pub(crate) mod resolve;
pub mod rules;
pub(crate) mod segment;
pub mod validate;

/// The README's code blocks, compiled and run as doctests so the README cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use decode::EncodingChoice;
pub use error::Error;
pub use ingest::InputFormat;
pub use model::Notice;

use sha2::{Digest, Sha256};

/// Options for reading a notice.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How to decode text (a text file, an HTML page without a declared charset, an e-mail
    /// part without one).
    pub encoding: EncodingChoice,
    /// Which reader to use (detected from the content by default).
    pub input_format: InputFormat,
}

/// Read a notice from bytes in any supported format (text, PDF, HTML, e-mail). `name` is
/// recorded as the source name, and its extension is a hint for format detection.
///
/// ```
/// let n = tsuchi::extract_bytes("a.txt", "令和7年1月30日".as_bytes(), &tsuchi::Options::default()).unwrap();
/// assert_eq!(n.source.encoding.as_deref(), Some("utf-8"));
/// ```
pub fn extract_bytes(name: &str, bytes: &[u8], options: &Options) -> Result<Notice, Error> {
    read(name, bytes, options).map(|r| r.notice)
}

/// A notice together with the source text its positions refer to, to quote a line under
/// a diagnostic (as `tsuchi check` does).
#[derive(Debug, Clone)]
pub struct Reading {
    /// The extracted notice.
    pub notice: Notice,
    norm: normalize::Normalized,
}

impl Reading {
    /// The source line at `line` (on `page` of a PDF, in `part` of an e-mail): the decoded
    /// file's line for text, the HTML source line, the PDF page's text line.
    ///
    /// ```
    /// let r = tsuchi::read("a.txt", "件名\n令和7年1月30日".as_bytes(), &Default::default()).unwrap();
    /// assert_eq!(r.source_line(2, None, None), Some("令和7年1月30日"));
    /// ```
    pub fn source_line(&self, line: u32, page: Option<u32>, part: Option<&str>) -> Option<&str> {
        let part = match part {
            Some(id) => Some(self.norm.source_map()?.part_ids().iter().position(|p| p == id)? as u16),
            None => None,
        };
        self.norm.source_line(&normalize::Position { line, column: 1, page, part })
    }

    /// The text view as the extractors saw it, normalised, one entry per line with the
    /// source position of the line's first character.
    pub fn view_lines(&self) -> impl Iterator<Item = (normalize::Position, Option<&str>, &str)> + '_ {
        (0..self.norm.line_count()).map(|i| {
            let pos = self.norm.line_position(i);
            (pos, pos.part.and_then(|p| self.norm.part_id(p)), self.norm.line(i))
        })
    }
}

/// Read a notice and keep its source text (see [`Reading`]).
pub fn read(name: &str, bytes: &[u8], options: &Options) -> Result<Reading, Error> {
    let extension = std::path::Path::new(name).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let ingested =
        ingest::ingest(bytes, extension.as_deref(), options.input_format, &options.encoding).map_err(|e| match e {
            ingest::IngestError::Decode(source) => Error::Decode { name: name.to_string(), source },
            source => Error::Format { name: name.to_string(), source },
        })?;
    Ok(extract_ingested(name, bytes, ingested))
}

/// Read a notice whose bytes the caller has already decoded as text.
///
/// ```
/// let bytes = "令和7年1月30日".as_bytes();
/// let decoded = tsuchi::decode::decode(bytes, &tsuchi::EncodingChoice::Auto).unwrap();
/// let n = tsuchi::extract_decoded("a.txt", bytes, &decoded);
/// assert_eq!(n.source.bytes, bytes.len() as u64);
/// ```
pub fn extract_decoded(name: &str, bytes: &[u8], decoded: &decode::Decoded) -> Notice {
    let ingested =
        ingest::Ingested::plain(model::SourceFormat::Text, decoded.text.clone(), decoded.encoding, decoded.bom);
    extract_ingested(name, bytes, ingested).notice
}

/// Read a notice from a file.
pub fn extract_file(path: &std::path::Path, options: &Options) -> Result<Notice, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    extract_bytes(&path.display().to_string(), &bytes, options)
}

/// Read a notice from text that is already decoded.
pub fn extract_str(name: &str, text: &str) -> Result<Notice, Error> {
    let options = Options { encoding: EncodingChoice::Label("utf-8".into()), input_format: InputFormat::Text };
    extract_bytes(name, text.as_bytes(), &options)
}

/// Run the stages after ingest on a reader's text view.
pub fn extract_ingested(name: &str, bytes: &[u8], ingested: ingest::Ingested) -> Reading {
    let hash = Sha256::digest(bytes);
    let sha256 = hash.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let source = model::Source {
        name: name.to_string(),
        sha256,
        bytes: bytes.len() as u64,
        format: ingested.format,
        encoding: ingested.encoding,
        bom: ingested.bom,
        pages: ingested.pages,
        parts: ingested.parts,
    };
    let line_of =
        |o: &usize| ingested.view.as_bytes()[..(*o).min(ingested.view.len())].iter().filter(|&&b| b == b'\n').count();
    let bounds = segment::Boundaries {
        documents: ingested.doc_starts.iter().map(line_of).collect(),
        originals: ingested.original_starts.iter().map(line_of).collect(),
    };
    // the view moves into the normalised text as its original: a large notice is not held twice
    let norm = match ingested.map {
        Some(map) => normalize::normalize_view(ingested.view, map),
        None => normalize::normalize_owned(ingested.view),
    }
    .with_struck(ingested.struck);
    let notice = from_normalized(source, &norm, &ingested.hints, &bounds);
    Reading { notice, norm }
}

fn from_normalized(
    source: model::Source,
    norm: &normalize::Normalized,
    hints: &ingest::Hints,
    bounds: &segment::Boundaries,
) -> Notice {
    let mut seg = segment::segment_with(norm, bounds);
    let notes = annotate::annotate(&mut seg);
    let ctx = extract::Context { norm, seg: &seg, notes: &notes };
    let mut x = extract::extract(ctx, hints.site.as_deref());
    // the units and their notes are not needed past extraction: released before the
    // resolver and the notice allocate theirs, so the two never add up in the peak
    drop(notes);
    drop(seg);
    apply_hints(&mut x.documents, hints);
    let r = resolve::resolve(&x);
    let doc = |(i, m): (usize, &extract::metadata::DocumentMeta)| {
        let first = norm.line_position(m.line.saturating_sub(1) as usize);
        let last = norm.line_position(m.end_line.saturating_sub(1) as usize);
        model::Document {
            number: m.number.clone(),
            date: m.date,
            kind: m.kind.clone(),
            title: m.title.clone(),
            issuer: m.issuer.clone(),
            recipients: m.recipients.clone(),
            line: first.line,
            end_line: if last.page == first.page && last.part == first.part {
                last.line.max(first.line)
            } else {
                first.line
            },
            page: first.page,
            part: first.part.and_then(|p| norm.part_id(p)).map(str::to_string),
            references: x.references.iter().filter(|f| f.doc == i).map(|f| f.reference.clone()).collect(),
        }
    };
    let document = x.documents.iter().enumerate().next().map(doc).unwrap_or(model::Document {
        number: None,
        date: None,
        kind: None,
        title: None,
        issuer: None,
        recipients: Vec::new(),
        line: 1,
        end_line: 1,
        page: None,
        part: None,
        references: Vec::new(),
    });
    let attachments = x.documents.iter().enumerate().skip(1).map(doc).collect();
    let mut prefectures: Vec<model::PrefectureMention> = Vec::new();
    for p in &x.prefectures {
        let code = p.prefecture.code_str();
        match prefectures.iter_mut().find(|q| q.code == code) {
            Some(q) => q.mentions.push(p.mention.clone()),
            None => prefectures.push(model::PrefectureMention {
                code,
                name: p.prefecture.name.to_string(),
                mentions: vec![p.mention.clone()],
            }),
        }
    }
    prefectures.sort_by(|a, b| a.code.cmp(&b.code));
    let mut diagnostics = x.diagnostics.clone();
    diagnostics.extend(r.diagnostics);
    let mut notice = Notice {
        schema_version: model::SCHEMA_VERSION.to_string(),
        source,
        document,
        attachments,
        systems: x.systems,
        outages: r.outages,
        contacts: x.contacts,
        urls: x.urls,
        prefectures,
        dates: r.dates,
        diagnostics,
    };
    let more = validate::check(&notice);
    notice.diagnostics.extend(more);
    notice.diagnostics.sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
    notice.diagnostics.dedup();
    notice
}

/// Facts the reader found outside the notice's words (an e-mail's `Date:` and `Subject:`,
/// a page's `<time>` and heading) stand in for a letterhead the outermost document does
/// not have: they are used only when it states neither a number nor a date. Then a
/// message's `Subject:` is its title, whatever line of the body looked like one.
fn apply_hints(documents: &mut [extract::metadata::DocumentMeta], hints: &ingest::Hints) {
    let Some(first) = documents.first_mut() else { return };
    // a letter with its own number or date is its own authority
    if first.date.is_some() || first.number.is_some() {
        return;
    }
    first.date = hints.date;
    if first.title.is_none() || (hints.title_is_subject && hints.title.is_some()) {
        first.title.clone_from(&hints.title);
    }
}
