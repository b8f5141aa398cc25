//! `tsuchi check` with the conventions CI users know from ruff: colour, rule selection,
//! `--exit-zero`, suppression comments, `tsuchi rule`, statistics, standard input, end
//! positions, SARIF validated against its schema, one severity vocabulary.

use assert_cmd::Command;
use std::path::Path;

const SAMPLE: &str = "corpus/001_782547caf5a8f269.txt";
const RECURRING: &str = "corpus/002_1d2f8fff1373c4f6.txt";
const HEAD: &str =
    "事務連絡\n令和7年1月10日\n\n以下の日時にシステムを停止します。\n\n問い合わせ先：コールセンター 0120-000-111\n\n";

fn tsuchi() -> Command {
    let mut c = Command::cargo_bin("tsuchi").expect("the binary builds");
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    c
}

fn out(c: &mut Command) -> (Option<i32>, String, String) {
    let o = c.output().expect("runs");
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// A notice with one `invalid-date` error, the line given.
fn notice_with(line: &str) -> tempfile::NamedTempFile {
    let f = tempfile::Builder::new().suffix(".txt").tempfile().expect("temp file");
    std::fs::write(f.path(), format!("{HEAD}{line}\n")).expect("write");
    f
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let (_, plain, _) = out(tsuchi().args(["check", RECURRING]));
    assert!(!plain.contains('\u{1b}'), "no colour into a pipe");
    let (_, always, _) = out(tsuchi().args(["check", "--color", "always", RECURRING]));
    assert!(always.contains("\u{1b}[") && always.contains("warning[url-placeholder]"), "{always}");
    let (_, never, _) = out(tsuchi().args(["check", "--color", "never", RECURRING]));
    assert_eq!(never, plain);
    let (_, no_color, _) = out(tsuchi().args(["check", "--color", "auto", RECURRING]).env("NO_COLOR", "1"));
    assert!(!no_color.contains('\u{1b}'));
}

#[test]
fn select_and_ignore_by_rule_code() {
    let (_, all, _) = out(tsuchi().args(["check", "--format", "json", SAMPLE, RECURRING]));
    let codes = |s: &str| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(s).expect("JSON");
        v.as_array().expect("array").iter().map(|d| d["code"].as_str().unwrap_or("").to_string()).collect()
    };
    assert!(codes(&all).contains(&"no-contact".to_string()) && codes(&all).contains(&"url-placeholder".to_string()));
    let (_, sel, _) = out(tsuchi().args(["check", "--format", "json", "--select", "no-contact", SAMPLE, RECURRING]));
    assert!(codes(&sel).iter().all(|c| c == "no-contact") && !codes(&sel).is_empty());
    let (_, ign, _) =
        out(tsuchi().args(["check", "--format", "json", "--ignore", "no-contact,url-placeholder", SAMPLE, RECURRING]));
    assert!(codes(&ign).iter().all(|c| c != "no-contact" && c != "url-placeholder"), "{ign}");
    let (code, _, err) = out(tsuchi().args(["check", "--select", "no-such-rule", SAMPLE]));
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown rule"), "{err}");
}

#[test]
fn exit_zero_and_deny_warnings() {
    let f = notice_with("・令和7年2月30日（日）22:00～23:00");
    assert_eq!(out(tsuchi().arg("check").arg(f.path())).0, Some(1));
    assert_eq!(out(tsuchi().args(["check", "--exit-zero"]).arg(f.path())).0, Some(0));
    assert_eq!(out(tsuchi().args(["check", "--deny-warnings", RECURRING])).0, Some(1));
    assert_eq!(out(tsuchi().args(["check", "--exit-zero", "no/such.txt"])).0, Some(2), "unreadable stays 2");
}

#[test]
fn an_inline_comment_suppresses_a_rule_on_its_line() {
    let f = notice_with("・令和7年2月30日（日）22:00～23:00 <!-- tsuchi: ignore[invalid-date] -->");
    let (code, text, _) = out(tsuchi().arg("check").arg(f.path()));
    assert_eq!(code, Some(0), "{text}");
    assert!(!text.contains("invalid-date"), "{text}");
    let f = notice_with("・令和7年2月30日（日）22:00～23:00 <!-- tsuchi: ignore[weekday-mismatch] -->");
    let (code, text, _) = out(tsuchi().arg("check").arg(f.path()));
    assert_eq!(code, Some(1), "another rule's comment does not hide it: {text}");
}

#[test]
fn rule_prints_a_rules_doc() {
    let (code, text, _) = out(tsuchi().args(["rule", "weekday-mismatch"]));
    assert_eq!(code, Some(0));
    assert!(text.starts_with("# weekday-mismatch (warning)") && text.contains("typo"), "{text}");
    let (code, _, err) = out(tsuchi().args(["rule", "frobnicate"]));
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown rule"), "{err}");
    let (_, all, _) = out(tsuchi().args(["rule", "--all"]));
    assert!(tsuchi::rules::RULES.iter().all(|r| all.contains(&format!("# {} (", r.code))));
}

