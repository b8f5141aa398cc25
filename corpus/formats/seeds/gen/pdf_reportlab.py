#!/usr/bin/env python3
"""Seed -> PDF with reportlab and the Adobe-Japan1 CID fonts reportlab knows without embedding.

  --cmap unijis : UnicodeCIDFont('HeiseiMin-W3') body, UnicodeCIDFont('HeiseiKakuGo-W5') for
                  bold and headings; predefined CMap UniJIS-UCS2-H, fonts not embedded.
  --cmap rksj   : CIDFont('HeiseiKakuGo-W5', '90ms-RKSJ-H'); the text is written as cp932
                  bytes; bold is the font stroked as well as filled (text render mode 2),
                  as older drivers do; not embedded.

The page is an A4 letter: 25 mm margins, 10.5 pt body, number/date/issuer right-aligned,
title centred, page numbers '- n -' in the footer, a new page where layout_spec says so.
invariant=1 fixes the creation date and the document ID.
"""
from __future__ import annotations

import argparse
import sys

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import CIDFont, UnicodeCIDFont
from reportlab.pdfgen import canvas

import seedmd
import textflow

CMAP_DIRS = ["/usr/share/poppler/cMap/Adobe-Japan1", "/usr/share/fonts/cmap/adobe-japan1"]


class UniFonts:
    bullet = "・"

    def __init__(self):
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
        self.regular = "HeiseiMin-W3"
        self.boldface = "HeiseiKakuGo-W5"
        self.fake_bold = False

    def enc(self, s: str) -> str:
        return s

    def width(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, font, size)


class RksjFonts:
    bullet = "・"

    def __init__(self):
        for d in CMAP_DIRS:
            if d not in rl_config.CMapSearchPath:
                rl_config.CMapSearchPath.append(d)
        f = CIDFont("HeiseiKakuGo-W5", "90ms-RKSJ-H")
        pdfmetrics.registerFont(f)
        self.regular = self.boldface = f.fontName
        self.fake_bold = True

    def enc(self, s: str) -> str:
        # reportlab's CID path wants the encoded bytes as a latin-1 string
        return s.encode("cp932").decode("latin-1")

    def width(self, s: str, font: str, size: float) -> float:
        # 90ms-RKSJ-H: one byte -> half-width CIDs 231-632 (500), two bytes -> 1000
        return sum((500 if len(ch.encode("cp932")) == 1 else 1000) for ch in s) * size / 1000.0


class Style:
    def __init__(self, font, size, bold, href=None, sup=False, ul=False):
        self.font, self.size, self.bold, self.href, self.sup, self.ul = font, size, bold, href, sup, ul


