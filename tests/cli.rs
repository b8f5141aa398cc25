//! The command line as a user runs it: every command, format and exit code.

use assert_cmd::Command;
use icalendar::Component as _;
use predicates::prelude::*;
use std::path::Path;

const SAMPLE: &str = "corpus/001_782547caf5a8f269.txt";
const RECURRING: &str = "corpus/002_1d2f8fff1373c4f6.txt";

fn tsuchi() -> Command {
    let mut c = Command::cargo_bin("tsuchi").expect("the binary builds");
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn stdout_of(c: &mut Command) -> String {
    String::from_utf8(c.output().expect("runs").stdout).expect("utf-8 output")
}

/// A folder with two good notices, a binary file and an undecodable one.
fn mixed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join(SAMPLE), dir.path().join("a.txt")).expect("copy");
    std::fs::copy(root.join(RECURRING), dir.path().join("b.txt")).expect("copy");
    std::fs::write(dir.path().join("c.txt"), [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).expect("write");
    std::fs::write(
        dir.path().join("d.txt"),
        [0xE6, 0x97, 0xA5, 0xFF, 0xFE, 0x82, 0xA0, 0x82, 0xA2, 0x82, 0xA4, 0x82, 0xA6, 0x82],
    )
    .expect("write");
    std::fs::write(dir.path().join("notes.yaml"), "not a notice").expect("write");
    dir
}

#[test]
fn extract_prints_one_json_notice() {
    let out = stdout_of(tsuchi().args(["extract", SAMPLE]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["document"]["number"], "日医発第1817号(情シ)(保険)");
    assert_eq!(v["outages"].as_array().map(Vec::len), Some(3));
    tsuchi().args(["extract", SAMPLE]).assert().success();
}

#[test]
fn extract_yaml_reads_back() {
    let out = stdout_of(tsuchi().args(["extract", "--format", "yaml", SAMPLE]));
    let v: serde_json::Value = serde_saphyr::from_str(&out).expect("YAML");
    assert_eq!(v["document"]["date"], "2025-01-30");
}

#[test]
fn extract_several_json_inputs_gives_an_array() {
    let out = stdout_of(tsuchi().args(["extract", SAMPLE, RECURRING]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(2));
}

#[test]
fn extract_ndjson_over_a_directory_keeps_input_order() {
    let out = stdout_of(tsuchi().args(["extract", "--format", "ndjson", "corpus"]));
    let names: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("one JSON object per line")["source"]["name"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert!(names.len() >= 5);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "directory inputs come out in sorted path order");
    let notice = |n: &String| [".txt", ".md", ".pdf", ".html", ".htm", ".eml"].iter().any(|x| n.ends_with(x));
    assert!(names.iter().all(notice), "only notices are read: {names:?}");
    assert!(names.iter().any(|n| n.ends_with(".pdf")) && names.iter().any(|n| n.ends_with(".eml")));
}

#[test]
fn a_bad_file_in_a_folder_does_not_stop_the_others() {
    let dir = mixed_folder();
    let out = tsuchi().args(["extract", "--format", "ndjson"]).arg(dir.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 4, "a.txt, b.txt, c.txt, d.txt; notes.yaml is not a notice");
    assert!(lines[0]["schema_version"].is_string());
    assert!(lines[1]["schema_version"].is_string());
    assert_eq!(lines[2]["error"]["kind"], "decode");
    assert!(lines[2]["error"]["message"].as_str().unwrap_or("").contains("binary"));
    assert_eq!(lines[3]["error"]["kind"], "decode");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("c.txt") && err.contains("d.txt"), "errors name the files: {err}");
    assert!(err.contains("converted 2, failed 2"), "closing summary: {err}");
}

#[test]
fn out_dir_writes_one_file_per_input_and_an_index() {
    let src = mixed_folder();
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("o");
    tsuchi().args(["extract", "--out"]).arg(&target).arg(src.path()).assert().code(1);
    assert!(target.join("a.json").is_file());
    assert!(target.join("b.json").is_file());
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(target.join("index.json")).expect("index")).expect("JSON");
    assert_eq!(index["counts"]["converted"], 2);
    assert_eq!(index["counts"]["failed"], 2);
    assert_eq!(index["inputs"].as_array().map(Vec::len), Some(4));
    assert!(index["inputs"][2]["error"]["message"].is_string());
    // never over an existing file without --force: it is kept, and so is the index
    let before = std::fs::read(target.join("a.json")).expect("read");
    let index_before = std::fs::read(target.join("index.json")).expect("read");
    tsuchi()
        .args(["extract", "--out"])
        .arg(&target)
        .arg(src.path().join("a.txt"))
        .assert()
        .code(0)
        .stderr(predicate::str::contains("kept 1 existing"));
    assert_eq!(std::fs::read(target.join("a.json")).expect("read"), before);
    assert_eq!(std::fs::read(target.join("index.json")).expect("read"), index_before);
    tsuchi().args(["extract", "--force", "--out"]).arg(&target).arg(src.path().join("a.txt")).assert().success();
    // no temporary files left behind
    let leftovers: Vec<_> = std::fs::read_dir(&target)
        .expect("read dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn standard_input() {
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("read");
    let out = tsuchi().args(["extract", "-"]).write_stdin(text).output().expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["source"]["name"], "-");
    assert_eq!(v["outages"].as_array().map(Vec::len), Some(3));
}

