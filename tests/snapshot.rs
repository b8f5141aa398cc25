//! Readable goldens: for every corpus notice, `NAME.snap` beside `NAME.expected.json` prints
//! each extracted value under the source line it came from, with carets under its evidence
//! (as `tsuchi check` renders a diagnostic), so a reviewer reads the notice with its spans.
//!
//! The JSON golden is the exact answer; the snapshot is the same answer laid over the
//! notice. A change that moves a value's evidence shows here as a caret that moved, which a
//! JSON diff of line and column numbers hides. Regenerate with
//! `TSUCHI_BLESS=1 cargo test --test snapshot` and read `git diff corpus/` before committing.

mod common;

use similar::TextDiff;
use std::fmt::Write;
use tsuchi::model::Mention;
use unicode_width::UnicodeWidthStr;

/// Display width of the first `chars` characters of `line`.
fn width_of(line: &str, chars: usize) -> usize {
    line.chars().take(chars).collect::<String>().width()
}

/// The source line of `m` and carets under its text.
fn evidence(out: &mut String, reading: &tsuchi::Reading, m: &Mention) {
    let line = reading.source_line(m.line, m.page, m.part.as_deref()).unwrap_or("");
    let mut place = m.line.to_string();
    if let Some(p) = m.page {
        place = format!("p{p}:{place}");
    }
    if let Some(p) = &m.part {
        place = format!("part {p}:{place}");
    }
    let start = m.column.saturating_sub(1) as usize;
    let pad = width_of(line, start);
    let rest: String = line.chars().skip(start).collect();
    let first_line_of_text = m.text.split(' ').next().unwrap_or("");
    let carets = width_of(&rest, m.length() as usize).max(first_line_of_text.width().min(rest.width())).max(1);
    let _ = writeln!(out, "  {place:>8} | {line}");
    let _ = writeln!(out, "  {:>8} | {}{}", "", " ".repeat(pad), "^".repeat(carets));
}

fn value(out: &mut String, reading: &tsuchi::Reading, head: String, mentions: &[Mention]) {
    let _ = writeln!(out, "{head}");
    for m in mentions {
        evidence(out, reading, m);
    }
    if mentions.is_empty() {
        let _ = writeln!(out, "  (no evidence)");
    }
}

fn document(out: &mut String, reading: &tsuchi::Reading) {
    let d = &reading.notice.document;
    let _ = writeln!(out, "document (lines {}-{})", d.line, d.end_line);
    let show = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    let _ = writeln!(out, "  number  {}", show(d.number.clone()));
    let _ = writeln!(out, "  date    {}", show(d.date.map(|x| x.to_string())));
    let _ = writeln!(out, "  kind    {}", show(d.kind.clone()));
    let _ = writeln!(out, "  title   {}", show(d.title.clone()));
    let _ = writeln!(out, "  issuer  {}", show(d.issuer.clone()));
}

fn outages(out: &mut String, reading: &tsuchi::Reading) {
    for (i, o) in reading.notice.outages.iter().enumerate() {
        let end = o.end.map_or("(open)".to_string(), |e| e.to_rfc3339());
        let prefs: Vec<&str> = o.prefectures.iter().map(|p| p.code.as_str()).collect();
        let mut head = format!("outage {}: {} .. {end} {} {}", i + 1, o.start.to_rfc3339(), o.status, o.kind);
        if o.tentative {
            head.push_str(" (予定)");
        }
        if !o.areas.is_empty() {
            let _ = write!(head, " areas {}", o.areas.join("・"));
        }
        let _ = write!(head, " prefectures [{}]", prefs.join(","));
        value(out, reading, head, &o.mentions);
    }
}

/// The snapshot of one notice.
fn snapshot(reading: &tsuchi::Reading) -> String {
    let n = &reading.notice;
    let mut out = String::new();
    document(&mut out, reading);
    for s in &n.systems {
        value(&mut out, reading, format!("system {}", s.name), &s.mentions);
    }
    outages(&mut out, reading);
    for c in &n.contacts {
        let name = c.name.as_deref().unwrap_or("-");
        let head = format!("contact {} {:?} {name} hours {}", c.phone, c.kind, c.hours.len());
        value(&mut out, reading, head, &c.mentions);
    }
    for u in &n.urls {
        let head = format!("link {} kb {}", u.url, u.kb_article.as_deref().unwrap_or("-"));
        value(&mut out, reading, head, &u.mentions);
    }
    for p in &n.prefectures {
        value(&mut out, reading, format!("prefecture {} {}", p.code, p.name), &p.mentions);
    }
    for d in &n.diagnostics {
        let _ = writeln!(out, "diagnostic {} {} {}:{} {}", d.code, d.severity, d.line, d.column, d.message);
    }
    out
}

#[test]
fn every_value_reads_under_its_source_line() {
    let bless = std::env::var_os("TSUCHI_BLESS").is_some();
    let mut failures = Vec::new();
    for path in common::corpus() {
        let bytes = std::fs::read(&path).expect("readable corpus file");
        let reading = tsuchi::read(&common::source_name(&path), &bytes, &Default::default()).expect("reads");
        let got = snapshot(&reading);
        let snap = path.with_extension("snap");
        if bless {
            std::fs::write(&snap, &got).expect("writes the snapshot");
            continue;
        }
        let want = std::fs::read_to_string(&snap).unwrap_or_default();
        if want != got {
            let diff =
                TextDiff::from_lines(&want, &got).unified_diff().header(&snap.display().to_string(), "got").to_string();
            failures.push(diff);
        }
    }
    assert!(failures.is_empty(), "{} snapshot(s) differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_value_without_evidence_shows_as_such() {
    let reading =
        tsuchi::read("a.txt", "令和8年5月24日(日)2:00~3:00 停止".as_bytes(), &Default::default()).expect("reads");
    let s = snapshot(&reading);
    assert!(!s.contains("(no evidence)"), "{s}");
    assert!(s.contains("^^^"), "{s}");
}
