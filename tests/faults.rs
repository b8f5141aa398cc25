//! Faults injected into `tsuchi extract`: under each, nothing is lost. The files in the
//! output folder and `index.json` agree, no temporary file is left, and the exit code is
//! the documented one.
//!
//! A full disk and a read-only folder are small tmpfs mounts (the tests run as root in CI;
//! where mounting is not allowed they say so and skip). Signals and a file deleted during
//! the run use a FIFO given by name as a gate: with `-j 1` the run reads inputs one after
//! the other, so it is known to be waiting on the FIFO when the fault is injected.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SAMPLE: &str = "corpus/001_782547caf5a8f269.txt";
const RECURRING: &str = "corpus/002_1d2f8fff1373c4f6.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tsuchi"))
}

fn tsuchi() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(bin());
    c.current_dir(root()).timeout(Duration::from_secs(120));
    c
}

/// A tmpfs mounted for one test, unmounted on drop.
struct Mount(tempfile::TempDir);

impl Mount {
    fn new(options: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tsuchi-test"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            Some(Mount(dir))
        } else {
            eprintln!("skipped: cannot mount a tmpfs here (needs root)");
            None
        }
    }
    fn path(&self) -> &Path {
        self.0.path()
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

/// Copies of the sample notice named `names` in a new folder.
fn folder(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (i, n) in names.iter().enumerate() {
        let src = if i % 2 == 0 { SAMPLE } else { RECURRING };
        std::fs::copy(root().join(src), dir.path().join(n)).expect("copy");
    }
    dir
}

fn fifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().expect("mkfifo runs").success();
    assert!(ok, "mkfifo {}", path.display());
}

fn index_of(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("index.json")).expect("index.json exists");
    serde_json::from_str(&text).expect("index.json is JSON")
}

/// The folder's files (but the index) are exactly the outputs the index lists, and no
/// temporary file is left.
fn assert_agrees(dir: &Path) -> serde_json::Value {
    let index = index_of(dir);
    let mut listed = BTreeSet::new();
    for list in ["inputs", "previous"] {
        for e in index[list].as_array().expect("a list") {
            let status = e["status"].as_str().unwrap_or("");
            match e["output"].as_str() {
                Some(o) => {
                    assert!(matches!(status, "converted" | "kept" | "previous"), "{e}");
                    listed.insert(o.to_string());
                }
                None => assert!(matches!(status, "failed" | "interrupted"), "{e}"),
            }
        }
    }
    let mut present = BTreeSet::new();
    for e in walkdir::WalkDir::new(dir).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let rel = e.path().strip_prefix(dir).expect("under dir").display().to_string();
        assert!(!rel.contains(".tsuchi-") && !rel.ends_with(".tmp"), "temporary file left: {rel}");
        if rel != "index.json" {
            present.insert(rel);
        }
    }
    assert_eq!(listed, present, "index.json and the folder disagree");
    index
}