#[test]
fn unreadable_file_is_one_line_and_exit_2() {
    let out = tsuchi().args(["extract", "no/such/notice.txt"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no/such/notice.txt") && err.contains("cannot read"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    tsuchi().args(["extract", "--format", "pdf", SAMPLE]).assert().code(2);
    tsuchi().args(["extract"]).assert().code(2);
    tsuchi().args(["frobnicate"]).assert().code(2);
    tsuchi().args(["extract", "--encoding", "klingon", SAMPLE]).assert().code(2);
}

#[test]
fn encoding_override() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("read");
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&text);
    let path = dir.path().join("sjis.txt");
    std::fs::write(&path, &sjis).expect("write");
    let out = stdout_of(tsuchi().args(["extract", "--encoding", "shift_jis"]).arg(&path));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["source"]["encoding"], "shift_jis");
    assert_eq!(v["outages"].as_array().map(Vec::len), Some(3));
    // read as EUC-JP, the same bytes are not valid
    tsuchi()
        .args(["extract", "--encoding", "euc-jp"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("euc-jp"));
}

#[test]
fn ics_has_one_event_per_window_and_parses() {
    let out = stdout_of(tsuchi().args(["extract", "--format", "ics", RECURRING]));
    assert!(out.contains("\r\n"));
    assert!(out.lines().all(|l| l.trim_end_matches('\r').len() <= 75), "folded at 75 octets");
    let cal: icalendar::Calendar = out.parse().expect("an independent parser reads it");
    let events = cal.components.iter().filter(|c| c.as_event().is_some()).count();
    assert_eq!(events, 12, "eleven nightly windows and the open-ended one");
    // stable UIDs: a second run gives the same calendar
    assert_eq!(out, stdout_of(tsuchi().args(["extract", "--format", "ics", RECURRING])));
}

#[test]
fn check_reports_like_a_compiler() {
    let out = tsuchi().args(["check", RECURRING]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "warnings alone do not fail");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("corpus/002_1d2f8fff1373c4f6.txt:54:1: warning[url-placeholder]"), "{text}");
    assert!(text.contains("^^^^"), "a caret under the span: {text}");
    tsuchi().args(["check", "--deny-warnings", RECURRING]).assert().code(1);
}

#[test]
fn check_errors_exit_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.txt");
    std::fs::write(
        &path,
        "事務連絡\n令和7年1月10日\n\n以下の日時にシステムを停止します。\n\n・令和7年2月30日（日）22:00～23:00\n",
    )
    .expect("write");
    let out = tsuchi().args(["check"]).arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[invalid-date]"));
}

