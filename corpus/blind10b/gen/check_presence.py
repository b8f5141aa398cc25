#!/usr/bin/env python3
"""Every expected phone, URL and document number must be literally present in its notice
(after decoding, NFKC, undoing Markdown escapes); catches typos in the answers."""
import glob
import os
import re
import sys
import unicodedata

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notice_text import notice_text

CASES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
bad = 0
for gp in sorted(glob.glob(os.path.join(CASES, "*.expected.yaml"))):
    stem = gp[: -len(".expected.yaml")]
    src = next(stem + e for e in (".txt", ".html", ".eml", ".pdf") if os.path.exists(stem + e))
    g = yaml.safe_load(open(gp, encoding="utf-8"))
    t = unicodedata.normalize("NFKC", notice_text(src)).replace("\\_", "_")
    if src.endswith(".html"):  # link targets
        import html as h
        t += "\n" + "\n".join(h.unescape(x) for x in re.findall(r'href="([^"]+)"', open(src, encoding="latin-1").read()))
    flat = "".join(t.split())
    # phone-like runs: digits joined by - ( ) or single spaces
    runs = {re.sub(r"\D", "", r) for r in re.findall(r"\(?\d[\d\-() ]{6,}\d", t)}
    miss = []
    for p in g["phones"]:
        if not any(re.sub(r"\D", "", p) in r for r in runs):
            miss.append("phone " + p)
    for u in g["urls"]:
        if u not in t:
            miss.append("url " + u)
    num = g["document"]["number"]
    if num and "".join(unicodedata.normalize("NFKC", num).split()) not in flat:
        miss.append("number " + num)
    if miss:
        bad += 1
        print(os.path.basename(src), miss)
print(f"presence check: {bad} case(s) with problems")
sys.exit(1 if bad else 0)
