//! The one error type of the library.

use std::path::PathBuf;

/// Why a notice could not be read.
///
/// Extraction itself never fails on content: a notice with nothing recognisable gives an
/// empty result and diagnostics. Errors are about getting the text at all.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The bytes could not be decoded as text.
    #[error("{name}: cannot decode: {source}")]
    Decode {
        /// The file name.
        name: String,
        /// The cause.
        #[source]
        source: crate::decode::DecodeError,
    },
    /// The file is in a format tsuchi reads, but this one cannot be read (a PDF without a
    /// text layer, an encrypted PDF, an e-mail with no readable part…).
    #[error("{name}: {source}")]
    Format {
        /// The file name.
        name: String,
        /// The cause.
        #[source]
        source: crate::ingest::IngestError,
    },
    /// Output could not be serialised (a bug, reported rather than panicking).
    #[error("cannot write {format}: {message}")]
    Emit {
        /// The format being written.
        format: &'static str,
        /// The serialiser's message.
        message: String,
    },
}

impl Error {
    /// A short machine-readable kind (`io`, `decode`, `format`, `emit`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Decode { .. } => "decode",
            Error::Format { .. } => "format",
            Error::Emit { .. } => "emit",
        }
    }
}