#[test]
fn check_json_and_github_formats() {
    let out = stdout_of(tsuchi().args(["check", "--format", "json", RECURRING]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let first = &v[0];
    assert_eq!(first["file"], RECURRING);
    assert_eq!(first["code"], "url-placeholder");
    assert_eq!(first["line"], 54);
    let out = stdout_of(tsuchi().args(["check", "--format", "github", RECURRING]));
    assert!(
        out.starts_with(
            "::warning file=corpus/002_1d2f8fff1373c4f6.txt,line=54,col=1,endLine=54,endColumn=15,title=tsuchi url-placeholder::"
        ),
        "{out}"
    );
}

#[test]
fn check_lists_every_rule() {
    let out = stdout_of(tsuchi().args(["check", "--list-rules"]));
    for r in tsuchi::rules::RULES {
        assert!(out.contains(r.code), "{} missing", r.code);
    }
    tsuchi().args(["check", "no/such.txt"]).assert().code(2);
}

#[test]
fn schema_normalize_completions() {
    let out = stdout_of(tsuchi().arg("schema"));
    assert_eq!(out, tsuchi::validate::SCHEMA);
    let out = stdout_of(tsuchi().args(["normalize", SAMPLE]));
    assert!(out.contains("30 | 東日本エリア:令和7年2月1日(土) 22:00~"), "{out}");
    for shell in ["bash", "zsh", "fish"] {
        let out = stdout_of(tsuchi().args(["completions", shell]));
        assert!(out.contains("tsuchi"), "{shell}");
    }
}

#[test]
fn ics_of_the_whole_corpus_parses_with_one_event_per_window() {
    let out = stdout_of(tsuchi().args(["extract", "--format", "ics", "corpus"]));
    let cal: icalendar::Calendar = out.parse().expect("an independent parser reads it");
    let uids: Vec<&str> = cal.components.iter().filter_map(|c| c.as_event()).filter_map(|e| e.get_uid()).collect();
    let ndjson = stdout_of(tsuchi().args(["extract", "--format", "ndjson", "corpus"]));
    let windows: usize = ndjson
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON")["outages"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(windows > 100, "the corpus has many windows: {windows}");
    // the same notice in several formats, and the same window in several notices, is one event
    let timeline: serde_json::Value =
        serde_json::from_str(&stdout_of(tsuchi().args(["calendar", "--format", "json", "corpus"]))).expect("JSON");
    let tracked: usize = timeline["maintenances"]
        .as_array()
        .expect("maintenances")
        .iter()
        .map(|m| m["windows"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(uids.len(), tracked);
    assert!(tracked < windows && tracked > windows / 2, "{tracked} events of {windows} windows");
    let mut unique = uids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "one event per UID");
    assert!(out.split("\r\n").all(|l| l.len() <= 75), "folded at 75 octets");
    // `extract --format ics` and `calendar` write the same calendar
    assert_eq!(out, stdout_of(tsuchi().args(["calendar", "corpus"])));
}

#[test]
fn calendar_daily_run_over_an_inbox() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let inbox = tempfile::tempdir().expect("temp dir");
    let copy = |rel: &str, name: &str| std::fs::copy(root.join(rel), inbox.path().join(name)).expect("copy");
    copy("corpus/series/1_postpone/a_yokoku.txt", "0605.txt");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let ics = out_dir.path().join("clinic.ics");
    let run = || tsuchi().arg("calendar").arg(inbox.path()).arg("--out").arg(&ics).output().expect("runs");
    let first = run();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(String::from_utf8_lossy(&first.stderr).contains("wrote"), "{}", String::from_utf8_lossy(&first.stderr));
    let day1 = std::fs::read_to_string(&ics).expect("written");
    assert!(day1.contains("SEQUENCE:0\r\n") && day1.contains("STATUS:TENTATIVE\r\n"));
    // the next day, nothing new: the file is left as it is
    let again = run();
    assert!(String::from_utf8_lossy(&again.stderr).contains("unchanged"), "{}", String::from_utf8_lossy(&again.stderr));
    assert_eq!(std::fs::read_to_string(&ics).expect("read"), day1);
    // the postponement arrives, twice (the association's copy and a colleague's)
    copy("corpus/series/1_postpone/b_enki.txt", "0626.txt");
    copy("corpus/series/1_postpone/b_enki.txt", "0626-forwarded-copy.txt");
    let third = run();
    assert!(third.status.success());
    let err = String::from_utf8_lossy(&third.stderr);
    assert!(err.contains("same notice:") && err.contains("0626"), "{err}");
    let day3 = std::fs::read_to_string(&ics).expect("read");
    let cal: icalendar::Calendar = day3.parse().expect("parses");
    let evs: Vec<_> = cal.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(evs.len(), 2, "the moved window and its replacement, once");
    assert_eq!(evs[0].get_status(), Some(icalendar::EventStatus::Cancelled));
    assert_eq!(evs[0].get_sequence(), Some(1));
    // no temporary files left beside the calendar
    let names: Vec<String> = std::fs::read_dir(out_dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["clinic.ics"]);
}

#[test]
fn calendar_json_and_its_schema() {
    let out = stdout_of(tsuchi().args(["calendar", "--format", "json", "corpus/series"]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(tsuchi::calendar::timeline::schema_errors(&v).is_empty());
    assert_eq!(v["timeline_version"], "1.0");
    assert_eq!(stdout_of(tsuchi().args(["schema", "timeline"])), tsuchi::calendar::timeline::SCHEMA);
    // --out FILE.json picks the JSON form
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("timeline.json");
    tsuchi().args(["calendar", "--quiet", "corpus/series/2_cancel", "--out"]).arg(&path).assert().success().stderr("");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("written")).expect("JSON");
    assert_eq!(v["maintenances"][0]["windows"][0]["status"], "cancelled");
}

#[test]
fn calendar_with_unreadable_inputs() {
    let dir = mixed_folder();
    let out = tsuchi().arg("calendar").arg(dir.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "some inputs failed, the calendar is written all the same");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("c.txt") && err.contains("d.txt"), "{err}");
    assert!(err.contains("4 inputs (2 unreadable), 2 notices with windows"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("BEGIN:VCALENDAR"));
    tsuchi().args(["calendar", "no/such/folder"]).assert().code(2);
    tsuchi().args(["calendar"]).assert().code(2);
    tsuchi().args(["calendar", "-"]).assert().code(2);
}