#[test]
fn the_listed_unparsed_datetime_example_fires() {
    let rule = tsuchi::rules::rule("unparsed-datetime").expect("the rule");
    let f = notice_with(rule.example);
    let (_, text, _) = out(tsuchi().args(["check", "--select", "unparsed-datetime"]).arg(f.path()));
    assert!(text.contains("warning[unparsed-datetime]"), "{text}");
}

#[test]
fn statistics_count_each_rule() {
    let (code, text, _) = out(tsuchi().args(["check", "--statistics", SAMPLE, RECURRING]));
    assert_eq!(code, Some(0));
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.lines().any(|l| l.trim_start().starts_with("1  info     no-contact")), "{text}");
    assert!(!text.contains("^^^"), "no diagnostics, only counts");
}

#[test]
fn standard_input_with_a_file_name() {
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(RECURRING)).expect("read");
    let (code, out_text, _) =
        out(tsuchi().args(["check", "--stdin-filename", "notices/new.txt", "-"]).write_stdin(text));
    assert_eq!(code, Some(0));
    assert!(out_text.contains("notices/new.txt:54:1: warning[url-placeholder]"), "{out_text}");
}

#[test]
fn end_positions_in_json_and_github() {
    let (_, json, _) = out(tsuchi().args(["check", "--format", "json", RECURRING]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!((v[0]["line"].as_u64(), v[0]["end_line"].as_u64()), (Some(54), Some(54)));
    assert_eq!((v[0]["column"].as_u64(), v[0]["end_column"].as_u64()), (Some(1), Some(15)));
    let (_, gh, _) = out(tsuchi().args(["check", "--format", "github", RECURRING]));
    assert!(gh.contains(",line=54,col=1,endLine=54,endColumn=15,"), "{gh}");
}

#[test]
fn sarif_validates_against_the_schema() {
    // the published schema's `language` patterns have a stray `]`
    // (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), no valid regex; they are replaced in
    // memory by what they mean, the rest is the OASIS file unchanged
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif-schema-2.1.0.json"))
            .expect("schema")
            .replace(r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#);
    let schema: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).expect("a valid schema");
    let pdf = "corpus/formats/seeds/pdf/002_1d2f8fff1373c4f6.pdf";
    let (code, text, _) = out(tsuchi().args(["check", "--format", "sarif", SAMPLE, RECURRING, pdf]));
    assert_eq!(code, Some(0));
    let log: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["rules"].as_array().map(Vec::len), Some(tsuchi::rules::RULES.len()));
    let results = run["results"].as_array().expect("results");
    assert!(results.iter().any(|r| r["level"] == "note" && r["ruleId"] == "no-contact"));
    for r in results {
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap_or(" ");
        assert!(uri.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)), "a relative URI: {uri}");
    }
    let on_pdf = results.iter().find(|r| r["properties"]["page"] == 2).expect("a PDF result with its page");
    assert_eq!(on_pdf["locations"][0]["physicalLocation"]["region"]["startLine"], 12);
}

#[test]
fn one_severity_vocabulary() {
    let (_, text, _) = out(tsuchi().args(["check", SAMPLE]));
    assert!(text.contains("info[no-contact]") && text.ends_with("0 errors, 0 warnings, 1 info\n"), "{text}");
    let (_, json, _) = out(tsuchi().args(["check", "--format", "json", SAMPLE]));
    assert!(json.contains("\"severity\": \"info\"") && !json.contains("note"));
    let (_, rules, _) = out(tsuchi().args(["check", "--list-rules"]));
    assert!(rules.contains("no-contact (info)") && !rules.contains("(note)") && !rules.contains("(notice)"));
}

#[test]
fn a_run_that_read_nothing_has_no_summary() {
    let (code, text, err) = out(tsuchi().args(["check", "no/such.txt"]));
    assert_eq!(code, Some(2));
    assert!(text.is_empty(), "{text}");
    assert!(err.contains("no/such.txt"), "{err}");
}

#[test]
fn help_shows_paths_as_required() {
    let (_, help, _) = out(tsuchi().args(["check", "--help"]));
    assert!(help.contains("Usage: tsuchi check [OPTIONS] <PATH>..."), "{help}");
    assert_eq!(out(tsuchi().args(["check", "--list-rules"])).0, Some(0));
}

#[test]
fn no_contact_points_at_the_evidence() {
    let (_, text, _) = out(tsuchi().args(["check", SAMPLE]));
    assert!(text.starts_with("corpus/001_782547caf5a8f269.txt:30:8: info[no-contact]"), "{text}");
}
