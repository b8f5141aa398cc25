//! The text reader: a plain-text or Markdown notice is its own text view.
//!
//! Decoding is [`crate::decode`]'s (BOM, ISO-2022-JP, UTF-8, then Shift_JIS or EUC-JP),
//! and the decoded text is the view unchanged, so positions need no map: line and column
//! are those of the decoded file.

use super::{IngestError, Ingested};
use crate::decode::{EncodingChoice, decode};
use crate::model::SourceFormat;

/// Decode `bytes` as a text notice.
///
/// ```
/// let r = tsuchi::ingest::text::read("令和7年\r\n".as_bytes(), &Default::default()).unwrap();
/// assert_eq!(r.view, "令和7年\n");
/// assert!(r.map.is_none());
/// ```
pub fn read(bytes: &[u8], encoding: &EncodingChoice) -> Result<Ingested, IngestError> {
    let decoded = decode(bytes, encoding)?;
    Ok(Ingested::plain(SourceFormat::Text, decoded.text, decoded.encoding, decoded.bom))
}
