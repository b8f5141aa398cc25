//! Which parts of a message to read, in which order.
//!
//! Parts are numbered as IMAP numbers them: a single-part message's body is `1`; the
//! children of a multipart are `1`, `2`, … and their children `2.1`, `2.2`. The plan keeps
//! the message's order (the body, then the attachments) and says for each part what it
//! is, whether it is read, and why not.

use crate::model::{Part, PartRole};
use mailparse::{DispositionType, ParsedMail};

/// How a part is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `text/plain` (or a text attachment).
    Text,
    /// `text/html`.
    Html,
    /// A PDF attachment.
    Pdf,
    /// An attached message (`message/rfc822`).
    Message,
}

/// One part and how to read it.
pub struct Planned<'m> {
    /// The parsed part.
    pub mail: &'m ParsedMail<'m>,
    /// What `source.parts` says of it.
    pub part: Part,
    /// How to read it, when it can be read.
    pub kind: Option<Kind>,
}

fn filename(m: &ParsedMail<'_>) -> Option<String> {
    let d = m.get_content_disposition();
    d.params.get("filename").or_else(|| m.ctype.params.get("name")).cloned()
}

fn is_attachment(m: &ParsedMail<'_>) -> bool {
    m.get_content_disposition().disposition == DispositionType::Attachment || filename(m).is_some()
}

/// How a leaf part could be read.
fn kind_of(m: &ParsedMail<'_>) -> Option<Kind> {
    let ext = filename(m).and_then(|f| f.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()));
    match (m.ctype.mimetype.as_str(), ext.as_deref()) {
        ("text/html", _) | (_, Some("html" | "htm")) => Some(Kind::Html),
        ("application/pdf", _) | (_, Some("pdf")) => Some(Kind::Pdf),
        ("message/rfc822", _) | (_, Some("eml")) => Some(Kind::Message),
        ("text/plain" | "text/markdown", _) | (_, Some("txt" | "md")) => Some(Kind::Text),
        _ => None,
    }
}

fn describe(m: &ParsedMail<'_>, id: String, role: PartRole) -> Part {
    let header = |name: &str| {
        use mailparse::MailHeaderMap;
        m.headers.get_first_value(name).map(|v| v.trim().to_ascii_lowercase())
    };
    Part {
        id,
        content_type: m.ctype.mimetype.clone(),
        charset: m.ctype.params.get("charset").map(|c| c.to_ascii_lowercase()),
        transfer_encoding: header("Content-Transfer-Encoding"),
        filename: filename(m),
        role,
        read: false,
        note: None,
    }
}

/// The parts of `mail` in order, numbered under `prefix` (empty for the message itself).
pub fn plan<'m>(mail: &'m ParsedMail<'m>, prefix: &str, limit: usize) -> Vec<Planned<'m>> {
    let mut out = Vec::new();
    let id = if mail.subparts.is_empty() { child_id(prefix, 1) } else { prefix.to_string() };
    walk(mail, id, &mut out, &mut false, limit);
    out
}

fn child_id(prefix: &str, n: usize) -> String {
    if prefix.is_empty() { n.to_string() } else { format!("{prefix}.{n}") }
}

/// Plan `m` (numbered `id`); `body_seen` is whether the message body was found already.
fn walk<'m>(m: &'m ParsedMail<'m>, id: String, out: &mut Vec<Planned<'m>>, body_seen: &mut bool, limit: usize) {
    if out.len() >= limit {
        return;
    }
    if m.ctype.mimetype.starts_with("multipart/") {
        if !id.is_empty() {
            out.push(Planned { mail: m, part: describe(m, id.clone(), PartRole::Container), kind: None });
        }
        let chosen = if m.ctype.mimetype == "multipart/alternative" { Some(choose_alternative(m)) } else { None };
        for (i, child) in m.subparts.iter().enumerate() {
            let cid = child_id(&id, i + 1);
            match chosen {
                Some(c) if c != i => alternative(child, cid, out, c, &id),
                _ => walk(child, cid, out, body_seen, limit),
            }
        }
        return;
    }
    let kind = kind_of(m);
    let attached = is_attachment(m) || (*body_seen && !matches!(kind, Some(Kind::Text | Kind::Html)));
    let role = if attached { PartRole::Attachment } else { PartRole::Body };
    let mut part = describe(m, id, role);
    match kind {
        Some(_) => {
            part.read = true;
            *body_seen |= role == PartRole::Body;
        }
        None => part.note = Some(format!("{} is not read", m.ctype.mimetype)),
    }
    out.push(Planned { mail: m, part, kind });
}

/// A rendering of the body that is not read (and its parts, if it is a multipart).
fn alternative<'m>(m: &'m ParsedMail<'m>, id: String, out: &mut Vec<Planned<'m>>, chosen: usize, parent: &str) {
    let mut part = describe(m, id, PartRole::Alternative);
    part.note = Some(format!("another rendering of part {}", child_id(parent, chosen + 1)));
    out.push(Planned { mail: m, part, kind: None });
}

