//! One page as a person sees it: its lines of text, top to bottom, each glyph at a known
//! column. This text is the page's *origin*: positions of extracted values are lines and
//! columns in it (`page 2, line 14, column 3`), and `tsuchi check` quotes its lines.
//! Chunks of a line are separated by as many spaces as the gap is wide (at least two),
//! the way `pdftotext -layout` sets them, so a quoted line still shows the columns.

use super::glyphs::{Glyph, Rule};
use super::lines::{Line, lines};

/// What the interpreter drew on one page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// 1-based page number.
    pub number: u32,
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// The glyphs.
    pub glyphs: Vec<Glyph>,
    /// The ruling lines.
    pub rules: Vec<Rule>,
}

/// A page's lines and its text.
#[derive(Debug, Clone)]
pub struct Laid {
    /// All lines of the page, top to bottom.
    pub lines: Vec<Line>,
    /// The text of each line.
    pub texts: Vec<String>,
    /// The page's text: the lines joined by `\n`.
    pub text: String,
    /// For each glyph, its byte offset in `text` (`usize::MAX` for glyphs with no text).
    pub glyph_at: Vec<usize>,
}

/// Lay a page out.
pub fn lay(page: &Page) -> Laid {
    let all: Vec<usize> = (0..page.glyphs.len()).collect();
    let lines = lines(&page.glyphs, &all);
    let mut text = String::new();
    let mut texts = Vec::with_capacity(lines.len());
    let mut glyph_at = vec![usize::MAX; page.glyphs.len()];
    for (li, line) in lines.iter().enumerate() {
        if li > 0 {
            text.push('\n');
        }
        let line_start = text.len();
        for (ci, chunk) in line.chunks.iter().enumerate() {
            if ci > 0 {
                let em = line.size.max(1.0);
                let gap = chunk.x0 - line.chunks[ci - 1].x1;
                let n = ((gap / (em * 0.5)).round() as usize).clamp(2, 60);
                text.extend(std::iter::repeat_n(' ', n));
            }
            for (k, &g) in chunk.glyphs.iter().enumerate() {
                if chunk.space_before[k] {
                    text.push(' ');
                }
                glyph_at[g] = text.len();
                text.push_str(&page.glyphs[g].text);
            }
        }
        texts.push(text[line_start..].to_string());
    }
    Laid { lines, texts, text, glyph_at }
}
