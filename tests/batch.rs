//! `tsuchi extract` as a batch tool: one output shape, what a folder scan takes, encodings
//! by the names people type, `normalize` over standard input and folders, and output that
//! streams.

use assert_cmd::Command;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

const SAMPLE: &str = "corpus/001_782547caf5a8f269.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tsuchi() -> Command {
    let mut c = Command::cargo_bin("tsuchi").expect("the binary builds");
    c.current_dir(root()).timeout(std::time::Duration::from_secs(120));
    c
}

fn run(c: &mut Command) -> (Option<i32>, String, String) {
    let o = c.output().expect("runs");
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn folder_with_sample(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(root().join(SAMPLE), dir.path().join(name)).expect("copy");
    dir
}

#[test]
fn a_folder_of_one_notice_is_still_an_array() {
    let dir = folder_with_sample("a.txt");
    let (_, out, _) = run(tsuchi().arg("extract").arg(dir.path()));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(1), "an array for a folder");
    let (_, out, _) = run(tsuchi().arg("extract").arg(dir.path().join("a.txt")));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(v.is_object(), "an object for a single file");
}

#[test]
fn failed_inputs_keep_their_place_in_json_and_yaml() {
    let dir = folder_with_sample("a.txt");
    std::fs::write(dir.path().join("b.txt"), [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).expect("write");
    std::fs::copy(root().join(SAMPLE), dir.path().join("c.txt")).expect("copy");
    let (code, out, _) = run(tsuchi().arg("extract").arg(dir.path()));
    assert_eq!(code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let list = v.as_array().expect("array");
    assert_eq!(list.len(), 3, "one element per input");
    assert_eq!(list[1]["error"]["kind"], "decode");
    assert!(list[1]["source"]["name"].as_str().is_some_and(|n| n.ends_with("b.txt")));
    assert!(list[2]["schema_version"].is_string());
    let (_, yaml, _) = run(tsuchi().args(["extract", "--format", "yaml"]).arg(dir.path()));
    assert_eq!(yaml.matches("---\n").count(), 3, "{yaml}");
    assert!(yaml.contains("kind: decode"));
}

#[test]
fn the_streamed_array_is_what_serde_writes() {
    let files = ["corpus/000_80465f3a0b9055d7.txt", SAMPLE];
    let (_, out, _) = run(tsuchi().arg("extract").args(files));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(out, serde_json::to_string_pretty(&v).expect("json") + "\n");
}

#[test]
fn symbolic_links_are_skipped_with_a_note_and_followed_with_l() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink(root().join(SAMPLE), dir.path().join("link.txt")).expect("symlink");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("symlink");
    let (code, _, err) = run(tsuchi().arg("extract").arg(dir.path()));
    assert_eq!(code, Some(2), "nothing to read");
    assert!(err.contains("skipped") && err.contains("link.txt") && err.contains("-L"), "{err}");
    let (code, out, err) = run(tsuchi().args(["extract", "-L", "--format", "ndjson"]).arg(dir.path()));
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out.lines().count(), 1, "the link once, the loop not followed: {out}");
    assert!(err.contains("loop"), "{err}");
}

#[test]
fn files_lists_what_would_be_read() {
    let (code, out, _) = run(tsuchi().args(["extract", "--files", "corpus"]));
    assert_eq!(code, Some(0));
    let listed: Vec<&str> = out.lines().collect();
    assert!(listed.contains(&SAMPLE) && listed.iter().any(|l| l.ends_with(".pdf")));
    assert!(!listed.iter().any(|l| l.ends_with(".json") || l.ends_with(".yaml")));
}

