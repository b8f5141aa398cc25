#!/bin/sh
# Rebuild the notices from src/ and run every check on the answers.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check_yaml.py
python3 check_weekdays.py > /tmp/blind10b_weekdays.log && tail -1 /tmp/blind10b_weekdays.log
grep NOTE /tmp/blind10b_weekdays.log || true
python3 check_presence.py
python3 ../shared/tools/score.py ../cases --cmd "python3 $(pwd)/oracle.py {}" --min-f1 1.0 | tail -1
