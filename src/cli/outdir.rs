//! `extract --out DIR`: one output file per input, and `DIR/index.json`, kept in agreement
//! under every fault.
//!
//! The shape follows from the faults it has to survive:
//!
//! - **Atomic files.** Each output is written to a temporary file in its folder (mode 0666
//!   less the umask, so 0644 by default) and renamed into place; a reader never sees half a
//!   file. Without `--force` the rename refuses to replace a file, even one that appeared
//!   during the run.
//! - **One shared state.** Workers write outputs in parallel; every temporary file and every
//!   finished entry is recorded in one [`State`] behind a mutex, and a file is renamed into
//!   place while that lock is held. The index is built from the state, so it lists exactly
//!   the files that exist.
//! - **Signals.** SIGINT and SIGTERM are caught (signal-hook): the handler takes the lock
//!   (waiting for a rename in progress), deletes every temporary file, writes the index of
//!   what was done (`complete: false`) and exits with 128 + the signal.
//! - **A full disk.** The index's space is reserved before the first output is written: its
//!   temporary file is filled to the size the index can reach, then overwritten in place at
//!   the end and renamed. When the disk fills, outputs fail with an error naming them, and
//!   the index still fits.

use super::failure::Failure;
use super::index::{self, Entry, Index, Previous, Status};
use super::inputs::Input;
use std::collections::{HashMap, HashSet};
use std::io::{Seek, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// Everything the index is made from, and the temporary files to delete on a signal.
#[derive(Debug)]
pub struct State {
    dir: PathBuf,
    format: &'static str,
    /// One per input, `None` until it is done.
    entries: Vec<Option<Entry>>,
    sources: Vec<String>,
    previous: Vec<Entry>,
    known: HashMap<String, Entry>,
    had_index: bool,
    temps: HashSet<PathBuf>,
    reserve: Option<tempfile::NamedTempFile>,
    finished: bool,
}

/// The output folder of a run.
#[derive(Debug, Clone)]
pub struct OutDir {
    dir: PathBuf,
    force: bool,
    targets: Arc<Vec<PathBuf>>,
    state: Arc<Mutex<State>>,
}

/// The file name for each input: its path under the directory argument, with the format's
/// extension; `stdin` (or the `--stdin-filename`) for standard input; a second input with the same name gets `-2`, …
pub fn plan(inputs: &[Input], ext: &str) -> Vec<PathBuf> {
    let mut used: HashSet<PathBuf> = HashSet::from([PathBuf::from("index.json")]);
    let mut out = Vec::with_capacity(inputs.len());
    for input in inputs {
        let rel = match (input.is_stdin(), input.stdin_name.as_deref().and_then(|n| Path::new(n).file_name())) {
            (true, Some(name)) => PathBuf::from(name),
            (true, None) => PathBuf::from("stdin"),
            (false, _) => input.relative.clone(),
        };
        let mut target = rel.with_extension(ext);
        let mut n = 2;
        while used.contains(&target) {
            let stem = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            target = rel.with_file_name(format!("{stem}-{n}.{ext}"));
            n += 1;
        }
        used.insert(target.clone());
        out.push(target);
    }
    out
}

/// The cause of an I/O error without the temporary file's name tempfile adds to it: errors
/// name the output, which is what the user knows.
fn cause(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None => e.to_string(),
    }
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A temporary file beside `target`, mode 0666 less the umask.
fn temp_beside(target: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let parent = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    tempfile::Builder::new()
        .prefix(".tsuchi-")
        .suffix(".tmp")
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(parent)
}

/// Write `bytes` to `target` through a temporary file beside it, renamed into place (mode
/// 0666 less the umask), so a reader never sees half a file; errors name `target`.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let fail = |e: &std::io::Error| anyhow::anyhow!("{}: cannot write: {}", target.display(), cause(e));
    let mut tmp = temp_beside(target).map_err(|e| fail(&e))?;
    tmp.write_all(bytes).and_then(|()| tmp.as_file().sync_all()).map_err(|e| fail(&e))?;
    tmp.persist(target).map_err(|e| fail(&e.error))?;
    Ok(())
}

