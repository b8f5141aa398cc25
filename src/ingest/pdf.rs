//! stub
use super::{IngestError, Ingested};
use crate::decode::EncodingChoice;
#[allow(unused)]
pub fn read(bytes: &[u8]) -> Result<Ingested, IngestError> { todo!() }
