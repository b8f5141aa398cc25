#!/usr/bin/env python3
"""Assemble the e-mail cases 1119-1124 from ../src byte by byte (CRLF line ends, fixed
boundaries and ids, so the output is reproducible). Each mail is built by hand rather than
with Python's email package, to get the exact encodings real clients produce.
Usage: build_eml.py [NAME ...]"""
import base64
import subprocess
import os
import quopri
import re
import struct
import sys
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src")
CASES = os.path.join(ROOT, "cases")


def src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def headers(name):
    """NAME.headers: 'Key: value' lines (values in Unicode), in order."""
    out = []
    for line in src(name).splitlines():
        if line.strip():
            k, _, v = line.partition(": ")
            out.append((k, v))
    return out


def ascii_ok(s):
    return all(ord(ch) < 128 for ch in s)


def bword(text, charset="UTF-8"):
    enc = {"UTF-8": "utf-8", "ISO-2022-JP": "iso2022_jp", "Shift_JIS": "cp932"}[charset]
    return f"=?{charset}?B?{base64.b64encode(text.encode(enc)).decode()}?="


def qword(text, charset="UTF-8"):
    out = []
    for b in text.encode("utf-8"):
        ch = chr(b)
        if ch.isalnum() and b < 128:
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return f"=?{charset}?Q?{''.join(out)}?="


def split_for_words(text, charset, maxbytes):
    """Cut text into pieces whose encoded form stays short (whole characters only)."""
    enc = {"UTF-8": "utf-8", "ISO-2022-JP": "iso2022_jp", "Shift_JIS": "cp932"}[charset]
    pieces, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(enc)) > maxbytes:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces


def enc_value(v, charset="UTF-8"):
    """Encode an unstructured header value (Subject) or a display name, folded."""
    if ascii_ok(v):
        return v
    words = [bword(p, charset) for p in split_for_words(v, charset, 36 if charset != "UTF-8" else 42)]
    return "\r\n ".join(words)


def enc_address(v, charset="UTF-8"):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", v)
    if not m or ascii_ok(m.group(1)):
        return v
    name = m.group(1)
    one = bword(name, charset)
    if len(one) <= 75:
        return f"{one} <{m.group(2)}>"
    # a long display name is cut at its spaces (each word keeps whole characters)
    parts = re.findall(r"\S+\s*", name)
    return "\r\n ".join(bword(p, charset) for p in parts) + f" <{m.group(2)}>"


ADDR = {"From", "To", "Cc", "Reply-To", "List-Id"}


def head_block(pairs, charset="UTF-8", extra=()):
    lines = []
    for k, v in list(pairs) + list(extra):
        if k in ADDR:
            v = enc_address(v, charset)
        elif k in ("Subject", "Thread-Topic"):
            v = enc_value(v, charset)
        lines.append(f"{k}: {v}")
    return "\r\n".join(lines) + "\r\n"


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


def qp(data):
    # quopri wraps at 76 with "=" soft breaks; line ends of the input stay hard breaks
    return crlf(quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii"))

def write(name, text):
    with open(os.path.join(CASES, name + ".eml"), "wb") as f:
        f.write(text.encode("ascii") if isinstance(text, str) else text)


def fname_enc(fname):
    return "".join(bword(p) for p in split_for_words(fname, "UTF-8", 30))


def rfc2231(fname):
    return urllib.parse.quote(fname.encode("utf-8"), safe="")


def jis(text):
    """What a Japanese mailer does before ISO-2022-JP: the Windows forms of the wave dash and
    the full-width minus become their JIS X 0208 code points (U+301C, U+2212)."""
    return text.replace("\uff5e", "\u301c").replace("\uff0d", "\u2212")


# ---------------------------------------------------------------- 1119 ISO-2022-JP, 7bit
def b1119():
    name = "1119_iso2022jp_7bit"
    body = jis(crlf(src(name + ".txt"))).encode("iso2022_jp").decode("ascii")
    h = head_block(headers(name + ".headers"), charset="ISO-2022-JP", extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=ISO-2022-JP"),
        ("Content-Transfer-Encoding", "7bit")])
    write(name, h + "\r\n" + body)


# ---------------------------------------------------------------- 1120 UTF-8 quoted-printable
def b1120():
    name = "1120_utf8_qp_longurl"
    data = src(name + ".txt").encode("utf-8")
    h = head_block(headers(name + ".headers"), extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "quoted-printable")])
    write(name, h + "\r\n" + qp(data))


