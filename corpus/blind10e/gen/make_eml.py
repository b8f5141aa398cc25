#!/usr/bin/env python3
"""Build the four .eml cases from the texts in ../src/ with Python's email package.

ISO-2022-JP and Shift_JIS (JIS X 0208) have no U+FF5E (～) or U+FF0D (－): those bodies are
written with them in ../src/ and mapped to U+301C (〜) and U+2212 (−) here, as a JIS mailer
would send them.
"""
import base64
import os
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src")
OUT = os.path.join(HERE, "..", "cases")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def jis(s):
    return s.replace("～", "〜").replace("－", "−")


def write(name, m):
    data = m if isinstance(m, bytes) else m.as_bytes()
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# e01: one text/plain part, UTF-8 quoted-printable (the long URL is cut by soft line breaks);
# no letterhead: Date: is the notice's date.
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEText(read("e01_kensa_web_body.txt"), "plain", qp)
m["Subject"] = Header("【けんさWeb】4月の定期メンテナンスのお知らせ", "utf-8")
m["From"] = Header("ひかり臨床検査センター システム管理課", "utf-8").encode() + " <kensaweb@hikari-rinsho.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Wed, 8 Apr 2026 16:02:11 +0900"
m["Message-ID"] = "<kensaweb-20260408-0418@hikari-rinsho.example.jp>"
write("e01_kensa_web_qp_plain.eml", m)

# e02: ISO-2022-JP (7bit), subject as encoded words; the body opens with a letterhead.
m = MIMEText(jis(read("e02_kyoto_pharm_completion_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【京やくネット】第1回システム更新作業の終了と第2回作業のご案内"), "iso-2022-jp")
m["From"] = Header("京都府薬剤師会 情報システム担当", "iso-2022-jp").encode() + " <system@kyoto-yaku.example.jp>"
m["To"] = "kaiin-ml@kyoto-yaku.example.jp"
m["Date"] = "Mon, 8 Jun 2026 17:45:30 +0900"
m["Message-ID"] = "<20260608174530.kyoyaku58@kyoto-yaku.example.jp>"
write("e02_kyoto_pharm_completion_iso2022jp.eml", m)

# e03: Shift_JIS, 8bit body, written by hand (Python's email would base64 it). A forward with
# the forwarded mail quoted by ">"; no letterhead: Date: is the notice's date.
body = jis(read("e03_morioka_forward_body.txt")).replace("\n", "\r\n").encode("shift_jis")
subj = base64.b64encode("Fwd: 【復旧】いわて医療情報連携ネットの障害について".encode("shift_jis")).decode()
frm = base64.b64encode("盛岡市医師会 事務局".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <jimukyoku@morioka-med.example.jp>\r\n"
    "To: kaiin@morioka-med.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Thu, 10 Sep 2026 09:05:48 +0900\r\n"
    "Message-ID: <fwd-20260910-0905@morioka-med.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "X-Mailer: Denbun-Mail 4.2\r\n"
    "\r\n"
)
write("e03_morioka_forward_sjis_incident.eml", head.encode("ascii") + body)

# e04: multipart/alternative, both parts UTF-8 base64, fixed boundary.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
m = MIMEMultipart("alternative", boundary="----=_aoba_20270430_alt_7f3c")
m.attach(MIMEText(read("e04_aoba_plain.txt"), "plain", b64))
m.attach(MIMEText(read("e04_aoba_html.html"), "html", b64))
m["Subject"] = Header("【あおばクラウドレセプト】5月の定期メンテナンス日程のお知らせ", "utf-8")
m["From"] = Header("あおば医療ソフト カスタマーサポート", "utf-8").encode() + " <support@aoba-iryo.example.jp>"
m["To"] = "users@aoba-iryo.example.jp"
m["Date"] = "Fri, 30 Apr 2027 10:30:00 +0900"
m["Message-ID"] = "<maint-202705-notice@aoba-iryo.example.jp>"
write("e04_aoba_multipart_base64.eml", m)
print("ok")
