#!/bin/sh
# Rebuild the generated cases from ../src and run the checks (batch10l). Exits non-zero if one fails.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 make_pdf.py          # cases/p*.pdf, and build/att_*.pdf (e04's attachment)
python3 make_eml.py          # cases/e*.eml (e04 attaches build/att_e04_saitama_med_notice.pdf)
# Shift_JIS and EUC-JP pages: written in UTF-8 in ../src, encoded here. The Shift_JIS page is
# encoded as windows-31j (cp932: ①-⑤ and ～ as Windows writes them) and declared Shift_JIS; EUC-JP
# has no U+FF5E or U+FF0D, so ～ goes out as U+301C and － as U+2212 (what an EUC-JP page decodes to).
python3 -c "s=open('../src/h02_kumamoto_dental_strike_status_sjis.html',encoding='utf-8').read(); open('../cases/h02_kumamoto_dental_strike_status_sjis.html','wb').write(s.encode('cp932'))"
python3 -c "s=open('../src/h03_awa_net_incident_carriers_eucjp.html',encoding='utf-8').read().replace('～','〜').replace('－','−'); open('../cases/h03_awa_net_incident_carriers_eucjp.html','wb').write(s.encode('euc_jp'))"
python3 check_weekdays.py > /dev/null || { python3 check_weekdays.py | grep -v '^  ok'; exit 1; }
echo "weekdays ok"
python3 crosscheck.py > /dev/null || { python3 crosscheck.py | grep -v '^ok'; exit 1; }
echo "crosscheck ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 $(pwd)/oracle.py {}" | tail -1
