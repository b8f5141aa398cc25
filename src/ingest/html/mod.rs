//! The HTML reader: a web page's article as a text view mapped to the HTML source.
//!
//! Notices are published on the 医療機関等向け総合ポータルサイト (knowledge-base articles),
//! on 厚生労働省 news pages and on association sites, some still in Shift_JIS or EUC-JP.
//! The reader takes the page apart in four steps, one file each:
//!
//! 1. [`charset`]: the encoding (explicit label, BOM, `<meta charset>`, detection);
//! 2. [`tree`]: html5gum's WHATWG tokens into a small element tree with source spans;
//! 3. [`content`]: the element that holds the notice, and the chrome to leave out
//!    (navigation, breadcrumbs, sidebars of 関連記事, site headers and footers);
//! 4. [`render`] (and [`table`]): that element as lines of text, tables as Markdown rows,
//!    links as `[text](target)`, struck-out text marked.
//!
//! Positions of extracted values are lines and columns of the decoded HTML source, so
//! `tsuchi check page.html` points into the file a person edits. The page's heading is the
//! title when the notice states none, and a `<time datetime>` inside the article (or the
//! page's publication date in its metadata) is the date when the notice states none.

pub mod charset;
pub mod content;
pub mod render;
pub mod table;
pub mod tree;
pub mod url;

use super::map::ViewBuilder;
use super::{Hints, IngestError, Ingested};
use crate::decode::EncodingChoice;
use crate::model::SourceFormat;
use tree::{NodeId, Tree};

/// Whether `head` (the first bytes of a file) is an HTML page. Without the `.html` hint,
/// the document must open with `<!DOCTYPE html>`, `<html>`, `<head>` or `<body>` (after
/// whitespace and comments); with it, any common tag will do.
///
/// ```
/// use tsuchi::ingest::html::looks_like_html;
/// assert!(looks_like_html(b"  <!doctype html>\n<html lang=ja>", false));
/// assert!(looks_like_html(b"<div class=notice><p>x</p></div>", true));
/// assert!(!looks_like_html("令和7年<br>1月".as_bytes(), false));
/// ```
pub fn looks_like_html(head: &[u8], hinted: bool) -> bool {
    // a page opens with markup: without the hint, the first non-space byte must be `<`
    if !hinted && head.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'<') {
        return false;
    }
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]).to_ascii_lowercase();
    let mut t = text.trim_start();
    while let Some(rest) = t.strip_prefix("<!--") {
        t = rest.find("-->").map_or("", |e| rest[e + 3..].trim_start());
    }
    if t.starts_with("<?xml") {
        t = t.find("?>").map_or("", |e| t[e + 2..].trim_start());
    }
    let opens = ["<!doctype html", "<html", "<head", "<body"].iter().any(|p| t.starts_with(p));
    if opens {
        return true;
    }
    const TAGS: [&str; 12] =
        ["<p", "<div", "<table", "<br", "<span", "<a ", "<h1", "<h2", "<ul", "<meta", "<title", "<section"];
    hinted && TAGS.iter().any(|tag| text.match_indices(tag).any(|(i, _)| tag_ends(&text[i + tag.len()..])))
}

fn tag_ends(rest: &str) -> bool {
    rest.starts_with(['>', ' ', '/', '\n', '\t']) || rest.is_empty()
}

/// What the HTML reader learned about a page.
#[derive(Debug, Clone)]
pub struct PageInfo {
    /// The encoding used.
    pub encoding: &'static str,
    /// Whether the page began with a byte-order mark.
    pub bom: bool,
    /// Title and date from the page.
    pub hints: Hints,
}

/// Read an HTML page.
pub fn read(bytes: &[u8], encoding: &EncodingChoice) -> Result<Ingested, IngestError> {
    let mut b = ViewBuilder::new();
    let info = read_into(&mut b, None, bytes, encoding)?;
    let (view, map, struck) = b.finish_marked();
    let mut ingested = Ingested::plain(SourceFormat::Html, view, info.encoding, info.bom);
    ingested.map = Some(map);
    ingested.hints = info.hints;
    ingested.struck = struck;
    Ok(ingested)
}

