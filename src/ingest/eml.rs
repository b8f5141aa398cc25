//! stub
use super::{IngestError, Ingested};
use crate::decode::EncodingChoice;
#[allow(unused)]
pub fn read(bytes: &[u8], encoding: &EncodingChoice) -> Result<Ingested, IngestError> { todo!() }
pub fn looks_like_mail(_h: &[u8], _hint: bool) -> bool { false }
