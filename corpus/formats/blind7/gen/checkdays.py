#!/usr/bin/env python3
"""Check every weekday written next to a date in the readable dumps (gen/work/dump) and
sources: explicit years are checked as written; a year-less date is checked against the
last year named before it in the same text, or the year after (December -> January)."""
import datetime as dt, glob, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
W = "月火水木金土日"
KAN = {"〇":0,"一":1,"二":2,"三":3,"四":4,"五":5,"六":6,"七":7,"八":8,"九":9}
pat = re.compile(r"(?:(令和|R)\s*(\d+|元)\s*年|(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[（(]\s*([月火水木金土日])")
bad = 0
files = sorted(glob.glob(os.path.join(HERE, "work", "dump", "*.txt")))
for f in files:
    t = unicodedata.normalize("NFKC", open(f, encoding="utf-8").read())
    t = re.sub(r"\s+", " ", t)
    years = [(m.start(), 2018 + (1 if m.group(1) == "元" else int(m.group(1)))) for m in re.finditer(r"令和\s*(\d+|元)\s*年", t)]
    years += [(m.start(), int(m.group(1))) for m in re.finditer(r"(20\d\d)\s*[年/.-]", t)]
    years += [(m.start(), int(m.group(1))) for m in re.finditer(r"Date: \w+, \d+ \w+ (20\d\d)", t)]
    years.sort()
    year = None
    for m in pat.finditer(t):
        prior = [y for pos, y in years if pos < m.start()]
        if prior:
            year = prior[-1]
        era, ey, wy, mo, d, wd = m.groups()
        if era:
            year = 2018 + (1 if ey == "元" else int(ey))
        elif wy:
            year = int(wy)
        cands = [year] if (era or wy) else [(year or 0) - 1, year, (year or 0) + 1]
        ok = False
        for y in cands:
            try:
                if y and W[dt.date(y, int(mo), int(d)).weekday()] == wd:
                    ok = True
            except ValueError:
                pass
        if not ok:
            bad += 1
            print(os.path.basename(f), m.group(0), "year ctx", year)
print("weekday mismatches:", bad)