#[test]
fn a_full_disk_leaves_an_index_that_agrees_and_exit_1() {
    let Some(disk) = Mount::new("size=96k") else { return };
    let src = folder(&["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]);
    let out = tsuchi().args(["extract", "-j", "1", "--out"]).arg(disk.path()).arg(src.path()).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    let index = assert_agrees(disk.path());
    let converted = index["counts"]["converted"].as_u64().unwrap_or(0);
    let failed = index["counts"]["failed"].as_u64().unwrap_or(0);
    assert!(converted >= 1 && failed >= 1, "some fit, some did not: {index}\n{err}");
    assert_eq!(out.status.code(), Some(1), "some inputs converted: {err}");
    let write_error =
        index["inputs"].as_array().and_then(|l| l.iter().find(|e| e["status"] == "failed")).expect("a failure");
    assert_eq!(write_error["error"]["kind"], "write");
    let message = write_error["error"]["message"].as_str().unwrap_or("");
    assert!(
        message.contains(&disk.path().display().to_string()) && message.contains(".json"),
        "names the output: {message}"
    );
    assert!(!message.contains(".tsuchi-") && message.contains("No space left"), "{message}");
}

#[test]
fn a_full_disk_before_the_start_writes_nothing() {
    let Some(disk) = Mount::new("size=4k") else { return };
    std::fs::write(disk.path().join("filler"), vec![0u8; 4096]).ok();
    let src = folder(&["a.txt"]);
    let out = tsuchi().args(["extract", "--out"]).arg(disk.path()).arg(src.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("index.json") && err.contains("No space left"), "{err}");
    let names: Vec<String> = std::fs::read_dir(disk.path())
        .expect("read dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["filler"], "nothing written, nothing left");
}

#[test]
fn a_read_only_output_folder_is_one_error_and_exit_2() {
    let Some(ro) = Mount::new("ro,size=64k") else { return };
    let src = folder(&["a.txt"]);
    let out = tsuchi().args(["extract", "--out"]).arg(ro.path()).arg(src.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&ro.path().display().to_string()) && err.contains("Read-only"), "{err}");
}

/// Start a run over `a.txt`, `b.txt`, a FIFO, `c.txt` with `-j 1`; return once a.json and
/// b.json exist (the run then waits on the FIFO).
fn run_blocked_on_fifo(src: &Path, out: &Path) -> std::process::Child {
    let gate = src.join("gate.txt");
    fifo(&gate);
    let child = Command::new(bin())
        .args(["extract", "-j", "1", "--out"])
        .arg(out)
        .args([src.join("a.txt"), src.join("b.txt"), gate, src.join("c.txt")])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !(out.join("a.json").exists() && out.join("b.json").exists()) {
        assert!(Instant::now() < deadline, "the first outputs never appeared");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    child
}

fn signal_mid_run(signal: &str, code: i32, name: &str) {
    let src = folder(&["a.txt", "b.txt", "c.txt"]);
    let out = tempfile::tempdir().expect("temp dir");
    let child = run_blocked_on_fifo(src.path(), out.path());
    let killed = Command::new("kill").args([signal, &child.id().to_string()]).status().expect("kill runs");
    assert!(killed.success());
    let result = child.wait_with_output().expect("waits");
    assert_eq!(result.status.code(), Some(code), "{}", String::from_utf8_lossy(&result.stderr));
    let index = assert_agrees(out.path());
    assert_eq!(index["complete"], false);
    assert_eq!(index["interrupted"], name);
    let status: Vec<&str> =
        index["inputs"].as_array().expect("inputs").iter().map(|e| e["status"].as_str().unwrap_or("")).collect();
    assert_eq!(status, ["converted", "converted", "interrupted", "interrupted"], "{index}");
}

#[test]
fn sigint_mid_run_leaves_no_temporary_file_and_an_index() {
    signal_mid_run("-INT", 130, "SIGINT");
}

#[test]
fn sigterm_mid_run_leaves_no_temporary_file_and_an_index() {
    signal_mid_run("-TERM", 143, "SIGTERM");
}

#[test]
fn a_file_deleted_during_the_run_is_a_failure_record() {
    let src = folder(&["a.txt", "b.txt", "c.txt"]);
    let out = tempfile::tempdir().expect("temp dir");
    let child = run_blocked_on_fifo(src.path(), out.path());
    std::fs::remove_file(src.path().join("c.txt")).expect("delete c.txt");
    std::fs::write(src.path().join("gate.txt"), std::fs::read(root().join(SAMPLE)).expect("read"))
        .expect("feed the FIFO");
    let result = child.wait_with_output().expect("waits");
    assert_eq!(result.status.code(), Some(1));
    let err = String::from_utf8_lossy(&result.stderr);
    assert!(err.contains("c.txt: cannot read"), "{err}");
    let index = assert_agrees(out.path());
    assert_eq!(index["counts"]["converted"], 3);
    assert_eq!(index["inputs"][3]["status"], "failed");
    assert_eq!(index["inputs"][3]["error"]["kind"], "io");
}

#[test]
fn a_fifo_in_a_folder_is_reported_and_skipped() {
    let src = folder(&["a.txt"]);
    fifo(&src.path().join("pipe.txt"));
    let out = tsuchi().args(["extract", "--format", "ndjson"]).arg(src.path()).output().expect("does not hang");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skipped") && err.contains("pipe.txt") && err.contains("FIFO"), "{err}");
}

#[test]
fn a_fifo_given_by_name_is_read_as_a_stream() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gate = dir.path().join("gate");
    fifo(&gate);
    let child = Command::new(bin()).arg("extract").arg(&gate).stdout(Stdio::piped()).spawn().expect("spawns");
    std::fs::write(&gate, std::fs::read(root().join(SAMPLE)).expect("read")).expect("feed the FIFO");
    let out = child.wait_with_output().expect("waits");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["outages"].as_array().map(Vec::len), Some(3));
}

#[test]
fn dev_zero_is_refused_at_the_size_limit() {
    let started = Instant::now();
    let out = tsuchi().args(["extract", "--max-size", "1M", "/dev/zero"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/dev/zero: larger than the size limit of 1 MiB (--max-size)"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(60));
    // with the default limit, in a batch: a record in its place
    let out = tsuchi().args(["extract", "--format", "ndjson", SAMPLE, "/dev/zero"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let last: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or("")).expect("JSON");
    assert_eq!(last["error"]["kind"], "too-large");
}

#[test]
fn an_oversized_file_is_refused_from_its_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.txt");
    std::fs::File::create(&big).and_then(|f| f.set_len(100 << 20)).expect("sparse file");
    let out = tsuchi().args(["extract", "--format", "ndjson"]).arg(dir.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "nothing converted");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("big.txt: larger than the size limit of 64 MiB"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("an error record");
    assert_eq!(v["error"]["kind"], "too-large");
}

#[test]
fn re_runs_with_and_without_force() {
    let src = folder(&["a.txt", "b.txt"]);
    let out = tempfile::tempdir().expect("temp dir");
    let run = |force: bool, paths: &[PathBuf]| {
        let mut c = tsuchi();
        c.args(["extract", "--out"]).arg(out.path());
        if force {
            c.arg("--force");
        }
        c.args(paths).output().expect("runs")
    };
    let both = [src.path().to_path_buf()];
    assert_eq!(run(false, &both).status.code(), Some(0));
    let first = std::fs::read(out.path().join("index.json")).expect("index");
    assert_agrees(out.path());
    // again without --force: outputs and the index kept
    let again = run(false, &both);
    assert_eq!(again.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&again.stderr).contains("converted 0, kept 2 existing"));
    assert_eq!(std::fs::read(out.path().join("index.json")).expect("index"), first);
    // with --force: replaced
    assert_eq!(run(true, &both).status.code(), Some(0));
    let index = assert_agrees(out.path());
    assert_eq!(index["counts"]["converted"], 2);
    // a run over one new input lists the earlier outputs as previous
    std::fs::copy(root().join(SAMPLE), src.path().join("c.txt")).expect("copy");
    assert_eq!(run(false, &[src.path().join("c.txt")]).status.code(), Some(0));
    let index = assert_agrees(out.path());
    assert_eq!(index["counts"]["previous"], 2);
    assert_eq!(index["previous"][0]["source"].as_str().map(|s| s.ends_with("a.txt")), Some(true));
    assert_eq!(index["previous"][0]["outages"], 3);
}

#[test]
fn a_foreign_index_is_never_replaced_without_force() {
    let src = folder(&["a.txt"]);
    let out = tempfile::tempdir().expect("temp dir");
    std::fs::write(out.path().join("index.json"), "{\"mine\": true}\n").expect("write");
    let refused = tsuchi().args(["extract", "--out"]).arg(out.path()).arg(src.path()).output().expect("runs");
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not written by tsuchi"));
    assert_eq!(std::fs::read_to_string(out.path().join("index.json")).expect("read"), "{\"mine\": true}\n");
    assert!(!out.path().join("a.json").exists());
    tsuchi().args(["extract", "--force", "--out"]).arg(out.path()).arg(src.path()).assert().success();
    assert_agrees(out.path());
}

#[test]
fn outputs_get_the_usual_mode() {
    use std::os::unix::fs::PermissionsExt;
    let src = folder(&["a.txt"]);
    let out = tempfile::tempdir().expect("temp dir");
    let script = format!(
        "umask 022; exec '{}' extract --out '{}' '{}'",
        bin().display(),
        out.path().display(),
        src.path().display()
    );
    assert!(Command::new("sh").args(["-c", &script]).status().expect("sh runs").success());
    for f in ["a.json", "index.json"] {
        let mode = std::fs::metadata(out.path().join(f)).expect("exists").permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{f}");
    }
}
