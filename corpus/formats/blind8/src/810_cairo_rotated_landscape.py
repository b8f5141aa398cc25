#!/usr/bin/python3
"""810: a 国保中央会 notice: page 1 a portrait cover letter, page 2 the 別表 in LANDSCAPE the way
print drivers and scanners deliver it: a portrait page whose content is drawn turned by 90
degrees, displayed upright through /Rotate 90 (set by the build, gen/build_pdf.py b810).
Drawn with pycairo's toy text API. Usage: /usr/bin/python3 810_cairo_rotated_landscape.py OUT.pdf"""
import sys

import cairo

W, H = 595.28, 841.89
s = cairo.PDFSurface(sys.argv[1], W, H)
c = cairo.Context(s)
MIN, GOT = "IPAexMincho", "IPAexGothic"


def font(face=MIN, size=10.5):
    c.select_font_face(face)
    c.set_font_size(size)


def at(x, y, t):
    c.move_to(x, y)
    c.show_text(t)


def right(xr, y, t):
    at(xr - c.text_extents(t).x_advance, y, t)


def center(x0, x1, y, t):
    at((x0 + x1 - c.text_extents(t).x_advance) / 2, y, t)


# ------------------------------------------------------------ page 1, portrait
L, R = 72, W - 72
font()
y = 84
right(R, y, "国保中発第３１５号"); y += 16
right(R, y, "令和７年９月１２日"); y += 30
at(L, y, "各国民健康保険団体連合会"); y += 16
at(L, y, "　　理事長　様"); y += 28
right(R, y, "公益社団法人　国民健康保険中央会"); y += 16
right(R, y, "理事長　　前　田　　修"); y += 16
right(R, y, "（公印省略）"); y += 36
font(GOT, 11.5)
center(0, W, y, "オンライン請求ネットワーク（IP-VPN）切替作業の実施日程の一部変更について"); y += 18
center(0, W, y, "（通知）"); y += 30
font()
for line in [
    "　令和７年８月２９日付け国保中発第２８８号にてお知らせした標記作業の実施日程に",
    "ついて、第３回の作業を回線事業者の設備工事の都合により延期し、第７回として実施",
    "することといたしました。変更後の全体の日程は別表のとおりです。",
    "　作業時間中は、対象都道府県の保険医療機関・保険薬局からのオンライン請求（国保",
    "・後期高齢者医療分）の送信ができません。つきましては、貴会管内の保険医療機関等",
    "への周知をお願いいたします。",
]:
    at(L, y, line); y += 18
y += 8
center(0, W, y, "記"); y += 26
for line in [
    "１．変更の内容",
    "　　第３回（令和７年１０月１１日（土））の作業は延期し、第７回として",
    "　　令和７年１０月２５日（土）に実施します。作業時間及び対象都道府県に変更は",
    "　　ありません。",
    "２．全体の日程　別表のとおり",
    "３．問い合わせ先",
    "　　国民健康保険中央会　情報システム部　ネットワーク管理課",
    "　　電話　03-3581-6830（平日9時30分～17時30分）",
]:
    at(L, y, line); y += 18
y += 10
right(R, y, "以上")
font(MIN, 9)
center(0, W, H - 40, "1")
s.show_page()

# ------------------------------------------------------------ page 2, landscape drawn turned
# display coordinates (DX, DY), landscape 841.89 x 595.28, top-left origin, map to the
# portrait page by cx = DY, cy = H - DX (a page shown with /Rotate 90)
c.save()
c.transform(cairo.Matrix(0, -1, 1, 0, 0, H))
LW, LH = H, W
font(GOT, 12)
at(56, 52, "別表　オンライン請求ネットワーク（IP-VPN）切替作業　実施日程（令和７年９月１２日現在）")
cols = [56, 96, 340, 650, LW - 56]
heads = ["回", "実施日時", "対象都道府県", "備考"]
rows = [
    ("1", ["令和7年9月27日（土）23:00～", "9月28日（日）5:00"], ["北海道、青森県、岩手県、宮城県、秋田県、", "山形県、福島県"], [""]),
    ("2", ["令和7年10月4日（土）23:00～", "10月5日（日）5:00"], ["茨城県、栃木県、群馬県、埼玉県、千葉県、", "東京都、神奈川県"], [""]),
    ("3", ["令和7年10月11日（土）23:00～", "10月12日（日）5:00"], ["新潟県、富山県、石川県、福井県、山梨県、", "長野県"], ["延期（第7回に変更）"]),
    ("4", ["令和7年10月18日（土）23:00～", "10月19日（日）5:00"], ["岐阜県、静岡県、愛知県、三重県"], [""]),
    ("5", ["令和7年11月1日（土）23:00～", "11月2日（日）5:00"], ["滋賀県、京都府、大阪府、兵庫県、奈良県、", "和歌山県"], [""]),
    ("6", ["令和7年11月8日（土）23:00～", "11月9日（日）5:00"], ["鳥取県、島根県、岡山県、広島県、山口県、", "徳島県、香川県、愛媛県、高知県、福岡県、", "佐賀県、長崎県、熊本県、大分県、宮崎県、", "鹿児島県、沖縄県"], [""]),
    ("7", ["令和7年10月25日（土）23:00～", "10月26日（日）5:00"], ["新潟県、富山県、石川県、福井県、山梨県、", "長野県"], ["第3回の延期分"]),
]
top = 70
lh = 15
c.set_line_width(0.6)
# header row
y0 = top
y1 = y0 + 22
font(GOT, 10)
for i, h in enumerate(heads):
    center(cols[i], cols[i + 1], y0 + 15, h)
ys = [y0, y1]
font(MIN, 10)
y = y1
for no, when, prefs, note in rows:
    n = max(len(when), len(prefs), len(note))
    hgt = n * lh + 10
    center(cols[0], cols[1], y + 6 + lh * (n / 2) + 3, no)
    for k, t in enumerate(when):
        at(cols[1] + 6, y + 6 + lh * (k + 1) - 3, t)
    for k, t in enumerate(prefs):
        at(cols[2] + 6, y + 6 + lh * (k + 1) - 3, t)
    for k, t in enumerate(note):
        at(cols[3] + 6, y + 6 + lh * (k + 1) - 3, t)
    y += hgt
    ys.append(y)
for yy in ys:
    c.move_to(cols[0], yy)
    c.line_to(cols[-1], yy)
for xx in cols:
    c.move_to(xx, ys[0])
    c.line_to(xx, ys[-1])
c.stroke()
font(MIN, 9.5)
y += 20
at(56, y, "※作業時間中であっても、オンライン資格確認等システムは通常どおり利用できます。"); y += 15
at(56, y, "※作業は回線の切替えを伴うため、作業時間中は対象都道府県からの請求データの送信ができません。"); y += 15
at(56, y, "※作業の進捗により、終了時刻が早まる場合があります（請求受付期間は毎月1日～10日）。")
font(MIN, 9)
center(0, LW, LH - 24, "2")
c.restore()
s.show_page()
s.finish()
