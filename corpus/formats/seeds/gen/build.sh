#!/usr/bin/env bash
# Rebuild every rendering of the seed circulars, the broken files, and check them.
#
#   gen/build.sh SEED_DIR [OUT_DIR]
#
# SEED_DIR holds NAME.txt and NAME.expected.yaml (in the project: ../shared/seeds relative
# to the repository).  OUT_DIR defaults to the folder above gen/ and receives pdf/, html/,
# eml/ (each rendering with a copy of NAME.expected.yaml beside it) and broken/.
#
# Needs python3 (3.11), soffice (LibreOffice), pdftotext/pdftoppm/pdffonts (poppler-utils
# + poppler-data for the Adobe-Japan1 CMaps), qpdf, fonts-ipafont, fonts-ipaexfont,
# fonts-noto-cjk.  Python packages: gen/requirements.txt (installed when missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seeds="${1:?usage: gen/build.sh SEED_DIR [OUT_DIR]}"
out="${2:-$(dirname "$here")}"
seeds="$(cd "$seeds" && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

for tool in soffice pdftotext pdftoppm pdffonts qpdf; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is needed" >&2; exit 2; }
done
python3 - <<'PY' || python3 -m pip install --quiet -r "$here/requirements.txt"
import reportlab, docx, weasyprint, fpdf, pypdf, PIL, yaml
PY

# reproducible output: fixed clock for the tools that read it, fixed hashing, fixed zone
export SOURCE_DATE_EPOCH=1738198800   # default clock (2025-01-30T01:00Z); build.py sets each seed's own date
export PYTHONHASHSEED=0
export TZ=Asia/Tokyo
export LC_ALL=C.UTF-8

python3 "$here/build.py" "$seeds" "$out"
python3 "$here/check.py" "$seeds" "$out"
