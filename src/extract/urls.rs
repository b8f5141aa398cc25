//! Finds the links in a notice: `http://` and `https://` URLs, the placeholders that stand
//! where a link has not been written yet, and the label a URL gets from the line before it.
//!
//! The extractor is smart about where a URL ends, which is the whole difficulty in Japanese
//! text where nothing separates a URL from the sentence around it. A few cases:
//!
//! * `https://www.mhlw.go.jp/stf/newpage_08277.html#Q21）をご覧ください` should stop before
//!   the full-width `）` even though NFKC turned it into an ASCII `)`;
//! * `https://www.mhlw.go.jp/.` should not include the trailing dot,
//!   `(https://example.org/a)` should not include the parens;
//! * `https://ja.wikipedia.org/wiki/X_(Y)` should include its closing paren;
//! * `[https://x.jp/a](https://x.jp/a)` (how PDF-to-Markdown converters write every link) is
//!   one link, not two, and `<https://x.jp/a>` is one link without its brackets;
//! * `...sysparm_article=KB0011769#B` carries a knowledge-base article id, `KB0011769`.
//!
//! # Input contract
//!
//! Every function takes **one normalised logical line**: NFKC applied, Markdown escapes undone
//! (`kb\_article` must already read `kb_article`; a backslash left in is taken as part of the
//! URL), `**` removed. Because NFKC hides which characters were full-width,
//! [`find_urls`] also takes `was_wide(byte_offset)`, true when the character at that offset of
//! `line` was a non-ASCII character in the original text. It is only ever called with offsets
//! that are character boundaries of `line`.
//!
//! # Guarantees
//!
//! * Spans are byte offsets into `line`, on character boundaries, sorted and non-overlapping.
//! * A hit's `url` starts with `http://` or `https://` (the scheme is lower-cased, everything
//!   else is kept as written, including the `#fragment`) and has a non-empty host made of
//!   ASCII letters, digits, `-`, `.`, `_`, `~` or `%` (or a bracketed IPv6 literal).
//! * A URL ends at whitespace, at `<`, at `>`, at an ASCII control character, at any non-ASCII
//!   character left in `line` (`。`, `※`, kana…) and at the first character whose `was_wide`
//!   differs from that of the URL's first character (so a URL written entirely in full-width
//!   letters is still found, and a half-width one stops at the first full-width character),
//!   and at a `]` with no `[` before it in the URL.
//!   Trailing `.` `,` `;` `:` `!` `?` `'` `"` are then dropped, and so is a trailing `)` or `]`
//!   that has no matching opener inside the URL. Inside `<…>` and `[…](…)`, whose delimiters
//!   are explicit, nothing is trimmed.
//! * No panics on any input (property-tested). Linear in the line length, except that each
//!   `[` looks ahead for its `]`, so a line with many unclosed `[` costs quadratic time.
//!
//! # Non-goals
//!
//! * No scheme-less URLs: `www.mhlw.go.jp/...` is **not** found (no guessing of `https://`),
//!   and no other schemes (`mailto:`, `ftp:`).
//! * No validation that the host exists, resolves or has a real TLD; no IRIs (a URL never
//!   contains non-ASCII characters here, because in these documents a kana or kanji right
//!   after a URL is always the sentence continuing).
//! * [`find_urls`] reports placeholder URLs (`https://example.com/…`, `https://xxxx`) like any
//!   other; [`find_placeholders`] reports them too, with an overlapping span, so a caller that
//!   wants only real links drops the hits that overlap a placeholder.
//!
//! # Usage
//!
//! ```text
//! use tsuchi::extract::urls::{find_urls, find_placeholders, label_from_context};
//!
//! let line = "[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B)";
//! let hits = find_urls(line, &|_| false);
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].kb_article.as_deref(), Some("KB0011769"));
//! assert!(hits[0].url.ends_with("KB0011769#B"));
//! assert_eq!((hits[0].start, hits[0].end), (0, line.len()));
//!
//! assert_eq!(find_placeholders("【サイトのURLを記載予定】")[0].text, "【サイトのURLを記載予定】");
//! assert_eq!(label_from_context("### 【URL】"), None);
//! ```

use std::sync::LazyLock;

use regex::Regex;

/// One URL found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlHit {
    /// Byte offset where the link construct starts: the URL itself for a bare URL, the `<`
    /// of `<…>`, the `[` of a Markdown `[text](url)`.
    pub start: usize,
    /// Byte offset just past the construct (past the URL, the `>`, or the closing `)`).
    pub end: usize,
    /// The URL, scheme lower-cased, fragment kept (`"...KB0011769#B"`).
    pub url: String,
    /// `KB` + 7 digits found as a query value (`sysparm_article=KB0011769`) or as a whole path
    /// segment, upper-cased.
    pub kb_article: Option<String>,
    /// For Markdown `[text](url)`: the visible text, trimmed, when it is not the URL itself.
    /// `None` for bare and `<…>` URLs.
    pub link_text: Option<String>,
}

/// Text that stands where a link should be but says the link is still missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// Byte offset of the first character of the placeholder (its opening bracket, if any).
    pub start: usize,
    /// Byte offset just past the placeholder.
    pub end: usize,
    /// `line[start..end]`.
    pub text: String,
}

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

