"""Read a seed circular (Markdown-ish text converted from PDF) into a small document model.

The model keeps every source line as one Line (its seed line number, inline spans with
bold / link / superscript / underline, list kind and nesting, alignment and page-break
flags from layout_spec).  Renderers (PDF, HTML, e-mail) walk the model; nothing here
rewrites the wording of the seed: only the Markdown syntax is undone.

Markdown undone:
  **bold**                 -> Span(bold=True) (may run over several lines of one paragraph)
  [text](url), <url>       -> Span(href=url)
  <sup>1</sup>             -> Span(sup=True)
  kb\\_article, kb\_article -> kb_article
  # / ## / ### heading     -> Line.heading = 1..3
  - item, - ・item          -> Line.kind = 'bullet' ('・' stays part of the text)
  1. item                  -> Line.kind = 'num', Line.marker = '1.'
  trailing two spaces      -> a line break inside the paragraph (every source line stays a line)
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import layout_spec


@dataclass
class Span:
    text: str
    bold: bool = False
    href: str | None = None
    sup: bool = False
    ul: bool = False


@dataclass
class Line:
    no: int                      # 1-based line number in the seed
    raw: str                     # the seed line as it is
    spans: list[Span]
    kind: str = "text"           # text | bullet | num
    marker: str = ""             # '1.' for num; '' for bullet (the bullet glyph is the renderer's)
    level: int = 0               # list nesting (0 = top)
    cont: int = 0                # continuation of a list item: indent level of the item text
    heading: int = 0             # 1..3 for '#', '##', '###'
    align: str = "left"          # left | right | center
    indent: float = 0.0          # extra indent in em (layout_spec 'indent')
    size: float | None = None    # font size override in pt (layout_spec 'size')
    break_before: bool = False   # a page break before this line
    ul: bool = False             # underline the whole line (layout_spec 'ul')

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)

    @property
    def bold(self) -> bool:
        """True when every visible span of the line is bold (a bold line, e.g. a title)."""
        vis = [s for s in self.spans if s.text.strip()]
        return bool(vis) and all(s.bold for s in vis)


@dataclass
class Para:
    lines: list[Line]


@dataclass
class Spacer:
    """One or more whitespace-only seed lines (an image or empty lines in the original)."""
    count: int
    nos: list[int] = field(default_factory=list)


@dataclass
class PageBreak:
    """A page-number line of the seed (e.g. a lone '1'): the page ends here."""
    no: int
    label: str


@dataclass
class Doc:
    name: str
    lines: list[str]                 # seed text split on '\n'
    blocks: list                     # Para | Spacer | PageBreak
    linemode: bool = False           # the seed keeps the original line wraps (one line per blank-separated line)
    spec: dict = field(default_factory=dict)

    def iter_lines(self):
        for b in self.blocks:
            if isinstance(b, Para):
                yield from b.lines


_ESC = re.compile(r"\\\\_|\\_")
_TOKEN = re.compile(
    r"(?P<bold>\*\*)"
    r"|\[(?P<ltext>[^\]]*)\]\((?P<lurl>[^)\s]*)\)"
    r"|<(?P<auto>https?://[^>\s]+)>"
    r"|<sup>(?P<sup>.*?)</sup>"
)


_BARE_URL = re.compile(r"https?://[!-~]+?(?=[.,)]*(?:[^!-~]|$))")


def unescape(s: str) -> str:
    return _ESC.sub("_", s)


def parse_inline(s: str, bold: bool) -> tuple[list[Span], bool]:
    """Split one line into spans; returns the spans and the bold state after the line."""
    spans: list[Span] = []
    pos = 0
    for m in _TOKEN.finditer(s):
        if m.start() > pos:
            spans.append(Span(unescape(s[pos:m.start()]), bold=bold))
        if m.group("bold"):
            bold = not bold
        elif m.group("lurl") is not None:
            spans.append(Span(unescape(m.group("ltext")), bold=bold, href=m.group("lurl")))
        elif m.group("auto"):
            spans.append(Span(m.group("auto"), bold=bold, href=m.group("auto")))
        elif m.group("sup") is not None:
            spans.append(Span(unescape(m.group("sup")), bold=bold, sup=True))
        pos = m.end()
    if pos < len(s):
        spans.append(Span(unescape(s[pos:]), bold=bold))
    # bare URLs become links too (004 writes them so)
    linked: list[Span] = []
    for sp in spans:
        if sp.href or sp.sup:
            linked.append(sp)
            continue
        p = 0
        for m in _BARE_URL.finditer(sp.text):
            if m.start() > p:
                linked.append(Span(sp.text[p:m.start()], bold=sp.bold))
            linked.append(Span(m.group(0), bold=sp.bold, href=m.group(0)))
            p = m.end()
        if p < len(sp.text):
            linked.append(Span(sp.text[p:], bold=sp.bold))
    spans = linked
    # merge neighbours with equal style
    out: list[Span] = []
    for sp in spans:
        if out and (out[-1].bold, out[-1].href, out[-1].sup) == (sp.bold, sp.href, sp.sup) and not sp.href:
            out[-1].text += sp.text
        else:
            out.append(sp)
    return out, bold


_HEAD = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^(\s*)-\s+(.*)$")
_NUM = re.compile(r"^(\s*)(\d+)\.\s+(.*)$")


def _strip_trailing(spans: list[Span]) -> list[Span]:
    """Drop leading/trailing blanks of a line (Markdown hard-break spaces, stray spaces)."""
    while spans and not spans[-1].text.strip() and not spans[-1].href:
        spans.pop()
    if spans:
        spans[-1].text = spans[-1].text.rstrip()
    while spans and not spans[0].text.strip() and not spans[0].href:
        spans.pop(0)
    if spans:
        spans[0].text = spans[0].text.lstrip()
    return spans


def parse(path: str) -> Doc:
    name = os.path.basename(path)
    if name.endswith(".txt"):
        name = name[:-4]
    text = open(path, encoding="utf-8").read()
    src = text.split("\n")
    spec = layout_spec.SPECS.get(name, {})
    linemode = spec.get("linemode", False)
    roles = layout_spec.roles(name, src)

    blocks: list = []
    cur: list[Line] = []
    spacer_nos: list[int] = []
    bold = False

    def flush_para():
        nonlocal cur, bold
        if cur:
            blocks.append(Para(cur))
            cur = []
        bold = False

    def flush_spacer():
        nonlocal spacer_nos
        if spacer_nos:
            blocks.append(Spacer(len(spacer_nos), spacer_nos))
            spacer_nos = []

    for i, raw in enumerate(src, 1):
        role = roles.get(i, {})
        if raw == "":
            # a Markdown paragraph separator
            flush_para()
            continue
        if raw.strip() == "":
            flush_para()
            spacer_nos.append(i)
            continue
        if role.get("pagenum"):
            flush_para()
            flush_spacer()
            blocks.append(PageBreak(i, raw.strip()))
            continue
        flush_spacer()
        body = raw
        ln = Line(no=i, raw=raw, spans=[])
        m = _HEAD.match(body)
        if m:
            ln.heading = len(m.group(1))
            body = m.group(2)
        else:
            m = _BULLET.match(body)
            if m:
                ln.kind = "bullet"
                ln.level = len(m.group(1)) // 2
                body = m.group(2)
            else:
                m = _NUM.match(body)
                if m:
                    ln.kind = "num"
                    ln.level = len(m.group(1)) // 2
                    ln.marker = m.group(2) + "."
                    body = m.group(3)
        spans, bold = parse_inline(body, bold)
        ln.spans = _strip_trailing(spans)
        if ln.kind == "text" and not ln.heading and cur:
            # continuation of a list item inside the same paragraph
            prev = cur[-1]
            if prev.kind in ("bullet", "num"):
                ln.cont = prev.level + 1
            elif prev.cont:
                ln.cont = prev.cont
        ln.align = role.get("align", "left")
        ln.indent = role.get("indent", 0.0)
        ln.size = role.get("size")
        ln.break_before = bool(role.get("break"))
        ln.ul = bool(role.get("ul"))
        if ln.ul:
            for sp in ln.spans:
                sp.ul = True
                sp.bold = True
        if ln.break_before:
            flush_para()
        cur.append(ln)
        if linemode:
            flush_para()
    flush_para()
    flush_spacer()
    # a trailing spacer carries nothing
    while blocks and isinstance(blocks[-1], Spacer):
        blocks.pop()
    while blocks and isinstance(blocks[0], Spacer):
        blocks.pop(0)
    return Doc(name=name, lines=src, blocks=blocks, linemode=linemode, spec=spec)


# ---------------------------------------------------------------------------
# plain text (what a mail client or a copy from the PDF gives)

FW_SPACE = "\u3000"


def _disp_width(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def plain_line(ln: Line, *, pad_width: int = 70) -> str:
    t = "".join(s.text for s in ln.spans)
    if ln.kind == "bullet":
        t = (t if t.startswith("・") else "・" + t)
        t = "  " * ln.level + t
    elif ln.kind == "num":
        t = "  " * ln.level + ln.marker + " " + t
    elif ln.cont:
        t = FW_SPACE * ln.cont + t
    if ln.align == "right":
        pad = max(0, pad_width - _disp_width(t))
        t = FW_SPACE * (pad // 2) + t
    elif ln.align == "center":
        pad = max(0, (pad_width - _disp_width(t)) // 2)
        t = FW_SPACE * (pad // 2) + t
    elif ln.indent:
        t = FW_SPACE * int(ln.indent) + t
    return t


def to_plain(doc: Doc, *, pad_width: int = 70) -> str:
    """The notice as a plain-text mail body: lines kept, Markdown undone."""
    out: list[str] = []
    for b in doc.blocks:
        if isinstance(b, Para):
            if out and not doc.linemode:
                out.append("")
            for ln in b.lines:
                if ln.break_before and out:
                    out.append("")
                out.append(plain_line(ln, pad_width=pad_width))
        elif isinstance(b, Spacer):
            out.append("")
        elif isinstance(b, PageBreak):
            out.append("")
    # collapse runs of more than two blank lines
    res: list[str] = []
    blank = 0
    for l in out:
        blank = blank + 1 if l == "" else 0
        if blank <= 2:
            res.append(l)
    while res and res[-1] == "":
        res.pop()
    return "\n".join(res) + "\n"


def check_lines(doc: Doc) -> list[tuple[int, str]]:
    """The seed's text line by line, Markdown undone, for the checks: (line number, text)."""
    res = []
    for ln in doc.iter_lines():
        t = "".join(s.text for s in ln.spans)
        if ln.kind == "num":
            t = ln.marker + " " + t
        res.append((ln.no, t))
    return res
