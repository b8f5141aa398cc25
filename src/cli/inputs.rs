//! Turning command-line paths into a list of inputs.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input: a file, or standard input.
#[derive(Debug, Clone)]
pub struct Input {
    /// The path as given or found (`-` for standard input).
    pub path: PathBuf,
    /// Path relative to the directory argument it was found under (for `--out`).
    pub relative: PathBuf,
}

impl Input {
    pub fn name(&self) -> String {
        self.path.display().to_string()
    }

    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// Read the bytes.
    pub fn read(&self) -> Result<Vec<u8>, tsuchi::Error> {
        if self.is_stdin() {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|source| tsuchi::Error::Io { path: self.path.clone(), source })?;
            Ok(buf)
        } else {
            std::fs::read(&self.path).map_err(|source| tsuchi::Error::Io { path: self.path.clone(), source })
        }
    }
}

/// Extensions of notice files found when walking a directory.
pub const NOTICE_EXTENSIONS: [&str; 9] = ["txt", "md", "markdown", "text", "pdf", "html", "htm", "eml", "xhtml"];

/// Expand the path arguments: files as given, directories walked recursively for notices
/// (`.txt .md .pdf .html .htm .eml`; sorted, hidden entries skipped), `-` for standard input. A path that does not
/// exist is kept so that it is reported as an unreadable input.
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" || !p.is_dir() {
            let rel = p.file_name().map(PathBuf::from).unwrap_or_else(|| p.clone());
            out.push(Input { path: p.clone(), relative: rel });
            continue;
        }
        let mut found = Vec::new();
        walk(p, &mut found);
        found.sort();
        for f in found {
            let rel = f.strip_prefix(p).map(Path::to_path_buf).unwrap_or_else(|_| f.clone());
            out.push(Input { path: f, relative: rel });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(dir.to_path_buf()); // reported when read
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        // links are not followed: a link to a parent would loop
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_symlink() {
            continue;
        }
        if kind.is_dir() {
            walk(&path, out);
        } else if path
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| NOTICE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
        {
            out.push(path);
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
