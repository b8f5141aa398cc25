#!/usr/bin/env python3
"""Seed -> .docx (python-docx) -> PDF (LibreOffice, `soffice --headless --convert-to pdf`).

The .docx is laid out as a person types a letter in Word: A4, 25/30 mm margins, IPAex明朝
10.5 pt (TrueType, so LibreOffice embeds TrueType subsets with a ToUnicode map), headings
and bold in IPAexゴシック, one paragraph per line, right-aligned number/issuer, centred
title, Word bullets (List Bullet) for '- ' items, real hyperlinks, page breaks before the
paragraphs layout_spec names, a footer '- PAGE -'.

LibreOffice writes the current time and a random /ID; fix_pdf_dates() rewrites both in
place with strings of the same length (so the xref offsets stay right): the dates become
the notice's date, the ID a hash of the file.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import datetime as dt

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Mm, Pt, RGBColor

import seedmd

MINCHO = "IPAex明朝"
GOTHIC = "IPAexゴシック"


def set_font(run_or_style, name, size=None, bold=None):
    f = run_or_style.font
    f.name = name
    rpr = run_or_style.element.get_or_add_rPr() if hasattr(run_or_style, "element") else None
    if rpr is not None:
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(k), name)
    if size is not None:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold


def add_hyperlink(paragraph, url, text, *, font, size, bold=False, underline=True):
    part = paragraph.part
    r_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    # the character style is what LibreOffice needs to export the link as a PDF annotation
    rstyle = OxmlElement("w:rStyle")
    rstyle.set(qn("w:val"), "Hyperlink")
    rpr.append(rstyle)
    rfonts = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    rpr.append(rfonts)
    if bold:
        rpr.append(OxmlElement("w:b"))
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    rpr.append(color)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def add_page_field(paragraph, font, size):
    def run(text):
        r = paragraph.add_run(text)
        set_font(r, font, size)
        return r

    run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)
    run(" -")


def url_only(ln: seedmd.Line) -> bool:
    return len(ln.spans) == 1 and ln.spans[0].href is not None


def build_docx(doc: seedmd.Doc, path: str, *, title: str, author: str, created: dt.datetime):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = Mm(30)
    sec.bottom_margin = Mm(25)
    sec.footer_distance = Mm(12)

    # Word's character style for links; LibreOffice exports a link as a PDF annotation
    # only when its run carries a defined character style
    link_style = d.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link_style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link_style.font.underline = True

    normal = d.styles["Normal"]
    set_font(normal, MINCHO, 10.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.15

    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, MINCHO, 10)

    pending_break = False
    body_w = 160  # mm

    def para_for(ln: seedmd.Line, last_in_group: bool):
        nonlocal pending_break
        style = None
        if ln.kind == "bullet" and not ln.text.startswith("・"):
            style = "List Bullet" if ln.level == 0 else "List Bullet 2"
        p = d.add_paragraph(style=style)
        pf = p.paragraph_format
        if pending_break or ln.break_before:
            pf.page_break_before = True
            pending_break = False
        pf.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}.get(
            ln.align, WD_ALIGN_PARAGRAPH.JUSTIFY if len(ln.text) > 40 and not url_only(ln) else WD_ALIGN_PARAGRAPH.LEFT)
        size = ln.size or (12 if ln.heading == 1 else 10.5)
        if ln.kind == "bullet" and ln.text.startswith("・"):
            pf.left_indent = Pt(size * (1 + ln.level))
            pf.first_line_indent = Pt(-size)
        elif ln.kind == "num":
            pf.left_indent = Pt(size * (1.5 + ln.level))
            pf.first_line_indent = Pt(-size * 1.5)
        elif ln.cont:
            pf.left_indent = Pt(size * (ln.cont + 0.5))
        elif ln.indent:
            pf.left_indent = Pt(size * ln.indent)
        elif ln.kind == "text" and ln.align == "left" and not ln.heading and len(ln.text) > 30 and not url_only(ln):
            pf.first_line_indent = Pt(size)
        if last_in_group:
            pf.space_after = Pt(6)
        if ln.kind == "num":
            r = p.add_run(ln.marker + " ")
            set_font(r, GOTHIC if ln.heading else MINCHO, size, bold=bool(ln.heading))
        fit = size
        if url_only(ln):
            # a person shrinks a long link until it fits on its line (as the originals did)
            est = len(ln.spans[0].text) * 0.6 * size * 0.3528  # mm
            while est > body_w and fit > 8:
                fit -= 0.5
                est = len(ln.spans[0].text) * 0.6 * fit * 0.3528
        for sp in ln.spans:
            bold = sp.bold or ln.heading > 0
            font = GOTHIC if bold else MINCHO
            s = fit * (0.6 if sp.sup else 1.0)
            if sp.href:
                add_hyperlink(p, sp.href, sp.text, font=font, size=fit, bold=bold)
                continue
            r = p.add_run(sp.text)
            set_font(r, font, s, bold=bold)
            if sp.sup:
                r.font.superscript = True
                r.font.size = None
            if sp.ul:
                r.font.underline = True

    for b in doc.blocks:
        if isinstance(b, seedmd.Para):
            for i, ln in enumerate(b.lines):
                para_for(ln, i == len(b.lines) - 1 and not doc.linemode)
        elif isinstance(b, seedmd.Spacer):
            for _ in range(min(b.count, 3)):
                d.add_paragraph()
        elif isinstance(b, seedmd.PageBreak):
            pending_break = True
    d.save(path)


def fix_pdf_dates(path: str, when: dt.datetime):
    """Same-length rewrite of LibreOffice's creation date, /ID and /DocChecksum."""
    data = open(path, "rb").read()
    stamp = when.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda m: m.group(1) + stamp, data)
    hexes = re.compile(rb"(/ID\s*\[\s*<)([0-9A-F]{32})(>\s*<)([0-9A-F]{32})(>)|(/DocChecksum\s*/)([0-9A-F]{32})")
    zeroed = hexes.sub(lambda m: m.group(0).translate(bytes.maketrans(b"0123456789ABCDEF", b"0" * 16)), data)
    h = hashlib.md5(zeroed).hexdigest().upper().encode()

    def sub(m):
        if m.group(1):
            return m.group(1) + h + m.group(3) + h + m.group(5)
        return m.group(6) + h
    data = hexes.sub(sub, data)
    open(path, "wb").write(data)


def soffice_pdf(src: str, outdir: str, profile: str):
    env = dict(os.environ)
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("out")
    ap.add_argument("--date", default="2026-04-28T10:00:00", help="creation date written into the PDF")
    ap.add_argument("--keep-docx")
    ap.add_argument("--profile", default=None, help="LibreOffice user profile dir (default: a temp dir)")
    a = ap.parse_args(argv)
    doc = seedmd.parse(a.seed)
    when = dt.datetime.fromisoformat(a.date)
    work = tempfile.mkdtemp(prefix="render7_lo_")
    try:
        src = os.path.join(work, doc.name + ".docx")
        build_docx(doc, src, title=doc.spec.get("title", doc.name), author="日本医師会", created=when)
        if a.keep_docx:
            shutil.copy(src, a.keep_docx)
        profile = a.profile or os.path.join(work, "profile")
        soffice_pdf(src, work, profile)
        pdf = os.path.join(work, doc.name + ".pdf")
        fix_pdf_dates(pdf, when)
        shutil.copy(pdf, a.out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