impl OutDir {
    /// Prepare `dir` for a run over `inputs`: refuse a foreign `index.json` (unless
    /// `force`), note what earlier runs left, and reserve the index's space.
    pub fn open(dir: &Path, inputs: &[Input], format: &'static str, ext: &str, force: bool) -> anyhow::Result<OutDir> {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("{}: cannot create the output folder: {e}", dir.display()))?;
        let previous = index::load(dir);
        if matches!(previous, Previous::Foreign) && !force {
            anyhow::bail!(
                "{}: exists and was not written by tsuchi; refusing to replace it (use --force, or another folder)",
                dir.join("index.json").display()
            );
        }
        let targets = plan(inputs, ext);
        let names: HashSet<String> = targets.iter().map(|t| t.display().to_string()).collect();
        let earlier = index::previous_outputs(dir, &previous, &names);
        // an index that lists a file no longer there has something new to say
        let had_index = match &previous {
            Previous::Ours(known) => known.keys().all(|rel| dir.join(rel).exists()),
            _ => false,
        };
        let known = match previous {
            Previous::Ours(m) => m,
            _ => HashMap::new(),
        };
        let sources: Vec<String> = inputs.iter().map(Input::name).collect();
        let reserve = reserve_index(dir, &sources, &targets, &earlier)?;
        let state = State {
            dir: dir.to_path_buf(),
            format,
            entries: vec![None; inputs.len()],
            sources,
            previous: earlier,
            known,
            had_index,
            temps: HashSet::from([reserve.path().to_path_buf()]),
            reserve: Some(reserve),
            finished: false,
        };
        Ok(OutDir { dir: dir.to_path_buf(), force, targets: Arc::new(targets), state: Arc::new(Mutex::new(state)) })
    }

    /// Whether input `i` keeps an existing output (it exists and there is no `--force`):
    /// recorded as kept, and the input need not be read at all.
    pub fn keep_existing(&self, i: usize) -> bool {
        let path = self.dir.join(&self.targets[i]);
        if self.force || std::fs::symlink_metadata(&path).is_err() {
            return false;
        }
        let rel = self.targets[i].display().to_string();
        let mut s = lock(&self.state);
        let known = s.known.get(&rel).cloned();
        let source = s.sources[i].clone();
        s.entries[i] = Some(Entry {
            source: Some(source),
            status: Status::Kept,
            output: Some(rel),
            outages: known.as_ref().and_then(|k| k.outages),
            diagnostics: known.as_ref().and_then(|k| k.diagnostics),
            error: None,
        });
        true
    }

    /// Record input `i` as failed.
    pub fn failed(&self, i: usize, failure: &Failure) {
        let mut s = lock(&self.state);
        let source = s.sources[i].clone();
        s.entries[i] = Some(Entry {
            source: Some(source),
            status: Status::Failed,
            output: None,
            outages: None,
            diagnostics: None,
            error: Some(failure.body()),
        });
    }

    /// Write input `i`'s output atomically and record it (`outages`, `diagnostics` for the
    /// index). The error names the output file.
    pub fn write(&self, i: usize, bytes: &[u8], outages: usize, diagnostics: usize) -> Result<(), Failure> {
        let rel = self.targets[i].clone();
        let target = self.dir.join(&rel);
        let fail = |message: String| Failure::Write { path: target.display().to_string(), message };
        let mut tmp = temp_beside(&target).map_err(|e| fail(cause(&e)))?;
        lock(&self.state).temps.insert(tmp.path().to_path_buf());
        let written = tmp.as_file_mut().write_all(bytes).and_then(|()| tmp.as_file().sync_all());
        let mut s = lock(&self.state);
        s.temps.remove(tmp.path());
        if s.finished {
            // a signal handler owns the folder now and is about to exit
            drop(s);
            loop {
                std::thread::park();
            }
        }
        written.map_err(|e| fail(cause(&e)))?;
        let persisted =
            if self.force { tmp.persist(&target).map(drop) } else { tmp.persist_noclobber(&target).map(drop) };
        if let Err(e) = persisted {
            return Err(if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                fail("already exists (use --force to replace it)".into())
            } else {
                fail(cause(&e.error))
            });
        }
        let source = s.sources[i].clone();
        s.entries[i] = Some(Entry {
            source: Some(source),
            status: Status::Converted,
            output: Some(rel.display().to_string()),
            outages: Some(outages),
            diagnostics: Some(diagnostics),
            error: None,
        });
        Ok(())
    }

    /// Write the index at the end of a run (unless the run only kept outputs and an index
    /// is there); the error names `index.json`.
    pub fn finish(&self) -> anyhow::Result<()> {
        let mut s = lock(&self.state);
        let nothing_new = s.entries.iter().all(|e| e.as_ref().is_some_and(|e| e.status == Status::Kept));
        let result = if nothing_new && s.had_index { Ok(()) } else { write_index(&mut s, None) };
        cleanup(&mut s);
        s.finished = true;
        result
    }

    /// Catch SIGINT and SIGTERM for the rest of the run (see the module documentation).
    pub fn guard_signals(&self) -> anyhow::Result<()> {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
        let state = self.state.clone();
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                let mut s = lock(&state);
                if !s.finished {
                    let name = if sig == SIGINT { "SIGINT" } else { "SIGTERM" };
                    if let Err(e) = write_index(&mut s, Some(name)) {
                        eprintln!("tsuchi: {e:#}");
                    }
                    cleanup(&mut s);
                    s.finished = true;
                    eprintln!(
                        "tsuchi: interrupted by {name}; {} lists what was written",
                        s.dir.join("index.json").display()
                    );
                }
                std::process::exit(128 + sig);
            }
        });
        Ok(())
    }
}

