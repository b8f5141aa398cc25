//! A text body as a person reads it: quoting removed, forwarding headers set aside.
//!
//! Notices are forwarded: by the association to its members, by a clinic's office to the
//! doctor. A forward quotes the original with `>` (or `>>` for a forward of a forward) and
//! puts a block of headers before it (`---------- Forwarded message ---------` or
//! `----- 転送メッセージ -----`, then `From:`, `Date:`, `Subject:`, `差出人:`, `件名:` …).
//! The view takes each line without its quote markers (positions still point at the
//! original columns), and leaves the forwarding header blocks out: they are about the
//! mail, not the notice, and their dates and addresses are not the notice's. The date of
//! the innermost forwarded message is kept: when the notice has no dated letterhead, it
//! is the notice's date.

use crate::ingest::map::{Fragment, OriginId};

/// Lines that open a forwarded message.
const FORWARD_MARKERS: [&str; 9] = [
    "forwarded message",
    "original message",
    "転送メッセージ",
    "転送されたメッセージ",
    "元のメッセージ",
    "begin forwarded message",
    "転送済みメッセージ",
    "以下転送",
    "forwarded by",
];

/// Header names in a forwarding block.
const FORWARD_HEADERS: [&str; 18] = [
    "from",
    "date",
    "sent",
    "subject",
    "to",
    "cc",
    "reply-to",
    "差出人",
    "送信者",
    "送信日時",
    "日付",
    "日時",
    "件名",
    "宛先",
    "宛て先",
    "cc",
    "bcc",
    "送信元",
];

/// What reading a body found besides its text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct BodyInfo {
    /// The `Date:` of the innermost forwarded message, as written.
    pub forwarded_date: Option<String>,
    /// The `Subject:` of the innermost forwarded message.
    pub forwarded_subject: Option<String>,
    /// Offset in the view where the forwarded or quoted original starts.
    pub original_at: Option<usize>,
}

/// Byte length of the quote markers at the start of `line` (`> `, `>> `, `> > `).
///
/// ```
/// use tsuchi::ingest::eml::body::quote_len;
/// assert_eq!(quote_len("> > 本文"), 4);
/// assert_eq!(quote_len(">>本文"), 2);
/// assert_eq!(quote_len("本文 > x"), 0);
/// ```
pub fn quote_len(line: &str) -> usize {
    let mut n = 0;
    let bytes = line.as_bytes();
    loop {
        let mut i = n;
        while i < bytes.len() && bytes[i] == b' ' && i - n < 2 {
            i += 1;
        }
        if bytes.get(i) == Some(&b'>') {
            n = i + 1;
            if bytes.get(n) == Some(&b' ') {
                n += 1;
            }
        } else {
            return n;
        }
    }
}

fn is_forward_marker(line: &str) -> bool {
    let t = line.trim().trim_matches(['-', '=', '_', ' ', '*', '<', '>']).trim().to_ascii_lowercase();
    !t.is_empty() && t.chars().count() <= 40 && FORWARD_MARKERS.iter().any(|m| t.contains(m))
}

/// `Name: value` of a forwarding header line, if it is one.
fn forward_header(line: &str) -> Option<(String, &str)> {
    let (name, value) = line.split_once([':', '：'])?;
    let name = name.trim().to_ascii_lowercase();
    FORWARD_HEADERS.contains(&name.as_str()).then(|| (name, value.trim()))
}

/// Words of a mailing list's footer (Mailman, Google Groups, a Japanese list server).
const LIST_FOOTER_WORDS: [&str; 6] =
    ["mailing list", "listinfo", "メーリングリスト", "unsubscribe", "配信停止", "配信解除"];

