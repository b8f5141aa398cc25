//! What a PDF page draws, as positioned characters and ruling lines.
//!
//! hayro interprets the page's content stream and calls a [`Device`] for every glyph run,
//! path and image. This device keeps only what text extraction needs: each glyph's
//! Unicode text (from the font's ToUnicode map, or for a CID font with a predefined CMap
//! such as `UniJIS-UCS2-H` or `90ms-RKSJ-H`, from the Adobe-Japan1 UCS-2 map hayro
//! carries), its origin, size and advance in page space (y growing downwards, in points),
//! and the horizontal and vertical strokes and thin filled rectangles that draw tables.

use hayro_interpret::font::{Glyph as HGlyph, GlyphRun};
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::kurbo::{Affine, BezPath, PathEl, Point, Rect, Shape};
use hayro_interpret::{BlendMode, ClipPath, Device, DrawMode, DrawProps, Image, ImageDrawProps, SoftMask};

/// Most glyphs kept for one page (a hostile page cannot grow memory without bound).
pub const MAX_GLYPHS: usize = 400_000;
/// Most ruling lines kept for one page.
pub const MAX_RULES: usize = 20_000;

/// One drawn character (or the characters of one glyph, for a ligature).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// The text; empty when the font gives no Unicode for the glyph.
    pub text: String,
    /// Left edge of the glyph origin, in points from the page's left edge.
    pub x: f64,
    /// Baseline, in points from the page's top edge.
    pub y: f64,
    /// Font size in points (the em height in page space).
    pub size: f64,
    /// Advance width in points.
    pub width: f64,
    /// Drawn in invisible mode (an OCR text layer).
    pub invisible: bool,
}

impl Glyph {
    /// Right edge of the glyph's advance.
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
}

/// A horizontal or vertical line on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Start (left or top) point.
    pub x0: f64,
    /// Start y.
    pub y0: f64,
    /// End (right or bottom) point.
    pub x1: f64,
    /// End y.
    pub y1: f64,
}

impl Rule {
    /// Whether the rule runs left to right.
    pub fn horizontal(&self) -> bool {
        (self.y1 - self.y0).abs() < (self.x1 - self.x0).abs()
    }
}

/// Collects glyphs, rules and how many images a page draws.
#[derive(Debug, Default)]
pub struct Collector {
    /// The glyphs, in drawing order.
    pub glyphs: Vec<Glyph>,
    /// The ruling lines.
    pub rules: Vec<Rule>,
    /// Images drawn (a page of images and no glyphs is a scan).
    pub images: usize,
}

fn text_of(g: &HGlyph<'_>) -> String {
    match g.as_unicode() {
        Some(BfString::Char(c)) => c.to_string(),
        Some(BfString::String(s)) => s,
        None => String::new(),
    }
}

impl Collector {
    fn rule(&mut self, a: Point, b: Point) {
        let (dx, dy) = ((b.x - a.x).abs(), (b.y - a.y).abs());
        let straight = dx < 1.0 || dy < 1.0;
        if straight && dx.max(dy) >= 3.0 && self.rules.len() < MAX_RULES {
            let (p, q) = if (a.x, a.y) <= (b.x, b.y) { (a, b) } else { (b, a) };
            self.rules.push(Rule { x0: p.x, y0: p.y, x1: q.x, y1: q.y });
        }
    }

    /// A thin filled rectangle is a line; a larger one contributes its four edges.
    fn filled(&mut self, r: Rect) {
        let (w, h) = (r.width(), r.height());
        if h <= 2.5 && w >= 3.0 {
            let y = (r.y0 + r.y1) / 2.0;
            self.rule(Point::new(r.x0, y), Point::new(r.x1, y));
        } else if w <= 2.5 && h >= 3.0 {
            let x = (r.x0 + r.x1) / 2.0;
            self.rule(Point::new(x, r.y0), Point::new(x, r.y1));
        }
    }
}

impl<'a> Device<'a> for Collector {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'a>, mode: &DrawMode) {
        let path = props.transform * path.clone();
        match mode {
            DrawMode::Stroke(_) | DrawMode::FillAndStroke(..) => {
                let mut start = Point::ZERO;
                let mut last = Point::ZERO;
                for el in path.elements() {
                    match *el {
                        PathEl::MoveTo(p) => {
                            start = p;
                            last = p;
                        }
                        PathEl::LineTo(p) => {
                            self.rule(last, p);
                            last = p;
                        }
                        PathEl::ClosePath => self.rule(last, start),
                        PathEl::QuadTo(_, p) | PathEl::CurveTo(_, _, p) => last = p,
                    }
                }
            }
            DrawMode::Fill(_) => self.filled(path.bounding_box()),
            DrawMode::Invisible => {}
        }
    }

    fn push_clip_path(&mut self, _: &ClipPath) {}

    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, mode: &DrawMode) {
        for g in run.glyphs() {
            if self.glyphs.len() >= MAX_GLYPHS {
                return;
            }
            let t: Affine = props.transform * g.transform();
            let origin = t * Point::ZERO;
            let up = t * Point::new(0.0, 1000.0);
            let size = (up - origin).hypot();
            let advance = match &**g {
                HGlyph::Outline(o) => o.advance_width().map(f64::from),
                HGlyph::Type3(t3) => t3.advance_width().map(f64::from),
            };
            let width = advance.map_or(size * 0.5, |a| ((t * Point::new(a, 0.0)) - origin).hypot());
            if !size.is_finite() || !origin.x.is_finite() || !origin.y.is_finite() || !(0.5..=500.0).contains(&size) {
                continue;
            }
            self.glyphs.push(Glyph {
                text: text_of(g),
                x: origin.x,
                y: origin.y,
                size,
                width: if width.is_finite() { width } else { size * 0.5 },
                invisible: matches!(mode, DrawMode::Invisible),
            });
        }
    }

    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {
        self.images += 1;
    }

    fn pop_clip(&mut self) {}

    fn pop_transparency_group(&mut self) {}
}
