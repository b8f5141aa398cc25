#!/usr/bin/env bash
# Rebuild every case file in ../cases from ../src (the *.expected.yaml answers are hand-written
# and are not touched), read everything back into gen/work/dump/, check the weekdays, and check
# that every answer file parses and scores 1.000 against itself.
#
# Needs (Debian 12): chromium faketime libreoffice-writer/calc/impress (nogui) pango1.0-tools
#   python3-gi python3-gi-cairo python3-cairo poppler-utils poppler-data pandoc
#   fonts-ipaexfont fonts-ipafont; for python3 (PyPI): pikepdf python-docx openpyxl python-pptx
#   odfpy typst pymupdf reportlab pyyaml.
set -euo pipefail
cd "$(dirname "$0")"
export TZ=Asia/Tokyo
export SOURCE_DATE_EPOCH=1767193200   # 2026-01-01 00:00 JST, for tools that honour it
mkdir -p work
export XDG_CACHE_HOME="$PWD/work/xdg-cache"
python3 build_pdf.py            # 1101-1112
python3 build_html.py           # 1113-1118
python3 build_eml.py            # 1119-1124
python3 dump.py >/dev/null      # read everything back into gen/work/dump/
python3 checkdays.py >/dev/null && echo "weekdays: ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 oracle.py {}" | tail -1
