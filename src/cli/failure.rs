//! Why one input of a batch did not become an output, as one value with a stable kind.
//!
//! Every failure is a record, never a dropped input: `extract` writes it in the input's
//! place (NDJSON, JSON and YAML arrays, `index.json`) and on standard error as it happens.

use super::inputs::ReadError;
use serde::Serialize;

/// One input's failure.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Reading the input (missing, unreadable, larger than `--max-size`).
    #[error(transparent)]
    Read(#[from] ReadError),
    /// Decoding or reading the format.
    #[error(transparent)]
    Extract(#[from] tsuchi::Error),
    /// The input holds no bytes (or only white space): nothing to extract.
    #[error("{name}: empty file, nothing to extract")]
    Empty {
        /// The input.
        name: String,
    },
    /// Writing the output file (`--out`); names the output, not a temporary file.
    #[error("{path}: cannot write: {message}")]
    Write {
        /// The output file.
        path: String,
        /// The cause.
        message: String,
    },
}

impl Failure {
    /// Stable machine-readable kind: `io`, `too-large`, `decode`, `format`, `emit`, `empty`,
    /// `write`.
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Read(ReadError::Io(e)) | Failure::Extract(e) => e.kind(),
            Failure::Read(ReadError::TooLarge { .. }) => "too-large",
            Failure::Empty { .. } => "empty",
            Failure::Write { .. } => "write",
        }
    }

    /// `{"kind": …, "message": …}` for records.
    pub fn body(&self) -> ErrorBody {
        ErrorBody { kind: self.kind().to_string(), message: self.to_string() }
    }
}

/// The `error` member of a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ErrorBody {
    /// See [`Failure::kind`].
    pub kind: String,
    /// One line naming the input (or output) and the cause.
    pub message: String,
}

/// What stands in an output stream in place of an input that failed:
/// `{"source":{"name":…},"error":{"kind":…,"message":…}}`.
#[derive(Debug, Serialize)]
pub struct ErrorRecord<'a> {
    /// `{"name": …}`, as a notice's `source` starts.
    pub source: ErrorSource<'a>,
    /// Why.
    pub error: ErrorBody,
}

/// The source of an error record.
#[derive(Debug, Serialize)]
pub struct ErrorSource<'a> {
    /// The input's name.
    pub name: &'a str,
}
