"""tmk: the small line markup the PDF sources in src/*.tmk are written in, plus a
page-layout engine with several PDF back ends (reportlab with CID fonts or TrueType,
fpdf2 with TrueType), and converters to .docx (for LibreOffice) and HTML (for
weasyprint / wkhtmltopdf / LibreOffice).

Markup, one construct per line:
    %header TEXT        running header printed at the top of every page ({n}, {N})
    %footer TEXT        footer printed at the bottom of every page ({n} page, {N} pages)
    %size N             base font size in points (default 10.5)
    >> TEXT             right-aligned line
    ^^ TEXT             centred line
    ## TEXT             title line (bold, larger, centred); consecutive ## lines = one title
    #  TEXT             heading (bold, left)
    <> LEFT || RIGHT    one line: LEFT at the left margin, RIGHT right-aligned
    |= W1,W2,...        table start, column widths in percent of the text width
    | a | b | c |       table row (the first row is the header row)
    |.                  table end
    ===                 page break
    (blank line)        vertical gap
    anything else       a paragraph, wrapped to the text width
Inline: {{TEXT}} letter-spaced; <br> a forced line break (table cells, paragraphs).
"""
import re

KINSOKU_START = set("、。，．・：；？！）」』】〕］｝〉》ー～〜々ぁぃぅぇぉっゃゅょァィゥェォッャュョ)]},.:;!?％%")
KINSOKU_END = set("（「『【〔［｛〈《([{")


def parse(text):
    meta = {"header": None, "footer": None, "size": 10.5}
    blocks = []
    table = None
    title = None
    for raw in text.split("\n"):
        line = raw.rstrip("\n")
        if title is not None and not line.startswith("## "):
            blocks.append(("title", title))
            title = None
        if table is not None:
            if line.startswith("|."):
                blocks.append(("table", table["widths"], table["rows"]))
                table = None
            elif line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                table["rows"].append(cells)
            else:
                raise ValueError("unterminated table before: " + line)
            continue
        if line.startswith("%header "):
            meta["header"] = line[8:]
        elif line.startswith("%footer "):
            meta["footer"] = line[8:]
        elif line.startswith("%size "):
            meta["size"] = float(line[6:])
        elif line.startswith("%"):
            raise ValueError("unknown directive " + line)
        elif line.startswith(">> "):
            blocks.append(("para", line[3:], "right"))
        elif line.startswith("^^ "):
            blocks.append(("para", line[3:], "center"))
        elif line.startswith("## "):
            title = (title or []) + [line[3:]]
        elif line.startswith("# "):
            blocks.append(("heading", line[2:]))
        elif line.startswith("<> "):
            left, right = line[3:].split("||")
            blocks.append(("twocol", left.rstrip(), right.strip()))
        elif line.startswith("|="):
            table = {"widths": [float(w) for w in line[2:].split(",")], "rows": []}
        elif line.strip() == "===":
            blocks.append(("pagebreak",))
        elif line.strip() == "":
            blocks.append(("gap",))
        else:
            blocks.append(("para", line, "left"))
    if title is not None:
        blocks.append(("title", title))
    if table is not None:
        raise ValueError("unterminated table at end")
    return meta, blocks


def segments(text):
    """Split inline markup into [(kind, text)], kind 'n' normal, 's' spaced, 'br'."""
    out = []
    pos = 0
    for m in re.finditer(r"\{\{(.*?)\}\}|<br>", text):
        if m.start() > pos:
            out.append(("n", text[pos:m.start()]))
        if m.group(0) == "<br>":
            out.append(("br", ""))
        else:
            out.append(("s", m.group(1)))
        pos = m.end()
    if pos < len(text):
        out.append(("n", text[pos:]))
    return out


def plain(text):
    return re.sub(r"\{\{(.*?)\}\}", r"\1", text).replace("<br>", "")


