//! `tsuchi check`: lint notices with the conventions CI users know from ruff.
//!
//! Inputs are read in parallel through the ordered map ([`super::stream`]); each worker
//! reads a notice, validates it against the schema, drops what `--select`/`--ignore` and
//! suppression comments exclude, and returns its findings, so no notice is held longer
//! than its turn. Text findings are printed as they come, in input order; JSON, GitHub and
//! SARIF are printed at the end (JSON and SARIF are one document). `--statistics` prints
//! one line per rule instead. Colour: `--color auto` (the default) colours a terminal
//! unless `NO_COLOR` is set; `always` and `never` decide regardless.
//!
//! Exit codes: 0 no errors (or `--exit-zero`); 1 errors found (or warnings, with
//! `--deny-warnings`); 2 a usage error or an unreadable input.

use super::encoding::{EncodingParser, single_byte_warning};
use super::inputs::{self, Input, InputFormatArg, options};
use super::lint::{self, Finding, JsonFinding};
use super::stream::{self, Sink};
use std::collections::BTreeMap;
use std::io::Write;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use tsuchi::model::{Diagnostic, Severity};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Notice files, folders (searched recursively for .txt .md .pdf .html .htm .eml), or - for standard input.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// How to print the diagnostics.
    #[arg(long, short, value_enum, default_value = "text")]
    format: CheckFormat,
    /// Colour the text output: auto (a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    color: ColorArg,
    /// Report only these rules (comma-separated codes, or all).
    #[arg(long, value_delimiter = ',', value_name = "CODES", value_parser = rule_code)]
    select: Vec<String>,
    /// Do not report these rules (comma-separated codes).
    #[arg(long, value_delimiter = ',', value_name = "CODES", value_parser = rule_code)]
    ignore: Vec<String>,
    /// Exit with 1 on warnings too, not only on errors.
    #[arg(long)]
    deny_warnings: bool,
    /// Exit with 0 even when errors are found (2 still means an unreadable input).
    #[arg(long)]
    exit_zero: bool,
    /// Print how often each rule fired instead of each diagnostic.
    #[arg(long)]
    statistics: bool,
    /// The name to report for standard input (-); its extension helps detect the format.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Encoding of the inputs (detected when not given); any WHATWG label or cp932, eucjp…
    #[arg(long, value_name = "NAME", value_parser = EncodingParser)]
    encoding: Option<String>,
    /// Format of the inputs (detected from the content when auto).
    #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
    input_format: InputFormatArg,
    /// Largest input read, in bytes or with K, M, G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = inputs::parse_size)]
    max_size: u64,
    /// Follow symbolic links when searching folders.
    #[arg(long, short = 'L')]
    follow: bool,
    /// Inputs read at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Print every rule with its documentation, then exit (see also `tsuchi rule CODE`).
    #[arg(long, exclusive = true)]
    list_rules: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    /// `path:line:col: warning[code]: message`, the source line and a caret.
    Text,
    /// One JSON array of diagnostics, with end positions.
    Json,
    /// GitHub Actions workflow annotations, with end positions.
    Github,
    /// SARIF 2.1.0 (GitHub code scanning and other dashboards).
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn rule_code(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_lowercase();
    if code == "all" || tsuchi::rules::rule(&code).is_some() {
        return Ok(code);
    }
    let codes: Vec<&str> = tsuchi::rules::RULES.iter().map(|r| r.code).collect();
    Err(format!("unknown rule {s:?} (the rules: {}; see tsuchi rule CODE)", codes.join(", ")))
}

/// Which rules a run reports.
#[derive(Debug, Clone)]
struct Filter {
    select: Vec<String>,
    ignore: Vec<String>,
}

impl Filter {
    fn keeps(&self, code: &str) -> bool {
        let listed = |l: &[String]| l.iter().any(|c| c == "all" || c == code);
        (self.select.is_empty() || listed(&self.select)) && !listed(&self.ignore)
    }
}

/// One input's findings, or why it could not be read.
type Checked = Result<Vec<Finding>, String>;

