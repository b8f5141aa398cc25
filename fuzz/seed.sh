#!/usr/bin/env bash
# Seed each fuzz target's corpus (fuzz/corpus/TARGET/, not committed) from the project's
# notices: text, PDF, HTML and e-mail. Targets that pick a reader by the first byte get
# each file once per reader (bytes 0..4 = auto, text, pdf, html, eml).
set -euo pipefail
cd "$(dirname "$0")"
# --small: the five seeds and one rendering in each format (for a short smoke run)
if [ "${1:-}" = "--small" ]; then
  files=$(ls ../corpus/*.txt ../corpus/formats/seeds/{pdf,html,eml}/001_* | sort)
else
  files=$(find ../corpus -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.html' -o -name '*.eml' -o -name '*.md' \) -size -300k | sort)
fi
for t in bytes_to_notice ics readers provenance normalize_map; do
  mkdir -p "corpus/$t"
done
i=0
for f in $files; do
  i=$((i + 1))
  case "$f" in
    *.txt|*.md) cp "$f" "corpus/provenance/$i"; cp "$f" "corpus/normalize_map/$i" ;;
  esac
  for b in 0 1 2 3 4; do
    for t in bytes_to_notice ics readers; do
      { printf "\\x0$b"; cat "$f"; } > "corpus/$t/$i-$b"
    done
  done
done
echo "seeded $(ls corpus/bytes_to_notice | wc -l) inputs per reader target from $i files"