/// Matches a KB article id as a query value or a whole path segment.
static KB_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:[?&;][A-Za-z0-9_.~%-]*=|/)(KB[0-9]{7})(?:[&#/?;]|$)").unwrap());

/// Every `http://` / `https://` URL in one normalised logical line.
///
/// * A Markdown link `[text](url)` is one hit whose span is the whole `[..](..)`; its
///   `link_text` is `Some(text)` only when the trimmed text is not the URL itself.
///   A title (`[t](url "title")`) is allowed and ignored. Only links whose target is an
///   http(s) URL count; for any other target the text is scanned for bare URLs.
/// * `<https://x>` is one hit whose span includes the angle brackets.
/// * A bare URL ends as described in the [module docs](self).
/// * Only `http://` and `https://` are accepted (case-insensitively; the scheme is
///   lower-cased in `url`). `www.example.jp/...` without a scheme is **not** a URL here.
///   The scheme may follow any character (Japanese text has no spaces: `詳細はhttps://…`).
///
/// ```text
/// use tsuchi::extract::urls::find_urls;
///
/// // A full-width `）` arrives as `)`: the caller's `was_wide` says it was full-width.
/// let line = "(https://www.mhlw.go.jp/stf/newpage_08277.html#Q21)を参照";
/// let close = line.find(')').unwrap();
/// let hits = find_urls(line, &|i| i == 0 || i == close || !line.is_char_boundary(i) || !line[i..].starts_with(|c: char| c.is_ascii()));
/// assert_eq!(hits[0].url, "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21");
/// assert_eq!(&line[hits[0].start..hits[0].end], hits[0].url);
///
/// // Trailing punctuation and unbalanced parens are dropped, balanced ones kept.
/// let hits = find_urls("see https://ja.wikipedia.org/wiki/X_(Y). or (https://example.org/a).", &|_| false);
/// let urls: Vec<_> = hits.iter().map(|h| h.url.as_str()).collect();
/// assert_eq!(urls, ["https://ja.wikipedia.org/wiki/X_(Y)", "https://example.org/a"]);
///
/// // Markdown link with a different visible text.
/// let hits = find_urls("[厚生労働省](https://www.mhlw.go.jp/)", &|_| false);
/// assert_eq!(hits[0].link_text.as_deref(), Some("厚生労働省"));
///
/// // No scheme, no host: nothing.
/// assert!(find_urls("www.mhlw.go.jp http: https://", &|_| false).is_empty());
/// ```
pub fn find_urls(line: &str, was_wide: &dyn Fn(usize) -> bool) -> Vec<UrlHit> {
    let bytes = line.as_bytes();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < line.len() {
        let hit = match bytes[i] {
            b'[' => markdown_link(line, i, was_wide),
            b'<' => autolink(line, i, was_wide),
            b'h' | b'H' => bare_url(line, i, was_wide),
            _ => None,
        };
        if let Some(hit) = hit {
            i = hit.end;
            hits.push(hit);
            continue;
        }
        // Advance one character.
        i += line[i..].chars().next().map_or(1, char::len_utf8);
    }
    hits
}

/// Length of `http://` or `https://` at byte `i` (ASCII case-insensitive), if present.
fn scheme_len(line: &str, i: usize) -> Option<usize> {
    let rest = line.as_bytes().get(i..)?;
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if starts(b"https://") {
        Some(8)
    } else if starts(b"http://") {
        Some(7)
    } else {
        None
    }
}

/// May `c` at byte `pos` continue a URL whose first character's wideness is `wide_url`?
fn url_char_ok(c: char, pos: usize, wide_url: bool, was_wide: &dyn Fn(usize) -> bool) -> bool {
    c.is_ascii_graphic() && c != '<' && c != '>' && was_wide(pos) == wide_url
}

/// The URL with its scheme lower-cased; `scheme` is the scheme's byte length.
fn normalise_url(raw: &str, scheme: usize) -> String {
    let mut url = raw[..scheme].to_ascii_lowercase();
    url.push_str(&raw[scheme..]);
    url
}

/// `rest` is what follows `://`. True when it starts with a plausible authority.
fn valid_authority(rest: &str) -> bool {
    let auth = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let hostport = auth.rsplit_once('@').map_or(auth, |(_, h)| h);
    if let Some(v6) = hostport.strip_prefix('[') {
        return match v6.split_once(']') {
            Some((addr, port)) => {
                !addr.is_empty()
                    && addr.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
                    && valid_port(port)
            }
            None => false,
        };
    }
    let (host, port) = match hostport.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (hostport, None),
    };
    let host_ok = host.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b));
    host_ok && port.is_none_or(|p| valid_port(&format!(":{p}")))
}

/// `""` or `:` followed by 1 to 5 digits.
fn valid_port(p: &str) -> bool {
    p.is_empty()
        || p.strip_prefix(':').is_some_and(|d| (1..=5).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

fn kb_article(url: &str) -> Option<String> {
    KB_RE.captures(url).map(|c| c[1].to_ascii_uppercase())
}

fn make_hit(start: usize, end: usize, url: String, link_text: Option<String>) -> UrlHit {
    UrlHit { start, end, kb_article: kb_article(&url), url, link_text }
}

/// Bare URL starting at `start`.
fn bare_url(line: &str, start: usize, was_wide: &dyn Fn(usize) -> bool) -> Option<UrlHit> {
    let scheme = scheme_len(line, start)?;
    let wide_url = was_wide(start);
    let mut end = start;
    let mut brackets = 0usize;
    for (off, c) in line[start..].char_indices() {
        if !url_char_ok(c, start + off, wide_url, was_wide) {
            break;
        }
        // `]` is not a URL character outside an IPv6 host: an unbalanced one ends the URL
        // (`[https://a.jp](mailto:…)` must not run on into the Markdown syntax).
        match c {
            '[' => brackets += 1,
            ']' if brackets == 0 => break,
            ']' => brackets -= 1,
            _ => {}
        }
        end = start + off + c.len_utf8();
    }
    if end < start + scheme {
        // The scheme itself was interrupted (e.g. a wide character inside it).
        return None;
    }
    // Drop trailing punctuation and unbalanced closers. Everything here is ASCII.
    while end > start + scheme {
        let s = &line[start..end];
        let drop = match s.as_bytes()[s.len() - 1] {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"' => true,
            b')' => s.matches('(').count() < s.matches(')').count(),
            b']' => s.matches('[').count() < s.matches(']').count(),
            _ => false,
        };
        if !drop {
            break;
        }
        end -= 1;
    }
    let raw = &line[start..end];
    if !valid_authority(&raw[scheme..]) {
        return None;
    }
    Some(make_hit(start, end, normalise_url(raw, scheme), None))
}

/// `<https://…>` starting at the `<` at `start`.
fn autolink(line: &str, start: usize, was_wide: &dyn Fn(usize) -> bool) -> Option<UrlHit> {
    let s = start + 1;
    let scheme = scheme_len(line, s)?;
    let wide_url = was_wide(s);
    for (off, c) in line[s..].char_indices() {
        if url_char_ok(c, s + off, wide_url, was_wide) {
            continue;
        }
        if c != '>' {
            return None;
        }
        let raw = &line[s..s + off];
        if !valid_authority(&raw[scheme..]) {
            return None;
        }
        return Some(make_hit(start, s + off + 1, normalise_url(raw, scheme), None));
    }
    None
}

/// Markdown `[text](url)` / `[text](<url>)` / `[text](url "title")` starting at the `[` at
/// `start`, whose target is an http(s) URL.
fn markdown_link(line: &str, start: usize, was_wide: &dyn Fn(usize) -> bool) -> Option<UrlHit> {
    let b = line.as_bytes();
    // Matching `]` (brackets nest in link text). ASCII bytes never occur inside multi-byte
    // UTF-8 sequences, so byte indexing is safe here.
    let mut depth = 0usize;
    let mut close = None;
    for (j, &c) in b.iter().enumerate().skip(start) {
        match c {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if b.get(close + 1) != Some(&b'(') {
        return None;
    }
    let mut k = skip_ws(b, close + 2);

    let (dest_start, dest_end);
    if b.get(k) == Some(&b'<') {
        // `[text](<url>)`
        let hit = autolink(line, k, was_wide)?;
        dest_start = k + 1;
        dest_end = hit.end - 1;
        k = hit.end;
    } else {
        dest_start = k;
        scheme_len(line, dest_start)?;
        let wide_url = was_wide(dest_start);
        let mut paren = 0usize;
        let mut end = dest_start;
        for (off, c) in line[dest_start..].char_indices() {
            let pos = dest_start + off;
            if c == ')' && paren == 0 {
                break;
            }
            if !url_char_ok(c, pos, wide_url, was_wide) {
                break;
            }
            match c {
                '(' => paren += 1,
                ')' => paren -= 1,
                _ => {}
            }
            end = pos + c.len_utf8();
        }
        dest_end = end;
        k = end;
    }
    // Optional title, then `)`.
    k = skip_ws(b, k);
    if let Some(&q) = b.get(k).filter(|&&q| q == b'"' || q == b'\'' || q == b'(') {
        if k == dest_end {
            return None; // a title must be separated from the destination
        }
        let closer = if q == b'(' { b')' } else { q };
        let rel = b[k + 1..].iter().position(|&c| c == closer)?;
        k = skip_ws(b, k + 1 + rel + 1);
    }
    if b.get(k) != Some(&b')') {
        return None;
    }
    let raw = &line[dest_start..dest_end];
    let scheme = scheme_len(raw, 0)?;
    if !valid_authority(&raw[scheme..]) {
        return None;
    }
    let url = normalise_url(raw, scheme);
    let text = line[start + 1..close].trim();
    let text_url = text.strip_prefix('<').and_then(|t| t.strip_suffix('>')).unwrap_or(text);
    let link_text = if text.is_empty() || text_url == raw || text_url == url { None } else { Some(text.to_string()) };
    Some(make_hit(start, k + 1, url, link_text))
}

fn skip_ws(b: &[u8], mut k: usize) -> usize {
    while b.get(k).is_some_and(|c| *c == b' ' || *c == b'\t') {
        k += 1;
    }
    k
}

// ---------------------------------------------------------------------------------------------
// Placeholders
// ---------------------------------------------------------------------------------------------

/// The bracket pairs of circulars.
const BRACKETS: [(char, char); 10] = [
    ('【', '】'),
    ('[', ']'),
    ('(', ')'),
    ('「', '」'),
    ('〔', '〕'),
    ('〈', '〉'),
    ('《', '》'),
    ('『', '』'),
    ('<', '>'),
    ('≪', '≫'),
];

/// Short bracketed spans (1 to 30 characters inside a pair of any kind, neither bracket of
/// the pair inside), leftmost first and not overlapping. Written out rather than as one
/// regex: ten alternatives of a bounded repetition of a Unicode class compile to an
/// automaton that costs a small notice more than reading it.
fn bracketed(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((open_at, open, close)) =
        line[from..].char_indices().find_map(|(i, c)| BRACKETS.iter().find(|p| p.0 == c).map(|p| (from + i, p.0, p.1)))
    {
        let inner = open_at + open.len_utf8();
        let mut end = None;
        for (k, (i, c)) in line[inner..].char_indices().enumerate() {
            if c == open || k > 30 {
                break;
            }
            if c == close {
                end = (k > 0).then_some(inner + i + c.len_utf8());
                break;
            }
        }
        match end {
            Some(e) => {
                out.push((open_at, e));
                from = e;
            }
            None => from = inner,
        }
    }
    out
}

/// What a placeholder talks about.
static LINK_WORD_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)URL|リンク|(?:ウェブ|Web|サイト|ホームページ)アドレス").unwrap());

/// Inside brackets: anything saying the link is to come or is to be filled in.
static MISSING_WORD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)予定|未定|追って|後日|別途|調整中|準備中|作成中|確認中|次第|記載|記入|挿入|追記|",
        r"差し?替|差し?込|入力|未掲載|未公開|未確定|未記載|TBD|TBA|XXX"
    ))
    .unwrap()
});

