//! Pages set in two columns, read one column after the other.
//!
//! A newsletter, a two-column circular or a page with a text box beside the body has its
//! lines side by side: read top to bottom, the left column's sentences and the right
//! column's interleave line by line (`…研修会を開催` / `停止日時:6月20日…` / `します。`), and a
//! window, its area and its status end up in different paragraphs. So before the lines
//! are written, each page is searched for a **gutter**: a vertical band in the middle of
//! the page that no line's text crosses, over a run of consecutive lines, with text on both
//! sides. That run is read as its left column and then its right one; lines above and
//! below it (a title over both columns, a footer) stay where they are.
//!
//! A gutter is only taken when both sides read as running text, because a table drawn
//! without rules (`第1回 2月6日(土)` … `23:00~翌5:00`) and a letterhead (addressees on the
//! left, the issuer on the right) also leave a band free: each column must be at least
//! [`MIN_COLUMN_EMS`] ems wide and hold at least [`MIN_FILLED`] lines that fill most of
//! its width, as wrapped text does. A table whose cells hold long wrapped text on both
//! sides would pass; its rows are then read cell by cell (a known limit).

use super::glyphs::Glyph;
use super::lines::{Line, lines};

/// Narrowest column, in ems of the body text.
pub const MIN_COLUMN_EMS: f64 = 15.0;
/// Fewest lines on each side that fill most of their column's width.
pub const MIN_FILLED: usize = 3;

/// Where a block of lines stands on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Across the page (no gutter).
    Full,
    /// The left column of a two-column run.
    Left,
    /// The right column of a two-column run.
    Right,
}

/// A page's lines in reading order, each block with where it stands.
pub fn reading_order(page_lines: Vec<Line>, glyphs: &[Glyph], width: f64) -> Vec<(Column, Vec<Line>)> {
    let mut out = Vec::new();
    let mut rest = page_lines;
    // at most a few runs of columns per page (a page, a box, another page part)
    for _ in 0..4 {
        let Some(run) = find_run(&rest, glyphs, width) else { break };
        let below = rest.split_off(run.end);
        let inside = rest.split_off(run.start);
        if !rest.is_empty() {
            out.push((Column::Full, rest));
        }
        let (left, right): (Vec<usize>, Vec<usize>) = inside
            .iter()
            .flat_map(|l| l.chunks.iter().flat_map(|c| c.glyphs.iter().copied()))
            .partition(|&g| glyphs[g].x + glyphs[g].width / 2.0 < run.gutter);
        out.push((Column::Left, lines(glyphs, &left)));
        out.push((Column::Right, lines(glyphs, &right)));
        rest = below;
    }
    if !rest.is_empty() {
        out.push((Column::Full, rest));
    }
    out
}

/// A run of lines `start..end` split by a gutter at `gutter` (points from the left).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Run {
    start: usize,
    end: usize,
    gutter: f64,
    score: usize,
}

/// The spans of a line's text: glyphs closer than half an em merged.
fn spans(line: &Line, glyphs: &[Glyph]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    let gap = 0.5 * line.size.max(1.0);
    for c in &line.chunks {
        for &g in &c.glyphs {
            let (x0, x1) = (glyphs[g].x, glyphs[g].right());
            match out.last_mut() {
                Some(last) if x0 - last.1 <= gap => last.1 = last.1.max(x1),
                _ => out.push((x0, x1)),
            }
        }
    }
    out
}

/// The best run of lines split by a gutter, if any passes the tests for running text.
fn find_run(page_lines: &[Line], glyphs: &[Glyph], width: f64) -> Option<Run> {
    if page_lines.len() < MIN_FILLED {
        return None;
    }
    let spans: Vec<Vec<(f64, f64)>> = page_lines.iter().map(|l| spans(l, glyphs)).collect();
    let mut best: Option<Run> = None;
    let mut x = 0.3 * width;
    while x <= 0.7 * width {
        for run in runs_at(page_lines, &spans, x) {
            if best.is_none_or(|b| run.score > b.score) {
                best = Some(run);
            }
        }
        x += 2.0;
    }
    best
}

