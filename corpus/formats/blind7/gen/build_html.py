#!/usr/bin/env python3
"""Copy the web-page cases from src/ (UTF-8 sources) to cases/, encoding each page in the
charset it declares: 722 in Shift_JIS (written as windows-31j, as Japanese editors do, so
that ① survives), 723 in EUC-JP, the others in UTF-8."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGES = {
    "720_portal_kb_article": "utf-8",
    "721_mhlw_news_incident": "utf-8",
    "722_sjis_shizuoka": "cp932",
    "723_eucjp_kagoshima": "euc_jp",
    "724_ssk_table_rowspan": "utf-8",
    "725_del_struck_aichi": "utf-8",
    "726_portal_news_basehref": "utf-8",
    "727_ons_news_areas": "utf-8",
    "728_tokyo_letter_page": "utf-8",
}
for name, codec in PAGES.items():
    text = open(os.path.join(ROOT, "src", name + ".html"), encoding="utf-8").read()
    data = text.encode(codec)  # strict: a character the charset lacks is an error
    open(os.path.join(ROOT, "cases", name + ".html"), "wb").write(data)
    print("built cases/%s.html (%s)" % (name, codec))
