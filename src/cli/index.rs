//! `DIR/index.json`: what the output folder holds, after any run.
//!
//! **What it means.** The index describes every output file in the folder: one entry per
//! input of the last run that had something to say (`converted`, `kept`: the output existed
//! and was not replaced without `--force`, `failed` with its error, `interrupted`: not reached
//! before a signal), then `previous`: output files left from earlier runs that this run's
//! inputs do not name, taken from the previous index or found in the folder. Output paths
//! are relative to the folder, so the folder can be moved. `complete` is false when a signal
//! stopped the run (`interrupted` names it).
//!
//! **When it is written.** Atomically (a temporary file renamed over it), at the end of a
//! run and when a signal stops one. A run that only kept existing outputs leaves the
//! previous index as it was. An `index.json` that tsuchi did not write is never replaced
//! without `--force`.

use super::failure::ErrorBody;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Version of this file's layout (1 was a list of the last run's inputs only).
pub const INDEX_VERSION: u32 = 2;

/// What happened to an input, or where an output came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Written by this run.
    Converted,
    /// The output existed and was kept (no `--force`).
    Kept,
    /// The input failed; `error` says why.
    Failed,
    /// A signal stopped the run before this input was written.
    Interrupted,
    /// An output of an earlier run that this run's inputs do not name.
    Previous,
}

/// One input, or one earlier output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The input it was made from (null for an output found in the folder).
    pub source: Option<String>,
    /// See [`Status`].
    pub status: Status,
    /// The output file, relative to the folder.
    pub output: Option<String>,
    /// Windows in the output (when known).
    pub outages: Option<usize>,
    /// Diagnostics in the output (when known).
    pub diagnostics: Option<usize>,
    /// Why the input failed.
    pub error: Option<ErrorBody>,
}

/// The counts at the top of the index.
#[derive(Debug, Default, Serialize)]
pub struct Counts {
    /// Inputs of the run.
    pub inputs: usize,
    /// Written by this run.
    pub converted: usize,
    /// Existing outputs kept.
    pub kept: usize,
    /// Inputs that failed.
    pub failed: usize,
    /// Inputs not reached before a signal.
    pub interrupted: usize,
    /// Earlier outputs listed under `previous`.
    pub previous: usize,
    /// Windows in this run's outputs (converted and kept, where known).
    pub outages: usize,
}

/// The whole file.
#[derive(Debug, Serialize)]
pub struct Index<'a> {
    /// The version of tsuchi that wrote it (its presence marks the file as tsuchi's).
    pub tsuchi_version: &'static str,
    /// [`INDEX_VERSION`].
    pub index_version: u32,
    /// Output format of the run.
    pub format: &'static str,
    /// False when a signal stopped the run.
    pub complete: bool,
    /// `SIGINT` or `SIGTERM` when one stopped the run.
    pub interrupted: Option<&'static str>,
    /// The counts.
    pub counts: Counts,
    /// This run's inputs, in input order.
    pub inputs: &'a [Entry],
    /// Earlier outputs.
    pub previous: &'a [Entry],
}

impl<'a> Index<'a> {
    /// The index of a run.
    pub fn new(
        format: &'static str,
        inputs: &'a [Entry],
        previous: &'a [Entry],
        interrupted: Option<&'static str>,
    ) -> Self {
        let count = |s: Status| inputs.iter().filter(|e| e.status == s).count();
        let outages = inputs
            .iter()
            .filter(|e| matches!(e.status, Status::Converted | Status::Kept))
            .filter_map(|e| e.outages)
            .sum();
        let counts = Counts {
            inputs: inputs.len(),
            converted: count(Status::Converted),
            kept: count(Status::Kept),
            failed: count(Status::Failed),
            interrupted: count(Status::Interrupted),
            previous: previous.len(),
            outages,
        };
        Index {
            tsuchi_version: env!("CARGO_PKG_VERSION"),
            index_version: INDEX_VERSION,
            format,
            complete: interrupted.is_none(),
            interrupted,
            counts,
            inputs,
            previous,
        }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s =
            serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()));
        s.push('\n');
        s
    }
}

/// What was in the folder before the run.
#[derive(Debug, Default)]
pub enum Previous {
    /// No `index.json`.
    #[default]
    None,
    /// A tsuchi index: its outputs, by output path.
    Ours(HashMap<String, Entry>),
    /// An `index.json` tsuchi did not write.
    Foreign,
}

/// Read `DIR/index.json` (either version) leniently.
pub fn load(dir: &Path) -> Previous {
    let Ok(text) = std::fs::read_to_string(dir.join("index.json")) else {
        return if dir.join("index.json").exists() { Previous::Foreign } else { Previous::None };
    };
    let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else { return Previous::Foreign };
    if !v.get("tsuchi_version").is_some_and(serde_json::Value::is_string) {
        return Previous::Foreign;
    }
    let mut out = HashMap::new();
    let lists = [v.get("inputs"), v.get("previous")];
    for e in lists.into_iter().flatten().filter_map(serde_json::Value::as_array).flatten() {
        let Some(output) = e.get("output").and_then(serde_json::Value::as_str) else { continue };
        // version 1 wrote outputs as DIR/NAME: make them relative
        let rel = Path::new(output).strip_prefix(dir).map_or_else(|_| output.to_string(), |p| p.display().to_string());
        let num = |k: &str| e.get(k).and_then(serde_json::Value::as_u64).map(|n| n as usize);
        out.insert(
            rel.clone(),
            Entry {
                source: e.get("source").and_then(serde_json::Value::as_str).map(str::to_string),
                status: Status::Previous,
                output: Some(rel),
                outages: num("outages"),
                diagnostics: num("diagnostics"),
                error: None,
            },
        );
    }
    Previous::Ours(out)
}

/// Outputs in the folder that this run's inputs do not name: those of the previous index
/// that still exist, then other files with an output extension found in the folder.
pub fn previous_outputs(dir: &Path, previous: &Previous, targets: &HashSet<String>) -> Vec<Entry> {
    let known = match previous {
        Previous::Ours(m) => m.clone(),
        _ => HashMap::new(),
    };
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(dir).sort_by_file_name().into_iter();
    for e in walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')).flatten() {
        if !e.file_type().is_file() {
            continue;
        }
        let Ok(rel) = e.path().strip_prefix(dir) else { continue };
        let rel = rel.display().to_string();
        let ext = e.path().extension().and_then(|x| x.to_str()).unwrap_or("");
        if rel == "index.json" || targets.contains(&rel) || !matches!(ext, "json" | "yaml" | "ics") {
            continue;
        }
        out.push(known.get(&rel).cloned().unwrap_or(Entry {
            source: None,
            status: Status::Previous,
            output: Some(rel),
            outages: None,
            diagnostics: None,
            error: None,
        }));
    }
    out
}
