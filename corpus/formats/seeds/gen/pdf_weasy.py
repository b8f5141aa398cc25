#!/usr/bin/env python3
"""Seed -> letter HTML + print CSS -> PDF with weasyprint (fonts: Noto Serif/Sans CJK JP,
embedded as CFF subsets with ToUnicode).  The creation date comes from the HTML's
dcterms.created, the document ID from the content (weasyprint is deterministic for a fixed
input and SOURCE_DATE_EPOCH)."""
from __future__ import annotations

import argparse
import sys

import html_render
import seedmd

CSS = """
@page {
  size: A4;
  margin: 30mm 25mm 25mm 25mm;
  @bottom-center { content: "- " counter(page) " -"; font: 10pt "Noto Serif CJK JP"; }
}
html { font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.65; }
body { margin: 0; }
p { margin: 0 0 0.45em 0; text-align: justify; }
p.right { text-align: right; }
p.center { text-align: center; }
p.title { font-size: 12pt; margin: 0.8em 0; }
p.indent { margin-left: 16em; }
.newpage { break-before: page; }
.pagebreak { break-after: page; }
h2, h3, h4 { font-family: "Noto Sans CJK JP", sans-serif; font-weight: bold; margin: 0.6em 0 0.3em 0; }
h2 { font-size: 14pt; }
h3 { font-size: 11pt; }
h4 { font-size: 10.5pt; }
strong { font-family: "Noto Sans CJK JP", sans-serif; font-weight: bold; }
ul { margin: 0 0 0.45em 0; padding-left: 1.2em; }
ul.plain { list-style: none; padding-left: 0; }
ul.plain ul.plain { padding-left: 1em; }
li { margin: 0; }
a { color: #0645ad; text-decoration: underline; }
p.sp { margin: 0; height: 1.2em; }
/* a link alone on its line is kept on one line, a little smaller, as the originals print it */
p.url { white-space: nowrap; font-size: 9pt; text-align: left; }
"""


def letter_html(doc: seedmd.Doc, *, title: str, created: str, author: str) -> str:
    body = html_render.article_html(doc, "letter", spacer_html='<p class="sp"></p>')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{html_render.esc(title)}</title>
<meta name="author" content="{html_render.attr(author)}">
<meta name="generator" content="render7/gen/pdf_weasy.py">
<meta name="dcterms.created" content="{created}">
<meta name="dcterms.modified" content="{created}">
<style>{CSS}</style>
</head>
<body>
{body}
</body>
</html>
"""


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("out")
    ap.add_argument("--created", default="2025-01-30T10:00:00+09:00")
    ap.add_argument("--keep-html", help="also write the letter HTML here")
    a = ap.parse_args(argv)
    doc = seedmd.parse(a.seed)
    title = doc.spec.get("title", doc.name)
    h = letter_html(doc, title=title, created=a.created, author="公益社団法人 日本医師会")
    if a.keep_html:
        open(a.keep_html, "w", encoding="utf-8").write(h)
    import weasyprint
    weasyprint.HTML(string=h, base_url=".").write_pdf(a.out)


if __name__ == "__main__":
    sys.exit(main())
