#!/usr/bin/env python3
"""Build the e-mail cases (cases/74x_*.eml) from src/74x_*.headers + bodies.

Each message is assembled with Python's email package (compat32 policy, CRLF line
ends, fixed boundaries and Message-IDs) the way the named mail client would write it:
charset and transfer encoding per case are set below. Usage: build_eml.py [NAME ...]
"""
import base64
import re
import email.charset
import email.generator
import email.policy
import io
import os
import sys
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src")
CASES = os.path.join(ROOT, "cases")
WORK = os.path.join(HERE, "work")

POLICY = email.policy.compat32.clone(linesep="\r\n", max_line_length=78)


def read(name, ext):
    return open(os.path.join(SRC, name + ext), encoding="utf-8").read()


def headers(name):
    h = {}
    for line in read(name, ".headers").splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            h[k.strip()] = v.strip()
    return h


def enc_addr(value, charset):
    """'名前 <a@b>' -> encoded display name + address (addresses may be 'undisclosed')."""
    name, addr = parseaddr(value)
    if not name:
        return value
    if "<undisclosed" in value:
        return str(Header(name, charset).encode()) + " <undisclosed-recipients:;>"
    return formataddr((str(Header(name, charset).encode()), addr))


def charset(name, body):
    c = email.charset.Charset(name)
    c.body_encoding = body
    return c


def set_headers(msg, h, hcs, order=("From", "To", "Subject", "Date", "Message-ID")):
    for k in order:
        if k not in h:
            continue
        v = h[k]
        if k in ("From", "To"):
            msg[k] = enc_addr(v, hcs)
        elif k == "Subject":
            msg[k] = Header(v, hcs, maxlinelen=76, header_name="Subject")
        else:
            msg[k] = v
    for k, v in h.items():
        if k not in order and k != "Attachment-Filename":
            msg[k] = v


def text_part(text, cs_name, cte, subtype="plain", py_codec=None):
    part = _text_part(text, cs_name, cte, subtype, py_codec)
    del part["MIME-Version"]
    return part


def _text_part(text, cs_name, cte, subtype="plain", py_codec=None):
    """A text part with an exact charset label and transfer encoding.
    py_codec: the Python codec used for the bytes when it differs from the label
    (Shift_JIS mail is really written in windows-31j by Japanese clients)."""
    text = text.replace("\r\n", "\n")
    codec = py_codec or cs_name
    raw = text.encode(codec)
    if cte == "7bit" or cte == "8bit":
        part = MIMEText("", subtype, "us-ascii")
        del part["Content-Transfer-Encoding"]
        del part["Content-Type"]
        part["Content-Type"] = f'text/{subtype}; charset="{cs_name}"'
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        return part
    if cte == "base64":
        part = MIMEText("", subtype, "us-ascii")
        del part["Content-Transfer-Encoding"]
        del part["Content-Type"]
        part["Content-Type"] = f'text/{subtype}; charset="{cs_name}"'
        part["Content-Transfer-Encoding"] = "base64"
        crlf = raw.replace(b"\n", b"\r\n")
        b64 = base64.encodebytes(crlf).decode("ascii")
        part.set_payload(b64)
        return part
    if cte == "quoted-printable":
        part = MIMEText("", subtype, "us-ascii")
        del part["Content-Transfer-Encoding"]
        del part["Content-Type"]
        part["Content-Type"] = f'text/{subtype}; charset="{cs_name}"'
        part["Content-Transfer-Encoding"] = "quoted-printable"
        part.set_payload(qp_encode(raw))
        return part
    raise ValueError(cte)


def qp_encode(raw, width=76):
    """RFC 2045 quoted-printable, lines of at most 76 chars with '=' soft breaks, which
    (like most mailers' encoders) fall wherever the line is full: inside a URL and between
    the octets of one UTF-8 character."""
    out_lines = []
    for line in raw.split(b"\n"):
        toks = []
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            elif b in (0x20, 0x09) and i == len(line) - 1:
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > width - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\n".join(out_lines) + "\n"


def write(msg, name):
    buf = io.BytesIO()
    g = email.generator.BytesGenerator(buf, policy=POLICY, mangle_from_=False)
    g.flatten(msg)
    data = buf.getvalue()
    # BytesGenerator writes 8bit payloads as given; make every line end CRLF exactly once
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    # encoded words as Japanese clients write them: =?ISO-2022-JP?B?...?=, =?UTF-8?B?...?=
    data = re.sub(rb"=\?([A-Za-z0-9_-]+)\?b\?", lambda m: b"=?" + m.group(1).upper() + b"?B?", data)
    open(os.path.join(CASES, name + ".eml"), "wb").write(data)
    print("built cases/%s.eml" % name)


