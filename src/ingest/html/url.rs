//! Resolving a link's target against the page's base (RFC 3986, section 5.2).
//!
//! Only what links on notice pages need: an absolute `http`/`https` target is kept as
//! written; a network-path (`//host/…`), absolute-path (`/csm?id=…`), query-only (`?…`)
//! or relative-path reference is resolved against the page's `<base href>`, canonical link
//! or `og:url`, with dot segments removed. In-page fragments (`#top`), `mailto:`, `tel:`
//! and `javascript:` targets are not links to a notice's resources and give nothing.
//! Written by hand rather than with the `url` crate: the whole need is these few cases,
//! while `url` brings IDNA tables that a notice reader never uses.

/// The absolute target of `href` on a page whose base is `base`.
///
/// ```
/// use tsuchi::ingest::html::url::resolve;
/// let base = Some("https://iryohokenjyoho.service-now.com/csm/kb/index.html");
/// assert_eq!(
///     resolve(base, "/csm?id=kb_article_view&sysparm_article=KB0011769").as_deref(),
///     Some("https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0011769")
/// );
/// assert_eq!(resolve(base, "../a/b.pdf").as_deref(), Some("https://iryohokenjyoho.service-now.com/csm/a/b.pdf"));
/// assert_eq!(resolve(None, "https://www.mhlw.go.jp/x#B").as_deref(), Some("https://www.mhlw.go.jp/x#B"));
/// assert_eq!(resolve(base, "#top"), None);
/// assert_eq!(resolve(None, "/relative"), None);
/// ```
pub fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    if let Some(colon) = href.find(':')
        && href[..colon].chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !href[..colon].is_empty()
    {
        let scheme = href[..colon].to_ascii_lowercase();
        return matches!(scheme.as_str(), "http" | "https").then(|| href.to_string());
    }
    let base = base.and_then(split)?;
    Some(match href.as_bytes() {
        [b'/', b'/', ..] => format!("{}:{href}", base.scheme),
        [b'/', ..] => format!("{}://{}{}", base.scheme, base.authority, remove_dots(href)),
        [b'?', ..] => format!("{}://{}{}{href}", base.scheme, base.authority, base.path),
        _ => {
            let dir = &base.path[..base.path.rfind('/').map_or(0, |i| i + 1)];
            let dir = if dir.is_empty() { "/" } else { dir };
            format!("{}://{}{}", base.scheme, base.authority, remove_dots(&format!("{dir}{href}")))
        }
    })
}

struct Base<'a> {
    scheme: &'a str,
    authority: &'a str,
    path: &'a str,
}

/// An absolute http(s) base split into scheme, authority and path (query and fragment
/// dropped).
fn split(base: &str) -> Option<Base<'_>> {
    let (scheme, rest) = base.trim().split_once("://")?;
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let path = &rest[end..];
    let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
    Some(Base { scheme, authority, path })
}

/// RFC 3986 5.2.4 on the path part of `reference` (its query and fragment kept).
fn remove_dots(reference: &str) -> String {
    let cut = reference.find(['?', '#']).unwrap_or(reference.len());
    let (path, tail) = reference.split_at(cut);
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *seg {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    let joined = if joined.starts_with('/') { joined } else { format!("/{joined}") };
    format!("{joined}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3986_examples() {
        let base = Some("http://a/b/c/d;p?q");
        let cases = [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("g#s", "http://a/b/c/g#s"),
            ("..", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
        ];
        for (href, want) in cases {
            assert_eq!(resolve(base, href).as_deref(), Some(want), "{href}");
        }
    }

    #[test]
    fn not_links() {
        for href in ["mailto:a@b.jp", "tel:0120000000", "javascript:void(0)", "", "#x"] {
            assert_eq!(resolve(Some("https://a.jp/"), href), None, "{href}");
        }
    }
}
