//! `tsuchi extract`: batch conversion that streams and never loses a record.
//!
//! The inputs ([`super::inputs`]) go through the ordered parallel map ([`super::stream`]):
//! workers read (bounded by `--max-size`), extract and render; results are written in input
//! order as soon as they and their predecessors are done, on standard output
//! ([`super::render`]) or as files in `--out DIR` ([`super::outdir`]). Errors are printed as
//! they happen, above the progress bar; every failed input is a record in the output too.
//!
//! Exit codes: 0 every input converted (or its output kept); 1 some inputs failed; 2 a usage
//! error, or no input could be converted; 128 + the signal when SIGINT or SIGTERM stopped a
//! run with `--out`.

use super::encoding::{EncodingParser, single_byte_warning};
use super::failure::Failure;
use super::inputs::{self, Input, InputFormatArg, options};
use super::outdir::OutDir;
use super::render::{Item, Shape, StdoutWriter};
use super::stream::{self, Sink};
use super::{Format, progress};
use indicatif::ProgressBar;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Notice files, folders (searched recursively for .txt .md .pdf .html .htm .eml), or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "json")]
    format: Format,
    /// Encoding of the inputs (detected when not given); any WHATWG label or cp932, eucjp…
    #[arg(long, value_name = "NAME", value_parser = EncodingParser)]
    encoding: Option<String>,
    /// Format of the inputs (detected from the content when auto).
    #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
    input_format: InputFormatArg,
    /// Write one output file per input into DIR, plus DIR/index.json.
    #[arg(long, short, value_name = "DIR")]
    out: Option<PathBuf>,
    /// With --out: replace existing output files (and an index.json tsuchi did not write).
    #[arg(long, requires = "out")]
    force: bool,
    /// Largest input read, in bytes or with K, M, G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = inputs::parse_size)]
    max_size: u64,
    /// Follow symbolic links when searching folders.
    #[arg(long, short = 'L')]
    follow: bool,
    /// Inputs read at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// List the files that would be read, without reading them.
    #[arg(long)]
    files: bool,
    /// The name recorded for standard input (-); its extension helps detect the format.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Do not print the closing summary or notes on standard error.
    #[arg(long, short)]
    quiet: bool,
}

/// What became of one input.
enum Done {
    /// Rendered for standard output.
    Item(Item),
    /// Written to `--out`, with its counts.
    Written,
    /// Its output existed and was kept.
    Kept,
}

type Outcome = (String, Result<Done, Failure>);

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Json => "json",
        Format::Yaml => "yaml",
        Format::Ndjson => "ndjson",
        Format::Ics => "ics",
    }
}

fn extension(format: Format) -> &'static str {
    match format {
        Format::Json | Format::Ndjson => "json",
        Format::Yaml => "yaml",
        Format::Ics => "ics",
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut scan = inputs::scan(&args.paths, args.follow);
    super::report_skipped(&scan.skipped, args.quiet);
    if scan.inputs.iter().filter(|i| i.is_stdin()).count() > 1 {
        anyhow::bail!("standard input (-) can be given only once");
    }
    for i in scan.inputs.iter_mut().filter(|i| i.is_stdin()) {
        i.stdin_name.clone_from(&args.stdin_filename);
    }
    if args.files {
        return super::list_files(&scan.inputs, &args.paths);
    }
    if scan.inputs.is_empty() {
        anyhow::bail!("no notice files found in {}", super::joined(&args.paths));
    }
    if let Some(w) = single_byte_warning(args.encoding.as_deref()) {
        eprintln!("{w}");
    }
    let shape = if args.paths.len() == 1 && !args.paths[0].is_dir() { Shape::One } else { Shape::Many };
    let opts = Arc::new(options(args.encoding.as_deref(), args.input_format));
    let inputs = scan.inputs;
    let total = inputs.len();
    let bar = progress(total);
    let mut counts = Counts::default();
    let finished = match &args.out {
        Some(dir) => {
            let out = OutDir::open(dir, &inputs, format_name(args.format), extension(args.format), args.force)?;
            out.guard_signals()?;
            let done = run_out(inputs, &out, &args, opts, &bar, &mut counts);
            bar.finish_and_clear();
            out.finish()?;
            done
        }
        None => run_stdout(inputs, &args, shape, opts, &bar, &mut counts)?,
    };
    if finished && !args.quiet && (total > 1 || args.out.is_some()) {
        eprintln!("tsuchi: {} in {:.2} s", counts.summary(), started.elapsed().as_secs_f64());
    }
    Ok(counts.exit_code())
}

/// Read, check and extract one input.
fn extract(input: &Input, limit: u64, opts: &tsuchi::Options) -> Result<tsuchi::Notice, Failure> {
    let bytes = input.read(limit)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Failure::Empty { name: input.name() });
    }
    Ok(tsuchi::extract_bytes(&input.name(), &bytes, opts)?)
}

