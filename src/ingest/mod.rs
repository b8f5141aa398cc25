//! Ingest: a notice as it arrives (plain text, PDF, HTML, e-mail) → one text view with a
//! map back to the source.
//!
//! Circulars reach clinics and associations as PDF files, as web pages and as e-mail;
//! only a few arrive as text someone already converted. Everything after this stage reads
//! lines of text, so each format is one reader that produces the same thing, an
//! [`Ingested`]: the *text view* (lines the way a person reads the notice: an HTML page's
//! article without its chrome, a PDF's pages in reading order without page numbers and
//! running headers, an e-mail's body unquoted and its attachments after it) and a
//! [`map::SourceMap`] from every byte of the view to a line and column in something a
//! person can open: the HTML file, the PDF page, the e-mail part.
//!
//! | format | reader | position of a value |
//! |---|---|---|
//! | text (`.txt`, `.md`) | [`text`]: [`crate::decode`] | line and column of the decoded file |
//! | HTML | [`html`]: charset, html5gum tokens, main content | line and column of the HTML source |
//! | PDF | [`pdf`]: hayro glyphs → lines, tables, paragraphs | page, line on the page, column |
//! | e-mail | [`eml`]: mailparse, parts, quoting, attachments | part, line in the part (and page) |
//!
//! **Detection** ([`detect`]) looks at the content: `%PDF-` makes a PDF; an RFC 5322 header
//! block (several well-formed header lines, at least one that only mail has, such as
//! `Date`, `Message-ID`, `MIME-Version` or `Received`, then a blank line) makes an e-mail; a
//! document that opens with `<!DOCTYPE html>`, `<html>`, `<head>` or `<body>` makes HTML.
//! The extension is only a hint that lowers the bar (a `.html` file with any tag is HTML,
//! a `.eml` file with a well-formed header block is mail); it never decides alone, so a
//! text notice that starts with `From:` or quotes `<br>` stays text.
//!
//! **Failures are values**, never an empty success: a PDF with no usable text layer, an
//! encrypted or truncated PDF, an HTML page without text, an e-mail with no readable part
//! are each an [`IngestError`] naming the cause.

pub mod eml;
pub mod html;
pub mod map;
pub mod pdf;
pub mod text;

use crate::decode::{DecodeError, EncodingChoice};
use crate::model::{Part, SourceFormat};
use map::SourceMap;

/// Which reader to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Detect the format from the content (the extension is a hint).
    #[default]
    Auto,
    /// Plain text (or Markdown).
    Text,
    /// A PDF file.
    Pdf,
    /// An HTML page.
    Html,
    /// An e-mail message (RFC 5322 / MIME).
    Eml,
}

/// What a reader learned besides the text: facts the page or message states outside the
/// notice's own words (an e-mail's `Date:` and `Subject:`, an HTML `<time>`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    /// The date of the message or page, in Japan (used when the notice states none).
    pub date: Option<chrono::NaiveDate>,
    /// The title of the message or page (used when the notice's own title is not found).
    pub title: Option<String>,
    /// Whether [`Hints::title`] is a message's `Subject:`, which the sender wrote as the
    /// title: it wins over a line of a body that has no letterhead (`3.オンライン説明会のご案内`).
    pub title_is_subject: bool,
    /// The site that published the page (`厚生労働省` from `<title>…｜厚生労働省</title>`, or
    /// its `og:site_name`): the notice's issuer when its text names none.
    pub site: Option<String>,
}

/// A page number, running header or footer that a PDF reader kept out of the flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Furniture {
    /// 1-based page.
    pub page: u32,
    /// 1-based line on the page.
    pub line: u32,
    /// Its text.
    pub text: String,
}

/// A notice read from its bytes: the text view, its map, and what the reader learned.
#[derive(Debug, Clone)]
pub struct Ingested {
    /// The format that was read.
    pub format: SourceFormat,
    /// The text view: lines separated by `\n`.
    pub view: String,
    /// The map from the view to the source; `None` when the view is the decoded file itself.
    pub map: Option<SourceMap>,
    /// Character encoding of the text that was decoded (`None` for a PDF).
    pub encoding: Option<String>,
    /// Whether the text began with a byte-order mark.
    pub bom: bool,
    /// Number of pages of a PDF.
    pub pages: Option<u32>,
    /// The MIME parts of an e-mail (and how each was used).
    pub parts: Vec<Part>,
    /// Facts from outside the notice's text.
    pub hints: Hints,
    /// Byte ranges of the view that are struck out in the source (`<del>`, `<s>`).
    pub struck: Vec<(usize, usize)>,
    /// Page numbers, running headers and footers left out of the view.
    pub furniture: Vec<Furniture>,
    /// View byte offsets where a document starts whatever its text (each file attached to
    /// an e-mail is a document of its own).
    pub doc_starts: Vec<usize>,
    /// View byte offsets where a quoted or forwarded original starts (the note before it is
    /// not a letter of its own).
    pub original_starts: Vec<usize>,
}

