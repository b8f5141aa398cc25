//! `tsuchi check`: lint notices, as compilers and linters report.

use super::inputs::{InputFormatArg, expand, options};
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use tsuchi::model::{Diagnostic, Severity};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Notice files, directories (searched recursively for .txt .md .pdf .html .htm .eml), or - for standard input.
    #[arg(value_name = "PATH", required_unless_present = "list_rules")]
    paths: Vec<PathBuf>,
    /// How to print the diagnostics.
    #[arg(long, short, value_enum, default_value = "text")]
    format: CheckFormat,
    /// Exit with 1 on warnings too, not only on errors.
    #[arg(long)]
    deny_warnings: bool,
    /// Encoding of the inputs (auto-detected when not given).
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Format of the inputs (detected from the content when auto).
    #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
    input_format: InputFormatArg,
    /// Print every rule with its documentation, then exit.
    #[arg(long)]
    list_rules: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    /// `path:line:col: warning[code]: message`, the source line and a caret.
    Text,
    /// One JSON array of diagnostics.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// A notice with its source text, or why it could not be read.
type Checked = Result<tsuchi::Reading, tsuchi::Error>;

#[derive(Serialize)]
struct FileDiagnostic<'a> {
    file: &'a str,
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.list_rules {
        print!("{}", list_rules());
        return Ok(ExitCode::SUCCESS);
    }
    let inputs = expand(&args.paths);
    if inputs.is_empty() {
        anyhow::bail!("no notice files found");
    }
    let opts = options(args.encoding.as_deref(), args.input_format);
    let results: Vec<(String, Checked)> = inputs
        .into_par_iter()
        .map(|input| {
            let r = input.read().and_then(|bytes| tsuchi::read(&input.name(), &bytes, &opts));
            (input.name(), r)
        })
        .collect();

    let mut read_errors = 0;
    let inputs = results.len();
    let mut all: Vec<(String, Diagnostic, String)> = Vec::new();
    for (name, r) in results {
        match r {
            Err(e) => {
                eprintln!("tsuchi: {e}");
                read_errors += 1;
            }
            Ok(reading) => {
                let value = serde_json::to_value(&reading.notice)?;
                let mut diagnostics = reading.notice.diagnostics.clone();
                for err in tsuchi::validate::schema_errors(&value) {
                    diagnostics.push(Diagnostic::at_line(1, None, None, &tsuchi::rules::SCHEMA_INVALID, err));
                }
                for d in diagnostics {
                    let src = reading.source_line(d.line, d.page, d.part.as_deref()).unwrap_or("").to_string();
                    all.push((name.clone(), d, src));
                }
            }
        }
    }
    let errors = all.iter().filter(|(_, d, _)| d.severity == Severity::Error).count();
    let warnings = all.iter().filter(|(_, d, _)| d.severity == Severity::Warning).count();

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        CheckFormat::Text => {
            for (file, d, src) in &all {
                out.write_all(render_text(file, d, src).as_bytes())?;
            }
            // a run that read nothing has nothing to sum up (its errors went to stderr)
            if read_errors < inputs {
                writeln!(out, "{}", summary(errors, warnings, all.len() - errors - warnings))?;
            }
        }
        CheckFormat::Json => {
            let list: Vec<FileDiagnostic> =
                all.iter().map(|(f, d, _)| FileDiagnostic { file: f, diagnostic: d }).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        }
        CheckFormat::Github => {
            for (file, d, _) in &all {
                writeln!(out, "{}", render_github(file, d))?;
            }
        }
    }
    out.flush()?;
    Ok(if read_errors > 0 {
        ExitCode::from(2)
    } else if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn summary(errors: usize, warnings: usize, infos: usize) -> String {
    let plural = |n: usize, w: &str| if n == 1 { format!("{n} {w}") } else { format!("{n} {w}s") };
    format!("{}, {}, {}", plural(errors, "error"), plural(warnings, "warning"), plural(infos, "note"))
}

/// Terminal columns a character takes (wide CJK two, combining marks none, a tab four).
fn width(c: char) -> usize {
    if c == '\t' { 4 } else { unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) }
}

/// Where a diagnostic points, as `file:line:col`; a PDF page and an e-mail part are named as
/// a fragment of the file, as a PDF viewer opens them (`notice.pdf#page=2:14:3`).
fn location(file: &str, d: &Diagnostic) -> String {
    let fragment = match (&d.part, d.page) {
        (Some(part), Some(page)) => format!("#part={part}&page={page}"),
        (Some(part), None) => format!("#part={part}"),
        (None, Some(page)) => format!("#page={page}"),
        (None, None) => String::new(),
    };
    format!("{file}{fragment}:{}:{}", d.line, d.column)
}

/// `path:line:col: severity[code]: message`, the line, a caret under the span.
fn render_text(file: &str, d: &Diagnostic, src: &str) -> String {
    let mut s = format!("{}: {}[{}]: {}\n", location(file, d), d.severity.as_str(), d.code, d.message);
    if !src.is_empty() {
        let gutter = d.line.to_string().len();
        let pad: usize = src.chars().take(d.column.saturating_sub(1) as usize).map(width).sum();
        let span: usize =
            src.chars().skip(d.column.saturating_sub(1) as usize).take(d.length.max(1) as usize).map(width).sum();
        s.push_str(&format!("{:gutter$} |\n", ""));
        s.push_str(&format!("{} | {}\n", d.line, src.trim_end().replace('\t', "    ")));
        s.push_str(&format!("{:gutter$} | {}{}\n", "", " ".repeat(pad), "^".repeat(span.max(1))));
    }
    s
}

/// A GitHub Actions workflow command; `%`, CR and LF are escaped as the runner expects.
fn render_github(file: &str, d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let esc_data = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let esc_prop = |s: &str| esc_data(s).replace(':', "%3A").replace(',', "%2C");
    format!(
        "::{level} file={},line={},col={},title={}::{}",
        esc_prop(file),
        d.line,
        d.column,
        esc_prop(&format!("tsuchi {}", d.code)),
        esc_data(&d.message)
    )
}

fn list_rules() -> String {
    let mut s = String::new();
    for r in tsuchi::rules::RULES {
        s.push_str(&format!(
            "{} ({})\n    {}\n    {}\n    example: {}\n\n",
            r.code,
            r.severity.as_str(),
            r.summary,
            r.doc,
            r.example
        ));
    }
    s
}
