#!/usr/bin/env python3
"""Sanity checks of the answers against the notices (beyond the oracle round trip):
every expected phone's digits, URL and KB id occurs in the decoded notice; ids match file
names; each answer opens with a comment; prefecture codes are 01-47 and sorted; starts precede ends; statuses are known;
dates in 2026-2027."""
import glob, os, re, sys, unicodedata
import datetime as dt
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_weekdays import text_of, CASES

KANJI = str.maketrans("〇一二三四五六七八九―", "0123456789-")
bad = 0
for y in sorted(glob.glob(os.path.join(CASES, "*.expected.yaml"))):
    stem = y[: -len(".expected.yaml")]
    case = os.path.basename(stem)
    src = next(stem + "." + e for e in ("txt", "pdf", "html", "eml") if os.path.exists(stem + "." + e))
    g = yaml.safe_load(open(y, encoding="utf-8"))
    t = text_of(src)  # html and eml html parts come with their link targets appended
    n = unicodedata.normalize("NFKC", t).translate(KANJI)
    # phone-like tokens: digits joined by hyphens (incl. U+2212), brackets or single spaces
    tokens = {re.sub(r"\D", "", m) for m in re.findall(r"\d(?:[\d\-\u2212()]| (?=\d))+\d", n)}
    probs = []
    if not open(y, encoding="utf-8").read().startswith("#"):
        probs.append("no opening comment")
    if g["id"] != case:
        probs.append("id")
    for p in g.get("phones") or []:
        d = re.sub(r"\D", "", p)
        if not any(t == d or t.startswith(d) or t.endswith(d) for t in tokens):
            probs.append("phone " + p)
    for u in g.get("urls") or []:
        if u not in t.replace("\\_", "_"):
            probs.append("url " + u)
    for k in g.get("kb_articles") or []:
        if not any(k in u for u in g.get("urls") or []):
            probs.append("kb not in a url " + k)
    d0 = (g.get("document") or {}).get("date")
    if d0 is not None and d0.year not in (2026, 2027):
        probs.append(f"date {d0}")
    for o in g.get("outages") or []:
        for k in ("start", "end"):
            if o.get(k) and o[k][:4] not in ("2026", "2027"):
                probs.append(f"{k} year {o[k]}")
        pr = o.get("prefectures") or []
        if pr != sorted(pr) or any(not re.fullmatch(r"\d\d", c) or not 1 <= int(c) <= 47 for c in pr):
            probs.append(f"prefs {pr}")
        if o["status"] not in ("planned", "cancelled", "rescheduled", "incident", "completed"):
            probs.append("status " + o["status"])
        s = dt.datetime.fromisoformat(o["start"])
        if o.get("end") and dt.datetime.fromisoformat(o["end"]) <= s:
            probs.append("end<=start " + o["start"])
        if not o["start"].endswith("+09:00"):
            probs.append("tz")
    print(("BAD " if probs else "ok  ") + case, "; ".join(probs))
    bad += bool(probs)
sys.exit(1 if bad else 0)
