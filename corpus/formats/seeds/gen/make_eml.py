#!/usr/bin/env python3
"""Seed -> an RFC 5322 / MIME message as a mail client writes it.

  000  multipart/mixed: a short ISO-2022-JP cover ("添付の通知をご確認ください") and the
       seed's PDF rendering attached (application/pdf, base64, RFC 2231 file name).
       No Date: header (a message saved from the outbox): the cover letter of 000 has no
       date, and the answer says document.date: null; a Date: header would be taken as
       the notice's date by the rule in DOMAIN.md.
  001  multipart/alternative: text/plain UTF-8 base64 + text/html UTF-8 quoted-printable.
  002  text/plain UTF-8 quoted-printable (soft line breaks cut the long URL and multibyte
       characters).
  003  text/plain ISO-2022-JP 7bit, Subject as ISO-2022-JP B-encoded words, CRLF lines.
  004  text/plain UTF-8 base64.

The text part is the seed with its Markdown undone (seedmd.to_plain): lines kept,
right-aligned lines padded with full-width spaces as people do in plain-text mail.
Message-IDs and boundaries are fixed so that the files are reproducible.
"""
from __future__ import annotations

import argparse
import email.charset
import email.policy
import hashlib
import os
import sys
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr

import html_render
import seedmd

MAILS = {
    "000_80465f3a0b9055d7": dict(
        form="pdf-attached",
        from_=("青葉県医師会 事務局", "jimukyoku@aoba-med.example.jp"),
        to=("会員各位", "members@ml.aoba-med.example.jp"),
        subject="【周知依頼】令和8年5月・6月のオンライン資格確認等システムのメンテナンスに伴う影響について",
        date=None,
        mailer="Microsoft Outlook 16.0",
        cover=(
            "会員各位\n\n"
            "いつも大変お世話になっております。\n"
            "青葉県医師会事務局です。\n\n"
            "日本医師会より、オンライン資格確認等システムのメンテナンスに関する通知が届きました。\n"
            "添付の通知をご確認ください。\n\n"
            "よろしくお願いいたします。\n\n"
            "――――――――――――――――\n"
            "青葉県医師会 事務局 医療DX担当\n"
            "――――――――――――――――\n"
        ),
        attach_name="（周知依頼）令和8年5月・6月のオンライン資格確認等システムのメンテナンスに伴う影響について.pdf",
        linesep="\r\n",
    ),
    "001_782547caf5a8f269": dict(
        form="alternative",
        from_=("みなと市医師会", "info@minato-med.example.jp"),
        to=("みなと市医師会 会員", "kaiin@ml.minato-med.example.jp"),
        subject="【日医通知】2月1日・2日のネットワーク更改に伴うオンライン資格確認等システムへの影響について(周知依頼)",
        date="Thu, 30 Jan 2025 15:42:10 +0900",
        mailer="Mozilla Thunderbird",
        intro="会員各位\n\n日本医師会より下記の通知がありましたのでお知らせいたします。\n\n",
        outro="\n\n-- \nみなと市医師会 事務局\n",
        linesep="\n",
    ),
    "002_1d2f8fff1373c4f6": dict(
        form="qp",
        from_=("東雲県医師会 保険課", "hoken@shinonome-ishikai.example.jp"),
        to=("郡市医師会 ご担当者様", "gunshi@ml.shinonome-ishikai.example.jp"),
        subject="オンライン資格確認等システムのメンテナンスに伴う資格確認端末の再起動等の案内について (周知)",
        date="Thu, 25 Dec 2025 11:05:33 +0900",
        mailer="Microsoft Outlook 16.0",
        intro="郡市医師会 ご担当者様\n\n標記について、日本医師会より以下のとおり通知がありました。\n会員への周知方よろしくお願いいたします。\n\n",
        outro="\n\n東雲県医師会 保険課\n",
        linesep="\r\n",
    ),
    "003_b44a9dc4c443d513": dict(
        form="iso2022jp",
        from_=("那覇市医師会 事務局", "jimu@naha-ishikai.example.jp"),
        to=("施設長 各位", "shisetsu@ml.naha-ishikai.example.jp"),
        subject="【情報提供】オンライン資格確認の災害時、システム障害時等の資格確認方法について",
        date="Tue, 09 May 2023 14:20:00 +0900",
        mailer="Becky! ver. 2.81.04",
        intro="",
        outro="\n\n------------------------------\n那覇市医師会 事務局\n電話 098-868-7579\n------------------------------\n",
        linesep="\r\n",
    ),
    "004_524d5138cef9eabb": dict(
        form="base64",
        from_=("医療保険ニュース編集部", "news@hoken-news.example.jp"),
        to=("購読者各位", "subscribers@ml.hoken-news.example.jp"),
        subject="[医療保険ニュース] 「オンライン資格確認等システムの表示等について（周知依頼）」の一部改正について",
        date="Fri, 09 Jun 2023 17:30:00 +0900",
        mailer="hoken-news mailer 3.2",
        intro="",
        outro="\n\n――\n医療保険ニュース編集部\n配信の停止・アドレスの変更は会員ページから行えます。\n",
        linesep="\n",
    ),
}


