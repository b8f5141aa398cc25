#!/usr/bin/env python3
"""Read every case back the way a reader would, into gen/work/dump/NAME.txt, to check that the
content survived rendering (not part of the answers):
  PDF   `pdftotext -layout` (and the page count / sizes / rotation from pdfinfo)
  HTML  decoded with its declared charset, rendered by `pandoc -t plain`, plus the link targets
  mail  Python's email package (PDF attachments through pdftotext -layout): headers decoded, every part decoded (format=flowed text
        un-flowed per RFC 3676 incl. delsp), HTML parts through pandoc, message/rfc822 parts
        recursed into."""
import email
import email.policy
import glob
import html.parser
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "work", "dump")


def pdftext(path):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", path], capture_output=True, text=True).stdout
    meta = "\n".join(l for l in info.splitlines() if re.match(r"(Producer|Creator|Pages|Page +\d+ (size|rot))", l))
    t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout
    return meta + "\n\n" + t.decode("utf-8")


def html_charset(raw):
    m = re.search(rb'charset\s*=\s*"?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    cs = (m.group(1).decode() if m else "utf-8").lower()
    return {"shift_jis": "cp932", "euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp"}.get(cs, cs)


class _Visible(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "dt", "dd", "table", "pre",
             "section", "article", "header", "footer", "summary", "details", "center", "hr"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(text):
    v = _Visible()
    v.feed(text)
    return re.sub(r"\n\s*\n+", "\n", "".join(v.out))


def htmltext(text):
    p = subprocess.run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none"], input=text.encode("utf-8"),
                       capture_output=True)
    if p.returncode:   # pandoc gives up on some old nested-table pages: a plain text walk instead
        p.stdout = ("[html.parser]\n" + visible(text)).encode("utf-8")
    links = re.findall(r'href="([^"]+)"', text, re.I)
    base = re.findall(r'<base href="([^"]+)"', text, re.I) + re.findall(r'rel="canonical" href="([^"]+)"', text, re.I)
    return p.stdout.decode("utf-8") + "\n[hrefs] " + " | ".join(links) + "\n[base/canonical] " + " | ".join(base) + "\n"


def unflow(text, delsp):
    out, buf = [], ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            buf += line[:-1] if delsp else line
        else:
            out.append(buf + line)
            buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


def emltext(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part is msg or part.get_content_type() == "message/rfc822" or part.get("Message-ID"):
            for k in ("From", "To", "Subject", "Date"):
                if part[k]:
                    out.append(f"{k}: {part[k]}")
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            out.append(f"[{part.get_content_type()}]")
            continue
        ct = part.get_content_type()
        out.append(f"[part {ct} charset={part.get_content_charset()} cte={part['Content-Transfer-Encoding']} "
                   f"filename={part.get_filename()} cid={part['Content-ID']}]")
        if ct == "text/html":
            out.append(htmltext(part.get_content()))
        elif ct.startswith("text/"):
            t = part.get_content()
            if part.get_param("format") == "flowed":
                t = unflow(t, (part.get_param("delsp") or "").lower() == "yes")
            out.append(t)
        elif ct == "application/pdf":
            data = part.get_payload(decode=True)
            t = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
            out.append(f"({len(data)} bytes; pdftotext -layout:)\n" + t.stdout.decode("utf-8"))
        else:
            out.append(f"({len(part.get_payload(decode=True))} bytes)")
    return "\n".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(ROOT, "cases", "11*.*"))):
        if path.endswith(".yaml"):
            continue
        name, ext = os.path.splitext(os.path.basename(path))
        raw = open(path, "rb").read()
        if ext == ".pdf":
            text = pdftext(path)
        elif ext == ".html":
            text = htmltext(raw.decode(html_charset(raw)))
        elif ext == ".eml":
            text = emltext(raw)
        else:
            continue
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        print(name, len(text))


if __name__ == "__main__":
    main()
