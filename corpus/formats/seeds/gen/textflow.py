"""Line breaking for Japanese text as a word processor does it.

Pieces are single CJK characters, or whole runs of half-width non-space characters (a
Latin word, a number, a URL), or spaces.  A line may break between any two pieces, except
that a closing mark may not start a line and an opening mark may not end one (kinsoku):
the character before it is carried over to the next line instead (追い出し).  A piece wider
than the line (a long URL) is cut by characters.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# characters that may not begin a line
NO_START = set("、。，．,.)）]］｝〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・:;：；/")
# characters that may not end a line
NO_END = set("(（[［｛〔〈《「『【〘〖〝‘“｟«")


@dataclass
class Piece:
    text: str
    style: object       # the span it came from (renderer-specific)
    width: float = 0.0
    space: bool = False


def is_half(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("Na", "H") and ch not in " \u3000"


def split_pieces(runs, measure):
    """runs: list of (text, style); measure(text, style) -> width."""
    pieces: list[Piece] = []
    for text, style in runs:
        buf = ""
        for ch in text:
            if ch == " ":
                if buf:
                    pieces.append(Piece(buf, style))
                    buf = ""
                pieces.append(Piece(" ", style, space=True))
            elif is_half(ch):
                buf += ch
            else:
                if buf:
                    pieces.append(Piece(buf, style))
                    buf = ""
                pieces.append(Piece(ch, style))
        if buf:
            pieces.append(Piece(buf, style))
    for p in pieces:
        p.width = measure(p.text, p.style)
    return pieces


def _cut(piece: Piece, room: float, measure) -> tuple[Piece, Piece]:
    """Cut a too-wide half-width run so that its head fits in room (at least one char)."""
    t = piece.text
    k = 1
    while k < len(t) and measure(t[: k + 1], piece.style) <= room:
        k += 1
    a = Piece(t[:k], piece.style, measure(t[:k], piece.style))
    b = Piece(t[k:], piece.style, measure(t[k:], piece.style))
    return a, b


def wrap(pieces: list[Piece], width: float, measure, first_width: float | None = None) -> list[list[Piece]]:
    lines: list[list[Piece]] = []
    cur: list[Piece] = []
    cur_w = 0.0
    avail = first_width if first_width is not None else width
    queue = list(pieces)
    while queue:
        p = queue.pop(0)
        if p.space and not cur:
            continue  # no space at a line start
        if cur_w + p.width <= avail + 0.01:
            cur.append(p)
            cur_w += p.width
            continue
        if p.space:
            # the space falls at the line end: drop it
            lines.append(cur)
            cur, cur_w, avail = [], 0.0, width
            continue
        # p does not fit
        if not cur or (len(p.text) > 1 and p.width > width):
            if len(p.text) > 1:
                room = avail - cur_w
                if room < measure(p.text[0], p.style):
                    lines.append(cur)
                    cur, cur_w, avail = [], 0.0, width
                    room = avail
                a, b = _cut(p, room, measure)
                cur.append(a)
                lines.append(cur)
                cur, cur_w, avail = [], 0.0, width
                queue.insert(0, b)
                continue
            cur.append(p)
            lines.append(cur)
            cur, cur_w, avail = [], 0.0, width
            continue
        # kinsoku: p may not start a line -> carry the last piece over with it
        carry: list[Piece] = []
        if p.text[0] in NO_START and len(cur) > 1 and not cur[-1].space:
            carry.append(cur.pop())
        # the line may not end with an opening mark
        while len(cur) > 1 and cur[-1].text[-1] in NO_END:
            carry.insert(0, cur.pop())
        while cur and cur[-1].space:
            cur.pop()
        lines.append(cur)
        cur, cur_w, avail = [], 0.0, width
        queue[0:0] = carry + [p]
    if cur:
        while cur and cur[-1].space:
            cur.pop()
        lines.append(cur)
    return lines or [[]]