/// Inside brackets: words saying the link is elsewhere in the document, not missing.
static PRESENT_WORD_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"下記|以下|上記|次の|別紙|別添|参照|://").unwrap());

/// Outside brackets: `URL:未定`, `URLは追って連絡`, `リンク先:調整中`.
static UNBRACKETED_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:URL|リンク先?)[ \t]*(?::|=|は|について(?:は)?)?[ \t]*",
        r"(?:未定|追って|後日|別途|調整中|準備中|作成中|確定次第|決まり次第|決定次第|判明次第|",
        r"公開次第|記載予定|掲載予定|公開予定|未掲載|未公開|未確定|TBD|TBA)",
        r"[^\s。、,.()\[\]【】「」<>]{0,20}"
    ))
    .unwrap()
});

/// A URL interrupted by placeholder marks: `https://www.○○○.jp/`, `http://example.com/…`.
static MARKED_URL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)https?://[A-Za-z0-9.\-_~/%?#=&:+@]*[○〇●◯◎×△□■…‥]",
        r"(?:[A-Za-z0-9.\-_~/%?#=&:+@]|[○〇●◯◎×△□■…‥])*"
    ))
    .unwrap()
});

/// A scheme with no host at all: `URL: https://` at the end of a line or before text.
static EMPTY_URL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)https?://(?:$|[\s)\]】」>]|[^\x00-\x7F])").unwrap());

static PLACEHOLDER_HOST_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:localhost|127\.0\.0\.1|0\.0\.0\.0)$|\.(?:localhost|example|test|invalid)$|",
        r"(?:^|\.)example\.(?:com|net|org|jp|(?:co|ne|or|go|ac|ad|ed|gr|lg)\.jp)$|",
        r"(?:^|\.)(?:x{3,}|hoge|fuga|piyo)(?:\.|$)"
    ))
    .unwrap()
});

/// A path/query token that is all `x` (after at most 3 letters: `KBxxxxxxx`).
static PLACEHOLDER_TOKEN_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[a-z]{0,3}x{3,}$").unwrap());

/// A host that names its own site under a reserved documentation domain
/// (`support.vendor.example.jp`): an invented but particular address, as in a drill or a
/// template filled in for one sender. Its notice points a reader at it, so it is a link of
/// the notice; a bare `example.jp`, `www.example.jp` or an all-`x` label is still a stand-in.
fn is_named_under_example(host: &str) -> bool {
    let Some(at) = host.find(".example.") else { return false };
    let sub = &host[..at];
    let label = sub.rsplit('.').next().unwrap_or(sub);
    label != "www" && !label.is_empty() && !PLACEHOLDER_HOST_RE.is_match(sub) && !sub.ends_with(".test")
}

/// Is this URL (as produced by [`find_urls`]) a stand-in rather than a real link?
fn is_placeholder_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let auth = &rest[..auth_end];
    let hostport = auth.rsplit_once('@').map_or(auth, |(_, h)| h);
    let host = hostport.split(':').next().unwrap_or("").trim_end_matches('.');
    (PLACEHOLDER_HOST_RE.is_match(host) && !is_named_under_example(host))
        || rest[auth_end..].split(|c: char| !c.is_ascii_alphanumeric()).any(|t| PLACEHOLDER_TOKEN_RE.is_match(t))
}

/// Placeholders standing where a link should be.
///
/// Recognised:
/// * a short bracketed note (`【】`, `[]`, `()`, `「」`, `〔〕`, `〈〉`, `《》`, `『』`, `<>`;
///   at most 30 characters inside) that names a link (`URL`, `リンク`, `…アドレス`) and says it is
///   missing or to come (`予定`, `未定`, `追って`, `後日`, `記載`, `挿入`, `TBD`, …), unless it
///   points elsewhere (`下記`, `別紙`, …) or contains a URL:
///   `【サイトのURLを記載予定】`, `【URL掲載予定】`, `[URL記載予定]`, `(URL:追って連絡)`;
/// * unbracketed `URL:未定`, `URLは後日お知らせします`, `リンク先:調整中`;
/// * placeholder URLs: hosts `example.com/.net/.org/.jp/.co.jp…`, `*.example`, `*.test`,
///   `*.invalid`, `localhost`, `127.0.0.1`, a label of three or more `x` (`https://xxxx`,
///   `https://www.xxx.go.jp`), `hoge`/`fuga`/`piyo`, a path token of `x`s (`/xxxxx.html`,
///   `KBxxxxxxx`), marks such as `○○○` or `…` inside or right after the URL, and a bare
///   `https://` with no host. The span of a placeholder URL is the [`find_urls`] span (ignoring
///   `was_wide`), extended over any trailing marks.
///
/// Results are sorted, and overlapping matches are merged into one.
///
/// ```text
/// use tsuchi::extract::urls::find_placeholders;
///
/// let texts = |l: &str| find_placeholders(l).into_iter().map(|p| p.text).collect::<Vec<_>>();
/// assert_eq!(texts("詳細は【URL掲載予定】をご覧ください"), ["【URL掲載予定】"]);
/// assert_eq!(texts("URL:未定"), ["URL:未定"]);
/// assert_eq!(texts("(URL:追って連絡)"), ["(URL:追って連絡)"]);
/// assert_eq!(texts("https://xxxx"), ["https://xxxx"]);
/// assert_eq!(texts("http://example.com/…"), ["http://example.com/…"]);
/// assert!(texts("(参考:掲載ページURL)").is_empty());
/// assert!(texts("https://www.mhlw.go.jp/").is_empty());
/// ```
pub fn find_placeholders(line: &str) -> Vec<Placeholder> {
    // every placeholder names a link or holds a scheme: most lines are passed over at once
    // (and the patterns are compiled only for a notice that has such a line)
    let names_link = line.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"url"))
        || line.contains("リンク")
        || line.contains("アドレス")
        || line.contains("http");
    if !names_link {
        return Vec::new();
    }
    let mut spans: Vec<(usize, usize)> = Vec::new();

    for (start, end) in bracketed(line) {
        let s = &line[start..end];
        if LINK_WORD_RE.is_match(s) && MISSING_WORD_RE.is_match(s) && !PRESENT_WORD_RE.is_match(s) {
            spans.push((start, end));
        }
    }
    spans.extend(UNBRACKETED_RE.find_iter(line).map(|m| (m.start(), m.end())));
    spans.extend(MARKED_URL_RE.find_iter(line).map(|m| (m.start(), m.end())));
    for m in EMPTY_URL_RE.find_iter(line) {
        let scheme_end = m.start() + line[m.start()..].find("://").unwrap_or(0) + 3;
        spans.push((m.start(), scheme_end));
    }
    for hit in find_urls(line, &|_| false) {
        if is_placeholder_url(&hit.url) {
            spans.push((hit.start, hit.end));
        }
    }

    spans.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged.into_iter().map(|(start, end)| Placeholder { start, end, text: line[start..end].to_string() }).collect()
}

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

