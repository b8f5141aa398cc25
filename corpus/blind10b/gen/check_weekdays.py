#!/usr/bin/env python3
"""Check that every weekday written next to a date agrees with Python's datetime.

Year-less dates are resolved against the case's expected document date: the weekday must
match either that year or the next/previous one; which year matched is printed so that it
can be compared with the year used in the expected answer.
"""
import datetime as dt
import glob
import os
import re
import sys
import unicodedata

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notice_text import notice_text

VERBOSE = "-v" in sys.argv
CASES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
WD = "月火水木金土日"
KD = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def kanji_num(s):
    if s.isdigit():
        return int(s)
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


NUM = r"[0-9〇零一二三四五六七八九十元]+"
PAT = re.compile(
    r"(?:(?P<era>令和|平成)\s*(?P<ey>" + NUM + r")\s*年\s*|(?P<wy>\d{4})\s*年\s*)?"
    r"(?:(?P<m>" + NUM + r")\s*月\s*)?(?P<d>" + NUM + r")\s*日\s*[（(]\s*(?P<w>[月火水木金土日])(?:曜日?)?(?:・祝)?\s*[）)]"
    r"|(?P<dy>\d{4})[./](?P<dm>\d{1,2})[./](?P<dd>\d{1,2})\s*[（(](?P<dw>[月火水木金土日])[）)]"
)


def main():
    bad = 0
    total = 0
    for gpath in sorted(glob.glob(os.path.join(CASES, "*.expected.yaml"))):
        stem = gpath[: -len(".expected.yaml")]
        src = next(stem + e for e in (".txt", ".html", ".eml", ".pdf") if os.path.exists(stem + e))
        g = yaml.safe_load(open(gpath, encoding="utf-8"))
        docdate = g["document"]["date"]
        base_year = (docdate.year if docdate else 2026)
        text = unicodedata.normalize("NFKC", notice_text(src))
        month = None
        year = None
        for mt in PAT.finditer(text):
            total += 1
            if mt.group("dy"):
                y, m, d, w = int(mt.group("dy")), int(mt.group("dm")), int(mt.group("dd")), mt.group("dw")
                explicit = True
            else:
                explicit = bool(mt.group("era") or mt.group("wy"))
                if mt.group("era"):
                    y = {"令和": 2018, "平成": 1988}[mt.group("era")] + kanji_num(mt.group("ey"))
                elif mt.group("wy"):
                    y = int(mt.group("wy"))
                else:
                    y = None
                m = kanji_num(mt.group("m")) if mt.group("m") else month
                d = kanji_num(mt.group("d"))
                w = mt.group("w")
            month = m
            label = mt.group(0).replace("\n", " ")
            if y is not None:
                year = y
                ok = dt.date(y, m, d).weekday() == WD.index(w)
                if VERBOSE:
                    print(f"ok   {os.path.basename(src)}: {label!r} -> {dt.date(y, m, d)}")
                if not ok:
                    bad += 1
                    print(f"BAD  {os.path.basename(src)}: {label!r} -> {dt.date(y, m, d)} is {WD[dt.date(y, m, d).weekday()]}")
            else:
                cands = [yy for yy in (base_year, base_year + 1, base_year - 1) if dt.date(yy, m, d).weekday() == WD.index(w)]
                if not cands:
                    bad += 1
                    print(f"BAD  {os.path.basename(src)}: year-less {label!r} matches no year near {base_year}")
                else:
                    note = "" if cands[0] == base_year else f"  (NOTE: matches {cands[0]}, not {base_year})"
                    print(f"ok   {os.path.basename(src)}: year-less {label!r} -> {cands[0]}-{m:02d}-{d:02d}{note}")
    print(f"{total} dated weekdays checked, {bad} bad")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