# ---------------------------------------------------------------- layout engine
class Engine:
    """Lays blocks out on A4 pages through a back end with:
       width(text, size, bold) -> pt, text(x, y, text, size, bold) (y = baseline from top),
       line(x1, y1, x2, y2), new_page(), finish()."""

    W, H = 595.28, 841.89

    def __init__(self, backend, meta, margins=(72, 64, 72, 64), spacing_em=0.5):
        self.b = backend
        self.meta = meta
        self.size = meta["size"]
        self.top, self.right, self.bottom, self.left = margins
        self.tw = self.W - self.left - self.right
        self.spacing_em = spacing_em
        self.lead = 1.55

    # atoms: (text, spaced) units that cannot be broken: one CJK char, or an ASCII word
    def atoms(self, text):
        out = []
        for kind, t in segments(text):
            if kind == "br":
                out.append(("\n", False))
                continue
            for m in re.finditer(r"[A-Za-z0-9\-_.:/@%#?=&+~]+|.", t):
                s = m.group(0)
                if kind == "s":
                    for ch in s:
                        out.append((ch, True))
                else:
                    out.append((s, False))
        return out

    def aw(self, atom, size, bold):
        t, spaced = atom
        w = self.b.width(t, size, bold)
        if spaced:
            w += size * self.spacing_em
        return w

    def wrap(self, text, width, size, bold=False):
        lines, cur, cw = [], [], 0.0
        for a in self.atoms(text):
            if a[0] == "\n":
                lines.append(cur)
                cur, cw = [], 0.0
                continue
            w = self.aw(a, size, bold)
            if cw + w > width and cur:
                # kinsoku: pull a forbidden line-start char back, or push an opening bracket on
                if a[0][0] in KINSOKU_START:
                    cur.append(a)
                    lines.append(cur)
                    cur, cw = [], 0.0
                    continue
                carry = []
                while cur and cur[-1][0][-1] in KINSOKU_END:
                    carry.insert(0, cur.pop())
                lines.append(cur)
                cur = carry
                cw = sum(self.aw(x, size, bold) for x in cur)
            if len(a[0]) > 1 and cw + w > width:
                # an ASCII word (a URL) longer than what is left of the line: break it after
                # the last '/', '?', '&' or '=' that still fits, as word processors do
                word = a[0]
                while word:
                    room = width - cw
                    cut = None
                    for i in range(len(word), 0, -1):
                        if self.b.width(word[:i], size, bold) <= room and (i == len(word) or word[i - 1] in "/?&="):
                            cut = i
                            break
                    if cut is None:
                        if cur:
                            lines.append(cur)
                            cur, cw = [], 0.0
                            continue
                        cut = max(i for i in range(1, len(word) + 1) if self.b.width(word[:i], size, bold) <= width)
                    cur.append((word[:cut], False))
                    cw += self.b.width(word[:cut], size, bold)
                    word = word[cut:]
                    if word:
                        lines.append(cur)
                        cur, cw = [], 0.0
                continue
            cur.append(a)
            cw += w
        lines.append(cur)
        return lines

    def draw_atoms(self, atoms, x, y, size, bold):
        buf = ""
        bx = x
        for t, spaced in atoms:
            if spaced:
                if buf:
                    self.b.text(bx, y, buf, size, bold)
                    bx += self.b.width(buf, size, bold)
                    buf = ""
                self.b.text(bx, y, t, size, bold)
                bx += self.b.width(t, size, bold) + size * self.spacing_em
            else:
                buf += t
        if buf:
            self.b.text(bx, y, buf, size, bold)

    def lw(self, atoms, size, bold):
        w = sum(self.aw(a, size, bold) for a in atoms)
        if atoms and atoms[-1][1]:
            w -= size * self.spacing_em
        return w

    # page handling
    def start_page(self):
        self.page += 1
        if self.page > 1:
            self.b.new_page()
        self.y = self.top
        small = self.size * 0.85
        if self.meta["header"] and self.drawing:
            t = self.meta["header"].replace("{n}", str(self.page)).replace("{N}", str(self.total))
            self.b.text(self.W - self.right - self.b.width(t, small, False), 40, t, small, False)
        if self.meta["footer"] and self.drawing:
            t = self.meta["footer"].replace("{n}", str(self.page)).replace("{N}", str(self.total))
            self.b.text((self.W - self.b.width(t, small, False)) / 2, self.H - 36, t, small, False)

    def need(self, h):
        if self.y + h > self.H - self.bottom:
            self.start_page()

    def emit_line(self, atoms, size, bold, align, x0=None, width=None):
        x0 = self.left if x0 is None else x0
        width = self.tw if width is None else width
        lh = size * self.lead
        self.need(lh)
        w = self.lw(atoms, size, bold)
        if align == "right":
            x = x0 + width - w
        elif align == "center":
            x = x0 + (width - w) / 2
        else:
            x = x0
        if self.drawing:
            self.draw_atoms(atoms, x, self.y + size, size, bold)
        self.y += lh

    def run(self, blocks):
        # pass 1 counts pages, pass 2 draws
        for drawing in (False, True):
            self.drawing = drawing
            self.total = getattr(self, "pages_counted", 0)
            self.page = 0
            self.b.drawing = drawing
            self.start_page()
            for blk in blocks:
                self.block(blk)
            self.pages_counted = self.page
        self.b.finish()

    def block(self, blk):
        s = self.size
        kind = blk[0]
        if kind == "gap":
            self.y += s * 0.8
        elif kind == "pagebreak":
            self.start_page()
        elif kind == "para":
            for ln in self.wrap(blk[1], self.tw, s):
                self.emit_line(ln, s, False, blk[2])
        elif kind == "heading":
            for ln in self.wrap(blk[1], self.tw, s, True):
                self.emit_line(ln, s, True, "left")
        elif kind == "title":
            ts = s * 1.15
            self.y += s * 0.3
            for t in blk[1]:
                for ln in self.wrap(t, self.tw, ts, True):
                    self.emit_line(ln, ts, True, "center")
            self.y += s * 0.3
        elif kind == "twocol":
            left = self.wrap(blk[1], self.tw * 0.6, s)[0]
            right = self.wrap(blk[2], self.tw * 0.4, s)[0]
            lh = s * self.lead
            self.need(lh)
            if self.drawing:
                self.draw_atoms(left, self.left, self.y + s, s, False)
                self.draw_atoms(right, self.left + self.tw - self.lw(right, s, False), self.y + s, s, False)
            self.y += lh
        elif kind == "table":
            self.table(blk[1], blk[2])
        else:
            raise ValueError(kind)

    def table(self, widths, rows):
        s = self.size
        pad = 4
        colw = [self.tw * w / 100.0 for w in widths]
        lh = s * 1.45
        for ri, row in enumerate(rows):
            bold = ri == 0
            cells = [self.wrap(c, colw[i] - 2 * pad, s, bold) for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * lh + 2 * pad
            if self.y + h > self.H - self.bottom:
                self.start_page()
            if self.drawing:
                x = self.left
                for i, c in enumerate(cells):
                    yy = self.y + pad
                    for ln in c:
                        self.draw_atoms(ln, x + pad, yy + s, s, bold)
                        yy += lh
                    x += colw[i]
                # borders
                x = self.left
                self.b.line(self.left, self.y, self.left + self.tw, self.y)
                self.b.line(self.left, self.y + h, self.left + self.tw, self.y + h)
                for w in [0] + colw:
                    x += w
                    self.b.line(x - (0 if w else 0), self.y, x, self.y + h)
            self.y += h
        self.y += s * 0.4


# ---------------------------------------------------------------- back ends
class ReportlabBackend:
    """variant: 'unicid' (UnicodeCIDFont HeiseiMin-W3 / HeiseiKakuGo-W5, UniJIS-UCS2-H),
    'rksj' (CIDFont HeiseiKakuGo-W5 / HeiseiMin-W3 with 90ms-RKSJ-H, text as Shift_JIS),
    'ttf' (embedded IPAex TrueType subsets)."""

    def __init__(self, path, variant, title="", author=""):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import CIDFont, UnicodeCIDFont
        from reportlab.pdfbase.ttfonts import TTFont
        self.variant = variant
        if variant == "unicid":
            pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
            pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
            self.fonts = ("HeiseiMin-W3", "HeiseiKakuGo-W5")
        elif variant == "rksj":
            # HeiseiKakuGo-W5 only: reportlab's HeiseiMin-W3 widths leave the half-width
            # CIDs (231-) at the 1000 default, so Latin text would be set far apart
            pdfmetrics.registerFont(CIDFont("HeiseiKakuGo-W5", "90ms-RKSJ-H"))
            self.fonts = ("HeiseiKakuGo-W5-90ms-RKSJ-H", "HeiseiKakuGo-W5-90ms-RKSJ-H")
        elif variant == "ttf":
            pdfmetrics.registerFont(TTFont("IPAexMincho", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"))
            pdfmetrics.registerFont(TTFont("IPAexGothic", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
            self.fonts = ("IPAexMincho", "IPAexGothic")
        else:
            raise ValueError(variant)
        self.pm = pdfmetrics
        self.c = canvas.Canvas(path, pagesize=(Engine.W, Engine.H), invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("")
        self.c.setProducer("ReportLab PDF Library - www.reportlab.com")
        self.drawing = False

    def enc(self, t):
        if self.variant == "rksj":
            return t.encode("cp932").decode("latin-1")
        return t

    def width(self, t, size, bold):
        if self.variant == "rksj":
            n = 0
            for ch in t:
                n += 0.5 if len(ch.encode("cp932")) == 1 else 1.0
            return n * size
        return self.pm.stringWidth(t, self.fonts[1 if bold else 0], size)

    def text(self, x, y, t, size, bold):
        if not self.drawing:
            return
        self.c.setFont(self.fonts[1 if bold else 0], size)
        self.c.drawString(x, Engine.H - y, self.enc(t))

    def line(self, x1, y1, x2, y2):
        if self.drawing:
            self.c.setLineWidth(0.6)
            self.c.line(x1, Engine.H - y1, x2, Engine.H - y2)

    def new_page(self):
        if self.drawing:
            self.c.showPage()

    def finish(self):
        self.c.showPage()
        self.c.save()


class FpdfBackend:
    def __init__(self, path, title="", author=""):
        import datetime
        from fpdf import FPDF
        self.path = path
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("IPAexMincho", "", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
        self.pdf.add_font("IPAexGothic", "", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        self.pdf.set_creation_date(datetime.datetime(2026, 6, 5, 10, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
        self.pdf.set_title(title)
        self.pdf.set_author(author)
        self.pdf.set_creator("")
        self.pdf.set_producer("PyFPDF/fpdf2.8.9")
        self.pdf.add_page()
        self.drawing = False
        self.fonts = ("IPAexMincho", "IPAexGothic")

    def width(self, t, size, bold):
        self.pdf.set_font(self.fonts[1 if bold else 0], size=size)
        return self.pdf.get_string_width(t)

    def text(self, x, y, t, size, bold):
        if not self.drawing:
            return
        self.pdf.set_font(self.fonts[1 if bold else 0], size=size)
        self.pdf.text(x, y, t)

    def line(self, x1, y1, x2, y2):
        if self.drawing:
            self.pdf.set_line_width(0.6)
            self.pdf.line(x1, y1, x2, y2)

    def new_page(self):
        if self.drawing:
            self.pdf.add_page()

    def finish(self):
        self.pdf.output(self.path)


# ---------------------------------------------------------------- HTML
def esc(t):
    return t.replace("&", "&amp;").replace("<br>", "\x00").replace("<", "&lt;").replace(">", "&gt;").replace("\x00", "<br>")


def inline_html(t):
    t = esc(t)
    return re.sub(r"\{\{(.*?)\}\}", r'<span class="sp">\1</span>', t)


def to_html(meta, blocks, css="", title=""):
    out = []
    for blk in blocks:
        k = blk[0]
        if k == "gap":
            out.append('<div class="gap"></div>')
        elif k == "pagebreak":
            out.append('<div class="pb"></div>')
        elif k == "para":
            cls = {"left": "", "right": ' class="r"', "center": ' class="c"'}[blk[2]]
            out.append(f"<p{cls}>{inline_html(blk[1])}</p>")
        elif k == "heading":
            out.append(f"<h2>{inline_html(blk[1])}</h2>")
        elif k == "title":
            out.append("<h1>" + "<br>".join(inline_html(t) for t in blk[1]) + "</h1>")
        elif k == "twocol":
            out.append(f'<div class="tc"><span class="l">{inline_html(blk[1])}</span><span class="rr">{inline_html(blk[2])}</span></div>')
        elif k == "table":
            widths, rows = blk[1], blk[2]
            t = ["<table>", "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"]
            for ri, row in enumerate(rows):
                tag = "th" if ri == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{inline_html(c)}</{tag}>" for c in row) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
    body = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<style>
{css}
</style>
</head>
<body>
{body}
</body>
</html>
"""


# ---------------------------------------------------------------- DOCX
def to_docx(meta, blocks, path, font="IPAexMincho", bold_font="IPAexGothic", title="", author=""):
    import datetime
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(25)
    size = meta["size"]
    st = d.styles["Normal"]
    st.font.size = Pt(size)
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.15
    st.paragraph_format.widow_control = False

    def set_font(run, f, b=False):
        run.font.name = f
        rpr = run._element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), f)
        if b:
            run.bold = True

    def add_runs(p, text, b=False, sz=None):
        for kind, t in segments(text):
            if kind == "br":
                p.add_run().add_break()
                continue
            r = p.add_run(t)
            set_font(r, bold_font if b else font, b)
            if sz:
                r.font.size = Pt(sz)
            if kind == "s":
                sp = OxmlElement("w:spacing")
                sp.set(qn("w:val"), str(int(size * 20 * 0.5)))
                r._element.get_or_add_rPr().append(sp)

    def field(p, instr):
        r = p.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._element.append(f1)
        r2 = p.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._element.append(it)
        r3 = p.add_run()
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._element.append(f2)

    def hf(container, pattern, align):
        p = container.paragraphs[0]
        p.alignment = align
        parts = re.split(r"(\{n\}|\{N\})", pattern)
        for part in parts:
            if part == "{n}":
                field(p, "PAGE")
            elif part == "{N}":
                field(p, "NUMPAGES")
            elif part:
                r = p.add_run(part)
                set_font(r, font)
                r.font.size = Pt(size * 0.9)

    if meta["header"]:
        hf(sec.header, meta["header"], WD_ALIGN_PARAGRAPH.RIGHT)
    if meta["footer"]:
        hf(sec.footer, meta["footer"], WD_ALIGN_PARAGRAPH.CENTER)

    text_width = Mm(160)
    pending_break = False
    for blk in blocks:
        k = blk[0]
        if k == "pagebreak":
            pending_break = True
            continue
        if k == "table":
            widths, rows = blk[1], blk[2]
            if pending_break:
                p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE); pending_break = False
            t = d.add_table(rows=len(rows), cols=len(widths))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            t.autofit = False
            for ri, row in enumerate(rows):
                for ci, c in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.width = int(text_width * widths[ci] / 100)
                    p = cell.paragraphs[0]
                    add_runs(p, c, b=(ri == 0))
            for ci, w in enumerate(widths):
                t.columns[ci].width = int(text_width * w / 100)
            continue
        p = d.add_paragraph()
        if pending_break:
            p.paragraph_format.page_break_before = True
            pending_break = False
        if k == "gap":
            continue
        if k == "para":
            p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "center": WD_ALIGN_PARAGRAPH.CENTER}[blk[2]]
            add_runs(p, blk[1])
        elif k == "heading":
            add_runs(p, blk[1], b=True)
        elif k == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, t in enumerate(blk[1]):
                if i:
                    p.add_run().add_break()
                add_runs(p, t, b=True, sz=size * 1.15)
        elif k == "twocol":
            p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
            add_runs(p, blk[1])
            p.add_run("\t")
            add_runs(p, blk[2])
    d.save(path)