/// A lead-in tag such as `(参考)`, `【参考】`, `[関連リンク]`.
static TAG_LEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[(\[【〔<《『][ \t]*(?:参考|参照|注|備考|関連|関連リンク|リンク|URL)[ \t]*",
        r"[)\]】〕>》』][ \t]*"
    ))
    .unwrap()
});

/// A leading parenthesised qualifier: `(医療機関・薬局向け) `, `(1) `.
static PAREN_LEAD_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\([^()]{1,30}\)[ \t]*").unwrap());

/// A whole line that is one `【…】` section tag.
static SECTION_TAG_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^【[^【】]*】$").unwrap());

/// A lead before `:` that only says "here is a link".
static GENERIC_SUFFIX_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:URL|URI|アドレス|リンク先?|掲載(?:ページ|先|場所|箇所)|ページ|参考|参照先?|",
        r"ホームページ|HP|サイト|詳細|関連リンク)[ \t]*$"
    ))
    .unwrap()
});

/// Text made only of generic link words: `URL`, `掲載ページURL`, `参考資料`, `下記サイト`.
static GENERIC_WHOLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:URL|URI|リンク|先|掲載|ページ|参考|参照|関連|資料|一覧|HP|ホームページ|ウェブ|",
        r"web|サイト|アドレス|詳細|こちら|下記|以下|の|・|[ \t]|[:()\[\]【】「」])+$"
    ))
    .unwrap()
});

/// The end of a sentence rather than of a title.
static SENTENCE_END_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:ます|です|ください|下さい|ません|した)$").unwrap());

const LABEL_MAX_CHARS: usize = 100;

/// Strip heading marks, bullets, `(参考)`-style tags and enclosing brackets, repeatedly.
fn strip_decorations(mut s: &str) -> &str {
    loop {
        let before = s;
        s = s.trim();
        s = s.trim_start_matches('#').trim_start();
        // bullets and marks (`・`, `※`, and `-`, `>` followed by a space or a bullet)
        if let Some(m) = crate::lexicon::mark_at(s) {
            s = &s[m.len()..];
        }
        if let Some(m) = TAG_LEAD_RE.find(s) {
            s = &s[m.end()..];
        }
        s = unwrap_brackets(s.trim());
        if s == before {
            return s;
        }
    }
}

/// `(x)` → `x`, `「x」` → `x`, … when the whole text is one bracketed group.
fn unwrap_brackets(s: &str) -> &str {
    for (open, close) in [('(', ')'), ('「', '」'), ('『', '』'), ('[', ']'), ('〔', '〕')] {
        if let Some(inner) = s.strip_prefix(open).and_then(|t| t.strip_suffix(close))
            && !inner.contains(open)
            && !inner.contains(close)
        {
            return inner.trim();
        }
    }
    s
}

fn strip_paren_leads(mut s: &str) -> &str {
    while let Some(m) = PAREN_LEAD_RE.find(s) {
        s = &s[m.end()..];
    }
    s.trim()
}

fn is_generic(s: &str) -> bool {
    s.is_empty() || GENERIC_WHOLE_RE.is_match(s)
}

/// A label for a URL, taken from the line before it.
///
/// Heading marks (`#`), bullets (`・`, `-`, `*`, `○`, `●`, `※`…, repeated: `- ・`), a lead-in
/// tag (`(参考)`, `【参考】`) and brackets enclosing the whole text are stripped. When a `:`
/// follows a generic lead (one ending in `リンク先`, `URL`, `掲載ページ`, `参考`, `サイト`…),
/// the text after it is kept, without leading parenthesised qualifiers such as
/// `(医療機関・薬局向け)`; if nothing specific follows, the lead without its generic ending
/// is used (`…ポータルサイトのリンク先:` → `…ポータルサイト`). A lone leading
/// parenthesised qualifier is dropped too when text follows it.
///
/// `None` for: a line that is only a `【…】` section tag (`### 【URL】`, `## 【別添資料】`),
/// text made only of generic words (`(参考:掲載ページURL)`), sentences (containing `。` or
/// ending in `ます`/`です`/`ください`…), lines containing a URL, text without any letter
/// (page numbers), and text longer than 100 characters.
///
/// ```text
/// use tsuchi::extract::urls::label_from_context;
///
/// assert_eq!(
///     label_from_context("(参考) 医療機関等向け総合ポータルサイトのリンク先:(医療機関・薬局向け) 医療機関等の窓口における資格確認方法").as_deref(),
///     Some("医療機関等の窓口における資格確認方法"),
/// );
/// assert_eq!(
///     label_from_context("・マイナンバーカードの健康保険証利用について Q21(厚生労働省 HP) ").as_deref(),
///     Some("マイナンバーカードの健康保険証利用について Q21(厚生労働省 HP)"),
/// );
/// assert_eq!(label_from_context("### 【URL】"), None);
/// assert_eq!(label_from_context("下記に URL を記載しています。"), None);
/// ```
pub fn label_from_context(preceding_line: &str) -> Option<String> {
    let trimmed = preceding_line.trim().trim_start_matches('#').trim();
    if SECTION_TAG_RE.is_match(trimmed) {
        return None;
    }
    let s = strip_decorations(preceding_line);

    let mut label = None;
    for (p, colon) in s.match_indices([':', '：']) {
        let lead = s[..p].trim_end().trim_end_matches([')', ']', '】', '」']);
        let lead = lead.trim_start_matches(['(', '[', '【', '「']);
        if let Some(m) = GENERIC_SUFFIX_RE.find(lead) {
            let rest = s[p + colon.len()..].trim();
            let rest = strip_paren_leads(strip_decorations(strip_paren_leads(rest)));
            label = Some(if is_generic(rest) {
                lead[..m.start()].trim_end().trim_end_matches(['の', 'へ', 'は', ' ', '\t'])
            } else {
                rest
            });
            break;
        }
    }
    let label = label.unwrap_or_else(|| {
        let stripped = strip_paren_leads(s);
        if stripped.is_empty() { s } else { stripped }
    });
    let label = label.trim().trim_end_matches([':', '：']).trim_end();

    let rejected = is_generic(label)
        || label.contains('。')
        || label.contains("://")
        || SENTENCE_END_RE.is_match(label)
        || !label.chars().any(char::is_alphabetic)
        || label.chars().count() > LABEL_MAX_CHARS;
    (!rejected).then(|| label.to_string())
}

