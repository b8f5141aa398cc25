#!/usr/bin/env python3
"""Assemble the e-mail cases 822-830 from ../src byte by byte (CRLF line ends, fixed
boundaries and ids, so the output is reproducible). Each mail is built by hand rather than
with Python's email package, to get the exact encodings real clients produce.
Usage: build_eml.py [NAME ...]"""
import base64
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


# ---------------------------------------------------------------- 822 format=flowed; delsp=yes
def b822():
    name = "822_flowed_delsp"
    body = src(name + ".txt")
    # "¦" + newline in the source marks a soft line break: on the wire it is " " CRLF, and
    # with delsp=yes that space is deleted when the lines are joined again
    assert not re.search(r" \n", body.replace("-- \n", "")), "stray trailing space"
    body = body.replace("¦\n", " \n")
    lines = []
    for line in body.split("\n"):
        if line.startswith((" ", ">", "From ")) and line != "-- ":
            line = " " + line       # space-stuffing
        lines.append(line)
    data = "\r\n".join(lines).encode("utf-8")
    h = head_block(headers(name + ".headers"), extra=[
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181\\))"),
        ("Content-Type", "text/plain; charset=utf-8; format=flowed; delsp=yes"),
        ("Content-Transfer-Encoding", "8bit")])
    write(name, h.encode("ascii") + b"\r\n" + data)


# ---------------------------------------------------------------- 823 Outlook, HTML only
def b823():
    name = "823_outlook_html_only"
    html = src(name + ".html").replace("\n", "\r\n").encode("utf-8")
    h = head_block(headers(name + ".headers"), extra=[
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("MIME-Version", "1.0")])
    write(name, h + "\r\n" + qp(html))


# ---------------------------------------------------------------- 824 Apple Mail: alternative > related
def png_logo():
    """A 180x40 RGB PNG: a green band and three bars (no text), built with zlib."""
    w, hgt = 180, 40
    rows = []
    for y in range(hgt):
        row = bytearray([0])
        for x in range(w):
            if y < 6:
                px = (0x1F, 0x6E, 0x43)
            elif 12 <= y < 34 and any(a <= x < a + 14 for a in (12, 32, 52)):
                px = (0x1F, 0x6E, 0x43)
            else:
                px = (0xFF, 0xFF, 0xFF)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def b824():
    name = "824_apple_related"
    alt = "Apple-Mail=_4E1D3A8C-2B7F-4C51-9A06-6D3E8B2F1C70"
    rel = "Apple-Mail=_9B2C5E7A-1D48-4F3B-8E60-2A7C4D9F0B13"
    text = crlf(src(name + ".txt")).encode("utf-8")
    html = src(name + ".html").strip().encode("utf-8")
    h = head_block(headers(name + ".headers"), extra=[
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181\\))"),
        ("Content-Type", f'multipart/alternative;\r\n\tboundary="{alt}"')])
    parts = [h, "\r\n",
             f"\r\n--{alt}\r\n",
             "Content-Transfer-Encoding: quoted-printable\r\n",
             "Content-Type: text/plain;\r\n\tcharset=utf-8\r\n\r\n",
             qp(text),
             f"\r\n--{alt}\r\n",
             f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{rel}"\r\n\r\n',
             f"\r\n--{rel}\r\n",
             "Content-Transfer-Encoding: quoted-printable\r\n",
             "Content-Type: text/html;\r\n\tcharset=utf-8\r\n\r\n",
             qp(html),
             f"\r\n--{rel}\r\n",
             "Content-Transfer-Encoding: base64\r\n",
             "Content-Disposition: inline;\r\n\tfilename=tottori_logo.png\r\n",
             "Content-Type: image/png;\r\n\tx-unix-mode=0644;\r\n\tname=\"tottori_logo.png\"\r\n",
             "Content-Id: <tottori-logo@tottori-med.jp>\r\n\r\n",
             b64(png_logo()),
             f"\r\n--{rel}--\r\n",
             f"\r\n--{alt}--\r\n"]
    write(name, "".join(parts))


