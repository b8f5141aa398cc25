//! The article, not the page: which element holds the notice, and what is chrome.
//!
//! A notice on the web sits inside a page: a site header and global navigation,
//! breadcrumbs, a sidebar of 関連記事 or 新着情報, a footer with the site's own telephone
//! number, 最終更新日 and copyright. None of that is the notice, and all of it looks like
//! notice facts (phone numbers, dates, links). The reader keeps one container and drops
//! chrome inside it:
//!
//! - **Chrome** is `nav`, `aside`, `script`, `style`, `form` controls, hidden elements,
//!   elements whose role is navigation, banner, contentinfo, complementary or search,
//!   elements whose `id`/`class` words say breadcrumb, sidebar, menu, related, share and
//!   the like, a `header` or `footer` that is not inside a main-content candidate, and a
//!   section that opens with a heading such as 関連記事 or 新着情報.
//! - **The container** is the `article`, `main`, `[role=main]` or main-content element
//!   (`id`/`class` words such as main, content, article, entry) with the most text
//!   outside chrome; an `article`, `main` or `[role=main]` inside it that holds nearly all
//!   of that text is preferred, being more specific (a `div.entry` only when it holds all
//!   of it: the title and date above it belong to the notice). A page with none of these
//!   uses its `body`.

use super::tree::{NodeId, NodeKind, Tree};

/// Elements whose content is never text of the notice.
const SKIP: [&str; 16] = [
    "script", "style", "noscript", "template", "head", "title", "svg", "canvas", "iframe", "object", "button",
    "select", "option", "textarea", "nav", "aside",
];

/// `id`/`class` words that mark chrome.
const CHROME_WORDS: [&str; 39] = [
    "breadcrumb",
    "breadcrumbs",
    "topicpath",
    "pankuzu",
    "sidebar",
    "side",
    "sidenav",
    "sidemenu",
    "subnav",
    "gnav",
    "sub",
    "lnav",
    "localnav",
    "snav",
    "globalnav",
    "nav",
    "navi",
    "navigation",
    "menu",
    "related",
    "recommend",
    "ranking",
    "share",
    "byline",
    "sns",
    "social",
    "pagetop",
    "skip",
    "banner",
    "ads",
    "advert",
    "cookie",
    "search",
    "header",
    "footer",
    "copyright",
    "widget",
    "toc",
    "pager",
];

/// Words of an `id`/`class` that mark the main content.
const MAIN_WORDS: [&str; 12] =
    ["main", "content", "contents", "article", "entry", "post", "kb", "honbun", "kiji", "detail", "notice", "primary"];

/// Headings that open a section of links to other pages.
const CHROME_HEADINGS: [&str; 12] = [
    "関連記事",
    "新着情報",
    "新着記事",
    "最新記事",
    "人気記事",
    "おすすめ記事",
    "最近の投稿",
    "よく読まれている記事",
    "この記事を見た人はこんな記事も見ています",
    "カテゴリー",
    "アーカイブ",
    "関連するナレッジ記事",
];