fn run_stdout(
    inputs: Vec<Input>,
    args: &Args,
    shape: Shape,
    opts: Arc<tsuchi::Options>,
    bar: &ProgressBar,
    counts: &mut Counts,
) -> anyhow::Result<bool> {
    let (format, limit) = (args.format, args.max_size);
    let work = move |_, input: Input| -> Outcome {
        let result = extract(&input, limit, &opts).and_then(|n| Item::render(n, format, shape)).map(Done::Item);
        (input.name(), result)
    };
    let mut sink = StdoutSink { writer: StdoutWriter::new(format, shape), bar, counts, error: None };
    let done = stream::run(inputs, super::threads(args.threads), super::window(args.threads), work, &mut sink);
    bar.finish_and_clear();
    if let Some(e) = sink.error {
        return Err(e.into());
    }
    sink.writer.finish()?;
    Ok(done)
}

fn run_out(
    inputs: Vec<Input>,
    out: &OutDir,
    args: &Args,
    opts: Arc<tsuchi::Options>,
    bar: &ProgressBar,
    counts: &mut Counts,
) -> bool {
    let (format, limit, out_w) = (args.format, args.max_size, out.clone());
    let work = move |i, input: Input| -> Outcome {
        if out_w.keep_existing(i) {
            return (input.name(), Ok(Done::Kept));
        }
        let result = extract(&input, limit, &opts).and_then(|n| {
            let (outages, diagnostics) = (n.outages.len(), n.diagnostics.len());
            let text = match format {
                Format::Ics => tsuchi::emit::ics::calendar(std::slice::from_ref(&n)),
                Format::Ndjson => tsuchi::emit::json_line(&n)? + "\n",
                Format::Json => tsuchi::emit::json(&n)?,
                Format::Yaml => tsuchi::emit::yaml(&n)?,
            };
            out_w.write(i, text.as_bytes(), outages, diagnostics)
        });
        if let Err(f) = &result {
            out_w.failed(i, f);
        }
        (input.name(), result.map(|()| Done::Written))
    };
    let mut sink = OutSink { bar, counts };
    stream::run(inputs, super::threads(args.threads), super::window(args.threads), work, &mut sink)
}

#[derive(Debug, Default)]
struct Counts {
    converted: usize,
    kept: usize,
    failed: usize,
}

impl Counts {
    fn add(&mut self, result: &Result<Done, Failure>) {
        match result {
            Ok(Done::Kept) => self.kept += 1,
            Ok(_) => self.converted += 1,
            Err(_) => self.failed += 1,
        }
    }

    fn summary(&self) -> String {
        let mut s = format!("converted {}", self.converted);
        if self.kept > 0 {
            s.push_str(&format!(", kept {} existing (--force replaces them)", self.kept));
        }
        s.push_str(&format!(", failed {}", self.failed));
        s
    }

    fn exit_code(&self) -> ExitCode {
        if self.failed == 0 {
            ExitCode::SUCCESS
        } else if self.converted + self.kept == 0 {
            ExitCode::from(2)
        } else {
            ExitCode::from(1)
        }
    }
}

/// Print a failure as it happens, above the progress bar.
fn report(bar: &ProgressBar, failure: &Failure) {
    bar.suspend(|| eprintln!("tsuchi: {failure}"));
}

struct StdoutSink<'a> {
    writer: StdoutWriter,
    bar: &'a ProgressBar,
    counts: &'a mut Counts,
    error: Option<std::io::Error>,
}

impl Sink<Outcome> for StdoutSink<'_> {
    fn arrived(&mut self, _: usize, (_, result): &Outcome) {
        self.bar.inc(1);
        if let Err(f) = result {
            report(self.bar, f);
        }
    }

    fn ordered(&mut self, _: usize, (name, result): Outcome) -> ControlFlow<()> {
        self.counts.add(&result);
        let written = match &result {
            Ok(Done::Item(item)) => self.writer.item(item),
            Ok(_) => Ok(()),
            Err(f) => self.writer.failure(&name, f),
        };
        match written {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => {
                self.error = Some(e);
                ControlFlow::Break(())
            }
        }
    }
}

struct OutSink<'a> {
    bar: &'a ProgressBar,
    counts: &'a mut Counts,
}

impl Sink<Outcome> for OutSink<'_> {
    fn arrived(&mut self, _: usize, (_, result): &Outcome) {
        self.bar.inc(1);
        if let Err(f) = result {
            report(self.bar, f);
        }
    }

    fn ordered(&mut self, _: usize, (_, result): Outcome) -> ControlFlow<()> {
        self.counts.add(&result);
        ControlFlow::Continue(())
    }
}
