//! Command-line interface: the definitions, the dispatch, and what the commands share.
//!
//! One file per command (`extract`, `check`, `rule`, `normalize` here), one per shape they
//! share: [`inputs`] (what a scan takes, bounded reads), [`stream`] (the ordered parallel
//! map), [`render`] and [`outdir`] (standard output and `--out`), [`index`], [`failure`],
//! [`encoding`], and for `check` [`lint`] (rendering) and [`sarif`].

mod calendar;
mod check;
mod encoding;
mod extract;
mod failure;
mod index;
mod inputs;
mod lint;
mod outdir;
mod render;
mod rule;
mod sarif;
mod stream;
mod web;

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Read Japanese maintenance and outage circulars and turn them into validated structured data.
///
/// Exit codes: 0 success; 1 some inputs failed (extract) or the check found errors (check);
/// 2 usage error, or nothing could be read; 130 and 143 when SIGINT or SIGTERM stopped a run.
#[derive(Debug, Parser)]
#[command(name = "tsuchi", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract structured data from notices (files, folders, or - for standard input).
    Extract(extract::Args),
    /// Lint notices: report contradictions, placeholders and ambiguities with file:line:col.
    Check(check::Args),
    /// One calendar that follows each maintenance across notices (updates, moves, cancellations).
    Calendar(calendar::Args),
    /// Print a JSON Schema: of `extract` output (notice, the default) or of `calendar --format json` (timeline).
    Schema {
        /// Which schema.
        #[arg(value_enum, default_value = "notice")]
        which: SchemaName,
    },
    /// Print a lint rule's documentation (all rules with --all).
    Rule(rule::Args),
    /// Print a notice's text as the extractor sees it, each line with its source position.
    Normalize {
        /// Notice files, folders, or - for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Encoding of the input (detected when not given); any WHATWG label or cp932, eucjp…
        #[arg(long, value_name = "NAME", value_parser = encoding::EncodingParser)]
        encoding: Option<String>,
        /// Format of the input (detected from the content when auto).
        #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
        input_format: inputs::InputFormatArg,
        /// Largest input read, in bytes or with K, M, G.
        #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = inputs::parse_size)]
        max_size: u64,
    },
    /// Serve the page (web/dist, built by web/build.sh) on localhost: tsuchi in the browser.
    Web(web::Args),
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// The schemas `tsuchi schema` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// One notice, as `extract` writes it (schemas/notice.schema.json).
    Notice,
    /// The timeline, as `calendar --format json` writes it (schemas/timeline.schema.json).
    Timeline,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Pretty JSON (an object for one file, an array otherwise).
    Json,
    /// YAML (one document per input).
    Yaml,
    /// One compact JSON object per line, in input order; failures become error records.
    Ndjson,
    /// iCalendar (RFC 5545): one event per window.
    Ics,
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Check(a) => check::run(a),
        Command::Rule(a) => rule::run(a),
        Command::Calendar(a) => calendar::run(a),
        Command::Web(a) => web::run(a),
        Command::Schema { which } => {
            match which {
                SchemaName::Notice => print!("{}", tsuchi::validate::SCHEMA),
                SchemaName::Timeline => print!("{}", tsuchi::calendar::timeline::SCHEMA),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Normalize { paths, encoding, input_format, max_size } => {
            normalize(&paths, encoding.as_deref(), input_format, max_size)
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "tsuchi", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A progress bar on standard error, drawn only on a terminal and for 20 inputs or more.
pub fn progress(n: usize) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr());
    if !std::io::stderr().is_terminal() || n < 20 {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} notices {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// Worker threads: `-j N`, or one per core.
pub fn threads(asked: Option<u16>) -> usize {
    asked.map_or_else(|| std::thread::available_parallelism().map_or(2, usize::from), usize::from)
}

/// Results that may wait for a slow predecessor: enough to keep every worker busy.
pub fn window(asked: Option<u16>) -> usize {
    4 * threads(asked)
}

/// Paths joined for a message.
pub fn joined(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

/// Say on standard error what a scan left out (a FIFO, a link without -L…).
pub fn report_skipped(skipped: &[inputs::Skipped], quiet: bool) {
    if quiet {
        return;
    }
    for s in skipped {
        eprintln!("tsuchi: skipped {}: {}", s.path.display(), s.why);
    }
}

/// `--files`: the inputs a run would read, one per line.
pub fn list_files(inputs: &[inputs::Input], paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    if inputs.is_empty() {
        anyhow::bail!("no notice files found in {}", joined(paths));
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for i in inputs {
        writeln!(out, "{}", i.path.display())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `tsuchi normalize PATH...`: each input's text view; several inputs each under a
/// `==> name <==` header, as `head` and `tail` print them.
fn normalize(
    paths: &[PathBuf],
    encoding: Option<&str>,
    format: inputs::InputFormatArg,
    limit: u64,
) -> anyhow::Result<ExitCode> {
    let scan = inputs::scan(paths, false);
    report_skipped(&scan.skipped, false);
    if scan.inputs.is_empty() {
        anyhow::bail!("no notice files found in {}", joined(paths));
    }
    if let Some(w) = encoding::single_byte_warning(encoding) {
        eprintln!("{w}");
    }
    let options = inputs::options(encoding, format);
    let many = scan.inputs.len() > 1;
    let mut failed = 0;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, input) in scan.inputs.iter().enumerate() {
        let reading = input
            .read(limit)
            .map_err(anyhow::Error::from)
            .and_then(|bytes| Ok(tsuchi::read(&input.name(), &bytes, &options)?));
        match reading {
            Ok(r) => {
                if many {
                    writeln!(out, "{}==> {} <==", if n > 0 { "\n" } else { "" }, input.name())?;
                }
                out.write_all(normalize_listing(&r).as_bytes())?;
            }
            Err(e) if !many => return Err(e),
            Err(e) => {
                out.flush()?;
                eprintln!("tsuchi: {e:#}");
                failed += 1;
            }
        }
    }
    out.flush()?;
    Ok(match failed {
        0 => ExitCode::SUCCESS,
        f if f == scan.inputs.len() => ExitCode::from(2),
        _ => ExitCode::from(1),
    })
}

/// The text view, one line each, after the source position of its first character: the
/// line for text and HTML, `p2:14` for page 2 line 14 of a PDF, `2:30` for part 2 line 30
/// of an e-mail (`2/p1:5` for page 1 of a PDF attached as part 2).
fn normalize_listing(reading: &tsuchi::Reading) -> String {
    let rows: Vec<(String, &str)> = reading
        .view_lines()
        .map(|(pos, part, text)| {
            if text.is_empty() {
                return (String::new(), text);
            }
            let at = match (part, pos.page) {
                (Some(part), Some(page)) => format!("{part}/p{page}:{}", pos.line),
                (Some(part), None) => format!("{part}:{}", pos.line),
                (None, Some(page)) => format!("p{page}:{}", pos.line),
                (None, None) => pos.line.to_string(),
            };
            (at, text)
        })
        .collect();
    let width = rows.iter().map(|(at, _)| at.len()).max().unwrap_or(1);
    let mut out = String::new();
    for (at, text) in rows {
        out.push_str(&format!("{at:>width$} | {text}\n"));
    }
    out
}
