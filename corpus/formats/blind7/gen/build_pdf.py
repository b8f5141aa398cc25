#!/usr/bin/env python3
"""Render the PDF cases (and the PDF attached to mail 746) from src/*.tmk.

Usage: build_pdf.py [NAME ...]   (default: all)
Each producer is a real one: LibreOffice (from .docx or .html), reportlab (CID fonts with a
predefined CMap, or embedded TrueType), fpdf2, weasyprint, wkhtmltopdf, Ghostscript.
Outputs are made reproducible with fixpdf.fix (fixed Info dates, deterministic /ID).
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import tmk  # noqa: E402
from fixpdf import fix  # noqa: E402

SRC = os.path.join(ROOT, "src")
CASES = os.path.join(ROOT, "cases")
WORK = os.path.join(HERE, "work")

CSS_BASE = """
@page { size: A4; margin: 24mm 22mm 22mm 22mm; %(page)s }
body { font-family: "IPAexMincho", serif; font-size: 10.5pt; line-height: 1.55; }
p { margin: 0; }
p.r { text-align: right; }
p.c { text-align: center; }
h1 { font-family: "IPAexGothic", sans-serif; font-size: 12pt; text-align: center; margin: 0.6em 0; font-weight: bold; }
h2 { font-family: "IPAexGothic", sans-serif; font-size: 10.5pt; margin: 0.3em 0 0 0; font-weight: bold; }
.gap { height: 0.8em; }
.pb { page-break-before: always; }
.sp { letter-spacing: 0.5em; }
table { border-collapse: collapse; width: 100%%; margin: 0.2em 0 0.4em 0; }
th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #eee; }
.tc { overflow: hidden; }
.tc .l { float: left; }
.tc .rr { float: right; }
"""

PDFS = {
    # name: (producer, options)
    "701_lo_docx_table_wrap": ("lo_docx", {"title": "電子処方箋管理サービスのメンテナンスに伴うサービスの一時停止について（周知依頼）", "author": "日本医師会"}),
    "702_rl_unicid_heiseimin": ("reportlab", {"variant": "unicid", "title": "オンライン資格確認等システムのネットワーク機器更改に伴う通信断の発生について", "author": "厚生労働省"}),
    "703_rl_rksj_kakugo": ("reportlab", {"variant": "rksj", "title": "", "author": ""}),
    "704_weasyprint_fukuoka": ("weasyprint", {"title": "マイナポータル及び公的個人認証サービスの年末年始等における停止について"}),
    "705_wkhtml_eachday": ("wkhtmltopdf", {"title": "日医発第2034号"}),
    "706_fpdf2_hpki": ("fpdf2", {"title": "HPKI認証局システム保守作業の日程変更等について", "author": "日本医師会"}),
    "707_rl_ttf_twocol": ("reportlab", {"variant": "ttf", "title": "医療機関等ONSの回線設備切替工事に伴う通信断の発生について", "author": "大阪府医師会"}),
    "708_lo_pagebreak_header": ("lo_docx", {"title": "電子カルテ情報共有サービスの計画停止について", "author": "宮城県医師会"}),
    "709_rl_ttf_multipage": ("reportlab", {"variant": "ttf", "title": "年末年始におけるレセプトオンライン請求システム等の停止について", "author": "日本医師会"}),
    "710_lo_html_incident": ("lo_html", {"title": "電子カルテ情報共有サービスにおける障害の発生について（第2報）"}),
    "711_weasy_gs_hokkaido": ("weasyprint_gs", {"title": "道内におけるオンライン資格確認等システムの回線切替作業について"}),
    # the circular attached to mail 746 (not a case of its own)
    "746_attachment": ("reportlab", {"variant": "ttf", "title": "電子処方箋管理サービスの計画停止について", "author": "", "out": os.path.join(WORK, "746_attachment.pdf")}),
}


def page_css(meta):
    parts = []
    if meta["header"]:
        parts.append('@top-right { content: "%s"; font-size: 9pt; font-family: "IPAexMincho"; }' % meta["header"].replace("{n}", '" counter(page) "'))
    if meta["footer"]:
        c = meta["footer"].replace("{n}", '" counter(page) "').replace("{N}", '" counter(pages) "')
        parts.append('@bottom-center { content: "%s"; font-size: 9pt; font-family: "IPAexMincho"; }' % c)
    return " ".join(parts)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def soffice(infile, outdir, infilter=None):
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, infile]
    try:
        run(cmd, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def build(name):
    producer, opt = PDFS[name]
    meta, blocks = tmk.parse(open(os.path.join(SRC, name + ".tmk"), encoding="utf-8").read())
    out = opt.get("out") or os.path.join(CASES, name + ".pdf")
    os.makedirs(WORK, exist_ok=True)
    tmp = os.path.join(WORK, name)
    if producer == "lo_docx":
        tmk.to_docx(meta, blocks, tmp + ".docx", title=opt.get("title", ""), author=opt.get("author", ""))
        soffice(tmp + ".docx", WORK)
        shutil.move(tmp + ".pdf", out)
        fix(out)
    elif producer == "lo_html":
        html = tmk.to_html(meta, blocks, css=CSS_BASE % {"page": ""}, title=opt.get("title", ""))
        open(tmp + ".html", "w", encoding="utf-8").write(html)
        soffice(tmp + ".html", WORK, infilter="HTML (StarWriter)")
        shutil.move(tmp + ".pdf", out)
        fix(out)
    elif producer == "reportlab":
        b = tmk.ReportlabBackend(out, opt["variant"], title=opt.get("title", ""), author=opt.get("author", ""))
        tmk.Engine(b, meta).run(blocks)
    elif producer == "fpdf2":
        b = tmk.FpdfBackend(out, title=opt.get("title", ""), author=opt.get("author", ""))
        tmk.Engine(b, meta).run(blocks)
        fix(out)
    elif producer in ("weasyprint", "weasyprint_gs"):
        import weasyprint
        css = CSS_BASE % {"page": page_css(meta)}
        html = tmk.to_html(meta, blocks, css=css, title=opt.get("title", ""))
        html = html.replace("<head>", '<head>\n<meta name="dcterms.created" content="2026-01-01T00:00:00+09:00">\n<meta name="dcterms.modified" content="2026-01-01T00:00:00+09:00">')
        open(tmp + ".html", "w", encoding="utf-8").write(html)
        target = out if producer == "weasyprint" else tmp + ".weasy.pdf"
        weasyprint.HTML(string=html, base_url=WORK).write_pdf(target)
        if producer == "weasyprint_gs":
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                 "-dPDFSETTINGS=/printer", f"-sOutputFile={out}", target])
        fix(out)
    elif producer == "wkhtmltopdf":
        css = CSS_BASE % {"page": ""}
        css = css.replace("@page { size: A4; margin: 24mm 22mm 22mm 22mm;  }", "")
        html = tmk.to_html(meta, blocks, css=css, title=opt.get("title", ""))
        open(tmp + ".html", "w", encoding="utf-8").write(html)
        run(["wkhtmltopdf", "--quiet", "-s", "A4", "-T", "24mm", "-B", "22mm", "-L", "22mm", "-R", "22mm",
             "--encoding", "utf-8", "--footer-center", "[page]/[topage]", "--footer-font-name", "IPAexMincho",
             "--footer-font-size", "9", "--title", opt.get("title", ""), tmp + ".html", out])
        fix(out)
    else:
        raise ValueError(producer)
    print("built", os.path.relpath(out, ROOT), "with", producer)


if __name__ == "__main__":
    names = sys.argv[1:] or list(PDFS)
    for n in names:
        if not os.path.exists(os.path.join(SRC, n + ".tmk")):
            print("skip (no source yet)", n)
            continue
        build(n)
