#!/usr/bin/python3
"""807: an MHLW 事務連絡 drawn line by line with cairo's toy text API (pycairo, PDF surface):
every line is placed at absolute coordinates and the schedule is a table WITHOUT ruling lines:
its columns are only x positions (tab stops). Usage: /usr/bin/python3 807_cairo_tabstops.py OUT.pdf"""
import sys

import cairo

W, H = 595.28, 841.89
s = cairo.PDFSurface(sys.argv[1], W, H)
s.set_metadata(cairo.PDF_METADATA_TITLE, "電子カルテ情報共有サービスの計画停止等について")
c = cairo.Context(s)
MIN, GOT = "IPAexMincho", "IPAexGothic"


def font(face=MIN, size=10.5, bold=False):
    c.select_font_face(face, cairo.FONT_SLANT_NORMAL,
                       cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
    c.set_font_size(size)


def at(x, y, text):
    c.move_to(x, y)
    c.show_text(text)


def right(xr, y, text):
    ext = c.text_extents(text)
    at(xr - ext.x_advance, y, text)


def center(y, text):
    ext = c.text_extents(text)
    at((W - ext.x_advance) / 2, y, text)


L, R = 72, W - 72
font()
y = 80
right(R, y, "事　務　連　絡"); y += 16
right(R, y, "令和９年２月１９日"); y += 30
at(L, y, "公益社団法人　日本医師会"); y += 16
at(L, y, "公益社団法人　日本歯科医師会　　御中"); y += 16
at(L, y, "公益社団法人　日本薬剤師会"); y += 28
right(R, y, "厚生労働省医政局"); y += 16
right(R, y, "特定医薬品開発支援・医療情報担当参事官室"); y += 36
font(GOT, 12)
center(y, "電子カルテ情報共有サービスの計画停止等について（周知依頼）"); y += 30
font()
body = [
    "　日頃より、医療DXの推進にご協力いただき、厚く御礼申し上げます。",
    "　電子カルテ情報共有サービスについて、令和９年３月の計画停止等の予定を下表のと",
    "おりお知らせします。あわせて、２月に実施した定期保守の結果をお知らせします。",
    "　停止中は、診療情報提供書等の送受信及び電子カルテ情報の閲覧ができません。貴会",
    "におかれましては、会員の皆様への周知にご協力いただきますようお願い申し上げます。",
]
for line in body:
    at(L, y, line); y += 17
y += 8
center(y, "記"); y += 26

font(GOT, 10.5)
at(L, y, "１．計画停止等の予定（いずれも全国）"); y += 22
# the table: column x positions only, no rules
X = [L + 6, L + 60, L + 290, L + 380]
font(GOT, 9.5)
for x, h in zip(X, ["区分", "停止日時", "停止範囲", "状況"]):
    at(x, y, h)
y += 18
font(MIN, 9.5)
rows = [
    ("定期保守", "令和9年2月13日（土）22:00～2月14日（日）5:00", "全機能", "実施済み"),
    ("定期保守", "令和9年3月6日（土）22:00～3月7日（日）5:00", "全機能", "予定"),
    ("臨時保守", "令和9年3月13日（土）1:00～4:00", "文書の送信・閲覧", "中止"),
    ("定期保守", "令和9年3月20日（土）22:00～翌6:00", "全機能", "予定"),
]
for row in rows:
    for x, v in zip(X, row):
        at(x, y, v)
    y += 17
y += 10
font()
notes = [
    "（１）２月１３日（土）から１４日（日）にかけて実施した定期保守は、予定どおり完了し",
    "　　　ました。",
    "（２）３月１３日（土）の臨時保守は、不具合の修正を３月６日（土）の定期保守で併せて",
    "　　　行うこととしたため、中止します。",
    "（３）３月２０日（土）の定期保守の終了時刻は、作業の進捗により早まることがあります。",
]
for line in notes:
    at(L, y, line); y += 17
y += 12
font(GOT, 10.5)
at(L, y, "２．問い合わせ先"); y += 20
font()
at(L + 12, y, "電子カルテ情報共有サービス　ヘルプデスク"); y += 17
at(L + 12, y, "電話　0120-585-113（平日8:00～20:00、土曜8:00～17:00）"); y += 17
at(L + 12, y, "（参考）厚生労働省ウェブサイト「電子カルテ情報共有サービス」"); y += 17
at(L + 12, y, "https://www.mhlw.go.jp/stf/newpage_70215.html"); y += 30
right(R, y, "以上")
s.finish()