// ---------------------------------------------------------------------------
// The extractor: the scanner above, run over every unit of a notice.

/// Every link in the notice, one entry per URL with all its mentions, in order of first
/// mention; a placeholder for a missing link becomes a `url-placeholder` diagnostic.
pub fn extract(ctx: super::Context<'_>, diags: &mut Vec<crate::model::Diagnostic>) -> Vec<crate::model::Url> {
    use crate::model::Url;
    let mut out: Vec<Url> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let units = &ctx.seg.units;
    for (ui, unit) in units.iter().enumerate() {
        // a link and a placeholder for one both need a scheme or a word naming a link
        if !ctx.notes(ui).classes.has(crate::lexicon::Class::LinkWord) {
            continue;
        }
        let text = &*unit.text;
        let placeholders = find_placeholders(text);
        for p in &placeholders {
            diags.push(ctx.diagnostic(
                unit,
                p.start,
                p.end,
                &crate::rules::URL_PLACEHOLDER,
                format!("placeholder 「{}」 stands where a link should be", p.text),
            ));
        }
        let was_wide = |off: usize| ctx.norm.was_wide(unit.to_norm(off));
        // the text a link's label is read from starts after the link before it
        let mut label_from = 0;
        // both lists are in order: only the first placeholder ending after a link's start
        // can overlap it
        let mut next_placeholder = 0;
        for hit in find_urls(text, &was_wide) {
            let context = label_from..hit.start;
            label_from = hit.end;
            while placeholders.get(next_placeholder).is_some_and(|p| p.end <= hit.start) {
                next_placeholder += 1;
            }
            if placeholders.get(next_placeholder).is_some_and(|p| p.start < hit.end) || is_share_link(&hit.url) {
                continue;
            }
            let mention = ctx.mention(unit, hit.start, hit.end);
            let label = hit.link_text.clone().or_else(|| {
                let before = text[context.clone()].trim();
                if !before.is_empty() {
                    return label_from_context(before);
                }
                // a second link on the line does not take the line above as its label
                if context.start > 0 {
                    return None;
                }
                ui.checked_sub(1)
                    .and_then(|k| units.get(k))
                    .filter(|prev| prev.doc == unit.doc)
                    .and_then(|prev| label_from_context(&prev.text))
            });
            if let Some(&i) = index.get(&hit.url) {
                let u: &mut Url = &mut out[i];
                u.mentions.push(mention);
                if u.label.is_none() {
                    u.label = label;
                }
                continue;
            }
            index.insert(hit.url.clone(), out.len());
            out.push(Url { url: hit.url, kb_article: hit.kb_article, label, mentions: vec![mention] });
        }
    }
    out
}

