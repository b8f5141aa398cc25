#!/usr/bin/env python3
"""Build the four .eml cases (batch10k) from the texts in ../src/ with Python's email package.

The helpers (reading ../src/, the JIS mapping, writing ../cases/) are emlkit.py's (copied from
blind10j's gen/, which resolves into blind10f's). e03's PDF attachment is built by make_pdf.py
into ../build/ first (build.sh runs make_pdf.py before this script).
"""
import base64
import os
import sys
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import emlkit  # noqa: E402

read, jis, write = emlkit.kit(__file__)

# e01: ISO-2022-JP (7bit); no letterhead: Date: is the notice's date.
m = MIMEText(jis(read("e01_kohaku_rece_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【こはく調剤レセプト】6月・7月のクラウドサーバ定期メンテナンスのお知らせ"), "iso-2022-jp")
m["From"] = Header("こはくシステムズ サポートセンター", "iso-2022-jp").encode() + " <support@kohaku-systems.example.jp>"
m["To"] = "users@kohaku-systems.example.jp"
m["Date"] = "Thu, 4 Jun 2026 15:10:00 +0900"
m["Message-ID"] = "<mnt-20260604-1510@kohaku-systems.example.jp>"
write("e01_kohaku_rece_gogo_iso2022jp.eml", m)

# e02: Shift_JIS with an 8bit body, written by hand (Python's email would base64 it). An original
# report (not a forward), no letterhead: Date: is the date.
body = jis(read("e02_sagami_net_body.txt")).replace("\n", "\r\n").encode("shift_jis")
subj = base64.b64encode("【第2報】さがみ医療ネット 通信障害について（9月8日）".encode("shift_jis")).decode()
frm = base64.b64encode("さがみ医療ネット 運用センター".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <noc@sagami-iryo.example.jp>\r\n"
    "To: sanka@sagami-iryo.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Wed, 8 Sep 2027 14:20:00 +0900\r\n"
    "Message-ID: <trouble-20270908-2@sagami-iryo.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
)
write("e02_sagami_net_incident_carriers_sjis.eml", head.encode("ascii") + body)

# e03: multipart/mixed with a fixed boundary: the letter in a UTF-8 quoted-printable text part,
# and the same letter as a PDF attachment (file name in RFC 2231 form). The body opens with the
# letterhead, whose date differs from Date:.
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEMultipart("mixed", boundary="=_kyoto_med_20261104_7c2e")
m.attach(MIMEText(read("e03_kyoto_med_body.txt"), "plain", qp))
with open(os.path.join(HERE, "..", "build", "att_e03_kyoto_med_notice.pdf"), "rb") as f:
    att = MIMEApplication(f.read(), "pdf")
att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "京府医発第1306号_保守作業日程の変更.pdf"))
m.attach(att)
m["Subject"] = Header("【京都府医師会】京都府医療連携ネット 保守作業日程の一部変更について（京府医発第1306号）", "utf-8")
m["From"] = Header("京都府医師会 情報企画課", "utf-8").encode() + " <joho@kyoto-med.example.jp>"
m["To"] = "kaiin@kyoto-med.example.jp"
m["Date"] = "Wed, 4 Nov 2026 09:12:00 +0900"
m["Message-ID"] = "<kfi1306-20261104@kyoto-med.example.jp>"
write("e03_kyoto_med_attachment_date_move_qp.eml", m)

# e04: multipart/alternative with a fixed boundary: the text part in UTF-8 quoted-printable, the
# HTML part (a table) in UTF-8 base64. A result report, no letterhead.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
m = MIMEMultipart("alternative", boundary="=_seseragi_20270412_19d0")
m.attach(MIMEText(read("e04_seseragi_plain.txt"), "plain", qp))
m.attach(MIMEText(read("e04_seseragi_html.html"), "html", b64))
m["Subject"] = Header("【せせらぎクラウドカルテ】サーバ移設作業（第1夜）の結果と今後の予定", "utf-8")
m["From"] = Header("せせらぎメディカル 運用サポート窓口", "utf-8").encode() + " <support@seseragi-karte.example.jp>"
m["To"] = "customers@seseragi-karte.example.jp"
m["Date"] = "Mon, 12 Apr 2027 16:45:00 +0900"
m["Message-ID"] = "<result-20270412-1645@seseragi-karte.example.jp>"
write("e04_seseragi_karte_result_later_multipart.eml", m)
print("ok")
