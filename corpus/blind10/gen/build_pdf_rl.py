#!/usr/bin/env python3
"""Render src/NAME.txt (a small line markup) to cases/NAME.pdf with reportlab and an embedded
IPAex Gothic TrueType subset (ToUnicode included).

Markup: "@footer TEXT" page footer; "# " title line (centred, larger); "## " heading;
"| a | b |" table rows (consecutive lines form one table, the first row is the header);
">" right-aligned line; a blank line ends a paragraph; other lines are paragraph lines.
"""
import os, sys
from reportlab import rl_config
rl_config.invariant = 1          # fixed creation date and document id: reproducible bytes
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
pdfmetrics.registerFont(TTFont("IPAexG", FONT))

body = ParagraphStyle("b", fontName="IPAexG", fontSize=10.5, leading=16, wordWrap="CJK")
title = ParagraphStyle("t", parent=body, fontSize=13, leading=19, alignment=TA_CENTER)
head = ParagraphStyle("h", parent=body, fontSize=11, leading=18, spaceBefore=6)
right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
cell = ParagraphStyle("c", parent=body, fontSize=10, leading=14)


def build(name):
    src = open(os.path.join(ROOT, "src", name + ".txt"), encoding="utf-8").read().splitlines()
    footer = None
    story, para, table = [], [], []

    def flush_para():
        if para:
            story.append(Paragraph("<br/>".join(escape(x) for x in para), body))
            story.append(Spacer(1, 4))
            para.clear()

    def flush_table():
        if table:
            rows = [[Paragraph(escape(c), cell) for c in r] for r in table]
            widths = [18 * mm, 105 * mm, 25 * mm] if len(table[0]) == 3 else None
            t = Table(rows, colWidths=widths, hAlign="CENTER")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
            story.append(t)
            story.append(Spacer(1, 6))
            table.clear()

    for line in src:
        if line.startswith("@footer "):
            footer = line[8:]
            continue
        if line.startswith("|"):
            flush_para()
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            flush_para()
        elif line.startswith("## "):
            flush_para(); story.append(Paragraph(escape(line[3:]), head))
        elif line.startswith("# "):
            flush_para(); story.append(Paragraph(escape(line[2:]), title))
        elif line.startswith(">"):
            flush_para(); story.append(Paragraph(escape(line[1:]), right))
        else:
            para.append(line)
    flush_para(); flush_table()

    def on_page(c, doc):
        if footer:
            c.setFont("IPAexG", 9)
            c.drawCentredString(A4[0] / 2, 12 * mm, footer)

    out = os.path.join(ROOT, "cases", name + ".pdf")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm,
                            title="", author="", creator="", producer="ReportLab PDF Library - www.reportlab.com")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


for n in sys.argv[1:]:
    build(n)
