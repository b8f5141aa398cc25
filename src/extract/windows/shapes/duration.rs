//! A start and a duration: `22時から約8時間`, `2時から2時間程度`, `より30分間`.

use super::super::TimeOfDay;

/// A duration right after a start (`から約8時間`, `から2時間程度`, `より30分間`), in minutes.
pub fn after(text: &str) -> Option<u32> {
    let t = text.trim_start();
    let t = t.strip_prefix("から").or_else(|| t.strip_prefix("より")).unwrap_or(t).trim_start_matches([' ', '、']);
    let t = t.strip_prefix("約").unwrap_or(t);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let n: u32 = t.get(..digits)?.parse().ok()?;
    let unit = t.get(digits..)?.trim_start();
    if unit.starts_with("時間") && n <= 48 {
        Some(n * 60)
    } else if unit.starts_with("分") && !unit.starts_with("分の") && n <= 600 {
        Some(n)
    } else {
        None
    }
}

/// The end of a window that starts at `start` and lasts `minutes`.
pub fn end_time(start: TimeOfDay, minutes: u32) -> TimeOfDay {
    let total = start.hour * 60 + start.minute + minutes;
    let days = total / (24 * 60);
    let rest = total % (24 * 60);
    TimeOfDay { hour: rest / 60 + if days > 1 { 24 * (days - 1) } else { 0 }, minute: rest % 60, next_day: days >= 1 }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::windows;

    #[test]
    fn durations() {
        let cases: &[(&str, &[&str])] = &[
            (
                "令和7年9月13日(土)22時から約8時間、システムを停止します。",
                &["2025-09-13T22:00..2025-09-14T06:00 planned"],
            ),
            (
                "令和7年9月13日(土)2時から30分間、システムを停止します。",
                &["2025-09-13T02:00..2025-09-13T02:30 planned"],
            ),
        ];
        for (statement, want) in cases {
            assert_eq!(windows("令和7年9月1日", statement), *want, "{statement}");
        }
    }
}
