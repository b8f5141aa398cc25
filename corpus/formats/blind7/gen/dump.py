#!/usr/bin/env python3
"""Read every case back the way a reader would and write the text to gen/work/dump/NAME.txt:
PDF with `pdftotext -layout`, HTML decoded with its declared charset and rendered by
`pandoc -t plain` (links shown as targets), e-mail parsed with Python's email package
(parts decoded, HTML parts via pandoc, PDF attachments via pdftotext).
Used to check that the content survived rendering; not part of the answers."""
import email
import email.policy
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "work", "dump")


def pdftext(data):
    p = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    return p.stdout.decode("utf-8")


def html_charset(raw):
    m = re.search(rb'charset\s*=\s*"?([A-Za-z0-9_-]+)', raw[:2048], re.I)
    cs = (m.group(1).decode() if m else "utf-8").lower()
    return {"shift_jis": "cp932", "euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp"}.get(cs, cs)


def htmltext(text):
    p = subprocess.run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none"], input=text.encode("utf-8"),
                       capture_output=True, check=True)
    links = re.findall(r'href="([^"]+)"', text)
    base = re.findall(r'<base href="([^"]+)"', text) + re.findall(r'rel="canonical" href="([^"]+)"', text)
    return p.stdout.decode("utf-8") + "\n[hrefs] " + " | ".join(links) + "\n[base/canonical] " + " | ".join(base) + "\n"


def emltext(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for k in ("From", "To", "Subject", "Date"):
        out.append(f"{k}: {msg[k]}")
    out.append("")
    for part in msg.walk():
        if part.is_multipart():
            out.append(f"[multipart {part.get_content_type()}]")
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        out.append(f"[part {ct} charset={part.get_content_charset()} cte={part['Content-Transfer-Encoding']} filename={fn}]")
        if ct == "application/pdf":
            out.append(pdftext(part.get_payload(decode=True)))
        elif ct == "text/html":
            out.append(htmltext(part.get_content()))
        else:
            out.append(part.get_content())
    return "\n".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(ROOT, "cases", "*"))):
        if path.endswith(".yaml"):
            continue
        name, ext = os.path.splitext(os.path.basename(path))
        if len(sys.argv) > 1 and not any(name.startswith(a) for a in sys.argv[1:]):
            continue
        raw = open(path, "rb").read()
        if ext == ".pdf":
            text = pdftext(raw)
        elif ext == ".html":
            text = htmltext(raw.decode(html_charset(raw)))
        elif ext == ".eml":
            text = emltext(raw)
        else:
            continue
        open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write(text)
        print("dumped", name)


if __name__ == "__main__":
    main()
