//! Notices as they arrive: the five seeds rendered as PDF (five producers), as web pages
//! and as e-mails read the same as their text; unreadable files fail with a clear error;
//! every position points into what a person opens.

mod common;

use std::path::Path;
use tsuchi::model::{Document, Notice, SourceFormat};

/// What must not change between a notice's text and its renderings.
#[derive(Debug, PartialEq)]
struct Facts {
    outages: Vec<(tsuchi::model::Instant, Option<tsuchi::model::Instant>, String, Vec<String>)>,
    contacts: Vec<String>,
    urls: Vec<String>,
}

fn facts(n: &Notice) -> Facts {
    let mut outages: Vec<_> = n
        .outages
        .iter()
        .map(|o| {
            let prefs = o.prefectures.iter().map(|p| p.code.clone()).collect();
            (o.start, o.end, o.status.as_str().to_string(), prefs)
        })
        .collect();
    outages.sort();
    let mut contacts: Vec<String> = n.contacts.iter().map(|c| c.phone.clone()).collect();
    contacts.sort();
    let mut urls: Vec<String> = n.urls.iter().map(|u| u.url.clone()).collect();
    urls.sort();
    Facts { outages, contacts, urls }
}

/// The document fields a reader compares (positions aside).
type Fields<'a> =
    (Option<&'a str>, Option<chrono::NaiveDate>, Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a [String]);

fn fields(d: &Document) -> Fields<'_> {
    (d.number.as_deref(), d.date, d.kind.as_deref(), d.title.as_deref(), d.issuer.as_deref(), d.recipients.as_slice())
}

/// The rendering's document that stands for the seed: the first document, or, when the
/// seed arrived attached to a cover mail, the first attached one.
fn seed_document(n: &Notice) -> &Document {
    let attached = n.source.parts.iter().any(|p| p.role == tsuchi::model::PartRole::Attachment && p.read);
    if attached { n.attachments.first().unwrap_or(&n.document) } else { &n.document }
}

