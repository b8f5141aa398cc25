#!/usr/bin/env python3
"""Build the four .eml cases (batch10m) from the texts in ../src/ with Python's email package
(emlkit.py, copied unchanged with cp -L, gives read / jis / write).

  e01  ISO-2022-JP, 7bit, one text part; no letterhead: Date: is the notice's date.
  e02  multipart/alternative: the text part in UTF-8 quoted-printable (a soft break cuts its
       long URL), the HTML part (a table) in UTF-8 base64; no letterhead: Date:.
  e03  a forward in Shift_JIS with an 8bit body, written by hand (the email package would turn
       a shift_jis body into ISO-2022-JP); Outlook "-----Original Message-----" and ">" quoting.
  e04  UTF-8 base64, one text part; Date: is the date (1月25日付け is an earlier notice).
"""
import os
import sys
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import emlkit  # noqa: E402

read, jis, write = emlkit.kit(__file__)
qp = Charset("utf-8"); qp.body_encoding = QP
b64 = Charset("utf-8"); b64.body_encoding = BASE64

m = MIMEText(jis(read("e01_minamoto_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【みなもと在庫ネット】1月・2月のサービス停止のお知らせ"), "iso-2022-jp")
m["From"] = Header("みなもと在庫ネット サポートセンター", "iso-2022-jp").encode() + " <support@minamoto-zaiko.example.jp>"
m["To"] = "users@minamoto-zaiko.example.jp"
m["Date"] = "Thu, 14 Jan 2027 11:20:00 +0900"
m["Message-ID"] = "<maint-20270114@minamoto-zaiko.example.jp>"
write("e01_minamoto_zaiko_gogo_iso2022jp.eml", m)

m = MIMEMultipart("alternative", boundary="=_konan_net_20260921_7c2e")
m.attach(MIMEText(read("e02_konan_net_plain.txt"), "plain", qp))
m.attach(MIMEText(read("e02_konan_net_html.html"), "html", b64))
m["Subject"] = Header("【県南地域医療ネット】データセンター移設作業の結果と今後の予定", "utf-8")
m["From"] = Header("県南地域医療ネット運営委員会 事務局", "utf-8").encode() + " <jimukyoku@konan-net.example.jp>"
m["To"] = "members@konan-net.example.jp"
m["Date"] = "Mon, 21 Sep 2026 10:15:00 +0900"
m["Message-ID"] = "<dc-iten-20260921@konan-net.example.jp>"
write("e02_konan_net_result_later_multipart.eml", m)

raw = jis(read("e03_kurashiki_body.txt")).replace("\n", "\r\n").encode("shift_jis")
import base64
subj = base64.b64encode(jis("FW: 【おかやま医療情報ネット】12月の停止日程について（一部中止）").encode("shift_jis")).decode()
frm = base64.b64encode("倉敷市医師会 事務局".encode("shift_jis")).decode()
head = (
    "From: =?Shift_JIS?B?" + frm + "?= <jimu@kurashiki-med.example.jp>\r\n"
    "To: kaiin@kurashiki-med.example.jp\r\n"
    "Subject: =?Shift_JIS?B?" + subj + "?=\r\n"
    "Date: Mon, 30 Nov 2026 09:40:00 +0900\r\n"
    "Message-ID: <fwd-okayama-20261130@kurashiki-med.example.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"Shift_JIS\"\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
)
write("e03_kurashiki_fwd_okayama_chushi_sjis.eml", head.encode("ascii") + raw)

m = MIMEText(read("e04_akatsuki_body.txt"), "plain", b64)
m["Subject"] = Header("【あかつき処方箋クラウド】計画メンテナンスの実施結果と今後の予定", "utf-8")
m["From"] = Header("あかつき処方箋クラウド カスタマーサポート", "utf-8").encode() + " <support@akatsuki-rx.example.jp>"
m["To"] = "users@akatsuki-rx.example.jp"
m["Date"] = "Mon, 8 Feb 2027 14:00:00 +0900"
m["Message-ID"] = "<maint-result-20270208@akatsuki-rx.example.jp>"
write("e04_akatsuki_rx_result_earlier_base64.eml", m)
print("ok")
