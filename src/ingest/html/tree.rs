//! A small element tree from html5gum's tokens, every node with its source span.
//!
//! html5gum is a WHATWG tokenizer, not a tree builder; the tree the reader needs is simple
//! enough to build here: void elements never take children, the elements HTML closes
//! implicitly (`p` before a block, `li` before `li`, `td`/`th` before a cell or row, `tr`
//! before a row, `dt`/`dd`, `option`) are closed, and an end tag closes the nearest open
//! element of its name (or nothing, when none is open). Nesting is bounded: past
//! [`MAX_DEPTH`] new elements are attached flat, so a hostile page cannot grow the stack.
//! Every text node keeps the byte span of its source, so the view can point into the HTML.

use html5gum::{Token, Tokenizer, emitters::default::DefaultEmitter};

/// Deepest nesting kept.
pub const MAX_DEPTH: usize = 200;

/// Index of a node in [`Tree::nodes`].
pub type NodeId = usize;

/// An attribute: name, value (character references decoded), byte offset of the attribute.
#[derive(Debug, Clone)]
pub struct Attr {
    /// Lowercase name.
    pub name: String,
    /// Value, references decoded.
    pub value: String,
    /// Byte offset of the attribute in the source.
    pub at: usize,
}

/// What a node is.
#[derive(Debug, Clone)]
pub enum NodeKind {
    /// The document root.
    Root,
    /// An element: lowercase name and attributes.
    Element {
        /// Lowercase tag name.
        name: String,
        /// Attributes in source order.
        attrs: Vec<Attr>,
    },
    /// Text: its decoded value.
    Text(String),
}

/// A node with its children and the byte span of its source (start tag to end tag).
#[derive(Debug, Clone)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// Children in order.
    pub children: Vec<NodeId>,
    /// Parent (none for the root).
    pub parent: Option<NodeId>,
    /// Byte offset where it starts in the source.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

impl Node {
    /// The element name, or `""` for text and the root.
    pub fn name(&self) -> &str {
        match &self.kind {
            NodeKind::Element { name, .. } => name,
            _ => "",
        }
    }

    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        match &self.kind {
            NodeKind::Element { attrs, .. } => attrs.iter().find(|a| a.name == name),
            _ => None,
        }
    }
}

/// The parsed page.
#[derive(Debug, Clone)]
pub struct Tree {
    /// All nodes; index 0 is the root.
    pub nodes: Vec<Node>,
}

const VOID: [&str; 15] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen",
];

/// Elements that close an open `p` when they start.
const CLOSES_P: [&str; 30] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
];

impl Tree {
    /// Parse `html` (already decoded).
    ///
    /// ```
    /// let t = tsuchi::ingest::html::tree::Tree::parse("<ul><li>a<li>b</ul><p>x<div>y</div>");
    /// let names: Vec<&str> = t.nodes.iter().map(|n| n.name()).filter(|n| !n.is_empty()).collect();
    /// assert_eq!(names, ["ul", "li", "li", "p", "div"]);
    /// assert_eq!(t.nodes[t.nodes[0].children[2]].name(), "div"); // the p was closed
    /// ```
    pub fn parse(html: &str) -> Tree {
        let mut b = Builder { nodes: vec![node(NodeKind::Root, None, 0)], stack: vec![0] };
        let mut emitter = DefaultEmitter::<usize>::new_with_span();
        emitter.naively_switch_states(true);
        for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
            match token {
                Token::StartTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                    let attrs = tag
                        .attributes
                        .iter()
                        .map(|(k, v)| Attr {
                            name: String::from_utf8_lossy(k).to_ascii_lowercase(),
                            value: String::from_utf8_lossy(&v.value).into_owned(),
                            at: v.span.start,
                        })
                        .collect();
                    b.start(name, attrs, tag.span.start, tag.span.end, tag.self_closing);
                }
                Token::EndTag(tag) => b.end(&String::from_utf8_lossy(&tag.name).to_ascii_lowercase(), tag.span.end),
                Token::String(s) => {
                    let text = String::from_utf8_lossy(&s.value).into_owned();
                    b.text(text, s.span.start, s.span.end);
                }
                _ => {}
            }
        }
        let len = html.len();
        for &open in &b.stack {
            b.nodes[open].end = b.nodes[open].end.max(len);
        }
        Tree { nodes: b.nodes }
    }

    /// Ancestors of `id`, nearest first (the node itself not included).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].parent, |&p| self.nodes[p].parent)
    }
}

