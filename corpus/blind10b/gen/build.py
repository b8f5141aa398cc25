#!/usr/bin/env python3
"""Rebuild corpus/blind10b/cases/* (the notices) from corpus/blind10b/src/.

- src/*.txt (except *.body.txt / *.src.txt) are copied as they are.
- src/h1_*.src.html is re-encoded to windows-31j (declared Shift_JIS); other *.src.html copied as UTF-8.
- src/e1_*.body.txt -> ISO-2022-JP e-mail; src/e2_*.body.txt -> UTF-8 quoted-printable e-mail.
- src/p1_*.src.txt -> PDF with reportlab and the IPAex Mincho TrueType font (embedded subset).
The expected answers (cases/*.expected.yaml) are hand-written and not touched.
"""
import glob
import os
import shutil
from email.charset import Charset, QP
from email.header import Header
from email.message import Message
from email.utils import formataddr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
OUT = os.path.join(ROOT, "cases")


def txt_cases():
    for p in sorted(glob.glob(os.path.join(SRC, "*.txt"))):
        if p.endswith(".body.txt") or p.endswith(".src.txt"):
            continue
        shutil.copyfile(p, os.path.join(OUT, os.path.basename(p)))


def html_cases():
    for p in sorted(glob.glob(os.path.join(SRC, "*.src.html"))):
        name = os.path.basename(p).replace(".src.html", ".html")
        text = open(p, encoding="utf-8").read()
        if name.startswith("h1_"):
            data = text.encode("cp932")  # windows-31j: has ① ② ③ and ～ (U+FF5E)
        else:
            data = text.encode("utf-8")
        open(os.path.join(OUT, name), "wb").write(data)


def eml_iso2022jp():
    body = open(os.path.join(SRC, "e1_vendor_incident_iso2022jp.body.txt"), encoding="utf-8").read()
    m = Message()
    m["From"] = Header("さいたまメディカルソフト サポート", "iso-2022-jp").encode() + " <support@saitama-medisoft.co.jp>"
    m["To"] = "customers@saitama-medisoft.co.jp"
    m["Subject"] = Header("【障害・復旧】オンライン資格確認連携サーバーの障害について（第２報）", "iso-2022-jp")
    m["Date"] = "Thu, 15 Oct 2026 14:20:05 +0900"
    m["Message-ID"] = "<20261015142005.7731@mail.saitama-medisoft.co.jp>"
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = 'text/plain; charset="ISO-2022-JP"'
    m["Content-Transfer-Encoding"] = "7bit"
    m.set_payload(body.encode("iso2022_jp").decode("ascii"))
    open(os.path.join(OUT, "e1_vendor_incident_iso2022jp.eml"), "wb").write(m.as_bytes())


def eml_qp_utf8():
    body = open(os.path.join(SRC, "e2_mailmag_qp_utf8.body.txt"), encoding="utf-8").read()
    cs = Charset("utf-8")
    cs.header_encoding = QP
    cs.body_encoding = QP
    m = Message()
    m["From"] = Header("日本医師会 医療IT通信", cs).encode() + " <it-mailmag@med.or.jp>"
    m["To"] = "members@med.or.jp"
    m["Subject"] = Header("日医 医療IT通信 Vol.88（オンライン請求の計画停止ほか）", "utf-8")
    m["Date"] = "Thu, 05 Feb 2026 08:30:00 +0900"
    m["Message-ID"] = "<mailmag-88-20260205@med.or.jp>"
    m["MIME-Version"] = "1.0"
    m.set_payload(body, charset=cs)
    data = m.as_bytes()
    assert b"=\n" in data or b"=\r\n" in data, "expected soft line breaks"
    open(os.path.join(OUT, "e2_mailmag_qp_utf8.eml"), "wb").write(data)


def pdf_case():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = next(f for f in glob.glob("/usr/share/fonts/opentype/ipaexfont*/ipaexm.ttf"))
    pdfmetrics.registerFont(TTFont("IPAexMincho", font))
    lines = open(os.path.join(SRC, "p1_nichii_pdf_east_west.src.txt"), encoding="utf-8").read().split("\n")
    out = os.path.join(OUT, "p1_nichii_pdf_east_west.pdf")
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle("オンライン資格確認等システムのデータセンター設備点検に伴う停止について")
    c.setAuthor("日本医師会")
    w, h = A4
    y = h - 60
    size = 9.5
    for line in lines:
        c.setFont("IPAexMincho", size)
        if line.startswith(("日医発", "令和 8 年")):
            c.drawRightString(w - 55, y, line)
        elif line.startswith("－ 1 －"):
            c.drawCentredString(w / 2, 30, line)
        elif line.startswith(("オンライン資格確認等システムの", "データセンター設備点検に伴う")):
            c.setFont("IPAexMincho", 12)
            c.drawCentredString(w / 2, y, line)
        elif line == "記":
            c.drawCentredString(w / 2, y, line)
        elif line.startswith(("公益社団法人", "常任理事", "（公印省略）")) or line == "以上":
            c.drawRightString(w - 55, y, line)
        else:
            c.drawString(55, y, line)
        y -= size * 1.75
    c.showPage()
    c.save()


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    txt_cases()
    html_cases()
    eml_iso2022jp()
    eml_qp_utf8()
    pdf_case()
    print("built", len(glob.glob(os.path.join(OUT, "*"))) , "files in", OUT)