/// The runs of consecutive lines that leave a band at `x` free and pass as two columns.
fn runs_at(page_lines: &[Line], spans: &[Vec<(f64, f64)>], x: f64) -> Vec<Run> {
    let crosses = |k: usize| {
        let half = 0.4 * page_lines[k].size.max(1.0);
        spans[k].iter().any(|&(a, b)| a < x + half && b > x - half)
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < page_lines.len() {
        if crosses(k) {
            k += 1;
            continue;
        }
        let start = k;
        while k < page_lines.len() && !crosses(k) {
            k += 1;
        }
        if let Some(score) = two_columns(&spans[start..k], x, &page_lines[start..k]) {
            out.push(Run { start, end: k, gutter: x, score });
        }
    }
    out
}

/// Whether lines whose spans all keep off `x` read as two columns of running text: the
/// number of filled lines on both sides, when each side has enough of them.
fn two_columns(spans: &[Vec<(f64, f64)>], x: f64, run: &[Line]) -> Option<usize> {
    let mut sizes: Vec<f64> = run.iter().map(|l| l.size).collect();
    sizes.sort_by(f64::total_cmp);
    let em = sizes.get(sizes.len() / 2).copied().unwrap_or(10.5).max(1.0);
    // each line's extent on either side of the gutter
    let side = |left: bool| -> Vec<(f64, f64)> {
        spans
            .iter()
            .filter_map(|s| {
                let part: Vec<&(f64, f64)> = s.iter().filter(|&&(a, _)| (a < x) == left).collect();
                Some((part.first()?.0, part.last()?.1))
            })
            .collect()
    };
    let filled = |ext: &[(f64, f64)]| -> Option<usize> {
        let x0 = ext.iter().map(|e| e.0).fold(f64::INFINITY, f64::min);
        let x1 = ext.iter().map(|e| e.1).fold(f64::NEG_INFINITY, f64::max);
        let w = x1 - x0;
        if w < MIN_COLUMN_EMS * em {
            return None;
        }
        let n = ext.iter().filter(|e| e.1 - e.0 >= 0.8 * w).count();
        (n >= MIN_FILLED).then_some(n)
    };
    Some(filled(&side(true))? + filled(&side(false))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs for `rows` of (left text, right text) on a page 600 pt wide: left column
    /// from x 50, right from x 320, 10 pt glyphs, 15 pt apart.
    fn page(rows: &[(&str, &str)]) -> Vec<Glyph> {
        let mut out = Vec::new();
        for (r, (l, rt)) in rows.iter().enumerate() {
            let y = 100.0 + 15.0 * r as f64;
            for (start, text) in [(50.0, l), (320.0, rt)] {
                for (i, c) in text.chars().enumerate() {
                    let x = start + 10.0 * i as f64;
                    out.push(Glyph { text: c.to_string(), x, y, size: 10.0, width: 10.0, invisible: false });
                }
            }
        }
        out
    }

    fn read(glyphs: &[Glyph]) -> Vec<(Column, Vec<String>)> {
        let all: Vec<usize> = (0..glyphs.len()).collect();
        reading_order(lines(glyphs, &all), glyphs, 600.0)
            .into_iter()
            .map(|(c, ls)| (c, ls.iter().map(|l| l.chunks.iter().map(|c| c.text(glyphs)).collect()).collect()))
            .collect()
    }

    const L: &str = "左の段の本文は段の幅いっぱいに折り返されています。";
    const R: &str = "右の段の本文も段の幅いっぱいに折り返されています。";

    #[test]
    fn two_columns_of_running_text_read_left_then_right() {
        let glyphs = page(&[(L, R), (L, R), (L, "右の段の最後"), (L, R), ("左の段の最後", R)]);
        let got = read(&glyphs);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, Column::Left);
        assert_eq!(got[0].1.len(), 5);
        assert!(got[0].1.iter().all(|l| l.starts_with("左")));
        assert_eq!(got[1].0, Column::Right);
        assert!(got[1].1.iter().all(|l| l.starts_with("右")));
    }

    #[test]
    fn a_table_drawn_without_rules_keeps_its_rows() {
        let rows = [("第1回 2月6日(土)", "23:00~翌5:00"), ("第2回 2月13日(土)", "23:00~翌5:00")];
        let glyphs = page(&[rows[0], rows[1], rows[0], rows[1], rows[0], rows[1]]);
        let got = read(&glyphs);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, Column::Full);
    }

    #[test]
    fn a_title_across_the_page_stays_above_the_columns() {
        let mut glyphs = page(&[(L, R), (L, R), (L, R), (L, R)]);
        let title = "医療情報システムだより 第二十七号 令和八年六月一日発行 宮崎県医師会 医療情報部";
        for (i, c) in title.chars().enumerate() {
            glyphs.push(Glyph {
                text: c.to_string(),
                x: 50.0 + 10.0 * i as f64,
                y: 80.0,
                size: 10.0,
                width: 10.0,
                invisible: false,
            });
        }
        let got = read(&glyphs);
        assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), [Column::Full, Column::Left, Column::Right]);
    }
}
