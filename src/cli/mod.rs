//! Command-line interface definitions and dispatch.

mod calendar;
mod check;
mod extract;
mod inputs;
mod web;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Read Japanese maintenance and outage circulars and turn them into validated structured data.
///
/// Exit codes: 0 success; 1 some inputs failed (extract) or the check found errors (check);
/// 2 usage error, or nothing could be read.
#[derive(Debug, Parser)]
#[command(name = "tsuchi", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract structured data from notices (files, directories, or - for standard input).
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
    /// Print a notice's text as the extractor sees it, each line with its source position.
    Normalize {
        /// The notice (text, PDF, HTML or e-mail).
        file: PathBuf,
        /// Encoding of the input (auto-detected when not given): utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be.
        #[arg(long, value_name = "NAME")]
        encoding: Option<String>,
        /// Format of the input (detected from the content when auto).
        #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
        input_format: inputs::InputFormatArg,
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
    /// Pretty JSON (an array when several inputs are given).
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
        Command::Calendar(a) => calendar::run(a),
        Command::Web(a) => web::run(a),
        Command::Schema { which } => {
            match which {
                SchemaName::Notice => print!("{}", tsuchi::validate::SCHEMA),
                SchemaName::Timeline => print!("{}", tsuchi::calendar::timeline::SCHEMA),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Normalize { file, encoding, input_format } => {
            let options = inputs::options(encoding.as_deref(), input_format);
            let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", file.display()))?;
            let reading = tsuchi::read(&file.display().to_string(), &bytes, &options)?;
            print!("{}", normalize_listing(&reading));
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "tsuchi", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
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