#[test]
fn renderings_read_as_their_text() {
    let mut failures = Vec::new();
    for path in common::renderings() {
        let text = common::extract(&common::seed_of(&path));
        let got = common::extract(&path);
        if facts(&got) != facts(&text) {
            failures.push(format!("{}: {:#?}\n  text: {:#?}", path.display(), facts(&got), facts(&text)));
        }
        if fields(seed_document(&got)) != fields(&text.document) {
            failures.push(format!(
                "{}: document {:?}\n  text: {:?}",
                path.display(),
                fields(seed_document(&got)),
                fields(&text.document)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn renderings_record_their_format() {
    for path in common::renderings() {
        let n = common::extract(&path);
        let want = match path.extension().and_then(|e| e.to_str()) {
            Some("pdf") => SourceFormat::Pdf,
            Some("html") => SourceFormat::Html,
            _ => SourceFormat::Eml,
        };
        assert_eq!(n.source.format, want, "{}", path.display());
        match want {
            SourceFormat::Pdf => {
                assert!(n.source.pages.is_some_and(|p| p >= 3), "{}: page count", path.display());
                assert_eq!(n.source.encoding, None);
            }
            SourceFormat::Eml => assert!(n.source.parts.iter().any(|p| p.read), "{}: parts", path.display()),
            _ => assert!(n.source.encoding.is_some()),
        }
        let value = serde_json::to_value(&n).expect("serialises");
        let errors = tsuchi::validate::schema_errors(&value);
        assert!(errors.is_empty(), "{}: {}", path.display(), errors.join("\n"));
    }
}

/// Every mention's position exists in the source the reader names, and holds the first
/// character of its text (or, in HTML, the markup that wrote it).
#[test]
fn positions_point_into_the_source() {
    for path in common::renderings() {
        let bytes = std::fs::read(&path).expect("readable");
        let name = common::source_name(&path);
        let reading = tsuchi::read(&name, &bytes, &tsuchi::Options::default()).expect("reads");
        let n = &reading.notice;
        let mentions = n
            .outages
            .iter()
            .flat_map(|o| &o.mentions)
            .chain(n.contacts.iter().flat_map(|c| &c.mentions))
            .chain(n.urls.iter().flat_map(|u| &u.mentions));
        for m in mentions {
            let line = reading.source_line(m.line, m.page, m.part.as_deref());
            let line =
                line.unwrap_or_else(|| panic!("{name}: no line {} (page {:?}, part {:?})", m.line, m.page, m.part));
            let at: Option<char> = line.chars().nth(m.column as usize - 1);
            let first = m.text.chars().next();
            let markup = n.source.format == SourceFormat::Html && matches!(at, Some('<' | '&'));
            assert!(
                at == first || markup,
                "{name}:{}:{}: {:?} is not under {:?} in {line:?}",
                m.line,
                m.column,
                m.text,
                at
            );
        }
    }
}

fn check_exit(path: &Path) -> (Option<i32>, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tsuchi")).arg("check").arg(path).output().expect("runs");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn unreadable_files_fail_clearly() {
    let cases = [
        ("seeds/broken/scanned.pdf", "no usable text layer (scanned image?"),
        ("seeds/broken/no_tounicode.pdf", "no usable text layer"),
        ("seeds/broken/encrypted.pdf", "encrypted PDF"),
        ("seeds/broken/truncated.pdf", "truncated PDF"),
        ("seeds/broken/empty.html", "no text in the page"),
        ("seeds/broken/no_readable_part.eml", "no readable part"),
    ];
    for (rel, cause) in cases {
        let path = common::formats_file(rel);
        let bytes = std::fs::read(&path).expect("readable");
        let err = tsuchi::extract_bytes(rel, &bytes, &tsuchi::Options::default()).expect_err(rel);
        let msg = err.to_string();
        assert!(msg.starts_with(rel) && msg.contains(cause), "{rel}: {msg}");
        assert!(!msg.contains('\n'), "one line: {msg}");
        let (code, stderr) = check_exit(&path);
        assert_eq!(code, Some(2), "{rel}: check exits 2");
        assert!(stderr.contains(cause), "{rel}: {stderr}");
    }
}

#[test]
fn detection_follows_the_content_not_the_name() {
    use tsuchi::ingest::detect;
    let pdf = std::fs::read(common::formats_file("seeds/pdf/000_80465f3a0b9055d7.pdf")).expect("readable");
    assert_eq!(detect(&pdf, Some("txt")), SourceFormat::Pdf);
    let html = std::fs::read(common::formats_file("seeds/html/001_782547caf5a8f269.html")).expect("readable");
    assert_eq!(detect(&html, None), SourceFormat::Html);
    let mail = std::fs::read(common::formats_file("seeds/eml/003_b44a9dc4c443d513.eml")).expect("readable");
    assert_eq!(detect(&mail, Some("txt")), SourceFormat::Eml);
    // text notices stay text whatever they contain
    for text in ["From: 日本医師会\n件名: 停止\n\n本文", "令和7年<br>1月30日", "<https://example.jp>\n本文"]
    {
        assert_eq!(detect(text.as_bytes(), Some("txt")), SourceFormat::Text, "{text}");
        assert_eq!(detect(text.as_bytes(), None), SourceFormat::Text, "{text}");
    }
}

#[test]
fn a_mixed_inbox_gives_one_calendar() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = [
        "seeds/pdf/001_782547caf5a8f269.pdf",
        "seeds/html/002_1d2f8fff1373c4f6.html",
        "seeds/eml/000_80465f3a0b9055d7.eml",
    ];
    for f in files {
        let src = common::formats_file(f);
        std::fs::copy(&src, dir.path().join(src.file_name().expect("a name"))).expect("copies");
    }
    std::fs::copy(common::seed_of(Path::new("003_b44a9dc4c443d513.txt")), dir.path().join("003.txt")).expect("copies");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tsuchi"))
        .args(["extract", "--format", "ics"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let ics = String::from_utf8(out.stdout).expect("utf-8");
    let cal: icalendar::Calendar = ics.parse().expect("an independent parser reads it");
    let events = cal.components.iter().filter(|c| c.as_event().is_some()).count();
    // 001: three windows; 002: twelve; 000: two; 003: none
    assert_eq!(events, 3 + 12 + 2, "{ics}");
    assert_eq!(ics.matches("BEGIN:VCALENDAR").count(), 1);
}

#[test]
fn struck_windows_are_withdrawn() {
    let page = "<html><body><main><p>令和8年4月1日</p>\
        <p>停止日時：<del>令和8年7月11日（土）22:00～7月12日（日）6:00</del> 令和8年7月25日（土）22:00～7月26日（日）6:00</p>\
        <p><s>令和8年8月1日（土）13:00～15:00</s></p><p>令和8年8月8日（土）22:00～翌2:00</p></main></body></html>";
    let n = tsuchi::extract_bytes("p.html", page.as_bytes(), &tsuchi::Options::default()).expect("reads");
    let got: Vec<(String, &str)> =
        n.outages.iter().map(|o| (o.start.to_rfc3339()[..16].to_string(), o.status.as_str())).collect();
    assert_eq!(
        got,
        [
            ("2026-07-11T22:00".to_string(), "cancelled"),
            ("2026-07-25T22:00".to_string(), "rescheduled"),
            ("2026-08-01T13:00".to_string(), "cancelled"),
            ("2026-08-08T22:00".to_string(), "planned")
        ]
    );
}