impl Ingested {
    /// A view that is the decoded text itself.
    pub fn plain(format: SourceFormat, view: String, encoding: &str, bom: bool) -> Self {
        Ingested {
            format,
            view,
            map: None,
            encoding: Some(encoding.to_string()),
            bom,
            pages: None,
            parts: Vec::new(),
            hints: Hints::default(),
            struck: Vec::new(),
            furniture: Vec::new(),
            doc_starts: Vec::new(),
            original_starts: Vec::new(),
        }
    }
}

/// Why a notice could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestError {
    /// The text could not be decoded.
    #[error("cannot decode: {0}")]
    Decode(#[from] DecodeError),
    /// A PDF whose text layer is missing or unusable.
    #[error("no usable text layer ({0})")]
    NoTextLayer(&'static str),
    /// A PDF protected by a password.
    #[error("encrypted PDF: it needs a password to open")]
    Encrypted,
    /// A PDF that ends early.
    #[error("truncated PDF ({0})")]
    Truncated(&'static str),
    /// A PDF the reader cannot parse.
    #[error("damaged PDF ({0})")]
    Damaged(String),
    /// An HTML page with no text in its article.
    #[error("no text in the page (only markup, scripts or navigation)")]
    NoHtmlText,
    /// An e-mail without a text, HTML or PDF part that could be read.
    #[error("no readable part in the message ({0})")]
    NoReadablePart(String),
    /// An e-mail whose structure cannot be parsed.
    #[error("malformed e-mail: {0}")]
    Mail(String),
    /// An input larger than tsuchi reads (positions are kept as 32-bit offsets).
    #[error("too large: {0} bytes (at most {MAX_INPUT} bytes are read)")]
    TooLarge(usize),
}

/// The largest input read, in bytes (1 GiB): positions inside the pipeline are 32-bit.
pub const MAX_INPUT: usize = 1 << 30;

/// Which format `bytes` are in, from their content; `extension` (lowercase, no dot) is a
/// hint that lowers the bar for HTML and e-mail.
///
/// ```
/// use tsuchi::ingest::detect;
/// use tsuchi::model::SourceFormat;
/// assert_eq!(detect(b"%PDF-1.7\n...", None), SourceFormat::Pdf);
/// assert_eq!(detect(b"<!DOCTYPE html><html><body>x</body></html>", None), SourceFormat::Html);
/// let mail = b"From: a@example.jp\r\nDate: Mon, 1 Jun 2026 10:00:00 +0900\r\nSubject: x\r\n\r\nbody";
/// assert_eq!(detect(mail, None), SourceFormat::Eml);
/// // a text notice that starts with From: or quotes <br> stays text
/// assert_eq!(detect("From: 日本医師会\n\n令和7年<br>".as_bytes(), Some("txt")), SourceFormat::Text);
/// ```
pub fn detect(bytes: &[u8], extension: Option<&str>) -> SourceFormat {
    let head = &bytes[..bytes.len().min(8192)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head[..head.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        return SourceFormat::Pdf;
    }
    let ext = extension.unwrap_or("");
    if eml::looks_like_mail(head, ext == "eml" || ext == "msg") {
        return SourceFormat::Eml;
    }
    if html::looks_like_html(head, matches!(ext, "html" | "htm" | "xhtml")) {
        return SourceFormat::Html;
    }
    SourceFormat::Text
}

/// Read `bytes` in the given format (or the detected one).
///
/// ```
/// use tsuchi::ingest::{ingest, InputFormat};
/// let page = "<html><body><nav>メニュー</nav><main><p>令和7年1月30日</p></main></body></html>";
/// let got = ingest(page.as_bytes(), None, InputFormat::Auto, &Default::default()).unwrap();
/// assert_eq!(got.view, "令和7年1月30日");
/// ```
pub fn ingest(
    bytes: &[u8],
    extension: Option<&str>,
    format: InputFormat,
    encoding: &EncodingChoice,
) -> Result<Ingested, IngestError> {
    if bytes.len() > MAX_INPUT {
        return Err(IngestError::TooLarge(bytes.len()));
    }
    let format = match format {
        InputFormat::Auto => detect(bytes, extension),
        InputFormat::Text => SourceFormat::Text,
        InputFormat::Pdf => SourceFormat::Pdf,
        InputFormat::Html => SourceFormat::Html,
        InputFormat::Eml => SourceFormat::Eml,
    };
    match format {
        SourceFormat::Text => text::read(bytes, encoding),
        SourceFormat::Pdf => pdf::read(bytes),
        SourceFormat::Html => html::read(bytes, encoding),
        SourceFormat::Eml => eml::read(bytes, encoding),
    }
}
