#!/usr/bin/env python3
"""Write the web-page cases 813-821 from ../src (UTF-8 sources). 813 (Word "Web Page") and 815
(an old Homepage Builder site) are re-encoded to Shift_JIS as their producers write it, i.e.
windows-31j (cp932), with CRLF line ends; the others are copied as UTF-8."""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SJIS = {"813_word_html_sjis", "815_old_table_sjis"}

for path in sorted(glob.glob(os.path.join(ROOT, "src", "8[12][0-9]_*.html"))):
    name = os.path.basename(path)[:-5]
    if not ("813" <= name[:3] <= "821"):
        continue
    text = open(path, encoding="utf-8").read()
    if name in SJIS:
        # 0x8160 is the wave dash of Shift_JIS; cp932 maps it from U+FF5E
        data = text.replace("\u301c", "\uff5e").replace("\n", "\r\n").encode("cp932")
    else:
        data = text.encode("utf-8")
    with open(os.path.join(ROOT, "cases", name + ".html"), "wb") as f:
        f.write(data)
    print("built", name[:3])
