#!/usr/bin/env python3
"""Sanity check of the answer files against the scorer (NOT tsuchi): prints a case's
expected.yaml as the JSON an extractor would print. Usage:
    python3 /work/shared/tools/score.py ../cases --cmd "python3 oracle.py {}"   # must be 1.000"""
import json
import sys

import yaml

stem = sys.argv[1].rsplit(".", 1)[0]
g = yaml.safe_load(open(stem + ".expected.yaml", encoding="utf-8"))
doc = g["document"]
out = {"document": {"date": str(doc["date"]) if doc["date"] else None, "number": doc["number"]},
       "outages": [{"start": o["start"], "end": o["end"], "prefectures": [{"code": c} for c in o["prefectures"]],
                    "status": o["status"]} for o in g["outages"]],
       "contacts": [{"phone": x} for x in g["phones"]],
       "urls": [{"url": u, "kb_article": next((k for k in g["kb_articles"] if k in u), None)} for u in g["urls"]]}
print(json.dumps(out, ensure_ascii=False))
