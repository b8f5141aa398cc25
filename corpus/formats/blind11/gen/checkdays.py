#!/usr/bin/env python3
"""Check every weekday written next to a date in the read-back dumps (gen/work/dump, made by
dump.py): an explicit year (令和N年 / 西暦 / 2026/11/28) is checked as written; a year-less date
against the year of the case's document date (or the year after / before: December notices
about January, past windows). Kanji numerals (令和七年六月十四日) are converted first.
Then lists every expected outage start with its weekday, for a hand check against the text."""
import datetime as dt
import glob
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
W = "月火水木金土日"
KD = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def kanji_num(s):
    if s == "元":
        return 1
    n, cur = 0, 0
    for ch in s:
        if ch == "十":
            n += (cur or 1) * 10
            cur = 0
        else:
            cur = KD[ch]
    return n + cur


def dekanji(t):
    return re.sub(r"([〇一二三四五六七八九十元]+)(?=[年月日時])", lambda m: str(kanji_num(m.group(1))), t)


PAT = re.compile(r"(?:(令和|R)\s*(\d+|元)\s*年\s*|(20\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[（(]\s*([月火水木金土日])"
                 r"|(20\d\d)/(\d{1,2})/(\d{1,2})\s*[（(]([月火水木金土日])"
                 r"|(?<![\d/])(\d{1,2})/(\d{1,2})\s*[（(]([月火水木金土日])")
bad = 0
for f in sorted(glob.glob(os.path.join(HERE, "work", "dump", "*.txt"))):
    t = dekanji(unicodedata.normalize("NFKC", open(f, encoding="utf-8").read()))
    t = re.sub(r"\s+", " ", t)
    years = [(m.start(), 2018 + int(m.group(1))) for m in re.finditer(r"令和\s*(\d+)\s*年", t)]
    years += [(m.start(), int(m.group(1))) for m in re.finditer(r"(20\d\d)\s*[年/.-]", t)]
    years += [(m.start(), int(m.group(1))) for m in re.finditer(r"Date: \w+, \d+ \w+ (20\d\d)", t)]
    years.sort()
    # year-less dates take the year of the document date (the convention of the answers)
    ans = yaml.safe_load(open(os.path.join(ROOT, "cases", os.path.basename(f)[:-4] + ".expected.yaml"), encoding="utf-8"))
    docyear = ans["document"]["date"].year if ans["document"]["date"] else None
    n = 0
    for m in PAT.finditer(t):
        n += 1
        if m.group(11):
            mo, d, wd, explicit = int(m.group(11)), int(m.group(12)), m.group(13), False
            prior = [yy for pos, yy in years if pos < m.start()]
            y = docyear or (prior[-1] if prior else None)
        elif m.group(7):
            y, mo, d, wd, explicit = int(m.group(7)), int(m.group(8)), int(m.group(9)), m.group(10), True
        else:
            era, ey, wy, mo, d, wd = m.groups()[:6]
            mo, d = int(mo), int(d)
            explicit = bool(era or wy)
            if era:
                y = 2018 + int(ey)
            elif wy:
                y = int(wy)
            else:
                prior = [yy for pos, yy in years if pos < m.start()]
                y = docyear or (prior[-1] if prior else None)
        cands = [y] if explicit else [y, (y or 0) + 1, (y or 0) - 1]
        ok = False
        for yy in cands:
            try:
                ok = ok or (yy and W[dt.date(yy, mo, d).weekday()] == wd)
            except ValueError:
                pass
        if not ok:
            bad += 1
            print("MISMATCH", os.path.basename(f), m.group(0), "year", y)
    print(f"  {os.path.basename(f)[:-4]}: {n} dates with a weekday checked")
print("weekday mismatches:", bad)

for g in sorted(glob.glob(os.path.join(ROOT, "cases", "*.expected.yaml"))):
    y = yaml.safe_load(open(g, encoding="utf-8"))
    for o in y["outages"]:
        s = dt.datetime.fromisoformat(o["start"])
        e = dt.datetime.fromisoformat(o["end"]) if o["end"] else None
        print(f"  {y['id'][:4]} {s:%Y-%m-%d}({W[s.weekday()]}) {s:%H:%M} -> "
              + (f"{e:%Y-%m-%d}({W[e.weekday()]}) {e:%H:%M}" if e else "open") + f"  {o['status']}")
sys.exit(1 if bad else 0)
