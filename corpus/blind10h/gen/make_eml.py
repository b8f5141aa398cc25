#!/usr/bin/env python3
"""Build the four .eml cases (batch10h) from the texts in ../src/ with Python's email package.

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

# e01: ISO-2022-JP (7bit); no letterhead: Date: is the notice's date.
m = MIMEText(jis(read("e01_yui_karte_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【ゆいカルテ】11月のサービス一時停止のお知らせ"), "iso-2022-jp")
m["From"] = Header("ユイメディカル サポートセンター", "iso-2022-jp").encode() + " <support@yui-med.example.jp>"
m["To"] = "customers@yui-med.example.jp"
m["Date"] = "Tue, 20 Oct 2026 16:05:00 +0900"
m["Message-ID"] = "<20261020160500.maint@yui-med.example.jp>"
write("e01_yui_karte_holiday_gozen_iso2022jp.eml", m)

# e02: Shift_JIS, 8bit body, written by hand (Python's email would base64 it). A forward with no
# letterhead of the forwarder; the forwarded 東京都医師会 mail is quoted with ">" and has a 日付 line.
body = jis(read("e02_setagaya_forward_body.txt")).replace("\n", "\r\n").encode("shift_jis")
subj = base64.b64encode("Fwd: 東京都多職種連携ポータルの計画停止について（一部変更）".encode("shift_jis")).decode()
frm = base64.b64encode("世田谷区医師会 事務局".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <jimu@setagaya-med.example.jp>\r\n"
    "To: kaiin@setagaya-med.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Wed, 25 Nov 2026 11:12:30 +0900\r\n"
    "Message-ID: <fwd-20261125-1112@setagaya-med.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
)
write("e02_setagaya_forward_tokyo_partial_cancel_sjis.eml", head.encode("ascii") + body)

# e03: multipart/alternative, both parts UTF-8 quoted-printable (soft breaks cut the long URL),
# fixed boundary; no letterhead: Date: is the notice's date.
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEMultipart("alternative", boundary="----=_asanagi_20270426_alt_51d0")
m.attach(MIMEText(read("e03_asanagi_plain.txt"), "plain", qp))
m.attach(MIMEText(read("e03_asanagi_html.html"), "html", qp))
m["Subject"] = Header("【あさなぎWeb予約】5月のシステム停止のご案内", "utf-8")
m["From"] = Header("あさなぎシステムズ カスタマーサポート", "utf-8").encode() + " <support@asanagi-yoyaku.example.jp>"
m["To"] = "clinics@asanagi-yoyaku.example.jp"
m["Date"] = "Mon, 26 Apr 2027 09:30:00 +0900"
m["Message-ID"] = "<yoyaku-202705-stop@asanagi-yoyaku.example.jp>"
write("e03_asanagi_yoyaku_brackets_multipart_qp.eml", m)

# e04: one text/plain part, UTF-8 base64; no letterhead: Date: is the notice's date.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
m = MIMEText(read("e04_harunire_body.txt"), "plain", b64)
m["Subject"] = Header("【障害・第1報】はるにれクラウドに接続しにくい事象について", "utf-8")
m["From"] = Header("ハルニレ カスタマーサポート", "utf-8").encode() + " <support@harunire.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Wed, 14 Jul 2027 14:25:40 +0900"
m["Message-ID"] = "<incident-20270714-01@harunire.example.jp>"
write("e04_harunire_cloud_incident_cancel_tonight_base64.eml", m)
print("ok")
