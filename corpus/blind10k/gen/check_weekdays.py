#!/usr/bin/env python3
"""Check that every weekday written next to a date agrees with Python's datetime.

Reads each case (txt, html decoded by its meta charset, eml via the email package with all
its text parts and (batch10k) its PDF attachments, pdf via pdftotext), normalises (NFKC, kanji numerals), finds dates followed by a bracketed weekday,
resolves a year-less date from the expected document date (the first such date on or after
it, allowing 90 days back; with no document date, the last year written before it), and a
bare day (翌18日（日）) from the last month seen. Also checks that every explicit year
(令和N年, 二〇二六年, 2026年, 2026/…, 2026.…, R8.…) is 2026 or 2027 and that every full date
(year, month, day) exists, and that no bracketed weekday after a day went unchecked. Prints every check; exits 1 on a mismatch.
"""
import datetime as dt
import email
import email.policy
import glob
import html
import os
import re
import subprocess
import sys
import unicodedata

import yaml

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases")
WD = "月火水木金土日"
ERA = {"令和": 2018, "R": 2018, "平成": 1988}


def kanji_num(s):
    digits = "〇一二三四五六七八九"
    def conv(m):
        t = m.group(0)
        if "十" not in t:
            return "".join(str(digits.index(ch)) for ch in t)
        a, _, b = t.partition("十")
        return str((digits.index(a) if a else 1) * 10 + (digits.index(b) if b else 0))
    return re.sub(r"[〇一二三四五六七八九十]+(?=[年月日時])", conv, s)


def html_text(raw_or_str):
    """Decode an HTML page by its meta charset, strip tags, keep link targets at the end."""
    if isinstance(raw_or_str, bytes):
        m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw_or_str)
        enc = m.group(1).decode() if m else "utf-8"
        enc = {"shift_jis": "cp932", "euc-jp": "euc_jp"}.get(enc.lower(), enc)
        t = raw_or_str.decode(enc)
    else:
        t = raw_or_str
    hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', t)]
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t) + "\n" + "\n".join(hrefs)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    raw = open(path, "rb").read()
    if ext == "txt":
        return raw.decode("utf-8")
    if ext == "html":
        return html_text(raw)
    if ext == "eml":
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [str(msg["Subject"])]
        for part in msg.walk():
            if part.get_content_type() == "application/pdf":
                # batch10k: a circular attached as a PDF is read like a .pdf case
                r = subprocess.run(["pdftotext", "-layout", "-", "-"], input=part.get_content(), capture_output=True)
                parts.append(r.stdout.decode("utf-8"))
                continue
            if part.get_content_maintype() != "text":
                continue
            body = part.get_content()
            parts.append(html_text(body) if part.get_content_subtype() == "html" else body)
        return "\n".join(parts)
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    raise ValueError(path)


def main():
    bad = 0
    n = 0
    ny = 0
    for path in sorted(glob.glob(os.path.join(CASES, "*"))):
        if path.endswith(".yaml"):
            continue
        stem = path.rsplit(".", 1)[0]
        gold = yaml.safe_load(open(stem + ".expected.yaml", encoding="utf-8"))
        doc = gold["document"]["date"]
        doc = doc if isinstance(doc, dt.date) else None
        t = kanji_num(unicodedata.normalize("NFKC", text_of(path)))
        t = re.sub(r"(?<=\d) (?=[年月日])|(?<=[年月日]) (?=\d)", "", t)
        pat = re.compile(
            r"(?:(令和|平成|R)(\d+|元)(?:年|\.(?=\d))|(\d{4})年|(\d{4})[./])?\s*(?:(\d{1,2})(?:月|[./]))?\s*(\d{1,2})日?\s*\((" + "[" + WD + "]" + r")(?:曜日?)?(?:・祝)?\)")
        last_year = None
        last_month = None
        spans = [m.span() for m in pat.finditer(t)]
        # a bracketed weekday right after a day (digits, 日) that no date pattern took is unchecked
        for x in re.finditer(r"\([" + WD + r"](?:曜日?)?(?:・祝)?\)", t):
            if not any(a <= x.start() < b for a, b in spans) and re.search(r"\d\s*日?\s*$", t[: x.start()]):
                bad += 1
                print(f"  BAD {os.path.basename(path)}: unchecked weekday at {t[max(0, x.start() - 20): x.end()]!r}")
        for m in pat.finditer(t):
            era, ey, wy, dy, mo, d, w = m.groups()
            # last year written before this match
            before = t[: m.start()]
            yrs = [(x.start(), x) for x in re.finditer(r"(令和|平成|R)(\d+|元)年|(\d{4})年|(\d{4})[./]\d", before)]
            if mo:
                mo = int(mo)
            else:
                mo = last_month
            if era:
                y = ERA[era] + (1 if ey == "元" else int(ey))
            elif wy or dy:
                y = int(wy or dy)
            elif doc and mo:
                # DOMAIN.md: a year-less date takes its year from the document's date: the
                # first such date on or after it (allowing 90 days back, for reports of past
                # work); a December letter about January means next year.
                y = None
                for cand in (doc.year - 1, doc.year, doc.year + 1):
                    try:
                        if dt.date(cand, mo, int(d)) >= doc - dt.timedelta(days=90):
                            y = cand
                            break
                    except ValueError:
                        continue
            else:
                y = None
                if yrs:
                    x = yrs[-1][1]
                    y = ERA[x.group(1)] + (1 if x.group(2) == "元" else int(x.group(2))) if x.group(1) else int(x.group(3) or x.group(4))
            if y is None or mo is None:
                print(f"  ? {os.path.basename(path)}: cannot resolve {m.group(0)!r}")
                bad += 1
                continue
            last_month = mo
            try:
                date = dt.date(y, mo, int(d))
            except ValueError:
                print(f"  ! {os.path.basename(path)}: invalid date {m.group(0)!r}")
                bad += 1
                continue
            n += 1
            ok = WD[date.weekday()] == w
            if not ok:
                bad += 1
            print(f"  {'ok ' if ok else 'BAD'} {os.path.basename(path)}: {m.group(0).strip()!r} -> {date} {WD[date.weekday()]}")
        # every explicit year in 2026-2027, every full date valid (link targets left out)
        t = re.sub(r"https?://\S+", " ", t)
        for m in re.finditer(r"(令和|平成|(?<![A-Za-z])R)(\d+|元)[年.]|(?<!\d)(\d{4})(?:年|[./](?=\d))", t):
            y = ERA[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2))) if m.group(1) else int(m.group(3))
            ny += 1
            if y not in (2026, 2027):
                bad += 1
                print(f"  BAD {os.path.basename(path)}: year {m.group(0)!r} -> {y}")
        for m in re.finditer(r"(?:(令和|(?<![A-Za-z])R)(\d+)[年.]|(?<!\d)(\d{4})[年./])\s*(\d{1,2})[月./]\s*(\d{1,2})(?!\d)", t):
            y = ERA[m.group(1)] + int(m.group(2)) if m.group(1) else int(m.group(3))
            try:
                dt.date(y, int(m.group(4)), int(m.group(5)))
            except ValueError:
                bad += 1
                print(f"  BAD {os.path.basename(path)}: no such date {m.group(0)!r}")
    print(f"{n} weekdays checked, {ny} years checked, {bad} bad")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