/// Whether a link is a page's share button (`https://twitter.com/intent/tweet?url=…`,
/// `https://www.facebook.com/sharer/…`): it shares the page itself and points a reader to
/// nothing the notice says.
fn is_share_link(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    crate::lexicon::starts_with(rest, crate::lexicon::Class::ShareLink).is_some()
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod bracket_tests {
    use super::bracketed;

    #[test]
    fn short_bracketed_spans_as_the_regex_found_them() {
        let spans = |t: &str| bracketed(t).into_iter().map(|(s, e)| t[s..e].to_string()).collect::<Vec<_>>();
        assert_eq!(spans("詳細は【URL:準備中】を参照(後日)"), ["【URL:準備中】", "(後日)"]);
        assert_eq!(spans("()「」"), Vec::<String>::new());
        assert_eq!(spans("「外「内」」"), ["「内」"]);
        assert_eq!(spans(&format!("({})", "あ".repeat(30))).len(), 1);
        assert!(spans(&format!("({})", "あ".repeat(31))).is_empty());
        assert_eq!(spans("(未定 <URL> )"), ["(未定 <URL> )"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The subset of the caller's normalisation these tests need: full-width ASCII
    /// (U+FF01..U+FF5E) and U+3000 folded to ASCII. Returns the folded line and the byte
    /// offsets (in the folded line) of characters that were non-ASCII in `orig`.
    fn fold(orig: &str) -> (String, Vec<usize>) {
        let mut out = String::new();
        let mut wide = Vec::new();
        for c in orig.chars() {
            let mapped = match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap(),
                '\u{3000}' => ' ',
                _ => c,
            };
            if !c.is_ascii() {
                wide.push(out.len());
            }
            out.push(mapped);
        }
        (out, wide)
    }

    fn urls_in(orig: &str) -> (String, Vec<UrlHit>) {
        let (line, wide) = fold(orig);
        let hits = find_urls(&line, &|i| wide.contains(&i));
        (line, hits)
    }

    const KB_URL: &str = "https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769";
    const KB_URL_B: &str = "https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B";

    /// Expected hit: (span text, url, kb_article, link_text).
    type Want = (&'static str, &'static str, Option<&'static str>, Option<&'static str>);

    struct Case {
        name: &'static str,
        /// Original text, escapes already undone; full-width characters are folded by `fold`.
        input: &'static str,
        want: &'static [Want],
    }

    const KB: Option<&str> = Some("KB0011769");

    #[rustfmt::skip]
    const CASES: &[Case] = &[
        // --- every URL line of the seeds ---
        Case { name: "seed000 l39 / seed001 l65, l137: markdown link repeating the URL",
            input: "[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769)",
            want: &[("[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769)", KB_URL, KB, None)] },
        Case { name: "seed000 l86: markdown link followed by ※ text",
            input: "[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769)※日々の診療等の開始前に自動で再起動がされるよう設定している場合は手動での再起動は不要です。",
            want: &[("[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769)", KB_URL, KB, None)] },
        Case { name: "seed002 l72, l210: KB link with #B",
            input: "[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B)",
            want: &[("[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B)", KB_URL_B, KB, None)] },
        Case { name: "seed003 l55: angle-bracket autolink",
            input: "<https://www.iryohokenjyoho-portalsite.jp/download/post-13.html>",
            want: &[("<https://www.iryohokenjyoho-portalsite.jp/download/post-13.html>", "https://www.iryohokenjyoho-portalsite.jp/download/post-13.html", None, None)] },
        Case { name: "seed003 l59: markdown link to a pdf",
            input: "[https://www.iryohokenjyoho-portalsite.jp/download/docs/unyou_manual.pdf](https://www.iryohokenjyoho-portalsite.jp/download/docs/unyou_manual.pdf)",
            want: &[("[https://www.iryohokenjyoho-portalsite.jp/download/docs/unyou_manual.pdf](https://www.iryohokenjyoho-portalsite.jp/download/docs/unyou_manual.pdf)", "https://www.iryohokenjyoho-portalsite.jp/download/docs/unyou_manual.pdf", None, None)] },
        Case { name: "seed004 l134: bare URL with #Q21 and trailing space",
            input: "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21 ",
            want: &[("https://www.mhlw.go.jp/stf/newpage_08277.html#Q21", "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21", None, None)] },
        Case { name: "seed004 l138: second #Q21",
            input: "https://www.mhlw.go.jp/stf/newpage_24976.html#Q21 ",
            want: &[("https://www.mhlw.go.jp/stf/newpage_24976.html#Q21", "https://www.mhlw.go.jp/stf/newpage_24976.html#Q21", None, None)] },
        Case { name: "seed004 l142: leading space, trailing slash",
            input: " https://www.kojinbango-card.go.jp/contact/tel/ ",
            want: &[("https://www.kojinbango-card.go.jp/contact/tel/", "https://www.kojinbango-card.go.jp/contact/tel/", None, None)] },
        Case { name: "seed004 l146",
            input: "https://www.iryohokenjyoho-portalsite.jp/post-7.html ",
            want: &[("https://www.iryohokenjyoho-portalsite.jp/post-7.html", "https://www.iryohokenjyoho-portalsite.jp/post-7.html", None, None)] },
        // --- boundaries ---
        Case { name: "full-width ） ends the URL (folded to `)`, was_wide)",
            input: "詳細(https://www.mhlw.go.jp/stf/newpage_08277.html#Q21）を参照",
            want: &[("https://www.mhlw.go.jp/stf/newpage_08277.html#Q21", "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21", None, None)] },
        Case { name: "full-width ： ends the URL",
            input: "https://www.mhlw.go.jp/：厚生労働省",
            want: &[("https://www.mhlw.go.jp/", "https://www.mhlw.go.jp/", None, None)] },
        Case { name: "。 ends the URL",
            input: "こちらhttps://www.mhlw.go.jp/stf/index.html。",
            want: &[("https://www.mhlw.go.jp/stf/index.html", "https://www.mhlw.go.jp/stf/index.html", None, None)] },
        Case { name: "URL in ASCII parentheses",
            input: "(https://example.org/a)",
            want: &[("https://example.org/a", "https://example.org/a", None, None)] },
        Case { name: "balanced parens are kept",
            input: "https://ja.wikipedia.org/wiki/X_(Y)",
            want: &[("https://ja.wikipedia.org/wiki/X_(Y)", "https://ja.wikipedia.org/wiki/X_(Y)", None, None)] },
        Case { name: "balanced parens inside outer parens",
            input: "(https://ja.wikipedia.org/wiki/X_(Y))",
            want: &[("https://ja.wikipedia.org/wiki/X_(Y)", "https://ja.wikipedia.org/wiki/X_(Y)", None, None)] },
        Case { name: "trailing dot dropped",
            input: "See https://www.mhlw.go.jp/.",
            want: &[("https://www.mhlw.go.jp/", "https://www.mhlw.go.jp/", None, None)] },
        Case { name: "trailing punctuation run dropped",
            input: "\"https://www.mhlw.go.jp/a.html\"!?,",
            want: &[("https://www.mhlw.go.jp/a.html", "https://www.mhlw.go.jp/a.html", None, None)] },
        Case { name: "unbalanced ] dropped",
            input: "[see https://www.mhlw.go.jp/a]",
            want: &[("https://www.mhlw.go.jp/a", "https://www.mhlw.go.jp/a", None, None)] },
        Case { name: "> and < end a URL",
            input: "x https://a.jp/b>c https://d.jp/e<f",
            want: &[("https://a.jp/b", "https://a.jp/b", None, None), ("https://d.jp/e", "https://d.jp/e", None, None)] },
        Case { name: "two URLs in one line",
            input: "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21 及び https://www.mhlw.go.jp/stf/newpage_24976.html#Q21",
            want: &[("https://www.mhlw.go.jp/stf/newpage_08277.html#Q21", "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21", None, None),
                    ("https://www.mhlw.go.jp/stf/newpage_24976.html#Q21", "https://www.mhlw.go.jp/stf/newpage_24976.html#Q21", None, None)] },
        Case { name: "bare KB URL with fragment, followed by Japanese",
            input: "https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#Bを参照",
            want: &[(KB_URL_B, KB_URL_B, KB, None)] },
        Case { name: "URL written entirely in full-width letters",
            input: "ｈｔｔｐｓ：／／ｗｗｗ．ｍｈｌｗ．ｇｏ．ｊｐ／）",
            want: &[("https://www.mhlw.go.jp/", "https://www.mhlw.go.jp/", None, None)] },
        Case { name: "upper-case scheme is lower-cased, rest kept",
            input: "HTTPS://WWW.MHLW.GO.JP/Index.html",
            want: &[("HTTPS://WWW.MHLW.GO.JP/Index.html", "https://WWW.MHLW.GO.JP/Index.html", None, None)] },
        Case { name: "http scheme and port",
            input: "http://localhost:8080/x",
            want: &[("http://localhost:8080/x", "http://localhost:8080/x", None, None)] },
        Case { name: "query URL containing another URL is one hit",
            input: "https://a.jp/r?u=https://b.jp/c",
            want: &[("https://a.jp/r?u=https://b.jp/c", "https://a.jp/r?u=https://b.jp/c", None, None)] },
        // --- markdown variants ---
        Case { name: "markdown with distinct text",
            input: "[ 医療機関等向け総合ポータルサイト ](https://www.iryohokenjyoho-portalsite.jp/)",
            want: &[("[ 医療機関等向け総合ポータルサイト ](https://www.iryohokenjyoho-portalsite.jp/)", "https://www.iryohokenjyoho-portalsite.jp/", None, Some("医療機関等向け総合ポータルサイト"))] },
        Case { name: "markdown with title and balanced parens in target",
            input: "[wiki](https://ja.wikipedia.org/wiki/X_(Y) \"title\")。",
            want: &[("[wiki](https://ja.wikipedia.org/wiki/X_(Y) \"title\")", "https://ja.wikipedia.org/wiki/X_(Y)", None, Some("wiki"))] },
        Case { name: "markdown with <target>",
            input: "[KB](<https://x.service-now.com/kb/KB0012345>)",
            want: &[("[KB](<https://x.service-now.com/kb/KB0012345>)", "https://x.service-now.com/kb/KB0012345", Some("KB0012345"), Some("KB"))] },
        Case { name: "markdown to a non-http target: text scanned as bare",
            input: "[https://a.jp/x](mailto:a@b.jp)",
            want: &[("https://a.jp/x", "https://a.jp/x", None, None)] },
        Case { name: "broken markdown (space in target): both URLs bare",
            input: "[https://a.jp/x](https://a.jp/x y",
            want: &[("https://a.jp/x", "https://a.jp/x", None, None), ("https://a.jp/x", "https://a.jp/x", None, None)] },
        Case { name: "autolink keeps a trailing dot",
            input: "<https://a.jp/x.>",
            want: &[("<https://a.jp/x.>", "https://a.jp/x.", None, None)] },
        // --- KB ids ---
        Case { name: "KB id as path segment, lower-case",
            input: "https://x.jp/kb/kb1234567/",
            want: &[("https://x.jp/kb/kb1234567/", "https://x.jp/kb/kb1234567/", Some("KB1234567"), None)] },
        Case { name: "KB with 8 digits is not an article id",
            input: "https://x.jp/?a=KB12345678",
            want: &[("https://x.jp/?a=KB12345678", "https://x.jp/?a=KB12345678", None, None)] },
        // --- negatives ---
        Case { name: "no URL", input: "令和7年2月1日(土) 22:00~2月2日(日) 0:30(予定)", want: &[] },
        Case { name: "http: alone", input: "http: と書かれているだけ", want: &[] },
        Case { name: "scheme without host", input: "https:// https:///path http://.", want: &[] },
        Case { name: "no scheme", input: "www.mhlw.go.jp/stf/index.html", want: &[] },
        Case { name: "other scheme", input: "ftp://ftp.example.jp/ mailto:a@b.jp", want: &[] },
        Case { name: "empty", input: "", want: &[] },
    ];

    #[test]
    fn url_table() {
        for case in CASES {
            let (line, hits) = urls_in(case.input);
            assert_eq!(hits.len(), case.want.len(), "{}: {hits:#?}", case.name);
            for (hit, want) in hits.iter().zip(case.want) {
                let (span, url, kb, text) = *want;
                assert_eq!(&line[hit.start..hit.end], span, "{}: span", case.name);
                assert_eq!(hit.url, url, "{}: url", case.name);
                assert_eq!(hit.kb_article.as_deref(), kb, "{}: kb", case.name);
                assert_eq!(hit.link_text.as_deref(), text, "{}: link_text", case.name);
            }
        }
    }

    #[test]
    fn placeholder_table() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &[&str])] = &[
            ("seed002 l54", "【サイトのURLを記載予定】", &["【サイトのURLを記載予定】"]),
            ("in a sentence", "手順は【URL掲載予定】を参照", &["【URL掲載予定】"]),
            ("square brackets", "[URL記載予定]", &["[URL記載予定]"]),
            ("parens, full-width colon folded", "(URL:追って連絡)", &["(URL:追って連絡)"]),
            ("unbracketed", "URL:未定", &["URL:未定"]),
            ("unbracketed sentence", "リンク先は後日お知らせします。", &["リンク先は後日お知らせします"]),
            ("xxxx host", "URL:https://xxxx", &["https://xxxx"]),
            ("example.com with ellipsis", "http://example.com/…", &["http://example.com/…"]),
            ("example.org in parens", "(https://example.org/a)", &["https://example.org/a"]),
            ("example.co.jp", "https://www.example.co.jp/", &["https://www.example.co.jp/"]),
            ("localhost", "http://localhost:8080/", &["http://localhost:8080/"]),
            ("x label under example.jp", "https://xxx.example.jp/", &["https://xxx.example.jp/"]),
            ("x path token", "https://www.mhlw.go.jp/stf/newpage_xxxxx.html", &["https://www.mhlw.go.jp/stf/newpage_xxxxx.html"]),
            ("KB x", "https://x.service-now.com/csm?sysparm_article=KBxxxxxxx", &["https://x.service-now.com/csm?sysparm_article=KBxxxxxxx"]),
            ("circles in host", "https://www.○○○.jp/ を参照", &["https://www.○○○.jp/"]),
            ("empty scheme at end", "URL: https://", &["https://"]),
            ("two in one line", "【URL記載予定】 及び https://xxx.jp", &["【URL記載予定】", "https://xxx.jp"]),
            // negatives
            ("generic heading", "### 【URL】", &[]),
            ("reference lead", "(参考:掲載ページURL)", &[]),
            ("URL given below", "下記に URL を記載しています。", &[]),
            ("points below", "(URLは下記に記載)", &[]),
            ("tentative time, no link", "2月2日(日) 0:30(予定)", &[]),
            ("real URL", "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21", &[]),
            ("real markdown KB link", "[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B)", &[]),
            ("http: alone", "http:", &[]),
            ("a named site under example.jp", "https://support.vendor.example.jp/kb/1.html", &[]),
            ("a named site under example.co.jp", "https://www.clinic-net.example.co.jp/", &[]),
            ("no text", "", &[]),
        ];
        for (name, input, want) in cases {
            let got = find_placeholders(input);
            let texts: Vec<&str> = got.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(&texts, want, "{name}");
            for p in &got {
                assert_eq!(&input[p.start..p.end], p.text, "{name}");
            }
        }
    }

    #[test]
    fn label_table() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("seed000 l37", "(参考) 医療機関等向け総合ポータルサイトのリンク先:(医療機関・薬局向け) 医療機関等の窓口における資格確認方法",
                Some("医療機関等の窓口における資格確認方法")),
            ("seed000 l83 (cut before the specific text)", "(参考) 医療機関等向け総合ポータルサイトのリンク先:(医療機関・薬局向け)  ",
                Some("医療機関等向け総合ポータルサイト")),
            ("seed000 l84", "医療機関等の窓口における資格確認方法", Some("医療機関等の窓口における資格確認方法")),
            ("seed001 l63", "(参考) 医療機関等向け総合ポータルサイトのリンク先:(医療機関・薬局向け) 令和6年12月2日以降の医療機関等の窓口における資格確認方法について",
                Some("令和6年12月2日以降の医療機関等の窓口における資格確認方法について")),
            ("seed002 l70 heading with ○", "### ○医療機関等向け総合ポータルサイトのリンク先:マイナ保険証での受付が出来ない場合の資格確認方法・レセプト請求方法",
                Some("マイナ保険証での受付が出来ない場合の資格確認方法・レセプト請求方法")),
            ("seed002 l208", "(参考)医療機関等向け総合ポータルサイトのリンク先:マイナ保険証での受付が出来ない場合の資格確認方法・レセプト請求方法",
                Some("マイナ保険証での受付が出来ない場合の資格確認方法・レセプト請求方法")),
            ("seed003 l50 bare heading", "### 【URL】", None),
            ("seed003 l53 quoted", "「医療機関等向けポータルサイト」", Some("医療機関等向けポータルサイト")),
            ("seed003 l57 section tag", "### 【マニュアル】", None),
            ("seed003 l48 sentence", "ータルサイト」に掲載されており、下記に URL を記載しています。", None),
            ("seed004 l130", "(参考:掲載ページURL) ", None),
            ("seed004 l132", "・マイナンバーカードの健康保険証利用について Q21(厚生労働省 HP) ",
                Some("マイナンバーカードの健康保険証利用について Q21(厚生労働省 HP)")),
            ("seed004 l136", "・オンライン資格確認 QA 集 Q21(厚生労働省 HP) ", Some("オンライン資格確認 QA 集 Q21(厚生労働省 HP)")),
            ("seed004 l144 leading space", " ・医療機関等向けのオンライン資格確認等コールセンター ", Some("医療機関等向けのオンライン資格確認等コールセンター")),
            ("doubled bullet", "- ・マイナンバー総合フリーダイヤルについて", Some("マイナンバー総合フリーダイヤルについて")),
            ("star bullet + trailing colon", "* 資格確認方法:", Some("資格確認方法")),
            ("URL lead", "URL: 運用マニュアル", Some("運用マニュアル")),
            ("non-generic colon lead kept", "Q21: マイナ保険証とは", Some("Q21: マイナ保険証とは")),
            ("page number", "- 3 -", None),
            ("a URL line", "https://www.mhlw.go.jp/", None),
            ("request sentence", "以下をご覧ください", None),
            ("empty", "   ", None),
        ];
        for (name, input, want) in cases {
            assert_eq!(label_from_context(input).as_deref(), *want, "{name}");
        }
    }

    #[test]
    fn markdown_seed_is_one_hit_not_two() {
        let line = format!("[{KB_URL}]({KB_URL})");
        let hits = find_urls(&line, &|_| false);
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].start, hits[0].end), (0, line.len()));
    }

    #[test]
    fn was_wide_only_called_on_char_boundaries() {
        let line = "あ https://a.jp/い [ｘ](https://b.jp/う) <https://c.jp/え>";
        let hits = find_urls(line, &|i| {
            assert!(line.is_char_boundary(i), "offset {i}");
            !line[i..].starts_with(|c: char| c.is_ascii())
        });
        // The Markdown target stops at う and the autolink at え, so both are broken and
        // their URLs are found bare.
        let urls: Vec<_> = hits.iter().map(|h| h.url.as_str()).collect();
        assert_eq!(urls, ["https://a.jp/", "https://b.jp/", "https://c.jp/"]);
    }

    fn check_hits(line: &str, hits: &[UrlHit]) {
        let mut prev_end = 0;
        for h in hits {
            assert!(h.start >= prev_end && h.start < h.end && h.end <= line.len());
            assert!(line.is_char_boundary(h.start) && line.is_char_boundary(h.end));
            assert!(h.url.starts_with("http://") || h.url.starts_with("https://"), "{h:?}");
            let span = &line[h.start..h.end];
            if !span.starts_with(['[', '<']) {
                let scheme = if h.url.starts_with("https") { 8 } else { 7 };
                assert!(span.eq_ignore_ascii_case(&h.url) && span[scheme..] == h.url[scheme..], "{h:?}");
            }
            prev_end = h.end;
        }
    }

    fn wide_pred(line: &str) -> impl Fn(usize) -> bool + '_ {
        move |i| {
            assert!(line.is_char_boundary(i), "was_wide called off a char boundary: {i}");
            i % 13 == 5 || !line[i..].starts_with(|c: char| c.is_ascii())
        }
    }

    proptest! {
        #[test]
        fn any_string_never_panics(line in any::<String>()) {
            let hits = find_urls(&line, &wide_pred(&line));
            check_hits(&line, &hits);
            for p in find_placeholders(&line) {
                prop_assert!(line.is_char_boundary(p.start) && line.is_char_boundary(p.end));
                prop_assert_eq!(&line[p.start..p.end], p.text.as_str());
            }
            let _ = label_from_context(&line);
        }

        #[test]
        fn url_like_strings(line in "(https?://|HTTP://|\\[|\\]|\\(|\\)|<|>|\\.|:|#|[a-z0-9/?=&_-]|。|）|【|】| |例|○|…|KB0011769|xxx|example\\.com|URL|予定){0,40}") {
            let hits = find_urls(&line, &wide_pred(&line));
            check_hits(&line, &hits);
            let hits = find_urls(&line, &|_| false);
            check_hits(&line, &hits);
            let mut prev = 0;
            for p in find_placeholders(&line) {
                prop_assert!(p.start >= prev && p.start < p.end);
                prop_assert!(line.is_char_boundary(p.start) && line.is_char_boundary(p.end));
                prev = p.end;
            }
            if let Some(l) = label_from_context(&line) {
                prop_assert!(!l.is_empty() && l.trim() == l);
            }
        }
    }
}