# ---------------------------------------------------------------- 1121 multipart/alternative
def b1121():
    name = "1121_alternative"
    bnd = "_000_OS3PR01MB8421B2D7C0F91E6A5C3D8E41OS3PR01MB8421jpnp_"
    h = head_block(headers(name + ".headers"), extra=[
        ("Content-Language", "ja-JP"),
        ("Content-Type", f'multipart/alternative;\r\n\tboundary="{bnd}"'),
        ("MIME-Version", "1.0")])
    parts = [h, "\r\n",
             f"--{bnd}\r\n",
             'Content-Type: text/plain; charset="utf-8"\r\n',
             "Content-Transfer-Encoding: base64\r\n\r\n",
             b64(crlf(src(name + ".txt")).encode("utf-8")), "\r\n",
             f"--{bnd}\r\n",
             'Content-Type: text/html; charset="utf-8"\r\n',
             "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
             qp(crlf(src(name + ".html")).encode("utf-8")), "\r\n",
             f"--{bnd}--\r\n"]
    write(name, "".join(parts))


# ---------------------------------------------------------------- 1122 HTML only, base64
def b1122():
    name = "1122_html_only"
    h = head_block(headers(name + ".headers"), extra=[
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "base64"),
        ("MIME-Version", "1.0")])
    write(name, h + "\r\n" + b64(crlf(src(name + ".html")).encode("utf-8")))


# ---------------------------------------------------------------- 1123 forward with > quoting
def b1123():
    name = "1123_forward_quoted"
    h = head_block(headers(name + ".headers"), extra=[
        ("MIME-Version", "1.0"),
        ("Content-Language", "ja"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit")])
    write(name, h.encode("ascii") + b"\r\n" + crlf(src(name + ".txt")).encode("utf-8"))


# ---------------------------------------------------------------- 1124 PDF attachment
def b1124():
    name = "1124_pdf_attachment"
    work = os.path.join(HERE, "work")
    os.makedirs(work, exist_ok=True)
    pdf = os.path.join(work, "1124_attachment.pdf")
    subprocess.run(["pango-view", "-q", "--font=IPAexGothic 11", "--margin=60", "--dpi=72",
                    "--width=475", "--wrap=word-char", "-o", pdf, os.path.join(SRC, "1124_attachment.txt")],
                   check=True)
    sys.path.insert(0, HERE)
    from fixpdf import fix
    fix(pdf, "D:20261030150000+09'00'")
    att = open(pdf, "rb").read()
    bnd = "----=_NextPart_000_0011_01DB2A7F.3C5E1F90"
    alt = "----=_NextPart_001_0012_01DB2A7F.3C5E1F90"
    fname = "別紙_計画停止日程（11月）.pdf"
    text = crlf(src(name + ".txt"))
    html = "<html><body>" + "".join(f"<p>{l or '&nbsp;'}</p>" for l in src(name + ".txt").splitlines()) + "</body></html>"
    h = head_block(headers(name + ".headers"), charset="ISO-2022-JP", extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/mixed;\r\n\tboundary="{bnd}"'),
        ("Content-Language", "ja")])
    parts = [h, "\r\n",
             "This is a multipart message in MIME format.\r\n\r\n",
             f"--{bnd}\r\n",
             f'Content-Type: multipart/alternative;\r\n\tboundary="{alt}"\r\n\r\n\r\n',
             f"--{alt}\r\n",
             'Content-Type: text/plain;\r\n\tcharset="iso-2022-jp"\r\n',
             "Content-Transfer-Encoding: 7bit\r\n\r\n",
             jis(text).encode("iso2022_jp").decode("ascii"), "\r\n",
             f"--{alt}\r\n",
             'Content-Type: text/html;\r\n\tcharset="iso-2022-jp"\r\n',
             "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
             qp(jis(html).encode("iso2022_jp")), "\r\n",
             f"--{alt}--\r\n\r\n",
             f"--{bnd}\r\n",
             f'Content-Type: application/pdf;\r\n\tname="{fname_enc(fname)}"\r\n',
             "Content-Transfer-Encoding: base64\r\n",
             f'Content-Disposition: attachment;\r\n\tfilename="{fname_enc(fname)}"\r\n\r\n',
             b64(att), "\r\n",
             f"--{bnd}--\r\n"]
    write(name, "".join(parts))


BUILDERS = {k[1:]: v for k, v in globals().items() if re.match(r"b11\d\d$", k)}

if __name__ == "__main__":
    for n in sys.argv[1:] or sorted(BUILDERS):
        BUILDERS[n[:4]]()
        print("built", n[:4])
