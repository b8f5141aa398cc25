#!/usr/bin/env python3
"""fixpdf.py IN OUT YYYYMMDDHHMMSS: set a fixed CreationDate/ModDate (JST), drop XMP metadata and
LibreOffice's /DocChecksum, and save with an /ID derived from the content, so that rebuilding
gives the same bytes."""
import sys, pikepdf

src, dst, stamp = sys.argv[1:4]
pdf = pikepdf.open(src)
d = f"D:{stamp}+09'00'"
if "/Metadata" in pdf.Root:
    del pdf.Root["/Metadata"]
if "/DocChecksum" in pdf.trailer:
    del pdf.trailer["/DocChecksum"]
if "/ID" in pdf.trailer:
    del pdf.trailer["/ID"]
pdf.docinfo["/CreationDate"] = d
pdf.docinfo["/ModDate"] = d
pdf.save(dst, deterministic_id=True, recompress_flate=True, compress_streams=True,
         object_stream_mode=pikepdf.ObjectStreamMode.disable)
