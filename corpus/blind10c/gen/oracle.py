#!/usr/bin/env python3
"""Oracle for score.py: print a case's expected answer as tsuchi's JSON (schema v1) would be.

    python3 ../shared/tools/score.py corpus/BATCH/cases --cmd 'python3 corpus/BATCH/gen/oracle.py {}'

(shared by blind10c and blind10d: the answers are read next to each case)

must score 1.000: it checks that every expected.yaml parses and is in the form score.py reads.
"""
import json
import re
import sys

import yaml

path = sys.argv[1]
stem = path.rsplit(".", 1)[0]
g = yaml.safe_load(open(stem + ".expected.yaml", encoding="utf-8"))
doc = g.get("document") or {}
urls = []
kbs = set(g.get("kb_articles") or [])
for u in g.get("urls") or []:
    m = re.search(r"sysparm_article=(KB\d+)", u)
    urls.append({"url": u, "kb_article": m.group(1) if m else None})
    if m:
        kbs.discard(m.group(1))
urls += [{"url": None, "kb_article": k} for k in sorted(kbs)]
out = {
    "schema": 1,
    "document": {"date": None if doc.get("date") is None else str(doc["date"]), "number": doc.get("number")},
    "outages": [
        {"start": o["start"], "end": o.get("end"), "status": o.get("status", "planned"),
         "prefectures": [{"code": c} for c in o.get("prefectures") or []]}
        for o in g.get("outages") or []
    ],
    "contacts": [{"phone": p} for p in g.get("phones") or []],
    "urls": urls,
}
print(json.dumps(out, ensure_ascii=False))
