#!/usr/bin/env python3
"""Build the two .eml cases from the texts in ../src/ with Python's email package."""
import os
from email.message import EmailMessage
from email.policy import SMTP
from email.header import Header
from email.mime.text import MIMEText
from email.charset import Charset, QP
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src")
OUT = os.path.join(HERE, "..", "cases")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


# e01: ISO-2022-JP (7bit), subject as encoded word, no date in the body: the Date: header is
# the notice's date.
body = read("e01_kokuhochuo_mailmag_body.txt")
m = MIMEText(body, "plain", "iso-2022-jp")
m["Subject"] = Header("【国保中央会メールマガジン】No.42 電子請求受付システムの計画停止（12月）について", "iso-2022-jp")
m["From"] = Header("国保中央会 電子請求ヘルプデスク", "iso-2022-jp").encode() + " <mailmag@kokuho.example.jp>"
m["To"] = "undisclosed-recipients:;"
m["Date"] = "Wed, 25 Nov 2026 10:15:00 +0900"
m["Message-ID"] = "<20261125101500.42@kokuho.example.jp>"
with open(os.path.join(OUT, "e01_kokuhochuo_mailmag_iso2022jp.eml"), "wb") as f:
    f.write(m.as_bytes())

# e02: UTF-8 quoted-printable; soft line breaks cut the long portal URL and multibyte text.
body = read("e02_vendor_incident_reports_body.txt")
cs = Charset("utf-8")
cs.body_encoding = QP
m = MIMEText(body, "plain", cs)
m["Subject"] = Header("【障害報告・第2報】電子処方箋連携機能の障害について（復旧済み）", "utf-8")
m["From"] = Header("ソラメディカル株式会社 サポートセンター", "utf-8").encode() + " <support@soramed.example.jp>"
m["To"] = "customers@soramed.example.jp"
m["Date"] = "Tue, 17 Nov 2026 18:42:10 +0900"
m["Message-ID"] = "<incident-20261117-2@soramed.example.jp>"
with open(os.path.join(OUT, "e02_vendor_incident_reports_utf8qp.eml"), "wb") as f:
    f.write(m.as_bytes())
print("ok")