/// Delete every temporary file still registered.
fn cleanup(s: &mut State) {
    s.reserve = None; // deletes the reservation if the index did not use it
    for t in s.temps.drain() {
        let _ = std::fs::remove_file(t);
    }
}

/// Reserve the space the index can take: a temporary file filled with that many bytes.
fn reserve_index(
    dir: &Path,
    sources: &[String],
    targets: &[PathBuf],
    earlier: &[Entry],
) -> anyhow::Result<tempfile::NamedTempFile> {
    let per_entry = |source: usize, output: usize| 2 * (source + output) + 400;
    let mut size = 4096;
    for (s, t) in sources.iter().zip(targets) {
        size += per_entry(s.len(), t.as_os_str().len());
    }
    for e in earlier {
        size += per_entry(e.source.as_ref().map_or(0, String::len), e.output.as_ref().map_or(0, String::len));
    }
    let target = dir.join("index.json");
    let fail =
        |e: std::io::Error| anyhow::anyhow!("{}: cannot reserve space for the index: {}", target.display(), cause(&e));
    let mut tmp = temp_beside(&target).map_err(fail)?;
    let zeros = vec![b' '; 64 * 1024];
    let mut left = size;
    while left > 0 {
        let n = left.min(zeros.len());
        tmp.as_file_mut().write_all(&zeros[..n]).map_err(fail)?;
        left -= n;
    }
    tmp.as_file().sync_all().map_err(fail)?;
    Ok(tmp)
}

/// Build the index from the state and write it over the reservation, then rename it into
/// place. Inputs not done are `interrupted` (after a signal) or cannot happen (at the end).
fn write_index(s: &mut State, interrupted: Option<&'static str>) -> anyhow::Result<()> {
    let inputs: Vec<Entry> = s
        .entries
        .iter()
        .zip(&s.sources)
        .map(|(e, source)| {
            e.clone().unwrap_or(Entry {
                source: Some(source.clone()),
                status: Status::Interrupted,
                output: None,
                outages: None,
                diagnostics: None,
                error: None,
            })
        })
        .collect();
    let text = Index::new(s.format, &inputs, &s.previous, interrupted).to_json();
    let target = s.dir.join("index.json");
    let fail = |e: std::io::Error| anyhow::anyhow!("{}: cannot write the index: {}", target.display(), cause(&e));
    let mut tmp = match s.reserve.take() {
        Some(t) => t,
        None => temp_beside(&target).map_err(fail)?,
    };
    s.temps.insert(tmp.path().to_path_buf());
    tmp.as_file_mut().rewind().map_err(fail)?;
    tmp.as_file_mut().write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().set_len(text.len() as u64).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    let path = tmp.path().to_path_buf();
    tmp.persist(&target).map_err(|e| fail(e.error))?;
    s.temps.remove(&path);
    Ok(())
}