/// Split an `id`/`class` value into lowercase words (`kb-sidebar__list` → kb, sidebar, list;
/// `mainContents` → main, contents).
fn words(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn id_class_words(tree: &Tree, id: NodeId) -> Vec<String> {
    let n = &tree.nodes[id];
    ["id", "class"].iter().filter_map(|a| n.attr(a)).flat_map(|a| words(&a.value)).collect()
}

/// Whether element `id` (not its ancestors) is chrome.
pub fn is_chrome(tree: &Tree, id: NodeId) -> bool {
    let n = &tree.nodes[id];
    let name = n.name();
    if SKIP.contains(&name) || n.attr("hidden").is_some() || n.attr("aria-hidden").is_some_and(|a| a.value == "true") {
        return true;
    }
    if n.attr("style").is_some_and(|s| s.value.replace(' ', "").to_ascii_lowercase().contains("display:none")) {
        return true;
    }
    let role = n.attr("role").map(|r| r.value.to_ascii_lowercase()).unwrap_or_default();
    if matches!(role.as_str(), "navigation" | "banner" | "contentinfo" | "complementary" | "search") {
        return true;
    }
    if matches!(name, "header" | "footer") && !tree.ancestors(id).any(|a| is_candidate(tree, a)) {
        return true;
    }
    if matches!(name, "main" | "article" | "body" | "html") {
        return false;
    }
    let ws = id_class_words(tree, id);
    let site_level = !tree.ancestors(id).any(|a| is_candidate(tree, a));
    let chrome_word = |w: &String| match w.as_str() {
        // an article's own header (title, date) and footer (contacts) are the notice's
        "header" | "footer" | "copyright" => site_level,
        w => CHROME_WORDS.contains(&w),
    };
    if ws.iter().any(chrome_word) && !ws.iter().any(|w| w == "main" || w == "article") {
        return true;
    }
    opens_with_chrome_heading(tree, id)
}

/// A `section`/`div`/`ul` whose first element child is a heading like 関連記事.
fn opens_with_chrome_heading(tree: &Tree, id: NodeId) -> bool {
    let n = &tree.nodes[id];
    if !matches!(n.name(), "section" | "div" | "dl") {
        return false;
    }
    let first = n.children.iter().find(|&&c| match &tree.nodes[c].kind {
        NodeKind::Text(t) => !t.trim().is_empty(),
        _ => true,
    });
    let Some(&first) = first else { return false };
    let heading = matches!(tree.nodes[first].name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "dt" | "p" | "div");
    heading && CHROME_HEADINGS.contains(&plain_text(tree, first).trim())
}

/// The text of a node's subtree, whitespace folded (chrome included).
pub fn plain_text(tree: &Tree, id: NodeId) -> String {
    let mut out = String::new();
    let mut stack = vec![id];
    while let Some(n) = stack.pop() {
        match &tree.nodes[n].kind {
            NodeKind::Text(t) => out.push_str(t),
            _ => stack.extend(tree.nodes[n].children.iter().rev()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Characters of text under each node, chrome excluded (chrome nodes weigh nothing).
pub fn weights(tree: &Tree) -> Vec<usize> {
    let mut w = vec![0usize; tree.nodes.len()];
    let chrome: Vec<bool> = (0..tree.nodes.len()).map(|i| is_element(tree, i) && is_chrome(tree, i)).collect();
    // children always come after their parent in the arena: sum from the end
    for i in (0..tree.nodes.len()).rev() {
        if chrome[i] {
            w[i] = 0;
            continue;
        }
        if let NodeKind::Text(t) = &tree.nodes[i].kind {
            w[i] = t.chars().filter(|c| !c.is_whitespace()).count();
        }
        if let Some(p) = tree.nodes[i].parent
            && !chrome[p]
        {
            w[p] += w[i];
        }
    }
    w
}

/// Characters of text under one node, chrome excluded.
pub fn weights_of(tree: &Tree, id: NodeId) -> usize {
    let mut total = 0;
    let mut stack = vec![id];
    while let Some(n) = stack.pop() {
        match &tree.nodes[n].kind {
            NodeKind::Text(t) => total += t.chars().filter(|c| !c.is_whitespace()).count(),
            _ if n != id && is_chrome(tree, n) => {}
            _ => stack.extend(tree.nodes[n].children.iter()),
        }
        if total > 100_000 {
            break;
        }
    }
    total
}

fn is_element(tree: &Tree, id: NodeId) -> bool {
    matches!(tree.nodes[id].kind, NodeKind::Element { .. })
}

fn is_candidate(tree: &Tree, id: NodeId) -> bool {
    let n = &tree.nodes[id];
    match n.name() {
        "article" | "main" => true,
        "div" | "section" | "td" => {
            n.attr("role").is_some_and(|r| r.value.eq_ignore_ascii_case("main"))
                || id_class_words(tree, id).iter().any(|w| MAIN_WORDS.contains(&w.as_str()))
        }
        _ => false,
    }
}

/// The element that holds the notice.
pub fn container(tree: &Tree, weights: &[usize]) -> NodeId {
    let candidates: Vec<NodeId> =
        (0..tree.nodes.len()).filter(|&i| is_candidate(tree, i) && weights[i] > 0 && !in_chrome(tree, i)).collect();
    let Some(&best) = candidates.iter().max_by_key(|&&i| (weights[i], std::cmp::Reverse(i))) else {
        let body = (0..tree.nodes.len()).find(|&i| tree.nodes[i].name() == "body").unwrap_or(0);
        return title_container(tree, weights, body).unwrap_or(body);
    };
    // a more specific candidate inside the best one that holds nearly all of its text (all of
    // it for a mere `div.entry`: the title and date above it belong to the notice)
    let semantic = |c: NodeId| {
        let n = &tree.nodes[c];
        matches!(n.name(), "article" | "main") || n.attr("role").is_some_and(|r| r.value.eq_ignore_ascii_case("main"))
    };
    let mut chosen = best;
    loop {
        let inner = candidates
            .iter()
            .copied()
            .filter(|&c| c != chosen && tree.ancestors(c).any(|a| a == chosen))
            .filter(|&c| weights[c] * 100 >= weights[chosen] * if semantic(c) { 92 } else { 99 })
            .max_by_key(|&c| weights[c]);
        match inner {
            Some(c) => chosen = c,
            None => return chosen,
        }
    }
}

/// In a page with no main-content element, the nearest ancestor of its `h1` that holds
/// most of the page's text: the site header, breadcrumbs and footer around it are chrome
/// whatever their class names (`div.hd`, `div.bc`, `div.ft`).
fn title_container(tree: &Tree, weights: &[usize], body: NodeId) -> Option<NodeId> {
    let h1 = first_named(tree, body, "h1")?;
    let total = weights[body];
    tree.ancestors(h1).take_while(|&a| a != body).find(|&a| is_element(tree, a) && weights[a] * 3 >= total * 2)
}

fn in_chrome(tree: &Tree, id: NodeId) -> bool {
    tree.ancestors(id).any(|a| is_element(tree, a) && is_chrome(tree, a))
}

/// The first element named `name` inside `root` (depth first), not in chrome.
pub fn first_named(tree: &Tree, root: NodeId, name: &str) -> Option<NodeId> {
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        if n != root && is_element(tree, n) && is_chrome(tree, n) {
            continue;
        }
        if tree.nodes[n].name() == name {
            return Some(n);
        }
        stack.extend(tree.nodes[n].children.iter().rev());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_ids_and_classes() {
        assert_eq!(words("kb-sidebar__list"), ["kb", "sidebar", "list"]);
        assert_eq!(words("mainContents"), ["main", "contents"]);
        assert_eq!(words("l-main js-x"), ["l", "main", "js", "x"]);
    }

    #[test]
    fn the_article_wins_over_the_page() {
        let html = "<body><header>サイト 03-1111-1111</header><div id=wrap><div class=breadcrumb>ホーム</div>\
            <div id=main-content><article><h1>お知らせ</h1><p>本文です。本文です。</p>\
            <section><h2>関連記事</h2><ul><li>別の記事</li></ul></section></article></div>\
            <aside>新着</aside></div><footer>© 2026</footer></body>";
        let t = Tree::parse(html);
        let w = weights(&t);
        let c = container(&t, &w);
        assert_eq!(t.nodes[c].name(), "article");
        let related = (0..t.nodes.len()).find(|&i| t.nodes[i].name() == "section").unwrap();
        assert!(is_chrome(&t, related));
    }

    #[test]
    fn a_page_without_candidates_uses_its_body() {
        let t = Tree::parse("<html><body><p>令和7年</p></body></html>");
        let w = weights(&t);
        assert_eq!(t.nodes[container(&t, &w)].name(), "body");
    }

    #[test]
    fn without_candidates_the_title_container_holds_the_notice() {
        let html = "<html><body><div class=hd>サポートセンター 03-5978-6300</div>\
            <div class=bc><a href=/>ホーム</a> &gt; お知らせ</div>\
            <div id=news><h1>計画メンテナンスのお知らせ</h1><p>令和8年12月5日(土)20:00から24:00まで停止します。\
            ご不便をおかけしますが、ご理解のほどお願いいたします。</p></div>\
            <div class=ft>© 2026</div></body></html>";
        let t = Tree::parse(html);
        let w = weights(&t);
        let c = container(&t, &w);
        assert_eq!(t.nodes[c].attr("id").map(|a| a.value.as_str()), Some("news"));
        // a logo h1 in the site header holds too little to be the notice
        let t = Tree::parse(
            "<html><body><div><h1>医師会</h1></div><p>令和8年12月5日(土)20:00から24:00まで停止します。</p></body></html>",
        );
        let w = weights(&t);
        assert_eq!(t.nodes[container(&t, &w)].name(), "body");
    }
}
