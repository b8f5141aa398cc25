#!/usr/bin/env python3
"""Check every weekday written next to a date in the read-back cases (gen/work/dump) against
Python's datetime. Dates with a year (令和N年, YYYY年, YYYY.M.D, YYYY/M/D) are checked as written;
year-less ones (M月D日, 翌D日, D日 after a month) are listed with the years whose weekday agrees,
around the document date of the answer, for review."""
import os, re, glob, unicodedata, datetime as dt, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "月火水木金土日"
ERA = {"令和": 2018, "平成": 1988, "R": 2018}
bad = 0
pat = re.compile(
    r"(?:(?P<era>令和|平成|R)\s*(?P<ey>\d+|元)\s*[年.]\s*|(?P<wy>20\d\d)\s*[年./]\s*)?"
    r"(?:(?P<m>\d{1,2})\s*[月./]\s*)?(?P<d>\d{1,2})\s*日?\s*[（(]\s*(?P<w>[月火水木金土日])")
for f in sorted(glob.glob(os.path.join(ROOT, "gen", "work", "dump", "*.txt"))):
    name = os.path.basename(f)[:-4]
    g = yaml.safe_load(open(os.path.join(ROOT, "cases", name + ".expected.yaml"), encoding="utf-8"))
    ddate = g["document"]["date"]
    text = unicodedata.normalize("NFKC", open(f, encoding="utf-8").read()).replace("〜", "~")
    month = None
    for mt in pat.finditer(text):
        y = None
        if mt["era"]:
            y = ERA[mt["era"]] + (1 if mt["ey"] == "元" else int(mt["ey"]))
        elif mt["wy"]:
            y = int(mt["wy"])
        m = int(mt["m"]) if mt["m"] else month
        if m is None or not (1 <= m <= 12):
            continue
        month = m
        d = int(mt["d"])
        w = mt["w"]
        ctx = text[max(0, mt.start() - 6): mt.end() + 2].replace("\n", " ")
        if y:
            try:
                ok = W[dt.date(y, m, d).weekday()] == w
            except ValueError:
                ok = False
            if not ok:
                bad += 1
                print(f"BAD  {name}: {y}-{m}-{d} ({w}) in «{ctx}»")
        else:
            base = ddate.year if ddate else 2026
            try:
                ys = [yy for yy in (base - 1, base, base + 1) if W[dt.date(yy, m, d).weekday()] == w]
            except ValueError:
                print(f"  ?  {name}: month {m} day {d} ({w}) in «{ctx}» (month carried wrongly?)")
                continue
            flag = "" if base in ys or (base + 1) in ys else "  <-- not doc year/next"
            print(f"     {name}: {m}-{d} ({w}) years {ys}{flag}  «{ctx}»")
print("weekday mismatches:", bad)
raise SystemExit(1 if bad else 0)
