//! `tsuchi extract`: batch conversion.
//!
//! Inputs are read and extracted in parallel (rayon) and written in input order, so the
//! output does not depend on scheduling. With `--out DIR` each input gets its own file,
//! written atomically (a temporary file renamed into place) and never over an existing one
//! without `--force`, plus `DIR/index.json`.

use super::Format;
use super::inputs::{Input, InputFormatArg, expand, options};
use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use tsuchi::Notice;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Notice files, directories (searched recursively for .txt .md .pdf .html .htm .eml), or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "json")]
    format: Format,
    /// Encoding of the inputs (auto-detected when not given): utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be.
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Format of the inputs (detected from the content when auto).
    #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
    input_format: InputFormatArg,
    /// Write one output file per input into DIR, plus DIR/index.json.
    #[arg(long, short, value_name = "DIR")]
    out: Option<PathBuf>,
    /// With --out: replace existing output files.
    #[arg(long, requires = "out")]
    force: bool,
    /// Do not print the closing summary on standard error.
    #[arg(long, short)]
    quiet: bool,
}

/// The outcome for one input.
struct Outcome {
    input: Input,
    result: Result<Notice, tsuchi::Error>,
}

#[derive(Serialize)]
struct ErrorBody {
    kind: &'static str,
    message: String,
}

#[derive(Serialize)]
struct Index {
    tsuchi_version: &'static str,
    format: &'static str,
    counts: Counts,
    inputs: Vec<IndexEntry>,
}

#[derive(Serialize)]
struct Counts {
    inputs: usize,
    converted: usize,
    failed: usize,
    outages: usize,
}

#[derive(Serialize)]
struct IndexEntry {
    source: String,
    output: Option<String>,
    outages: Option<usize>,
    diagnostics: Option<usize>,
    error: Option<ErrorBody>,
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Json => "json",
        Format::Yaml => "yaml",
        Format::Ndjson => "ndjson",
        Format::Ics => "ics",
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let inputs = expand(&args.paths);
    if inputs.is_empty() {
        anyhow::bail!(
            "no notice files found in {}",
            args.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    if inputs.iter().filter(|i| i.is_stdin()).count() > 1 {
        anyhow::bail!("standard input (-) can be given only once");
    }
    let opts = options(args.encoding.as_deref(), args.input_format);
    if let tsuchi::EncodingChoice::Label(l) = &opts.encoding
        && tsuchi::decode::decode(b"", &opts.encoding).is_err()
    {
        anyhow::bail!("unknown encoding label {l:?}");
    }

    let bar = progress(inputs.len());
    let outcomes: Vec<Outcome> = inputs
        .into_par_iter()
        .map(|input| {
            let result = input.read().and_then(|bytes| tsuchi::extract_bytes(&input.name(), &bytes, &opts));
            bar.inc(1);
            Outcome { input, result }
        })
        .collect();
    bar.finish_and_clear();

    let write_failures = match &args.out {
        Some(dir) => write_dir(dir, &outcomes, args.format, args.force)?,
        None => {
            write_stdout(&outcomes, args.format)?;
            0
        }
    };
    let failed = outcomes.iter().filter(|o| o.result.is_err()).count() + write_failures;
    let converted = outcomes.len() - failed;
    // errors: one line each on standard error (ndjson also has them in the stream)
    for o in &outcomes {
        if let Err(e) = &o.result {
            eprintln!("tsuchi: {e}");
        }
    }
    if !args.quiet && (outcomes.len() > 1 || args.out.is_some()) {
        eprintln!("tsuchi: converted {converted}, failed {failed} in {:.2} s", started.elapsed().as_secs_f64());
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else if converted == 0 {
        ExitCode::from(2)
    } else {
        ExitCode::from(1)
    })
}

fn progress(n: usize) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr());
    if !std::io::stderr().is_terminal() || n < 20 {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} notices {elapsed}") {
        bar.set_style(style);
    }
    bar
}

fn error_body(e: &tsuchi::Error) -> ErrorBody {
    ErrorBody { kind: e.kind(), message: e.to_string() }
}

fn render_one(notice: &Notice, format: Format) -> Result<String, tsuchi::Error> {
    match format {
        Format::Json => tsuchi::emit::json(notice),
        Format::Yaml => tsuchi::emit::yaml(notice),
        Format::Ndjson => tsuchi::emit::json_line(notice).map(|mut s| {
            s.push('\n');
            s
        }),
        Format::Ics => Ok(tsuchi::emit::ics::calendar(std::slice::from_ref(notice))),
    }
}

