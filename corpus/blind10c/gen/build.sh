#!/bin/sh
# Rebuild the generated cases from ../src and run the checks.
set -e
cd "$(dirname "$0")"
python3 make_eml.py
python3 make_pdf.py
cp ../src/h01_portal_kb_regional_release.html ../cases/
python3 -c "s=open('../src/h02_mhlw_news_sjis.html',encoding='utf-8').read(); open('../cases/h02_mhlw_news_sjis.html','wb').write(s.encode('cp932'))"
python3 check_weekdays.py > /dev/null && echo "weekdays ok"
python3 crosscheck.py > /dev/null && echo "crosscheck ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 $(pwd)/oracle.py {}" | tail -1
