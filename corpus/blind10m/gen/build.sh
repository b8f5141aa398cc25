#!/bin/sh
# Rebuild the generated cases from ../src and run the checks (batch10m). Exits non-zero if one fails.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 make_pdf.py          # cases/p*.pdf
python3 make_eml.py          # cases/e*.eml
# h02: windows-31j (①②③) declared Shift_JIS; h04: EUC-JP (～ as 〜, － as −).
python3 -c "s=open('../src/h02_tochigi_med_del_enki_sjis.html',encoding='utf-8').read(); open('../cases/h02_tochigi_med_del_enki_sjis.html','wb').write(s.encode('cp932'))"
python3 -c "s=open('../src/h04_nansei_net_incident_meiwa_eucjp.html',encoding='utf-8').read().replace('～','〜').replace('－','−'); open('../cases/h04_nansei_net_incident_meiwa_eucjp.html','wb').write(s.encode('euc_jp'))"
python3 check_weekdays.py > /dev/null || { python3 check_weekdays.py | grep -v '^  ok'; exit 1; }
echo "weekdays ok"
python3 crosscheck.py > /dev/null || { python3 crosscheck.py | grep -v '^ok'; exit 1; }
echo "crosscheck ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 $(pwd)/oracle.py {}" | tail -1
