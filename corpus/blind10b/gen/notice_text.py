"""Plain text of a case notice, for the checks (not part of the scored answer)."""
import email
import html as htmlmod
import re
import subprocess
from email.header import decode_header, make_header


def notice_text(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    if path.endswith(".eml"):
        m = email.message_from_bytes(open(path, "rb").read())
        subj = str(make_header(decode_header(m["Subject"])))
        return subj + "\n" + m.get_payload(decode=True).decode(m.get_content_charset())
    raw = open(path, "rb").read()
    if path.endswith(".html"):
        cs = re.search(rb'charset="?([A-Za-z0-9_-]+)', raw).group(1).decode()
        cs = {"shift_jis": "cp932"}.get(cs.lower(), cs)
        t = raw.decode(cs)
        t = re.sub(r"<br\s*/?>", "\n", t)
        t = re.sub(r"<[^>]+>", "", t)
        return htmlmod.unescape(t)
    return raw.decode("utf-8")
