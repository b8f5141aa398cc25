//! Which encoding an HTML page is in, and its decoded text.
//!
//! The order is the browser's, minus the network: an explicit `--encoding`, then a
//! byte-order mark, then the charset a `<meta charset>` or `<meta http-equiv=Content-Type>`
//! declares within the first 1024 bytes (the WHATWG prescan window), then detection as for
//! text ([`crate::decode`]). A declared charset that the bytes contradict is not trusted
//! blindly: bytes that are valid UTF-8 are UTF-8 (a page re-saved in UTF-8 often keeps its
//! old `Shift_JIS` declaration, and Japanese legacy text is never valid UTF-8 by accident),
//! detection gets a chance when the declared charset fails, and only when nothing decodes
//! strictly is the page decoded with the declared charset and replacement characters (an
//! old page with one bad byte is still worth reading).

use crate::decode::{DecodeError, Decoded, EncodingChoice, decode};

/// The charset a page declares in its first 1024 bytes, as a label.
///
/// ```
/// use tsuchi::ingest::html::charset::declared;
/// assert_eq!(declared(br#"<meta charset="Shift_JIS">"#).as_deref(), Some("shift_jis"));
/// let equiv = br#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=EUC-JP">"#;
/// assert_eq!(declared(equiv).as_deref(), Some("euc-jp"));
/// assert_eq!(declared(b"<p>charset=utf-8</p>"), None);
/// ```
pub fn declared(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("<meta") {
        let tag = &rest[i..];
        let end = tag.find('>').unwrap_or(tag.len());
        let tag = &tag[..end];
        if let Some(label) = attribute(tag, "charset") {
            return Some(label);
        }
        let is_content_type = attribute(tag, "http-equiv").is_some_and(|v| v == "content-type");
        if let Some(content) = attribute(tag, "content").filter(|_| is_content_type)
            && let Some(at) = content.find("charset=")
        {
            let label: String = content[at + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| !matches!(c, ';' | '"' | '\'' | ' '))
                .collect();
            if !label.is_empty() {
                return Some(label);
            }
        }
        rest = &rest[i + 5..];
    }
    None
}

/// The value of attribute `name` in a lowercased tag (`<meta a=b c="d">`), quotes removed.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag.trim_start_matches("<meta");
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() || rest.starts_with('>') {
            return None;
        }
        let end = rest.find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
        let key = &rest[..end];
        rest = rest[end..].trim_start();
        let mut value = "";
        if let Some(r) = rest.strip_prefix('=') {
            let r = r.trim_start();
            let (v, after) = match r.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = r[1..].find(q).map_or(r.len(), |i| i + 1);
                    (&r[1..close], r.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let e = r.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(r.len());
                    (&r[..e], &r[e..])
                }
            };
            value = v;
            rest = after;
        }
        if key == name {
            return Some(value.trim().to_string());
        }
        if key.is_empty() {
            rest = rest.get(1..).unwrap_or("");
        }
    }
}

/// Decode a page: explicit label, BOM, declared charset, detection, then lossy.
pub fn decode_page(bytes: &[u8], choice: &EncodingChoice) -> Result<Decoded, DecodeError> {
    if let EncodingChoice::Label(_) = choice {
        return decode(bytes, choice);
    }
    if encoding_rs::Encoding::for_bom(bytes).is_some() {
        return decode(bytes, &EncodingChoice::Auto);
    }
    let declared = declared(bytes).and_then(|l| encoding_rs::Encoding::for_label_no_replacement(l.as_bytes()));
    let Some(enc) = declared else {
        return decode(bytes, &EncodingChoice::Auto);
    };
    // Japanese text in Shift_JIS or EUC-JP is practically never valid UTF-8 by accident,
    // while a page re-saved as UTF-8 often keeps its old declaration.
    if !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
        return decode(bytes, &EncodingChoice::Label("utf-8".into()));
    }
    // a page that says utf-16 in an ASCII-compatible meta tag is not UTF-16 (WHATWG)
    let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE { encoding_rs::UTF_8 } else { enc };
    let label = EncodingChoice::Label(enc.name().to_string());
    match decode(bytes, &label) {
        Ok(d) => Ok(d),
        Err(DecodeError::Binary { offset }) => Err(DecodeError::Binary { offset }),
        Err(first) => decode(bytes, &EncodingChoice::Auto).or_else(|_| lossy(bytes, enc).ok_or(first)),
    }
}

fn lossy(bytes: &[u8], enc: &'static encoding_rs::Encoding) -> Option<Decoded> {
    let (text, _, _) = enc.decode(bytes);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let name = decode(b"", &EncodingChoice::Label(enc.name().to_string())).ok()?.encoding;
    Some(Decoded { text, encoding: name, bom: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_forms() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"<meta charset=utf-8>", Some("utf-8")),
            (b"<meta charset='EUC-JP' />", Some("euc-jp")),
            (b"<meta http-equiv='content-type' content='text/html;charset=x-sjis'>", Some("x-sjis")),
            (b"<meta name=\"description\" content=\"charset=utf-8\">", None),
            (b"<html><head></head>", None),
        ];
        for (html, want) in cases {
            assert_eq!(declared(html).as_deref(), *want, "{}", String::from_utf8_lossy(html));
        }
    }

    #[test]
    fn shift_jis_page_with_circled_numbers() {
        let page = "<html><head><meta charset=\"Shift_JIS\"></head><body>①令和7年</body></html>";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(page);
        let d = decode_page(&bytes, &EncodingChoice::Auto).unwrap();
        assert_eq!(d.encoding, "shift_jis");
        assert!(d.text.contains("①令和7年"));
    }

    #[test]
    fn a_wrong_declaration_gives_way_to_detection() {
        let page = "<meta charset=\"Shift_JIS\"><p>令和7年1月30日（木）</p>";
        let d = decode_page(page.as_bytes(), &EncodingChoice::Auto).unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert!(d.text.contains("令和7年"));
    }
}
