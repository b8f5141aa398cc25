"""803: a vendor's customer slide deck (16:9, one window per slide, large type), written as
.pptx with python-pptx and exported to PDF by LibreOffice Impress.
Usage: python3 803_impress_slides.py OUT.pptx"""
import sys
import datetime as _dt

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Pt

FONT = "IPAexGothic"
NAVY = RGBColor(0x12, 0x2B, 0x5C)
prs = Presentation()
prs.slide_width = Emu(12192000)    # 16:9
prs.slide_height = Emu(6858000)
W, H = prs.slide_width, prs.slide_height
blank = prs.slide_layouts[6]


def box(slide, x, y, w, h, lines, size=28, bold=False, color=None, align=PP_ALIGN.LEFT):
    tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        if isinstance(line, tuple):
            text, lsize, lbold = line
        else:
            text, lsize, lbold = line, size, bold
        r = p.add_run()
        r.text = text
        r.font.name = FONT
        r.font.size = Pt(lsize)
        r.font.bold = lbold
        if color is not None:
            r.font.color.rgb = color
        rpr = r._r.get_or_add_rPr()
        ea = rpr.makeelement("{http://schemas.openxmlformats.org/drawingml/2006/main}ea", {"typeface": FONT})
        rpr.append(ea)
    return tb


def band(slide, title, num):
    bar = slide.shapes.add_shape(1, Emu(0), Emu(0), W, Emu(1000000))
    bar.fill.solid()
    bar.fill.fore_color.rgb = NAVY
    bar.line.fill.background()
    box(slide, 500000, 180000, W - 1000000, 700000, [title], size=34, bold=True,
        color=RGBColor(0xFF, 0xFF, 0xFF))
    box(slide, 500000, H - 520000, 7000000, 400000,
        ["© 2026 NorthBridge Medical Co., Ltd."], size=12, color=RGBColor(0x66, 0x66, 0x66))
    box(slide, W - 1500000, H - 520000, 1000000, 400000, [str(num)], size=14,
        color=RGBColor(0x66, 0x66, 0x66), align=PP_ALIGN.RIGHT)


# 1: title
s = prs.slides.add_slide(blank)
box(s, 800000, 1500000, W - 1600000, 2200000,
    [("クラウド型レセコン「ミライレセ」", 30, False), ("計画メンテナンスのご案内", 48, True)],
    color=NAVY, align=PP_ALIGN.CENTER)
box(s, 800000, 4300000, W - 1600000, 1400000,
    [("2026年10月2日", 24, False), ("株式会社ノースブリッジメディカル　カスタマーサポート部", 22, False)],
    align=PP_ALIGN.CENTER)

# 2: first window
s = prs.slides.add_slide(blank)
band(s, "メンテナンス日程（第1回）", 2)
box(s, 700000, 1400000, W - 1400000, 4200000, [
    ("日時", 24, True),
    ("2026年10月17日（土）22:00 ～ 10月18日（日）6:00", 34, True),
    ("内容", 24, True),
    ("クラウド基盤（データベースサーバ）の更新", 28, False),
    ("影響", 24, True),
    ("ミライレセの全機能がご利用いただけません", 28, False),
])

# 3: second window, start + duration
s = prs.slides.add_slide(blank)
band(s, "メンテナンス日程（第2回）", 3)
box(s, 700000, 1400000, W - 1400000, 4200000, [
    ("日時", 24, True),
    ("10月31日（土）20:00 から 約4時間", 34, True),
    ("影響", 24, True),
    ("レセプト作成・点検機能のみ停止します", 28, False),
    ("（受付・会計・予約の各機能はご利用いただけます）", 24, False),
])

# 4: the previous window, done
s = prs.slides.add_slide(blank)
band(s, "前回メンテナンスの実施結果", 4)
box(s, 700000, 1500000, W - 1400000, 3800000, [
    ("9月26日（土）21:00～24:00 に実施した", 30, False),
    ("ネットワーク機器の交換作業は、", 30, False),
    ("予定どおり完了しました。", 30, True),
    ("ご協力ありがとうございました。", 26, False),
])

# 5: requests (negatives)
s = prs.slides.add_slide(blank)
band(s, "お客様へのお願い", 5)
box(s, 700000, 1400000, W - 1400000, 4300000, [
    ("● メンテナンス開始前に、作業中のデータを保存してログアウトしてください", 24, False),
    ("● 月次請求の点検は、10月15日（木）までに済ませておくことをお勧めします", 24, False),
    ("● メンテナンス終了後、最初のログイン時に更新プログラムが適用されます（5分程度）", 24, False),
])

# 6: contacts
s = prs.slides.add_slide(blank)
band(s, "お問い合わせ", 6)
box(s, 700000, 1400000, W - 1400000, 4300000, [
    ("ミライレセ サポートセンター", 28, True),
    ("フリーダイヤル　0120-468-225", 34, True),
    ("受付時間：平日 9:00～18:00／土曜 9:00～12:00（祝日・年末年始を除く）", 22, False),
    ("メール：support@northbridge-med.co.jp", 22, False),
    ("お知らせ掲載ページ：https://support.northbridge-med.co.jp/mirai-rese/news/20261002/", 20, False),
])

prs.core_properties.author = "NorthBridge Medical"
prs.core_properties.title = "ミライレセ 計画メンテナンスのご案内"
prs.core_properties.created = _dt.datetime(2026, 10, 1, 17, 0, 0)
prs.core_properties.modified = _dt.datetime(2026, 10, 2, 9, 30, 0)
prs.core_properties.last_modified_by = "support"
prs.save(sys.argv[1])