# ---------------------------------------------------------------- 825 forward as message/rfc822
def b825():
    name = "825_rfc822_forward"
    bnd = "------------3kF0vQ8bZ2mN7yR1xT5wC9dE"
    inner_h = head_block(headers("825_inner.headers"), extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "base64")])
    inner = inner_h + "\r\n" + b64(crlf(src("825_inner.txt")).encode("utf-8"))
    outer_text = crlf(src(name + ".txt")).encode("utf-8")
    fname = "【医療機関等向け総合ポータルサイト】計画停止のお知らせ.eml"
    h = head_block(headers(name + ".headers"), extra=[
        ("MIME-Version", "1.0"),
        ("Content-Language", "ja"),
        ("Content-Type", f'multipart/mixed;\r\n boundary="{bnd}"')])
    parts = [h, "\r\n",
             "This is a multi-part message in MIME format.\r\n",
             f"--{bnd}\r\n",
             "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n",
             "Content-Transfer-Encoding: base64\r\n\r\n",
             b64(outer_text), "\r\n",
             f"--{bnd}\r\n",
             f'Content-Type: message/rfc822; charset=UTF-8;\r\n name="{fname_enc(fname)}"\r\n',
             f'Content-Disposition: attachment;\r\n filename*0*=UTF-8\'\'{rfc2231(fname)}\r\n\r\n',
             inner, "\r\n",
             f"--{bnd}--\r\n"]
    write(name, "".join(parts))


def fname_enc(fname):
    return " ".join(bword(p) for p in split_for_words(fname, "UTF-8", 30)).replace(" ", "")


def rfc2231(fname):
    return urllib.parse.quote(fname.encode("utf-8"), safe="")


# ---------------------------------------------------------------- 826 ISO-2022-JP, quoted-printable
def b826():
    name = "826_iso2022jp_qp"
    data = crlf(src(name + ".txt")).encode("iso2022_jp")
    h = head_block(headers(name + ".headers"), charset="ISO-2022-JP", extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=iso-2022-jp"),
        ("Content-Transfer-Encoding", "quoted-printable")])
    write(name, h + "\r\n" + qp(data))


