#!/usr/bin/env python3
"""Write the web-page cases 1113-1118 from ../src (UTF-8 sources). 1114 is re-encoded to
Shift_JIS as windows-31j (cp932) with CRLF line ends, 1115 to EUC-JP (U+301C wave dash, which
is what EUC-JP's 0xA1C1 decodes to); the others are copied as UTF-8."""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ENC = {"1114": "sjis", "1115": "eucjp"}

for path in sorted(glob.glob(os.path.join(ROOT, "src", "111[3-8]_*.html"))):
    name = os.path.basename(path)[:-5]
    text = open(path, encoding="utf-8").read()
    kind = ENC.get(name[:4])
    if kind == "sjis":
        # 0x8160 is the wave dash of Shift_JIS; cp932 maps it from U+FF5E
        data = text.replace("\u301c", "\uff5e").replace("\n", "\r\n").encode("cp932")
    elif kind == "eucjp":
        data = text.replace("\uff5e", "\u301c").encode("euc_jp")
    else:
        data = text.encode("utf-8")
    with open(os.path.join(ROOT, "cases", name + ".html"), "wb") as f:
        f.write(data)
    print("built", name[:4])
