#!/usr/bin/env python3
"""Sanity checks of the answers against the notices (beyond the oracle round trip):
every expected phone's digits, URL and KB id occurs in the decoded notice; ids match file
names; prefecture codes are 01-47 and sorted; starts precede ends; statuses are known."""
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
    t = text_of(src)
    if src.endswith(".html"):
        raw = open(src, "rb").read().decode("cp932" if "sjis" in src else "utf-8")
        t += "\n" + "\n".join(h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', raw))
    n = unicodedata.normalize("NFKC", t).translate(KANJI)
    digits = re.sub(r"[^0-9]", "", n)
    probs = []
    if g["id"] != case:
        probs.append("id")
    for p in g.get("phones") or []:
        d = re.sub(r"\D", "", p)
        if d not in digits:
            probs.append("phone " + p)
    for u in g.get("urls") or []:
        if u not in t.replace("\\_", "_"):
            probs.append("url " + u)
    for k in g.get("kb_articles") or []:
        if not any(k in u for u in g.get("urls") or []):
            probs.append("kb not in a url " + k)
    for o in g.get("outages") or []:
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
