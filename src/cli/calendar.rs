//! `tsuchi calendar`: one calendar that follows each maintenance across notices.
//!
//! Every input is read (in parallel, like `extract`), the notices are collated and
//! tracked by [`tsuchi::calendar::Calendar`], and the calendar is written once: to
//! standard output, or with `--out FILE` atomically to FILE. FILE is replaced on each run
//! (the daily use is `tsuchi calendar inbox/ --out clinic.ics`), and left untouched when
//! its content would not change, so a file-syncing or subscribing program sees a change
//! only when a notice made one.

use super::inputs::{InputFormatArg, options};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tsuchi::Notice;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Notice files or directories (searched recursively for .txt .md .pdf .html .htm .eml).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Write the calendar to FILE (atomically; replaced on each run, untouched when unchanged).
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Output format: ics (default), or json (the timeline); default json when FILE ends in .json.
    #[arg(long, short, value_enum)]
    format: Option<CalendarFormat>,
    /// Encoding of the inputs (auto-detected when not given).
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Format of the inputs (detected from the content when auto).
    #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
    input_format: InputFormatArg,
    /// Largest input read, in bytes or with K, M, G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = super::inputs::parse_size)]
    max_size: u64,
    /// Follow symbolic links in directories (as ripgrep's -L).
    #[arg(short = 'L', long)]
    follow: bool,
    /// Do not print the summary on standard error.
    #[arg(long, short)]
    quiet: bool,
}

/// Output formats of `calendar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CalendarFormat {
    /// iCalendar (RFC 5545): one event per maintenance window.
    Ics,
    /// The timeline as JSON (schemas/timeline.schema.json).
    Json,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let scan = super::inputs::scan(&args.paths, args.follow);
    super::report_skipped(&scan.skipped, args.quiet);
    let inputs = scan.inputs;
    if inputs.is_empty() {
        anyhow::bail!(
            "no notice files found in {}",
            args.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    if inputs.iter().any(|i| i.is_stdin()) {
        anyhow::bail!("calendar reads files and directories, not standard input");
    }
    let opts = options(args.encoding.as_deref(), args.input_format);
    if let tsuchi::EncodingChoice::Label(l) = &opts.encoding
        && tsuchi::decode::decode(b"", &opts.encoding).is_err()
    {
        anyhow::bail!("unknown encoding label {l:?}");
    }
    let results: Vec<Result<Notice, String>> = inputs
        .par_iter()
        .map(|input| {
            let bytes = input.read(args.max_size).map_err(|e| e.to_string())?;
            tsuchi::extract_bytes(&input.name(), &bytes, &opts).map_err(|e| e.to_string())
        })
        .collect();
    let mut notices = Vec::new();
    let mut failed = 0;
    for r in results {
        match r {
            Ok(n) => notices.push(n),
            Err(e) => {
                failed += 1;
                eprintln!("tsuchi: {e}");
            }
        }
    }
    if notices.is_empty() {
        anyhow::bail!("none of the {} inputs could be read", inputs.len());
    }
    let format = args.format.unwrap_or(match args.out.as_deref().and_then(Path::extension) {
        Some(x) if x.eq_ignore_ascii_case("json") => CalendarFormat::Json,
        _ => CalendarFormat::Ics,
    });
    let cal = tsuchi::calendar::Calendar::build(&notices);
    let text = match format {
        CalendarFormat::Ics => cal.ics(),
        CalendarFormat::Json => {
            let mut s = serde_json::to_string_pretty(&cal.timeline())?;
            s.push('\n');
            s
        }
    };
    let written = match &args.out {
        Some(path) => Some(write_if_changed(path, text.as_bytes())?),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            None
        }
    };
    if !args.quiet {
        summary(&cal, inputs.len(), failed, args.out.as_deref(), written);
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Write `bytes` to `path` atomically unless it already holds them; whether it was written.
fn write_if_changed(path: &Path, bytes: &[u8]) -> anyhow::Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    super::outdir::write_atomic(path, bytes)?;
    Ok(true)
}

fn summary(
    cal: &tsuchi::calendar::Calendar<'_>,
    inputs: usize,
    failed: usize,
    out: Option<&Path>,
    written: Option<bool>,
) {
    let t = cal.timeline();
    let events: usize = t.maintenances.iter().map(|m| m.windows.len()).sum();
    let merged: usize = t.duplicates.iter().map(|d| d.merged.len()).sum();
    for d in &t.duplicates {
        eprintln!("tsuchi: same notice: {} = {}", d.read, d.merged.join(", "));
    }
    let mut line = format!(
        "tsuchi: {} ({failed} unreadable), {} with windows ({merged} merged as duplicates), {}, {}",
        counted(inputs, "input"),
        counted(t.notices.len(), "notice"),
        counted(t.maintenances.len(), "maintenance"),
        counted(events, "event"),
    );
    match (out, written) {
        (Some(p), Some(true)) => line.push_str(&format!("; wrote {}", p.display())),
        (Some(p), Some(false)) => line.push_str(&format!("; {} unchanged", p.display())),
        _ => {}
    }
    eprintln!("{line}");
}

/// `1 event`, `2 events`.
fn counted(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}
