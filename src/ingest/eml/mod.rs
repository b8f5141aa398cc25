//! The e-mail reader: a message's body and attachments as one text view.
//!
//! Circulars are mailed to clinics and associations: ISO-2022-JP or UTF-8 bodies in 7bit,
//! base64 or quoted-printable, `multipart/alternative` with the same notice as text and
//! HTML, forwards with `>` quoting, the circular itself attached as a PDF. `mailparse`
//! (0BSD, maintained) parses the MIME structure, decodes encoded-word headers and undoes
//! the transfer encodings (quoted-printable soft breaks included, so URLs and numbers come
//! out whole); this module decides what to read:
//!
//! - **one body**: in `multipart/alternative` the plain text is read unless the HTML
//!   holds clearly more text (a stub like "HTML メールです"); the other rendering is listed
//!   in `source.parts` as an alternative, not read, so each fact is stated once;
//! - **attachments**: PDF, HTML, text and attached messages (`message/rfc822`) are read
//!   after the body, each as a further document of the same notice; other files are
//!   listed and skipped;
//! - **charsets**: the declared charset, strictly; when it fails or is missing, detection
//!   as for text files; as a last resort the declared charset with replacement characters;
//! - **the letter's date and title**: when the notice states none, the `Date:` of the
//!   innermost forwarded message, else the message's own `Date:` (converted to Japan
//!   time), and the `Subject:`.
//!
//! Positions name the part (`1`, `2.1`, numbered as IMAP does) and the line in its decoded
//! text; for a PDF attachment, also the page.

pub mod body;
mod parts;
mod words;

use super::map::ViewBuilder;
use super::{Hints, IngestError, Ingested};
use crate::decode::EncodingChoice;
use crate::model::{Part, SourceFormat};
use chrono::{FixedOffset, TimeZone};
use mailparse::MailHeaderMap;

/// Deepest nesting of attached messages read.
const MAX_MESSAGE_DEPTH: usize = 4;
/// Most parts looked at.
const MAX_PARTS: usize = 256;

/// Header fields that only mail has (one of them must be present).
const MAIL_ONLY: [&str; 10] = [
    "date",
    "message-id",
    "mime-version",
    "received",
    "return-path",
    "delivered-to",
    "x-mailer",
    "content-transfer-encoding",
    "content-type",
    "user-agent",
];

/// Whether `head` opens with an RFC 5322 header block: header lines (continuations
/// allowed) up to a blank line, at least two of them, one only mail has. With the `.eml`
/// hint, one well-formed header line will do.
///
/// ```
/// use tsuchi::ingest::eml::looks_like_mail;
/// assert!(looks_like_mail(b"Date: Mon, 1 Jun 2026 10:00:00 +0900\nFrom: a@b.jp\n\nbody", false));
/// assert!(!looks_like_mail("From: 日本医師会\n件名: 停止\n\n本文".as_bytes(), false));
/// assert!(!looks_like_mail(b"From: a\nTo: b\n\nbody", false));
/// ```
pub fn looks_like_mail(head: &[u8], hinted: bool) -> bool {
    // a header field name is ASCII up to its colon: most text notices fail on the first line
    let first = head.iter().position(|&b| b == b'\n').map_or(head, |e| &head[..e]);
    let field = first.iter().position(|&b| b == b':');
    if !first.starts_with(b"From ") && !field.is_some_and(|c| c > 0 && first[..c].iter().all(|b| b.is_ascii_graphic()))
    {
        return false;
    }
    let text = String::from_utf8_lossy(head);
    let mut lines = text.split('\n').map(|l| l.trim_end_matches('\r')).peekable();
    if lines.peek().is_some_and(|l| l.starts_with("From ")) {
        lines.next(); // an mbox separator line
    }
    let (mut fields, mut mail_only) = (0, false);
    for line in lines {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) && fields > 0 {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else { return false };
        let well_formed = !name.is_empty() && name.bytes().all(|b| b.is_ascii_graphic() && b != b':');
        if !well_formed {
            return false;
        }
        fields += 1;
        mail_only |= MAIL_ONLY.contains(&name.to_ascii_lowercase().as_str());
    }
    if hinted { fields >= 1 } else { fields >= 2 && mail_only }
}

