//! Turning command-line paths into inputs, and reading each within bounds.
//!
//! What a scan takes, as ripgrep does it: a path given on the command line is always an
//! input, whatever it is (a file, `-` for standard input, a FIFO or a device: those are read
//! as a stream, up to `--max-size`); a directory is walked recursively, sorted by name, for
//! **regular files** with a notice extension (`.txt .md .markdown .text .pdf .html .htm
//! .xhtml .eml`). Hidden entries are skipped; symbolic links are not followed unless
//! `-L/--follow` is given (then a link to a parent is reported, not looped over); FIFOs,
//! sockets and devices with a notice extension are reported and skipped, since reading one
//! could block forever or never end. Every skipped entry is a [`Skipped`] the command
//! reports on standard error, so nothing is left out silently.
//!
//! Reading is bounded: a regular file larger than the limit is refused from its size alone,
//! and a stream is read up to the limit plus one byte, so `/dev/zero` costs 64 MiB and an
//! error, not the machine's memory.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Extensions of notice files found when walking a directory.
pub const NOTICE_EXTENSIONS: [&str; 9] = ["txt", "md", "markdown", "text", "pdf", "html", "htm", "eml", "xhtml"];

/// One input: a file, or standard input.
#[derive(Debug, Clone)]
pub struct Input {
    /// The path as given or found (`-` for standard input).
    pub path: PathBuf,
    /// Path relative to the directory argument it was found under (for `--out`).
    pub relative: PathBuf,
    /// The name to record for standard input (`--stdin-filename`).
    pub stdin_name: Option<String>,
    /// Why the scan could not look at it (an unreadable directory): reading fails with it.
    pub problem: Option<String>,
}

/// An entry the scan left out, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// The entry.
    pub path: PathBuf,
    /// Why (`a FIFO`, `a symbolic link (-L follows links)`…).
    pub why: String,
}

/// What a scan found.
#[derive(Debug, Default)]
pub struct Scan {
    /// The inputs, in command-line order, each directory's files sorted.
    pub inputs: Vec<Input>,
    /// Entries left out.
    pub skipped: Vec<Skipped>,
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The library's read error (no such file, permission…).
    #[error(transparent)]
    Io(#[from] tsuchi::Error),
    /// Larger than `--max-size`.
    #[error("{name}: larger than the size limit of {} (--max-size)", human(*limit))]
    TooLarge {
        /// The input.
        name: String,
        /// The limit in bytes.
        limit: u64,
    },
}

/// `64 MiB`, `1.5 KiB`, `12 bytes`.
pub fn human(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} bytes");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    let text = format!("{v:.1}");
    format!("{} {}", text.trim_end_matches(".0"), UNITS[unit])
}

/// Parse `--max-size`: bytes, or a number with `K`, `M`, `G` (powers of 1024).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = t[digits.len()..].to_ascii_lowercase();
    let n: u64 = digits.trim().parse().map_err(|_| format!("{s:?} is not a size (e.g. 64M, 500K, 1048576)"))?;
    let factor: u64 = match unit.as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("{s:?}: unknown unit {unit:?} (use K, M or G)")),
    };
    n.checked_mul(factor).filter(|&v| v > 0).ok_or_else(|| format!("{s:?} is not a usable size"))
}

impl Input {
    /// The name recorded for this input (`--stdin-filename` for `-`).
    pub fn name(&self) -> String {
        match (&self.stdin_name, self.is_stdin()) {
            (Some(n), true) => n.clone(),
            _ => self.path.display().to_string(),
        }
    }