fn node(kind: NodeKind, parent: Option<NodeId>, start: usize) -> Node {
    Node { kind, children: Vec::new(), parent, start, end: start }
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<NodeId>,
}

impl Builder {
    fn top(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn add(&mut self, kind: NodeKind, start: usize, end: usize) -> NodeId {
        let parent = self.top();
        let id = self.nodes.len();
        let mut n = node(kind, Some(parent), start);
        n.end = end;
        self.nodes.push(n);
        self.nodes[parent].children.push(id);
        id
    }

    fn start(&mut self, name: String, attrs: Vec<Attr>, start: usize, end: usize, self_closing: bool) {
        self.close_implied(&name, start);
        let void = VOID.contains(&name.as_str()) || self_closing;
        let id = self.add(NodeKind::Element { name, attrs }, start, end);
        if !void && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
    }

    /// Close what a start tag of `name` closes implicitly.
    fn close_implied(&mut self, name: &str, at: usize) {
        let (closes, scope): (&[&str], &[&str]) = match name {
            n if CLOSES_P.contains(&n) => (&["p"], &["div", "td", "th", "li", "body", "article", "main", "section"]),
            "li" => (&["li"], &["ul", "ol", "menu"]),
            "dt" | "dd" => (&["dt", "dd"], &["dl"]),
            "td" | "th" => (&["td", "th"], &["tr", "table"]),
            "tr" => (&["tr", "td", "th"], &["table", "tbody", "thead", "tfoot"]),
            "tbody" | "thead" | "tfoot" => (&["tbody", "thead", "tfoot", "tr", "td", "th"], &["table"]),
            "option" => (&["option"], &["select"]),
            _ => return,
        };
        while let Some(&open) = self.stack.last() {
            let open_name = self.nodes[open].name();
            if scope.contains(&open_name) || open == 0 {
                break;
            }
            if closes.contains(&open_name) {
                self.nodes[open].end = at;
                self.stack.pop();
                if !matches!(name, "tr" | "tbody" | "thead" | "tfoot") {
                    break;
                }
                continue;
            }
            // an inline element inside the p (`<p><span>…<div>`): the p still closes
            if closes == ["p"] && self.stack.iter().rev().take(8).any(|&s| self.nodes[s].name() == "p") {
                self.nodes[open].end = at;
                self.stack.pop();
                continue;
            }
            break;
        }
    }

    fn end(&mut self, name: &str, at: usize) {
        let Some(pos) = self.stack.iter().rposition(|&s| self.nodes[s].name() == name) else {
            return;
        };
        if pos == 0 {
            return;
        }
        for &open in &self.stack[pos..] {
            self.nodes[open].end = at;
        }
        self.stack.truncate(pos);
    }

    fn text(&mut self, text: String, start: usize, end: usize) {
        self.add(NodeKind::Text(text), start, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(t: &Tree, id: NodeId) -> String {
        let n = &t.nodes[id];
        match &n.kind {
            NodeKind::Text(s) => s.clone(),
            _ => {
                let inner: Vec<String> = n.children.iter().map(|&c| shape(t, c)).collect();
                format!("{}({})", n.name(), inner.join(","))
            }
        }
    }

    #[test]
    fn implied_ends() {
        let cases = [
            ("<table><tr><td>a<td>b<tr><td>c</table>", "(table(tr(td(a),td(b)),tr(td(c))))"),
            ("<p>a<p>b", "(p(a),p(b))"),
            ("<p><span>a<div>b</div>", "(p(span(a)),div(b))"),
            ("<div>a</span>b</div>", "(div(a,b))"),
            ("<br>x<img src=a>y", "(br(),x,img(),y)"),
            ("<script>var p='<p>'</script>z", "(script(var p='<p>'),z)"),
        ];
        for (html, want) in cases {
            assert_eq!(shape(&Tree::parse(html), 0), want, "{html}");
        }
    }

    #[test]
    fn depth_is_bounded() {
        let html = "<div>".repeat(10_000) + "x";
        let t = Tree::parse(&html);
        assert_eq!(t.nodes.len(), 10_002);
        let deepest = (0..t.nodes.len()).map(|i| t.ancestors(i).count()).max().unwrap();
        assert!(deepest <= MAX_DEPTH + 1);
    }
}
