#!/usr/bin/env python3
"""Parse every expected.yaml; check the fields, codes, instants and that each case has a notice."""
import datetime as dt
import glob
import os
import sys

import yaml

CASES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
STATUSES = {"planned", "cancelled", "rescheduled", "incident", "completed"}
bad = 0
n = 0
for p in sorted(glob.glob(os.path.join(CASES, "*.expected.yaml"))):
    n += 1
    g = yaml.safe_load(open(p, encoding="utf-8"))
    stem = p[: -len(".expected.yaml")]
    errs = []
    if g["id"] != os.path.basename(stem):
        errs.append("id differs from file name")
    if not any(os.path.exists(stem + e) for e in (".txt", ".html", ".eml", ".pdf")):
        errs.append("no notice file")
    if set(g) != {"id", "encoding", "document", "outages", "phones", "urls", "kb_articles"}:
        errs.append(f"keys {sorted(g)}")
    d = g["document"]["date"]
    if d is not None and not isinstance(d, dt.date):
        errs.append("date is not a date")
    for o in g["outages"]:
        for k in ("start", "end"):
            if o[k] is None and k == "end":
                continue
            t = dt.datetime.fromisoformat(o[k])
            if t.utcoffset() != dt.timedelta(hours=9):
                errs.append(f"{k} not +09:00")
        if o["end"] and dt.datetime.fromisoformat(o["end"]) <= dt.datetime.fromisoformat(o["start"]):
            errs.append(f"end before start {o}")
        if o["status"] not in STATUSES:
            errs.append(f"status {o['status']}")
        for c in o["prefectures"]:
            if not (isinstance(c, str) and len(c) == 2 and 1 <= int(c) <= 47):
                errs.append(f"prefecture {c!r}")
        if o["prefectures"] != sorted(set(o["prefectures"])):
            errs.append("prefectures not sorted/unique")
    if errs:
        bad += 1
        print(os.path.basename(p), errs)
print(f"{n} expected.yaml parsed, {bad} with problems")
sys.exit(1 if bad else 0)
