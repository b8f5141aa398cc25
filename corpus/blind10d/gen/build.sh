#!/bin/sh
# Rebuild the generated cases from ../src and run the checks.
set -e
cd "$(dirname "$0")"
python3 make_eml.py
python3 make_pdf.py
# EUC-JP and Shift_JIS pages: written in UTF-8 in ../src, encoded here. EUC-JP has no U+FF5E,
# so the range sign goes out as U+301C (what an EUC-JP page decodes to).
python3 -c "s=open('../src/h02_mhlw_news_eucjp_rowspan.html',encoding='utf-8').read().replace('～','〜'); open('../cases/h02_mhlw_news_eucjp_rowspan.html','wb').write(s.encode('euc_jp'))"
python3 -c "s=open('../src/h04_vendor_schedule_changelog_sjis.html',encoding='utf-8').read(); open('../cases/h04_vendor_schedule_changelog_sjis.html','wb').write(s.encode('cp932'))"
python3 check_weekdays.py > /dev/null || { python3 check_weekdays.py | grep -v '^  ok'; exit 1; }
echo "weekdays ok"
python3 crosscheck.py > /dev/null || { python3 crosscheck.py | grep -v '^ok'; exit 1; }
echo "crosscheck ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 $(pwd)/oracle.py {}" | tail -1