def utf8_charset(body_encoding):
    cs = email.charset.Charset("utf-8")
    cs.header_encoding = email.charset.BASE64
    cs.body_encoding = body_encoding
    return cs


def text_part(body: str, form: str):
    if form == "iso2022jp":
        p = MIMENonMultipart("text", "plain")
        p.set_payload(body, "iso-2022-jp")   # 7bit, Content-Transfer-Encoding: 7bit
        return p
    p = MIMENonMultipart("text", "plain")
    p.set_payload(body, utf8_charset(email.charset.QP if form == "qp" else email.charset.BASE64))
    return p


def html_part(doc: seedmd.Doc, intro: str, outro: str):
    art = html_render.article_html(doc, "mail", spacer_html="<p>&nbsp;</p>")

    def lines(t):
        return "".join(f"<div>{html_render.esc(l) or '<br>'}</div>\n" for l in t.strip("\n").split("\n"))

    body = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
</head>
<body>
<div style="font-family: 'MS PGothic', sans-serif; font-size: 10.5pt;">
{lines(intro)}<br>
<div class="notice" style="border-left: 2px solid #ccc; padding-left: 1em;">
{art}
</div>
<br>
{lines(outro)}</div>
</body>
</html>
"""
    p = MIMENonMultipart("text", "html")
    p.set_payload(body, utf8_charset(email.charset.QP))
    return p


def headers(msg, m, name):
    cs = "iso-2022-jp" if m["form"] in ("iso2022jp", "pdf-attached") else "utf-8"
    fn, fa = m["from_"]
    tn, ta = m["to"]
    msg["From"] = f"{Header(fn, cs).encode()} <{fa}>"
    msg["To"] = f"{Header(tn, cs).encode()} <{ta}>"
    msg["Subject"] = Header(m["subject"], cs)
    if m["date"]:
        msg["Date"] = m["date"]
    h = hashlib.sha1(name.encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:16]}.{h[16:24]}@{fa.split('@')[1]}>"
    msg["X-Mailer"] = m["mailer"]


def build(seed: str, pdf: str | None):
    doc = seedmd.parse(seed)
    m = MAILS[doc.name]
    form = m["form"]
    h = hashlib.sha1(doc.name.encode()).hexdigest()
    if form == "pdf-attached":
        if not pdf or not os.path.exists(pdf):
            raise SystemExit(f"{doc.name}: needs the PDF rendering to attach (--pdf)")
        msg = MIMEMultipart("mixed", boundary=f"----=_NextPart_000_{h[:4].upper()}_{h[4:12].upper()}.{h[12:20].upper()}")
        headers(msg, m, doc.name)
        msg.preamble = "This is a multi-part message in MIME format."
        msg.attach(text_part(m["cover"], "iso2022jp"))
        att = MIMEApplication(open(pdf, "rb").read(), "pdf")
        att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", m["attach_name"]))
        att.set_param("name", str(Header(m["attach_name"], "utf-8").encode()))
        msg.attach(att)
    elif form == "alternative":
        body = m["intro"] + seedmd.to_plain(doc) + m["outro"]
        msg = MIMEMultipart("alternative", boundary=f"------------{h[:24]}")
        headers(msg, m, doc.name)
        msg.preamble = "This is a multi-part message in MIME format."
        msg.attach(text_part(body, "base64"))
        msg.attach(html_part(doc, m["intro"], m["outro"]))
    else:
        body = m["intro"] + seedmd.to_plain(doc) + m["outro"]
        msg = text_part(body, form)
        headers(msg, m, doc.name)
    if msg.is_multipart():
        for part in msg.get_payload():
            del part["MIME-Version"]   # clients write it once, at the top
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    policy = email.policy.compat32.clone(linesep=m["linesep"], max_line_length=78)
    return msg.as_bytes(policy=policy)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("out")
    ap.add_argument("--pdf", help="the seed's PDF rendering (for the attachment form)")
    a = ap.parse_args(argv)
    data = build(a.seed, a.pdf)
    open(a.out, "wb").write(data)


if __name__ == "__main__":
    sys.exit(main())
