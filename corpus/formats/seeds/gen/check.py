#!/usr/bin/env python3
"""Check that every rendering carries all the text of its seed, in order.

  PDF : `pdftotext -layout`; footer page numbers dropped.
  HTML: decoded with the charset the page declares (strictly), visible text of the
        article (<article>, else #main-content, else <main>), scripts and styles skipped;
        the chrome must lie outside it.
  EML : every part decoded (Content-Transfer-Encoding and charset); text/plain and
        text/html parts, and attached PDFs through pdftotext.

Each seed line, with its Markdown undone, must appear in the extracted text after the
previous one.  Comparison ignores white space and the code point differences readers are
known to make (～/〜, -/‑/−/－, _/U+0332, NFKC).  Prints one line per file and exits 1 if any
line is missing.

usage: check.py SEED_DIR OUT_DIR
"""
from __future__ import annotations

import email
import email.policy
import glob
import html.parser
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seedmd  # noqa: E402

LOOKALIKE = str.maketrans({
    "～": "~", "〜": "~", "∼": "~",
    "‑": "-", "−": "-", "－": "-", "‐": "-", "–": "-", "ｰ": "ー",
    "\u0332": "_", "￨": "|",
    "•": "・", "･": "・",
})


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(LOOKALIKE)
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split())


FOOTER = re.compile(r"^\s*[-‑－−]?\s*\d{1,3}\s*[-‑－−]?\s*$")


def pdf_text(path: str, layout=True) -> str | None:
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    r = subprocess.run(args, capture_output=True)
    if r.returncode != 0:
        return None
    t = r.stdout.decode("utf-8", "replace")
    return "\n".join(l for l in t.split("\n") if not FOOTER.match(l.replace("\f", "")))


class Visible(html.parser.HTMLParser):
    """Visible text of the article region."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.depth_in = 0
        self.skip = 0
        self.parts: list[str] = []
        self.target = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("br", "img", "hr", "meta", "link", "input"):
            if self.depth_in and tag == "br":
                self.parts.append("\n")
            return
        is_target = self.depth_in == 0 and (
            (self.target == "article" and tag == "article")
            or (self.target == "main-content" and a.get("id") == "main-content")
            or (self.target == "main" and tag == "main")
            or (self.target == "body" and tag == "body"))
        self.stack.append((tag, is_target))
        if is_target:
            self.depth_in = 1
        elif self.depth_in:
            self.depth_in += 1
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth_in and tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "tr", "ul", "ol"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        # pop to the matching tag (HTML is forgiving)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, _ in self.stack[i:]:
                    if t in ("script", "style"):
                        self.skip -= 1
                    if self.depth_in:
                        self.depth_in -= 1
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.depth_in and not self.skip:
            self.parts.append(data)


def html_visible(data: bytes, charset: str | None = None) -> tuple[str, str, str]:
    """returns (declared charset, target region, visible text)"""
    head = data[:2048].decode("ascii", "replace")
    m = re.search(r'<meta\s+charset="?([A-Za-z0-9_-]+)', head, re.I) or \
        re.search(r'charset=([A-Za-z0-9_-]+)', head, re.I)
    declared = charset or (m.group(1) if m else "utf-8")
    py = {"shift_jis": "cp932", "euc-jp": "euc_jp", "utf-8": "utf-8", "iso-2022-jp": "iso2022_jp"}.get(declared.lower(), declared)
    text = data.decode(py)  # strict
    for target in ("article", "main-content", "main", "body"):
        if target == "article" and "<article" not in text:
            continue
        if target == "main-content" and 'id="main-content"' not in text:
            continue
        if target == "main" and "<main" not in text:
            continue
        v = Visible()
        v.target = target
        v.feed(text)
        return declared, target, "".join(v.parts)
    return declared, "none", ""


def missing_lines(doc: seedmd.Doc, text: str) -> list[str]:
    hay = norm(text)
    pos = 0
    miss = []
    for no, line in seedmd.check_lines(doc):
        n = norm(line)
        if not n:
            continue
        k = hay.find(n, pos)
        if k < 0:
            k2 = hay.find(n)
            miss.append(f"line {no}: {'out of order' if k2 >= 0 else 'missing'}: {line[:60]}")
            continue
        pos = k + len(n)
    return miss


def eml_texts(path: str) -> list[tuple[str, str]]:
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append((f"text/plain; {part.get_content_charset()}; {part['Content-Transfer-Encoding']}", part.get_content()))
        elif ct == "text/html":
            raw = part.get_payload(decode=True)
            _, _, vis = html_visible(raw, part.get_content_charset())
            out.append((f"text/html; {part.get_content_charset()}; {part['Content-Transfer-Encoding']}", vis))
        elif ct == "application/pdf":
            with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
                f.write(part.get_payload(decode=True))
                f.flush()
                out.append((f"application/pdf ({part.get_filename()})", pdf_text(f.name) or ""))
    return out


def main(argv):
    seeds, outdir = argv[1], argv[2]
    bad = 0
    for seed in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        doc = seedmd.parse(seed)
        name = doc.name
        pdf = os.path.join(outdir, "pdf", name + ".pdf")
        if os.path.exists(pdf):
            t = pdf_text(pdf)
            miss = missing_lines(doc, t or "")
            print(f"pdf  {name}: {'OK' if not miss else str(len(miss)) + ' missing'}")
            for m in miss:
                print("     ", m)
            bad += bool(miss)
        page = os.path.join(outdir, "html", name + ".html")
        if os.path.exists(page):
            cs, target, vis = html_visible(open(page, "rb").read())
            miss = missing_lines(doc, vis)
            print(f"html {name}: charset {cs}, article in <{target}>: {'OK' if not miss else str(len(miss)) + ' missing'}")
            for m in miss:
                print("     ", m)
            bad += bool(miss)
        mail = os.path.join(outdir, "eml", name + ".eml")
        if os.path.exists(mail):
            parts = eml_texts(mail)
            carried = False
            for label, text in parts:
                miss = missing_lines(doc, text)
                if len(miss) < 5 or not carried:
                    # a part that carries the notice (the cover of a PDF mail carries none)
                    pass
                short = len(text) < 600
                if short and len(miss) > 5:
                    print(f"eml  {name}: [{label}] a cover ({len(text)} chars), not the notice")
                    continue
                carried = carried or not miss
                print(f"eml  {name}: [{label}] {'OK' if not miss else str(len(miss)) + ' missing'}")
                for m in miss:
                    print("     ", m)
                bad += bool(miss)
            if not carried:
                print(f"eml  {name}: no part carries the whole notice")
                bad += 1
        for kind, ext in (("pdf", "pdf"), ("html", "html"), ("eml", "eml")):
            y = os.path.join(outdir, kind, name + ".expected.yaml")
            src = os.path.join(seeds, name + ".expected.yaml")
            if os.path.exists(os.path.join(outdir, kind, name + "." + ext)):
                if not os.path.exists(y) or open(y, "rb").read() != open(src, "rb").read():
                    print(f"{kind:4} {name}: expected.yaml missing or differs from the seed's")
                    bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
