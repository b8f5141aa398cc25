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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../blind10f/gen"))
import emlkit  # noqa: E402

read, jis, write = emlkit.kit(__file__)

# e01: ISO-2022-JP (7bit); the body opens with the letterhead (number + kanji date).
m = MIMEText(jis(read("e01_fukui_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【福井県医師会】ふくい医療情報ネットの利用の一時休止について"), "iso-2022-jp")
m["From"] = Header("福井県医師会 事務局", "iso-2022-jp").encode() + " <jimu@fukui-med.example.jp>"
m["To"] = "kaiin-ml@fukui-med.example.jp"
m["Date"] = "Mon, 28 Sep 2026 15:40:00 +0900"
m["Message-ID"] = "<20260928154000.kyushi@fukui-med.example.jp>"
write("e01_fukui_med_kanji_letter_iso2022jp.eml", m)

# e02: Shift_JIS, 8bit body, written by hand (Python's email would base64 it). A forward whose
# body opens with the forwarder's letterhead; the forwarded 支払基金 mail is quoted with ">".
body = jis(read("e02_kochi_forward_body.txt")).replace("\n", "\r\n").encode("shift_jis")
subj = base64.b64encode("Fwd: オンライン請求システム停止日の変更について".encode("shift_jis")).decode()
frm = base64.b64encode("高知県医師会 医療保険課".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <hoken@kochi-med.example.jp>\r\n"
    "To: kaiin@kochi-med.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Mon, 9 Nov 2026 09:31:47 +0900\r\n"
    "Message-ID: <fwd-20261109-0931@kochi-med.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
)
write("e02_kochi_med_forward_shiharai_change_sjis.eml", head.encode("ascii") + body)

# e03: multipart/alternative, both parts UTF-8 quoted-printable (soft breaks cut the long URL),
# fixed boundary; no letterhead: Date: is the notice's date.
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEMultipart("alternative", boundary="----=_kazami_20270223_alt_7c31")
m.attach(MIMEText(read("e03_kazami_plain.txt"), "plain", qp))
m.attach(MIMEText(read("e03_kazami_html.html"), "html", qp))
m["Subject"] = Header("【カザミ電子カルテWeb】3月のサービス停止のお知らせ", "utf-8")
m["From"] = Header("カザミ医療システム サポート窓口", "utf-8").encode() + " <support@kazami-med.example.jp>"
m["To"] = "customers@kazami-med.example.jp"
m["Date"] = "Tue, 23 Feb 2027 10:00:00 +0900"
m["Message-ID"] = "<karte-202703-stop@kazami-med.example.jp>"
write("e03_kazami_karte_time_first_multipart_qp.eml", m)

# e04: one text/plain part, UTF-8 base64; no letterhead: Date: is the notice's date.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
m = MIMEText(read("e04_shiokaze_body.txt"), "plain", b64)
m["Subject"] = Header("【障害・第2報】しおかぜ調剤クラウドのサービス障害について", "utf-8")
m["From"] = Header("しおかぜ薬局システム カスタマーサポート", "utf-8").encode() + " <support@shiokaze-ph.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Thu, 14 Jan 2027 12:40:15 +0900"
m["Message-ID"] = "<incident-20270114-02@shiokaze-ph.example.jp>"
write("e04_shiokaze_cloud_incident_ongoing_base64.eml", m)
print("ok")
