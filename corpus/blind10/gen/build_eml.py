#!/usr/bin/env python3
"""Build the e-mail cases from src/NAME.headers + src/NAME.txt.

1025: text/plain; charset=ISO-2022-JP, 7bit, B-encoded ISO-2022-JP Subject/From, CRLF.
1026: text/plain; charset=UTF-8, quoted-printable (76 columns, soft breaks anywhere), CRLF.
"""
import os, sys, quopri
from email.header import Header
from email import quoprimime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
OUT = os.path.join(ROOT, "cases")
CRLF = "\r\n"


def read_headers(name):
    hs = []
    for line in open(os.path.join(SRC, name + ".headers"), encoding="utf-8").read().splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            hs.append((k, v.strip()))
    return hs


def enc_header(k, v, charset):
    if all(ord(c) < 128 for c in v):
        return f"{k}: {v}"
    if k in ("From", "To") and "<" in v:
        disp, addr = v.rsplit("<", 1)
        enc = Header(disp.strip(), charset).encode(linesep=CRLF)
        return f"{k}: {enc} <{addr}"
    enc = Header(v, charset, header_name=k).encode(linesep=CRLF)
    return f"{k}: {enc}"


def build(name, charset, cte):
    hs = read_headers(name)
    body = open(os.path.join(SRC, name + ".txt"), encoding="utf-8").read()
    lines = [enc_header(k, v, charset) for k, v in hs]
    if charset == "iso-2022-jp":
        lines.append('Content-Type: text/plain; charset="ISO-2022-JP"')
        lines.append("Content-Transfer-Encoding: 7bit")
        raw = "\r\n".join(body.splitlines()).encode("iso2022_jp").decode("ascii")
        payload = raw
    else:
        lines.append('Content-Type: text/plain; charset="UTF-8"')
        lines.append("Content-Transfer-Encoding: quoted-printable")
        # encode the UTF-8 bytes, keep newlines as hard breaks, soft-wrap at 76 columns
        b = "\n".join(body.splitlines()).encode("utf-8")
        q = quopri.encodestring(b, quotetabs=False).decode("ascii")
        payload = "\r\n".join(q.split("\n"))
    data = "\r\n".join(lines) + "\r\n\r\n" + payload + "\r\n"
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data.encode("ascii"))


build("1025_eml_asahikawa", "iso-2022-jp", "7bit")
build("1026_eml_hiroshima_qp", "utf-8", "quoted-printable")
