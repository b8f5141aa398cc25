#!/bin/sh
# Rebuild the generated cases from ../src and run the checks (batch10n). Exits non-zero if one fails.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 make_pdf.py          # cases/p*.pdf
python3 make_eml.py          # cases/e*.eml
# h02: windows-31j (①②③) declared Shift_JIS; h03: EUC-JP (～ as 〜, － as −).
python3 -c "s=open('../src/h02_kagoshima_ritou_net_status_sjis.html',encoding='utf-8').read(); open('../cases/h02_kagoshima_ritou_net_status_sjis.html','wb').write(s.encode('cp932'))"
python3 -c "s=open('../src/h03_nagasaki_hospital_assoc_goto_incident_eucjp.html',encoding='utf-8').read().replace('～','〜').replace('－','−'); open('../cases/h03_nagasaki_hospital_assoc_goto_incident_eucjp.html','wb').write(s.encode('euc_jp'))"
python3 check_weekdays.py > /dev/null || { python3 check_weekdays.py | grep -v '^  ok'; exit 1; }
echo "weekdays ok"
python3 crosscheck.py > /dev/null || { python3 crosscheck.py | grep -v '^ok'; exit 1; }
echo "crosscheck ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 $(pwd)/oracle.py {}" | tail -1
