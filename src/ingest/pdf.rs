//! stub
use super::map::ViewBuilder;
use super::{IngestError, Ingested};
#[allow(unused)]
pub fn read(bytes: &[u8]) -> Result<Ingested, IngestError> { Err(IngestError::NoTextLayer("todo")) }
#[allow(unused)]
pub(crate) fn read_into(b: &mut ViewBuilder, part: Option<&str>, bytes: &[u8]) -> Result<u32, IngestError> { Err(IngestError::NoTextLayer("todo")) }
