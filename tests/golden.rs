//! Golden tests: every corpus notice against its hand-checked `NAME.expected.json`.
//!
//! The expected files are the full output, read value by value against the notice before
//! they were committed. On a mismatch the test prints a unified diff. To regenerate after
//! an intended change, run `TSUCHI_BLESS=1 cargo test --test golden` and read the diff
//! (`git diff corpus/`) before committing it.

mod common;

use similar::TextDiff;

#[test]
fn corpus_matches_expected_json() {
    let bless = std::env::var_os("TSUCHI_BLESS").is_some();
    let mut failures = Vec::new();
    for path in common::corpus() {
        let got = tsuchi::emit::json(&common::extract(&path)).expect("serialises");
        let expected_path = path.with_extension("expected.json");
        if bless {
            std::fs::write(&expected_path, &got).expect("writes the expected file");
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if want != got {
            let diff = TextDiff::from_lines(&want, &got)
                .unified_diff()
                .context_radius(3)
                .header(&expected_path.display().to_string(), "got")
                .to_string();
            failures.push(diff);
        }
    }
    assert!(
        failures.is_empty(),
        "{} notice(s) differ from their expected output:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn outputs_validate_against_the_schema_in_json_and_yaml() {
    for path in common::corpus() {
        let notice = common::extract(&path);
        let json: serde_json::Value = serde_json::to_value(&notice).expect("serialises");
        let errors = tsuchi::validate::schema_errors(&json);
        assert!(errors.is_empty(), "{}: JSON output breaks the schema:\n{}", path.display(), errors.join("\n"));
        let yaml = tsuchi::emit::yaml(&notice).expect("serialises");
        let back: serde_json::Value = serde_saphyr::from_str(&yaml).expect("YAML reads back");
        let errors = tsuchi::validate::schema_errors(&back);
        assert!(errors.is_empty(), "{}: YAML output breaks the schema:\n{}", path.display(), errors.join("\n"));
        assert_eq!(back, json, "{}: YAML does not read back as the JSON", path.display());
    }
}

#[test]
fn json_round_trips_through_the_model() {
    for path in common::corpus() {
        let notice = common::extract(&path);
        let json = tsuchi::emit::json(&notice).expect("serialises");
        let back: tsuchi::Notice = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, notice, "{}", path.display());
    }
}

/// The text that starts at `line`:`column` of `source`, with line breaks folded as
/// mentions fold them.
fn text_at(source: &str, line: u32, column: u32, len: usize) -> String {
    let rest: String = source
        .lines()
        .skip(line as usize - 1)
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.chars().skip(column as usize - 1).collect::<String>().trim_end().to_string()
            } else {
                l.trim().to_string()
            }
        })
        .filter(|l| !l.is_empty())
        .take(12)
        .collect::<Vec<_>>()
        .join(" ");
    rest.chars().take(len).collect()
}

#[test]
fn every_value_cites_its_evidence() {
    for path in common::corpus() {
        let notice = common::extract(&path);
        let source = std::fs::read_to_string(&path).expect("utf-8 corpus");
        let mut mentions = Vec::new();
        for o in &notice.outages {
            assert!(!o.mentions.is_empty(), "{}: outage {} has no mention", path.display(), o.start);
            mentions.extend(o.mentions.iter());
        }
        for c in &notice.contacts {
            assert!(!c.mentions.is_empty());
            mentions.extend(c.mentions.iter());
        }
        for u in &notice.urls {
            assert!(!u.mentions.is_empty());
            mentions.extend(u.mentions.iter());
        }
        for s in &notice.systems {
            mentions.extend(s.mentions.iter());
        }
        for p in &notice.prefectures {
            mentions.extend(p.mentions.iter());
        }
        for m in mentions {
            let n = m.text.chars().count();
            assert_eq!(text_at(&source, m.line, m.column, n), m.text, "{}:{}:{}", path.display(), m.line, m.column);
        }
        for d in &notice.dates {
            let n = d.text.chars().count();
            assert_eq!(text_at(&source, d.line, d.column, n), d.text, "{}:{}:{}", path.display(), d.line, d.column);
        }
    }
}
