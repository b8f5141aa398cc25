//! A part of an area with a window of its own: `北海道については、…作業時間が短縮され、9月26日(土)
//! 23:00から翌27日(日)2:00までとなります` after `東日本エリア:令和8年9月26日(土)23:00~翌27日(日)5:00`.
//!
//! A notice states a window for an area, then (in a later section or a note) a different
//! window on the same day for some of the area's prefectures. Those prefectures have that
//! window, not the area's: they leave the area's window. Only a window placed by an area is
//! narrowed, only by one that names its prefectures itself, starts on the same day and says
//! something else (another start or end), so two statements of one window are untouched.

use super::WindowSpec;

/// Take out of each area's window the prefectures a later window of the same day states
/// for itself.
///
/// Only windows of one document can narrow each other, so the windows are compared within
/// their document: a file of many documents costs the sum of its documents, not its square.
pub fn apply(out: &mut [WindowSpec]) {
    let mut order: Vec<(usize, usize)> = out.iter().enumerate().map(|(i, w)| (w.doc, i)).collect();
    order.sort_unstable();
    for group in order.chunk_by(|x, y| x.0 == y.0) {
        for (k, &(_, b)) in group.iter().enumerate() {
            if !out[b].areas.is_empty() || out[b].prefectures.is_empty() {
                continue;
            }
            let part = out[b].prefectures.clone();
            for &(_, a) in &group[..k] {
                if narrows(&out[a], &out[b]) {
                    out[a].prefectures.retain(|p| !part.contains(p));
                }
            }
        }
    }
}

/// Whether `part` is a window of its own for some of the prefectures of area window `a`.
fn narrows(a: &WindowSpec, part: &WindowSpec) -> bool {
    let inside = part.prefectures.iter().all(|p| a.prefectures.contains(p));
    // the day as written: one statement may give the year and the other not
    let same_day = (a.start.month, a.start.day) == (part.start.month, part.start.day)
        && (a.start.year.is_none() || part.start.year.is_none() || a.start.year == part.start.year);
    let day = |d: Option<super::PartialDate>| d.map(|d| (d.month, d.day));
    let other_times = (a.start_time, day(a.end), a.end_time) != (part.start_time, day(part.end), part.end_time);
    !a.areas.is_empty()
        && a.doc == part.doc
        && same_day
        && a.through.is_none()
        && inside
        && a.prefectures.len() > part.prefectures.len()
        && other_times
}

#[cfg(test)]
mod tests {
    use super::super::tests::windows;

    #[test]
    fn a_part_of_an_area_with_a_window_of_its_own() {
        let cases: &[(&str, &[&str])] = &[
            (
                "回線を切り替えます。\n\n・東日本エリア:令和8年9月26日(土)23:00~翌27日(日)5:00\n・西日本エリア:令和8年10月3日(土)23:00~翌4日(日)5:00\n\n東日本エリア:北海道、青森、岩手、宮城\n西日本エリア:大阪、福岡\n\n北海道については、作業時間が短縮され、9月26日(土)23:00から翌27日(日)2:00までとなります。",
                &[
                    "2026-09-26T23:00..2026-09-27T02:00 planned [01]",
                    "2026-09-26T23:00..2026-09-27T05:00 planned [02,03,04]",
                    "2026-10-03T23:00..2026-10-04T05:00 planned [27,40]",
                ],
            ),
            (
                "回線を切り替えます。\n\n・東日本エリア:令和8年9月26日(土)23:00~翌27日(日)5:00\n\n東日本エリア:北海道、青森、岩手、宮城\n\n北海道については、別途10月10日(土)23:00から翌11日(日)2:00までも作業を行います。",
                &[
                    "2026-09-26T23:00..2026-09-27T05:00 planned [01,02,03,04]",
                    "2026-10-10T23:00..2026-10-11T02:00 planned [01]",
                ],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年9月4日", statement), *want, "{statement}");
        }
    }
}
