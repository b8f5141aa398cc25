#!/usr/bin/env python3
"""Render the PDF cases 1101-1112 from ../src into ../cases. Usage: build_pdf.py [NNNN ...]"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src")
CASES = os.path.join(ROOT, "cases")
WORK = os.path.join(HERE, "work")
sys.path.insert(0, HERE)
from fixpdf import fix  # noqa: E402

SYS_PY = "/usr/bin/python3"   # Debian's python: python3-cairo, python3-gi (Pango)
CHROME_ENV = dict(os.environ, LANG="ja_JP.UTF-8", LANGUAGE="ja", TZ="Asia/Tokyo",
                  XDG_CONFIG_HOME=os.path.join(WORK, "chrome-xdg", "config"),
                  XDG_CACHE_HOME=os.path.join(WORK, "chrome-xdg", "cache"))


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def chromium(src, out, when, header_footer=False):
    cmd = ["faketime", when, "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--lang=ja", "--font-render-hinting=none", "--run-all-compositor-stages-before-draw",
           "--user-data-dir=" + os.path.join(WORK, "chrome-profile"), f"--print-to-pdf={out}"]
    if not header_footer:
        cmd.append("--no-pdf-header-footer")
    run(cmd + ["file://" + src], env=CHROME_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice(src, filt):
    prof = os.path.join(WORK, "lo-profile")
    run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
         "pdf:" + filt, "--outdir", WORK, src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def office(name, ext, filt, date):
    """src/NAME.py writes NAME.EXT (python-docx / openpyxl / python-pptx / odfpy); LibreOffice
    exports it."""
    x = os.path.join(WORK, name + "." + ext)
    run([sys.executable, os.path.join(SRC, name + ".py"), x])
    soffice(x, filt)
    out = os.path.join(CASES, name + ".pdf")
    shutil.move(os.path.join(WORK, name + ".pdf"), out)
    fix(out, date)


def pyscript(name, date, py=sys.executable):
    """src/NAME.py draws the PDF itself (reportlab, PyMuPDF, pycairo)."""
    out = os.path.join(CASES, name + ".pdf")
    run([py, os.path.join(SRC, name + ".py"), out])
    fix(out, date)


def typst_pdf(name, date):
    import typst
    out = os.path.join(CASES, name + ".pdf")
    typst.compile(os.path.join(SRC, name + ".typ"), output=out, font_paths=["/usr/share/fonts/opentype"])
    fix(out, date)


def chrome_case(name, when, date, hf=False):
    out = os.path.join(CASES, name + ".pdf")
    chromium(os.path.join(SRC, name + ".html"), out, when, hf)
    fix(out, date)


def pango_case(name, date):
    out = os.path.join(CASES, name + ".pdf")
    run([SYS_PY, os.path.join(HERE, "pango_pages.py"), os.path.join(SRC, name + ".txt"), out])
    fix(out, date)


JOBS = {
    "1112": lambda: pyscript("1112_reportlab_cid_nonembedded", "D:20260528100000+09'00'"),
    "1111": lambda: typst_pdf("1111_typst_yearend_table", "D:20261224100000+09'00'"),
    "1110": lambda: office("1110_writer_odt_change", "odt", "writer_pdf_Export", "D:20260319100000+09'00'"),
    "1109": lambda: pango_case("1109_pango_incident", "D:20260729140000+09'00'"),
    "1108": lambda: pyscript("1108_pymupdf_textbox", "D:20270218090000+09'00'"),
    "1107": lambda: typst_pdf("1107_typst_newsletter", "D:20270114100000+09'00'"),
    "1106": lambda: pyscript("1106_reportlab_cover_bessou", "D:20261126100000+09'00'"),
    "1105": lambda: chrome_case("1105_chromium_landscape", "2026-10-09 15:00:00", "D:20261009150000+09'00'"),
    "1104": lambda: chrome_case("1104_chromium_running_hf", "2026-09-01 11:00:00", "D:20260901110000+09'00'"),
    "1103": lambda: office("1103_impress_pptx_deck", "pptx", "impress_pdf_Export", "D:20260622100000+09'00'"),
    "1102": lambda: office("1102_calc_xlsx_schedule", "xlsx", "calc_pdf_Export", "D:20260403090000+09'00'"),
    "1101": lambda: office("1101_writer_docx_twocol", "docx", "writer_pdf_Export", "D:20260216100000+09'00'"),
}

if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    for n in sys.argv[1:] or sorted(JOBS):
        JOBS[n[:4]]()
        print("built", n[:4])
