#!/usr/bin/env python3
"""Files that a reader must refuse clearly (no usable text), made from the renderings.

  scanned.pdf          page 1 of pdf/001 rasterised (pdftoppm, 150 dpi, grey), slightly
                       skewed like a scan, one JPEG image per page (Pillow): no font, no
                       text layer at all.
  no_tounicode.pdf     pdf/003 (fpdf2: Type0 Identity-H, CIDFontType2 subsets whose glyph
                       ids are renumbered) with every /ToUnicode removed (pypdf):
                       pdftotext gives garbage.
  encrypted.pdf        pdf/002 encrypted by qpdf, AES-128, user password 'tsuchi'
                       (owner 'owner'); --static-id/--static-aes-iv keep it reproducible.
  truncated.pdf        the first half of the bytes of pdf/000 (no xref, no trailer).
  empty.html           site chrome (header, nav), a script that would load the article,
                       and an empty <main>.
  no_readable_part.eml multipart/mixed whose only parts are an image/png and an
                       application/octet-stream (an Outlook winmail.dat).

usage: make_broken.py SEED_DIR OUT_DIR   (OUT_DIR/pdf must hold the renderings)
"""
from __future__ import annotations

import email.policy
import hashlib
import io
import os
import subprocess
import sys
import tempfile
import time
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart

from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

SRC = {
    "scan": "001_782547caf5a8f269",
    "notounicode": "003_b44a9dc4c443d513",
    "encrypt": "002_1d2f8fff1373c4f6",
    "truncate": "000_80465f3a0b9055d7",
}


def scanned(src_pdf: str, out: str):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "150", "-gray", "-png", src_pdf,
                        os.path.join(d, "p")], check=True)
        png = [f for f in os.listdir(d) if f.endswith(".png")][0]
        im = Image.open(os.path.join(d, png)).convert("L")
    # a scanner's page: a little skew, a grey paper tone, softened edges
    im = im.rotate(0.6, resample=Image.BICUBIC, expand=False, fillcolor=255)
    im = im.point(lambda v: 235 if v > 235 else v)
    im = im.filter(ImageFilter.GaussianBlur(0.4))
    # Pillow writes the page as one DCT (JPEG) image: no font, no text operator
    t = time.gmtime(1738282320)  # 2025-01-31 09:12 JST, the day after the notice
    im.save(out, "PDF", resolution=150, quality=70, title="scan0001", creator="scanner",
            producer="render7/gen/make_broken.py (Pillow)", creationDate=t, modDate=t)


def no_tounicode(src_pdf: str, out: str):
    w = PdfWriter(clone_from=PdfReader(src_pdf))
    removed = 0
    for ref in list(w._objects):
        if ref is None:
            continue
        o = ref.get_object() if hasattr(ref, "get_object") else ref
        if hasattr(o, "keys") and "/ToUnicode" in o:
            del o["/ToUnicode"]
            removed += 1
    if not removed:
        raise SystemExit("no_tounicode: the source has no /ToUnicode to remove")
    w.add_metadata({"/Producer": "render7/gen/make_broken.py (pypdf: /ToUnicode removed)"})
    with open(out, "wb") as f:
        w.write(f)


def encrypted(src_pdf: str, out: str):
    subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "tsuchi", "owner", "128",
                    "--use-aes=y", "--", src_pdf, out], check=True)


def truncated(src_pdf: str, out: str):
    data = open(src_pdf, "rb").read()
    open(out, "wb").write(data[: len(data) // 2])


EMPTY_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>お知らせ | 青葉県医師会</title>
<link rel="stylesheet" href="/assets/css/style.css">
<script>
  // the article is fetched and inserted after load
  document.addEventListener('DOMContentLoaded', function () {
    fetch('/api/notices/' + location.hash.slice(1))
      .then(function (r) { return r.json(); })
      .then(function (n) { document.getElementById('content').innerHTML = n.body; });
  });
</script>
</head>
<body>
<header class="site-header">
  <p class="site-name"><a href="/">青葉県医師会</a></p>
  <nav class="global-nav" aria-label="グローバルナビ">
    <ul>
      <li><a href="/">ホーム</a></li>
      <li><a href="/about/">医師会について</a></li>
      <li><a href="/member/">会員の皆様へ</a></li>
      <li><a href="/citizen/">県民の皆様へ</a></li>
      <li><a href="/contact/">お問い合わせ</a></li>
    </ul>
  </nav>
</header>
<main id="content"></main>
<script src="/assets/js/app.js"></script>
</body>
</html>
"""


def no_readable_part(out: str, png: bytes):
    msg = MIMEMultipart("mixed", boundary="----=_NextPart_000_0012_01D9A1B2.3C4D5E60")
    msg["From"] = f"{Header('青葉県医師会 事務局', 'iso-2022-jp').encode()} <jimukyoku@aoba-med.example.jp>"
    msg["To"] = f"{Header('会員各位', 'iso-2022-jp').encode()} <members@ml.aoba-med.example.jp>"
    msg["Subject"] = Header("【周知依頼】システムメンテナンスについて", "iso-2022-jp")
    msg["Date"] = "Tue, 28 Apr 2026 10:12:00 +0900"
    msg["Message-ID"] = "<000001d9a1b2$3c4d5e60$6a7b8c9d@aoba-med.example.jp>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.preamble = "This is a multi-part message in MIME format."
    img = MIMEImage(png, "png")
    img.add_header("Content-Disposition", "inline", filename="image001.png")
    img.add_header("Content-ID", "<image001.png@01D9A1B2.3C4D5E60>")
    del img["MIME-Version"]
    msg.attach(img)
    # a TNEF blob as Outlook sends it when rich text leaks out: signature 0x223E9F78
    tnef = bytes.fromhex("789f3e22") + hashlib.sha256(b"winmail").digest() * 64
    att = MIMEApplication(tnef, "octet-stream")
    att.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    del att["MIME-Version"]
    msg.attach(att)
    data = msg.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n"))
    open(out, "wb").write(data)


def main(argv):
    seeds, outdir = argv[1], argv[2]
    pdf = lambda n: os.path.join(outdir, "pdf", n + ".pdf")  # noqa: E731
    b = os.path.join(outdir, "broken")
    os.makedirs(b, exist_ok=True)
    scanned(pdf(SRC["scan"]), os.path.join(b, "scanned.pdf"))
    no_tounicode(pdf(SRC["notounicode"]), os.path.join(b, "no_tounicode.pdf"))
    encrypted(pdf(SRC["encrypt"]), os.path.join(b, "encrypted.pdf"))
    truncated(pdf(SRC["truncate"]), os.path.join(b, "truncated.pdf"))
    open(os.path.join(b, "empty.html"), "w", encoding="utf-8").write(EMPTY_HTML)
    # the image part: a small crop of the scanned page (a logo-sized picture of text)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "40", "-gray", "-png", pdf(SRC["scan"]),
                        os.path.join(d, "p")], check=True)
        f = [x for x in os.listdir(d) if x.endswith(".png")][0]
        im = Image.open(os.path.join(d, f))
        buf = io.BytesIO()
        im.crop((0, 0, im.width, im.height // 3)).save(buf, "PNG", optimize=False)
    no_readable_part(os.path.join(b, "no_readable_part.eml"), buf.getvalue())


if __name__ == "__main__":
    sys.exit(main(sys.argv))
