#!/bin/sh
# Rebuild the generated cases from ../src and run the checks (batch10k). Exits non-zero if one fails.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 make_pdf.py          # cases/p*.pdf, and build/att_*.pdf (e03's attachment)
python3 make_eml.py          # cases/e*.eml (e03 attaches build/att_e03_kyoto_med_notice.pdf)
# Shift_JIS and EUC-JP pages: written in UTF-8 in ../src, encoded here. The Shift_JIS page is
# encoded as windows-31j (cp932: ①-⑤ and ～ as Windows writes them) and declared Shift_JIS; EUC-JP
# has no U+FF5E, so a range sign goes out as U+301C (what an EUC-JP page decodes to).
python3 -c "s=open('../src/h02_aichi_pharm_status_column_sjis.html',encoding='utf-8').read(); open('../cases/h02_aichi_pharm_status_column_sjis.html','wb').write(s.encode('cp932'))"
python3 -c "s=open('../src/h04_aki_net_incident_reports_fuchucho_eucjp.html',encoding='utf-8').read().replace('～','〜'); open('../cases/h04_aki_net_incident_reports_fuchucho_eucjp.html','wb').write(s.encode('euc_jp'))"
python3 check_weekdays.py > /dev/null || { python3 check_weekdays.py | grep -v '^  ok'; exit 1; }
echo "weekdays ok"
python3 crosscheck.py > /dev/null || { python3 crosscheck.py | grep -v '^ok'; exit 1; }
echo "crosscheck ok"
python3 /work/shared/tools/score.py ../cases --cmd "python3 $(pwd)/oracle.py {}" | tail -1
