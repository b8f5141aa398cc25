#!/usr/bin/env python3
"""Build the four .eml cases (batch10j) from the texts in ../src/ with Python's email package.

The helpers (reading ../src/, the JIS mapping, writing ../cases/) are emlkit.py's (copied from
blind10f's gen/ through blind10i's).
"""
import base64
import os
import sys
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emlkit  # noqa: E402

read, jis, write = emlkit.kit(__file__)

# e01: ISO-2022-JP (7bit); no letterhead: Date: is the notice's date.
m = MIMEText(jis(read("e01_mie_dental_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【三重県歯科医師会】みえ歯科地域連携システム 9月の停止日程について"), "iso-2022-jp")
m["From"] = Header("三重県歯科医師会 事務局", "iso-2022-jp").encode() + " <johosys@mie-shika.example.jp>"
m["To"] = "kaiin@mie-shika.example.jp"
m["Date"] = "Mon, 30 Aug 2027 14:05:00 +0900"
m["Message-ID"] = "<20270830140500.renkei@mie-shika.example.jp>"
write("e01_mie_dental_iso2022jp.eml", m)

# e02: Shift_JIS, 8bit body, written by hand (Python's email would base64 it). A forward whose
# forwarder has no letterhead; the 福岡県医師会 mail is quoted with ">" under a 日付 line.
body = jis(read("e02_kitakyushu_forward_body.txt")).replace("\n", "\r\n").encode("shift_jis")
subj = base64.b64encode("Fw: ふくおか診療情報ネット 回線工事に伴う停止の一部中止について".encode("shift_jis")).decode()
frm = base64.b64encode("北九州市医師会 事務局".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <jimu@kitakyushu-med.example.jp>\r\n"
    "To: kaiin@kitakyushu-med.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Tue, 12 Oct 2027 10:18:44 +0900\r\n"
    "Message-ID: <fw-20271012-1018@kitakyushu-med.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
)
write("e02_kitakyushu_forward_fukuoka_chikugo_cancel_sjis.eml", head.encode("ascii") + body)

# e03: multipart/alternative with a fixed boundary; both parts in UTF-8 quoted-printable (soft
# breaks cut the long URL and href). No letterhead: Date: is the date.
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEMultipart("alternative", boundary="=_minazuki_20270209_a41f")
m.attach(MIMEText(read("e03_minazuki_plain.txt"), "plain", qp))
m.attach(MIMEText(read("e03_minazuki_html.html"), "html", qp))
m["Subject"] = Header("【みなづきクラウドカルテ】2月・3月の定期メンテナンスのお知らせ", "utf-8")
m["From"] = Header("みなづきクラウドカルテ サポートセンター", "utf-8").encode() + " <support@minazuki-karte.example.jp>"
m["To"] = "customers@minazuki-karte.example.jp"
m["Date"] = "Tue, 9 Feb 2027 17:30:00 +0900"
m["Message-ID"] = "<mnt-20270209-1730@minazuki-karte.example.jp>"
write("e03_minazuki_karte_multipart_qp.eml", m)

# e04: one text/plain part, UTF-8 base64; a result report, no letterhead.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
m = MIMEText(read("e04_aoba_vpn_body.txt"), "plain", b64)
m["Subject"] = Header("【ケアネットVPN】5月22日（土）網設備更新作業（第1回）の結果について", "utf-8")
m["From"] = Header("あおばテレネット ネットワーク運用センター", "utf-8").encode() + " <noc@aoba-telenet.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Sun, 23 May 2027 11:00:00 +0900"
m["Message-ID"] = "<result-20270523-1100@aoba-telenet.example.jp>"
write("e04_aoba_vpn_result_extended_postponed_base64.eml", m)
print("ok")
