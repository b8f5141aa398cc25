#!/usr/bin/env bash
# Lint every notice in a folder from a shell script, with tsuchi's JSON diagnostics.
#
#   examples/lint_notices.sh corpus/
#
# `tsuchi check` exits 1 when a notice has errors (or warnings, with --deny-warnings) and
# 2 when a file cannot be read; the JSON lists every finding for the script to act on.
set -u
dir=${1:-corpus}
tsuchi=${TSUCHI:-target/release/tsuchi}

json=$("$tsuchi" check --format json "$dir")
status=$?

# one line per finding, grouped by rule, with python3 (jq works as well)
printf '%s' "$json" | python3 -c '
import collections, json, sys
findings = json.load(sys.stdin)
by_code = collections.Counter(f["code"] for f in findings)
for code, n in sorted(by_code.items()):
    print(f"{n:4d}  {code}")
for f in findings:
    if f["severity"] == "error":
        print("{file}:{line}:{column}: {message}".format(**f))
'
case $status in
  0) echo "no errors" ;;
  1) echo "errors found"; exit 1 ;;
  *) echo "tsuchi could not read some notices"; exit 2 ;;
esac
