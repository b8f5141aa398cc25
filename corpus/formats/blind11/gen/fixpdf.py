"""Make a PDF reproducible: fixed Info dates, no XMP metadata, no /DocChecksum, subset-font
tags derived from the font name, a /ID derived from the content."""
import hashlib
import re
import sys

import pikepdf


def _tag(name):
    h = hashlib.sha1(name.encode()).digest()
    return "".join(chr(65 + b % 26) for b in h[:6])


def _retag(obj, key):
    if key in obj:
        v = str(obj[key])
        m = re.match(r"^/?([A-Z]{6})\+(.+)$", v)
        if m:
            obj[key] = pikepdf.Name("/" + _tag(m.group(2)) + "+" + m.group(2))


def fix(path, date, producer=None):
    """date: a PDF date string such as D:20260108093000+09'00'"""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        info = pdf.docinfo
        for k in ("/CreationDate", "/ModDate"):
            if k in info:
                info[k] = date
        if producer is not None:
            info["/Producer"] = producer
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer["/DocChecksum"]
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                t = obj.get("/Type")
                if t == "/Font":
                    _retag(obj, "/BaseFont")
                elif t == "/FontDescriptor":
                    _retag(obj, "/FontName")
        first = hashlib.sha1(("tsuchi-batch11:" + path.rsplit("/", 1)[-1]).encode()).digest()[:16]
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(first), pikepdf.String(first)])
        pdf.save(path, deterministic_id=True, compress_streams=True, recompress_flate=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.disable)


if __name__ == "__main__":
    fix(sys.argv[1], sys.argv[2])
