#!/usr/bin/env python3
"""Build p01 as a two-page PDF with reportlab and the IPAex Mincho font (embedded TrueType
subset). The date and number are only in a running header repeated on every page; a window
is cut by the page break. Source: ../src/p01_kokuhochuo_east_west.txt (#HEADER, #PAGE,
#FOOTER are layout directives)."""
import glob
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src", "p01_kokuhochuo_east_west.txt")
OUT = os.path.join(HERE, "..", "cases", "p01_kokuhochuo_east_west.pdf")

font = (glob.glob("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
        or glob.glob("/usr/share/fonts/**/ipaexm.ttf", recursive=True))[0]
pdfmetrics.registerFont(TTFont("IPAexMincho", font))

lines = open(SRC, encoding="utf-8").read().splitlines()
header = next(l[len("#HEADER "):] for l in lines if l.startswith("#HEADER "))
c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("電子請求受付システムの計画停止について")
W, H = A4
y = None
started = False
for l in lines:
    if l.startswith("#HEADER "):
        continue
    if l == "#PAGE":
        if started:
            c.showPage()
        started = True
        c.setFont("IPAexMincho", 8)
        c.drawRightString(W - 50, H - 36, header)
        y = H - 80
        continue
    if l.startswith("#FOOTER "):
        c.setFont("IPAexMincho", 9)
        c.drawCentredString(W / 2, 30, l[len("#FOOTER "):])
        continue
    c.setFont("IPAexMincho", 10.5)
    c.drawString(60, y, l)
    y -= 17
c.showPage()
c.save()
print("wrote", OUT)
