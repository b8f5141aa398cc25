#!/usr/bin/env python3
"""Build the four .eml cases from the texts in ../src/ with Python's email package.

The helpers (reading ../src/, the JIS mapping, writing ../cases/) are emlkit.py's.
"""
import os
import sys
import base64
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "."))
import emlkit  # noqa: E402

read, jis, write = emlkit.kit(__file__)

# e01: ISO-2022-JP (7bit), no letterhead: Date: is the notice's date.
m = MIMEText(jis(read("e01_toyama_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【とやま医療情報ネット】10月・11月のシステム停止について"), "iso-2022-jp")
m["From"] = Header("とやま医療情報ネット 運用センター", "iso-2022-jp").encode() + " <center@toyama-mednet.example.jp>"
m["To"] = "sanka-ml@toyama-mednet.example.jp"
m["Date"] = "Fri, 9 Oct 2026 11:20:00 +0900"
m["Message-ID"] = "<20261009112000.stop@toyama-mednet.example.jp>"
write("e01_toyama_net_iso2022jp.eml", m)

# e02: Shift_JIS, 8bit body, written by hand (Python's email would base64 it). A forward with
# the forwarded mail quoted by ">"; no letterhead: Date: is the notice's date.
body = jis(read("e02_yamaguchi_forward_body.txt")).replace("\n", "\r\n").encode("shift_jis")
subj = base64.b64encode("Fwd: 【重要】クラウド版ハーモニーレセ メンテナンス延期のお知らせ".encode("shift_jis")).decode()
frm = base64.b64encode("山口県医師会 事務局".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <jimu@yamaguchi-med.example.jp>\r\n"
    "To: kaiin@yamaguchi-med.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Tue, 26 Jan 2027 10:12:05 +0900\r\n"
    "Message-ID: <fwd-20270126-1012@yamaguchi-med.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
)
write("e02_yamaguchi_forward_sjis_postpone.eml", head.encode("ascii") + body)

# e03: multipart/alternative, both parts UTF-8 base64, fixed boundary.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
m = MIMEMultipart("alternative", boundary="----=_lumina_20260728_alt_51e9")
m.attach(MIMEText(read("e03_lumina_plain.txt"), "plain", b64))
m.attach(MIMEText(read("e03_lumina_html.html"), "html", b64))
m["Subject"] = Header("【ルミナPACS クラウド】8月のサービス停止のお知らせ", "utf-8")
m["From"] = Header("ルミナイメージング カスタマーサポート", "utf-8").encode() + " <support@lumina-img.example.jp>"
m["To"] = "users@lumina-img.example.jp"
m["Date"] = "Tue, 28 Jul 2026 14:00:00 +0900"
m["Message-ID"] = "<pacs-202608-stop@lumina-img.example.jp>"
write("e03_lumina_pacs_multipart_base64.eml", m)

# e04: one text/plain part, UTF-8 quoted-printable (soft line breaks cut the long URL);
# no letterhead: Date: is the notice's date.
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEText(read("e04_sanin_body.txt"), "plain", qp)
m["Subject"] = Header("【第3報・復旧】山陰医療連携ネットの通信障害について", "utf-8")
m["From"] = Header("山陰医療連携ネット 運用事務局", "utf-8").encode() + " <unyo@sanin-renkei.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Thu, 12 Nov 2026 13:05:40 +0900"
m["Message-ID"] = "<incident-20261112-03@sanin-renkei.example.jp>"
write("e04_sanin_incident_third_report_qp.eml", m)
print("ok")
