//! Command-line interface definitions and dispatch.

mod check;
mod extract;
mod inputs;

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
    /// Print the JSON Schema of the output.
    Schema,
    /// Print a notice's text as the extractor sees it, with line numbers.
    Normalize {
        /// The notice.
        file: PathBuf,
        /// Encoding of the input (auto-detected when not given): utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be.
        #[arg(long, value_name = "NAME")]
        encoding: Option<String>,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
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
        Command::Schema => {
            print!("{}", tsuchi::validate::SCHEMA);
            Ok(ExitCode::SUCCESS)
        }
        Command::Normalize { file, encoding } => {
            let options = inputs::options(encoding.as_deref());
            let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", file.display()))?;
            let decoded = tsuchi::decode::decode(&bytes, &options.encoding)
                .map_err(|e| anyhow::anyhow!("{}: cannot decode: {e}", file.display()))?;
            let n = tsuchi::normalize::normalize(&decoded.text);
            let width = n.line_count().to_string().len();
            let mut out = String::new();
            for i in 0..n.line_count() {
                out.push_str(&format!("{:>width$} | {}\n", i + 1, n.line(i)));
            }
            print!("{out}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "tsuchi", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}