def single(name, cs_name, cte, hcs, subtype="plain", py_codec=None, body_ext=".txt"):
    h = headers(name)
    part = text_part(read(name, body_ext), cs_name, cte, subtype, py_codec)
    msg = part
    # rebuild with headers first, as clients do
    top = MIMEText("", subtype, "us-ascii")
    for k in list(top.keys()):
        del top[k]
    set_headers(top, h, hcs)
    top["MIME-Version"] = "1.0"
    for k, v in msg.items():
        if k != "MIME-Version":
            top[k] = v
    top._payload = msg._payload  # raw (surrogate-escaped) bytes, not re-decoded
    write(top, name)


def build_740():
    single("740_iso2022jp_aomori", "ISO-2022-JP", "7bit", "iso-2022-jp")


def build_741():
    single("741_utf8_base64_mhlw", "utf-8", "base64", "utf-8")


def build_742():
    single("742_utf8_qp_kanagawa", "UTF-8", "quoted-printable", "utf-8")


def build_743():
    name = "743_multipart_alt_chiba"
    h = headers(name)
    msg = MIMEMultipart("alternative", boundary="000000000000b1c5a805fd3e7a21")
    for k in list(msg.keys()):
        del msg[k]
    msg["MIME-Version"] = "1.0"
    set_headers(msg, h, "utf-8", order=("Date", "Message-ID", "Subject", "From", "To"))
    msg["Content-Type"] = 'multipart/alternative; boundary="000000000000b1c5a805fd3e7a21"'
    msg.attach(text_part(read(name, ".txt"), "UTF-8", "base64"))
    msg.attach(text_part(read(name, ".html"), "UTF-8", "quoted-printable", "html"))
    msg.preamble = None
    write(msg, name)


def build_744():
    single("744_html_only_portal", "utf-8", "base64", "utf-8", subtype="html", body_ext=".html")


def build_745():
    single("745_forward_quoted_ehime", "UTF-8", "8bit", "utf-8")


def attach_pdf(msg, path, filename):
    data = open(path, "rb").read()
    part = MIMEApplication(data, "pdf")
    for k in list(part.keys()):
        del part[k]
    encname = str(Header(filename, "utf-8").encode())
    part["Content-Type"] = f'application/pdf; name="{encname}"'
    part["Content-Description"] = encname
    part["Content-Disposition"] = f'attachment; filename="{encname}"; size={len(data)};\r\n\tcreation-date="Tue, 13 Oct 2026 00:05:12 GMT";\r\n\tmodification-date="Tue, 13 Oct 2026 00:05:12 GMT"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    msg.attach(part)


def build_746():
    name = "746_cover_pdf_gifu"
    h = headers(name)
    msg = MIMEMultipart("mixed", boundary="----=_NextPart_000_0013_01DC3A62.6E1C1E40")
    for k in list(msg.keys()):
        del msg[k]
    set_headers(msg, h, "iso-2022-jp")
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/mixed;\r\n\tboundary="----=_NextPart_000_0013_01DC3A62.6E1C1E40"'
    msg["Content-Language"] = "ja"
    msg.preamble = "This is a multipart message in MIME format."
    msg.attach(text_part(read(name, ".txt"), "iso-2022-jp", "7bit"))
    attach_pdf(msg, os.path.join(WORK, "746_attachment.pdf"), h["Attachment-Filename"])
    write(msg, name)


def build_747():
    name = "747_html_attachment_okayama"
    h = headers(name)
    msg = MIMEMultipart("mixed", boundary="----_=_NextPart_Becky_2027042110050000")
    for k in list(msg.keys()):
        del msg[k]
    set_headers(msg, h, "iso-2022-jp")
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/mixed;\r\n boundary="----_=_NextPart_Becky_2027042110050000"'
    msg.preamble = "This is a multi-part message in MIME format."
    msg.attach(text_part(read(name, ".txt"), "ISO-2022-JP", "7bit"))
    att = text_part(read(name, ".attach.html"), "UTF-8", "base64", "html")
    fn = h["Attachment-Filename"]
    del att["Content-Type"]
    att["Content-Type"] = f'text/html; charset="UTF-8"; name="{fn}"'
    att["Content-Disposition"] = f'attachment; filename="{fn}"'
    msg.attach(att)
    write(msg, name)


def build_748():
    single("748_sjis_body_kumamoto", "Shift_JIS", "8bit", "shift_jis", py_codec="cp932")


def build_749():
    single("749_no_letterhead_utc_saga", "utf-8", "base64", "utf-8")


BUILDERS = {k[6:]: v for k, v in globals().items() if k.startswith("build_")}

if __name__ == "__main__":
    want = sys.argv[1:]
    for key, fn in sorted(BUILDERS.items()):
        if want and not any(w.startswith(key) for w in want):
            continue
        fn()