/// Read an HTML page into a view being built (an e-mail's HTML body or attachment).
pub(crate) fn read_into(
    b: &mut ViewBuilder,
    part: Option<&str>,
    bytes: &[u8],
    encoding: &EncodingChoice,
) -> Result<PageInfo, IngestError> {
    let decoded = charset::decode_page(bytes, encoding)?;
    let tree = Tree::parse(&decoded.text);
    let weights = content::weights(&tree);
    let root = content::container(&tree, &weights);
    let base = base_url(&tree);
    let origin = b.origin(part, None, decoded.text.clone());
    let start = b.text().len();
    let render = render::Render { tree: &tree, html: &decoded.text, origin, base };
    render.render(root, b.body());
    if b.text()[start..].trim().is_empty() {
        return Err(IngestError::NoHtmlText);
    }
    b.blank_line(origin, decoded.text.len());
    let hints = Hints {
        date: page_date(&tree, root),
        title: page_title(&tree, root),
        site: site_name(&tree),
        title_is_subject: false,
    };
    Ok(PageInfo { encoding: decoded.encoding, bom: decoded.bom, hints })
}

fn elements<'a>(tree: &'a Tree, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
    (0..tree.nodes.len()).filter(move |&i| tree.nodes[i].name() == name)
}

/// The base for relative links: `<base href>`, the canonical link, or `og:url`.
fn base_url(tree: &Tree) -> Option<String> {
    let attr = |id: NodeId, name: &str| tree.nodes[id].attr(name).map(|a| a.value.trim().to_string());
    let absolute = |u: &String| u.starts_with("http://") || u.starts_with("https://");
    let base = elements(tree, "base").find_map(|i| attr(i, "href")).filter(absolute);
    let canonical = || {
        elements(tree, "link")
            .filter(|&i| attr(i, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")))
            .find_map(|i| attr(i, "href"))
            .filter(absolute)
    };
    let og = || {
        elements(tree, "meta")
            .filter(|&i| attr(i, "property").is_some_and(|p| p.eq_ignore_ascii_case("og:url")))
            .find_map(|i| attr(i, "content"))
            .filter(absolute)
    };
    base.or_else(canonical).or_else(og)
}

/// The article's heading, else the page's `<title>` without the site's name.
fn page_title(tree: &Tree, root: NodeId) -> Option<String> {
    let h1 = content::first_named(tree, root, "h1").map(|h| content::plain_text(tree, h));
    let title = || {
        let t = content::plain_text(tree, elements(tree, "title").next()?);
        let cut = t.find([' ', '|', '｜']).filter(|_| t.contains('|') || t.contains('｜'));
        let t = match t.rfind(['|', '｜']) {
            Some(i) if cut.is_some() => t[..i].trim().to_string(),
            _ => t,
        };
        Some(t)
    };
    h1.filter(|t| !t.is_empty()).or_else(title).filter(|t| !t.is_empty())
}

/// The site's name: its `og:site_name`, else what follows the last `|` or `｜` of the
/// page's `<title>` (`大型連休中のシステム停止について｜とちぎ在宅ケアネット`).
fn site_name(tree: &Tree) -> Option<String> {
    let og = elements(tree, "meta")
        .filter(|&i| tree.nodes[i].attr("property").is_some_and(|p| p.value.eq_ignore_ascii_case("og:site_name")))
        .find_map(|i| tree.nodes[i].attr("content").map(|a| a.value.trim().to_string()));
    let title = || {
        let t = content::plain_text(tree, elements(tree, "title").next()?);
        let i = t.rfind(['|', '｜'])?;
        Some(t[i..].trim_start_matches(['|', '｜']).trim().to_string())
    };
    og.filter(|s| !s.is_empty()).or_else(title).filter(|s| !s.is_empty())
}

/// A `<time datetime>` in the article, else the page's published date in its metadata.
fn page_date(tree: &Tree, root: NodeId) -> Option<chrono::NaiveDate> {
    let parse = |v: &str| chrono::NaiveDate::parse_from_str(v.trim().get(..10)?, "%Y-%m-%d").ok();
    let time = content::first_named(tree, root, "time")
        .and_then(|t| tree.nodes[t].attr("datetime"))
        .and_then(|a| parse(&a.value));
    let meta = || {
        elements(tree, "meta")
            .filter(|&i| {
                let n = &tree.nodes[i];
                let key = n.attr("property").or_else(|| n.attr("name")).map(|a| a.value.to_ascii_lowercase());
                matches!(key.as_deref(), Some("article:published_time" | "date" | "dc.date" | "dcterms.issued"))
            })
            .find_map(|i| tree.nodes[i].attr("content").and_then(|a| parse(&a.value)))
    };
    time.or_else(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(html: &str) -> String {
        read(html.as_bytes(), &EncodingChoice::Auto).map(|r| r.view).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn renders_as_a_reader_sees_it() {
        let cases = [
            ("<main><p>令和7年\n  1月30日</p><p>二段落目</p></main>", "令和7年 1月30日\n\n二段落目"),
            ("<main><p>a<br>b &amp; c&nbsp;d</p></main>", "a\nb & c\u{a0}d"),
            ("<main><ul><li>一<li>・二</ul></main>", "- 一\n・二"),
            ("<main><ol start=3><li>三<li>四</ol></main>", "3. 三\n4. 四"),
            (
                "<main><table><tr><th>日時</th><th>対象</th></tr><tr><td>令和8年5月24日<br>（日）2:00～3:00</td><td>全国</td></tr></table></main>",
                "| 日時 | 対象 |\n|---|---|\n| 令和8年5月24日（日）2:00～3:00 | 全国 |",
            ),
            (
                "<main><table><tr><td rowspan=2>5月24日</td><td>2:00～3:00</td></tr><tr><td>4:00～5:00</td></tr></table></main>",
                "| 5月24日 | 2:00～3:00 |\n|---|---|\n| 5月24日 | 4:00～5:00 |",
            ),
            (
                "<base href='https://a.jp/x/'><main><p><a href='/kb?id=1&amp;b=2'>記事</a></p></main>",
                "[記事](https://a.jp/kb?id=1&b=2)",
            ),
            ("<main><p><a href='https://a.jp/'>https://a.jp/</a></p></main>", "https://a.jp/"),
            ("<main><p>x<sup>1</sup>y</p></main>", "xy"),
            (
                "<body><nav>メニュー</nav><script>var x</script><main></main></body>",
                "error: no text in the page (only markup, scripts or navigation)",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(view(html), want, "{html}");
        }
    }

    #[test]
    fn struck_text_is_marked() {
        let r = read("<main><p><del>5月24日</del> 5月31日</p></main>".as_bytes(), &EncodingChoice::Auto).unwrap();
        assert_eq!(r.view, "5月24日 5月31日");
        assert_eq!(r.struck, vec![(0, "5月24日".len())]);
    }

    #[test]
    fn positions_point_into_the_html() {
        let html = "<html>\n<body>\n<main>\n<p>本文 令和&amp;7年</p>\n</main>";
        let r = read(html.as_bytes(), &EncodingChoice::Auto).unwrap();
        let map = r.map.unwrap();
        let at = r.view.find('7').unwrap();
        let p = map.locate(at);
        assert_eq!((p.line, p.column), (4, 14));
        assert_eq!(map.source_line(&p), Some("<p>本文 令和&amp;7年</p>"));
    }

    #[test]
    fn title_and_date_hints() {
        let html =
            "<title>停止のお知らせ | 厚生労働省</title><main><time datetime='2026-05-01'>5月1日</time><p>x</p></main>";
        let r = read(html.as_bytes(), &EncodingChoice::Auto).unwrap();
        assert_eq!(r.hints.title.as_deref(), Some("停止のお知らせ"));
        assert_eq!(r.hints.site.as_deref(), Some("厚生労働省"));
        assert_eq!(r.hints.date, chrono::NaiveDate::from_ymd_opt(2026, 5, 1));
    }
}