    /// Whether this is standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// Read the bytes, at most `limit` of them.
    pub fn read(&self, limit: u64) -> Result<Vec<u8>, ReadError> {
        let io = |source: std::io::Error| ReadError::Io(tsuchi::Error::Io { path: self.path.clone(), source });
        if let Some(problem) = &self.problem {
            return Err(io(std::io::Error::other(problem.clone())));
        }
        let mut buf = Vec::new();
        let too_large = || ReadError::TooLarge { name: self.name(), limit };
        if self.is_stdin() {
            std::io::stdin().lock().take(limit.saturating_add(1)).read_to_end(&mut buf).map_err(io)?;
        } else {
            let file = std::fs::File::open(&self.path).map_err(io)?;
            let meta = file.metadata().map_err(io)?;
            if meta.is_dir() {
                return Err(io(std::io::Error::other("is a directory")));
            }
            if meta.is_file() {
                if meta.len() > limit {
                    return Err(too_large());
                }
                buf.reserve(meta.len() as usize);
            }
            file.take(limit.saturating_add(1)).read_to_end(&mut buf).map_err(io)?;
        }
        if buf.len() as u64 > limit {
            return Err(too_large());
        }
        Ok(buf)
    }
}

/// Expand the path arguments (see the module documentation for what is taken).
pub fn scan(paths: &[PathBuf], follow: bool) -> Scan {
    let mut scan = Scan::default();
    for p in paths {
        if p.as_os_str() == "-" || !p.is_dir() {
            let rel = p.file_name().map(PathBuf::from).unwrap_or_else(|| p.clone());
            scan.inputs.push(Input { path: p.clone(), relative: rel, stdin_name: None, problem: None });
            continue;
        }
        walk(p, follow, &mut scan);
    }
    scan
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_str().is_some_and(|n| n.starts_with('.'))
}

fn has_notice_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| NOTICE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

/// What a non-regular, non-directory file is, in words.
fn special_kind(kind: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

fn walk(root: &Path, follow: bool, scan: &mut Scan) {
    let walker = walkdir::WalkDir::new(root).follow_links(follow).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| !is_hidden(e)) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map(Path::to_path_buf).unwrap_or_else(|| root.to_path_buf());
                if e.loop_ancestor().is_some() {
                    scan.skipped.push(Skipped { path, why: "a symbolic link to a folder above it (a loop)".into() });
                } else {
                    // an unreadable folder or a broken link: an input that fails, so it counts
                    let relative = path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.clone());
                    let problem = e.io_error().map_or_else(|| e.to_string(), ToString::to_string);
                    scan.inputs.push(Input { path, relative, stdin_name: None, problem: Some(problem) });
                }
                continue;
            }
        };
        let kind = entry.file_type();
        if kind.is_dir() || !has_notice_extension(entry.path()) {
            continue;
        }
        let path = entry.path().to_path_buf();
        if kind.is_symlink() {
            scan.skipped.push(Skipped { path, why: "a symbolic link (-L/--follow follows links)".into() });
        } else if !kind.is_file() {
            scan.skipped.push(Skipped { path, why: format!("{}, not a regular file", special_kind(kind)) });
        } else {
            let relative = path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.clone());
            scan.inputs.push(Input { path, relative, stdin_name: None, problem: None });
        }
    }
}

/// The `--input-format` flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum InputFormatArg {
    /// Detect from the content (the extension is a hint).
    #[default]
    Auto,
    /// Plain text or Markdown.
    Text,
    /// PDF.
    Pdf,
    /// HTML.
    Html,
    /// E-mail (RFC 5322 / MIME).
    Eml,
}

/// Library options from the `--encoding` and `--input-format` flags.
pub fn options(encoding: Option<&str>, format: InputFormatArg) -> tsuchi::Options {
    tsuchi::Options {
        encoding: match encoding {
            Some(label) => tsuchi::EncodingChoice::Label(label.to_string()),
            None => tsuchi::EncodingChoice::Auto,
        },
        input_format: match format {
            InputFormatArg::Auto => tsuchi::InputFormat::Auto,
            InputFormatArg::Text => tsuchi::InputFormat::Text,
            InputFormatArg::Pdf => tsuchi::InputFormat::Pdf,
            InputFormatArg::Html => tsuchi::InputFormat::Html,
            InputFormatArg::Eml => tsuchi::InputFormat::Eml,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("500k"), Ok(500 << 10));
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert!(parse_size("0").is_err() && parse_size("big").is_err() && parse_size("3X").is_err());
        assert_eq!(human(64 << 20), "64 MiB");
        assert_eq!(human(1536), "1.5 KiB");
        assert_eq!(human(12), "12 bytes");
    }
}
