#!/bin/sh
# Rebuild every non-text case of batch10 from src/ (the .txt cases are written by hand and the
# answers are never touched). Needs python3 with reportlab and pikepdf, LibreOffice (soffice).
set -e
cd "$(dirname "$0")/.."
mkdir -p gen/work

# HTML pages: written in UTF-8, copied as they are
for n in 1023_html_jisshi_jokyo 1024_html_hou_okinawa; do
  cp "src/$n.html" "cases/$n.html"
done

# 1030: written in UTF-8, re-encoded to windows-31j (declared Shift_JIS, as Japanese editors do)
python3 -c "import sys; sys.stdout.buffer.write(open('src/1030_html_sjis_shizuoka_pref.html', encoding='utf-8').read().encode('cp932'))" > cases/1030_html_sjis_shizuoka_pref.html

# E-mails: ISO-2022-JP 7bit (1025), UTF-8 quoted-printable (1026)
python3 gen/build_eml.py

# PDF 1027: reportlab, embedded IPAex Gothic subset
python3 gen/build_pdf_rl.py 1027_pdf_naniwa_vendor
python3 gen/fixpdf.py cases/1027_pdf_naniwa_vendor.pdf gen/work/1027.pdf 20261130101500
mv gen/work/1027.pdf cases/1027_pdf_naniwa_vendor.pdf

# PDF 1028: LibreOffice Writer/Web importing the HTML
soffice -env:UserInstallation=file:///tmp/lo_batch10_profile --headless \
  --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
  --outdir gen/work src/1028_pdf_lo_muroran.html >/dev/null 2>&1
python3 gen/fixpdf.py gen/work/1028_pdf_lo_muroran.pdf cases/1028_pdf_lo_muroran.pdf 20261002093000

python3 gen/dump.py
python3 gen/checkdays.py
python3 gen/oracle.py