/// Which child of a `multipart/alternative` to read: the plain text, unless the HTML (or
/// a multipart holding it) has clearly more text, or clearly more digits: a sender whose
/// plain part says "see the table" and whose HTML part holds the dates of the windows.
fn choose_alternative(m: &ParsedMail<'_>) -> usize {
    let plain = m.subparts.iter().position(|p| p.ctype.mimetype == "text/plain");
    let rich =
        m.subparts.iter().rposition(|p| p.ctype.mimetype == "text/html" || p.ctype.mimetype.starts_with("multipart/"));
    match (plain, rich) {
        (Some(p), Some(r)) => {
            let plain = visible(&m.subparts[p]);
            let rich = visible(&m.subparts[r]);
            let more_text = plain.chars * 2 < rich.chars;
            let more_digits = plain.digits * 3 / 2 + 8 < rich.digits;
            if more_text || more_digits { r } else { p }
        }
        (Some(p), None) => p,
        (None, Some(r)) => r,
        (None, None) => m.subparts.len().saturating_sub(1),
    }
}

/// What a reader sees of a part: characters outside markup, and how many are digits (a
/// rough measure to compare renderings).
#[derive(Debug, Clone, Copy, Default)]
struct Visible {
    chars: usize,
    digits: usize,
}

fn visible(m: &ParsedMail<'_>) -> Visible {
    if m.ctype.mimetype.starts_with("multipart/") {
        return m.subparts.iter().map(visible).max_by_key(|v| v.chars).unwrap_or_default();
    }
    let body = m.get_body().unwrap_or_default();
    let mut in_tag = false;
    let mut v = Visible::default();
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && !c.is_whitespace() => {
                v.chars += 1;
                // ASCII and full-width digits alike
                v.digits += usize::from(c.is_ascii_digit() || ('０'..='９').contains(&c));
            }
            _ => {}
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(raw: &str) -> Vec<(String, PartRole, bool)> {
        let mail = mailparse::parse_mail(raw.as_bytes()).unwrap();
        plan(&mail, "", 100).into_iter().map(|p| (p.part.id, p.part.role, p.part.read)).collect()
    }

    #[test]
    fn numbering_and_roles() {
        let single = "Content-Type: text/plain\r\n\r\nbody";
        assert_eq!(ids(single), [("1".to_string(), PartRole::Body, true)]);
        let mixed = "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: multipart/alternative; boundary=y\r\n\r\n--y\r\nContent-Type: text/plain\r\n\r\n本文の通知です。本文の通知です。\r\n--y\r\nContent-Type: text/html\r\n\r\n<p>本文の通知です。本文の通知です。</p>\r\n--y--\r\n--x\r\nContent-Type: application/pdf; name=a.pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\n%PDF\r\n--x\r\nContent-Type: image/png\r\n\r\nx\r\n--x--\r\n";
        assert_eq!(
            ids(mixed),
            [
                ("1".to_string(), PartRole::Container, false),
                ("1.1".to_string(), PartRole::Body, true),
                ("1.2".to_string(), PartRole::Alternative, false),
                ("2".to_string(), PartRole::Attachment, true),
                ("3".to_string(), PartRole::Attachment, false),
            ]
        );
    }

    #[test]
    fn which_alternative_is_read() {
        let alt = |plain: &str, html: &str| {
            let raw = format!(
                "Content-Type: multipart/alternative; boundary=y\r\n\r\n--y\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n--y\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--y--\r\n"
            );
            let mail = mailparse::parse_mail(raw.as_bytes()).unwrap();
            choose_alternative(&mail)
        };
        let cases: &[(&str, &str, &str, usize)] = &[
            (
                "the same notice twice",
                "下記のとおり停止します。5月24日 2:00~3:00",
                "<p>下記のとおり停止します。5月24日 2:00~3:00</p>",
                0,
            ),
            (
                "the HTML is much longer",
                "詳細はHTML版をご覧ください。",
                "<p>システムのメンテナンスにより、下記のとおりサービスを停止いたします。ご不便をおかけします。</p>",
                1,
            ),
            (
                "only the HTML has the table of dates",
                "定期メンテナンスの日程は下表のとおりです。表はHTML形式でご覧ください。よろしくお願いいたします。",
                "<p>日程は下表のとおりです。</p><table><tr><td>9月6日</td><td>23:30~1:30</td></tr><tr><td>10月11日</td><td>23:30~1:30</td></tr></table>",
                1,
            ),
        ];
        for (name, plain, html, want) in cases {
            assert_eq!(alt(plain, html), *want, "{name}");
        }
    }
}
