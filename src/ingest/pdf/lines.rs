//! Positioned glyphs into lines, chunks and words.
//!
//! A PDF has no lines, only glyphs placed on a page. A line is the glyphs whose baselines
//! agree (within a third of the font size, so a bold 14 pt title and a 10.5 pt body on one
//! baseline stay one line), ordered left to right. Within a line, a gap of more than
//! [`CHUNK_GAP`] ems separates *chunks* (a letterhead's recipients on the left and its date
//! on the right, the cells of a table drawn without rules); a gap of more than a quarter
//! em inside a chunk is a space, as a person would read it (`令和 8 年`, `長 島 公 之`:
//! normalisation later removes spaces that only spread letters apart). A glyph drawn twice
//! at almost the same place (fake bold) is kept once.

use super::glyphs::Glyph;

/// Gap between chunks, in ems of the larger neighbour.
pub const CHUNK_GAP: f64 = 2.0;
/// Gap that reads as a space, in ems.
const SPACE_GAP: f64 = 0.25;

/// Glyphs on one baseline, split into chunks.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Baseline (points from the top).
    pub y: f64,
    /// Largest font size on the line.
    pub size: f64,
    /// Chunks, left to right.
    pub chunks: Vec<Chunk>,
}

/// Glyphs of a line with no wide gap between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Indices into the page's glyphs, left to right.
    pub glyphs: Vec<usize>,
    /// For each glyph, whether a space is read before it.
    pub space_before: Vec<bool>,
}

impl Line {
    /// Left edge of the first chunk.
    pub fn x0(&self) -> f64 {
        self.chunks.first().map_or(0.0, |c| c.x0)
    }

    /// Right edge of the last chunk.
    pub fn x1(&self) -> f64 {
        self.chunks.last().map_or(0.0, |c| c.x1)
    }
}

impl Chunk {
    /// The chunk's text, with the spaces it reads with.
    pub fn text(&self, glyphs: &[Glyph]) -> String {
        let mut s = String::new();
        for (k, &g) in self.glyphs.iter().enumerate() {
            if self.space_before[k] {
                s.push(' ');
            }
            s.push_str(&glyphs[g].text);
        }
        s
    }
}

/// Group `glyphs` (those at `indices`) into lines, top to bottom.
pub fn lines(glyphs: &[Glyph], indices: &[usize]) -> Vec<Line> {
    let mut order: Vec<usize> = indices.iter().copied().filter(|&i| !glyphs[i].text.is_empty()).collect();
    order.sort_by(|&a, &b| glyphs[a].y.total_cmp(&glyphs[b].y).then(glyphs[a].x.total_cmp(&glyphs[b].x)));
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut line_y = f64::NEG_INFINITY;
    let mut line_size = 0.0f64;
    for i in order {
        let g = &glyphs[i];
        let tol = (0.35 * g.size.min(line_size.max(g.size))).max(1.0);
        if (g.y - line_y).abs() <= tol
            && let Some(last) = out.last_mut()
        {
            last.push(i);
            line_size = line_size.max(g.size);
            continue;
        }
        out.push(vec![i]);
        line_y = g.y;
        line_size = g.size;
    }
    out.into_iter().filter_map(|members| line(glyphs, members)).collect()
}

fn line(glyphs: &[Glyph], mut members: Vec<usize>) -> Option<Line> {
    members.sort_by(|&a, &b| glyphs[a].x.total_cmp(&glyphs[b].x));
    // fake bold: the same glyph drawn again a hair to the right
    members.dedup_by(|b, a| {
        let (ga, gb) = (&glyphs[*a], &glyphs[*b]);
        ga.text == gb.text && (gb.x - ga.x).abs() < (0.2 * ga.width).max(0.3) && (gb.y - ga.y).abs() < 0.3 * ga.size
    });
    let visible: Vec<usize> = members.iter().copied().filter(|&i| !glyphs[i].text.trim().is_empty()).collect();
    let first = *visible.first()?;
    let size = visible.iter().map(|&i| glyphs[i].size).fold(0.0, f64::max);
    let y = visible.iter().map(|&i| glyphs[i].y).sum::<f64>() / visible.len() as f64;
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut cur =
        Chunk { x0: glyphs[first].x, x1: glyphs[first].right(), glyphs: vec![first], space_before: vec![false] };
    let mut space_glyph = false;
    for &i in members.iter().skip_while(|&&i| i != first).skip(1) {
        let g = &glyphs[i];
        if g.text.trim().is_empty() {
            // a space drawn as a glyph: read as a space before the next glyph
            space_glyph = true;
            continue;
        }
        let prev = &glyphs[*cur.glyphs.last().unwrap_or(&first)];
        let em = g.size.max(prev.size);
        let gap = g.x - cur.x1;
        if gap > CHUNK_GAP * em {
            chunks.push(std::mem::replace(
                &mut cur,
                Chunk { x0: g.x, x1: g.right(), glyphs: vec![i], space_before: vec![false] },
            ));
            space_glyph = false;
            continue;
        }
        let spaced = std::mem::take(&mut space_glyph) || gap > SPACE_GAP * em;
        cur.glyphs.push(i);
        cur.space_before.push(spaced && !prev.text.ends_with(' ') && !g.text.starts_with(' '));
        cur.x1 = cur.x1.max(g.right());
    }
    chunks.push(cur);
    Some(Line { y, size, chunks })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(text: &str, x: f64, y: f64) -> Glyph {
        Glyph { text: text.into(), x, y, size: 10.0, width: 10.0, invisible: false }
    }

    fn texts(glyphs: &[Glyph]) -> Vec<Vec<String>> {
        let idx: Vec<usize> = (0..glyphs.len()).collect();
        lines(glyphs, &idx).iter().map(|l| l.chunks.iter().map(|c| c.text(glyphs)).collect()).collect()
    }

    #[test]
    fn baselines_gaps_and_spaces() {
        let glyphs = vec![
            g("殿", 20.0, 100.0),
            g("令", 200.0, 100.4),
            g("和", 210.0, 100.0),
            g("8", 224.0, 100.0),
            g("年", 238.0, 100.0),
            g("本", 0.0, 120.0),
            g("文", 10.0, 120.0),
            g("文", 10.5, 120.0),
        ];
        assert_eq!(texts(&glyphs), [vec!["殿".to_string(), "令和 8 年".to_string()], vec!["本文".to_string()]]);
    }
}
