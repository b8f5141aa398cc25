#!/usr/bin/env python3
"""Seed -> PDF with fpdf2 and embedded TrueType fonts (IPA明朝 body, IPAゴシック headings and
bold): Type0 / CIDFontType2 Identity-H subsets with a ToUnicode map.

fpdf2 breaks lines by characters (WrapMode.CHAR) without kinsoku, as simple generators
do.  The page number is a bare 'n' centred in the footer (the seed shows '1').
The creation date is fixed; fpdf2's /ID is a hash of the content, so the file is
reproducible.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos

import seedmd

MINCHO = "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"


class Letter(FPDF):
    footer_style = "plain"

    def footer(self):
        self.set_y(-15)
        self.set_font("IPAMincho", size=10)
        t = str(self.page_no()) if self.footer_style == "plain" else f"- {self.page_no()} -"
        self.cell(0, 6, t, align="C")


def render(doc: seedmd.Doc, out: str, *, when: dt.datetime, title: str, author: str, footer="plain"):
    pdf = Letter(orientation="P", unit="mm", format="A4")
    pdf.footer_style = footer
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("render7/gen/pdf_fpdf.py")
    pdf.set_margins(25, 28, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("IPAMincho", "", MINCHO)
    pdf.add_font("IPAGothic", "", GOTHIC)
    pdf.add_page()
    base = 10.5
    lh = base * 0.3528 * 1.7  # mm
    width = pdf.w - pdf.l_margin - pdf.r_margin
    at_top = True

    def font_for(bold, size):
        pdf.set_font("IPAGothic" if bold else "IPAMincho", size=size)

    def line(ln: seedmd.Line):
        nonlocal at_top
        size = ln.size or (16 if ln.heading == 1 else 11 if ln.heading == 2 else base)
        h = size * 0.3528 * 1.7
        indent = 0.0
        em = size * 0.3528
        prefix = ""
        if ln.kind == "bullet":
            indent = em * ln.level
            if not ln.text.startswith("・"):
                prefix = "・"
        elif ln.kind == "num":
            prefix = ln.marker + " "
        elif ln.cont:
            indent = em * ln.cont
        indent += ln.indent * em
        align = {"right": "R", "center": "C"}.get(ln.align, "L")
        bold_line = ln.heading > 0 or ln.bold
        spans = ln.spans
        mixed = len({(s.bold, s.sup, s.href) for s in spans}) > 1
        pdf.set_x(pdf.l_margin + indent)
        if ln.heading == 1:
            # a stamp-like label: the kind of the notice in a box
            font_for(True, size)
            w = pdf.get_string_width(ln.text) + 8
            pdf.cell(w, h + 2, ln.text, border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
            return
        if not mixed:
            sp = spans[0] if spans else seedmd.Span("")
            text = prefix + "".join(s.text for s in spans)
            s = size
            font_for(bold_line or sp.bold, s)
            if sp.href and len(spans) == 1:
                while pdf.get_string_width(text) > width - indent and s > 7.5:
                    s -= 0.5
                    font_for(bold_line, s)
                pdf.set_text_color(0, 0, 160)
                pdf.multi_cell(width - indent, h, text, align=align, link=sp.href, wrapmode=WrapMode.CHAR,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_text_color(0, 0, 0)
            else:
                pdf.multi_cell(width - indent, h, text, align=align, wrapmode=WrapMode.CHAR,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            return
        # mixed styles on one line (a superscript note mark): write the runs one after another
        if prefix:
            font_for(bold_line, size)
            pdf.write(h, prefix)
        for sp in spans:
            font_for(bold_line or sp.bold, size)
            if sp.sup:
                pdf.char_vpos = "SUP"
            pdf.write(h, sp.text, link=sp.href or "", wrapmode=WrapMode.CHAR)
            pdf.char_vpos = "LINE"
        pdf.ln(h)

    for b in doc.blocks:
        if isinstance(b, seedmd.Para):
            if b.lines[0].break_before and not at_top:
                pdf.add_page()
            for ln in b.lines:
                line(ln)
            at_top = False
            if not doc.linemode:
                pdf.ln(lh * 0.35)
        elif isinstance(b, seedmd.Spacer):
            pdf.ln(lh * min(b.count, 3) * 0.8)
        elif isinstance(b, seedmd.PageBreak):
            pdf.add_page()
            at_top = True
    pdf.output(out)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("out")
    ap.add_argument("--date", default="2023-05-09T09:30:00+09:00")
    a = ap.parse_args(argv)
    doc = seedmd.parse(a.seed)
    render(doc, a.out, when=dt.datetime.fromisoformat(a.date), title=doc.spec.get("title", doc.name),
           author="那覇市医師会", footer=doc.spec.get("footer", "dash"))


if __name__ == "__main__":
    sys.exit(main())
