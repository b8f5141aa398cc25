#!/usr/bin/python3
"""A small page composer on PangoCairo (cairo's PDF surface), run with Debian's python3
(python3-gi, python3-cairo). Input: a line format, one block per line:

    TEXT                 a paragraph (Pango markup: <b>, <u>, <sup>, <span>), wrapped
    @right TEXT          right-aligned line(s)
    @center TEXT         centred
    @indent N TEXT       paragraph indented by N full-width characters (hanging: @hang N TEXT)
    @para TEXT           a paragraph whose first line is indented by one character
    @hang N TEXT         first line at the margin, continuation lines indented by N characters
    @gap N               N points of vertical space
    @page                page break
    @foot TEXT           a footnote, set at the bottom of the current page under a short rule
    @font NAME SIZE      font for what follows
    (blank line)         half a line of space

Footer on every page: "－ N －" centred. Usage: pango_pages.py IN.txt OUT.pdf"""
import sys

import cairo
import gi

gi.require_version("Pango", "1.0")
gi.require_version("PangoCairo", "1.0")
from gi.repository import Pango, PangoCairo  # noqa: E402

A4 = (595.28, 841.89)
ML, MR, MT, MB = 70, 70, 64, 72


class Composer:
    def __init__(self, out):
        self.surface = cairo.PDFSurface(out, *A4)
        self.surface.set_metadata(cairo.PDF_METADATA_CREATOR, "pango_pages (PangoCairo)")
        self.ctx = cairo.Context(self.surface)
        self.font = "IPAexMincho 10.5"
        self.page = 1
        self.y = MT
        self.feet = []
        self.width = A4[0] - ML - MR

    def layout(self, markup, width, align=Pango.Alignment.LEFT, indent=0, font=None):
        lay = PangoCairo.create_layout(self.ctx)
        lay.set_font_description(Pango.FontDescription.from_string(font or self.font))
        lay.set_width(int(width * Pango.SCALE))
        lay.set_wrap(Pango.WrapMode.WORD_CHAR)
        lay.set_alignment(align)
        lay.set_spacing(int(4 * Pango.SCALE))
        if indent:
            lay.set_indent(int(indent * Pango.SCALE))
        lay.set_markup(markup, -1)
        return lay

    def foot_height(self, feet):
        if not feet:
            return 0
        h = 10
        for f in feet:
            h += self.layout(f, self.width, font="IPAexMincho 8.5").get_pixel_extents()[1].height + 2
        return h

    def finish_page(self):
        c = self.ctx
        if self.feet:
            h = self.foot_height(self.feet)
            y = A4[1] - MB - h
            c.set_line_width(0.5)
            c.move_to(ML, y + 3)
            c.line_to(ML + 120, y + 3)
            c.stroke()
            y += 10
            for f in self.feet:
                lay = self.layout(f, self.width, font="IPAexMincho 8.5")
                c.move_to(ML, y)
                PangoCairo.show_layout(c, lay)
                y += lay.get_pixel_extents()[1].height + 2
        lay = self.layout(f"－ {self.page} －", self.width, Pango.Alignment.CENTER, font="IPAexMincho 9")
        c.move_to(ML, A4[1] - MB + 28)
        PangoCairo.show_layout(c, lay)
        c.show_page()
        self.page += 1
        self.y = MT
        self.feet = []

    def put(self, lay, x=ML):
        h = lay.get_pixel_extents()[1].height
        if self.y + h > A4[1] - MB - self.foot_height(self.feet):
            self.finish_page()
        self.ctx.move_to(x, self.y)
        PangoCairo.show_layout(self.ctx, lay)
        self.y += h + 3

    def run(self, lines):
        em = 10.5
        for raw in lines:
            line = raw.rstrip("\n")
            if not line.strip():
                self.y += 7
                continue
            if line.startswith("@"):
                cmd, _, rest = line.partition(" ")
                if cmd == "@right":
                    self.put(self.layout(rest, self.width, Pango.Alignment.RIGHT))
                elif cmd == "@center":
                    self.put(self.layout(rest, self.width, Pango.Alignment.CENTER))
                elif cmd in ("@indent", "@hang"):
                    n, _, text = rest.partition(" ")
                    n = float(n) * em
                    if cmd == "@indent":
                        self.put(self.layout(text, self.width - n), ML + n)
                    else:
                        self.put(self.layout(text, self.width - n, indent=-n), ML + n)
                elif cmd == "@para":
                    self.put(self.layout(rest, self.width, indent=em))
                elif cmd == "@gap":
                    self.y += float(rest)
                elif cmd == "@page":
                    self.finish_page()
                elif cmd == "@foot":
                    self.feet.append(rest)
                elif cmd == "@font":
                    self.font = rest
                    em = float(rest.rsplit(" ", 1)[1])
                else:
                    raise SystemExit("unknown directive " + cmd)
            else:
                self.put(self.layout(line, self.width))
        self.finish_page()
        self.surface.finish()


if __name__ == "__main__":
    Composer(sys.argv[2]).run(open(sys.argv[1], encoding="utf-8").readlines())
