//! HTML tables: data tables as Markdown rows, layout tables as blocks.
//!
//! A table of windows (`日時 | 対象 | 状況`) is read by the same table reader as a table in
//! a text notice, so it is written the same way: one `| a | b |` line per row, a
//! `|---|---|` line after the first. A cell that spans rows (`rowspan`) is repeated in
//! each row it covers (a merged date cell belongs to every window beside it); a cell that
//! spans columns is written once and followed by empty cells, so the columns stay aligned
//! with the header. Old sites lay pages out with tables: a table that nests another, has a
//! single column, or holds long cells is read as a sequence of blocks instead.

use super::content::{is_chrome, weights_of};
use super::render::{Ctx, Inline, Render};
use super::tree::NodeId;
use crate::ingest::map::Fragment;

/// Longest cell (in characters) of a data table.
const LONG_CELL: usize = 300;
/// Most rows or columns a cell may span.
const MAX_SPAN: usize = 64;

impl Render<'_> {
    /// Whether the table lays out the page rather than holding data.
    pub(super) fn is_layout_table(&self, table: NodeId) -> bool {
        let rows = self.rows(table);
        let nested = self.descendants(table).any(|d| d != table && self.tree.nodes[d].name() == "table");
        let columns = rows.iter().map(|&r| self.cells(r).len()).max().unwrap_or(0);
        let long = rows.iter().flat_map(|&r| self.cells(r)).any(|c| weights_of(self.tree, c) > LONG_CELL);
        nested || columns < 2 || long
    }

    fn descendants(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut stack = vec![id];
        std::iter::from_fn(move || {
            let n = stack.pop()?;
            stack.extend(self.tree.nodes[n].children.iter().rev());
            Some(n)
        })
    }

    /// The rows of `table` (through thead/tbody/tfoot), not those of nested tables.
    fn rows(&self, table: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        for &c in &self.tree.nodes[table].children {
            match self.tree.nodes[c].name() {
                "tr" => out.push(c),
                "thead" | "tbody" | "tfoot" => out
                    .extend(self.tree.nodes[c].children.iter().copied().filter(|&r| self.tree.nodes[r].name() == "tr")),
                _ => {}
            }
        }
        out.retain(|&r| !is_chrome(self.tree, r));
        out
    }

    fn cells(&self, row: NodeId) -> Vec<NodeId> {
        self.tree.nodes[row]
            .children
            .iter()
            .copied()
            .filter(|&c| matches!(self.tree.nodes[c].name(), "td" | "th"))
            .collect()
    }

    fn span(&self, cell: NodeId, attr: &str) -> usize {
        let v = self.tree.nodes[cell].attr(attr).and_then(|a| a.value.trim().parse::<usize>().ok());
        v.unwrap_or(1).clamp(1, MAX_SPAN)
    }

    fn cell_text(&self, cell: NodeId) -> Fragment {
        let mut f = Fragment::new();
        let ctx = Ctx { in_cell: true, pre: false };
        self.children(cell, &mut f, &mut Inline::default(), ctx);
        f
    }

    /// Each row's cells, rowspans repeated and colspans padded.
    fn grid(&self, rows: &[NodeId]) -> Vec<Vec<Fragment>> {
        let mut carried: Vec<Option<(Fragment, usize)>> = Vec::new();
        let mut grid = Vec::with_capacity(rows.len());
        for &row in rows {
            let mut line: Vec<Fragment> = Vec::new();
            let mut col = 0;
            for cell in self.cells(row) {
                take_carried(&mut carried, &mut line, &mut col);
                let f = self.cell_text(cell);
                let (rows_spanned, cols_spanned) = (self.span(cell, "rowspan"), self.span(cell, "colspan"));
                if carried.len() < col + cols_spanned {
                    carried.resize(col + cols_spanned, None);
                }
                if rows_spanned > 1 {
                    carried[col] = Some((f.clone(), rows_spanned - 1));
                }
                line.push(f);
                line.extend((1..cols_spanned).map(|_| Fragment::new()));
                col += cols_spanned;
            }
            take_carried(&mut carried, &mut line, &mut col);
            grid.push(line);
        }
        grid
    }

    /// Write a data table as Markdown rows.
    pub(super) fn table(&self, table: NodeId, out: &mut Fragment, st: &mut Inline) {
        let n = &self.tree.nodes[table];
        let ctx = Ctx::default();
        self.boundary(out, st, ctx, true, n.start);
        if let Some(&caption) = n.children.iter().find(|&&c| self.tree.nodes[c].name() == "caption") {
            self.node(caption, out, st, ctx);
            self.boundary(out, st, ctx, false, self.tree.nodes[caption].end);
        }
        let rows = self.rows(table);
        let grid = self.grid(&rows);
        let width = grid.iter().map(Vec::len).max().unwrap_or(0);
        for (i, (cells, &row)) in grid.iter().zip(&rows).enumerate() {
            let at = self.tree.nodes[row].start;
            out.push_synthetic("| ", self.origin, at);
            for (j, cell) in cells.iter().enumerate() {
                if j > 0 {
                    out.push_synthetic(" | ", self.origin, at);
                }
                out.push_fragment(cell);
            }
            out.push_synthetic(" |", self.origin, at);
            out.end_line(self.origin, at);
            if i == 0 && grid.len() > 1 {
                out.push_synthetic(&format!("|{}\n", "---|".repeat(width.max(1))), self.origin, at);
            }
        }
        self.boundary(out, st, ctx, true, n.end);
    }
}

/// Cells carried down from rows above fill the row from `col` on.
fn take_carried(carried: &mut [Option<(Fragment, usize)>], line: &mut Vec<Fragment>, col: &mut usize) {
    while let Some(slot) = carried.get_mut(*col) {
        let Some((f, left)) = slot else { break };
        line.push(f.clone());
        *left -= 1;
        if *left == 0 {
            *slot = None;
        }
        *col += 1;
    }
}