#[test]
fn encodings_by_the_names_people_type() {
    let text = std::fs::read_to_string(root().join(SAMPLE)).expect("read");
    let dir = tempfile::tempdir().expect("temp dir");
    let sjis = dir.path().join("sjis.txt");
    std::fs::write(&sjis, encoding_rs::SHIFT_JIS.encode(&text).0).expect("write");
    for label in ["cp932", "ms932", "sjis", "Windows-31J", "shift_jis"] {
        let (code, out, err) = run(tsuchi().args(["extract", "--encoding", label]).arg(&sjis));
        assert_eq!(code, Some(0), "{label}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(v["source"]["encoding"], "shift_jis", "{label}");
    }
    let euc = dir.path().join("euc.txt");
    std::fs::write(&euc, encoding_rs::EUC_JP.encode(&text).0).expect("write");
    assert_eq!(run(tsuchi().args(["extract", "--encoding", "eucjp"]).arg(&euc)).0, Some(0));
    let (code, _, err) = run(tsuchi().args(["extract", "--encoding", "latin1"]).arg(&sjis));
    assert_eq!(code, Some(0));
    assert!(err.contains("warning") && err.contains("single-byte"), "{err}");
    let (code, _, err) = run(tsuchi().args(["extract", "--encoding", "klingon", SAMPLE]));
    assert_eq!(code, Some(2));
    assert!(err.contains("cp932"), "the error lists known names: {err}");
    let (_, bash, _) = run(tsuchi().args(["completions", "bash"]));
    assert!(bash.contains("cp932") && bash.contains("utf-16le"), "completion offers encodings");
}

#[test]
fn utf16_without_a_bom_is_detected() {
    let text = std::fs::read_to_string(root().join(SAMPLE)).expect("read");
    let dir = tempfile::tempdir().expect("temp dir");
    let le = dir.path().join("le.txt");
    std::fs::write(&le, text.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>()).expect("write");
    let (code, out, err) = run(tsuchi().arg("extract").arg(&le));
    assert_eq!(code, Some(0), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["source"]["encoding"], "utf-16le");
    assert_eq!(v["outages"].as_array().map(Vec::len), Some(3));
    // too little to tell: the error suggests the label
    let short = dir.path().join("short.txt");
    std::fs::write(&short, [b'a', 0, 1, 0]).expect("write");
    let (_, _, err) = run(tsuchi().arg("extract").arg(&short));
    assert!(err.contains("--encoding utf-16le"), "{err}");
}

#[test]
fn an_empty_file_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("empty.txt"), "").expect("write");
    let (code, out, err) = run(tsuchi().arg("extract").arg(dir.path().join("empty.txt")));
    assert_eq!(code, Some(2));
    assert!(out.is_empty() && err.contains("empty.txt: empty file"), "{err}");
}

#[test]
fn normalize_reads_standard_input_and_folders() {
    let text = std::fs::read(root().join(SAMPLE)).expect("read");
    let (code, out, _) = run(tsuchi().args(["normalize", "-"]).write_stdin(text));
    assert_eq!(code, Some(0));
    assert!(out.contains("30 | 東日本エリア:令和7年2月1日(土) 22:00~"), "{out}");
    let dir = folder_with_sample("a.txt");
    std::fs::copy(root().join(SAMPLE), dir.path().join("b.txt")).expect("copy");
    let (code, out, _) = run(tsuchi().arg("normalize").arg(dir.path()));
    assert_eq!(code, Some(0));
    assert_eq!(out.matches("==> ").count(), 2, "a header per file");
}

#[test]
fn output_starts_before_the_batch_ends() {
    // the second input is a FIFO nobody writes to yet: the first result must already be out
    let dir = folder_with_sample("a.txt");
    let gate = dir.path().join("gate.txt");
    assert!(std::process::Command::new("mkfifo").arg(&gate).status().expect("mkfifo").success());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tsuchi"))
        .args(["extract", "--format", "ndjson", "-j", "1"])
        .arg(dir.path().join("a.txt"))
        .arg(&gate)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    lines.read_line(&mut first).expect("a line");
    let v: serde_json::Value = serde_json::from_str(&first).expect("the first notice");
    assert!(v["source"]["name"].as_str().is_some_and(|n| n.ends_with("a.txt")));
    std::fs::write(&gate, std::fs::read(Path::new(&root()).join(SAMPLE)).expect("read")).expect("feed");
    assert!(child.wait().expect("waits").success());
}

#[test]
fn standard_input_into_a_folder_takes_its_stdin_filename() {
    let out = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read(root().join(SAMPLE)).expect("read");
    let (code, _, err) = run(tsuchi()
        .args(["extract", "--stdin-filename", "inbox/notice.txt", "--out"])
        .arg(out.path())
        .arg("-")
        .write_stdin(text));
    assert_eq!(code, Some(0), "{err}");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("index.json")).expect("index")).expect("JSON");
    assert_eq!(index["inputs"][0]["source"], "inbox/notice.txt");
    assert_eq!(index["inputs"][0]["output"], "notice.json");
    assert!(out.path().join("notice.json").is_file());
}
