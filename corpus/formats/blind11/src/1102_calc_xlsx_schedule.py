"""1102: a schedule sheet written with openpyxl and exported by LibreOffice Calc. Narrow
wrapped columns: the area column carries whole prefecture lists cut over many lines."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

wb = Workbook()
ws = wb.active
ws.title = "作業予定"
F = "IPAexGothic"
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
for col, w in zip("ABCDEF", (5, 15, 13, 22, 9, 30)):
    ws.column_dimensions[col].width = w

ws["A1"] = "社会保険診療報酬支払基金　システム作業予定一覧（令和８年４月～５月）"
ws["A1"].font = Font(name=F, size=13, bold=True)
ws.merge_cells("A1:F1")
ws["A2"] = "作成日：2026年4月3日"
ws["A2"].font = Font(name=F, size=9)
ws.merge_cells("A2:F2")
ws["A2"].alignment = Alignment(horizontal="right")
ws["A3"] = ("下表の時間帯は、各システムがご利用いただけません。状況欄が「中止」の行は実施しません。"
            "「振替」の行は中止分の代わりに実施するものです。")
ws["A3"].font = Font(name=F, size=9)
ws["A3"].alignment = wrap
ws.merge_cells("A3:F3")
ws.row_dimensions[3].height = 28

head = ["No.", "実施日", "時間帯", "対象サービス", "状況", "対象地域"]
EAST = "東日本（北海道、青森県、岩手県、宮城県、秋田県、山形県、福島県、茨城県、栃木県、群馬県、埼玉県、千葉県、東京都、神奈川県、新潟県、山梨県、長野県）"
WEST = ("西日本（富山県、石川県、福井県、岐阜県、静岡県、愛知県、三重県、滋賀県、京都府、大阪府、兵庫県、奈良県、"
        "和歌山県、鳥取県、島根県、岡山県、広島県、山口県、徳島県、香川県、愛媛県、高知県、福岡県、佐賀県、長崎県、"
        "熊本県、大分県、宮崎県、鹿児島県、沖縄県）")
rows = [
    ["1", "2026年4月18日(土)", "22:00～翌6:00", "レセプトオンライン請求システム", "予定", "全国"],
    ["2", "4月19日(日)", "2:00～3:00", "オンライン資格確認等システム", "中止", EAST],
    ["3", "5月16日(土)", "23:00～翌5:00", "オンライン資格確認等システム（No.2の振替）", "振替", "No.2と同じ（東日本）"],
    ["4", "5月24日(日)", "終日", "マイナポータル（医療費通知情報の閲覧）", "予定", "全国"],
    ["5", "5月30日(土)", "21:00～24:00", "オンライン資格確認等システム", "予定", WEST],
]
r0 = 5
for j, h in enumerate(head):
    c = ws.cell(row=r0, column=j + 1, value=h)
    c.font = Font(name=F, size=10, bold=True)
    c.border = box
    c.fill = PatternFill("solid", fgColor="D9D9D9")
    c.alignment = Alignment(horizontal="center")
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = ws.cell(row=r0 + 1 + i, column=j + 1, value=v)
        c.font = Font(name=F, size=10)
        c.border = box
        c.alignment = wrap
    ws.row_dimensions[r0 + 1 + i].height = {1: 100, 4: 150}.get(i, 30)
n = r0 + len(rows) + 2
notes = [
    "※1 「翌」は実施日の翌日を示します。「24:00」は実施日の深夜24時です。",
    "※2 「終日」は当日0時から24時までです。",
    "※3 作業が早く終了した場合でも、時間帯内はサービスを再開しない場合があります。",
    "【問合せ先】支払基金 オンライン請求ヘルプデスク　0120-60-6153（平日9:00～17:00）",
    "詳細：https://www.ssk.or.jp/seikyushiharai/online/maintenance.html",
]
for k, s in enumerate(notes):
    c = ws.cell(row=n + k, column=1, value=s)
    c.font = Font(name=F, size=9)
    ws.merge_cells(start_row=n + k, start_column=1, end_row=n + k, end_column=6)
wb.save(sys.argv[1])
