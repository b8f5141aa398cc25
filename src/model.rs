//! The output model: what one notice becomes (schema v1.2).
//!
//! These types are the contract described by `schemas/notice.schema.json`; field names
//! are part of it and change only with `schema_version`. Everything extracted carries its
//! evidence: outages, contacts, URLs, systems and prefectures have `mentions` (line,
//! column and the original text), dates and diagnostics have a line and column. Lines and
//! columns are 1-based, columns counted in characters, and refer to what a person opens:
//! the decoded text file, the HTML source, the PDF page (`page`, then the line on that
//! page) or the e-mail part (`part`, then the line in that decoded part).
//!
//! The types implement `Deserialize` too, so other tools can read tsuchi's JSON back:
//!
//! ```
//! let json = r#"{"line": 3, "column": 1, "text": "令和7年"}"#;
//! let m: tsuchi::model::Mention = serde_json::from_str(json).unwrap();
//! assert_eq!(m.line, 3);
//! ```

use serde::{Deserialize, Serialize};

/// A moment in Japan time: what a window starts and ends at, written as RFC 3339 with its
/// offset (`2026-05-24T02:00:00+09:00`).
pub type Instant = chrono::DateTime<chrono::FixedOffset>;

/// Version of the output schema this crate writes.
pub const SCHEMA_VERSION: &str = "1.2";

/// One notice file, extracted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    /// Version of the output schema (`"1.2"`).
    pub schema_version: String,
    /// The input file.
    pub source: Source,
    /// The outermost document (the cover letter, or the only document).
    pub document: Document,
    /// The inner documents (attachments, forwarded letters), in file order.
    pub attachments: Vec<Document>,
    /// The systems the notice is about, in order of first mention.
    pub systems: Vec<System>,
    /// Outage and maintenance windows, ordered by start.
    pub outages: Vec<Outage>,
    /// Phone and fax numbers with who answers and when.
    pub contacts: Vec<Contact>,
    /// Links, with knowledge-base article ids.
    pub urls: Vec<Url>,
    /// Every prefecture the notice names.
    pub prefectures: Vec<PrefectureMention>,
    /// Every date or time expression found, with its normalised value.
    pub dates: Vec<DateMention>,
    /// Findings about the notice itself (contradictions, placeholders, ambiguities).
    pub diagnostics: Vec<Diagnostic>,
}

/// The input file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Source {
    /// File name as given (`-` for standard input).
    pub name: String,
    /// SHA-256 of the raw bytes, lowercase hex.
    pub sha256: String,
    /// Size in bytes.
    pub bytes: u64,
    /// What the file is: text, pdf, html or eml.
    #[serde(default)]
    pub format: SourceFormat,
    /// Encoding used to decode the text, lowercase WHATWG name: detection gives `utf-8`,
    /// `shift_jis`, `euc-jp`, `iso-2022-jp`, `utf-16le` or `utf-16be`; `--encoding` may give
    /// another. For an e-mail, the charset of the body that was read; null for a PDF.
    pub encoding: Option<String>,
    /// Whether the file began with a byte-order mark.
    pub bom: bool,
    /// Number of pages, for a PDF (or a PDF attached to an e-mail).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// The parts of an e-mail, and which of them were read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// The format of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    /// Plain text or Markdown.
    #[default]
    Text,
    /// A PDF file (its text layer).
    Pdf,
    /// An HTML page (its article).
    Html,
    /// An e-mail message (RFC 5322 / MIME).
    Eml,
}

impl SourceFormat {
    /// The schema name (`text`, `pdf`, `html`, `eml`).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Pdf => "pdf",
            SourceFormat::Html => "html",
            SourceFormat::Eml => "eml",
        }
    }
}

/// One MIME part of an e-mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// Part number as in IMAP (`1`, `2`, `2.1`); mentions name it in `part`.
    pub id: String,
    /// Content type, lowercase (`text/plain`).
    pub content_type: String,
    /// Declared charset, lowercase.
    pub charset: Option<String>,
    /// Content-Transfer-Encoding, lowercase (`base64`, `quoted-printable`, `7bit`).
    pub transfer_encoding: Option<String>,
    /// File name of an attachment.
    pub filename: Option<String>,
    /// How the part was used: `body`, `alternative`, `attachment` or `container`.
    pub role: PartRole,
    /// Whether its text is part of the notice as read.
    pub read: bool,
    /// Why it was not read, or what was read from it (`pdf, 3 pages`).
    pub note: Option<String>,
}

/// The role of an e-mail part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartRole {
    /// The message body (the text of the notice).
    Body,
    /// Another rendering of the body (multipart/alternative), not read twice.
    Alternative,
    /// An attached file.
    Attachment,
    /// A multipart container.
    Container,
}

