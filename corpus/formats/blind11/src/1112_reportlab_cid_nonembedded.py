"""1112: reportlab's built-in Japanese CID fonts (HeiseiMin-W3 / HeiseiKakuGo-W5, encoding
UniJIS-UCS2-H): the fonts are NOT embedded, the text is CIDs under a predefined CMap, as older
producers write it. A reader needs the Adobe-Japan1 CMap data to get the text back."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
c = canvas.Canvas(sys.argv[1], pagesize=A4, invariant=1)
c.setTitle("札医発第88号")
W, Ht = A4
y = Ht - 25 * mm


def line(s, x=25 * mm, font="HeiseiMin-W3", size=10.5, right=False, center=False, step=17):
    global y
    c.setFont(font, size)
    if right:
        c.drawRightString(W - 25 * mm, y, s)
    elif center:
        c.drawCentredString(W / 2, y, s)
    else:
        c.drawString(x, y, s)
    y -= step


line("札医発第８８号", right=True)
line("令和８年５月２８日", right=True)
line("会員各位")
line("一般社団法人 札幌市医師会", right=True)
line("情報システム担当理事　小　林　和　也", right=True, step=30)
line("オンライン資格確認等に係る回線工事及びメンテナンスについて", font="HeiseiKakuGo-W5", size=12.5, center=True, step=28)
for s in [
    "　拝啓　時下ますますご清栄のこととお慶び申し上げます。",
    "　さて、北海道内の医療機関等が利用する回線について、通信事業者による設備工事が行われます。",
    "工事中は、道内の医療機関・薬局でオンライン資格確認及び電子処方箋が利用できません。",
    "　また、国の電子処方箋管理サービスについても、全国一斉のメンテナンスが予定されています。",
    "　なお、前回ご案内した道内の回線工事（５月１６日（土）２３時～翌３時）は、予定どおり終了しました。",
    "　会員の皆様には、停止時間中の資格確認書等による確認の準備をお願いいたします。",
]:
    line(s)
y -= 6
line("記", center=True, step=24)
line("１．回線工事（北海道内のみ）", font="HeiseiKakuGo-W5")
line("　　６月１３日（土）２２時３０分　～　６月１４日（日）４時３０分", x=30 * mm)
line("　　対象：北海道内の全医療機関・薬局（道外の医療機関は影響ありません）", x=30 * mm, step=24)
line("２．電子処方箋管理サービス（全国）", font="HeiseiKakuGo-W5")
line("　　６月２７日（土）正午　～　１８時", x=30 * mm)
line("　　対象：全国", x=30 * mm, step=24)
line("３．お問い合わせ", font="HeiseiKakuGo-W5")
line("　　札幌市医師会 事務局 医療情報課　０１１－６１１－４１８１", x=30 * mm)
line("　　通信事業者の工事案内：https://www.hokkaido-medinet.jp/notice/2026/koji0613.html", x=30 * mm, step=30)
line("以上", right=True)
c.setFont("HeiseiMin-W3", 8)
c.drawCentredString(W / 2, 14 * mm, "札幌市医師会")
c.showPage()
c.save()
