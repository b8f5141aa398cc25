#!/usr/bin/env python3
"""Build the four .eml cases (batch10l) from the texts in ../src/ with Python's email package.

The helpers (reading ../src/, the JIS mapping, writing ../cases/) are emlkit.py's (copied with
cp -L from blind10k's gen/, which resolves into blind10f's). e04's PDF attachment is built by
make_pdf.py into ../build/ first (build.sh runs make_pdf.py before this script).

  e01  ISO-2022-JP, 7bit, one text part; no letterhead: Date: is the notice's date.
  e02  multipart/alternative: the text part in UTF-8 base64, the HTML part in UTF-8
       quoted-printable (soft line breaks cut its long href); the body opens with a letterhead.
  e03  Shift_JIS text in a base64 transfer encoding (not 8bit), written by hand, a report quoting
       the earlier reports with ">" and ">>"; no letterhead.
  e04  multipart/mixed: a forwarder's cover in a UTF-8 quoted-printable text part and the
       forwarded circular as an application/pdf attachment (RFC 2231 file name).
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

qp = Charset("utf-8")
qp.body_encoding = QP
b64 = Charset("utf-8")
b64.body_encoding = BASE64

# e01: ISO-2022-JP (7bit).
m = MIMEText(jis(read("e01_hanamizuki_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【はなみずき歯科レセプト】6月のクラウドサーバ停止日程のお知らせ"), "iso-2022-jp")
m["From"] = Header("はなみずきデンタルシステム サポートセンター", "iso-2022-jp").encode() + " <support@hanamizuki-dental.example.jp>"
m["To"] = "clinics@hanamizuki-dental.example.jp"
m["Date"] = "Tue, 25 May 2027 10:30:00 +0900"
m["Message-ID"] = "<os-update-20270525-1030@hanamizuki-dental.example.jp>"
write("e01_hanamizuki_dental_rece_iso2022jp.eml", m)

# e02: multipart/alternative with a fixed boundary; text part base64, HTML part QP. The body
# opens with the letterhead (佐医発第５１２号, 令和８年９月７日), a day before the Date: header.
m = MIMEMultipart("alternative", boundary="=_saga_med_20260908_4b1a")
m.attach(MIMEText(read("e02_saga_med_plain.txt"), "plain", b64))
m.attach(MIMEText(read("e02_saga_med_html.html"), "html", qp))
m["Subject"] = Header("【佐賀県医師会】さが医療情報ネットの保守作業に伴う一時利用停止について（佐医発第512号）", "utf-8")
m["From"] = Header("佐賀県医師会 情報システム室", "utf-8").encode() + " <joho@saga-med.example.jp>"
m["To"] = "kaiin@saga-med.example.jp"
m["Date"] = "Tue, 8 Sep 2026 09:05:00 +0900"
m["Message-ID"] = "<sai512-20260908@saga-med.example.jp>"
write("e02_saga_med_letter_kakujitsu_multipart.eml", m)

# e03: Shift_JIS in a base64 transfer encoding, written by hand (Python's email package would
# convert a shift_jis body to ISO-2022-JP); ～ and － mapped by jis(). A report quoting the earlier
# ones; no letterhead: Date: is the date.
raw = jis(read("e03_yunagi_body.txt")).replace("\n", "\r\n").encode("shift_jis")
b = base64.b64encode(raw).decode()
body = "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n"
# the subject as two encoded words on a folded line (each under 76 characters)
subj = "?=\r\n =?Shift_JIS?B?".join(
    base64.b64encode(jis(w).encode("shift_jis")).decode()
    for w in ("【第3報】ゆうなぎカルテ ", "ログイン障害について（12月3日 15時00分現在）"))
frm = base64.b64encode("ゆうなぎメディカル カスタマーサポート".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <support@yunagi-karte.example.jp>\r\n"
    "To: users@yunagi-karte.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Thu, 3 Dec 2026 15:05:00 +0900\r\n"
    "Message-ID: <incident-20261203-3@yunagi-karte.example.jp>\r\n"
    "In-Reply-To: <incident-20261203-2@yunagi-karte.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
)
write("e03_yunagi_karte_incident_third_quoted_sjis_b64.eml", (head + body).encode("ascii"))

# e04: multipart/mixed with a fixed boundary: the cover (QP) and the forwarded circular as PDF.
m = MIMEMultipart("mixed", boundary="=_kumagaya_med_20261116_a903")
m.attach(MIMEText(read("e04_kumagaya_body.txt"), "plain", qp))
with open(os.path.join(HERE, "..", "build", "att_e04_saitama_med_notice.pdf"), "rb") as f:
    att = MIMEApplication(f.read(), "pdf")
att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "埼医発第1377号_救急医療情報システム一時停止.pdf"))
m.attach(att)
m["Subject"] = Header("【熊谷市医師会】埼玉県救急医療情報システムの一時停止について（県医師会通知の転送）", "utf-8")
m["From"] = Header("熊谷市医師会 事務局", "utf-8").encode() + " <jimu@kumagaya-med.example.jp>"
m["To"] = "kaiin@kumagaya-med.example.jp"
m["Date"] = "Mon, 16 Nov 2026 13:40:00 +0900"
m["Message-ID"] = "<fwd-saiikai1377-20261116@kumagaya-med.example.jp>"
write("e04_kumagaya_fwd_saitama_pdf_cancel_qp.eml", m)
print("ok")