/// Read an e-mail message.
pub fn read(bytes: &[u8], encoding: &EncodingChoice) -> Result<Ingested, IngestError> {
    let mut r = Reader {
        b: ViewBuilder::new(),
        parts: Vec::new(),
        pages: 0,
        encoding: None,
        fallback: encoding,
        starts: Vec::new(),
        originals: Vec::new(),
    };
    let hints = r.message(bytes, "", 0)?;
    if !r.parts.iter().any(|p| p.read) {
        let seen: Vec<String> = r
            .parts
            .iter()
            .filter(|p| p.role != crate::model::PartRole::Container)
            .map(|p| p.content_type.clone())
            .collect();
        let what = if seen.is_empty() { "no parts".to_string() } else { seen.join(", ") };
        return Err(IngestError::NoReadablePart(what));
    }
    let Reader { b, parts, pages, encoding, starts, originals, .. } = r;
    let (view, map, struck) = b.finish_marked();
    let mut ingested = Ingested::plain(SourceFormat::Eml, view, encoding.unwrap_or("us-ascii"), false);
    ingested.map = Some(map);
    ingested.parts = parts;
    ingested.pages = (pages > 0).then_some(pages);
    ingested.hints = hints;
    ingested.struck = struck;
    ingested.doc_starts = starts;
    ingested.original_starts = originals;
    Ok(ingested)
}

struct Reader<'e> {
    b: ViewBuilder,
    parts: Vec<Part>,
    pages: u32,
    encoding: Option<&'static str>,
    fallback: &'e EncodingChoice,
    /// View offsets where an attached file starts.
    starts: Vec<usize>,
    /// View offsets where a forwarded or quoted original starts.
    originals: Vec<usize>,
}

impl Reader<'_> {
    /// Read one message (the file, or an attached one under part `prefix`).
    fn message(&mut self, bytes: &[u8], prefix: &str, depth: usize) -> Result<Hints, IngestError> {
        let bytes = strip_mbox_line(bytes);
        let mail = mailparse::parse_mail(bytes).map_err(|e| IngestError::Mail(e.to_string()))?;
        let plan = parts::plan(&mail, prefix, MAX_PARTS);
        let mut forwarded = body::BodyInfo::default();
        for p in plan {
            let index = self.parts.len();
            self.parts.push(p.part.clone());
            match self.part(&p, index, depth) {
                Ok(info) if info.forwarded_date.is_some() => forwarded = info,
                Ok(_) => {}
                Err(why) => {
                    self.parts[index].read = false;
                    self.parts[index].note = Some(why.to_string());
                }
            }
        }
        // decoded here, not by the parser: a subject cut between the bytes of one character
        let subject = mail
            .headers
            .get_first_header("Subject")
            .map(|h| words::decode(&String::from_utf8_lossy(h.get_value_raw())))
            .filter(|s| !s.is_empty());
        // the mail's own Date: (when this sender sent it), else a forwarded header's 日付
        let date = mail.headers.get_first_value("Date").as_deref().and_then(japan_date);
        let date = date.or_else(|| forwarded.forwarded_date.as_deref().and_then(japan_date));
        let title = forwarded.forwarded_subject.or(subject).map(|s| strip_reply_prefix(&s));
        Ok(Hints { date, title_is_subject: title.is_some(), title, site: None })
    }

    /// Read a planned part into the view.
    fn part(&mut self, p: &parts::Planned<'_>, index: usize, depth: usize) -> Result<body::BodyInfo, IngestError> {
        let Some(kind) = p.kind.filter(|_| p.part.read) else { return Ok(body::BodyInfo::default()) };
        let bytes = p.mail.get_body_raw().map_err(|e| IngestError::Mail(e.to_string()))?;
        let id = p.part.id.as_str();
        if p.part.role == crate::model::PartRole::Attachment && !self.b.text().is_empty() {
            self.b.body().paragraph_break();
            self.starts.push(self.b.text().len());
        }
        match kind {
            parts::Kind::Text => return self.text(id, &bytes, p.part.charset.as_deref()),
            parts::Kind::Html => self.html(id, &bytes, p.part.charset.as_deref())?,
            parts::Kind::Pdf => {
                let pages = self.pdf(id, &bytes)?;
                self.parts[index].note = Some(format!("pdf, {pages} page{}", if pages == 1 { "" } else { "s" }));
            }
            parts::Kind::Message if depth < MAX_MESSAGE_DEPTH => {
                self.message(&bytes, id, depth + 1)?;
            }
            parts::Kind::Message => return Err(IngestError::Mail("attached messages nested too deeply".into())),
        }
        Ok(body::BodyInfo::default())
    }

    /// Decode a text part: declared charset strictly, then detection, then the declared
    /// charset with replacements.
    fn decode(&mut self, bytes: &[u8], charset: Option<&str>) -> Result<crate::decode::Decoded, IngestError> {
        use crate::decode::decode;
        let declared = charset.filter(|c| !matches!(*c, "us-ascii" | "ascii"));
        let strict = match declared {
            Some(label) => decode(bytes, &EncodingChoice::Label(label.to_string())),
            None => decode(bytes, self.fallback),
        };
        let decoded = strict.or_else(|e| decode(bytes, &EncodingChoice::Auto).map_err(|_| e)).or_else(|e| {
            let enc = declared.and_then(|l| encoding_rs::Encoding::for_label_no_replacement(l.as_bytes()));
            let enc = enc.ok_or(IngestError::Decode(e))?;
            let text = enc.decode(bytes).0.replace("\r\n", "\n").replace('\r', "\n");
            let name = decode(b"", &EncodingChoice::Label(enc.name().to_string())).map_or("utf-8", |d| d.encoding);
            Ok::<_, IngestError>(crate::decode::Decoded { text, encoding: name, bom: false })
        })?;
        self.encoding.get_or_insert(decoded.encoding);
        Ok(decoded)
    }

    fn text(&mut self, id: &str, bytes: &[u8], charset: Option<&str>) -> Result<body::BodyInfo, IngestError> {
        let decoded = self.decode(bytes, charset)?;
        if decoded.text.trim().is_empty() {
            return Err(IngestError::NoReadablePart("empty text".into()));
        }
        let origin = self.b.origin(Some(id), None, decoded.text.clone());
        self.b.blank_line(origin, 0);
        let info = body::write(&decoded.text, origin, self.b.body());
        self.originals.extend(info.original_at);
        self.b.blank_line(origin, decoded.text.len());
        Ok(info)
    }

    fn html(&mut self, id: &str, bytes: &[u8], charset: Option<&str>) -> Result<(), IngestError> {
        let decoded = self.decode(bytes, charset)?;
        let utf8 = EncodingChoice::Label("utf-8".into());
        super::html::read_into(&mut self.b, Some(id), decoded.text.as_bytes(), &utf8)?;
        Ok(())
    }

    fn pdf(&mut self, id: &str, bytes: &[u8]) -> Result<u32, IngestError> {
        let pages = super::pdf::read_into(&mut self.b, Some(id), bytes)?;
        self.pages += pages;
        Ok(pages)
    }
}

