#!/usr/bin/env python3
"""Render the PDF cases 801-812 from ../src into ../cases (and the PDF parts into gen/work/).
Each producer is a different program; see README.md. Usage: build_pdf.py [NAME ...]"""
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import http.server
import functools

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src")
CASES = os.path.join(ROOT, "cases")
WORK = os.path.join(HERE, "work")
sys.path.insert(0, HERE)
from fixpdf import fix  # noqa: E402

SYS_PY = "/usr/bin/python3"   # Debian's python: has python3-cairo and python3-gi (Pango)
CHROME_ENV = dict(os.environ, LANG="ja_JP.UTF-8", LANGUAGE="ja", TZ="Asia/Tokyo",
                  XDG_CONFIG_HOME=os.path.join(WORK, "chrome-xdg", "config"),
                  XDG_CACHE_HOME=os.path.join(WORK, "chrome-xdg", "cache"))


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def chromium(url_or_file, out, when, extra=(), header_footer=False):
    """Headless Chromium (Skia PDF). `when` is the clock faked for the print (the browser
    prints it in the header when header_footer is on)."""
    cmd = ["faketime", when, "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--lang=ja", "--font-render-hinting=none", "--run-all-compositor-stages-before-draw",
           "--user-data-dir=" + os.path.join(WORK, "chrome-profile"),
           f"--print-to-pdf={out}"]
    if not header_footer:
        cmd.append("--no-pdf-header-footer")
    cmd += list(extra) + [url_or_file]
    run(cmd, env=CHROME_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@contextlib.contextmanager
def local_site(root):
    """Serve `root` on a loopback port (the print's footer shows the page's address)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
    class Quiet(handler.func):
        def log_message(self, *a):
            pass
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield srv.server_address[1]
    finally:
        srv.shutdown()
        srv.server_close()


def soffice(src, outdir, filt=None):
    prof = os.path.join(WORK, "lo-profile")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
           "pdf" + (":" + filt if filt else ""), "--outdir", outdir, src]
    run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- 801
def b801():
    name = "801_chromium_browser_hf"
    site = os.path.join(WORK, "site801")
    dst = os.path.join(site, "member", "notice", "2026")
    os.makedirs(dst, exist_ok=True)
    shutil.copy(os.path.join(SRC, name + ".html"), os.path.join(dst, "0108_denshishohousen.html"))
    out = os.path.join(CASES, name + ".pdf")
    with local_site(site) as port:
        chromium("http://www.akita.med.or.jp/member/notice/2026/0108_denshishohousen.html", out,
                 "2026-01-09 10:15:00", header_footer=True,
                 extra=[f"--host-resolver-rules=MAP www.akita.med.or.jp 127.0.0.1:{port}"])
    fix(out, "D:20260109101500+09'00'")


# ---------------------------------------------------------------- 802
def b802():
    name = "802_calc_merged_schedule"
    x = os.path.join(WORK, name + ".xlsx")
    run([sys.executable, os.path.join(SRC, name + ".py"), x])
    soffice(x, WORK, "calc_pdf_Export")
    out = os.path.join(CASES, name + ".pdf")
    shutil.move(os.path.join(WORK, name + ".pdf"), out)
    fix(out, "D:20260327090000+09'00'")


# ---------------------------------------------------------------- 803
def b803():
    name = "803_impress_slides"
    x = os.path.join(WORK, name + ".pptx")
    run([sys.executable, os.path.join(SRC, name + ".py"), x])
    soffice(x, WORK, "impress_pdf_Export")
    out = os.path.join(CASES, name + ".pdf")
    shutil.move(os.path.join(WORK, name + ".pdf"), out)
    fix(out, "D:20261002093000+09'00'")


# ---------------------------------------------------------------- 804
def b804():
    name = "804_pangoview_mono"
    out = os.path.join(CASES, name + ".pdf")
    run(["pango-view", "-q", "--font=IPAGothic 10", "--margin=56", "--dpi=72", "-o", out,
         os.path.join(SRC, name + ".txt")])
    fix(out, "D:20270122103000+09'00'")


# ---------------------------------------------------------------- 805
def b805():
    name = "805_pangocairo_footnotes"
    out = os.path.join(CASES, name + ".pdf")
    run([SYS_PY, os.path.join(HERE, "pango_pages.py"), os.path.join(SRC, name + ".txt"), out])
    fix(out, "D:20270423100000+09'00'")


# ---------------------------------------------------------------- 806 / 811
def b806():
    name = "806_chromium_twocol"
    out = os.path.join(CASES, name + ".pdf")
    chromium("file://" + os.path.join(SRC, name + ".html"), out, "2026-05-29 16:40:00")
    fix(out, "D:20260529164000+09'00'")


# ---------------------------------------------------------------- 807 / 810 (pycairo scripts)
def cairo_script(name, date):
    out = os.path.join(CASES, name + ".pdf")
    run([SYS_PY, os.path.join(SRC, name + ".py"), out])
    fix(out, date)


def b807():
    cairo_script("807_cairo_tabstops", "D:20270219110000+09'00'")


# ---------------------------------------------------------------- 808 / 812 (Typst)
def typst_pdf(src, out, date):
    import typst
    typst.compile(src, output=out, font_paths=["/usr/share/fonts/opentype"])
    fix(out, date)


def b808():
    name = "808_typst_watermark"
    typst_pdf(os.path.join(SRC, name + ".typ"), os.path.join(CASES, name + ".pdf"),
              "D:20260710100000+09'00'")


# ---------------------------------------------------------------- 809 (odfpy -> Writer)
def b809():
    name = "809_writer_odt_cells"
    x = os.path.join(WORK, name + ".odt")
    run([sys.executable, os.path.join(SRC, name + ".py"), x])
    soffice(x, WORK, "writer_pdf_Export")
    out = os.path.join(CASES, name + ".pdf")
    shutil.move(os.path.join(WORK, name + ".pdf"), out)
    fix(out, "D:20261016100000+09'00'")


def b810():
    name = "810_cairo_rotated_landscape"
    out = os.path.join(CASES, name + ".pdf")
    run([SYS_PY, os.path.join(SRC, name + ".py"), out])
    import pikepdf
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        pdf.pages[1].obj["/Rotate"] = 90      # the landscape 別表: drawn turned, shown upright
        pdf.save(out)
    fix(out, "D:20250912140000+09'00'")


def b811():
    name = "811_chromium_vertical_heading"
    out = os.path.join(CASES, name + ".pdf")
    chromium("file://" + os.path.join(SRC, name + ".html"), out, "2025-12-04 15:20:00")
    fix(out, "D:20251204152000+09'00'")


# ---------------------------------------------------------------- 812 (PyMuPDF + Typst, qpdf)
COVER_CSS = """
@font-face { font-family: ipm; src: url(ipaexm.ttf); }
@font-face { font-family: ipg; src: url(ipaexg.ttf); }
body { font-family: ipm; font-size: 10.5pt; line-height: 1.6; }
.r { text-align: right; margin: 0 0 8pt 0; }
.c { text-align: center; margin: 6pt 0; }
p { margin: 0 0 5pt 0; text-indent: 10.5pt; }
p.n { text-indent: 0; }
p.i { text-indent: 0; margin-left: 12pt; }
h1 { font-family: ipg; font-size: 12.5pt; text-align: center; margin: 14pt 0 12pt 0; }
b { font-family: ipg; }
"""


def b812():
    import pymupdf
    name = "812_qpdf_merged_mupdf_typst"
    cover = os.path.join(WORK, "812_cover.pdf")
    att = os.path.join(WORK, "812_attachment.pdf")
    arch = pymupdf.Archive()
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    html = open(os.path.join(SRC, "812_cover.html"), encoding="utf-8").read()
    doc = pymupdf.open()
    page = doc.new_page(width=595.28, height=841.89)
    spare, scale = page.insert_htmlbox(pymupdf.Rect(72, 64, 523, 790), html, css=COVER_CSS, archive=arch)
    assert spare >= 0 and scale == 1, (spare, scale)
    doc.subset_fonts()
    doc.set_metadata({"producer": "PyMuPDF " + pymupdf.__version__, "creator": "PyMuPDF",
                      "title": "", "creationDate": "D:20270820090000+09'00'",
                      "modDate": "D:20270820090000+09'00'"})
    doc.save(cover, garbage=4, deflate=True, no_new_id=True)
    import typst
    typst.compile(os.path.join(SRC, "812_attachment.typ"), output=att,
                  font_paths=["/usr/share/fonts/opentype"])
    out = os.path.join(CASES, name + ".pdf")
    run(["qpdf", "--empty", "--deterministic-id", "--pages", cover, att, "--", out])
    fix(out, "D:20270820093000+09'00'")


BUILDERS = {k[1:]: v for k, v in globals().items() if k.startswith("b8") and callable(v)}

if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    todo = sys.argv[1:] or sorted(BUILDERS)
    for n in todo:
        BUILDERS[n[:3]]()
        print("built", n[:3])