class Writer:
    def __init__(self, path, fonts, *, title, author, subject, base=10.5, lh=1.6, first_indent=True):
        self.fonts = fonts
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject(subject)
        self.c.setCreator("render7/gen/pdf_reportlab.py")
        self.W, self.H = A4
        self.left = 25 * mm
        self.right = self.W - 25 * mm
        self.top = self.H - 30 * mm
        self.bottom = 25 * mm
        self.base = base
        self.lh = lh
        self.first_indent = first_indent
        self.page = 1
        self.y = self.top
        self.at_top = True

    # -- pages
    def footer(self):
        c = self.c
        c.setFont(self.fonts.regular, 10)
        t = f"- {self.page} -"
        w = self.fonts.width(t, self.fonts.regular, 10)
        c.drawString((self.W - w) / 2, 15 * mm, self.fonts.enc(t))

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self.at_top = True

    def finish(self):
        self.footer()
        self.c.showPage()
        self.c.save()

    # -- text
    def measure(self, text, st: Style):
        size = st.size * (0.6 if st.sup else 1.0)
        return self.fonts.width(text, st.font, size)

    def line(self, ln: seedmd.Line, *, para_first: bool):
        f = self.fonts
        if ln.heading == 1:
            size = 16
        elif ln.heading == 2:
            size = 11.5
        else:
            size = ln.size or self.base
        bold_line = ln.heading > 0
        runs = []
        lead = 0.0
        em = size
        if ln.kind == "bullet":
            lead = em * (1 + ln.level)
            if not ln.text.startswith("・"):
                runs.append((f.bullet, Style(f.regular, size, False)))
        elif ln.kind == "num":
            lead = em * ln.level
            runs.append((ln.marker + " ", Style(f.regular, size, bold_line)))
        elif ln.cont:
            lead = em * (ln.cont + 0.5)
        lead += ln.indent * em
        for sp in ln.spans:
            b = sp.bold or bold_line
            runs.append((sp.text, Style(f.boldface if b else f.regular, size, b, sp.href, sp.sup, sp.ul)))
        url_only = len(ln.spans) == 1 and ln.spans[0].href is not None
        width = self.right - self.left - lead
        if url_only:
            # a link alone on its line is set a little smaller until it fits, as people do
            while size > 7.5 and self.measure(runs[-1][0], runs[-1][1]) > width:
                size -= 0.5
                runs[-1][1].size = size
        pieces = textflow.split_pieces(runs, self.measure)
        first = width
        if (self.first_indent and para_first and ln.align == "left" and ln.kind == "text"
                and not ln.cont and not ln.heading and len(ln.text) > 30 and not url_only):
            first = width - em
        rows = textflow.wrap(pieces, width, self.measure, first_width=first)
        step = size * self.lh
        for k, row in enumerate(rows):
            if self.y - step < self.bottom:
                self.new_page()
            self.y -= step
            self.at_top = False
            w = sum(p.width for p in row)
            if ln.align == "right":
                x = self.right - w
            elif ln.align == "center":
                x = self.left + (self.right - self.left - w) / 2
            else:
                x = self.left + lead + (width - first if k == 0 else 0)
                if ln.kind == "bullet" and k == 0 and not ln.text.startswith("・"):
                    x -= em  # the bullet hangs
                elif ln.kind == "bullet" and k == 0:
                    x -= em
            self.draw_row(row, x, self.y)

    def draw_row(self, row, x, y):
        c = self.c
        # consecutive pieces of one style are one run, drawn by one text object
        runs = []
        for p in row:
            if runs and runs[-1][0] is p.style:
                runs[-1][1].append(p)
            else:
                runs.append((p.style, [p]))
        links = []
        for st, ps in runs:
            text = "".join(p.text for p in ps)
            w = sum(p.width for p in ps)
            size = st.size * (0.6 if st.sup else 1.0)
            yy = y + (st.size * 0.35 if st.sup else 0)
            t = c.beginText(x, yy)
            t.setFont(st.font, size)
            if self.fonts.fake_bold:
                # Tr is graphics state and outlives ET: say it in every text object
                t._code.append("2 Tr" if st.bold else "0 Tr")
                t._textRenderMode = 2 if st.bold else 0
                if st.bold:
                    c.setLineWidth(size * 0.03)
            t.textOut(self.fonts.enc(text))
            c.drawText(t)
            if st.ul and text.strip():
                c.setLineWidth(0.6)
                c.line(x, y - size * 0.15, x + w, y - size * 0.15)
            if st.href:
                links.append((st.href, x, y - size * 0.25, x + w, y + size * 0.9))
            x += w
        for href, x0, y0, x1, y1 in links:
            c.linkURL(href, (x0, y0, x1, y1), relative=0, thickness=0)

    def render(self, doc: seedmd.Doc):
        gap = 0.0 if doc.linemode else self.base * 0.5
        if doc.linemode:
            self.first_indent = False
        for b in doc.blocks:
            if isinstance(b, seedmd.Para):
                if b.lines[0].break_before and not self.at_top:
                    self.new_page()
                if not self.at_top:
                    self.y -= gap
                for i, ln in enumerate(b.lines):
                    self.line(ln, para_first=(i == 0))
            elif isinstance(b, seedmd.Spacer):
                if not self.at_top:
                    self.y -= self.base * self.lh * min(b.count, 3)
                    if self.y < self.bottom:
                        self.new_page()
            elif isinstance(b, seedmd.PageBreak):
                self.new_page()
        self.finish()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("out")
    ap.add_argument("--cmap", choices=["unijis", "rksj"], required=True)
    a = ap.parse_args(argv)
    doc = seedmd.parse(a.seed)
    fonts = UniFonts() if a.cmap == "unijis" else RksjFonts()
    issuer = "厚生労働省保険局医療介護連携政策課" if doc.name.startswith("004") else "公益社団法人 日本医師会"
    w = Writer(a.out, fonts, title=doc.spec.get("title", doc.name), author=issuer,
               subject="", base=10.5)
    w.render(doc)


if __name__ == "__main__":
    sys.exit(main())
