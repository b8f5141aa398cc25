"""802: a schedule sheet as a 国保連合会 keeps it in a spreadsheet: title row merged across the
columns, a merged No./date cell for a date with two stops, cell borders, wrapped cells,
footnote rows. Written as .xlsx with openpyxl, printed to PDF by LibreOffice Calc.
Usage: python3 802_calc_merged_schedule.py OUT.xlsx"""
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

wb = Workbook()
ws = wb.active
ws.title = "停止日程"
G = "IPAexGothic"
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

widths = {"A": 5, "B": 20, "C": 16, "D": 38, "E": 22}
for col, w in widths.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1")
ws["A1"] = "オンライン請求システム　計画停止日程（令和８年４月～９月）"
ws["A1"].font = Font(name=G, size=15, bold=True)
ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[1].height = 30

ws.merge_cells("A2:C2")
ws["A2"] = "大阪府国民健康保険団体連合会　情報管理課"
ws["A2"].font = Font(name=G, size=10)
ws.merge_cells("D2:E2")
ws["D2"] = "作成日：令和8年3月27日"
ws["D2"].font = Font(name=G, size=10)
ws["D2"].alignment = Alignment(horizontal="right")

ws.merge_cells("A3:E3")
ws["A3"] = "対象：大阪府内の保険医療機関・保険薬局（国民健康保険・後期高齢者医療分のオンライン請求）"
ws["A3"].font = Font(name=G, size=10)
ws.row_dimensions[3].height = 20

head = ["No.", "停止日", "停止時間", "停止するサービス", "備考"]
for i, h in enumerate(head):
    c = ws.cell(row=4, column=i + 1, value=h)
    c.font = Font(name=G, size=10, bold=True)
    c.alignment = center
    c.border = box
    c.fill = PatternFill("solid", fgColor="D9E1F2")

rows = [
    # No, date, time, service, note
    ("1", "4月12日（日）", "0:00～6:00", "オンライン請求（請求データの送信・返戻データの取得）", ""),
    ("2", "5月10日（日）", "0:00～8:00", "オンライン請求（全機能）", "ネットワーク機器の更新"),
    (None, None, "2:00～4:00", "電子証明書の発行・更新", "証明書の有効期限にご注意ください"),
    ("3", "6月14日（日）", "終日", "オンライン請求及び電子媒体による請求の受付", "サーバ移設作業"),
    ("4", "7月19日（日）", "1:00～5:00", "返戻・増減点連絡書のダウンロード", ""),
    ("5", "8月8日（土）～8月9日（日）", "22:00～翌6:00", "オンライン請求（全機能）", "OS更新"),
    ("6", "9月13日（日）", "調整中", "オンライン請求（全機能）", "日時が決まり次第お知らせします"),
]
r = 5
for no, date, time, svc, note in rows:
    vals = [no, date, time, svc, note]
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=i + 1, value=v)
        c.font = Font(name=G, size=10)
        c.alignment = center if i in (0, 1, 2) else wrap
        c.border = box
    ws.row_dimensions[r].height = 34
    r += 1
# the date with two stops: No. and date cells merged over two rows
ws.merge_cells("A6:A7")
ws.merge_cells("B6:B7")

r += 1
notes = [
    "※1　請求データの受付期間は毎月1日から10日までです（上記の停止時間を除きます）。",
    "※2　作業の状況により、停止時間が前後する場合があります。",
    "※3　「終日」は0時から24時までです。",
    "問い合わせ先：大阪府国民健康保険団体連合会　情報管理課　電話 06-6949-5309（平日9時～17時15分）",
    "掲載ページ：https://www.osaka-kokuhoren.or.jp/online/teishi.html",
]
for n in notes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    c = ws.cell(row=r, column=1, value=n)
    c.font = Font(name=G, size=9)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 16
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.center.text = "&P / &N"
ws.print_area = f"A1:E{r - 1}"
wb.properties.creator = "jouhou-kanri"
import datetime as _dt
wb.properties.created = _dt.datetime(2026, 3, 27, 9, 0, 0)
wb.properties.modified = _dt.datetime(2026, 3, 27, 9, 0, 0)
wb.save(sys.argv[1])