# ---------------------------------------------------------------- 827 Mailman MIME digest
def b827():
    name = "827_digest"
    outer = "===============4287731094562810345=="
    dig = "===============0739156286413094877=="
    head = crlf(src("827_digest_head.txt")).encode("utf-8")
    foot = crlf(src("827_digest_foot.txt")).encode("utf-8")
    m1 = head_block(headers("827_msg1.headers"), charset="ISO-2022-JP", extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=ISO-2022-JP"),
        ("Content-Transfer-Encoding", "7bit")]) + "\r\n" + crlf(src("827_msg1.txt")).encode("iso2022_jp").decode("ascii")
    m2 = head_block(headers("827_msg2.headers"), extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "base64")]) + "\r\n" + b64(crlf(src("827_msg2.txt")).encode("utf-8"))
    h = head_block(headers(name + ".headers"), extra=[
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/mixed; boundary="{outer}"')])
    parts = [h, "\r\n",
             f"--{outer}\r\n",
             'Content-Type: text/plain; charset="utf-8"\r\n',
             "MIME-Version: 1.0\r\n",
             "Content-Transfer-Encoding: base64\r\n",
             "Content-Description: iryo-it Digest, Vol 38, Issue 4\r\n\r\n",
             b64(head), "\r\n",
             f"--{outer}\r\n",
             f'Content-Type: multipart/digest; boundary="{dig}"\r\n',
             "MIME-Version: 1.0\r\n\r\n",
             f"--{dig}\r\n",
             "Content-Type: message/rfc822\r\n",
             "MIME-Version: 1.0\r\n\r\n",
             m1, "\r\n",
             f"--{dig}\r\n",
             "Content-Type: message/rfc822\r\n",
             "MIME-Version: 1.0\r\n\r\n",
             m2, "\r\n",
             f"--{dig}--\r\n\r\n",
             f"--{outer}\r\n",
             'Content-Type: text/plain; charset="us-ascii"\r\n',
             "MIME-Version: 1.0\r\n",
             "Content-Transfer-Encoding: 7bit\r\n",
             "Content-Description: Digest Footer\r\n\r\n",
             foot.decode("ascii"), "\r\n",
             f"--{outer}--\r\n"]
    write(name, "".join(parts))


# ---------------------------------------------------------------- 828 reply with quoting
def b828():
    name = "828_reply_quoted"
    data = crlf(src(name + ".txt")).encode("utf-8")
    h = head_block(headers(name + ".headers"), extra=[
        ("MIME-Version", "1.0"),
        ("Content-Language", "ja"),
        ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
        ("Content-Transfer-Encoding", "8bit")])
    write(name, h.encode("ascii") + b"\r\n" + data)


# ---------------------------------------------------------------- 829 .txt attachment
def b829():
    name = "829_txt_attachment"
    bnd = "_002_TYAPR01MB5921C8E4A1B7D3F06E2AB9C4TYAPR01MB5921jpnp_"
    cover = crlf(src(name + ".txt")).encode("iso2022_jp").decode("ascii")
    att = crlf(src("829_attachment.txt")).encode("cp932")
    fname = "国保連合会_システム停止のお知らせ.txt"
    h = head_block(headers(name + ".headers"), charset="ISO-2022-JP", extra=[
        ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", "yes"),
        ("Content-Type", f'multipart/mixed;\r\n\tboundary="{bnd}"'),
        ("MIME-Version", "1.0")])
    parts = [h, "\r\n",
             f"--{bnd}\r\n",
             'Content-Type: text/plain; charset="iso-2022-jp"\r\n',
             "Content-Transfer-Encoding: 7bit\r\n\r\n",
             cover, "\r\n",
             f"--{bnd}\r\n",
             f'Content-Type: text/plain; charset="Shift_JIS"; name="{fname_enc_sjis(fname)}"\r\n',
             f'Content-Description: {fname_enc_sjis(fname)}\r\n',
             f"Content-Disposition: attachment;\r\n\tfilename*=UTF-8''{rfc2231(fname)};\r\n\tsize={len(att)};\r\n"
             '\tcreation-date="Tue, 05 Oct 2027 04:46:02 GMT";\r\n\tmodification-date="Tue, 05 Oct 2027 04:48:20 GMT"\r\n',
             "Content-Transfer-Encoding: base64\r\n\r\n",
             b64(att), "\r\n",
             f"--{bnd}--\r\n"]
    write(name, "".join(parts))


def fname_enc_sjis(fname):
    return "".join(bword(p, "ISO-2022-JP") for p in split_for_words(fname, "ISO-2022-JP", 30))


# ---------------------------------------------------------------- 830 split Subject, Date (JST)
def b830():
    name = "830_split_subject_jst"
    hs = headers(name + ".headers")
    subj = dict(hs)["Subject"]
    # several encoded words in three charsets/encodings, folded over four lines
    a, rest = subj.split("電子カルテ", 1)
    b_, rest = ("電子カルテ" + rest).split("停止", 1)
    c_, d_ = ("停止" + rest).split("（滋賀", 1)
    d_ = "（滋賀" + d_
    # the first part is cut into two B-words BETWEEN THE BYTES of one character (月), as some
    # mailers cut by octets; RFC 2047 forbids it, but readers that join adjacent words of one
    # charset before decoding still get the text back
    ab = a.encode("utf-8")
    cut = ab.index("月".encode("utf-8")) + 1
    w1 = "=?UTF-8?B?" + base64.b64encode(ab[:cut]).decode() + "?="
    w2 = "=?UTF-8?B?" + base64.b64encode(ab[cut:]).decode() + "?="
    words = [w1, w2, bword(b_, "ISO-2022-JP"), qword(c_, "UTF-8"), bword(d_, "UTF-8")]
    folded = "\r\n ".join(words)
    out = []
    for k, v in hs:
        if k == "Subject":
            out.append(f"Subject: {folded}")
        elif k in ADDR:
            out.append(f"{k}: {enc_address(v)}")
        else:
            out.append(f"{k}: {v}")
    out += ["MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: base64"]
    body = b64(crlf(src(name + ".txt")).encode("utf-8"))
    write(name, "\r\n".join(out) + "\r\n\r\n" + body)


BUILDERS = {k[1:]: v for k, v in globals().items() if re.match(r"b8\d\d$", k)}

if __name__ == "__main__":
    for n in sys.argv[1:] or sorted(BUILDERS):
        BUILDERS[n[:3]]()
        print("built", n[:3])
