#!/usr/bin/env python3
"""Render every seed three ways (pdf/, html/, eml/) and the broken files (broken/).

usage: build.py SEED_DIR OUT_DIR

Which producer renders which seed:
  000  LibreOffice 7 (python-docx .docx -> soffice --convert-to pdf)  TrueType subsets + ToUnicode
  001  WeasyPrint (HTML + print CSS)                                  CFF (CID Type 0C) subsets + ToUnicode
  002  reportlab UnicodeCIDFont HeiseiMin-W3 / HeiseiKakuGo-W5        UniJIS-UCS2-H, not embedded
  003  fpdf2 with IPA明朝 / IPAゴシック TTF                              CID TrueType Identity-H + ToUnicode
  004  reportlab CIDFont HeiseiKakuGo-W5, 90ms-RKSJ-H (cp932 bytes)     not embedded
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PDF = {
    "000_80465f3a0b9055d7": ["pdf_docx.py", "--date", "2026-04-28T10:00:00"],
    "001_782547caf5a8f269": ["pdf_weasy.py", "--created", "2025-01-30T10:00:00+09:00"],
    "002_1d2f8fff1373c4f6": ["pdf_reportlab.py", "--cmap", "unijis"],
    "003_b44a9dc4c443d513": ["pdf_fpdf.py", "--date", "2023-05-09T09:30:00+09:00"],
    "004_524d5138cef9eabb": ["pdf_reportlab.py", "--cmap", "rksj"],
}


# the notice's own date at 10:00 JST: the clock the producers read (SOURCE_DATE_EPOCH)
WHEN = {
    "000_80465f3a0b9055d7": "2026-04-28T10:00:00+09:00",
    "001_782547caf5a8f269": "2025-01-30T10:00:00+09:00",
    "002_1d2f8fff1373c4f6": "2025-12-25T10:00:00+09:00",
    "003_b44a9dc4c443d513": "2023-05-09T09:30:00+09:00",
    "004_524d5138cef9eabb": "2023-06-09T10:00:00+09:00",
}


def epoch_env(name):
    import datetime as dt
    env = dict(os.environ)
    if name in WHEN:
        env["SOURCE_DATE_EPOCH"] = str(int(dt.datetime.fromisoformat(WHEN[name]).timestamp()))
    return env


def run(args, **kw):
    print("  $", " ".join(os.path.relpath(a) if os.path.exists(a) else a for a in args), flush=True)
    subprocess.run([sys.executable] + args, check=True, cwd=HERE, **kw)


def main(argv):
    seeds, out = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    for sub in ("pdf", "html", "eml", "broken"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    names = sorted(f[:-4] for f in os.listdir(seeds) if f.endswith(".txt"))
    for name in names:
        if name not in PDF:
            print(f"{name}: no rendering plan in build.py, skipped", file=sys.stderr)
            continue
        print(name, flush=True)
        seed = os.path.join(seeds, name + ".txt")
        exp = os.path.join(seeds, name + ".expected.yaml")
        pdf = os.path.join(out, "pdf", name + ".pdf")
        script, *opts = PDF[name]
        run([os.path.join(HERE, script), seed, pdf] + opts, env=epoch_env(name))
        run([os.path.join(HERE, "make_html.py"), seed, os.path.join(out, "html", name + ".html")])
        run([os.path.join(HERE, "make_eml.py"), seed, os.path.join(out, "eml", name + ".eml"), "--pdf", pdf])
        for sub in ("pdf", "html", "eml"):
            shutil.copyfile(exp, os.path.join(out, sub, name + ".expected.yaml"))
    print("broken", flush=True)
    run([os.path.join(HERE, "make_broken.py"), seeds, out])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
