"""1106: reportlab (platypus) with the IPAex TrueType fonts: a cover letter of 大阪府医師会 on
page 1, then the 厚生労働省 事務連絡 (別添) on pages 2-3, footnotes (※) at the foot of page 2,
a running footer "大阪府医師会 会員専用" with the page number on every page."""
import sys
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

pdfmetrics.registerFont(TTFont("Min", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"))
pdfmetrics.registerFont(TTFont("Goth", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
N = ParagraphStyle("n", fontName="Min", fontSize=10.5, leading=18, wordWrap="CJK")
B = ParagraphStyle("b", parent=N, firstLineIndent=10.5)
R = ParagraphStyle("r", parent=N, alignment=TA_RIGHT)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER)
H = ParagraphStyle("h", parent=N, fontName="Goth", fontSize=12.5, leading=20, alignment=TA_CENTER, spaceBefore=8, spaceAfter=10)
I = ParagraphStyle("i", parent=N, leftIndent=21, firstLineIndent=-10.5)
F = ParagraphStyle("f", parent=N, fontSize=8.5, leading=12, leftIndent=17, firstLineIndent=-17)


def foot(canvas, doc):
    canvas.saveState()
    canvas.setFont("Goth", 8)
    canvas.drawString(20 * mm, 12 * mm, "大阪府医師会　会員専用　（令和8年12月1日 会員ページ掲載）")
    canvas.setFont("Min", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"{doc.page}")
    canvas.restoreState()


def fn(canvas, doc):
    foot(canvas, doc)
    if doc.page == 2:
        canvas.saveState()
        canvas.line(20 * mm, 40 * mm, 70 * mm, 36 * mm)
        t = canvas.beginText(20 * mm, 35 * mm)
        t.setFont("Min", 8.5)
        t.setLeading(12)
        t.textLine("※1　作業の状況により、終了時刻が早まる又は遅れる場合があります。")
        t.textLine("　　 遅れる場合はポータルサイトでお知らせします。")
        t.textLine("※2　作業中にオンライン資格確認を行おうとした場合、「システムメンテナンス中」と表示されます。")
        canvas.drawText(t)
        canvas.restoreState()


story = [
    Paragraph("大医発第１３８８号", R), Paragraph("令和８年１１月２６日", R), Spacer(1, 6),
    Paragraph("地区医師会長　殿", N), Spacer(1, 6),
    Paragraph("一般社団法人　大阪府医師会", R), Paragraph("会長　中　村　正　人", R), Spacer(1, 8),
    Paragraph("オンライン資格確認等システム及び電子処方箋管理サービスの<br/>定期メンテナンスに伴うサービス停止について", H),
    Paragraph("時下、先生方におかれましてはますますご健勝のこととお慶び申し上げます。", B),
    Paragraph("今般、厚生労働省より、年末の定期メンテナンスに伴い、令和８年１２月１２日（土）２２時から翌１３日（日）５時まで、"
              "オンライン資格確認等システムが全国で停止する旨、別添のとおり事務連絡がありました。"
              "あわせて、電子処方箋管理サービスも別の日に停止いたします。", B),
    Paragraph("停止中は資格確認書や処方箋の紙での運用となりますので、貴会会員への周知方ご高配のほどよろしくお願い申し上げます。", B),
    Spacer(1, 10),
    Paragraph("（担当）大阪府医師会 情報企画課　TEL 06-6763-7150", R),
    PageBreak(),
    Paragraph("別添", R),
    Paragraph("事　務　連　絡", R), Paragraph("令和８年１１月２０日", R), Spacer(1, 4),
    Paragraph("都道府県医師会　御中", N), Spacer(1, 4),
    Paragraph("厚生労働省保険局医療介護連携政策課", R), Spacer(1, 4),
    Paragraph("オンライン資格確認等システム等の定期メンテナンスについて", H),
    Paragraph("平素より、医療DXの推進にご協力いただき、誠にありがとうございます。", B),
    Paragraph("標記について、下記の日程でシステムの定期メンテナンスを実施いたしますので、貴会会員に対して周知いただきますよう、お願いいたします。", B),
    Spacer(1, 6), Paragraph("記", C), Spacer(1, 6),
    Paragraph("１．実施日時（※1）", N),
]
tbl = Table([
    ["対象システム", "停止日時", "範囲"],
    [Paragraph("(1) オンライン資格確認等システム", N), Paragraph("2026年12月12日(土) 22:00<br/>～12月13日(日) 5:00", N), "全国"],
    [Paragraph("(2) 電子処方箋管理サービス", N), Paragraph("2026年12月20日(日) 0:00<br/>～ 6:00", N), "全国"],
], colWidths=[62 * mm, 62 * mm, 26 * mm])
tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Min", 10.5), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), "#dddddd")]))
story += [tbl, Spacer(1, 8),
          Paragraph("２．影響（※2）", N),
          Paragraph("・停止中は、マイナ保険証によるオンライン資格確認、薬剤情報等の閲覧ができません。", I),
          Paragraph("・(2)の停止中は、電子処方箋の登録・取得、重複投薬等チェックができません。", I),
          Paragraph("・レセプトのオンライン請求は、(1)(2)の間も通常どおりご利用いただけます。", I),
          PageBreak(),
          Paragraph("３．停止中の資格確認の方法", N),
          Paragraph("・資格確認書又はマイナポータルの資格情報画面により確認してください。", I),
          Paragraph("・詳しくは医療機関等向け総合ポータルサイトの次のページをご覧ください。", I),
          Paragraph("https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&amp;sysparm_article=KB0013021", I),
          Spacer(1, 8),
          Paragraph("４．問合せ先", N),
          Paragraph("医療機関等向けトータルサポートセンター　0800-080-4583", I),
          Paragraph("（月曜日～金曜日 8:00～21:00、土曜日 8:00～16:00　祝日を除く）", I),
          Spacer(1, 8), Paragraph("以上", R)]
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                        bottomMargin=40 * mm, title="大医発第1388号", author="大阪府医師会", invariant=1)
doc.build(story, onFirstPage=fn, onLaterPages=fn)