/// A document's metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Document number, NFKC with spaces removed (`日医発第1817号(情シ)(保険)`).
    pub number: Option<String>,
    /// Issue date, `YYYY-MM-DD`.
    pub date: Option<chrono::NaiveDate>,
    /// Kind of notice (`周知依頼`, `周知`, `情報提供`, `事務連絡`, `通知`, `依頼`).
    pub kind: Option<String>,
    /// Title, joined from its lines.
    pub title: Option<String>,
    /// Issuing organisation (and officer when given).
    pub issuer: Option<String>,
    /// Addressees, without `殿` / `御中` / `各位`.
    pub recipients: Vec<String>,
    /// First line of the document in the source (1-based).
    pub line: u32,
    /// Last line of the document in the source (1-based).
    pub end_line: u32,
    /// PDF page of the first line, when the source is a PDF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// E-mail part of the first line, when the source is an e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Earlier notices this document refers to (`令和7年8月1日付け北医発第301号にてお知らせした`),
    /// in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// An earlier notice a document refers to: `令和7年8月1日付け北医発第301号にてお知らせした`,
/// `令和7年7月30日付け事務連絡にてお知らせした`, `令和8年8月21日付けでお知らせいたしました`.
///
/// ```
/// let text = "北医発第389号\n令和7年8月29日\n\n令和7年8月1日付け北医発第 301 号にてお知らせいたしました作業について、日程を変更します。\n";
/// let n = tsuchi::extract_str("a.txt", text).unwrap();
/// let r = &n.document.references[0];
/// assert_eq!(r.number.as_deref(), Some("北医発第301号"));
/// assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2025-08-01"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// The earlier notice's number, NFKC with spaces removed (as [`Document::number`]).
    pub number: Option<String>,
    /// Its date; a year-less date takes the latest such date on or before the referring
    /// document's date.
    pub date: Option<chrono::NaiveDate>,
    /// What it was, when named instead of a number (`事務連絡`, `通知`).
    pub kind: Option<String>,
    /// Its title, when quoted (`「システム障害時の資格確認方法について」` gives the text inside).
    pub title: Option<String>,
    /// Where the reference is made.
    pub mention: Mention,
}

/// A system named by the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct System {
    /// Canonical name (`オンライン資格確認等システム`).
    pub name: String,
    /// Where it is named.
    pub mentions: Vec<Mention>,
}

/// Where a value was found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// 1-based line in the source (on the page for a PDF, in the part for an e-mail).
    pub line: u32,
    /// 1-based column (characters) in the source line.
    pub column: u32,
    /// The text of the evidence as read (line breaks inside it folded to a space): the
    /// file's own characters for text, the page's text for HTML and PDF.
    pub text: String,
    /// 1-based PDF page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// E-mail part (`1`, `2.1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

impl Mention {
    /// Length of the evidence in characters, at least 1 (the width of a diagnostic's span).
    ///
    /// ```
    /// let m = tsuchi::model::Mention { line: 1, column: 1, text: "令和7年".into(), page: None, part: None };
    /// assert_eq!(m.length(), 4);
    /// ```
    pub fn length(&self) -> u32 {
        self.text.chars().count().max(1) as u32
    }
}

/// What state a window is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Announced, will happen.
    Planned,
    /// Called off (中止, 取りやめ), or the old window of a rescheduled one.
    Cancelled,
    /// The new window of a moved one (延期, 日程変更).
    Rescheduled,
    /// An unplanned failure (障害が発生).
    Incident,
    /// Finished (完了, 復旧しました).
    Completed,
}

impl Status {
    /// The schema name of the status.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Cancelled => "cancelled",
            Status::Rescheduled => "rescheduled",
            Status::Incident => "incident",
            Status::Completed => "completed",
        }
    }
}

/// What happens during a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutageKind {
    /// Maintenance work (メンテナンス, 保守, 作業).
    Maintenance,
    /// Network interruption (通信断, ネットワーク更改).
    Network,
    /// Software delivered to terminals (配信, バージョンアップ).
    Update,
    /// An unplanned failure (障害).
    Incident,
    /// A stop with no more specific kind (停止).
    Outage,
}

impl OutageKind {
    /// The schema name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            OutageKind::Maintenance => "maintenance",
            OutageKind::Network => "network",
            OutageKind::Update => "update",
            OutageKind::Incident => "incident",
            OutageKind::Outage => "outage",
        }
    }
}

/// An outage or maintenance window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outage {
    /// Start, RFC 3339 with `+09:00`.
    pub start: Instant,
    /// End, RFC 3339 with `+09:00`; null when the end is not announced (`以降`, an open incident).
    pub end: Option<Instant>,
    /// The window is whole days (`終日`, or a date range with no times).
    pub all_day: bool,
    /// Marked `(予定)`.
    pub tentative: bool,
    /// planned, cancelled, rescheduled, incident or completed.
    pub status: Status,
    /// What happens: `maintenance`, `network`, `update`, `incident`, `outage`.
    pub kind: OutageKind,
    /// Area names as written (`東日本エリア`); empty when not limited to an area.
    pub areas: Vec<String>,
    /// Prefectures affected; empty when not limited to an area.
    pub prefectures: Vec<Prefecture>,
    /// The statement the window came from, normalised.
    pub description: Option<String>,
    /// Every place the window is stated (cover and attachment).
    pub mentions: Vec<Mention>,
}

/// A prefecture code and name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Prefecture {
    /// JIS X 0401 code, two digits (`"13"`).
    pub code: String,
    /// Name with suffix (`東京都`).
    pub name: String,
}

