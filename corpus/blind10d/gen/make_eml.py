#!/usr/bin/env python3
"""Build the four .eml cases from the texts in ../src/ with Python's email package.

ISO-2022-JP has no U+FF5E (～) or U+FF0D (－): those bodies are written with them in ../src/
and mapped to U+301C (〜) and U+2212 (−) here, as a JIS mailer would send them.
"""
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
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(m.as_bytes())


# e01: ISO-2022-JP (7bit), subject as encoded words, no letterhead: Date: is the notice's date.
m = MIMEText(jis(read("e01_osaka_kokuhoren_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header(jis("【大阪府国保連】電子請求受付システムの計画停止について（2月）"), "iso-2022-jp")
m["From"] = Header("大阪府国保連 電子請求ヘルプデスク", "iso-2022-jp").encode() + " <noreply-denshi@osaka-kokuho.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Fri, 5 Feb 2027 10:00:00 +0900"
m["Message-ID"] = "<20270205100000.0213@osaka-kokuho.example.jp>"
write("e01_osaka_kokuhoren_iso2022jp_cancel.eml", m)

# e02: multipart/alternative; both parts UTF-8 quoted-printable; only the HTML part has the
# table (and the link); the long href is cut by QP soft line breaks.
qp = Charset("utf-8")
qp.body_encoding = QP
m = MIMEMultipart("alternative", boundary="==hoshizora-20260914-alt==")
m.attach(MIMEText(read("e02_hoshizora_plain.txt"), "plain", qp))
m.attach(MIMEText(read("e02_hoshizora_html.html"), "html", qp))
m["Subject"] = Header("【ほしぞらカルテ】定期メンテナンスの日程と実施状況（9月14日時点）", "utf-8")
m["From"] = Header("ほしぞらメディカル サポートセンター", "utf-8").encode() + " <info@hoshizora-medical.example.jp>"
m["To"] = "customers@hoshizora-medical.example.jp"
m["Date"] = "Mon, 14 Sep 2026 11:20:05 +0900"
m["Message-ID"] = "<maint-20260914@hoshizora-medical.example.jp>"
write("e02_hoshizora_multipart_html_table_qp.eml", m)

# e03: UTF-8 base64; the association's own letterhead opens the body, then a forwarded
# message quoting the older report one level deeper.
b64 = Charset("utf-8")
b64.body_encoding = BASE64
m = MIMEText(read("e03_chiba_forward_body.txt"), "plain", b64)
m["Subject"] = Header("Fwd: 【第2報・復旧】オンライン請求システムの障害について（千葉県医師会）", "utf-8")
m["From"] = Header("千葉県医師会 情報システム委員会", "utf-8").encode() + " <joho@chiba-med.example.jp>"
m["To"] = "members@chiba-med.example.jp"
m["Date"] = "Wed, 9 Dec 2026 10:12:44 +0900"
m["Message-ID"] = "<fwd-20261209-733@chiba-med.example.jp>"
write("e03_chiba_forward_shiharai_incident.eml", m)

# e04: ISO-2022-JP, no letterhead: Date: is the notice's date (the morning after the work).
m = MIMEText(jis(read("e04_saitama_dental_completion_body.txt")), "plain", "iso-2022-jp")
m["Subject"] = Header("【さくらそうネット】システムメンテナンス作業結果のご報告", "iso-2022-jp")
m["From"] = Header("さくらそうネット運用担当", "iso-2022-jp").encode() + " <sakurasou-net@saitama-dent.example.jp>"
m["To"] = "users@saitama-dent.example.jp"
m["Date"] = "Sun, 1 Nov 2026 09:30:00 +0900"
m["Message-ID"] = "<20261101093000.result@saitama-dent.example.jp>"
write("e04_saitama_dental_completion_iso2022jp.eml", m)
print("ok")
