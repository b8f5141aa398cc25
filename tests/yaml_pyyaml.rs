//! Every string in the YAML output reads back as a string in a YAML 1.1 reader (PyYAML):
//! codes like "01", phone numbers, "2:00" (sexagesimal in YAML 1.1), dates and timestamps
//! would otherwise turn into numbers and date objects.
//!
//! Needs python3 with PyYAML; `.ci/run` installs it. Where it is missing the test says so
//! and passes, so `cargo test` still works on a bare machine.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

const SCRIPT: &str = r#"
import json, sys, yaml
docs = json.loads(sys.stdin.readline())
for name, y, j in docs:
    a = yaml.safe_load(y)
    b = json.loads(j)
    if a != b:
        def walk(x, z, path):
            if type(x) != type(z):
                print(f"{name}: {path}: YAML gives {type(x).__name__} {x!r}, JSON {z!r}")
                return
            if isinstance(x, dict):
                for k in z:
                    walk(x.get(k), z[k], f"{path}.{k}")
            elif isinstance(x, list):
                for i, (p, q) in enumerate(zip(x, z)):
                    walk(p, q, f"{path}[{i}]")
            elif x != z:
                print(f"{name}: {path}: {x!r} != {z!r}")
        walk(a, b, "$")
        sys.exit(1)
print("ok")
"#;

#[test]
fn pyyaml_reads_every_string_as_a_string() {
    let probe = Command::new("python3").args(["-c", "import yaml"]).status();
    if !probe.is_ok_and(|s| s.success()) {
        // In CI the check must run: a missing PyYAML is a broken set-up, not a pass.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but python3 with PyYAML is not installed (pip install pyyaml)"
        );
        eprintln!("skipped: python3 with PyYAML is not installed (pip install pyyaml); under CI=true this fails");
        return;
    }
    let mut docs = Vec::new();
    for path in common::corpus() {
        let n = common::extract(&path);
        docs.push((
            path.display().to_string(),
            tsuchi::emit::yaml(&n).expect("yaml"),
            tsuchi::emit::json(&n).expect("json"),
        ));
    }
    // a notice made to hold the ambiguous scalars
    let tricky = tsuchi::extract_str(
        "01",
        "事務連絡\n令和8年4月27日\n\n以下の時間帯にシステムが停止します。\n\n・令和8年5月24日（日）2:00～3:00（予定）\n東京都、大阪府\nお問い合わせ 0120-95-0178\n",
    )
    .expect("extracts");
    docs.push((
        "tricky".into(),
        tsuchi::emit::yaml(&tricky).expect("yaml"),
        tsuchi::emit::json(&tricky).expect("json"),
    ));
    let input = serde_json::to_string(&docs).expect("json");
    let mut child = Command::new("python3")
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child.stdin.take().expect("stdin").write_all(format!("{input}\n").as_bytes()).expect("writes");
    let out = child.wait_with_output().expect("python3 finishes");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "PyYAML reads the YAML differently:\n{text}");
}
