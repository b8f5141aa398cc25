//! The README's commands and examples, run: every `$ tsuchi …` line in a console block runs
//! (in a scratch folder where `corpus/` is the project's), and every output line the README
//! shows must come out, in order (`…` stands for lines or text left out, and the seconds of a
//! closing summary may differ). A command with a trailing `# comment` is an illustration of a
//! folder the reader has, not run; `mkdir` and `cp` lines set up the scratch folder. The example programs the README names must exist.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `(command, expected lines)` of every console block, grouped by block.
fn blocks(readme: &str) -> Vec<Vec<(String, Vec<String>)>> {
    let mut out = Vec::new();
    let mut in_block = false;
    let mut block: Vec<(String, Vec<String>)> = Vec::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            if in_block && !block.is_empty() {
                out.push(std::mem::take(&mut block));
            }
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            block.push((cmd.to_string(), Vec::new()));
        } else if let Some((_, expected)) = block.last_mut() {
            expected.push(line.to_string());
        }
    }
    out
}

/// An expected line as a regex: `…` matches anything, a summary's seconds any number.
fn pattern(line: &str) -> regex::Regex {
    let seconds = regex::Regex::new(r"in [0-9]+\.[0-9]+ s$").expect("regex");
    let line = seconds.replace(line, "in \u{1} s");
    let mut re = String::from("^");
    for (i, part) in line.split('…').enumerate() {
        if i > 0 {
            re.push_str(".*");
        }
        re.push_str(&regex::escape(part));
    }
    re.push('$');
    regex::Regex::new(&re.replace('\u{1}', r"[0-9]+\.[0-9]+")).expect("a pattern")
}

fn run(dir: &Path, cmd: &str) -> Vec<String> {
    let bin = env!("CARGO_BIN_EXE_tsuchi");
    let script = cmd.replacen("tsuchi", &format!("'{bin}'"), 1);
    let out = std::process::Command::new("sh").args(["-c", &script]).current_dir(dir).output().expect("sh runs");
    let mut lines: Vec<String> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| l.trim_end_matches('\r').to_string()).collect();
    lines.extend(String::from_utf8_lossy(&out.stderr).lines().map(str::to_string));
    lines
}

#[test]
fn every_command_in_the_readme_prints_what_it_shows() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    let mut ran = 0;
    for block in blocks(&readme) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::os::unix::fs::symlink(root().join("corpus"), dir.path().join("corpus")).expect("symlink");
        for (cmd, expected) in block {
            if cmd.contains(" # ") || cmd.contains("  #") {
                continue;
            }
            // a setup step in the scratch folder (`mkdir -p inbox && cp corpus/… inbox/`)
            if cmd.starts_with("mkdir ") || cmd.starts_with("cp ") {
                run(dir.path(), &cmd);
                continue;
            }
            if !cmd.starts_with("tsuchi ") {
                continue;
            }
            let actual = run(dir.path(), &cmd);
            let mut at = 0;
            for want in expected.iter().filter(|l| l.trim() != "…" && !l.trim().is_empty()) {
                let re = pattern(want.trim_end());
                match actual[at..].iter().position(|l| re.is_match(l.trim_end())) {
                    Some(i) => at += i + 1,
                    None => panic!(
                        "`{cmd}`: the README shows\n  {want}\nbut it printed (from line {at}):\n{}",
                        actual[at..].join("\n")
                    ),
                }
            }
            ran += 1;
        }
    }
    assert!(ran >= 12, "only {ran} commands found");
}

#[test]
fn the_example_programs_the_readme_names_exist() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    let re = regex::Regex::new(r"`([a-z_]+)`[^`]*\(").expect("regex");
    let section = readme.split("`examples/` holds").nth(1).expect("the examples paragraph");
    let paragraph = section.split("\n\n").next().unwrap_or("");
    let names: Vec<&str> = re.captures_iter(paragraph).filter_map(|c| c.get(1)).map(|m| m.as_str()).collect();
    assert!(!names.is_empty());
    for name in names {
        assert!(root().join("examples").join(format!("{name}.rs")).is_file(), "README names examples/{name}.rs");
    }
    for cap in regex::Regex::new(r"--example ([a-z_]+)").expect("regex").captures_iter(&readme) {
        assert!(root().join("examples").join(format!("{}.rs", &cap[1])).is_file(), "{}", &cap[1]);
    }
}
