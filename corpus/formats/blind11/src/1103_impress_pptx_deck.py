"""1103: a vendor's slide deck (python-pptx, 16:9) exported by LibreOffice Impress."""
import sys
from pptx import Presentation
from pptx.util import Pt, Emu
from pptx.dml.color import RGBColor

prs = Presentation()
prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
blank = prs.slide_layouts[6]
F = "IPAexGothic"


def box(slide, x, y, w, h, lines, size=20, bold=False, color=None):
    tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, s in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = s
        r.font.size = Pt(size)
        r.font.name = F
        r.font.bold = bold
        if color:
            r.font.color.rgb = RGBColor(*color)
    return tb


def footer(slide, n):
    box(slide, 400000, 6350000, 8000000, 400000, ["株式会社メディカルブリッジ　カスタマーサポート部　｜　2026.06 配布資料"], 10)
    box(slide, 11000000, 6350000, 900000, 400000, [f"{n} / 4"], 10)


s = prs.slides.add_slide(blank)
box(s, 600000, 1800000, 11000000, 1400000, ["レセプトコンピュータ「MB-Rece Cloud」", "定期メンテナンスのご案内"], 36, True, (0x1F, 0x3A, 0x6E))
box(s, 600000, 3800000, 11000000, 1200000, ["2026年6月22日", "株式会社メディカルブリッジ"], 20)
footer(s, 1)

s = prs.slides.add_slide(blank)
box(s, 600000, 400000, 11000000, 800000, ["① クラウド基盤の定期メンテナンス"], 30, True, (0x1F, 0x3A, 0x6E))
box(s, 900000, 1500000, 10400000, 4500000, [
    "日時：7月4日（土）21時 ～ 翌5日（日）6時",
    "内容：サーバー機器のファームウェア更新",
    "影響：この間、MB-Rece Cloud の全機能（受付・会計・レセプト作成・オンライン請求連携）がご利用いただけません。",
    "※ 院内の紙運用への切替手順は、別途お送りしている「停止時運用マニュアル」をご参照ください。",
], 22)
footer(s, 2)

s = prs.slides.add_slide(blank)
box(s, 600000, 400000, 11000000, 800000, ["② 電子処方箋・オンライン資格確認 連携機能"], 30, True, (0x1F, 0x3A, 0x6E))
box(s, 900000, 1500000, 10400000, 4500000, [
    "日時：7月11日（土）22:30 ～ 23:30",
    "内容：連携モジュールのバージョンアップ（v4.2 → v4.3）",
    "影響：資格確認結果の取込み、電子処方箋の送信のみ停止します。受付・会計など他の機能は通常どおりご利用いただけます。",
], 22)
footer(s, 3)

s = prs.slides.add_slide(blank)
box(s, 600000, 400000, 11000000, 800000, ["お問い合わせ"], 30, True, (0x1F, 0x3A, 0x6E))
box(s, 900000, 1500000, 10400000, 4500000, [
    "MB-Rece サポートセンター",
    "フリーダイヤル　0120-489-315",
    "受付時間　平日 9:00～18:00 ／ 土曜 9:00～12:00",
    "お知らせ一覧：https://support.medicalbridge-rece.jp/information/maintenance/2026-07-cloud.html",
], 22)
footer(s, 4)
prs.save(sys.argv[1])
