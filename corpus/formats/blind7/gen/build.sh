#!/usr/bin/env bash
# Rebuild every case file in ../cases from ../src (the *.expected.yaml answers are hand-written
# and are not touched). Needs: Python 3.11 with reportlab, fpdf2, python-docx, weasyprint,
# pikepdf; LibreOffice (soffice), wkhtmltopdf, Ghostscript, poppler-utils (for dump.py),
# pandoc (for dump.py), fonts-ipaexfont.
# Reproducible: fixed document dates, deterministic PDF /IDs (pikepdf), fixed Message-IDs and
# MIME boundaries. LibreOffice and wkhtmltopdf outputs are byte-stable for a given version.
set -euo pipefail
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=1767193200   # 2026-01-01 00:00 JST, for tools that honour it
export TZ=Asia/Tokyo
python3 build_pdf.py            # 701-711 and the PDF attached to mail 746 (gen/work/)
python3 build_html.py           # 720-728 (Shift_JIS / EUC-JP / UTF-8)
python3 build_eml.py            # 740-749 (746 embeds gen/work/746_attachment.pdf)
python3 dump.py >/dev/null      # read everything back into gen/work/dump/ for checking
python3 checkdays.py            # every written weekday agrees with its date
