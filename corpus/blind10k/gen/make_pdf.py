#!/usr/bin/env python3
"""Build the four .pdf cases (all of two or more pages) from ../src/p*.txt, and the PDF attachments
of the mails from ../src/att_*.txt into ../build/ (batch10k), with reportlab and the IPAex Mincho font
(embedded TrueType subset with a ToUnicode map, so the text layer is recoverable).

Layout directives in the sources (one per line):
  #TITLE t          PDF metadata title
  #PAGE             start a page
  #PAGENO           page number "－N－" centred at the foot of the current page
  #HEADER t         running header (small, right-aligned at the top) of this and every later page
  #FOOTER t         running footer (small, left at the foot) of this and every later page;
                    "{n}" and "{total}" in either are replaced by the page number and count
  #RIGHT t / #CENTER t   aligned line
  #FONT n           body font size from here on
  #BOX t            a line inside a framed box (consecutive #BOX lines share one frame)
  #TABLE w1,w2,...  a ruled table, one row per line, cells split by "|", "<br>" breaks a
  ...               line inside a cell; the first row is the header
  #ENDTABLE
Any other line is drawn as is at the left margin (a line of one space is a blank line).
"""
import glob
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src")
OUT = os.path.join(HERE, "..", "cases")

font = (glob.glob("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
        or glob.glob("/usr/share/fonts/**/ipaexm.ttf", recursive=True))[0]
pdfmetrics.registerFont(TTFont("IPAexMincho", font))
F = "IPAexMincho"
W, H = A4
LEFT = 60


def build(src, out):
    lines = open(src, encoding="utf-8").read().splitlines()
    total = sum(1 for l in lines if l == "#PAGE")
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    size = 10.5
    y = H - 60
    page = 0
    box = []
    table = None
    running = {"header": None, "footer": None}

    def finish_page():
        c.setFont(F, 8)
        if running["header"]:
            c.drawRightString(W - LEFT, H - 32, running["header"].format(n=page, total=total))
            c.line(LEFT, H - 38, W - LEFT, H - 38)
        if running["footer"]:
            c.line(LEFT, 44, W - LEFT, 44)
            c.drawString(LEFT, 32, running["footer"].format(n=page, total=total))

    def flush_box():
        nonlocal y, box
        if not box:
            return
        top = y + size + 2
        for t in box:
            c.setFont(F, size)
            c.drawString(LEFT + 8, y, t)
            y -= size * 1.6
        c.rect(LEFT, y + size * 0.6, W - 2 * LEFT, top - (y + size * 0.6))
        y -= 6
        box = []

    def draw_table(widths, rows):
        nonlocal y
        fs = 9.5
        lead = 14
        top = y + fs + 4
        for row in rows:
            cells = [cell.split("<br>") for cell in row.split("|")]
            n = max(len(cl) for cl in cells)
            h = n * lead + 8
            x = LEFT
            for w, cl in zip(widths, cells):
                c.rect(x, top - h, w, h)
                for i, t in enumerate(cl):
                    c.setFont(F, fs)
                    c.drawString(x + 4, top - 4 - fs - i * lead, t)
                x += w
            top -= h
        y = top - size * 1.8

    for l in lines:
        if table is not None:
            if l == "#ENDTABLE":
                draw_table(*table)
                table = None
            else:
                table[1].append(l)
            continue
        if not l.startswith("#BOX "):
            flush_box()
        if l.startswith("#TITLE "):
            c.setTitle(l[7:])
        elif l == "#PAGE":
            if page:
                finish_page()
                c.showPage()
            page += 1
            y = H - 60
        elif l.startswith("#HEADER "):
            running["header"] = l[8:]
        elif l.startswith("#FOOTER "):
            running["footer"] = l[8:]
        elif l == "#PAGENO":
            c.setFont(F, 9)
            c.drawCentredString(W / 2, 30, f"－{page}－")
        elif l.startswith("#FONT "):
            size = float(l[6:])
        elif l.startswith("#RIGHT "):
            c.setFont(F, size)
            c.drawRightString(W - LEFT, y, l[7:])
            y -= size * 1.6
        elif l.startswith("#CENTER "):
            c.setFont(F, size)
            c.drawCentredString(W / 2, y, l[8:])
            y -= size * 1.6
        elif l.startswith("#BOX "):
            box.append(l[5:])
        elif l.startswith("#TABLE "):
            table = ([float(v) for v in l[7:].split(",")], [])
        else:
            c.setFont(F, size)
            c.drawString(LEFT, y, l)
            y -= size * 1.6
        if y < 60:
            raise SystemExit(f"{src}: page overflow at {l!r}")
    flush_box()
    finish_page()
    c.showPage()
    c.save()


for src in sorted(glob.glob(os.path.join(SRC, "p*.txt"))):
    name = os.path.basename(src)[:-4]
    build(src, os.path.join(OUT, name + ".pdf"))
    print("wrote", name + ".pdf")

# batch10k: PDFs that travel as mail attachments (src/att_*.txt) go to ../build/, where
# make_eml.py picks them up; they are not cases of their own.
BUILD = os.path.join(HERE, "..", "build")
os.makedirs(BUILD, exist_ok=True)
for src in sorted(glob.glob(os.path.join(SRC, "att_*.txt"))):
    name = os.path.basename(src)[:-4]
    build(src, os.path.join(BUILD, name + ".pdf"))
    print("wrote build/" + name + ".pdf")
