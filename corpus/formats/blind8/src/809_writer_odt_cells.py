"""809: a 長崎県医師会 letter written as OpenDocument text with odfpy and printed to PDF by
LibreOffice Writer. The schedule table holds SEVERAL LINES PER CELL: three dates, one per
paragraph, in the first cell and their three times, line by line, in the next; the 別紙 puts
the long list of prefectures into a narrow cell so that it wraps over many lines.
Usage: python3 809_writer_odt_cells.py OUT.odt"""
import sys

from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, GraphicProperties, MasterPage, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                       TableProperties, TextProperties, Footer)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P, PageNumber, Span

doc = OpenDocumentText()
for name in ("IPAexMincho", "IPAexGothic"):
    doc.fontfacedecls.addElement(FontFace(name=name, fontfamily=name, fontfamilygeneric="roman"))

pl = PageLayout(name="A4")
pl.addElement(PageLayoutProperties(pagewidth="210mm", pageheight="297mm", margintop="20mm",
                                   marginbottom="15mm", marginleft="22mm", marginright="22mm",
                                   printorientation="portrait"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
foot = Footer()
fp = P(stylename="Foot")
fp.addText("－")
fp.addElement(PageNumber(selectpage="current"))
fp.addText("－")
foot.addElement(fp)
mp.addElement(foot)
doc.masterstyles.addElement(mp)


def pstyle(name, align="start", size="10.5pt", font="IPAexMincho", bold=False, indent=None,
           margin_left=None, space_after="0mm", family="paragraph", auto=False, breakbefore=None):
    st = Style(name=name, family=family)
    kw = dict(textalign=align, marginbottom=space_after)
    if indent:
        kw["textindent"] = indent
    if margin_left:
        kw["marginleft"] = margin_left
    if breakbefore:
        kw["breakbefore"] = breakbefore
    st.addElement(ParagraphProperties(**kw))
    st.addElement(TextProperties(fontsize=size, fontname=font, fontnameasian=font,
                                 fontsizeasian=size, fontweight="bold" if bold else "normal",
                                 fontweightasian="bold" if bold else "normal"))
    (doc.automaticstyles if auto else doc.styles).addElement(st)
    return st


S = {
    "Body": pstyle("Body", indent="10.5pt"),
    "Left": pstyle("Left"),
    "Right": pstyle("Right", align="end"),
    "Center": pstyle("Center", align="center"),
    "Title": pstyle("Title", align="center", size="12.5pt", font="IPAexGothic", bold=True,
                    space_after="4mm"),
    "Head": pstyle("Head", font="IPAexGothic", bold=True),
    "Ind": pstyle("Ind", margin_left="10.5pt"),
    "Note": pstyle("Note", size="9.5pt", margin_left="21pt", indent="-10.5pt"),
    "Cell": pstyle("Cell", size="10pt"),
    "CellC": pstyle("CellC", size="10pt", align="center"),
    "CellH": pstyle("CellH", size="10pt", align="center", font="IPAexGothic", bold=True),
    "Foot": pstyle("Foot", align="center", size="9pt"),
    "NewPage": pstyle("NewPage", breakbefore="page", auto=True),
}
cellst = Style(name="CellBox", family="table-cell")
cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="1.2mm",
                                      verticalalign="middle"))
doc.automaticstyles.addElement(cellst)


def para(style, text):
    p = P(stylename=S[style])
    p.addText(text)
    doc.text.addElement(p)


