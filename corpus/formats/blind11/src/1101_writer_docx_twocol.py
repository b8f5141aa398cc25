"""1101: a .docx (python-docx) converted by LibreOffice Writer. The body of the notice sits in
the left cell of a borderless two-column table; the right cell is a shaded contact box."""
import sys
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin = sec.bottom_margin = Mm(18)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(container, text, align=None, bold=False, size=None, space=2):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(space)
    return p


para(doc, "岩医発第５１２号", "r")
para(doc, "令和８年２月１６日", "r")
para(doc, "郡市医師会長　殿")
para(doc, "会員各位", space=6)
para(doc, "一般社団法人岩手県医師会", "r")
para(doc, "会長　髙　橋　　誠　（公印省略）", "r", space=10)
para(doc, "オンライン資格確認等システム及び電子処方箋管理サービスの", "c", bold=True, size=12, space=0)
para(doc, "計画停止について（お知らせ）", "c", bold=True, size=12, space=10)

t = doc.add_table(rows=1, cols=2)
t.autofit = False
left, right = t.rows[0].cells
left.width, right.width = Mm(112), Mm(56)
for c, w in ((left, 112), (right, 56)):
    tcPr = c._tc.get_or_add_tcPr()
    tcw = OxmlElement("w:tcW"); tcw.set(qn("w:w"), str(int(w * 56.7))); tcw.set(qn("w:type"), "dxa")
    tcPr.append(tcw)
# shade and border the right cell only
tcPr = right._tc.get_or_add_tcPr()
shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "EDEDED"); tcPr.append(shd)
b = OxmlElement("w:tcBorders")
for side in ("top", "left", "bottom", "right"):
    e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "000000")
    b.append(e)
tcPr.append(b)

left.paragraphs[0].text = ("　時下ますますご清祥のこととお慶び申し上げます。")
for s in [
    "　さて、このたび社会保険診療報酬支払基金より、標記システムの定期保守に伴い、下記の日時にサービスを一時停止する旨の連絡がありました。",
    "　停止時間中は、マイナ保険証によるオンライン資格確認及び電子処方箋の発行・調剤結果の登録が行えませんので、あらかじめ資格確認書等による確認の準備をお願いいたします。",
    "　つきましては、貴会会員へのご周知方よろしくお願い申し上げます。",
]:
    para(left, s)
para(left, "記", "c", space=4)
para(left, "１　オンライン資格確認等システム")
para(left, "　　停止日時　２０２６年３月８日（日）１：００～６：００")
para(left, "　　対象地域　全国")
para(left, "２　電子処方箋管理サービス")
para(left, "　　停止日時　２０２６年３月１５日（日）０：００～４：３０")
para(left, "　　対象地域　全国")
para(left, "※ 停止時間は作業の進捗により前後する場合があります。終了が早まった場合も、上記時間帯はご利用をお控えください。")
para(left, "以上", "r")

right.paragraphs[0].text = "【お問い合わせ先】"
for s in [
    "■システムの操作・障害について",
    "医療機関等向けトータルサポートセンター",
    "電話　０８００－０８０－４５８３",
    "月～金 8:00～21:00",
    "土 8:00～16:00",
    "（日・祝日、年末年始を除く）",
    "",
    "■本通知について",
    "岩手県医師会　事務局　業務課",
    "TEL 019-651-1455",
    "FAX 019-651-1460",
    "",
    "■詳細（ポータルサイト）",
    "https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0012480",
]:
    para(right, s, size=9, space=0)

doc.save(sys.argv[1])
