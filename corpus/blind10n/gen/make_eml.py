#!/usr/bin/env python3
"""Build the four .eml cases (batch10n) from the texts in ../src/ with Python's email package
(emlkit.py, copied unchanged from blind10m's gen/ with cp -L, gives read / jis / write).

  e01  ISO-2022-JP, 7bit, one text part; no letterhead: Date: is the notice's date.
  e02  multipart/alternative with a fixed boundary: the text part in UTF-8 quoted-printable,
       the HTML part (a table with a rowspan date cell) in UTF-8 base64; no letterhead: Date:.
  e03  one UTF-8 quoted-printable text part: a 市医師会 letter (its own letterhead, over Date:)
       with the 県医師会 letter pasted below as a "-----添付文書-----" block; a soft break cuts the
       quoted letter's long URL.
  e04  UTF-8 base64, one text part; an incident report (第2報), no letterhead: Date:.
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

m = MIMEText(jis(read("e01_fukuoka_dental_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【福岡県歯科医師会】ふくおか歯科連携ネット サーバ保守による停止のお知らせ（10月・11月）"), "iso-2022-jp")
m["From"] = Header("福岡県歯科医師会 情報システム担当", "iso-2022-jp").encode() + " <johosys@fukuoka-dental.example.jp>"
m["To"] = "kaiin@fukuoka-dental.example.jp"
m["Date"] = "Mon, 5 Oct 2026 10:05:00 +0900"
m["Message-ID"] = "<renkei-net-20261005@fukuoka-dental.example.jp>"
write("e01_fukuoka_dental_shinya_24ji_iso2022jp.eml", m)

m = MIMEMultipart("alternative", boundary="=_minato_eos_20261113_4b1f")
m.attach(MIMEText(read("e02_minato_eos_plain.txt"), "plain", qp))
m.attach(MIMEText(read("e02_minato_eos_html.html"), "html", b64))
m["Subject"] = Header("【みなと薬品】MINATO-EOS 11月21日のサービス停止 一部エリア中止のお知らせ", "utf-8")
m["From"] = Header("みなと薬品 EOSサポートデスク", "utf-8").encode() + " <eos-support@minato-yakuhin.example.jp>"
m["To"] = "customers@minato-yakuhin.example.jp"
m["Date"] = "Fri, 13 Nov 2026 15:30:00 +0900"
m["Message-ID"] = "<eos-20261113-1530@minato-yakuhin.example.jp>"
write("e02_minato_eos_kyushu_chushi_multipart.eml", m)

m = MIMEText(read("e03_takaoka_body.txt"), "plain", qp)
m["Subject"] = Header("【高岡市医師会】たてやま医療連携ネット 第2回作業の実施日（再開）について", "utf-8")
m["From"] = Header("高岡市医師会 事務局", "utf-8").encode() + " <jimu@takaoka-med.example.jp>"
m["To"] = "kaiin@takaoka-med.example.jp"
m["Date"] = "Tue, 22 Dec 2026 09:15:00 +0900"
m["Message-ID"] = "<kouihatsu231-20261222@takaoka-med.example.jp>"
write("e03_takaoka_fwd_toyama_saikai_qp.eml", m)

m = MIMEText(read("e04_hikari_reader_body.txt"), "plain", b64)
m["Subject"] = Header("【第2報】顔認証付きカードリーダーで資格確認ができない事象について", "utf-8")
m["From"] = Header("ひかりメディテック カスタマーサポート", "utf-8").encode() + " <support@hikari-meditec.example.jp>"
m["To"] = "users@hikari-meditec.example.jp"
m["Date"] = "Tue, 12 Jan 2027 12:40:00 +0900"
m["Message-ID"] = "<incident-20270112-2@hikari-meditec.example.jp>"
write("e04_hikari_reader_incident_east_west_base64.eml", m)
print("ok")
