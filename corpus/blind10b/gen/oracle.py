#!/usr/bin/env python3
"""Oracle for score.py: prints the expected answer of a case as tsuchi's JSON (schema v1).

    python3 ../shared/tools/score.py corpus/blind10b/cases --cmd 'python3 corpus/blind10b/gen/oracle.py {}'

must score overall F1 1.000; anything less means an expected.yaml the scorer reads
differently from what its author meant.
"""
import json
import os
import re
import sys

import yaml


def main(path):
    stem = os.path.splitext(path)[0]
    g = yaml.safe_load(open(stem + ".expected.yaml", encoding="utf-8"))
    doc = g.get("document") or {}
    date = doc.get("date")
    out = {
        "schema": 1,
        "document": {"date": date.isoformat() if date else None, "number": doc.get("number")},
        "outages": [
            {
                "start": o["start"],
                "end": o.get("end"),
                "prefectures": [{"code": c} for c in o.get("prefectures") or []],
                "status": o.get("status", "planned"),
            }
            for o in g.get("outages") or []
        ],
        "contacts": [{"phone": p} for p in g.get("phones") or []],
        "urls": [],
    }
    kbs = set(g.get("kb_articles") or [])
    seen = set()
    for u in g.get("urls") or []:
        m = re.search(r"sysparm_article=(KB\d+)", u)
        kb = m.group(1) if m else None
        out["urls"].append({"url": u, "kb_article": kb})
        if kb:
            seen.add(kb)
    if seen != kbs:
        sys.exit(f"{path}: kb_articles {sorted(kbs)} differ from the KB ids of its urls {sorted(seen)}")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