/// The date of a `Date:` header (RFC 5322, or a Japanese date as a mail client writes it
/// in a forwarded header) as the day in Japan.
fn japan_date(value: &str) -> Option<chrono::NaiveDate> {
    let jst = FixedOffset::east_opt(9 * 3600)?;
    // mailparse reads what it cannot parse as the epoch (`2027年1月25日` gave 1970-01-01): an
    // RFC 5322 date is ASCII and after 1970
    if let Ok(ts) = mailparse::dateparse(value)
        .map_err(|_| ())
        .and_then(|t| if value.is_ascii() && t > 0 { Ok(t) } else { Err(()) })
    {
        return jst.timestamp_opt(ts, 0).single().map(|t| t.date_naive());
    }
    let tokens = crate::datetime::scan(value);
    tokens.iter().find_map(|t| match t {
        crate::datetime::Token::Date(d) => crate::datetime::full_date(d),
        _ => None,
    })
}

/// `Re:`, `Fwd:`, `転送:` and the like before a subject.
fn strip_reply_prefix(subject: &str) -> String {
    let mut s = subject.trim();
    loop {
        let lower = s.to_ascii_lowercase();
        let cut = ["re:", "fw:", "fwd:", "転送:", "転送：", "re：", "fw："]
            .iter()
            .find(|p| lower.starts_with(*p))
            .map(|p| p.len());
        match cut {
            Some(n) => s = s[n..].trim_start(),
            None => return s.to_string(),
        }
    }
}

fn strip_mbox_line(bytes: &[u8]) -> &[u8] {
    if bytes.starts_with(b"From ") {
        let end = bytes.iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| i + 1);
        return &bytes[end..];
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::japan_date;

    #[test]
    fn header_dates() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        let cases = [
            ("Tue, 26 Jan 2027 10:12:05 +0900", day(2027, 1, 26)),
            ("Mon, 25 Jan 2027 20:30:00 +0000", day(2027, 1, 26)),
            // a forwarded header as a Japanese client writes it: not the epoch
            ("2027年1月25日", day(2027, 1, 25)),
            ("不明", None),
        ];
        for (value, want) in cases {
            assert_eq!(japan_date(value), want, "{value}");
        }
    }
}
