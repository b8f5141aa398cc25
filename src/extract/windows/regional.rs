//! A regional network's notice: the windows it does not place are in the one prefecture all
//! its placed windows are in.
//!
//! A notice about a network of one region (`いよネット`, `あかねネット`) places some windows by
//! their towns (`松前町・砥部町`, `日野町、竜王町`) and leaves others to the reader: `圏域全域`,
//! a maintenance with no area, an incident whose area is `県内`, said by a council that names
//! no prefecture. A national system's notice is never so read: its unplaced windows are the
//! whole country. So, per document that names no national system, when at least one window
//! is placed and every placed window is in the same single prefecture, the unplaced windows
//! (no prefecture, no area) take it.

use super::WindowSpec;

/// Place the unplaced windows of each regional document (`national[doc]` false) in the one
/// prefecture of its placed windows.
pub fn apply(out: &mut [WindowSpec], national: &[bool]) {
    for (doc, &is_national) in national.iter().enumerate() {
        if is_national {
            continue;
        }
        let placed: Vec<&WindowSpec> = out.iter().filter(|w| w.doc == doc && !w.prefectures.is_empty()).collect();
        let Some(first) = placed.first().map(|w| w.prefectures.clone()) else { continue };
        if first.len() != 1 || placed.iter().any(|w| w.prefectures != first) {
            continue;
        }
        for w in out.iter_mut().filter(|w| w.doc == doc && w.prefectures.is_empty() && w.areas.is_empty()) {
            w.prefectures = first.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::windows;

    #[test]
    fn a_regional_notice_places_its_other_windows() {
        let cases: &[(&str, &[&str])] = &[
            (
                "あかねネットを停止します。\n\n| 回 | 停止日時 | 対象地域 |\n|---|---|---|\n| 1 | 2026年6月13日(土)21:00~24:00 | 東近江市、近江八幡市 |\n| 2 | 2026年6月27日(土)21:00~翌2:00 | 圏域全域 |",
                &["2026-06-13T21:00..2026-06-14T00:00 planned [25]", "2026-06-27T21:00..2026-06-28T02:00 planned [25]"],
            ),
            // a national system's notice: the unplaced window is the whole country
            (
                "オンライン資格確認等システムを停止します。\n\n| 回 | 停止日時 | 対象地域 |\n|---|---|---|\n| 1 | 2026年6月13日(土)21:00~24:00 | 東近江市 |\n| 2 | 2026年6月27日(土)21:00~翌2:00 | 全国 |",
                &["2026-06-13T21:00..2026-06-14T00:00 planned [25]", "2026-06-27T21:00..2026-06-28T02:00 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和8年5月25日", statement), *want, "{statement}");
        }
    }
}