/// Where a mailing list's footer starts: a rule of underscores, `=` or `-` near the end
/// of the body, followed by a few lines that name the list (`iryo-it mailing list`,
/// `…/mailman/listinfo/…`, `配信停止は…`). The footer is the list's, not the notice's:
/// its address and links are not the notice's contacts.
fn list_footer_start(text: &str) -> Option<usize> {
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .scan(0usize, |at, l| {
            let start = *at;
            *at += l.len() + 1;
            Some((start, l))
        })
        .collect();
    let from = lines.len().saturating_sub(12);
    let (k, &(start, _)) = lines.iter().enumerate().skip(from).rev().find(|(_, (_, l))| {
        let t = l.trim();
        t.chars().count() >= 10 && t.chars().all(|c| matches!(c, '_' | '=' | '-' | '＿' | '＝' | '─'))
    })?;
    let rest: String = lines[k + 1..].iter().map(|(_, l)| l.to_lowercase()).collect::<Vec<_>>().join("\n");
    LIST_FOOTER_WORDS.iter().any(|w| rest.contains(w)).then_some(start)
}

/// Write the body `text` (an origin of its own) into `out`, unquoted, forwarding headers
/// and a mailing list's footer left out.
pub fn write(text: &str, origin: OriginId, out: &mut Fragment) -> BodyInfo {
    let text = &text[..list_footer_start(text).unwrap_or(text.len())];
    let mut info = BodyInfo::default();
    let mut offset = 0usize;
    let mut in_forward_headers = false;
    let mut forwarded = false;
    for raw in text.split('\n') {
        let q = quote_len(raw);
        let line = &raw[q..];
        let start = offset + q;
        offset += raw.len() + 1;
        // the signature separator (RFC 3676) is not text; the signature after it is
        if line == "-- " || line == "--" {
            continue;
        }
        if is_forward_marker(line) {
            in_forward_headers = true;
            forwarded = true;
            continue;
        }
        if in_forward_headers {
            if let Some((name, value)) = forward_header(line) {
                match name.as_str() {
                    "date" | "sent" | "送信日時" | "日付" | "日時" => {
                        info.forwarded_date = Some(value.to_string())
                    }
                    "subject" | "件名" => info.forwarded_subject = Some(value.to_string()),
                    _ => {}
                }
                continue;
            }
            in_forward_headers = false;
            if line.trim().is_empty() {
                continue;
            }
        }
        // the first line of a forwarded or quoted original
        if info.original_at.is_none() && (forwarded || q > 0) && !line.trim().is_empty() {
            info.original_at = Some(out.text().len());
        }
        out.push_verbatim(line, origin, start);
        out.push_synthetic("\n", origin, start + line.len());
    }
    info
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::map::ViewBuilder;

    #[test]
    fn a_mailing_list_footer_is_not_the_notice() {
        let text = "停止します。\nTEL 03-1234-5678\n\n_______________________________________________\niryo-it mailing list\niryo-it@lists.example.jp\nhttps://lists.example.jp/mailman/listinfo/iryo-it\n";
        assert_eq!(list_footer_start(text), text.find("____"));
        let mut b = ViewBuilder::new();
        let o = b.origin(Some("1"), None, text.to_string());
        write(text, o, b.body());
        let (view, _) = b.finish();
        assert!(!view.contains("listinfo"), "{view}");
        // a rule that closes the notice itself stays
        let notice = "停止します。\n==========\n問合せ先 TEL 03-1234-5678\n";
        assert_eq!(list_footer_start(notice), None);
    }

    #[test]
    fn a_forward_reads_as_the_original() {
        let text = "各位\n転送します。\n\n---------- Forwarded message ---------\nFrom: 日本医師会 <a@med.or.jp>\nDate: 2026年5月28日(木) 10:00\nSubject: 停止のお知らせ\nTo: b@example.jp\n\n> 令和8年6月7日（日）2:00～5:00\n>> 停止します。";
        let mut b = ViewBuilder::new();
        let o = b.origin(Some("1"), None, text.to_string());
        let info = write(text, o, b.body());
        let (view, map) = b.finish();
        assert_eq!(view, "各位\n転送します。\n\n令和8年6月7日（日）2:00～5:00\n停止します。");
        assert_eq!(info.forwarded_date.as_deref(), Some("2026年5月28日(木) 10:00"));
        let p = map.locate(view.find("停止します").unwrap());
        assert_eq!((p.line, p.column), (11, 4));
    }
}
