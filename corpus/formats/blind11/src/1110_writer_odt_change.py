"""1110: an OpenDocument text written with odfpy, exported by LibreOffice Writer. A 変更前 /
変更後 table whose cells hold several lines (date on one line, times on the next)."""
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, GraphicProperties, ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="IPAexMincho", fontfamily="IPAexMincho"))
doc.fontfacedecls.addElement(FontFace(name="IPAexGothic", fontfamily="IPAexGothic"))


def pstyle(name, align="start", font="IPAexMincho", size="10.5pt", bold=False, mt="0cm"):
    s = Style(name=name, family="paragraph")
    s.addElement(ParagraphProperties(textalign=align, margintop=mt, marginbottom="0.08cm"))
    kw = dict(fontname=font, fontnameasian=font, fontsize=size, fontsizeasian=size)
    if bold:
        kw.update(fontweight="bold", fontweightasian="bold")
    s.addElement(TextProperties(**kw))
    doc.automaticstyles.addElement(s)
    return s


N = pstyle("N")
R = pstyle("R", "end")
C = pstyle("C", "center")
H = pstyle("H", "center", "IPAexGothic", "12.5pt", True, "0.4cm")
G = pstyle("G", "start", "IPAexGothic", "10.5pt", True, "0.2cm")
TS = pstyle("TS", "start", size="10pt")
ts = Style(name="T", family="table")
ts.addElement(TableProperties(width="16cm", align="center"))
doc.automaticstyles.addElement(ts)
cols = []
for i, w in enumerate(("2.6cm", "6.2cm", "7.2cm")):
    cs = Style(name=f"c{i}", family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
    cols.append(cs)
cell = Style(name="cell", family="table-cell")
cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
doc.automaticstyles.addElement(cell)


def p(text, st=N):
    doc.text.addElement(P(stylename=st, text=text))


p("福医発第２１５号（情報）", R)
p("令和八年三月十九日", R)
p("郡市区医師会長　殿", N)
p("公益社団法人 福岡県医師会", R)
p("常任理事　井　上　健　二", R)
p("電子処方箋管理サービスのメンテナンス日程の変更について", H)
p("　平素より本会事業の推進にご理解とご協力を賜り、厚く御礼申し上げます。", N)
p("　先般お知らせいたしました電子処方箋管理サービスの計画メンテナンスについて、厚生労働省より、"
  "作業内容の見直しにより実施日を変更する旨の連絡がありました。変更前の日程ではメンテナンスは行われず、"
  "通常どおりサービスをご利用いただけます。", N)
p("　また、５月の作業は当初の予定どおり実施されます。貴会会員への周知方よろしくお願い申し上げます。", N)
p("記", C)
p("１．メンテナンス日程", G)
t = Table(name="sched", stylename=ts)
for cs in cols:
    t.addElement(TableColumn(stylename=cs))
rows = [
    (["区分"], ["日時"], ["備考"]),
    (["変更前"], ["4月11日（土）22:00～", "4月12日（日）6:00"], ["この日程では実施しません"]),
    (["変更後"], ["4月25日（土）22:00～", "4月26日（日）6:00"], ["作業内容は変更前と同じ", "（処方・調剤情報の閲覧、", "重複投薬等チェックを含む全機能停止）"]),
    (["変更なし"], ["5月9日（土）", "23:30～", "翌1:30"], ["予定どおり実施", "（リフィル処方箋の一部機能のみ停止）"]),
]
for row in rows:
    tr = TableRow()
    for lines in row:
        tc = TableCell(stylename=cell)
        for s in lines:
            tc.addElement(P(stylename=TS, text=s))
        tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
p("２．停止中の対応", G)
p("　紙の処方箋を発行してください。詳しくは厚生労働省ホームページをご覧ください。", N)
p("　https://www.mhlw.go.jp/stf/denshishohousen.html", N)
p("３．問い合わせ先", G)
p("　電子処方箋サポートセンター　0120-085-160（平日9時～17時）", N)
p("　福岡県医師会 情報システム課　092-431-4564", N)
p("以上", R)
doc.save(sys.argv[1])