fn write_stdout(outcomes: &[Outcome], format: Format) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let ok: Vec<&Notice> = outcomes.iter().filter_map(|o| o.result.as_ref().ok()).collect();
    match format {
        Format::Json => {
            if outcomes.len() == 1 {
                if let Some(n) = ok.first() {
                    out.write_all(tsuchi::emit::json(n)?.as_bytes())?;
                }
            } else {
                let mut s = serde_json::to_string_pretty(&ok)?;
                s.push('\n');
                out.write_all(s.as_bytes())?;
            }
        }
        Format::Yaml => {
            for (i, n) in ok.iter().enumerate() {
                if i > 0 || ok.len() > 1 {
                    out.write_all(b"---\n")?;
                }
                out.write_all(tsuchi::emit::yaml(n)?.as_bytes())?;
            }
        }
        Format::Ndjson => {
            for o in outcomes {
                let line = match &o.result {
                    Ok(n) => tsuchi::emit::json_line(n)?,
                    Err(e) => tsuchi::emit::error_record(&o.input.name(), e),
                };
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        Format::Ics => {
            let notices: Vec<Notice> = ok.into_iter().cloned().collect();
            out.write_all(tsuchi::emit::ics::calendar(&notices).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(())
}

fn extension(format: Format) -> &'static str {
    match format {
        Format::Json | Format::Ndjson => "json",
        Format::Yaml => "yaml",
        Format::Ics => "ics",
    }
}

/// Write one file per converted input and the index; returns how many writes failed.
fn write_dir(dir: &Path, outcomes: &[Outcome], format: Format, force: bool) -> anyhow::Result<usize> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the output directory", dir.display()))?;
    // the run's index is not an output name an input can take
    let mut used: Vec<PathBuf> = vec![dir.join("index.json")];
    let mut entries = Vec::new();
    let mut converted = 0;
    let mut outages = 0;
    for o in outcomes {
        let source = o.input.name();
        let notice = match &o.result {
            Ok(n) => n,
            Err(e) => {
                entries.push(IndexEntry {
                    source,
                    output: None,
                    outages: None,
                    diagnostics: None,
                    error: Some(error_body(e)),
                });
                continue;
            }
        };
        // named after the input; a second input with the same name gets -2, -3, …
        let rel = if o.input.is_stdin() { PathBuf::from("stdin") } else { o.input.relative.clone() };
        let mut target = dir.join(rel.with_extension(extension(format)));
        let mut n = 2;
        while used.contains(&target) {
            let stem = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            target = dir.join(rel.with_file_name(format!("{stem}-{n}.{}", extension(format))));
            n += 1;
        }
        used.push(target.clone());
        let written = render_one(notice, format)
            .map_err(anyhow::Error::from)
            .and_then(|text| write_atomic(&target, text.as_bytes(), force));
        match written {
            Ok(()) => {
                converted += 1;
                outages += notice.outages.len();
                entries.push(IndexEntry {
                    source,
                    output: Some(target.display().to_string()),
                    outages: Some(notice.outages.len()),
                    diagnostics: Some(notice.diagnostics.len()),
                    error: None,
                });
            }
            Err(e) => {
                eprintln!("tsuchi: {e:#}");
                entries.push(IndexEntry {
                    source,
                    output: None,
                    outages: None,
                    diagnostics: None,
                    error: Some(ErrorBody { kind: "write", message: format!("{e:#}") }),
                });
            }
        }
    }
    let index = Index {
        tsuchi_version: env!("CARGO_PKG_VERSION"),
        format: format_name(format),
        counts: Counts { inputs: outcomes.len(), converted, failed: outcomes.len() - converted, outages },
        inputs: entries,
    };
    let mut text = serde_json::to_string_pretty(&index)?;
    text.push('\n');
    // the index describes this run: it is always replaced
    write_atomic(&dir.join("index.json"), text.as_bytes(), true)?;
    let read_failures = outcomes.iter().filter(|o| o.result.is_err()).count();
    Ok(outcomes.len() - converted - read_failures)
}

/// Write `bytes` to `target` through a temporary file in the same directory, renamed into
/// place, so a reader never sees half a file.
pub(super) fn write_atomic(target: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    if target.exists() && !force {
        anyhow::bail!("{}: already exists (use --force to replace it)", target.display());
    }
    let parent = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).with_context(|| format!("{}: cannot create directory", parent.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)
        .with_context(|| format!("{}: cannot create a temporary file", parent.display()))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // without --force, never replace a file that appeared since the check above
    let persisted = if force { tmp.persist(target).map(|_| ()) } else { tmp.persist_noclobber(target).map(|_| ()) };
    persisted.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::anyhow!("{}: already exists (use --force to replace it)", target.display())
        } else {
            anyhow::anyhow!("{}: cannot write: {}", target.display(), e.error)
        }
    })
}
