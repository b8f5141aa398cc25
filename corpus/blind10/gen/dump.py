#!/usr/bin/env python3
"""Read every case back as a reader would see it, into gen/work/dump/NAME.txt:
.txt as is, .pdf with `pdftotext -layout`, .html with pandoc (plain text), .eml with Python's
email package (headers Date/Subject/From, then every text part decoded)."""
import os, glob, subprocess, email, email.policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "gen", "work", "dump")
os.makedirs(OUT, exist_ok=True)
for y in sorted(glob.glob(os.path.join(ROOT, "cases", "*.expected.yaml"))):
    stem = y[: -len(".expected.yaml")]
    name = os.path.basename(stem)
    for ext in ("txt", "pdf", "html", "eml"):
        if os.path.exists(stem + "." + ext):
            break
    p = stem + "." + ext
    if ext == "txt":
        text = open(p, encoding="utf-8").read()
    elif ext == "pdf":
        text = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    elif ext == "html":
        raw = open(p, "rb").read()
        if b"Shift_JIS" in raw[:600]:
            raw = raw.decode("cp932").encode("utf-8")
        text = subprocess.run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none"], input=raw, capture_output=True, check=True).stdout.decode("utf-8")
    else:
        m = email.message_from_binary_file(open(p, "rb"), policy=email.policy.default)
        parts = [f"Date: {m['Date']}\nFrom: {m['From']}\nSubject: {m['Subject']}\n"]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        text = "\n".join(parts)
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write(text)
    print(f"{name}.{ext}: {len(text)} chars")
