#!/usr/bin/env python3
"""Print a case's expected answer (NAME.expected.yaml beside NAME.EXT) as tsuchi's JSON
(schema v1: document, outages[].prefectures[].code, contacts[].phone, urls[].url/kb_article).
Scored with score.py it must give 1.000: a round trip of the answers through the scorer."""
import datetime as dt
import json
import os
import sys

import yaml


def main(path):
    stem = path.rsplit(".", 1)[0]
    g = yaml.safe_load(open(stem + ".expected.yaml", encoding="utf-8"))
    doc = g.get("document") or {}
    d = doc.get("date")
    out = {
        "schema": 1,
        "document": {
            "date": d.isoformat() if isinstance(d, dt.date) else d,
            "number": doc.get("number"),
        },
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
    kbs = list(g.get("kb_articles") or [])
    for u in g.get("urls") or []:
        kb = next((k for k in kbs if k in u), None)
        out["urls"].append({"url": u, "kb_article": kb})
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