/// A prefecture named anywhere in the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrefectureMention {
    /// JIS X 0401 code, two digits.
    pub code: String,
    /// Name with suffix.
    pub name: String,
    /// Where it is named.
    pub mentions: Vec<Mention>,
}

/// Phone or fax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// A telephone number.
    Phone,
    /// A fax number.
    Fax,
}

/// A phone or fax number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Who answers, as written before the number (heuristic).
    pub name: Option<String>,
    /// Half-width, hyphenated (`0800-080-4583`).
    pub phone: String,
    /// E.164 (`+818000804583` for `0800-080-4583`).
    pub e164: String,
    /// phone or fax.
    pub kind: ContactKind,
    /// Free to call (0120, 0800, 通話無料, フリーダイヤル).
    pub toll_free: bool,
    /// Extension digits (`1234` from `内線1234`).
    pub extension: Option<String>,
    /// Opening hours stated with the number.
    pub hours: Vec<Hours>,
    /// Where the number is given.
    pub mentions: Vec<Mention>,
}

/// Opening hours of a contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hours {
    /// Days as written, normalised (`月曜日~金曜日`, `平日`, `土日祝`).
    pub days: String,
    /// Opening time, `HH:MM`.
    pub open: String,
    /// Closing time, `HH:MM`.
    pub close: String,
    /// Exceptions (`祝日`, `年末年始`).
    pub except: Vec<String>,
    /// The clause, normalised (`平日9時半~20時`).
    pub text: String,
    /// 1-based source line of the clause.
    pub line: u32,
    /// PDF page of the clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// E-mail part of the clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

/// A link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Url {
    /// The URL, escapes undone, fragment kept.
    pub url: String,
    /// Knowledge-base article id (`KB0011769`).
    pub kb_article: Option<String>,
    /// What the link is, from the link text or the line before it.
    pub label: Option<String>,
    /// Where the link is given.
    pub mentions: Vec<Mention>,
}

/// Kind of a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// A calendar date.
    Date,
    /// A time of day.
    Time,
    /// A date with a time.
    Datetime,
    /// A month (`令和8年5月`).
    Month,
}

/// A date or time expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The original text.
    pub text: String,
    /// Normalised value: `YYYY-MM-DD`, `HH:MM`, `YYYY-MM-DDTHH:MM`, `YYYY-MM`; null when it
    /// cannot be completed (a year-less date with no document date to infer it from).
    pub value: Option<String>,
    /// date, time, datetime or month.
    pub kind: DateKind,
    /// The year was inferred, not written.
    pub year_inferred: bool,
    /// 1-based source line.
    pub line: u32,
    /// 1-based source column.
    pub column: u32,
    /// PDF page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// E-mail part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

impl Diagnostic {
    /// A diagnostic of `rule` pointing at a mention's evidence.
    ///
    /// ```
    /// use tsuchi::model::{Diagnostic, Mention, Severity};
    /// let m = Mention { line: 3, column: 2, text: "2月30日".into(), page: Some(1), part: None };
    /// let d = Diagnostic::at(&m, &tsuchi::rules::INVALID_DATE, "no such day".into());
    /// assert_eq!((d.line, d.column, d.length, d.page), (3, 2, 5, Some(1)));
    /// assert_eq!((d.code.as_str(), d.severity), ("invalid-date", Severity::Error));
    /// ```
    pub fn at(m: &Mention, rule: &crate::rules::Rule, message: String) -> Diagnostic {
        Diagnostic {
            severity: rule.severity,
            code: rule.code.to_string(),
            message,
            line: m.line,
            column: m.column,
            length: m.length(),
            page: m.page,
            part: m.part.clone(),
        }
    }
}

impl Diagnostic {
    /// A diagnostic of `rule` about the whole notice, pointing at `line` of the source.
    pub fn at_line(
        line: u32,
        page: Option<u32>,
        part: Option<String>,
        rule: &crate::rules::Rule,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
            severity: rule.severity,
            code: rule.code.to_string(),
            message,
            line,
            column: 1,
            length: 1,
            page,
            part,
        }
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Info,
    /// Probably a mistake in the notice, or a value tsuchi had to guess.
    Warning,
    /// The notice contradicts itself or cannot be used as is.
    Error,
}

impl Severity {
    /// The schema name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A finding about the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// info, warning or error.
    pub severity: Severity,
    /// Stable rule code (`weekday-mismatch`).
    pub code: String,
    /// What is wrong, naming the offending text.
    pub message: String,
    /// 1-based source line.
    pub line: u32,
    /// 1-based source column.
    pub column: u32,
    /// Length of the offending text in characters (for carets), at least 1.
    pub length: u32,
    /// PDF page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// E-mail part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

/// The schema names as text (`planned`, `maintenance`, `pdf`, `warning`).
///
/// ```
/// use tsuchi::model::{OutageKind, Status};
/// assert_eq!(format!("{} {}", OutageKind::Maintenance, Status::Cancelled), "maintenance cancelled");
/// ```
macro_rules! display_as_str {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )*};
}
display_as_str!(SourceFormat, Status, OutageKind, Severity);