/// Read one notice and make its findings.
fn check_one(input: &Input, limit: u64, opts: &tsuchi::Options, filter: &Filter) -> Checked {
    let name = input.name();
    let bytes = input.read(limit).map_err(|e| e.to_string())?;
    let reading = tsuchi::read(&name, &bytes, opts).map_err(|e| e.to_string())?;
    let mut diagnostics = reading.notice.diagnostics.clone();
    let value = serde_json::to_value(&reading.notice).map_err(|e| e.to_string())?;
    for err in tsuchi::validate::schema_errors(&value) {
        diagnostics.push(Diagnostic::at_line(1, None, None, &tsuchi::rules::SCHEMA_INVALID, err));
    }
    let mut out = Vec::new();
    for d in diagnostics.into_iter().filter(|d| filter.keeps(&d.code)) {
        let src = reading.source_line(d.line, d.page, d.part.as_deref()).unwrap_or("").to_string();
        if !lint::suppressed(&src, &d.code) {
            out.push(Finding::new(&name, d, &src));
        }
    }
    Ok(out)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.list_rules {
        print!("{}", list_rules());
        return Ok(ExitCode::SUCCESS);
    }
    anstream::ColorChoice::write_global(match args.color {
        ColorArg::Auto => anstream::ColorChoice::Auto,
        ColorArg::Always => anstream::ColorChoice::Always,
        ColorArg::Never => anstream::ColorChoice::Never,
    });
    let mut scan = inputs::scan(&args.paths, args.follow);
    super::report_skipped(&scan.skipped, false);
    if scan.inputs.is_empty() {
        anyhow::bail!("no notice files found in {}", super::joined(&args.paths));
    }
    if scan.inputs.iter().filter(|i| i.is_stdin()).count() > 1 {
        anyhow::bail!("standard input (-) can be given only once");
    }
    for i in scan.inputs.iter_mut().filter(|i| i.is_stdin()) {
        i.stdin_name.clone_from(&args.stdin_filename);
    }
    if let Some(w) = single_byte_warning(args.encoding.as_deref()) {
        eprintln!("{w}");
    }
    let opts = Arc::new(options(args.encoding.as_deref(), args.input_format));
    let filter = Filter { select: args.select.clone(), ignore: args.ignore.clone() };
    let limit = args.max_size;
    let work = move |_, input: Input| check_one(&input, limit, &opts, &filter);
    let streaming = args.format == CheckFormat::Text && !args.statistics;
    let mut sink = CheckSink { streaming, ..CheckSink::default() };
    stream::run(scan.inputs, super::threads(args.threads), super::window(args.threads), work, &mut sink);
    if let Some(e) = sink.error.take() {
        return Err(e.into());
    }
    print_end(&args, &sink)?;
    let errors = sink.count(Severity::Error);
    let warnings = sink.count(Severity::Warning);
    Ok(if sink.unreadable > 0 {
        ExitCode::from(2)
    } else if !args.exit_zero && (errors > 0 || (args.deny_warnings && warnings > 0)) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Collects findings, printing text ones as they come in order.
#[derive(Default)]
struct CheckSink {
    streaming: bool,
    findings: Vec<Finding>,
    counts: BTreeMap<(Severity, String), usize>,
    read: usize,
    unreadable: usize,
    error: Option<std::io::Error>,
}

impl CheckSink {
    fn count(&self, s: Severity) -> usize {
        self.counts.iter().filter(|((sev, _), _)| *sev == s).map(|(_, n)| n).sum()
    }
}

impl Sink<Checked> for CheckSink {
    fn arrived(&mut self, _: usize, result: &Checked) {
        if let Err(e) = result {
            eprintln!("tsuchi: {e}");
        }
    }

    fn ordered(&mut self, _: usize, result: Checked) -> ControlFlow<()> {
        let Ok(found) = result else {
            self.unreadable += 1;
            return ControlFlow::Continue(());
        };
        self.read += 1;
        for f in &found {
            *self.counts.entry((f.d.severity, f.d.code.clone())).or_default() += 1;
        }
        if self.streaming {
            let mut out = anstream::stdout().lock();
            for f in &found {
                if let Err(e) = out.write_all(lint::render_text(f).as_bytes()) {
                    self.error = Some(e);
                    return ControlFlow::Break(());
                }
            }
        } else {
            self.findings.extend(found);
        }
        ControlFlow::Continue(())
    }
}

/// What comes after the findings: the summary, or the whole document for JSON, GitHub and
/// SARIF, or the statistics.
fn print_end(args: &Args, sink: &CheckSink) -> anyhow::Result<()> {
    let mut out = anstream::stdout().lock();
    if args.statistics {
        return print_statistics(args.format, sink, &mut out);
    }
    match args.format {
        CheckFormat::Text => {
            // a run that read nothing has nothing to sum up (its errors went to stderr)
            if sink.read > 0 {
                let infos = sink.count(Severity::Info);
                writeln!(out, "{}", lint::summary(sink.count(Severity::Error), sink.count(Severity::Warning), infos))?;
            }
        }
        CheckFormat::Json => {
            let list: Vec<JsonFinding> = sink.findings.iter().map(JsonFinding::from).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        }
        CheckFormat::Github => {
            for f in &sink.findings {
                writeln!(out, "{}", lint::render_github(f))?;
            }
        }
        CheckFormat::Sarif => out.write_all(super::sarif::log(&sink.findings).as_bytes())?,
    }
    out.flush()?;
    Ok(())
}

/// `--statistics`: one line per rule that fired, most frequent first (JSON: an array).
fn print_statistics(format: CheckFormat, sink: &CheckSink, out: &mut impl Write) -> anyhow::Result<()> {
    let mut rows: Vec<(&(Severity, String), &usize)> = sink.counts.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.1.cmp(&b.0.1)));
    let summary = |code: &str| tsuchi::rules::rule(code).map_or("", |r| r.summary);
    if format == CheckFormat::Json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|((sev, code), n)| serde_json::json!({"code": code, "severity": sev.as_str(), "count": n, "summary": summary(code)}))
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
    } else {
        let width = rows.iter().map(|(_, n)| n.to_string().len()).max().unwrap_or(1);
        for ((sev, code), n) in rows {
            writeln!(out, "{n:>width$}  {:<7}  {code:<21}  {}", sev.as_str(), summary(code))?;
        }
    }
    Ok(())
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
