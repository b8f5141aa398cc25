//! Tables drawn with rules: a grid of cells, merged cells found from missing rules.
//!
//! Word processors draw a table's borders as strokes or thin filled rectangles. Rules
//! that touch form a table; their distinct x positions are the column boundaries and their
//! y positions the row boundaries. Two neighbouring grid cells with no rule between them
//! are one merged cell (a date cell spanning the rows of its windows). Each glyph belongs
//! to the cell its centre falls in, and a cell's lines are read in order.
//!
//! A frame around a single column (a boxed paragraph such as 【問い合わせ先】) is not a
//! table: it is read as ordinary lines.

use super::glyphs::{Glyph, Rule};

/// Tolerance, in points, for rules that meet.
const SNAP: f64 = 2.0;
/// Largest table kept, in rows and columns.
const MAX_GRID: usize = 200;

/// A table: its box and its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Left, top, right, bottom.
    pub bbox: (f64, f64, f64, f64),
    /// Column boundaries, left to right.
    pub xs: Vec<f64>,
    /// Row boundaries, top to bottom.
    pub ys: Vec<f64>,
    /// For each grid cell (row-major), the id of the merged cell it belongs to.
    pub owner: Vec<usize>,
}

impl Table {
    /// Rows of the grid.
    pub fn rows(&self) -> usize {
        self.ys.len().saturating_sub(1)
    }

    /// Columns of the grid.
    pub fn cols(&self) -> usize {
        self.xs.len().saturating_sub(1)
    }

    /// Whether a point lies inside the table.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        let (l, t, r, b) = self.bbox;
        x >= l - 0.5 && x <= r + 0.5 && y >= t - 0.5 && y <= b + 0.5
    }

    /// The grid cell (row, column) holding a point.
    pub fn cell_at(&self, x: f64, y: f64) -> Option<(usize, usize)> {
        let col = self.xs.windows(2).position(|w| x >= w[0] && x < w[1])?;
        let row = self.ys.windows(2).position(|w| y >= w[0] && y < w[1])?;
        Some((row, col))
    }

    /// The point a glyph is read at (its centre).
    pub fn glyph_point(g: &Glyph) -> (f64, f64) {
        (g.x + g.width / 2.0, g.y - g.size * 0.35)
    }
}

fn merge_positions(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    let mut out: Vec<f64> = Vec::new();
    for x in v {
        match out.last() {
            Some(&l) if x - l <= SNAP => {}
            _ => out.push(x),
        }
    }
    out
}

fn touches(a: &Rule, b: &Rule) -> bool {
    let (h, v) = if a.horizontal() { (a, b) } else { (b, a) };
    if h.horizontal() == v.horizontal() {
        // parallel: collinear and overlapping
        return if h.horizontal() {
            (a.y0 - b.y0).abs() <= SNAP && a.x0 <= b.x1 + SNAP && b.x0 <= a.x1 + SNAP
        } else {
            (a.x0 - b.x0).abs() <= SNAP && a.y0 <= b.y1 + SNAP && b.y0 <= a.y1 + SNAP
        };
    }
    v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP
}

/// Groups of rules that touch each other.
fn groups(rules: &[Rule]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..rules.len()).collect();
    fn find(p: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while p[r] != r {
            p[r] = p[p[r]];
            r = p[r];
        }
        r
    }
    for i in 0..rules.len() {
        for j in i + 1..rules.len() {
            if touches(&rules[i], &rules[j]) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a] = b;
            }
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..rules.len() {
        let r = find(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    by_root.into_values().collect()
}

fn covered(rules: &[&Rule], horizontal: bool, at: f64, along: f64) -> bool {
    rules.iter().any(|r| {
        r.horizontal() == horizontal
            && if horizontal {
                (r.y0 - at).abs() <= SNAP && along >= r.x0 - SNAP && along <= r.x1 + SNAP
            } else {
                (r.x0 - at).abs() <= SNAP && along >= r.y0 - SNAP && along <= r.y1 + SNAP
            }
    })
}

/// The tables on a page.
pub fn tables(rules: &[Rule]) -> Vec<Table> {
    // a page of thousands of strokes is a drawing, not a form
    if rules.len() > 4000 {
        return Vec::new();
    }
    groups(rules).into_iter().filter_map(|g| table(&g.iter().map(|&i| &rules[i]).collect::<Vec<_>>())).collect()
}

fn table(rules: &[&Rule]) -> Option<Table> {
    let ys = merge_positions(rules.iter().filter(|r| r.horizontal()).map(|r| r.y0).collect());
    let xs = merge_positions(rules.iter().filter(|r| !r.horizontal()).map(|r| r.x0).collect());
    if ys.len() < 2 || xs.len() < 3 || ys.len() > MAX_GRID || xs.len() > MAX_GRID {
        return None;
    }
    let (rows, cols) = (ys.len() - 1, xs.len() - 1);
    let mut owner: Vec<usize> = (0..rows * cols).collect();
    for r in 0..rows {
        let mid_y = (ys[r] + ys[r + 1]) / 2.0;
        for c in 0..cols {
            let mid_x = (xs[c] + xs[c + 1]) / 2.0;
            // no rule on the left: one cell with the left neighbour
            if c > 0 && !covered(rules, false, xs[c], mid_y) {
                owner[r * cols + c] = owner[r * cols + c - 1];
            } else if r > 0 && !covered(rules, true, ys[r], mid_x) {
                owner[r * cols + c] = owner[(r - 1) * cols + c];
            }
        }
    }
    let (l, t) = (xs[0], ys[0]);
    let (rr, b) = (xs[cols], ys[rows]);
    let distinct_columns = (0..rows).any(|r| (1..cols).any(|c| owner[r * cols + c] != owner[r * cols + c - 1]));
    distinct_columns.then_some(Table { bbox: (l, t, rr, b), xs, ys, owner })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(y: f64, x0: f64, x1: f64) -> Rule {
        Rule { x0, y0: y, x1, y1: y }
    }
    fn v(x: f64, y0: f64, y1: f64) -> Rule {
        Rule { x0: x, y0, x1: x, y1 }
    }

    #[test]
    fn grid_with_a_merged_cell() {
        // two columns, three rows; the left cell of rows 2 and 3 is merged
        let rules = vec![
            h(0.0, 0.0, 200.0),
            h(20.0, 0.0, 200.0),
            h(40.0, 100.0, 200.0),
            h(60.0, 0.0, 200.0),
            v(0.0, 0.0, 60.0),
            v(100.0, 0.0, 60.0),
            v(200.0, 0.0, 60.0),
        ];
        let t = tables(&rules);
        assert_eq!(t.len(), 1);
        let t = &t[0];
        assert_eq!((t.rows(), t.cols()), (3, 2));
        assert_eq!(t.owner[2 * 2], t.owner[2]); // row 3 left = row 2 left
        assert_ne!(t.owner[2 * 2 + 1], t.owner[3]);
        assert_eq!(t.cell_at(150.0, 50.0), Some((2, 1)));
    }

    #[test]
    fn a_box_is_not_a_table() {
        let rules = vec![h(0.0, 0.0, 200.0), h(50.0, 0.0, 200.0), v(0.0, 0.0, 50.0), v(200.0, 0.0, 50.0)];
        assert!(tables(&rules).is_empty());
    }
}