def table(name, widths, rows, header_rows=1):
    ts = Style(name=name, family="table")
    ts.addElement(TableProperties(width=f"{sum(widths)}mm", align="center"))
    doc.automaticstyles.addElement(ts)
    t = Table(name=name, stylename=ts)
    for i, w in enumerate(widths):
        cs = Style(name=f"{name}.C{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=f"{w}mm"))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    for ri, row in enumerate(rows):
        tr = TableRow()
        for cell in row:
            tc = TableCell(stylename=cellst, valuetype="string")
            for line in (cell if isinstance(cell, list) else [cell]):
                p = P(stylename=S["CellH"] if ri < header_rows else S["Cell"])
                p.addText(line)
                tc.addElement(p)
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


para("Right", "長医発第９０５号")
para("Right", "令和８年１０月１６日")
para("Left", "")
para("Left", "郡市医師会長　殿")
para("Left", "会員各位")
para("Left", "")
para("Right", "一般社団法人　長崎県医師会")
para("Right", "会長　　松　尾　信　之")
para("Right", "（公印省略）")
para("Left", "")
para("Title", "オンライン資格確認等システムのネットワーク機器更改に伴う通信断について（周知）")
para("Body", "平素より本会の事業運営にご協力を賜り、厚く御礼申し上げます。")
para("Body", "このたび、厚生労働省保険局医療介護連携政策課より、オンライン資格確認等システムのネットワーク機器の更改作業に伴い、下記の日時に通信断が生じる旨の周知依頼がありました（別添事務連絡参照）。作業時間帯のうち、実際に通信が途切れるのは各回数分程度の見込みです。")
para("Body", "つきましては、貴会会員へのご周知方よろしくお願い申し上げます。")
para("Center", "記")
para("Head", "１．作業日時及び対象エリア")
table("Sched", [52, 44, 60], [
    ["作業日", "作業時間", "対象エリア"],
    [["令和8年11月7日（土）", "令和8年11月14日（土）", "令和8年11月21日（土）"],
     ["23:00～翌4:00", "23:00～翌4:00", "1:00～5:00"],
     "九州・沖縄エリア（※）"],
    ["令和8年12月5日（土）", "0:00～6:00", "別紙に掲げる都府県"],
])
para("Note", "※九州・沖縄エリア：福岡県、佐賀県、長崎県、熊本県、大分県、宮崎県、鹿児島県、沖縄県")
para("Note", "※各作業日の翌朝（作業終了時刻以降）は、通常どおりご利用いただけます。")
para("Left", "")
para("Head", "２．作業中の対応")
para("Body", "通信断の影響でオンライン資格確認が行えなかった場合は、医療機関等向け総合ポータルサイトの次の記事に沿ってご対応ください。")
para("Ind", "https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sysparm_article=KB0014230")
para("Left", "")
para("Head", "３．問い合わせ先")
para("Ind", "オンライン資格確認等コールセンター　0800-080-4583（通話無料）")
para("Ind", "月曜日～金曜日（祝日を除く）8:00～18:00、土曜日（祝日を除く）8:00～16:00")
para("Ind", "長崎県医師会　業務第一課　電話 095-844-1119")
para("Right", "以上")

p = P(stylename=S["NewPage"])
p.addText("別紙")
doc.text.addElement(p)
para("Title", "令和8年12月5日（土）の作業の対象都府県")
table("Pref", [30, 46], [
    ["作業日", "対象都府県"],
    ["令和8年12月5日（土）\n0:00～6:00".split("\n"),
     "新潟県、富山県、石川県、福井県、山梨県、長野県、岐阜県、静岡県、愛知県、三重県、滋賀県、京都府、大阪府、兵庫県、奈良県、和歌山県、鳥取県、島根県、岡山県、広島県、山口県、徳島県、香川県、愛媛県、高知県"],
])
para("Left", "")
para("Note", "※上記以外の地域（北海道・東北・関東及び九州・沖縄の各エリア）の医療機関・薬局は、12月5日（土）の作業の影響を受けません。")

p = P(stylename=S["NewPage"])
p.addText("【別添】")
doc.text.addElement(p)
para("Right", "事務連絡")
para("Right", "令和8年10月15日")
para("Left", "公益社団法人　日本医師会　御中")
para("Right", "厚生労働省保険局医療介護連携政策課")
para("Left", "")
para("Title", "ネットワーク機器の更改作業に伴うオンライン資格確認等システムの通信断について（周知依頼）")
para("Body", "オンライン資格確認等システムのネットワーク機器の更改作業を、下記のとおり実施します。作業中は数分程度の通信断が生じますので、会員の皆様への周知にご協力をお願いします。")
para("Center", "記")
para("Ind", "（１）令和8年11月7日（土）及び14日（土）の各日23時から翌日4時まで（九州・沖縄エリア）")
para("Ind", "（２）令和8年11月21日（土）1時から5時まで（九州・沖縄エリア）")
para("Ind", "（３）令和8年12月5日（土）0時から6時まで（新潟県から高知県までの25都府県）")
para("Right", "以上")

doc.save(sys.argv[1])