/// The examples of this module's docs, run as unit tests (the module is internal, so
/// rustdoc cannot run them).
#[cfg(test)]
mod doc_examples {
    #[test]
    fn example_1() {
        use crate::extract::urls::{find_placeholders, find_urls, label_from_context};

        let line = "[https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B](https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769#B)";
        let hits = find_urls(line, &|_| false);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].kb_article.as_deref(), Some("KB0011769"));
        assert!(hits[0].url.ends_with("KB0011769#B"));
        assert_eq!((hits[0].start, hits[0].end), (0, line.len()));

        assert_eq!(find_placeholders("【サイトのURLを記載予定】")[0].text, "【サイトのURLを記載予定】");
        assert_eq!(label_from_context("### 【URL】"), None);
    }

    #[test]
    fn example_2() {
        use crate::extract::urls::find_urls;

        // A full-width `）` arrives as `)`: the caller's `was_wide` says it was full-width.
        let line = "(https://www.mhlw.go.jp/stf/newpage_08277.html#Q21)を参照";
        let close = line.find(')').unwrap();
        let hits = find_urls(line, &|i| {
            i == 0 || i == close || !line.is_char_boundary(i) || !line[i..].starts_with(|c: char| c.is_ascii())
        });
        assert_eq!(hits[0].url, "https://www.mhlw.go.jp/stf/newpage_08277.html#Q21");
        assert_eq!(&line[hits[0].start..hits[0].end], hits[0].url);

        // Trailing punctuation and unbalanced parens are dropped, balanced ones kept.
        let hits = find_urls("see https://ja.wikipedia.org/wiki/X_(Y). or (https://example.org/a).", &|_| false);
        let urls: Vec<_> = hits.iter().map(|h| h.url.as_str()).collect();
        assert_eq!(urls, ["https://ja.wikipedia.org/wiki/X_(Y)", "https://example.org/a"]);

        // Markdown link with a different visible text.
        let hits = find_urls("[厚生労働省](https://www.mhlw.go.jp/)", &|_| false);
        assert_eq!(hits[0].link_text.as_deref(), Some("厚生労働省"));

        // No scheme, no host: nothing.
        assert!(find_urls("www.mhlw.go.jp http: https://", &|_| false).is_empty());
    }

    #[test]
    fn example_3() {
        use crate::extract::urls::find_placeholders;

        let texts = |l: &str| find_placeholders(l).into_iter().map(|p| p.text).collect::<Vec<_>>();
        assert_eq!(texts("詳細は【URL掲載予定】をご覧ください"), ["【URL掲載予定】"]);
        assert_eq!(texts("URL:未定"), ["URL:未定"]);
        assert_eq!(texts("(URL:追って連絡)"), ["(URL:追って連絡)"]);
        assert_eq!(texts("https://xxxx"), ["https://xxxx"]);
        assert_eq!(texts("http://example.com/…"), ["http://example.com/…"]);
        assert!(texts("(参考:掲載ページURL)").is_empty());
        assert!(texts("https://www.mhlw.go.jp/").is_empty());
    }

    #[test]
    fn example_4() {
        use crate::extract::urls::label_from_context;

        assert_eq!(
            label_from_context("(参考) 医療機関等向け総合ポータルサイトのリンク先:(医療機関・薬局向け) 医療機関等の窓口における資格確認方法").as_deref(),
            Some("医療機関等の窓口における資格確認方法"),
        );
        assert_eq!(
            label_from_context("・マイナンバーカードの健康保険証利用について Q21(厚生労働省 HP) ").as_deref(),
            Some("マイナンバーカードの健康保険証利用について Q21(厚生労働省 HP)"),
        );
        assert_eq!(label_from_context("### 【URL】"), None);
        assert_eq!(label_from_context("下記に URL を記載しています。"), None);
    }
}

#[cfg(test)]
mod share_tests {
    #[test]
    fn share_buttons_are_no_links_of_the_notice() {
        let cases: &[(&str, &[&str])] = &[
            (
                "詳細:https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0012480\n\n[Xでシェア](https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.co.jp%2Fnews%2F)",
                &["https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0012480"],
            ),
            ("シェア:https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.jp%2F", &[]),
            ("LINEで送る https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fa.jp%2F", &[]),
            // an organisation's own page on such a site is a link like any other
            ("公式アカウント:https://twitter.com/mhlwitter", &["https://twitter.com/mhlwitter"]),
        ];
        for (text, want) in cases {
            let n = crate::extract_str("t.txt", text).expect("reads");
            let got: Vec<&str> = n.urls.iter().map(|u| u.url.as_str()).collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
