#!/usr/bin/env bash
# Rebuild every case file in ../cases from ../src (the *.expected.yaml answers are hand-written
# and are not touched), read everything back into gen/work/dump/, check the weekdays, and check
# that every answer file parses and scores 1.000 against itself.
#
# Needs (Debian 12 packages): chromium chromium-l10n faketime libreoffice-writer-nogui
#   libreoffice-calc-nogui libreoffice-impress-nogui pango1.0-tools python3-gi python3-gi-cairo
#   python3-cairo qpdf poppler-utils pandoc fonts-ipaexfont fonts-ipafont;
# from PyPI (for python3): pikepdf openpyxl python-pptx odfpy typst pymupdf pyyaml.
#
# Reproducible: faked clocks for Chromium (the header shows the print time), fixed Info dates,
# no XMP, deterministic /IDs and font-subset tags (fixpdf.py), fixed boundaries and ids in the
# mails. Two runs give byte-identical cases with the versions listed in ../README.md.
set -euo pipefail
cd "$(dirname "$0")"
export TZ=Asia/Tokyo
export SOURCE_DATE_EPOCH=1767193200   # 2026-01-01 00:00 JST, for tools that honour it
mkdir -p work
export XDG_CACHE_HOME="$PWD/work/xdg-cache"   # keep tool caches (PyMuPDF/onnxruntime, fontconfig) in work/
python3 build_pdf.py            # 801-812
python3 build_html.py           # 813-821
python3 build_eml.py            # 822-830
python3 dump.py >/dev/null      # read everything back into gen/work/dump/
python3 checkdays.py >/dev/null && echo "weekdays: ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 oracle.py {}" | tail -1
