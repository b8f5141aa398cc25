//! Page furniture: page numbers, running headers and footers.
//!
//! They sit at the top or bottom of a page and would land in the middle of a sentence
//! cut by a page break (`令和7年2月1日(土) 22:00～` / `- 1 -` / `2月2日(日) 0:30`). A line is
//! furniture when it lies in the top or bottom margin band of its page and is either a
//! page number (`- 1 -`, `－2－`, `1/5`, `(3)`, `Page 4`), or repeats, digits aside, in the
//! same band on other pages. The first page keeps repeated top lines: a running header
//! that repeats the document number is, on the first page, the letterhead itself.

use super::lines::Line;

/// Share of the page height that counts as its top or bottom band.
const BAND: f64 = 0.12;

/// A line's text, for furniture tests.
pub type LineText = String;

/// Whether `text` is a page number in one of the forms notices use.
///
/// ```
/// use tsuchi::ingest::pdf::furniture::is_page_number;
/// for t in ["- 1 -", "－2－", "1/5", "1 / 5", "(3)", "Page 4", "p.2", "12", "— 7 —", "- 1/3 -"] {
///     assert!(is_page_number(t), "{t}");
/// }
/// for t in ["令和7年", "2025", "1.", "22:00"] {
///     assert!(!is_page_number(t), "{t}");
/// }
/// ```
pub fn is_page_number(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    let t = t.trim_start_matches("page").trim_start_matches("p.").trim_start_matches('p');
    let dashes: &[char] = &['-', '－', '−', '‐', '–', '—', '―', '(', ')', '（', '）', '[', ']', '〔', '〕'];
    let inner = t.trim_matches(dashes);
    let digits =
        |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    match inner.split_once(['/', '／']) {
        Some((a, b)) => digits(a) && digits(b),
        None => digits(inner) && inner.chars().count() <= 3,
    }
}

/// The text with its digits folded and its page-number pieces left out, to compare running
/// lines across pages: `三重県国民健康保険団体連合会1/2 -1-` on one page runs as
/// `三重県国民健康保険団体連合会2/2` on the next.
///
/// ```text
/// assert_eq!(shape("連合会1/2 -1-"), shape("連合会2/2"));
/// ```
fn shape(text: &str) -> String {
    let pieces: Vec<&str> = text.split_whitespace().collect();
    let kept: Vec<&str> = pieces.iter().copied().filter(|p| !is_page_number(p)).collect();
    let text = if kept.is_empty() { pieces } else { kept }.concat();
    text.chars().map(|c| if c.is_ascii_digit() || ('０'..='９').contains(&c) { '#' } else { c }).collect()
}

/// For each page (its lines, texts and height), which lines are furniture.
pub fn find(pages: &[(Vec<Line>, Vec<LineText>, f64)]) -> Vec<Vec<bool>> {
    let band = |y: f64, h: f64| {
        if y <= h * BAND {
            Some(true)
        } else if y >= h * (1.0 - BAND) {
            Some(false)
        } else {
            None
        }
    };
    // (top?, shape) → pages it appears on
    let mut seen: std::collections::HashMap<(bool, String), std::collections::BTreeSet<usize>> = Default::default();
    for (p, (lines, texts, h)) in pages.iter().enumerate() {
        for (l, t) in lines.iter().zip(texts) {
            if let Some(top) = band(l.y, *h) {
                seen.entry((top, shape(t))).or_default().insert(p);
            }
        }
    }
    let repeated = |top: bool, t: &str, page: usize| {
        let on = seen.get(&(top, shape(t))).map_or(0, |s| s.len());
        let others = seen.get(&(top, shape(t))).is_some_and(|s| s.iter().any(|&q| q != page));
        pages.len() >= 2 && on >= 2.max(pages.len() / 2) && others && !(top && page == 0)
    };
    pages
        .iter()
        .enumerate()
        .map(|(p, (lines, texts, h))| {
            lines
                .iter()
                .zip(texts)
                .map(|(l, t)| match band(l.y, *h) {
                    Some(top) => is_page_number(t) || repeated(top, t, p),
                    None => false,
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::shape;

    #[test]
    fn running_lines_compare_without_their_page_numbers() {
        assert_eq!(shape("三重県国民健康保険団体連合会1/2 -1-"), shape("三重県国民健康保険団体連合会2/2"));
        assert_eq!(shape("株式会社ミドリ -3-"), shape("株式会社ミドリ"));
        assert_ne!(shape("株式会社ミドリ"), shape("株式会社アオバ"));
        assert_eq!(shape("- 1 -"), shape("- 2 -"));
    }
}
