#!/usr/bin/env python3
"""The notice of series 5 (notice.txt) in the other forms it reaches a clinic in.

  notice.pdf    A4 letter set with reportlab in IPAex Mincho (a TrueType subset with a
                ToUnicode map, as word processors embed it): number, date and issuer
                right-aligned, title centred, page number '- 1 -' in the footer.
  notice.eml    the notice as the body of a mail from the association: text/plain,
                ISO-2022-JP, 7bit, Subject as encoded words, a Date: header.
  forward.eml   a clinic's office forwarding that mail to its doctors: a note of its own,
                then '---------- Forwarded message ---------' and the original body,
                UTF-8 quoted-printable.

All four files are one notice: `tsuchi calendar` must merge them and say so.
Reproducible: reportlab's invariant mode fixes the creation date and document ID, and
the Message-IDs are fixed.

  python3 corpus/series/5_formats/gen/make.py        (needs reportlab, fonts-ipaexfont)
"""
from __future__ import annotations

import email.charset
import email.policy
from email.header import Header
from email.message import Message
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
SUBJECT = "電子カルテ情報共有サービスの計画停止について(お知らせ)"


def lines() -> list[str]:
    return (HERE / "notice.txt").read_text(encoding="utf-8").splitlines()


def right_aligned(i: int, line: str) -> bool:
    # the number, the date and the issuer block are set flush right
    return i < 2 or line.startswith(("公益社団法人", "理事", "(公印省略)"))


def wrap(line: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def make_pdf() -> None:
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("IPAexMincho", FONT))
    c = canvas.Canvas(str(HERE / "notice.pdf"), pagesize=A4)
    c.setTitle(SUBJECT)
    width, height = A4
    left, right, size, lead = 25 * mm, width - 25 * mm, 10.5, 17
    y = height - 30 * mm
    for i, line in enumerate(lines()):
        if not line.strip():
            y -= lead * 0.6
            continue
        c.setFont("IPAexMincho", size)
        if right_aligned(i, line):
            c.drawRightString(right, y, line)
            y -= lead
        elif line == SUBJECT:
            c.setFont("IPAexMincho", 12)
            c.drawCentredString(width / 2, y, line)
            y -= lead * 1.4
        else:
            for part in wrap(line, "IPAexMincho", size, right - left):
                c.drawString(left, y, part)
                y -= lead
    c.setFont("IPAexMincho", 9)
    c.drawCentredString(width / 2, 15 * mm, "- 1 -")
    c.showPage()
    c.save()


def write_mail(msg, name: str) -> None:
    data = msg.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n"))
    (HERE / name).write_bytes(data)


def make_eml() -> None:
    # JIS X 0208 has the wave dash, not the full-width tilde: mailers write 〜 for ～
    body = "\n".join(lines()).replace("～", "〜") + "\n"
    msg = Message()
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'text/plain; charset="ISO-2022-JP"'
    msg["Content-Transfer-Encoding"] = "7bit"
    msg.set_payload(body.encode("iso-2022-jp").decode("ascii"))
    msg["From"] = formataddr(("東京都医師会 事務局", "jimu@tokyo-med.example.jp"), charset="iso-2022-jp")
    msg["To"] = formataddr(("地区医師会 ご担当者様", "chiku@ml.tokyo-med.example.jp"), charset="iso-2022-jp")
    msg["Subject"] = Header(SUBJECT, "iso-2022-jp")
    msg["Date"] = "Fri, 06 Nov 2026 16:20:00 +0900"
    msg["Message-ID"] = "<series5-notice@tokyo-med.example.jp>"
    write_mail(msg, "notice.eml")


def make_forward() -> None:
    note = (
        "先生方\n\n"
        "東京都医師会から下記の案内が届きましたので転送いたします。\n"
        "12月の土曜夜は電子カルテ情報共有サービスが使えません。\n\n"
        "事務長 山田\n\n"
    )
    header = (
        "---------- Forwarded message ---------\n"
        "From: 東京都医師会 事務局 <jimu@tokyo-med.example.jp>\n"
        "Date: 2026年11月6日(金) 16:20\n"
        f"Subject: {SUBJECT}\n"
        "To: 地区医師会 ご担当者様 <chiku@ml.tokyo-med.example.jp>\n\n"
    )
    body = note + header + "\n".join(lines()) + "\n"
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP
    msg = MIMEText(body, "plain", cs)
    msg["From"] = formataddr(("みどりクリニック 事務長", "office@midori-clinic.example.jp"), charset="utf-8")
    msg["To"] = "doctors@midori-clinic.example.jp"
    msg["Subject"] = Header("Fwd: " + SUBJECT, "utf-8")
    msg["Date"] = "Mon, 09 Nov 2026 09:02:11 +0900"
    msg["Message-ID"] = "<series5-forward@midori-clinic.example.jp>"
    write_mail(msg, "forward.eml")


if __name__ == "__main__":
    make_pdf()
    make_eml()
    make_forward()
