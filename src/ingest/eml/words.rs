//! A header's encoded words (RFC 2047: `=?UTF-8?B?44CQ5YaN6YCB44CRMTHm?=`), decoded with the
//! adjacent words of one charset joined first.
//!
//! RFC 2047 asks each encoded word to hold whole characters, but mailers cut long subjects
//! between the bytes of one (`月` split over two `=?UTF-8?B?…?=` words). Decoding word by
//! word turns each half into replacement characters; joining the bytes of adjacent words of
//! one charset before decoding, as mail readers do, gets the character back. The space
//! between two encoded words is dropped (it is folding, not text); text outside encoded
//! words is kept as written. Unknown charsets decode as UTF-8, lossily: a header never fails.

use std::sync::LazyLock;

static WORD: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=").expect("valid encoded-word regex"));

/// Decode the raw value of a header (folded lines allowed).
///
/// ```text
/// assert_eq!(decode("=?UTF-8?B?44CQ5YaN6YCB44CRMTHm?=\r\n =?UTF-8?B?nIg35pel?="), "【再送】11月7日");
/// ```
pub fn decode(raw: &str) -> String {
    let mut out = String::new();
    // the bytes of the run of adjacent words of one charset, not yet decoded
    let mut run: Option<(String, Vec<u8>)> = None;
    let mut at = 0;
    for c in WORD.captures_iter(raw) {
        let (Some(m), Some(charset), Some(enc), Some(text)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let between = &raw[at..m.start()];
        let adjacent = run.is_some() && between.trim().is_empty();
        let charset = charset.as_str().split('*').next().unwrap_or("").to_ascii_lowercase();
        if !adjacent || run.as_ref().is_some_and(|(cs, _)| *cs != charset) {
            flush(&mut run, &mut out);
            if !adjacent {
                out.push_str(&unfold(between));
            }
        }
        let bytes = word_bytes(enc.as_str(), text.as_str());
        run.get_or_insert_with(|| (charset, Vec::new())).1.extend(bytes);
        at = m.end();
    }
    flush(&mut run, &mut out);
    out.push_str(&unfold(&raw[at..]));
    out.trim().to_string()
}

/// The bytes an encoded word's text stands for (`B`: base64, `Q`: quoted-printable with `_`
/// for a space); what does not decode is kept as written.
fn word_bytes(enc: &str, text: &str) -> Vec<u8> {
    if enc.eq_ignore_ascii_case("b") {
        let t = text.trim_end_matches('=');
        return data_encoding::BASE64_NOPAD.decode(t.as_bytes()).unwrap_or_else(|_| text.as_bytes().to_vec());
    }
    let t = text.replace('_', " ");
    quoted_printable::decode(t.as_bytes(), quoted_printable::ParseMode::Robust).unwrap_or_else(|_| t.into_bytes())
}

/// Decode a run of bytes in its charset and append it.
fn flush(run: &mut Option<(String, Vec<u8>)>, out: &mut String) {
    let Some((charset, bytes)) = run.take() else { return };
    match encoding_rs::Encoding::for_label(charset.as_bytes()) {
        Some(e) => out.push_str(&e.decode_without_bom_handling(&bytes).0),
        None => out.push_str(&String::from_utf8_lossy(&bytes)),
    }
}

/// Folded header text on one line.
fn unfold(s: &str) -> String {
    s.replace("\r\n", "").replace('\n', "")
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn encoded_words() {
        let cases = [
            // a character cut between two words of one charset
            ("=?UTF-8?B?44CQ5YaN6YCB44CRMTHm?=\r\n =?UTF-8?B?nIg35pel77yI5Zyf77yJ?=", "【再送】11月7日（土）"),
            // two charsets and both encodings, folded
            ("=?ISO-2022-JP?B?GyRCRUU7UiUrJWslRhsoQg==?=\r\n =?UTF-8?Q?=E5=81=9C=E6=AD=A2?=", "電子カルテ停止"),
            // text around the words is kept; the space between two words is folding
            ("Fw: =?UTF-8?B?5YGc5q2i?= =?UTF-8?B?44Gu44GK55+l44KJ44Gb?= (1)", "Fw: 停止のお知らせ (1)"),
            ("=?utf-8?q?a_b?=", "a b"),
            // plain text, and what does not decode
            ("停止のお知らせ", "停止のお知らせ"),
            ("=?x-unknown?B?44GC?=", "あ"),
        ];
        for (raw, want) in cases {
            assert_eq!(decode(raw), want, "{raw}");
        }
    }
}
