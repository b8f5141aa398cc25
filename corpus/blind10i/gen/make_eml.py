#!/usr/bin/env python3
"""Build the four .eml cases (batch10i) from the texts in ../src/ with Python's email package.

The helpers (reading ../src/, the JIS mapping, writing ../cases/) are emlkit.py's (copied from
blind10f's gen/).
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
m = MIMEText(jis(read("e01_fukui_carelink_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【ふくいケアリンク】1月・2月のシステム停止について"), "iso-2022-jp")
m["From"] = Header("ふくいケアリンク運用センター", "iso-2022-jp").encode() + " <support@fukui-carelink.example.jp>"
m["To"] = "users@fukui-carelink.example.jp"
m["Date"] = "Thu, 14 Jan 2027 10:12:00 +0900"
m["Message-ID"] = "<20270114101200.stop@fukui-carelink.example.jp>"
write("e01_fukui_carelink_iso2022jp.eml", m)

# e02: Shift_JIS, 8bit body, written by hand (Python's email would base64 it). A forward whose
# forwarder has no letterhead; the 群馬県医師会 mail is quoted with ">" under an Outlook-style header.
body = jis(read("e02_takasaki_forward_body.txt")).replace("\n", "\r\n").encode("shift_jis")
subj = base64.b64encode("FW: ぐんま診療情報ネット 計画停止のお知らせ（終了時刻の訂正あり）".encode("shift_jis")).decode()
frm = base64.b64encode("高崎市医師会 事務局".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <office@takasaki-med.example.jp>\r\n"
    "To: members@takasaki-med.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Mon, 16 Nov 2026 09:05:12 +0900\r\n"
    "Message-ID: <fw-20261116-0905@takasaki-med.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
)
write("e02_takasaki_forward_gunma_correction_sjis.eml", head.encode("ascii") + body)

# e03: multipart/alternative with a fixed boundary; the text part in UTF-8 base64, the HTML part
# in UTF-8 quoted-printable (soft breaks cut the long href). No letterhead: Date: is the date.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEMultipart("alternative", boundary="=_dewa_telecom_20261004_7c1e")
m.attach(MIMEText(read("e03_dewa_plain.txt"), "plain", b64))
m.attach(MIMEText(read("e03_dewa_html.html"), "html", qp))
m["Subject"] = Header("【作業完了】10月3日（土）夜間 ネットワーク機器更新作業（第1回）完了のお知らせ", "utf-8")
m["From"] = Header("やまがた医療ネット運用センター", "utf-8").encode() + " <noc@yamagata-iryonet.example.jp>"
m["To"] = "members@yamagata-iryonet.example.jp"
m["Date"] = "Sun, 4 Oct 2026 09:30:00 +0900"
m["Message-ID"] = "<done-20261004-0930@yamagata-iryonet.example.jp>"
write("e03_dewa_completion_multipart_kawanishi.eml", m)

# e04: one text/plain part, UTF-8 base64; the body carries the association's own letter.
m = MIMEText(read("e04_aomori_body.txt"), "plain", b64)
m["Subject"] = Header("【青森県医師会】オンライン資格確認等システムのメンテナンスに伴う影響について", "utf-8")
m["From"] = Header("青森県医師会 事務局", "utf-8").encode() + " <no-reply@aomori-med.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Mon, 15 Jun 2026 15:40:21 +0900"
m["Message-ID"] = "<aoi412-20260615@aomori-med.example.jp>"
write("e04_aomori_med_letter_nichii_portal_base64.eml", m)
print("ok")
