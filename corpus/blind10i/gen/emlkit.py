"""What the batches' make_eml.py scripts share: reading a body from the batch's ../src/,
the JIS mapping, and writing a message into its ../cases/.

ISO-2022-JP and Shift_JIS (JIS X 0208) have no U+FF5E (～) or U+FF0D (－): the bodies are
written with them in ../src/ and mapped to U+301C (〜) and U+2212 (−) by `jis`, as a JIS mailer
would send them.

A script uses it as `read, jis, write = emlkit.kit(__file__)`.
"""
import os


def jis(s):
    return s.replace("～", "〜").replace("－", "−")


def kit(script):
    """read(name), jis(s) and write(name, message) for the batch that `script` belongs to."""
    here = os.path.dirname(os.path.abspath(script))
    src, out = os.path.join(here, "..", "src"), os.path.join(here, "..", "cases")

    def read(name):
        with open(os.path.join(src, name), encoding="utf-8") as f:
            return f.read()

    def write(name, m):
        data = m if isinstance(m, bytes) else m.as_bytes()
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)

    return read, jis, write
