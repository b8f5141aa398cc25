"""The notice as an HTML fragment (for web pages, the HTML part of a mail, and weasyprint).

Every seed line stays a line: lines of one paragraph are joined with <br>, paragraphs are
<p>, bullets are <li> (a '・' that the seed writes stays in the text; a bare '- ' bullet
becomes a disc marker), numbered items keep their literal number in the text, headings are
<h2>..<h4>, bold is <strong>, links are <a href> (with &amp; in the attribute), <sup> stays.
"""
from __future__ import annotations

import html

import seedmd


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def spans_html(ln: seedmd.Line, *, bold_tag="strong", nbsp_spaces=False) -> str:
    out = []
    for sp in ln.spans:
        t = esc(sp.text)
        if nbsp_spaces and not sp.href:
            t = t.replace(" ", "&nbsp;")
        if sp.sup:
            t = f"<sup>{t}</sup>"
        if sp.href:
            t = f'<a href="{attr(sp.href)}">{t}</a>'
        if sp.ul:
            t = f"<u>{t}</u>"
        if sp.bold:
            t = f"<{bold_tag}>{t}</{bold_tag}>"
        out.append(t)
    return "".join(out)


def _cls(ln: seedmd.Line, mode: str) -> str:
    c = []
    if ln.align != "left":
        c.append(ln.align)
    if ln.size and ln.size >= 12 and ln.align == "center":
        c.append("title")
    if ln.indent:
        c.append("indent")
    if mode == "letter" and ln.break_before:
        c.append("newpage")
    if len(ln.spans) == 1 and ln.spans[0].href and mode == "letter":
        c.append("url")
    return c


def _open(tag: str, classes: list[str], mode: str) -> str:
    if not classes:
        return f"<{tag}>"
    if mode == "mail":
        # mail clients keep inline styles, not classes
        st = []
        if "right" in classes:
            st.append("text-align:right")
        if "center" in classes:
            st.append("text-align:center")
        if "title" in classes:
            st.append("font-weight:bold")
        if "indent" in classes:
            st.append("margin-left:12em")
        return f'<{tag} style="{";".join(st)}">' if st else f"<{tag}>"
    return f'<{tag} class="{" ".join(classes)}">'


def para_html(p: seedmd.Para, mode: str, nbsp_lines=()) -> list[str]:
    """mode: web | letter | mail"""
    out: list[str] = []
    groups: list[tuple[str, list]] = []   # ('text', [lines]) | ('item', [lines])
    for ln in p.lines:
        if ln.heading:
            groups.append(("head", [ln]))
        elif ln.kind in ("bullet", "num"):
            groups.append(("item", [ln]))
        elif ln.cont and groups and groups[-1][0] == "item":
            groups[-1][1].append(ln)
        elif (groups and groups[-1][0] == "text" and groups[-1][1][-1].align == ln.align
              and not ln.break_before and _cls(groups[-1][1][-1], mode) == _cls(ln, mode)):
            groups[-1][1].append(ln)
        else:
            groups.append(("text", [ln]))

    def line_html(ln):
        return spans_html(ln, nbsp_spaces=ln.no in nbsp_lines)

    i = 0
    while i < len(groups):
        kind, lines = groups[i]
        if kind == "head":
            ln = lines[0]
            tag = {1: "h2", 2: "h3", 3: "h4"}.get(ln.heading, "h4")
            out.append(_open(tag, _cls(ln, mode), mode) + line_html(ln) + f"</{tag}>")
            i += 1
        elif kind == "text":
            first = lines[0]
            inner = "<br>\n".join(line_html(l) for l in lines)
            out.append(_open("p", _cls(first, mode), mode) + inner + "</p>")
            i += 1
        else:
            # a run of items; nested bullets (level > 0) go inside the previous item
            j = i
            while j < len(groups) and groups[j][0] == "item":
                j += 1
            items = [g[1] for g in groups[i:j]]
            out.extend(_list_html(items, line_html, mode))
            i = j
    return out


def _list_html(items, line_html, mode) -> list[str]:
    out = []

    def item_body(lines):
        head = lines[0]
        t = line_html(head)
        if head.kind == "num":
            t = esc(head.marker) + " " + t
        rest = [line_html(l) for l in lines[1:]]
        return "<br>\n".join([t] + rest)

    def ul_open(first):
        dotted = first.kind == "bullet" and first.text.startswith("・")
        if first.kind == "num" or dotted:
            return '<ul style="list-style:none">' if mode == "mail" else '<ul class="plain">'
        return "<ul>"

    k = 0
    top_level = min(it[0].level for it in items)
    while k < len(items):
        lines = items[k]
        block = [ul_open(lines[0])]
        kind0 = lines[0].kind
        dotted0 = lines[0].text.startswith("・")
        while k < len(items) and items[k][0].level == top_level and items[k][0].kind == kind0 \
                and (kind0 == "num" or items[k][0].text.startswith("・") == dotted0):
            body = item_body(items[k])
            k += 1
            nested = []
            while k < len(items) and items[k][0].level > top_level:
                nested.append(items[k])
                k += 1
            if nested:
                body += "\n" + "\n".join(_list_html(nested, line_html, mode))
            block.append(f"<li>{body}</li>")
        block.append("</ul>")
        if len(block) == 2:  # an item of another shape at the top level
            body = item_body(items[k])
            block = [ul_open(items[k][0]), f"<li>{body}</li>", "</ul>"]
            k += 1
        out.append("\n".join(block))
    return out


def article_html(doc: seedmd.Doc, mode: str = "web", *, nbsp_lines=(), spacer_html="<p>&nbsp;</p>") -> str:
    out: list[str] = []
    for b in doc.blocks:
        if isinstance(b, seedmd.Para):
            out.extend(para_html(b, mode, nbsp_lines))
        elif isinstance(b, seedmd.Spacer):
            out.append(spacer_html)
        elif isinstance(b, seedmd.PageBreak):
            if mode == "letter":
                out.append('<div class="pagebreak"></div>')
            elif mode == "web":
                out.append('<hr class="pagebreak">')
    return "\n".join(out)
